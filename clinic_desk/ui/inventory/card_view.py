"""Stock card tab (kárdex): every movement of one medicine at the chosen location, with
the running balance; CSV and PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from clinic_desk.core.inventory import catalogue, reports
from clinic_desk.core.inventory.reports import CardRow, StockCard
from clinic_desk.core.reports import stock_pdf
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.inventory.common import (
    ItemPicker,
    LocationTab,
    RowsModel,
    buddy_label,
    date_edit,
    fmt_date,
    fmt_qty,
    from_qdate,
    kind_label,
    named_button,
    open_dialog,
    reason_label,
    report_table,
    tab_column,
    with_empty_state,
)
from clinic_desk.ui.inventory.exporting import export_to, language, safe_name
from clinic_desk.ui.inventory.reverse_dialog import ReverseDialog
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import TaskHandle

_Index = QModelIndex | QPersistentModelIndex


class CardModel(RowsModel):
    DATE, KIND, LOT, EXPIRY, IN, OUT, BALANCE, REFERENCE = range(8)
    COLUMNS = 8

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.card: StockCard | None = None
        self._rows: list[CardRow] = []
        self.reversed_of: dict[str, tuple[str, dt.date]] = {}
        self.reversed_on: dict[str, dt.date] = {}

    def set_card(self, card: StockCard | None,
                 links: tuple[dict[str, tuple[str, dt.date]], dict[str, dt.date]] | None = None
                 ) -> None:
        self.beginResetModel()
        self.card = card
        self._rows = list(card.rows) if card else []
        self.reversed_of, self.reversed_on = links or ({}, {})
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Movement"), self.tr("Lot"), self.tr("Expiry"),
                self.tr("In"), self.tr("Out"), self.tr("Balance"),
                self.tr("From / to / reason"))

    def reference(self, r: CardRow) -> str:
        parts = [reason_label(r.reason)] if r.reason else []
        if r.reference:
            parts.append(r.reference)
        if r.to_person:
            parts.append(self.tr("registered person"))
        if r.reverses_id:
            target = self.reversed_of.get(r.reverses_id)
            parts.append(self.tr("reverses: {kind} of {date}").format(
                kind=kind_label(target[0]), date=fmt_date(target[1])) if target
                else self.tr("reverses an earlier entry"))
        if r.entry_id in self.reversed_on:
            parts.append(self.tr("reversed on {date}").format(
                date=fmt_date(self.reversed_on[r.entry_id])))
        if r.note:
            parts.append(r.note)
        return " · ".join(parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return {
                self.DATE: fmt_date(r.occurred_on),
                self.KIND: self.tr("{kind} (reversal)").format(kind=kind_label(r.kind))
                if r.reverses_id else kind_label(r.kind),
                self.LOT: r.lot, self.EXPIRY: fmt_date(r.expiry),
                self.IN: fmt_qty(r.quantity_in) if r.quantity_in else "",
                self.OUT: fmt_qty(r.quantity_out) if r.quantity_out else "",
                self.BALANCE: fmt_qty(r.balance), self.REFERENCE: self.reference(r),
            }[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.IN, self.OUT,
                                                                 self.BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cancelled = bool(r.reverses_id) or r.entry_id in self.reversed_on
        if role == Qt.ItemDataRole.FontRole and (col == self.BALANCE or cancelled):
            font = QFont()
            font.setBold(col == self.BALANCE)
            font.setItalic(cancelled and col != self.BALANCE)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and cancelled and col != self.BALANCE:
            return QColor("#5d566b")
        return None

    def is_reversed(self, row: int) -> bool:
        r = self.row_at(row)
        return r is not None and r.entry_id in self.reversed_on


class CardView(LocationTab):
    changed = Signal()  # an entry was reversed (the other tabs reload)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        actor = workspace.actor
        self.can_write = actor is not None and actor.can(Perm.STOCK_WRITE)
        self.dialog: ReverseDialog | None = None
        today = dt.date.today()
        self.item = ItemPicker(self)
        self.item.setObjectName("card_item")
        item_label = buddy_label(self, self.tr("&Medicine:"), self.item)
        self.whole = QCheckBox(self.tr("&Whole history"), self)
        self.whole.setObjectName("whole_history")
        self.start = date_edit(self, today.replace(day=1) - dt.timedelta(days=180), "start")
        self.end = date_edit(self, today, "end")
        start_label = buddy_label(self, self.tr("F&rom:"), self.start)
        end_label = buddy_label(self, self.tr("&To:"), self.end)
        self.csv_button = named_button(self, self.tr("Save as C&SV…"), "card_csv")
        self.pdf_button = named_button(self, self.tr("Save as &PDF…"), "card_pdf")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(item_label)
        bar.addWidget(self.item, 1)
        bar.addSpacing(12)
        bar.addWidget(start_label)
        bar.addWidget(self.start)
        bar.addWidget(end_label)
        bar.addWidget(self.end)
        bar.addWidget(self.whole)
        bar.addStretch(0)

        self.summary = QLabel(self)
        self.summary.setObjectName("cardSummary")
        self.summary.setWordWrap(True)
        self.reverse_button = named_button(self, self.tr("Re&verse…"), "reverse")
        self.reverse_button.setToolTip(self.tr("Correct a mistake: a new entry cancels the "
                                               "selected one"))
        self.reverse_button.setVisible(self.can_write)
        self.reverse_button.clicked.connect(lambda: self.reverse())
        summary_row = QHBoxLayout()
        summary_row.setSpacing(12)
        summary_row.addWidget(self.summary, 1)
        # the saving buttons here, not in the bar above: one row of everything made the
        # tab (and so the main window) wider than a 1366-pixel laptop screen
        for button in (self.reverse_button, self.csv_button, self.pdf_button):
            summary_row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        self.model = CardModel(self)
        self.table = report_table(self, "card_table", self.model, self.tr("Stock card"),
                                  CardModel.REFERENCE, (
                (CardModel.DATE, 95), (CardModel.KIND, 170), (CardModel.LOT, 110),
                (CardModel.EXPIRY, 95), (CardModel.IN, 80), (CardModel.OUT, 80),
                (CardModel.BALANCE, 85)))
        self.empty, self.stack = with_empty_state(
            self, self.table, self.tr("No movements to show"),
            self.tr("Choose a medicine. Every receipt, dispensing, transfer, adjustment and "
                    "count of it at this location is listed here with the balance after "
                    "it."))
        self.message = InlineMessage(self)
        tab_column(self, bar, summary_row, self.message, self.stack)
        self.item.item_changed.connect(lambda _i: self.refresh_card())
        self.start.dateChanged.connect(lambda _d: self.refresh_card())
        self.end.dateChanged.connect(lambda _d: self.refresh_card())
        self.whole.toggled.connect(self._whole_toggled)
        with workspace.db.read() as s:
            self.item.set_items(catalogue.list_items(s, workspace.actor, include_inactive=True))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def refresh(self) -> None:
        self.refresh_card()

    def show_item(self, item_id: str) -> None:
        self.item.select(item_id)
        self.refresh_card()

    def _whole_toggled(self, whole: bool) -> None:
        self.start.setEnabled(not whole)
        self.end.setEnabled(not whole)
        self.refresh_card()

    def _range(self) -> tuple[dt.date | None, dt.date | None]:
        if self.whole.isChecked():
            return None, None
        return from_qdate(self.start.date()), from_qdate(self.end.date())

    def load(self) -> StockCard | None:
        card, _links = self._load()
        return card

    def _load(self) -> tuple[StockCard | None, tuple | None]:
        item = self.item.item()
        if item is None or not self.location_id:
            return None, None
        start, end = self._range()
        with self.workspace.db.read() as s:
            card = reports.stock_card(s, self.workspace.actor, self.location_id, item.id,
                                      start, end)
            return card, reports.reversal_links(s, card)

    def refresh_card(self) -> None:
        self.message.clear()
        card = links = None
        try:
            card, links = self._load()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
        self.model.set_card(card, links)
        self.stack.setCurrentIndex(0 if card and card.rows else 1)
        if card is None:
            self.summary.setText("")
        else:
            self.summary.setText(self.tr(
                "<b>{item}</b> ({code}) at <b>{location}</b> · unit: {unit} · opening "
                "balance {opening} · closing balance <b>{closing}</b> · {count} "
                "movements").format(
                    item=card.item_label, code=card.item_code, location=card.location_name,
                    unit=card.unit, opening=fmt_qty(card.opening), closing=fmt_qty(card.closing),
                    count=len(card.rows)))
        if self.table.model().rowCount():
            self.table.scrollToBottom()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.model.card is not None
        self.csv_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        self.reverse_button.setEnabled(self.can_write and self.selected_row() is not None)

    # -- reversal ------------------------------------------------------------------------
    def selected_row(self) -> CardRow | None:
        model = self.table.selectionModel()
        index = model.currentIndex() if model else None
        return self.model.row_at(index.row()) if index is not None and index.isValid() \
            else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def reverse(self) -> ReverseDialog | None:
        """Open the reversal of the selected movement (the core decides if it may be)."""
        row = self.selected_row()
        card = self.model.card
        if row is None or card is None or not self.can_write or not self.location_id:
            return None
        self.message.clear()
        dlg = ReverseDialog(self.workspace, self.location_id, self.location_name, row,
                            card.unit, self)
        open_dialog(self, dlg, self._reversed)
        return dlg

    def _reversed(self, _result: object) -> None:
        self.refresh_card()
        self.changed.emit()  # the page reloads this card too: say it after
        self.message.show_message(self.tr("Entry reversed: the new entry at the end of the "
                                          "card cancels it."), InlineMessage.OK)
        self.layout().activate()  # the message takes its room before scrolling
        if self.model.rowCount():
            self.select_row(self.model.rowCount() - 1)

    def _suggested(self, ext: str) -> str:
        card = self.model.card
        name = safe_name(f"kardex-{card.location_name}-{card.item_code}") if card else "kardex"
        return f"{name}.{ext}"

    def export_csv(self, path: Path | None = None) -> TaskHandle | None:
        card = self.model.card
        if card is None:
            return None
        lang = language()
        return export_to(self, path, self.tr("Save the stock card as CSV"),
                         self._suggested("csv"), self.tr("CSV files (*.csv)"),
                         self.tr("Saving the stock card…"),
                         lambda p: reports.stock_card_csv(card, p, lang))

    def export_pdf(self, path: Path | None = None) -> TaskHandle | None:
        card = self.model.card
        if card is None:
            return None
        lang, site = language(), self.workspace.site.name
        return export_to(self, path, self.tr("Save the stock card as PDF"),
                         self._suggested("pdf"), self.tr("PDF files (*.pdf)"),
                         self.tr("Making the stock card PDF…"),
                         lambda p: stock_pdf.write_stock_card(card, p, lang, site))
