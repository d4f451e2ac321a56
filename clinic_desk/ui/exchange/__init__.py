"""The Intercambio section: export to USB, import bundles, conflicts, backups, keys."""

from clinic_desk.ui.exchange.page import ExchangePage
from clinic_desk.ui.exchange.screens import render_exchange_screens

__all__ = ["ExchangePage", "render_exchange_screens"]
