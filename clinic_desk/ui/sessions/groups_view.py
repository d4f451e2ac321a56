"""Groups (e.g. the women's group "Las Pioneras"): create and edit them, add and
remove members, and start a group session with the members listed for attendance.

Counsellors (NOTES_WRITE) manage groups; every role with SESSIONS_LOG sees the groups
and who belongs to them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.security.roles import Perm
from clinic_desk.core.sessions import groups as groups_mod
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.sessions.common import fmt_date, person_picker
from clinic_desk.ui.widgets import label, make_primary


class GroupsView(QWidget):
    """Signals: `start_session(group_id)` — the page opens the note editor for it."""

    start_session = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groups_view")
        self.workspace = workspace
        self.actor = workspace.actor
        self.can_write = self.actor.can(Perm.NOTES_WRITE)
        self.group_id: str | None = None
        self.groups: list[groups_mod.GroupInfo] = []
        self.member_rows: list[groups_mod.MemberInfo] = []

        # -- left: the groups ------------------------------------------------------------
        self.show_inactive = QCheckBox(self.tr("Show groups that no longer meet"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("groups_list")
        self.new_button = QPushButton(self.tr("&New group"), self)
        self.new_button.setObjectName("new_group")
        self.new_button.setVisible(self.can_write)
        left = QWidget(self)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 8, 0)
        lcol.addWidget(label(self.tr("Groups"), "muted"))
        lcol.addWidget(self.list, 1)
        lcol.addWidget(self.show_inactive)
        lcol.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)

        # -- right: the group and its members -------------------------------------------
        self.name = QLineEdit(self)
        self.name.setObjectName("group_name")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. Las Pioneras"))
        self.place = QLineEdit(self)
        self.place.setObjectName("group_place")
        self.place.setMaxLength(120)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("group_description")
        self.description.setMaximumHeight(70)
        self.active = QCheckBox(self.tr("The group meets"), self)
        self.active.setObjectName("group_active")
        self.active.setChecked(True)
        self.facilitator = label("", "muted")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&About the group:"), self.description)
        form.addRow("", self.active)
        form.addRow(self.tr("Facilitator:"), self.facilitator)
        self.save_button = make_primary(QPushButton(self.tr("&Save group"), self))
        self.save_button.setObjectName("save_group")
        self.save_button.setVisible(self.can_write)
        for w in (self.name, self.place, self.description, self.active):
            w.setEnabled(self.can_write)

        self.members = QListWidget(self)
        self.members.setObjectName("group_members")
        self.show_past = QCheckBox(self.tr("Show women who left"), self)
        self.picker = person_picker(workspace, self)
        self.picker.setObjectName("group_picker")
        self.picker.setMaximumHeight(150)
        self.picker.setVisible(self.can_write)
        self.picker.person_selected.connect(self.add_member)  # type: ignore[attr-defined]
        self.remove_button = QPushButton(self.tr("&Remove from the group"), self)
        self.remove_button.setObjectName("remove_member")
        self.remove_button.setVisible(self.can_write)
        self.session_button = make_primary(QPushButton(self.tr("Start a &group session…"),
                                                       self))
        self.session_button.setObjectName("start_group_session")
        self.session_button.setVisible(self.can_write)
        members_box = QGroupBox(self.tr("Members"), self)
        mcol = QVBoxLayout(members_box)
        if self.can_write:
            mcol.addWidget(label(self.tr("Add a member:"), "muted"))
        mcol.addWidget(self.picker)
        mcol.addWidget(self.members, 1)
        mrow = QHBoxLayout()
        mrow.addWidget(self.show_past)
        mrow.addStretch(1)
        mrow.addWidget(self.remove_button)
        mcol.addLayout(mrow)

        self.message = label("", "errorLabel", wrap=True)
        right = QWidget(self)
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(8, 0, 0, 0)
        rcol.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.session_button)
        rcol.addLayout(buttons)
        rcol.addWidget(members_box, 1)
        rcol.addWidget(self.message)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 760])
        split.setChildrenCollapsible(False)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(split, 1)

        self.list.currentRowChanged.connect(self._chosen)
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.show_past.toggled.connect(lambda _on: self._load_members())
        self.new_button.clicked.connect(self.new_group)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(lambda: self.remove_member())
        self.session_button.clicked.connect(self._start)
        self.reload()

    # -- reading ------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        select = select or self.group_id
        try:
            with self.workspace.db.read() as s:
                self.groups = groups_mod.list_groups(
                    s, self.actor, include_inactive=self.show_inactive.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.setText(error_text(exc))
            return
        self.list.blockSignals(True)
        self.list.clear()
        for g in self.groups:
            text = self.tr("{name} (%n member(s))", "", g.members).format(name=g.name)
            if not g.active:
                text = self.tr("{text} — no longer meets").format(text=text)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
        self.list.blockSignals(False)
        ids = [g.id for g in self.groups]
        if select in ids:
            self.list.setCurrentRow(ids.index(select))
        elif ids:
            self.list.setCurrentRow(0)
        else:
            self.new_group()

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            return
        g = self.groups[row]
        self.group_id = g.id
        self.name.setText(g.name)
        self.place.setText(g.place or "")
        self.description.setPlainText(g.description or "")
        self.active.setChecked(g.active)
        self.facilitator.setText(g.facilitator_name or "—")
        self.message.clear()
        self._load_members()
        self._enable()

    def _load_members(self) -> None:
        self.members.clear()
        self.member_rows = []
        if not self.group_id:
            return
        with self.workspace.db.read() as s:
            self.member_rows = groups_mod.members(s, self.actor, self.group_id,
                                                  include_past=self.show_past.isChecked())
        for m in self.member_rows:
            text = self.tr("{name} — since {date}").format(name=m.name,
                                                          date=fmt_date(m.joined_on))
            if m.left_on is not None:
                text = self.tr("{name} — left on {date}").format(
                    name=m.name, date=fmt_date(m.left_on))
            item = QListWidgetItem(text, self.members)
            item.setData(Qt.ItemDataRole.UserRole, m.membership_id)
        if not self.member_rows:
            QListWidgetItem(self.tr("No members yet."), self.members).setFlags(
                Qt.ItemFlag.NoItemFlags)

    def _enable(self) -> None:
        has = self.group_id is not None
        self.remove_button.setEnabled(has)
        self.session_button.setEnabled(has)
        self.picker.setEnabled(has)
        self.save_button.setText(self.tr("&Save group") if has else self.tr("&Create group"))

    def member_names(self) -> list[str]:
        return [m.name for m in self.member_rows if m.current]

    # -- writing ------------------------------------------------------------------------
    def new_group(self) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.group_id = None
        self.member_rows = []
        for w in (self.name, self.place):
            w.clear()
        self.description.clear()
        self.active.setChecked(True)
        self.facilitator.setText(self.workspace.actor.full_name if self.can_write else "—")
        self.members.clear()
        self._enable()
        self.name.setFocus()

    def save(self) -> bool:
        self.message.clear()
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                if self.group_id is None:
                    info = groups_mod.create_group(s, self.actor, self.name.text(),
                                                   self.description.toPlainText(),
                                                   self.place.text())
                else:
                    current = next(g for g in self.groups if g.id == self.group_id)
                    info = groups_mod.update_group(
                        s, self.actor, self.group_id, self.name.text(),
                        self.description.toPlainText(), self.place.text(),
                        current.facilitator_id, self.active.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.setText(error_text(exc))
            return False
        self.group_id = info.id
        if not info.active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)  # reloads
        self.reload(select=info.id)
        return True

    def add_member(self, person_id: str) -> bool:
        self.message.clear()
        if not self.group_id:
            self.message.setText(self.tr("Save the group first."))
            return False
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                groups_mod.add_member(s, self.actor, self.group_id, person_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.setText(error_text(exc))
            return False
        self.reload(select=self.group_id)
        return True

    def remove_member(self, membership_id: str | None = None) -> bool:
        self.message.clear()
        if membership_id is None:
            item = self.members.currentItem()
            membership_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not membership_id:
            self.message.setText(self.tr("Choose a member in the list first."))
            return False
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                groups_mod.remove_member(s, self.actor, membership_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.setText(error_text(exc))
            return False
        self.reload(select=self.group_id)
        return True

    def _start(self) -> None:
        if self.group_id:
            self.start_session.emit(self.group_id)


def preset_group(editor: QWidget, group_id: str) -> None:
    """Turn a new note editor into a session of this group: its current members are
    listed for attendance, unticked: the counsellor ticks the women who came."""
    kind = editor.kind  # type: ignore[attr-defined]
    kind.setCurrentIndex(max(0, kind.findData("group")))
    combo = editor.group  # type: ignore[attr-defined]
    idx = combo.findData(group_id)
    if idx >= 0:
        if combo.currentIndex() == idx:
            editor._group_chosen()  # type: ignore[attr-defined]
        else:
            combo.setCurrentIndex(idx)
