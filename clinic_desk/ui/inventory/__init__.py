"""The Botiquines section: stock, dispensing, transfers, stocktake, stock card, monthly
report, alerts and the catalogue."""

from clinic_desk.ui.inventory.alerts import InventoryAlertsWidget
from clinic_desk.ui.inventory.page import InventoryPage, render_inventory_screens

__all__ = ["InventoryAlertsWidget", "InventoryPage", "render_inventory_screens"]
