"""Stock on hand of one location: a row per item with quantity, batches, next expiry,
average monthly consumption, months of stock, reorder level and an alert badge; and
the batches of the selected item."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from clinic_desk.core.inventory import planning, stock
from clinic_desk.core.inventory.stock import BatchStock
from clinic_desk.ui.inventory.common import (
    RowsModel,
    alert_label,
    badge_colour,
    badge_icon,
    fmt_date,
    fmt_months,
    fmt_qty,
    status_label,
)

_Index = QModelIndex | QPersistentModelIndex
ALERT_ORDER = ("recalled", "expired", "out_of_stock", "expiring", "low_stock")


@dataclass(frozen=True)
class StockRow:
    item_id: str
    code: str
    label: str
    unit: str
    on_hand: Decimal
    batches: int
    next_expiry: dt.date | None
    amc: Decimal | None
    months: Decimal | None
    reorder: Decimal | None
    suggested: Decimal
    alerts: tuple[str, ...]  # worst first

    @property
    def status(self) -> str:
        return self.alerts[0] if self.alerts else "ok"


def load_rows(session: object, actor: object, location_id: str) -> list[StockRow]:
    """Stock, planning figures and alerts of a location, merged per item."""
    on_hand = {x.item_id: x for x in stock.on_hand(session, actor, location_id)}
    plans = {p.item_id: p for p in planning.plan(session, actor, location_id)}
    kinds: dict[str, set[str]] = {}
    for a in planning.alerts(session, actor, location_ids=[location_id]):
        kinds.setdefault(a.item_id, set()).add(a.kind)
    rows = []
    for item_id in set(on_hand) | set(plans):
        s, p = on_hand.get(item_id), plans.get(item_id)
        if s is None and p is not None and p.on_hand == 0 and p.reorder_level in (None, 0):
            continue  # nothing here and nothing planned
        name = s.generic_name if s else p.name  # type: ignore[union-attr]
        base = s or p
        label = " ".join(x for x in (name, base.strength, base.form) if x)  # type: ignore[union-attr]
        rows.append(StockRow(
            item_id, base.code, label, base.unit,  # type: ignore[union-attr]
            s.quantity if s else (p.on_hand if p else Decimal(0)),
            s.batches if s else 0, s.next_expiry if s else None,
            p.amc if p else None, p.months_of_stock if p else None,
            p.reorder_level if p else None, p.suggested_order if p else Decimal(0),
            tuple(k for k in ALERT_ORDER if k in kinds.get(item_id, set()))))
    rows.sort(key=lambda r: r.label.lower())
    return rows


class StockModel(QAbstractTableModel):
    STATUS, ITEM, CODE, ON_HAND, UNIT, NEXT_EXPIRY, AMC, MONTHS, REORDER, ORDER = range(10)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[StockRow] = []
        self._all: list[StockRow] = []
        self._filter = ""

    def set_rows(self, rows: list[StockRow]) -> None:
        self._all = list(rows)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        f = self._filter
        self._rows = [r for r in self._all
                      if not f or f in r.label.lower() or f in r.code.lower()]
        self.endResetModel()

    def row_at(self, row: int) -> StockRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.item_id == item_id), -1)

    def total_rows(self) -> int:
        return len(self._all)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 10

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Status"), self.tr("Medicine"), self.tr("Code"),
                    self.tr("On hand"), self.tr("Unit"), self.tr("Next expiry"),
                    self.tr("Monthly use"), self.tr("Months left"), self.tr("Reorder at"),
                    self.tr("To order"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                self.AMC: self.tr("Average monthly consumption over the last three months, "
                                  "not counting days without stock"),
                self.MONTHS: self.tr("Months the stock lasts at the average monthly "
                                     "consumption"),
                self.REORDER: self.tr("At or below this quantity the item shows as low "
                                      "stock"),
                self.ORDER: self.tr("Suggested order to reach the target months of stock"),
            }
            return tips.get(section)
        return None

    def _status_text(self, r: StockRow) -> str:
        return ", ".join(alert_label(k) for k in r.alerts) if r.alerts else alert_label("ok")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.STATUS: self._status_text(r), self.ITEM: r.label, self.CODE: r.code,
                self.ON_HAND: fmt_qty(r.on_hand), self.UNIT: r.unit,
                self.NEXT_EXPIRY: fmt_date(r.next_expiry),
                self.AMC: fmt_qty(r.amc.quantize(Decimal("0.1"))) if r.amc is not None else "",
                self.MONTHS: fmt_months(r.months), self.REORDER: fmt_qty(r.reorder),
                self.ORDER: fmt_qty(r.suggested) if r.suggested else "",
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.STATUS:
            return self._status_text(r)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ITEM:
            return r.label
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return badge_icon(r.status)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS and r.alerts:
            return badge_colour(r.status)
        if role == Qt.ItemDataRole.FontRole and col in (self.STATUS, self.ON_HAND) and r.alerts:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                self.ON_HAND, self.AMC, self.MONTHS, self.REORDER, self.ORDER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BatchModel(RowsModel):
    LOT, EXPIRY, DAYS, STATUS, QTY = range(5)
    COLUMNS = 5

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Lot"), self.tr("Expiry"), self.tr("Days left"), self.tr("State"),
                self.tr("Quantity"))

    def _kind(self, b: BatchStock) -> str:
        if b.status == "recalled":
            return "recalled"
        if b.expired:
            return "expired"
        if b.short_dated:
            return "expiring"
        return "ok"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        b = self.row_at(index.row()) if index.isValid() else None
        if b is None:
            return None
        col = index.column()
        kind = self._kind(b)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.STATUS:
                words = [status_label(b.status)]
                if kind in ("expired", "expiring"):
                    words.append(alert_label(kind))
                return ", ".join(words)
            return {self.LOT: b.lot, self.EXPIRY: fmt_date(b.expiry),
                    self.DAYS: str(b.days_to_expiry), self.QTY: fmt_qty(b.quantity)}[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return badge_icon(kind if b.status != "quarantined" else "expiring")
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.STATUS, self.DAYS) and \
                kind != "ok":
            return badge_colour(kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.DAYS, self.QTY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
