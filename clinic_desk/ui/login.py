"""Login window and the recovery dialog ("Forgot password?").

The site name lives inside the encrypted database, so before unlocking the window shows
the product name (and, right after set-up, the site code it was given)."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.errors import ClinicDeskError, InvalidInput, TooManyAttempts
from clinic_desk.core.installation import Installation
from clinic_desk.core.security.passwords import check_password
from clinic_desk.ui import messages
from clinic_desk.ui.widgets import PasswordField, icon, label, make_primary, run_task

log = logging.getLogger(__name__)

DemoUser = tuple[str, str, str]  # user name, password, role description


class Countdown:
    """Keeps a button disabled and a label updated while the backoff lasts."""

    def __init__(self, owner: QWidget, error_label: QLabel, buttons: Sequence[QPushButton]):
        self.error_label = error_label
        self.buttons = buttons
        self.until = 0.0
        self.timer = QTimer(owner)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    @property
    def active(self) -> bool:
        return self.until > time.monotonic()

    def start(self, seconds: int) -> None:
        self.until = time.monotonic() + seconds
        self.timer.start()
        self.tick()

    def tick(self) -> None:
        remaining = int(self.until - time.monotonic() + 0.999)
        if remaining <= 0:
            self.timer.stop()
            self.error_label.clear()
            self.error_label.hide()
            for button in self.buttons:
                button.setEnabled(True)
            return
        self.error_label.setText(messages.error_text(TooManyAttempts(remaining)))
        self.error_label.show()
        for button in self.buttons:
            button.setEnabled(False)


class LoginWindow(QWidget):
    """Emits `unlocked(workspace)` after a successful login."""

    unlocked = Signal(object)

    def __init__(self, installation: Installation, demo_users: Sequence[DemoUser] | None = None,
                 site_hint: str | None = None, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.demo_users = list(demo_users or [])
        self.site_hint = site_hint
        self._task = None
        self.setObjectName("loginWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowIcon(icon("clinic-desk"))
        self.resize(960, 660)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.setSpacing(24)
        outer.addStretch(1)

        self.card = QFrame()
        self.card.setObjectName("loginCard")
        self.card.setFixedWidth(420)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(32, 28, 32, 28)
        card.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(icon("clinic-desk").pixmap(56, 56))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(logo)
        self.title = label(object_name="pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(self.title)
        self.subtitle = label(object_name="pageSubtitle", wrap=True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(self.subtitle)
        card.addSpacing(12)

        self.user_label = QLabel()
        self.username = QLineEdit(username)
        self.username.setMaxLength(64)
        self.user_label.setBuddy(self.username)
        self.password_label = QLabel()
        self.password = PasswordField()
        self.password_label.setBuddy(self.password)
        card.addWidget(self.user_label)
        card.addWidget(self.username)
        card.addSpacing(4)
        card.addWidget(self.password_label)
        card.addWidget(self.password)
        self.error = label(object_name="errorLabel", wrap=True)
        self.error.hide()
        card.addWidget(self.error)
        card.addSpacing(6)
        self.login_button = make_primary(QPushButton())
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        card.addWidget(self.login_button)
        self.forgot = QPushButton()
        self.forgot.setFlat(True)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.setStyleSheet("QPushButton { border: none; color: #5b3f8c; "
                                  "text-decoration: underline; background: transparent; }"
                                  "QPushButton:focus { border: 1px dotted #5b3f8c; }")
        self.forgot.clicked.connect(self.open_recovery)
        card.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignHCenter)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.card)
        column.addStretch(1)
        outer.addLayout(column)

        self.demo_box: QFrame | None = None
        self.demo_buttons: list[QPushButton] = []
        if self.demo_users:
            self.demo_box = self._build_demo_box()
            demo_column = QVBoxLayout()
            demo_column.addStretch(1)
            demo_column.addWidget(self.demo_box)
            demo_column.addStretch(1)
            outer.addLayout(demo_column)
        outer.addStretch(1)

        self.username.returnPressed.connect(self._username_enter)
        self.password.returnPressed.connect(self.submit)
        self.countdown = Countdown(self, self.error, [self.login_button])
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.login_button)
        self.setTabOrder(self.login_button, self.forgot)
        previous: QWidget = self.forgot
        for button in self.demo_buttons:
            self.setTabOrder(previous, button)
            previous = button
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self, self.submit)
        self.retranslate()
        (self.password if username else self.username).setFocus()

    def _build_demo_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("demoBox")
        box.setMaximumWidth(440)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        self.demo_title = label(object_name="heading")
        self.demo_text = label(wrap=True)
        layout.addWidget(self.demo_title)
        layout.addWidget(self.demo_text)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.demo_headers = [label(object_name="muted") for _ in range(3)]
        for col, header in enumerate(self.demo_headers):
            grid.addWidget(header, 0, col)
        for row, (user, password, role) in enumerate(self.demo_users, start=1):
            user_label = QLabel(user)
            user_label.setFont(mono)
            user_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            pw_label = QLabel(password)
            pw_label.setFont(mono)
            pw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            role_label = label(_role_text(role), wrap=True)
            use = QPushButton()
            use.clicked.connect(lambda _=False, u=user, p=password: self.fill(u, p))
            self.demo_buttons.append(use)
            grid.addWidget(user_label, row, 0)
            grid.addWidget(pw_label, row, 1)
            grid.addWidget(role_label, row, 2)
            grid.addWidget(use, row, 3)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        return box

    # -- behaviour ------------------------------------------------------------
    def fill(self, username: str, password: str) -> None:
        self.username.setText(username)
        self.password.setText(password)
        self.login_button.setFocus()

    def _username_enter(self) -> None:
        if self.password.text():
            self.submit()
        else:
            self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.forgot, *self.demo_buttons):
            widget.setEnabled(not busy)
        self.login_button.setEnabled(not busy and not self.countdown.active)
        self.login_button.setText(self.tr("Opening…") if busy else self.tr("&Log in"))

    def submit(self) -> None:
        if (self._task is not None and self._task.running) or self.countdown.active:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.show_error_text(self.tr("Type your user name."))
            self.username.setFocus()
            return
        if not password:
            self.show_error_text(self.tr("Type your password."))
            self.password.setFocus()
            return
        self.error.hide()
        self._set_busy(True)
        self._task = run_task(self, lambda: self.installation.unlock(username, password),
                              self._succeeded, self._failed)

    def _succeeded(self, workspace: object) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.hide_text()
        self.error.hide()
        self.unlocked.emit(workspace)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, TooManyAttempts):
            self.countdown.start(exc.wait_seconds)
        elif isinstance(exc, ClinicDeskError):
            self.show_error_text(messages.error_text(exc))
        else:
            log.error("login failed unexpectedly: %s", type(exc).__name__)
            self.show_error_text(self.tr("Clinic Desk could not open the data. Nothing was "
                                         "changed."))

    def show_error_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.installation, self.username.text().strip(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(dialog.username.text().strip())
            self.password.clear()
            self.error.hide()
            self.password.setFocus()

    # -- texts ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clinic Desk — log in"))
        self.title.setText(self.tr("Clinic Desk"))
        if self.site_hint:
            self.subtitle.setText(self.tr("Site {code}").format(code=self.site_hint))
        else:
            self.subtitle.setText(self.tr("Confidential records. Log in to continue."))
        self.user_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.login_button.setText(self.tr("&Log in"))
        self.forgot.setText(self.tr("Forgot password?"))
        if self.demo_box is not None:
            self.demo_title.setText(self.tr("Demo mode"))
            self.demo_text.setText(self.tr(
                "This is a throwaway copy with invented people. Never type real data here. "
                "Log in as any of these users:"))
            for header, text in zip(self.demo_headers, (self.tr("User"), self.tr("Password"),
                                                        self.tr("Role")), strict=True):
                header.setText(text)
            for button in self.demo_buttons:
                button.setText(self.tr("Use"))


class RecoveryDialog(QDialog):
    """User name + recovery code + new password twice -> Installation.recover."""

    def __init__(self, installation: Installation, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self._task = None
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(10)
        self.intro = label(wrap=True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(14)
        self.username = QLineEdit(username)
        self.code = QLineEdit()
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(64)
        self.new_password = PasswordField()
        self.repeat = PasswordField()
        self.labels = [QLabel() for _ in range(4)]
        for lab, field in zip(self.labels, (self.username, self.code, self.new_password,
                                            self.repeat), strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        layout.addLayout(form)
        self.hint = label(object_name="hintLabel", wrap=True)
        self.error = label(object_name="errorLabel", wrap=True)
        self.error.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = make_primary(QPushButton())
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.countdown = Countdown(self, self.error, [self.ok])
        self.retranslate()
        (self.code if username else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set a new password with the recovery code"))
        self.intro.setText(self.tr(
            "The recovery code was shown once when Clinic Desk was set up, and printed on "
            "the recovery sheet. It sets a new password for any user."))
        for lab, text in zip(self.labels, (self.tr("&User name:"), self.tr("Recovery &code:"),
                                           self.tr("&New password:"),
                                           self.tr("&Repeat password:")), strict=True):
            lab.setText(text)
        self.hint.setText(self.tr("At least 10 characters. A phrase of several words is best."))
        self.ok.setText(self.tr("&Set new password"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def submit(self) -> None:
        if (self._task is not None and self._task.running) or self.countdown.active:
            return
        username = self.username.text().strip()
        code, new, repeat = self.code.text(), self.new_password.text(), self.repeat.text()
        if not username:
            self._show_error(self.tr("Type the user name."))
            return
        if not code.strip():
            self._show_error(self.tr("Type the recovery code."))
            return
        try:
            check_password(new, username)
        except InvalidInput as exc:
            self._show_error(messages.error_text(exc))
            return
        if new != repeat:
            self._show_error(self.tr("The two passwords are different."))
            return
        self.error.hide()
        self.ok.setEnabled(False)
        self._task = run_task(self, lambda: self.installation.recover(username, code, new),
                              self._succeeded, self._failed)

    def _succeeded(self, _result: object) -> None:
        self.new_password.clear()
        self.repeat.clear()
        self.code.clear()
        self.ok.setEnabled(True)
        QMessageBox.information(self, self.tr("Password changed"),
                                self.tr("The new password is set. Log in with it now."))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, TooManyAttempts):
            self.countdown.start(exc.wait_seconds)
        elif isinstance(exc, ClinicDeskError):
            self._show_error(messages.error_text(exc))
        else:
            log.error("recovery failed unexpectedly: %s", type(exc).__name__)
            self._show_error(self.tr("The password could not be changed. Nothing was changed."))


def _role_text(roles: str) -> str:
    """Role keys ("admin, counsellor") in the people's words; other text as given."""
    from clinic_desk.core.security.roles import Role
    from clinic_desk.ui.main_window import role_names

    keys = [k.strip() for k in roles.split(",")]
    if keys and all(k in {r.value for r in Role} for k in keys):
        return role_names(frozenset(Role(k) for k in keys))
    return roles
