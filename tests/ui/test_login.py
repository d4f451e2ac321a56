"""Login window and recovery dialog through real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from clinic_desk.core.security import audit
from clinic_desk.ui import messages
from clinic_desk.ui.login import LoginWindow, RecoveryDialog
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")


def make_login(qtbot, installation, **kwargs) -> LoginWindow:
    login = LoginWindow(installation, **kwargs)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    return login


def log_in(qtbot, login: LoginWindow, username: str, password: str) -> None:
    login.username.clear()
    login.password.clear()
    qtbot.keyClicks(login.username, username)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)  # Enter submits


def test_wrong_password_shows_error_and_is_audited(qtbot, installation, setup_result):
    login = make_login(qtbot, installation)
    log_in(qtbot, login, "admin", "not the right password")
    qtbot.waitUntil(lambda: login.error.isVisible(), timeout=10_000)
    assert login.error.text() == "Wrong user name or password."
    assert login.password.text() == ""
    assert login.login_button.isEnabled()

    with qtbot.waitSignal(login.unlocked, timeout=10_000) as blocker:
        log_in(qtbot, login, "admin", ADMIN_PASSWORD)
    ws = blocker.args[0]
    try:
        assert ws.actor.username == "admin"
        assert not login.error.isVisible()
        with ws.db.read() as s:
            actions = [e.action for e in audit.list_entries(s, ws.actor)]
        assert "login_failed" in actions and actions[0] == "login"
    finally:
        ws.close()


def test_backoff_disables_button_with_countdown(qtbot, installation, setup_result):
    login = make_login(qtbot, installation)
    for _ in range(5):
        log_in(qtbot, login, "admin", "wrong password again")
        qtbot.waitUntil(lambda: login.login_button.isEnabled() or login.countdown.active,
                        timeout=10_000)
        qtbot.waitUntil(lambda: not (login._task and login._task.running), timeout=10_000)
    log_in(qtbot, login, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: login.countdown.active, timeout=10_000)
    assert not login.login_button.isEnabled()
    assert "Wait" in login.error.text() and "seconds" in login.error.text()


def test_empty_fields_are_explained(qtbot, installation, setup_result):
    login = make_login(qtbot, installation)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    assert login.error.text() == "Type your user name."
    assert login.username.hasFocus() or login.focusWidget() is login.username


def test_demo_box_lists_users_and_fills_the_form(qtbot, installation, setup_result):
    demo = [("admin", ADMIN_PASSWORD, "Administrator"), ("promotora", "demo-botica-24",
                                                        "Health promoter")]
    login = make_login(qtbot, installation, demo_users=demo)
    assert login.demo_box is not None and login.demo_box.isVisible()
    assert len(login.demo_buttons) == 2
    with qtbot.waitSignal(login.unlocked, timeout=10_000) as blocker:
        qtbot.mouseClick(login.demo_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    blocker.args[0].close()


def test_no_demo_box_normally(qtbot, installation, setup_result):
    login = make_login(qtbot, installation)
    assert login.demo_box is None
    assert login.subtitle.text()  # product text, no site name before unlocking


def test_recovery_dialog_sets_new_password(qtbot, installation, setup_result, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = RecoveryDialog(installation, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(dialog.new_password, "una clave nueva y larga")
    qtbot.keyClicks(dialog.repeat, "una clave nueva y larga")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == "That recovery code is not valid."

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, setup_result.recovery_code.lower())
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "otra cosa distinta")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The two passwords are different."

    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "una clave nueva y larga")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    installation.unlock("admin", "una clave nueva y larga").close()
