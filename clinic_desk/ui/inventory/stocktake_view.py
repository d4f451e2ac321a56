"""Stocktake tab: make a count sheet, print it, type what was counted and why it
differs, then post it. Lines whose stock moved after the sheet was made are flagged
"count again" by the core instead of posting a wrong difference."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.inventory import stocktake
from clinic_desk.core.inventory.stocktake import STOCKTAKE_REASONS, Sheet, SheetLine
from clinic_desk.core.reports import stock_pdf
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.inventory.common import (
    LocationTab,
    RowsModel,
    badge_colour,
    badge_icon,
    buddy_label,
    fmt_date,
    fmt_qty,
    named_button,
    reason_label,
    report_table,
    tab_column,
    with_empty_state,
)
from clinic_desk.ui.inventory.exporting import export_to, language, safe_name
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import TaskHandle, run_task

_Index = QModelIndex | QPersistentModelIndex
RECOUNT_BACKGROUND = QColor("#fff4e0")


class SheetModel(RowsModel):
    STATUS, ITEM, LOT, EXPIRY, UNIT, EXPECTED, COUNTED, DIFFERENCE, REASON = range(9)
    COLUMNS = 9
    failed = Signal(object)  # the core's refusal of an entered count
    saved = Signal()

    def __init__(self, workspace: Workspace, parent: object = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.sheet: Sheet | None = None
        self._rows: list[SheetLine] = []

    def set_sheet(self, sheet: Sheet | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self._rows = list(sheet.lines) if sheet else []
        self.endResetModel()

    def line_at(self, row: int) -> SheetLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def lines(self) -> list[SheetLine]:
        return list(self._rows)

    def editable(self) -> bool:
        return self.sheet is not None and self.sheet.status == "open"

    def headers(self) -> tuple[str, ...]:
        return (self.tr("State"), self.tr("Medicine"), self.tr("Lot"), self.tr("Expiry"),
                self.tr("Unit"), self.tr("Expected"), self.tr("Counted"),
                self.tr("Difference"), self.tr("Reason"))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        line = self.line_at(index.row()) if index.isValid() else None
        if line is not None and self.editable() and line.status == "open" and \
                index.column() in (self.COUNTED, self.REASON):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def status_text(self, line: SheetLine) -> str:
        if line.status == "recount":
            return self.tr("Count again: stock moved")
        if line.status == "posted":
            return self.tr("Posted")
        if line.counted is None:
            return self.tr("To count")
        if line.variance and not line.reason:
            return self.tr("Reason needed")
        return self.tr("Counted")

    def status_kind(self, line: SheetLine) -> str:
        if line.status == "recount":
            return "recount"
        if line.status == "posted":
            return "posted"
        if line.counted is None:
            return "todo"
        if line.variance and not line.reason:
            return "expiring"
        return "ok"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        ln = self.line_at(index.row()) if index.isValid() else None
        if ln is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            variance = ln.variance
            return {
                self.STATUS: self.status_text(ln),
                self.ITEM: " ".join(x for x in (ln.item_name, ln.strength, ln.form) if x),
                self.LOT: ln.lot, self.EXPIRY: fmt_date(ln.expiry), self.UNIT: ln.unit,
                self.EXPECTED: fmt_qty(ln.expected),
                self.COUNTED: fmt_qty(ln.counted),
                self.DIFFERENCE: ("" if variance is None else
                                  ("+" if variance > 0 else "") + fmt_qty(variance)),
                self.REASON: reason_label(ln.reason),
            }[col]
        if role == Qt.ItemDataRole.EditRole:
            if col == self.COUNTED:
                return "" if ln.counted is None else str(ln.counted)
            if col == self.REASON:
                return ln.reason or ""
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            kind = self.status_kind(ln)
            return badge_icon(kind) if kind != "todo" else None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS and \
                self.status_kind(ln) in ("recount", "expiring"):
            return badge_colour("recount")
        if role == Qt.ItemDataRole.BackgroundRole and ln.status == "recount":
            return RECOUNT_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and (
                ln.status == "recount" or (col == self.DIFFERENCE and ln.variance)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                self.EXPECTED, self.COUNTED, self.DIFFERENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COUNTED and self.editable():
            return self.tr("Type the quantity counted and press Enter")
        return None

    def setData(self, index: _Index, value: object,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        ln = self.line_at(index.row()) if index.isValid() else None
        if ln is None or self.sheet is None or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.COUNTED:
            text = str(value)
            if text.strip() == ("" if ln.counted is None else str(ln.counted)):
                return False
            counted, reason = text, ln.reason
        elif index.column() == self.REASON:
            if ln.counted is None:
                self.failed.emit(self.tr("Type the counted quantity first."))
                return False
            counted, reason = str(ln.counted), (str(value) or None)
        else:
            return False
        return self.enter(index.row(), counted, reason)

    def enter(self, row: int, counted: str, reason: str | None) -> bool:
        ln = self.line_at(row)
        if ln is None or self.sheet is None:
            return False
        actor = self.workspace.actor
        try:
            with self.workspace.db.write(actor.user_id if actor else None) as s:
                new = stocktake.enter_count(s, actor, self.sheet.id, ln.line_id, counted, reason)
        except Exception as exc:  # noqa: BLE001 - the core's refusal, shown above
            self.failed.emit(exc)
            return False
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.saved.emit()
        return True


class ReasonDelegate(QStyledItemDelegate):
    """A list of the core's reasons for a difference."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        box = QComboBox(parent)
        box.setObjectName("reason_editor")
        box.addItem("", "")
        for code in STOCKTAKE_REASONS:
            box.addItem(reason_label(code), code)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        box: QComboBox = editor  # type: ignore[assignment]
        box.setCurrentIndex(max(box.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: object,  # noqa: N802
                     index: QModelIndex) -> None:
        box: QComboBox = editor  # type: ignore[assignment]
        model.setData(index, box.currentData() or "", Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class StocktakeView(LocationTab):
    changed = Signal()  # a sheet was posted (stock changed)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        actor = workspace.actor
        self.can_write = actor is not None and actor.can(Perm.STOCK_WRITE)

        self.sheets = QComboBox(self)
        self.sheets.setObjectName("sheets")
        self.sheets.setMinimumContentsLength(26)
        sheets_label = buddy_label(self, self.tr("Count &sheet:"), self.sheets)
        self.new_button = named_button(self, self.tr("&New count sheet"), "new_sheet")
        self.print_button = named_button(self, self.tr("P&rint sheet (PDF)…"), "print_sheet")
        self.blind = QCheckBox(self.tr("Print &without expected quantities"), self)
        self.blind.setObjectName("blind")
        self.blind.setToolTip(self.tr("So the count is not influenced by what the computer "
                                      "expects"))
        self.recount_button = named_button(self, self.tr("Count &again flagged lines"), "recount")
        self.post_button = named_button(self, self.tr("&Post the count"), "post_sheet")
        self.post_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_sheet)
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self.recount_button.clicked.connect(self.recount)
        self.post_button.clicked.connect(self.post)
        self.sheets.currentIndexChanged.connect(lambda _i: self.load_sheet())
        # two rows, so the page fits a 1366-pixel laptop screen in every language
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(sheets_label)
        top.addWidget(self.sheets)
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.recount_button)
        top.addWidget(self.post_button)
        printing = QHBoxLayout()
        printing.setSpacing(8)
        printing.addWidget(self.print_button)
        printing.addWidget(self.blind)
        printing.addStretch(1)
        bar = QVBoxLayout()
        bar.setSpacing(6)
        bar.addLayout(top)
        bar.addLayout(printing)
        if not self.can_write:
            for b in (self.new_button, self.recount_button, self.post_button):
                b.hide()

        self.help = QLabel(self.tr(
            "1. Make a count sheet and print it. 2. Count what is on the shelf. 3. Type each "
            "count in the \u201cCounted\u201d column and choose a reason where it differs. "
            "4. Post: the differences become adjustments, all at once."), self)
        self.help.setObjectName("intro")
        self.help.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("muted")
        self.model = SheetModel(workspace, self)
        self.model.failed.connect(self._failed)
        self.model.saved.connect(self._line_saved)
        self.table = report_table(self, "sheet_table", self.model, self.tr("Count sheet"),
                                  SheetModel.ITEM, (
                (SheetModel.STATUS, 215), (SheetModel.LOT, 105), (SheetModel.EXPIRY, 95),
                (SheetModel.UNIT, 95), (SheetModel.EXPECTED, 92), (SheetModel.COUNTED, 88),
                (SheetModel.DIFFERENCE, 98), (SheetModel.REASON, 200)))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setItemDelegateForColumn(SheetModel.REASON, ReasonDelegate(self.table))
        self.empty, self.stack = with_empty_state(
            self, self.table, self.tr("No count sheet yet"),
            self.tr("Press \u201cNew count sheet\u201d: it lists every lot the computer "
                    "thinks is on the shelf here, ready to print and count."))
        self.message = InlineMessage(self)
        tab_column(self, bar, self.help, self.message, self.summary, self.stack)
        self.setTabOrder(self.sheets, self.new_button)
        self.setTabOrder(self.new_button, self.print_button)
        self.setTabOrder(self.print_button, self.blind)
        self.setTabOrder(self.blind, self.table)
        self.setTabOrder(self.table, self.recount_button)
        self.setTabOrder(self.recount_button, self.post_button)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        current = select or self.sheets.currentData()
        self.sheets.blockSignals(True)
        self.sheets.clear()
        if self.location_id:
            try:
                with self.workspace.db.read() as s:
                    listed = stocktake.list_sheets(s, self.workspace.actor, self.location_id)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.message.show_message(error_text(exc))
                listed = []
            for sheet_id, counted_on, status in listed:
                state = self.tr("open") if status == "open" else self.tr("posted")
                self.sheets.addItem(f"{fmt_date(counted_on)} · {state}", sheet_id)
        index = self.sheets.findData(current) if current else -1
        self.sheets.setCurrentIndex(index if index >= 0 else (0 if self.sheets.count() else -1))
        self.sheets.blockSignals(False)
        self.load_sheet()

    def load_sheet(self) -> None:
        sheet_id = self.sheets.currentData()
        sheet = None
        if sheet_id:
            try:
                with self.workspace.db.read() as s:
                    sheet = stocktake.load_sheet(s, self.workspace.actor, sheet_id)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.message.show_message(error_text(exc))
        self.model.set_sheet(sheet)
        self.stack.setCurrentIndex(0 if sheet and sheet.lines else 1)
        self._summarise()
        self._update_buttons()

    def _summarise(self) -> None:
        sheet = self.model.sheet
        if sheet is None:
            self.summary.setText("")
            return
        lines = self.model.lines()
        counted = sum(1 for x in lines if x.counted is not None)
        differ = sum(1 for x in lines if x.variance)
        recount = sum(1 for x in lines if x.status == "recount")
        text = self.tr("{counted} of {total} lots counted · {differ} with a difference").format(
            counted=counted, total=len(lines), differ=differ)
        if recount:
            text += " · " + self.tr("{n} to count again").format(n=recount)
        if sheet.status == "posted":
            text += " · " + self.tr("posted: it can no longer change")
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        sheet = self.model.sheet
        is_open = sheet is not None and sheet.status == "open"
        self.new_button.setEnabled(self.location_id is not None and self.can_write)
        self.print_button.setEnabled(sheet is not None)
        self.post_button.setEnabled(is_open and self.can_write)
        self.recount_button.setEnabled(
            is_open and self.can_write and any(x.status == "recount"
                                               for x in self.model.lines()))

    def _failed(self, exc: object) -> None:
        text = exc if isinstance(exc, str) else error_text(exc)  # type: ignore[arg-type]
        self.message.show_message(text)

    def _line_saved(self) -> None:
        self.message.clear()
        self._summarise()

    # -- actions -----------------------------------------------------------------------
    def line_row(self, lot: str) -> int:
        for row in range(self.model.rowCount()):
            line = self.model.line_at(row)
            if line is not None and line.lot == lot:
                return row
        return -1

    def new_sheet(self) -> None:
        if not self.location_id:
            return
        self.message.clear()
        actor = self.workspace.actor
        try:
            with self.workspace.db.write(actor.user_id if actor else None) as s:
                sheet = stocktake.create_sheet(s, actor, self.location_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        self.refresh(select=sheet.id)
        self.message.show_message(self.tr("Count sheet made with {n} lots. Print it, count, "
                                          "then type the counts here.").format(
            n=len(sheet.lines)), InlineMessage.OK)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, SheetModel.COUNTED))

    def print_sheet(self, path: Path | None = None) -> TaskHandle | None:
        sheet = self.model.sheet
        if sheet is None:
            return None
        suggested = f"{safe_name('conteo-' + sheet.location_name)}-{sheet.counted_on}.pdf"
        lang, site, blind = language(), self.workspace.site.name, self.blind.isChecked()
        return export_to(self, path, self.tr("Save the count sheet as PDF"), suggested,
                         self.tr("PDF files (*.pdf)"), self.tr("Making the count sheet PDF…"),
                         lambda p: stock_pdf.write_count_sheet(sheet, p, lang, site, blind))

    def recount(self) -> None:
        sheet = self.model.sheet
        if sheet is None:
            return
        actor = self.workspace.actor
        try:
            with self.workspace.db.write(actor.user_id if actor else None) as s:
                stocktake.recount(s, actor, sheet.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        self.refresh(select=sheet.id)
        self.message.show_message(self.tr("The flagged lines show what is expected now. Count "
                                          "them again."), InlineMessage.INFO)

    def post(self) -> TaskHandle | None:
        sheet = self.model.sheet
        if sheet is None or self.task is not None and self.task.running:
            return None
        self.message.clear()
        self.post_button.setEnabled(False)
        ws, sheet_id = self.workspace, sheet.id

        def work(_progress: object) -> object:
            with ws.db.write(ws.actor.user_id if ws.actor else None) as s:
                return stocktake.post(s, ws.actor, sheet_id)

        self.task = run_task(self, self.tr("Posting the count…"), work,
                             on_done=lambda result: self._posted(sheet_id, result),
                             on_error=self._post_failed)
        return self.task

    def _post_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self.message.show_message(error_text(exc))

    def _posted(self, sheet_id: str, result: stocktake.PostResult) -> None:
        self.refresh(select=sheet_id)
        if result.recount:
            self.message.show_message(self.tr(
                "Lines posted: {posted}; adjustments: {adjusted}. Not posted, because the stock "
                "moved while counting: {recount} (marked \u201cCount again\u201d). Press "
                "\u201cCount again flagged lines\u201d, count them and post again.").format(
                    posted=result.posted, adjusted=len(result.adjustments),
                    recount=len(result.recount)), InlineMessage.INFO)
        else:
            self.message.show_message(self.tr(
                "Count posted. Lines: {posted}; adjustments: {adjusted}.").format(
                    posted=result.posted, adjusted=len(result.adjustments)), InlineMessage.OK)
        self.changed.emit()
