"""Idle auto-lock, manual lock, unlock, switch user and quick-hide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

from clinic_desk.core.security import audit
from clinic_desk.ui import messages
from clinic_desk.ui.lock import LockScreen
from clinic_desk.ui.main_window import MainWindow
from clinic_desk.ui.widgets import clipboard_guard
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")


def actions(ws) -> list[str]:
    with ws.db.read() as s:
        return [e.action for e in reversed(audit.list_entries(s, ws.actor))]


def make_window(qtbot, ws, autolock_ms: int = 60_000) -> MainWindow:
    window = MainWindow(ws, autolock_ms=autolock_ms)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def screen_of(window) -> LockScreen:
    return window.locker.screens[window]


def unlock_with(qtbot, window, password: str) -> None:
    screen = screen_of(window)
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def test_idle_lock_then_unlock(qtbot, workspace):
    window = make_window(qtbot, workspace, autolock_ms=150)
    window.open_section("people")
    qtbot.waitUntil(lambda: window.locker.locked, timeout=5000)
    screen = screen_of(window)
    assert screen.isVisible() and screen.mode == "form"
    assert screen.geometry() == window.rect()
    assert "locked" in actions(workspace)

    # input to the covered window is refused while locked
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "people"

    unlock_with(qtbot, window, "not my password")
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=10_000)
    assert screen.error.text() == "Wrong user name or password."
    assert window.locker.locked

    unlock_with(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.locker.locked, timeout=10_000)
    assert not window.locker.screens
    assert window.current_key() == "people"  # exactly what was there
    assert window.windowTitle().startswith("Clinic Desk — ")
    log = actions(workspace)
    assert "unlock_failed" in log and log[-1] == "unlock"
    window.locker.stop()


def test_activity_postpones_auto_lock(qtbot, workspace):
    window = make_window(qtbot, workspace, autolock_ms=3000)
    timer = window.locker.timer
    for _ in range(6):
        qtbot.wait(300)
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    # 1.8 s of typing: the idle time started again at the last key press, so well over
    # half of it remains (robust on a slow, busy machine)
    assert timer.isActive() and timer.remainingTime() > 2000
    assert not window.locker.locked
    qtbot.waitUntil(lambda: window.locker.locked, timeout=15_000)
    window.locker.stop()


def test_manual_lock_clears_our_clipboard(qtbot, workspace):
    window = make_window(qtbot, workspace)
    clipboard_guard().copy("ABCD-EFGH")
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert window.locker.locked
    assert QGuiApplication.clipboard().text() == ""
    window.locker.stop()


def test_quick_hide_covers_every_window_and_is_audited(qtbot, workspace):
    window = make_window(qtbot, workspace)
    other = QDialog(window)
    other.setWindowTitle("Ficha de María")
    QVBoxLayout(other).addWidget(QLabel("María Quispe — DNI 12345678"))
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)

    qtbot.keyClick(window.nav, Qt.Key.Key_F12)
    assert window.locker.locked and window.locker.hidden
    for w in (window, other):
        screen = window.locker.screens[w]
        assert screen.isVisible() and screen.mode == "neutral"
        assert screen.geometry() == w.rect()
        assert w.windowTitle() == "Documents"
        assert not [lbl for lbl in screen.findChildren(QLabel)
                    if lbl.isVisible() and lbl.text()]  # nothing to read
    assert actions(workspace)[-1] == "quick_hide"

    # a key on the neutral panel brings the password form; the unlock restores all
    screen = screen_of(window)
    qtbot.keyClick(screen.neutral_page, Qt.Key.Key_Space)
    assert screen.mode == "form"
    unlock_with(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.locker.locked, timeout=10_000)
    assert other.windowTitle() == "Ficha de María"
    assert window.windowTitle().startswith("Clinic Desk — ")
    window.locker.stop()


def test_quick_hide_works_from_a_modal_dialog(qtbot, workspace):
    window = make_window(qtbot, workspace)
    dialog = QDialog(window)
    dialog.setModal(True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.locker.hidden
    assert window.locker.screens[dialog].isVisible()
    assert QApplication.activeModalWidget() is dialog
    window.locker.reveal()
    assert window.locker.screens[dialog].mode == "form"  # the form where input can go
    window.locker.stop()


def test_switch_user_asks_for_logout(qtbot, workspace):
    window = make_window(qtbot, workspace)
    window.locker.lock()
    with qtbot.waitSignal(window.logout_requested):
        qtbot.mouseClick(screen_of(window).switch_button, Qt.MouseButton.LeftButton)
    assert not window.locker.screens
