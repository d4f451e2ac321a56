"""Locations tab (administrators): the central store and the botiquines — adding,
renaming, closing and reopening them — and which health promoters work at each.

Creating, renaming and closing need CATALOGUE_EDIT; assigning promoters needs
MANAGE_USERS (the core checks both; this tab only hides what the user cannot do)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.inventory import locations
from clinic_desk.core.inventory.locations import LocationInfo
from clinic_desk.core.security.roles import Perm, Role
from clinic_desk.core.users import UserInfo
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.inventory.common import (
    MovementDialog,
    RowsModel,
    badge_colour,
    badge_icon,
    buddy_label,
    named_button,
    open_dialog,
    report_table,
    reselect,
    tab_column,
)
from clinic_desk.ui.messages import error_text

_Index = QModelIndex | QPersistentModelIndex


def kind_name(kind: str) -> str:
    return {
        "central": QCoreApplication.translate("Inventory", "Central store"),
        "botiquin": QCoreApplication.translate("Inventory", "Botiquín"),
    }.get(kind, kind)


class LocationModel(RowsModel):
    CODE, NAME, KIND, STATE, PROMOTERS = range(5)
    COLUMNS = 5

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[LocationInfo] = []
        self._promoters: dict[str, list[str]] = {}

    def set_rows(self, rows: list[LocationInfo], promoters: dict[str, list[str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._promoters = promoters
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("State"),
                self.tr("Health promoters"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            names = self._promoters.get(r.id)
            return {
                self.CODE: r.code, self.NAME: r.name, self.KIND: kind_name(r.kind),
                self.STATE: self.tr("Open") if r.active else self.tr("Closed"),
                self.PROMOTERS: ", ".join(names) if names else (
                    self.tr("nobody assigned") if names is not None else ""),
            }[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATE:
            return badge_icon("ok" if r.active else "out_of_stock")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE and not r.active:
            return badge_colour("out_of_stock")
        return None


class LocationDialog(MovementDialog):
    """Add a location (code, name, kind) or rename one (the code stays)."""

    def __init__(self, workspace: Workspace, location: LocationInfo | None = None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Rename {name}").format(name=location.name) if location
                 else self.tr("Add a botiquín"))
        super().__init__(workspace, location.id if location else "",
                         location.name if location else "", title, parent)
        self.location = location
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setMaxLength(16)
        self.code.setPlaceholderText("HUA-A")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. Huaycán Zona A"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in ("botiquin", "central"):
            self.kind.addItem(kind_name(kind), kind)
        self.add_field("code", self.tr("&Code:"), self.code)
        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        if location is not None:
            self.code.setText(location.code)
            self.code.setReadOnly(True)
            self.code.setToolTip(self.tr("The code cannot change: reports and exchanges "
                                         "use it."))
            self.name.setText(location.name)
            self.kind.setCurrentIndex(self.kind.findData(location.kind))
            self.kind.setEnabled(False)
            self.ok_button.setText(self.tr("&Save"))
        else:
            self.add_note(self.tr("A short code without spaces, used in reports and CSV files "
                                  "(for example HUA-A). It cannot be changed later."))
            self.ok_button.setText(self.tr("&Add"))
        self.ok_button.setObjectName("location_ok")
        self.finish_layout()
        self.layout_.itemAt(0).widget().hide()  # no "Botiquín:" line here
        (self.name if location else self.code).setFocus()

    def save(self, session: object, actor: object) -> object:
        if self.location is None:
            return locations.create_location(session, actor, self.code.text(),
                                             self.name.text(), self.kind.currentData())
        return locations.update_location(session, actor, self.location.id,
                                         name=self.name.text())


class LocationsView(QWidget):
    changed = Signal()  # a location was added, renamed, closed or reopened

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dialog: QDialog | None = None
        actor = workspace.actor
        self.can_edit = actor is not None and actor.can(Perm.CATALOGUE_EDIT)
        self.can_assign = actor is not None and actor.can(Perm.MANAGE_USERS)
        self._users: dict[str, UserInfo] = {}
        self._assigned: dict[str, list[str]] = {}

        self.add_button = named_button(self, self.tr("&Add botiquín…"), "add_location")
        self.add_button.setProperty("primary", True)
        self.rename_button = named_button(self, self.tr("Re&name…"), "rename_location")
        self.close_button = named_button(self, self.tr("C&lose location"), "close_location")
        self.add_button.clicked.connect(lambda: self.add_location())
        self.rename_button.clicked.connect(lambda: self.rename_location())
        self.close_button.clicked.connect(lambda: self.toggle_active())
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.add_button)
        bar.addWidget(self.rename_button)
        bar.addWidget(self.close_button)
        bar.addStretch(1)
        for b in (self.add_button, self.rename_button, self.close_button):
            b.setVisible(self.can_edit)

        self.model = LocationModel(self)
        self.table = report_table(self, "locations_table", self.model, self.tr("Locations"),
                                  LocationModel.PROMOTERS, (
                (LocationModel.CODE, 100), (LocationModel.NAME, 200), (LocationModel.KIND, 120),
                (LocationModel.STATE, 100)))
        self.table.doubleClicked.connect(lambda _i: self.rename_location())

        # who works here
        self.people_title = QLabel(self)
        self.people_title.setObjectName("heading")
        self.assigned = QListWidget(self)
        self.assigned.setObjectName("assigned")
        self.assigned.setAccessibleName(self.tr("Health promoters assigned here"))
        self.assigned.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_hint = QLabel(self)
        self.people_hint.setObjectName("hintLabel")
        self.people_hint.setWordWrap(True)
        self.people_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.people_hint.setMargin(16)
        self.people_stack = QStackedWidget(self)
        self.people_stack.addWidget(self.assigned)
        self.people_stack.addWidget(self.people_hint)
        self.promoter = QComboBox(self)
        self.promoter.setObjectName("promoter")
        self.promoter.setMinimumContentsLength(22)
        self.promoter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        promoter_label = buddy_label(self, self.tr("&Promoter:"), self.promoter)
        self.assign_button = named_button(self, self.tr("A&ssign"), "assign")
        self.unassign_button = named_button(self, self.tr("&Remove from here"), "unassign")
        self.assign_button.clicked.connect(lambda: self.assign())
        self.unassign_button.clicked.connect(lambda: self.unassign())
        self.assigned.currentRowChanged.connect(lambda _r: self._update_buttons())
        pick = QHBoxLayout()
        pick.setSpacing(8)
        pick.addWidget(promoter_label)
        pick.addWidget(self.promoter, 1)
        pick.addWidget(self.assign_button)
        people = QWidget(self)
        pcol = QVBoxLayout(people)
        pcol.setContentsMargins(0, 0, 0, 0)
        pcol.setSpacing(6)
        pcol.addWidget(self.people_title)
        pcol.addWidget(self.people_stack, 1)
        pcol.addWidget(self.unassign_button, 0, Qt.AlignmentFlag.AlignLeft)
        pcol.addLayout(pick)
        people.setVisible(self.can_assign)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(people)
        split.setSizes([700, 380])
        split.setChildrenCollapsible(False)

        self.message = InlineMessage(self)
        tab_column(self, intro_label(self.tr(
            "The central store and every botiquín. A health promoter sees and moves only the "
            "stock of the botiquines she is assigned to. A closed botiquín keeps its history "
            "but no stock moves there."), self), bar, self.message, split)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.refresh()

    # -- data -------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        current = select or (self.selected().id if self.selected() else None)
        rows: list[LocationInfo] = []
        self._assigned = {}
        try:
            with self.workspace.db.read() as s:
                rows = locations.list_locations(s, self.workspace.actor, include_inactive=True)
                if self.can_assign:
                    self._assigned = {r.id: locations.assignments(s, self.workspace.actor, r.id)
                                      for r in rows}
            if self.can_assign:
                self._users = {u.id: u for u in self.workspace.list_users()}
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
        names = {loc_id: sorted(self._name(u) for u in ids)
                 for loc_id, ids in self._assigned.items()}
        self.model.set_rows(rows, names)
        reselect(self.table, self.model.row_of(current) if current else -1)
        self._row_changed()

    def _name(self, user_id: str) -> str:
        u = self._users.get(user_id)
        return u.full_name if u else "?"

    def promoters(self) -> list[UserInfo]:
        """Active users with the promoter role, by name."""
        return sorted((u for u in self._users.values()
                       if u.active and Role.PROMOTER in u.roles),
                      key=lambda u: u.full_name.lower())

    def selected(self) -> LocationInfo | None:
        model = self.table.selectionModel()
        index = model.currentIndex() if model else None
        return self.model.row_at(index.row()) if index is not None and index.isValid() \
            else None

    def select_location(self, location_id: str) -> None:
        self.refresh(select=location_id)

    def assigned_ids(self) -> list[str]:
        return [self.assigned.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.assigned.count())]

    def _row_changed(self) -> None:
        loc = self.selected()
        self.assigned.clear()
        self.promoter.clear()
        if loc is None:
            self.people_title.setText(self.tr("Health promoters"))
            self.people_hint.setText(self.tr("Add a botiquín first."))
            self.people_stack.setCurrentIndex(1)
            self._update_buttons()
            return
        self.people_title.setText(self.tr("Health promoters at {name}").format(name=loc.name))
        here = self._assigned.get(loc.id, [])
        for user_id in sorted(here, key=lambda u: self._name(u).lower()):
            u = self._users.get(user_id)
            text = f"{u.full_name} ({u.username})" if u else user_id
            if u is not None and (not u.active or Role.PROMOTER not in u.roles):
                text += " · " + self.tr("no longer a promoter")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            self.assigned.addItem(item)
        for u in self.promoters():
            if u.id not in here:
                self.promoter.addItem(f"{u.full_name} ({u.username})", u.id)
        if not here:
            hint = self.tr("Nobody is assigned here: only administrators and coordinators "
                           "see this stock.")
            if not self.promoters():
                hint += " " + self.tr("There is no user with the health promoter role yet. "
                                      "Add one under Users.")
            else:
                hint += " " + self.tr("Choose a health promoter below and press "
                                      "\u201cAssign\u201d.")
            self.people_hint.setText(hint)
        self.people_stack.setCurrentIndex(0 if here else 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        loc = self.selected()
        self.rename_button.setEnabled(loc is not None)
        self.close_button.setEnabled(loc is not None)
        self.close_button.setText(self.tr("Re&open location") if loc is not None
                                  and not loc.active else self.tr("C&lose location"))
        self.assign_button.setEnabled(loc is not None and self.promoter.count() > 0)
        self.unassign_button.setEnabled(loc is not None and self.assigned.currentRow() >= 0)

    # -- actions ------------------------------------------------------------------------
    def _open(self, dialog: QDialog, text: str) -> QDialog:
        return open_dialog(self, dialog, lambda result: self._saved(result, text))

    def _saved(self, result: object, text: str) -> None:
        self.refresh(select=getattr(result, "id", None))
        self.message.show_message(text.format(name=getattr(result, "name", "")),
                                  InlineMessage.OK)
        self.changed.emit()

    def add_location(self) -> LocationDialog | None:
        if not self.can_edit:
            return None
        return self._open(LocationDialog(self.workspace, None, self),  # type: ignore[return-value]
                          self.tr("{name} added."))

    def rename_location(self) -> LocationDialog | None:
        loc = self.selected()
        if loc is None or not self.can_edit:
            return None
        return self._open(LocationDialog(self.workspace, loc, self),  # type: ignore[return-value]
                          self.tr("{name} saved."))

    def _write(self, fn, done: str) -> bool:  # noqa: ANN001 - fn(session, actor)
        self.message.clear()
        actor = self.workspace.actor
        try:
            with self.workspace.db.write(actor.user_id if actor else None) as s:
                fn(s, actor)
        except Exception as exc:  # noqa: BLE001 - the core's refusal, shown here
            self.message.show_message(error_text(exc))
            return False
        self.message.show_message(done, InlineMessage.OK)
        return True

    def toggle_active(self) -> bool:
        """Close an open location, or reopen a closed one."""
        loc = self.selected()
        if loc is None:
            return False
        if loc.active:
            done = self.tr("{name} is closed: it no longer appears in the list of botiquines "
                           "above. Its history stays; reopen it here at any time.")
        else:
            done = self.tr("{name} is open again.")
        ok = self._write(lambda s, a: locations.update_location(s, a, loc.id,
                                                                active=not loc.active),
                         done.format(name=loc.name))
        if ok:
            self.refresh(select=loc.id)
            self.changed.emit()
        return ok

    def assign(self) -> bool:
        loc = self.selected()
        user_id = self.promoter.currentData()
        if loc is None or not user_id:
            return False
        name = self._name(user_id)
        ok = self._write(lambda s, a: locations.assign(s, a, user_id, loc.id),
                         self.tr("{person} now works at {location}.").format(
                             person=name, location=loc.name))
        if ok:
            self.refresh(select=loc.id)
        return ok

    def unassign(self) -> bool:
        loc = self.selected()
        item = self.assigned.currentItem()
        if loc is None or item is None:
            return False
        user_id = item.data(Qt.ItemDataRole.UserRole)
        name = self._name(user_id)
        ok = self._write(lambda s, a: locations.unassign(s, a, user_id, loc.id),
                         self.tr("{person} no longer sees {location}.").format(
                             person=name, location=loc.name))
        if ok:
            self.refresh(select=loc.id)
        return ok
