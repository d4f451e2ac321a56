"""Inventory alerts: out of stock, low stock, lots expiring within 90 days, expired or
recalled lots still on the shelf — over the locations the user may see.

`InventoryAlertsWidget(workspace)` stands alone, so the home screen can show it too.
Each alert has a badge with colour, symbol and words (never colour alone).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.inventory import planning
from clinic_desk.core.inventory.planning import Alert
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.users_view import empty_state
from clinic_desk.ui.inventory.common import (
    RowsModel,
    alert_label,
    badge_colour,
    badge_icon,
    fmt_date,
    fmt_qty,
)
from clinic_desk.ui.messages import error_text

_Index = QModelIndex | QPersistentModelIndex


class AlertsModel(RowsModel):
    KIND, LOCATION, ITEM, DETAIL = range(4)
    COLUMNS = 4

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[Alert] = []
        self.show_location = True

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Alert"), self.tr("Where"), self.tr("Medicine"),
                self.tr("Details"))

    def detail(self, a: Alert) -> str:
        qty = fmt_qty(a.quantity)
        if a.kind in ("out_of_stock", "low_stock"):
            return self.tr("Left: {quantity} ({unit}) · reorder at {level}").format(
                quantity=qty, unit=a.unit, level=fmt_qty(a.reorder_level))
        if a.kind == "expiring":
            return self.tr("Lot {lot}: {quantity} ({unit}) expire on {expiry}, in {days} "
                           "days").format(lot=a.lot, quantity=qty, unit=a.unit,
                                           expiry=fmt_date(a.expiry), days=a.days)
        if a.kind == "expired":
            return self.tr("Lot {lot}: {quantity} ({unit}) expired on {expiry}; write them "
                           "off").format(lot=a.lot, quantity=qty, unit=a.unit,
                                         expiry=fmt_date(a.expiry))
        return self.tr("Lot {lot}: {quantity} ({unit}) recalled; do not dispense, write off "
                       "or send back").format(lot=a.lot, quantity=qty, unit=a.unit)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        a = self.row_at(index.row()) if index.isValid() else None
        if a is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return {self.KIND: alert_label(a.kind), self.LOCATION: a.location_name,
                    self.ITEM: a.item_name, self.DETAIL: self.detail(a)}[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.KIND:
            return badge_icon(a.kind)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.KIND:
            return badge_colour(a.kind)
        return None


class InventoryAlertsWidget(QWidget):
    """Alerts over the visible locations (or only `location_ids`)."""

    activated = Signal(str, str)  # location id, item id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 location_ids: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inventory_alerts")
        self.workspace = workspace
        self.location_ids = location_ids
        self.model = AlertsModel(self)
        self.title = QLabel(self)
        self.title.setObjectName("heading")
        self.counts = QLabel(self)
        self.counts.setObjectName("muted")
        self.table = QTableView(self)
        self.table.setObjectName("alerts_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Medicine alerts"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AlertsModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(AlertsModel.KIND, 140)
        self.table.setColumnWidth(AlertsModel.LOCATION, 170)
        self.table.setColumnWidth(AlertsModel.ITEM, 200)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.message = QLabel(self)
        self.message.setObjectName("errorLabel")
        self.message.hide()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty_state(
            self.tr("No alerts"),
            self.tr("Nothing is low, out of stock or expiring within 90 days. Alerts for low "
                    "stock appear once a reorder level is set for a medicine."), self))
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.counts)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addLayout(head)
        col.addWidget(self.message)
        col.addWidget(self.stack, 1)
        self.title.setText(self.tr("Alerts"))
        self.refresh()

    def set_locations(self, location_ids: list[str] | None) -> None:
        self.location_ids = location_ids
        self.model.show_location = not location_ids or len(location_ids) > 1
        self.table.setColumnHidden(AlertsModel.LOCATION, not self.model.show_location)
        self.refresh()

    def refresh(self) -> None:
        self.message.hide()
        actor = self.workspace.actor
        rows: list[Alert] = []
        if actor is not None and actor.can(Perm.STOCK_READ):
            try:
                with self.workspace.db.read() as s:
                    rows = planning.alerts(s, actor, location_ids=self.location_ids)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.message.setText(error_text(exc))
                self.message.show()
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(0 if rows else 1)
        urgent = sum(1 for a in rows if a.kind in ("recalled", "expired", "out_of_stock"))
        self.counts.setText(self.tr("{count} alerts, {urgent} urgent").format(
            count=len(rows), urgent=urgent) if rows else "")

    def alerts(self) -> list[Alert]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]  # type: ignore[misc]

    def _activated(self, index: QModelIndex) -> None:
        a = self.model.row_at(index.row())
        if a is not None:
            self.activated.emit(a.location_id, a.item_id)
