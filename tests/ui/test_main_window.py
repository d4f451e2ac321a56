"""Main window: sections by role, navigation, status bar, log out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_desk.ui import messages
from clinic_desk.ui.main_window import SECTIONS, MainWindow, Section
from tests.conftest import SITE_NAME

PROMOTER_PASSWORD = "botiquin de jicamarca 7"


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")


def make_window(qtbot, ws) -> MainWindow:
    window = MainWindow(ws, autolock_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_admin_sees_every_section(qtbot, workspace):
    window = make_window(qtbot, workspace)
    assert window.section_keys() == ["home", "people", "sessions", "shelter", "stock",
                                     "exchange", "admin"]
    assert window.windowTitle() == f"Clinic Desk — {SITE_NAME}"
    assert "ESPERANZA-01" in window.site_label.text()
    assert "Ana Admin" in window.user_label.text()
    assert "Administrator" in window.user_label.text()
    assert "Welcome, Ana Admin" in window.page("home").welcome.text()
    window.locker.stop()


def test_promoter_sees_only_medicine_kits(qtbot, workspace, installation):
    workspace.add_user("promotora", "Rosa Huamán", ["promoter"], PROMOTER_PASSWORD)
    workspace.close()
    ws = installation.unlock("promotora", PROMOTER_PASSWORD)
    try:
        window = make_window(qtbot, ws)
        assert window.section_keys() == ["home", "stock"]
        assert "Health promoter" in window.user_label.text()
        assert {c.section.key for c in window.page("home").cards} == {"stock"}
        window.locker.stop()
    finally:
        ws.close()


def test_keyboard_navigation_and_placeholders(qtbot, workspace):
    window = make_window(qtbot, workspace)
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "people"
    assert window.stack.currentWidget() is window.page("people")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_key() == "sessions"
    home = window.page("home")
    card = next(c for c in home.cards if c.section.key == "shelter")
    window.open_section("home")
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.current_key() == "shelter"
    window.open_section("admin")
    assert window.stack.currentWidget() is window.page("admin")
    window.locker.stop()


def test_registry_entry_adds_a_section(qtbot, workspace, monkeypatch):
    extra = Section("extra", "home", "Extra", "Something new.", None)
    monkeypatch.setattr("clinic_desk.ui.main_window.SECTIONS", [*SECTIONS, extra])
    window = make_window(qtbot, workspace)
    assert window.section_keys()[-1] == "extra"
    window.open_section("extra")
    assert window.stack.currentWidget().title.text() == "Extra"
    window.locker.stop()


def test_log_out_signal(qtbot, workspace):
    window = make_window(qtbot, workspace)
    with qtbot.waitSignal(window.logout_requested):
        window.logout_action.trigger()
    with qtbot.waitSignal(window.closed):
        window.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_window_fits_a_cheap_laptop_screen(qtbot, tmp_path, lang):
    """1366 x 768, less the Windows taskbar (40 px) and the title bar (about 30 px):
    every section of every role, opened on the demo data, must fit without the window
    growing past the screen (a tab taller than that scrolls)."""
    from clinic_desk.core import demo
    from tests.conftest import FAST_KDF

    messages.set_language(lang)
    inst = demo.create_demo(tmp_path / "demo", kdf=FAST_KDF)
    for user in demo.DEMO_USERS:
        ws = inst.unlock(user.username, user.password)
        try:
            window = make_window(qtbot, ws)
            for key in window.section_keys():
                window.open_section(key)
                qtbot.wait(5)
            hint = window.minimumSizeHint().expandedTo(window.minimumSize())
            assert hint.width() <= 1366 and hint.height() <= 768 - 40 - 30, (
                user.username, hint.width(), hint.height())
            window.locker.stop()
            window.close()
        finally:
            ws.close()
