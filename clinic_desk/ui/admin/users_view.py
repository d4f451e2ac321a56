"""Users tab: who may open this database, with which roles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.security.roles import Perm
from clinic_desk.core.users import UserInfo
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import (
    SPACING,
    AddUserDialog,
    InlineMessage,
    PasswordDialog,
    RolesDialog,
)
from clinic_desk.ui.admin.users_model import UsersModel
from clinic_desk.ui.messages import error_text


def intro_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("intro")
    return label


def empty_state(title: str, hint: str, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    col = QVBoxLayout(box)
    col.addStretch(1)
    head = QLabel(title, box)
    head.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = head.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    head.setFont(font)
    body = QLabel(hint, box)
    body.setAlignment(Qt.AlignmentFlag.AlignCenter)
    body.setWordWrap(True)
    body.setObjectName("hintLabel")
    col.addWidget(head)
    col.addWidget(body)
    col.addStretch(2)
    return box


class UsersView(QWidget):
    changed = Signal()  # a user was added or changed (the audit tab reloads)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dialog: QWidget | None = None  # the open dialog or confirmation, for tests
        self.model = UsersModel(self)

        self.table = QTableView(self)
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(UsersModel.ROLES, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(UsersModel.USERNAME, 170)
        self.table.setColumnWidth(UsersModel.FULL_NAME, 260)
        self.table.setColumnWidth(UsersModel.STATUS, 130)
        self.table.doubleClicked.connect(lambda _i: self.change_roles())
        self.table.setAccessibleName(self.tr("Users"))

        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.roles_button = QPushButton(self.tr("Change &roles…"), self)
        self.password_button = QPushButton(self.tr("Set &password…"), self)
        self.disable_button = QPushButton(self.tr("&Disable"), self)
        for name, button in (("add_user", self.add_button), ("change_roles", self.roles_button),
                             ("set_password", self.password_button),
                             ("disable_user", self.disable_button)):
            button.setObjectName(name)
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_user)
        self.roles_button.clicked.connect(self.change_roles)
        self.password_button.clicked.connect(self.set_password)
        self.disable_button.clicked.connect(self.disable_user)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.add_user,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.roles_button)
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.disable_button)
        buttons.addStretch(1)

        self.message = InlineMessage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty_state(
            self.tr("No users yet"),
            self.tr("Add a user for each person who works with this PC. Everyone gets their "
                    "own user name and password; nobody shares one."), self))

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(SPACING)
        col.addWidget(intro_label(self.tr(
            "Each person has their own user and password. Roles decide what they can see: "
            "only Counselling reads session notes. A disabled user can no longer open the "
            "database; setting a new password enables them again."), self))
        col.addLayout(buttons)
        col.addWidget(self.message)
        col.addWidget(self.stack, 1)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.setTabOrder(self.add_button, self.roles_button)
        self.setTabOrder(self.roles_button, self.password_button)
        self.setTabOrder(self.password_button, self.disable_button)
        self.setTabOrder(self.disable_button, self.table)
        self.refresh()

    # -- data --------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        current = select or (self.selected().username if self.selected() else None)
        if not self.workspace.actor or not self.workspace.actor.can(Perm.MANAGE_USERS):
            self.model.set_users([])
        else:
            try:
                self.model.set_users(self.workspace.list_users())
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.message.show_message(error_text(exc))
        self.stack.setCurrentIndex(0 if self.model.rowCount() else 1)
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0  # something is always selected, so the buttons are usable at once
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.user_at(rows[0].row()) if rows else None

    def select_user(self, username: str) -> None:
        self.refresh(select=username)

    def _update_buttons(self) -> None:
        user = self.selected()
        self.roles_button.setEnabled(user is not None)
        self.password_button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and user.active)

    # -- actions -----------------------------------------------------------------
    def _saved(self, text: str, username: str) -> None:
        self.refresh(select=username)
        self.message.show_message(text, InlineMessage.OK)
        self.changed.emit()

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def add_user(self) -> AddUserDialog:
        self.message.clear()
        dlg = AddUserDialog(self.workspace, self)
        dlg.saved.connect(lambda name: self._saved(
            self.tr("User {username} added.").format(username=name), name))
        self._open(dlg)
        return dlg

    def change_roles(self) -> RolesDialog | None:
        user = self.selected()
        if user is None:
            return None
        self.message.clear()
        dlg = RolesDialog(self.workspace, user.username, user.full_name, user.roles, self)
        dlg.saved.connect(lambda name: self._saved(
            self.tr("Roles of {username} saved.").format(username=name), name))
        self._open(dlg)
        return dlg

    def set_password(self) -> PasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        self.message.clear()
        dlg = PasswordDialog(self.workspace, user.username, user.full_name, user.active, self)
        dlg.saved.connect(lambda name: self._saved(
            self.tr("New password for {username} saved.").format(username=name), name))
        self._open(dlg)
        return dlg

    def disable_user(self) -> QMessageBox | None:
        user = self.selected()
        if user is None:
            return None
        self.message.clear()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Disable user"),
                          self.tr("Disable {name} ({username})? They will no longer be able to "
                                  "open Clinic Desk. Their records and the audit log stay.")
                          .format(name=user.full_name, username=user.username),
                          QMessageBox.StandardButton.NoButton, self)
        confirm = box.addButton(self.tr("Disable"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("confirm_disable")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(
            lambda button: self._disable(user.username) if button is confirm else None)
        self._open(box)
        return box

    def _disable(self, username: str) -> None:
        try:
            self.workspace.disable_user(username)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        self._saved(self.tr("User {username} disabled.").format(username=username), username)
