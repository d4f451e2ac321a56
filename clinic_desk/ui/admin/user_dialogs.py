"""Dialogs of the Users tab. Each one calls one Workspace method; a refusal from the
core is shown inside the dialog, which stays open so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.security.roles import Role
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.users_model import ROLE_ORDER, role_label
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import run_task

SPACING = 12


class InlineMessage(QFrame):
    """A message inside a form: an icon and a sentence (never colour alone)."""

    ERROR, INFO, OK = "error", "info", "ok"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inline_message")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(10)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.kind = ""
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.kind else ""

    def show_message(self, text: str, kind: str = ERROR) -> None:
        icons = {
            self.ERROR: QStyle.StandardPixmap.SP_MessageBoxWarning,
            self.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
            self.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
        }
        self._icon.setPixmap(self.style().standardIcon(icons[kind]).pixmap(20, 20))
        self.kind = kind
        self.label.setText(text)
        colours = {self.ERROR: "#fdecea", self.INFO: "#eef4fb", self.OK: "#edf7ed"}
        borders = {self.ERROR: "#b3261e", self.INFO: "#3b6ea5", self.OK: "#2e7d32"}
        self.setStyleSheet(
            f"InlineMessage {{ background: {colours[kind]}; border: 1px solid {borders[kind]};"
            f" border-left: 4px solid {borders[kind]}; border-radius: 4px; }}"
            " InlineMessage QLabel { background: transparent; border: none; color: #1f1f1f; }"
        )
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.hide()


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class _RoleBoxes(QWidget):
    """One check box per role, a field of the form (beside its "Roles:" label, like the
    other fields: a form row that spans both columns gets squeezed when the dialog
    grows a message)."""

    def __init__(self, title: str, checked: Iterable[Role], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("roles")
        self.setAccessibleName(title)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 4, 0, 4)
        col.setSpacing(8)
        self.boxes: dict[Role, QCheckBox] = {}
        current = set(checked)
        for role in ROLE_ORDER:
            box = QCheckBox(role_label(role), self)
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role in current)
            col.addWidget(box)
            self.boxes[role] = box

    def roles(self) -> list[Role]:
        return [r for r, box in self.boxes.items() if box.isChecked()]


class _Dialog(QDialog):
    saved = Signal(str)  # user name

    def __init__(self, workspace: Workspace, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 20, 20, 16)
        self.layout_.setSpacing(SPACING)
        self.form = QFormLayout()
        self.form.setSpacing(SPACING)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy = False

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    @property
    def ok_button(self):  # noqa: ANN201 - QPushButton
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def fail(self, exc: BaseException, fields: dict[str, QWidget] | None = None) -> None:
        self.set_busy(False)
        self.message.show_message(error_text(exc))
        self._fit()
        widget = (fields or {}).get(getattr(exc, "field", None) or "")
        if widget is not None:
            widget.setFocus()

    def refuse(self, text: str, focus: QWidget) -> None:
        """A check made here, before asking the core (e.g. passwords that differ)."""
        self.message.show_message(text)
        self._fit()
        focus.setFocus()

    def _fit(self) -> None:
        """Grow to hold a message that just appeared (never shrink what the user set)."""
        self.layout_.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class AddUserDialog(_Dialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, self.tr("Add user"), parent)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(self.tr("e.g. rosa.quispe"))
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("full_name")
        self.full_name.setMaxLength(120)
        self.roles = _RoleBoxes(self.tr("Roles"), (), self)
        self.password = _password_field(self, "password")
        self.password_again = _password_field(self, "password_again")
        hint = QLabel(self.tr("At least 10 characters. A phrase of several words is easiest "
                              "to remember and hardest to guess."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hintLabel")
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("Roles:"), self.roles)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("&Repeat password:"), self.password_again)
        self.form.addRow("", hint)
        self.ok_button.setText(self.tr("Add user"))
        self.finish_layout()
        self.fields = {"username": self.username, "full_name": self.full_name,
                       "roles": self.roles.boxes[Role.ADMIN], "password": self.password}

    def submit(self) -> None:
        if self.busy:
            return
        self.message.clear()
        if self.password.text() != self.password_again.text():
            self.refuse(self.tr("The two passwords are not the same."), self.password)
            return
        username, full_name = self.username.text(), self.full_name.text()
        roles, password = self.roles.roles(), self.password.text()
        self.set_busy(True)
        run_task(self, self.tr("Saving the new user…"),
                 lambda _p: self.workspace.add_user(username, full_name, roles, password),
                 on_done=self._done, on_error=lambda exc: self.fail(exc, self.fields))

    def _done(self, info: object) -> None:
        self.set_busy(False)
        self.password.clear()
        self.password_again.clear()
        self.saved.emit(getattr(info, "username", self.username.text()))
        self.accept()


class RolesDialog(_Dialog):
    def __init__(self, workspace: Workspace, username: str, full_name: str,
                 roles: Iterable[Role], parent: QWidget | None = None) -> None:
        super().__init__(workspace, self.tr("Change roles"), parent)
        self.user = username
        who = QLabel(self.tr("Roles of {name} ({username})").format(
            name=full_name, username=username), self)
        who.setWordWrap(True)
        self.form.addRow(who)
        self.roles = _RoleBoxes(self.tr("Roles"), roles, self)
        self.form.addRow(self.tr("Roles:"), self.roles)
        self.ok_button.setText(self.tr("Save roles"))
        self.finish_layout()

    def submit(self) -> None:
        self.message.clear()
        try:
            self.workspace.set_roles(self.user, self.roles.roles())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.fail(exc, {"roles": self.roles.boxes[Role.ADMIN]})
            return
        self.saved.emit(self.user)
        self.accept()


class PasswordDialog(_Dialog):
    def __init__(self, workspace: Workspace, username: str, full_name: str, active: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, self.tr("Set password"), parent)
        self.user = username
        who = QLabel(self.tr("New password for {name} ({username})").format(
            name=full_name, username=username), self)
        who.setWordWrap(True)
        self.form.addRow(who)
        self.password = _password_field(self, "password")
        self.password_again = _password_field(self, "password_again")
        self.form.addRow(self.tr("&New password:"), self.password)
        self.form.addRow(self.tr("&Repeat password:"), self.password_again)
        hint_text = self.tr("At least 10 characters. Tell the person the new password in "
                            "private; they can change it later.")
        if not active:
            hint_text += " " + self.tr("This account is disabled: a new password enables it "
                                       "again.")
        hint = QLabel(hint_text, self)
        hint.setWordWrap(True)
        hint.setObjectName("hintLabel")
        self.form.addRow("", hint)
        self.ok_button.setText(self.tr("Set password"))
        self.finish_layout()

    def submit(self) -> None:
        if self.busy:
            return
        self.message.clear()
        fields = {"password": self.password}
        if self.password.text() != self.password_again.text():
            self.refuse(self.tr("The two passwords are not the same."), self.password)
            return
        user, password = self.user, self.password.text()
        self.set_busy(True)
        run_task(self, self.tr("Saving the new password…"),
                 lambda _p: self.workspace.change_password(user, password),
                 on_done=self._done, on_error=lambda exc: self.fail(exc, fields))

    def _done(self, _result: object) -> None:
        self.set_busy(False)
        self.password.clear()
        self.password_again.clear()
        self.saved.emit(self.user)
        self.accept()
