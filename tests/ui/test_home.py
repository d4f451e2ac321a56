"""The home page by role: what each role sees, where each card leads, keyboard use."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from clinic_desk.core.exchange import backup
from clinic_desk.ui import messages
from clinic_desk.ui.home import HomePage
from clinic_desk.ui.main_window import MainWindow
from tests.home_site import (
    COUNSELLOR_PASSWORD,
    PERSON_NAME,
    PROMOTER_PASSWORD,
    STAFF_PASSWORD,
    build_site,
)


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")


def make_window(qtbot, ws) -> MainWindow:
    window = MainWindow(ws, autolock_ms=600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def home_of(window: MainWindow) -> HomePage:
    page = window.page("home")
    assert isinstance(page, HomePage)
    return page


def page_text(page: HomePage) -> str:
    texts = [page.status_line.text()]
    for card in page.cards:
        texts += [card.status.text(), card.number.text(), card.title.text(),
                  card.detail.text(), card.button.text()]
    texts += [page.appointments.item(i).text() for i in range(page.appointments.count())]
    return "\n".join(texts)


@pytest.fixture
def open_as(qtbot, workspace, installation, monkeypatch):
    """Build the small site as admin, then open a window as the given user. The home
    page reads the site's clock (09:00 today, a minute on), not the real one: at 12:00
    the site's 11:00 appointment would be missed too."""
    from clinic_desk.core import home as core_home

    site = build_site(workspace)
    at = (site.now + dt.timedelta(minutes=1)).astimezone(dt.UTC)
    monkeypatch.setattr(core_home, "utcnow", lambda: at)
    opened = []

    def login(username: str, password: str) -> MainWindow:
        if workspace.actor is not None:
            workspace.close()
        ws = installation.unlock(username, password)
        opened.append(ws)
        return make_window(qtbot, ws)

    yield login
    for ws in opened:
        if ws.actor is not None:
            ws.close()


def test_promoter_sees_no_shelter_or_people_data(open_as, qtbot):
    window = open_as("juana", PROMOTER_PASSWORD)
    page = home_of(window)
    assert [c.item.kind for c in page.cards] == ["low_stock", "expiring"]
    assert {c.section.key for c in page.cards} == {"stock"}
    text = page_text(page)
    for word in ("bed", "Bed", "waitlist", "appointment", PERSON_NAME, "Rosa"):
        assert word not in text
    assert page.day_box.isHidden()
    low = page.card("low_stock")
    assert low.number.text() == "2"
    assert "out of stock" in low.detail.text()
    assert low.status.text() == "Urgent"  # words and a symbol, not colour alone
    assert page.alerts is not None and page.alerts.isVisible()
    assert len(page.alerts.alerts()) == 3  # two stock alerts, one lot expiring; b1 only
    window.locker.stop()


def test_clicking_low_stock_opens_medicine_kits(open_as, qtbot):
    window = open_as("juana", PROMOTER_PASSWORD)
    page = home_of(window)
    qtbot.mouseClick(page.card("low_stock").button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "stock"
    stock_page = window.page("stock")
    assert stock_page.tabs.currentIndex() == 0  # the Stock tab, with its alerts
    window.open_section("home")
    qtbot.mouseClick(page.card("expiring"), Qt.MouseButton.LeftButton)  # the card itself
    assert window.current_key() == "stock"
    window.locker.stop()


def test_counsellor_sees_her_appointments(open_as, qtbot):
    window = open_as("psico1", COUNSELLOR_PASSWORD)
    page = home_of(window)
    kinds = [c.item.kind for c in page.cards]
    assert kinds == ["appointments", "missed", "follow_ups", "free_beds"]
    assert page.card("follow_ups").number.text() == "1"
    assert page.card("missed").number.text() == "1"
    assert not page.day_box.isHidden()
    rows = [page.appointments.item(i).text() for i in range(page.appointments.count())]
    assert any(PERSON_NAME in r and "Family" in r and r.startswith("Missed") for r in rows)
    assert "DEMUNA" not in page_text(page)
    qtbot.mouseClick(page.card("missed").button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "sessions"
    sessions = window.page("sessions")
    assert sessions.tabs.currentWidget().isAncestorOf(sessions.agenda)
    window.locker.stop()


def test_staff_sees_beds_and_no_names(open_as, qtbot):
    window = open_as("educa1", STAFF_PASSWORD)
    page = home_of(window)
    beds = page.card("free_beds")
    assert beds.number.text() == "2"
    assert "waitlist" in beds.detail.text()
    assert beds.status.text() == "Needs attention"
    assert PERSON_NAME not in page_text(page)
    assert page.day_box.isHidden()
    assert page.card("low_stock") is None and page.card("backup") is None
    beds.setFocus()
    qtbot.keyClick(beds, Qt.Key.Key_Return)
    assert window.current_key() == "shelter"
    window.locker.stop()


def test_admin_backup_card_says_never_then_refreshes_on_show(qtbot, workspace):
    window = make_window(qtbot, workspace)
    page = home_of(window)
    card = page.card("backup")
    assert card is not None
    assert card.number.text() == "Never"
    assert card.status.text() == "Urgent"
    assert "No backup yet" in card.detail.text()
    assert page.card("export").number.text() == "—"  # no central key: not set up
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    exchange = window.page("exchange")
    assert window.current_key() == "exchange"
    assert exchange.tabs.currentWidget().isAncestorOf(exchange.backups)
    window.open_section("home")
    qtbot.mouseClick(page.card("export").button, Qt.MouseButton.LeftButton)
    assert exchange.tabs.currentWidget().isAncestorOf(exchange.keys)  # import the key first
    backup.backup_to(workspace)
    window.open_section("people")
    window.open_section("home")  # shown again: gathered again
    assert page.card("backup").number.text() == "Today"
    assert page.card("backup").status.text() == "Nothing pending"
    window.locker.stop()


def test_keyboard_tab_reaches_every_card_button(qtbot, workspace):
    window = make_window(qtbot, workspace)
    page = home_of(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.refresh_button.setFocus()
    reached = []
    for _ in range(len(page.cards) + 3):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    buttons = [c.button for c in page.cards]
    assert reached[:len(buttons)] == buttons
    first = page.cards[0]
    first.button.setFocus()
    qtbot.keyClick(first.button, Qt.Key.Key_Space)
    assert window.current_key() == first.item.section
    window.locker.stop()


def test_fresh_counsellor_gets_a_kind_empty_state(qtbot, workspace, installation):
    workspace.add_user("psico2", "Elena Huamán", ["counsellor"], COUNSELLOR_PASSWORD)
    workspace.close()
    ws = installation.unlock("psico2", COUNSELLOR_PASSWORD)
    try:
        window = make_window(qtbot, ws)
        page = home_of(window)
        assert "Nothing pending" in page.status_line.text()
        assert all(c.item.level in ("ok", "info") for c in page.cards)
        rows = [page.appointments.item(i).text() for i in range(page.appointments.count())]
        assert rows == ["No appointments for you today, and none missed. A calm day."]
        assert page.last_ms < 1000
        window.locker.stop()
    finally:
        ws.close()
