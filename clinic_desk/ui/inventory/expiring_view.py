"""Expiring tab: the lots that expire within N days (90 by default; expired ones still on
the shelf included), soonest first, over every location this user may see or only the
botiquín chosen at the top; CSV and PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from clinic_desk.core.inventory import reports
from clinic_desk.core.inventory.reports import ExpiringRow
from clinic_desk.core.reports import stock_pdf
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.inventory.common import (
    LocationTab,
    RowsModel,
    alert_label,
    badge_colour,
    badge_icon,
    buddy_label,
    fmt_date,
    fmt_qty,
    named_button,
    report_table,
    status_label,
    tab_column,
    with_empty_state,
)
from clinic_desk.ui.inventory.exporting import export_to, language, safe_name
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import TaskHandle

_Index = QModelIndex | QPersistentModelIndex
DEFAULT_DAYS = 90


def row_kind(r: ExpiringRow) -> str:
    """The badge: recalled, expired, or expiring."""
    if r.status == "recalled":
        return "recalled"
    return "expired" if r.days_to_expiry < 0 else "expiring"


class ExpiringModel(RowsModel):
    STATUS, LOCATION, ITEM, CODE, LOT, EXPIRY, DAYS, QTY, UNIT = range(9)
    COLUMNS = 9

    def rows(self) -> list[ExpiringRow]:
        return list(self._rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Status"), self.tr("Location"), self.tr("Medicine"), self.tr("Code"),
                self.tr("Lot"), self.tr("Expiry"), self.tr("Days left"), self.tr("Quantity"),
                self.tr("Unit"))

    def status_text(self, r: ExpiringRow) -> str:
        kind = row_kind(r)
        if kind == "recalled":
            return alert_label("recalled")
        words = [alert_label(kind)]
        if r.status == "quarantined":
            words.append(status_label("quarantined"))
        return ", ".join(words)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        kind = row_kind(r)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.STATUS: self.status_text(r), self.LOCATION: r.location_name,
                self.ITEM: r.item_name, self.CODE: r.item_code, self.LOT: r.lot,
                self.EXPIRY: fmt_date(r.expiry), self.DAYS: str(r.days_to_expiry),
                self.QTY: fmt_qty(r.quantity), self.UNIT: r.unit,
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.STATUS, self.ITEM,
                                                          self.LOCATION):
            return self.data(index)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return badge_icon(kind)
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.STATUS, self.DAYS):
            return badge_colour(kind)
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS and kind != "expiring":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.DAYS, self.QTY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ExpiringView(LocationTab):
    open_card = Signal(str, str)  # location id, item id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.days = QSpinBox(self)
        self.days.setObjectName("expiry_days")
        self.days.setRange(1, reports.MAX_EXPIRY_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setAccessibleName(self.tr("Expiring within how many days"))
        days_label = buddy_label(self, self.tr("E&xpiring within:"), self.days)
        days_unit = QLabel(self.tr("days"), self)
        self.only_here = QCheckBox(self)
        self.only_here.setObjectName("only_here")
        self.csv_button = named_button(self, self.tr("Save as C&SV…"), "expiring_csv")
        self.pdf_button = named_button(self, self.tr("Save as &PDF…"), "expiring_pdf")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(days_label)
        bar.addWidget(self.days)
        bar.addWidget(days_unit)
        bar.addSpacing(16)
        bar.addWidget(self.only_here)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("expiringSummary")
        self.summary.setWordWrap(True)
        self.model = ExpiringModel(self)
        self.table = report_table(self, "expiring_table", self.model, self.tr("Expiring lots"),
                                  ExpiringModel.ITEM, (
                (ExpiringModel.STATUS, 150), (ExpiringModel.LOCATION, 170),
                (ExpiringModel.CODE, 105), (ExpiringModel.LOT, 95), (ExpiringModel.EXPIRY, 95),
                (ExpiringModel.DAYS, 85), (ExpiringModel.QTY, 80), (ExpiringModel.UNIT, 90)))
        self.table.doubleClicked.connect(lambda i: self._open_card(i.row()))
        self.empty, self.stack = with_empty_state(
            self, self.table, self.tr("No lot expires within that time"),
            self.tr("Lots that expire within the days chosen above, and expired lots still "
                    "on the shelf, are listed here, soonest first."))
        self.message = InlineMessage(self)
        tab_column(self, bar, self.summary, self.message, self.stack)
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.only_here.toggled.connect(lambda _c: self.refresh())
        self._label_only_here()

    def _label_only_here(self) -> None:
        self.only_here.setText(self.tr("&Only {name}").format(name=self.location_name)
                               if self.location_name else self.tr("&Only this botiquín"))
        self.only_here.setEnabled(self.location_id is not None)

    def set_location(self, location_id: str | None, name: str = "") -> None:
        self.location_id = location_id
        self.location_name = name
        self._label_only_here()
        if self.only_here.isChecked() or self.isVisible():
            self.refresh()

    def set_days(self, days: int) -> None:
        self.days.setValue(days)
        self.refresh()

    def location_ids(self) -> list[str] | None:
        if self.only_here.isChecked() and self.location_id:
            return [self.location_id]
        return None

    def refresh(self) -> None:
        self.message.clear()
        rows: list[ExpiringRow] = []
        try:
            with self.workspace.db.read() as s:
                rows = reports.expiring_batches(s, self.workspace.actor, self.days.value(),
                                                location_ids=self.location_ids())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(0 if rows else 1)
        expired = sum(1 for r in rows if r.days_to_expiry < 0)
        places = len({r.location_id for r in rows})
        if rows:
            self.summary.setText(self.tr(
                "Lots expiring within {days} days: <b>{count}</b> · locations: {places} · "
                "already expired, to write off: <b>{expired}</b>")
                .format(count=len(rows), places=places, days=self.days.value(),
                        expired=expired))
        else:
            self.summary.setText("")

    def _open_card(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is not None:
            self.open_card.emit(r.location_id, r.item_id)

    def _suggested(self, ext: str) -> str:
        where = self.location_name if self.location_ids() else ""
        name = "-".join(x for x in (self.tr("expiring-lots"), where) if x)
        return f"{safe_name(name)}.{ext}"

    def export_csv(self, path: Path | None = None) -> TaskHandle | None:
        rows, lang = self.model.rows(), language()
        return export_to(self, path, self.tr("Save the expiring lots as CSV"),
                         self._suggested("csv"), self.tr("CSV files (*.csv)"),
                         self.tr("Saving the expiring lots…"),
                         lambda p: reports.expiring_csv(rows, p, lang))

    def export_pdf(self, path: Path | None = None) -> TaskHandle | None:
        rows, days, lang = self.model.rows(), self.days.value(), language()
        site = self.workspace.site.name
        return export_to(self, path, self.tr("Save the expiring lots as PDF"),
                         self._suggested("pdf"), self.tr("PDF files (*.pdf)"),
                         self.tr("Making the expiring lots PDF…"),
                         lambda p: stock_pdf.write_expiring(rows, days, p, lang, site))
