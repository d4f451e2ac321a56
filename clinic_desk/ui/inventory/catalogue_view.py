"""Catalogue tab (administrators): the medicines, adding and editing them, and
recalling a lot everywhere at once."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from clinic_desk.core.inventory import catalogue
from clinic_desk.core.inventory.catalogue import ItemInfo
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.inventory.common import (
    ItemPicker,
    MovementDialog,
    RowsModel,
    buddy_label,
    fmt_date,
    open_dialog,
    report_table,
    reselect,
    status_label,
    tab_column,
)
from clinic_desk.ui.messages import error_text

_Index = QModelIndex | QPersistentModelIndex


class CatalogueModel(RowsModel):
    CODE, NAME, STRENGTH, FORM, UNIT, GROUP, DIVISIBLE, GTIN, ACTIVE = range(9)
    COLUMNS = 9

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Generic name"), self.tr("Strength"), self.tr("Form"),
                self.tr("Unit"), self.tr("Therapeutic group"), self.tr("Can be split"),
                self.tr("GTIN (barcode)"), self.tr("In use"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            yes, no = self.tr("yes"), self.tr("no")
            return (r.code, r.generic_name, r.strength, r.form, r.unit, r.group,
                    yes if r.divisible else no, r.gtin or "",
                    yes if r.active else self.tr("no longer used"))[index.column()]
        return None


class ItemDialog(MovementDialog):
    """Add or edit a catalogue item (the core validates)."""

    def __init__(self, workspace: Workspace, item: ItemInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, "", self.tr("the whole catalogue"),
                         self.tr("Edit medicine") if item else self.tr("Add medicine"), parent)
        self.item_info = item
        self.edits: dict[str, QLineEdit] = {}
        labels = (("code", self.tr("&Code:")), ("generic_name", self.tr("&Generic name:")),
                  ("strength", self.tr("&Strength:")), ("form", self.tr("&Form:")),
                  ("unit", self.tr("&Unit of dispensing:")),
                  ("group", self.tr("Therapeutic &group:")), ("gtin", self.tr("GT&IN:")))
        for name, text in labels:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setText(str(getattr(item, name, "") or "") if item else "")
            self.edits[name] = edit
            self.add_field(name, text, edit)
        self.edits["code"].setPlaceholderText("PAR-500-TAB")
        self.edits["unit"].setPlaceholderText(self.tr("e.g. tablet, bottle 60 mL"))
        self.divisible = QCheckBox(self.tr("The unit can be &split (e.g. millilitres)"), self)
        self.divisible.setObjectName("divisible")
        self.divisible.setChecked(bool(item and item.divisible))
        self.form.addRow("", self.divisible)
        self.active = QCheckBox(self.tr("In &use"), self)
        self.active.setChecked(item.active if item else True)
        if item:
            self.form.addRow("", self.active)
        self.ok_button.setText(self.tr("&Save"))
        self.finish_layout()
        self.layout_.itemAt(0).widget().hide()  # no "Botiquín:" line here
        self.edits["code"].setFocus()

    def save(self, session: object, actor: object) -> object:
        values: dict[str, object] = {k: e.text() for k, e in self.edits.items()}
        values["divisible"] = self.divisible.isChecked()
        if self.item_info is None:
            return catalogue.add_item(session, actor, **values)
        values["active"] = self.active.isChecked()
        return catalogue.update_item(session, actor, self.item_info.id, **values)


class RecallDialog(MovementDialog):
    """Recall a lot: it is marked in every location at once."""

    def __init__(self, workspace: Workspace, item_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, "", self.tr("every location"), self.tr("Recall a lot"),
                         parent)
        self.item = ItemPicker(self)
        self.item.setObjectName("item")
        self.lot = QComboBox(self)
        self.lot.setObjectName("lot")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. DIGEMID alert number"))
        self.add_field("item", self.tr("&Medicine:"), self.item)
        self.add_field("lot", self.tr("&Lot:"), self.lot)
        self.add_field("reason", self.tr("&Why:"), self.reason)
        self.add_note(self.tr("A recalled lot can no longer be dispensed or sent to a botiquín, "
                              "anywhere. This cannot be undone."))
        self.ok_button.setText(self.tr("&Recall the lot"))
        self.finish_layout()
        self.layout_.itemAt(0).widget().hide()
        self.item.item_changed.connect(self._item_changed)
        with workspace.db.read() as s:
            self.item.set_items(catalogue.list_items(s, workspace.actor, include_inactive=True))
        if item_id:
            self.item.select(item_id)

    def _item_changed(self, item: object) -> None:
        self.lot.clear()
        if item is None:
            return
        with self.workspace.db.read() as s:
            batches = catalogue.list_batches(s, self.workspace.actor, item.id)  # type: ignore[attr-defined]
        for b in batches:
            self.lot.addItem(self.tr("{lot} · expires {expiry} · {state}").format(
                lot=b.lot, expiry=fmt_date(b.expiry), state=status_label(b.status)), b.lot)

    def ready(self) -> bool:
        if self.item.item() is None:
            self.refuse("item", self.tr("Choose a medicine from the list."))
            return False
        if not self.lot.currentData():
            self.refuse("lot", self.tr("This medicine has no lots recorded yet."))
            return False
        return True

    def save(self, session: object, actor: object) -> object:
        item = self.item.item()
        assert item is not None
        return catalogue.recall_lot(session, actor, item.id, self.lot.currentData(),
                                    self.reason.text())


class CatalogueView(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dialog: QDialog | None = None
        self.model = CatalogueModel(self)
        self.table = report_table(
            self, "catalogue_table", self.model, self.tr("Medicine catalogue"),
            CatalogueModel.GROUP, (
                (CatalogueModel.CODE, 110), (CatalogueModel.NAME, 230),
                (CatalogueModel.STRENGTH, 130), (CatalogueModel.FORM, 150),
                (CatalogueModel.UNIT, 120), (CatalogueModel.DIVISIBLE, 112),
                (CatalogueModel.GTIN, 130), (CatalogueModel.ACTIVE, 80)))
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.search = QLineEdit(self)
        self.search.setObjectName("catalogue_search")
        self.search.setPlaceholderText(self.tr("Filter by name, code or group"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        find = buddy_label(self, self.tr("&Find:"), self.search)
        self.add_button = QPushButton(self.tr("&Add medicine…"), self)
        self.add_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.recall_button = QPushButton(self.tr("Re&call a lot…"), self)
        self.starter_button = QPushButton(self.tr("Load the &starter catalogue"), self)
        self.starter_button.setToolTip(self.tr("Adds the common essential medicines that are "
                                               "not in the catalogue yet"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.recall_button.clicked.connect(self.recall)
        self.starter_button.clicked.connect(self.load_starter)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(find)
        bar.addWidget(self.search, 1)
        bar.addSpacing(16)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.recall_button)
        bar.addSpacing(16)
        bar.addWidget(self.starter_button)
        self.message = InlineMessage(self)
        tab_column(self, intro_label(self.tr(
            "The medicines every botiquín can hold. A medicine no longer used stays in the "
            "history; untick \u201cIn use\u201d instead of deleting it."), self),
            bar, self.message, self.table)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.selected().id if self.selected() else None)
        try:
            with self.workspace.db.read() as s:
                rows = catalogue.list_items(s, self.workspace.actor, self.search.text() or None,
                                            include_inactive=True)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            rows = []
        self.model.set_rows(rows)
        reselect(self.table, self.model.row_of(current) if current else -1)

    def selected(self) -> ItemInfo | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _open(self, dialog: QDialog, text: str) -> QDialog:
        return open_dialog(self, dialog, lambda result: self._saved(result, text))

    def _saved(self, result: object, text: str) -> None:
        if isinstance(result, tuple):  # a recall: (batch, codes of locations holding it)
            codes = result[1]
            if codes:
                text += " " + self.tr("Still held at: {codes}. Write it off or send it back to "
                                      "the central store.").format(codes=", ".join(codes))
            self.refresh()
        else:
            self.refresh(select=getattr(result, "id", None))
        self.message.show_message(text, InlineMessage.OK)
        self.changed.emit()

    def add_item(self) -> ItemDialog:
        return self._open(ItemDialog(self.workspace, None, self),  # type: ignore[return-value]
                          self.tr("Medicine added."))

    def edit_item(self) -> ItemDialog | None:
        item = self.selected()
        if item is None:
            return None
        return self._open(ItemDialog(self.workspace, item, self),  # type: ignore[return-value]
                          self.tr("Medicine saved."))

    def recall(self) -> RecallDialog:
        item = self.selected()
        return self._open(RecallDialog(self.workspace, item.id if item else None, self),  # type: ignore[return-value]
                          self.tr("Lot recalled everywhere."))

    def load_starter(self) -> None:
        actor = self.workspace.actor
        try:
            with self.workspace.db.write(actor.user_id if actor else None) as s:
                added = catalogue.load_starter_catalogue(s, actor)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        self.refresh()
        self.message.show_message(self.tr("{n} medicines added.").format(n=added),
                                  InlineMessage.OK)
        self.changed.emit()
