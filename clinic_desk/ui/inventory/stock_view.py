"""Stock tab: what is on hand at the chosen location, its lots, and the alerts; the
buttons that move stock (receive, dispense, send, adjust)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.inventory import stock
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import SPACING, InlineMessage
from clinic_desk.ui.admin.users_view import empty_state
from clinic_desk.ui.inventory.adjust_dialog import AdjustDialog
from clinic_desk.ui.inventory.alerts import InventoryAlertsWidget
from clinic_desk.ui.inventory.common import (
    LocationTab,
    buddy_label,
    notice_text,
    open_dialog,
    report_table,
)
from clinic_desk.ui.inventory.dispense_dialog import DispenseDialog
from clinic_desk.ui.inventory.receive_dialog import ReceiveDialog
from clinic_desk.ui.inventory.reorder_dialog import ReorderDialog
from clinic_desk.ui.inventory.stock_model import BatchModel, StockModel, load_rows
from clinic_desk.ui.inventory.transfer_dialog import TransferDialog
from clinic_desk.ui.messages import error_text


class StockView(LocationTab):
    changed = Signal()  # stock moved (the other tabs reload)
    open_card = Signal(str)  # item id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.dialog: QDialog | None = None
        actor = workspace.actor
        self.can_write = actor is not None and actor.can(Perm.STOCK_WRITE)
        self.can_plan = self.can_write or (actor is not None and actor.can(Perm.CATALOGUE_EDIT))

        self.search = QLineEdit(self)
        self.search.setObjectName("stock_search")
        self.search.setPlaceholderText(self.tr("Filter by name or code"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        search_label = buddy_label(self, self.tr("&Find:"), self.search)
        self.receive_button = QPushButton(self.tr("&Receive…"), self)
        self.dispense_button = QPushButton(self.tr("&Dispense…"), self)
        self.transfer_button = QPushButton(self.tr("Se&nd…"), self)
        self.adjust_button = QPushButton(self.tr("Ad&just…"), self)
        self.card_button = QPushButton(self.tr("Stock &card"), self)
        self.reorder_button = QPushButton(self.tr("Reorder &level…"), self)
        self.reorder_button.setToolTip(self.tr("When this medicine shows as low stock, and "
                                               "how much to order"))
        for name, button in (("reorder", self.reorder_button),
                             ("receive", self.receive_button),
                             ("dispense", self.dispense_button),
                             ("transfer", self.transfer_button),
                             ("adjust", self.adjust_button), ("stock_card", self.card_button)):
            button.setObjectName(name)
        self.dispense_button.setProperty("primary", True)
        self.receive_button.clicked.connect(self.receive)
        self.dispense_button.clicked.connect(self.dispense)
        self.transfer_button.clicked.connect(self.transfer)
        self.adjust_button.clicked.connect(self.adjust)
        self.card_button.clicked.connect(self._open_card)
        self.reorder_button.clicked.connect(self.set_reorder_level)
        QShortcut(QKeySequence("Ctrl+D"), self, self.dispense,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+R"), self, self.receive,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addStretch(1)
        bar.addWidget(self.dispense_button)
        bar.addWidget(self.receive_button)
        bar.addWidget(self.transfer_button)
        bar.addWidget(self.adjust_button)
        bar.addSpacing(16)
        bar.addWidget(self.reorder_button)
        bar.addWidget(self.card_button)
        if not self.can_write:
            for b in (self.receive_button, self.dispense_button, self.transfer_button,
                      self.adjust_button):
                b.hide()
        self.reorder_button.setVisible(self.can_plan)

        self.model = StockModel(self)
        self.table = report_table(self, "stock_table", self.model, self.tr("Stock on hand"),
                                  StockModel.ITEM, (
                (StockModel.STATUS, 170), (StockModel.CODE, 100), (StockModel.ON_HAND, 80),
                (StockModel.UNIT, 95), (StockModel.NEXT_EXPIRY, 105), (StockModel.AMC, 112),
                (StockModel.MONTHS, 108), (StockModel.REORDER, 100), (StockModel.ORDER, 85)))
        self.table.doubleClicked.connect(lambda _i: self._open_card())
        self.search.textChanged.connect(self.model.set_filter)
        self.search.returnPressed.connect(self.table.setFocus)

        self.batches = BatchModel(self)
        self.batch_table = report_table(
            self, "batch_table", self.batches, self.tr("Lots of the selected medicine"),
            BatchModel.STATUS, ((BatchModel.LOT, 110), (BatchModel.EXPIRY, 95),
                                (BatchModel.DAYS, 88), (BatchModel.QTY, 80)))
        self.batch_title = QLabel(self)
        self.batch_title.setObjectName("heading")
        self.batch_title.setWordWrap(True)  # a long name wraps in its pane, not into "Alerts"
        self.batch_hint = QLabel(self)
        self.batch_hint.setObjectName("hintLabel")
        self.batch_hint.setWordWrap(True)
        self.batch_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.batch_stack = QStackedWidget(self)
        self.batch_stack.addWidget(self.batch_table)
        self.batch_stack.addWidget(self.batch_hint)
        batch_box = QWidget(self)
        bcol = QVBoxLayout(batch_box)
        bcol.setContentsMargins(0, 0, 0, 0)
        bcol.setSpacing(6)
        bcol.addWidget(self.batch_title)
        bcol.addWidget(self.batch_stack, 1)
        self.alerts = InventoryAlertsWidget(workspace, self, location_ids=["-"])

        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(batch_box)
        lower.addWidget(self.alerts)
        lower.setSizes([440, 660])
        lower.setChildrenCollapsible(False)

        self.empty = empty_state(
            self.tr("No medicine here yet"),
            self.tr("Record what arrives with \u201cReceive\u201d (Ctrl+R). Items with stock "
                    "or with a reorder level are listed here."), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        upper = QWidget(self)
        ucol = QVBoxLayout(upper)
        ucol.setContentsMargins(0, 0, 0, 0)
        ucol.addWidget(self.stack)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([330, 230])
        split.setChildrenCollapsible(False)

        self.message = InlineMessage(self)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(SPACING)
        col.addLayout(bar)
        col.addWidget(self.message)
        col.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.setTabOrder(self.search, self.dispense_button)
        self.setTabOrder(self.dispense_button, self.receive_button)
        self.setTabOrder(self.receive_button, self.transfer_button)
        self.setTabOrder(self.transfer_button, self.adjust_button)
        self.setTabOrder(self.adjust_button, self.reorder_button)
        self.setTabOrder(self.reorder_button, self.card_button)
        self.setTabOrder(self.card_button, self.table)
        self.setTabOrder(self.table, self.batch_table)
        self._update_buttons()

    # -- data -------------------------------------------------------------------------
    def set_location(self, location_id: str | None, name: str = "") -> None:
        self.location_id = location_id
        self.location_name = name
        self.alerts.set_locations([location_id] if location_id else ["-"])
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.selected().item_id if self.selected() else None)
        rows = []
        if self.location_id:
            try:
                with self.workspace.db.read() as s:
                    rows = load_rows(s, self.workspace.actor, self.location_id)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.message.show_message(error_text(exc))
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(0 if self.model.total_rows() else 1)
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._row_changed()
        self.alerts.refresh()

    def selected(self):  # noqa: ANN201 - StockRow | None
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() \
            else None
        return self.model.row_at(index.row()) if index is not None and index.isValid() \
            else None

    def select_item(self, item_id: str) -> None:
        self.search.clear()
        self.refresh(select=item_id)

    def _row_changed(self) -> None:
        row = self.selected()
        batches = []
        if row is not None and self.location_id:
            with self.workspace.db.read() as s:
                batches = stock.batch_stock(s, self.workspace.actor, self.location_id,
                                            row.item_id)
        self.batches.set_rows(batches)
        self.batch_stack.setCurrentIndex(0 if batches else 1)
        self.batch_hint.setText(
            self.tr("None of this medicine is on hand here. Record what arrives with "
                    "\u201cReceive\u201d.") if row is not None
            else self.tr("Select a medicine above to see its lots."))
        self.batch_title.setText(self.tr("Lots of {item}").format(item=row.label) if row
                                 else self.tr("Lots"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_loc = self.location_id is not None
        for b in (self.receive_button, self.dispense_button, self.transfer_button,
                  self.adjust_button):
            b.setEnabled(has_loc and self.can_write)
        self.card_button.setEnabled(self.selected() is not None)
        self.reorder_button.setEnabled(has_loc and self.can_plan)

    # -- actions -------------------------------------------------------------------------
    def _open(self, dialog: QDialog, done_text: str) -> QDialog:
        return open_dialog(self, dialog,
                           lambda result: self._saved(result, done_text, dialog))

    def _saved(self, result: object, text: str, dialog: QDialog) -> None:
        item = getattr(dialog, "item", None)
        item_info = item.item() if item is not None else None
        self.refresh(select=item_info.id if item_info else None)
        warnings = [notice_text(n) for n in getattr(result, "warnings", [])]
        if warnings:
            self.message.show_message(" ".join([text, *warnings]), InlineMessage.INFO)
        else:
            self.message.show_message(text, InlineMessage.OK)
        self.changed.emit()

    def _current_item_id(self) -> str | None:
        row = self.selected()
        return row.item_id if row is not None and row.on_hand > 0 else None

    def receive(self) -> ReceiveDialog | None:
        if not (self.location_id and self.can_write):
            return None
        dlg = ReceiveDialog(self.workspace, self.location_id, self.location_name, self)
        self._open(dlg, self.tr("Receipt saved."))
        return dlg

    def dispense(self) -> DispenseDialog | None:
        if not (self.location_id and self.can_write):
            return None
        dlg = DispenseDialog(self.workspace, self.location_id, self.location_name, self,
                             self._current_item_id())
        self._open(dlg, self.tr("Dispensing saved."))
        return dlg

    def transfer(self) -> TransferDialog | None:
        if not (self.location_id and self.can_write):
            return None
        dlg = TransferDialog(self.workspace, self.location_id, self.location_name, self,
                             self._current_item_id())
        self._open(dlg, self.tr("Transfer saved: the other location has the stock now."))
        return dlg

    def adjust(self) -> AdjustDialog | None:
        if not (self.location_id and self.can_write):
            return None
        dlg = AdjustDialog(self.workspace, self.location_id, self.location_name, self,
                           self._current_item_id())
        self._open(dlg, self.tr("Adjustment saved."))
        return dlg

    def set_reorder_level(self) -> ReorderDialog | None:
        if not (self.location_id and self.can_plan):
            return None
        row = self.selected()
        dlg = ReorderDialog(self.workspace, self.location_id, self.location_name, self,
                            row.item_id if row else None)
        self._open(dlg, self.tr("Reorder level saved."))
        return dlg

    def _open_card(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_card.emit(row.item_id)
