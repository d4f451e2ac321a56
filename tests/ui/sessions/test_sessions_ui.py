"""The Sesiones section: write a draft, sign it, the editor becomes read-only, add an
addendum; a staff user sees the session in the list but never its text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime

from clinic_desk.core.intake.people import register_person
from clinic_desk.core.sessions import sessions as svc
from clinic_desk.ui.sessions import SessionsPage
from clinic_desk.ui.sessions.editor import NoteEditor
from tests.conftest import ADMIN_PASSWORD
from tests.unit.sessions.conftest import person

COUNSELLOR_PASSWORD = "una clave bastante larga"
STAFF_PASSWORD = "otra clave bastante larga"
NOTE = "Llega tranquila. Se revisa el plan de seguridad con ella."


@pytest.fixture
def people(workspace):
    workspace.add_user("psico1", "Carmen Rojas", ["counsellor"], COUNSELLOR_PASSWORD)
    workspace.add_user("educadora", "Lucía Quispe", ["staff"], STAFF_PASSWORD)
    actor = workspace.actor
    from clinic_desk.core.security.roles import Actor, Role

    writer = Actor(actor.user_id, actor.username, actor.full_name, frozenset({Role.STAFF}))
    with workspace.db.write(actor.user_id) as s:
        rosa = register_person(s, writer, person()).id
    workspace.close()
    return rosa


@pytest.fixture
def counsellor_ws(installation, people):
    ws = installation.unlock("psico1", COUNSELLOR_PASSWORD)
    yield ws
    ws.close()


def test_write_sign_read_only_then_addendum(qtbot, counsellor_ws, people):
    editor = NoteEditor(counsellor_ws, person_id=people)
    qtbot.addWidget(editor)
    editor.starts.setDateTime(QDateTime.currentDateTime().addSecs(-7200))
    editor.text.setPlainText(NOTE)
    assert editor.save(), editor.error.text()
    assert editor.note is not None and editor.note.summary.status == "draft"
    assert not editor.text.isReadOnly() and editor.sign_button.isVisibleTo(editor)
    assert not editor.addendum_button.isVisibleTo(editor)

    editor.confirm_sign = lambda: True
    assert editor.sign(), editor.error.text()
    assert editor.note.summary.signed
    assert editor.text.isReadOnly() and editor.agreements.isReadOnly()
    assert not editor.kind.isEnabled() and not editor.sign_button.isVisibleTo(editor)
    assert editor.addendum_button.isVisibleTo(editor)

    assert editor.add_addendum("Corrección: fue el martes.")
    assert "Corrección: fue el martes." in editor.addenda.toPlainText()
    with counsellor_ws.db.write(counsellor_ws.actor.user_id) as s:
        note = svc.read_note(s, counsellor_ws.actor, editor.note.id)
    assert note.note == NOTE and [a.text for a in note.addenda] == ["Corrección: fue el martes."]


def test_sign_declined_keeps_the_draft(qtbot, counsellor_ws, people):
    editor = NoteEditor(counsellor_ws, person_id=people)
    qtbot.addWidget(editor)
    editor.starts.setDateTime(QDateTime.currentDateTime().addSecs(-7200))
    editor.text.setPlainText(NOTE)
    editor.confirm_sign = lambda: False
    assert not editor.sign()
    assert editor.note.summary.status == "draft" and not editor.text.isReadOnly()


def test_bad_input_shows_a_message_and_saves_nothing(qtbot, counsellor_ws, people):
    editor = NoteEditor(counsellor_ws, person_id=people)
    qtbot.addWidget(editor)
    editor.starts.setDateTime(QDateTime.currentDateTime().addDays(2))
    editor.text.setPlainText(NOTE)
    assert not editor.save()
    assert "future" in editor.error.text()
    assert editor.note is None
    with counsellor_ws.db.read() as s:
        assert svc.list_sessions(s, counsellor_ws.actor) == []


def test_staff_sees_the_session_but_not_its_text(qtbot, installation, people):
    ws = installation.unlock("psico1", COUNSELLOR_PASSWORD)
    with ws.db.write(ws.actor.user_id) as s:
        note = svc.create_draft(s, ws.actor, svc.SessionInput(
            kind="individual", starts_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2),
            duration_min=50, people=(svc.AttendanceInput(people),), note=NOTE))
        svc.sign(s, ws.actor, note.id)
    ws.close()
    staff = installation.unlock("educadora", STAFF_PASSWORD)
    try:
        page = SessionsPage(staff)
        qtbot.addWidget(page)
        assert not page.new_button.isVisibleTo(page)
        tree = page.list.tree
        assert tree.topLevelItemCount() == 1
        item = tree.topLevelItem(0)
        texts = [item.text(c) for c in range(tree.columnCount())]
        assert "Rosa Quispe Mamani" in texts and "Carmen Rojas" in texts
        assert not any("plan de seguridad" in t for t in texts)
        assert not page.list.open_button.isVisibleTo(page)
        tree.setCurrentItem(item)
        page.list._open()
        assert page.editor is None
        assert "took place" in page.list.message.text()
        page.tabs.setCurrentIndex(2)
        page.case.show_person(people)
        assert page.case.timeline.topLevelItemCount() == 1
    finally:
        staff.close()


def test_main_window_opens_the_sessions_page(qtbot, installation, people):
    from clinic_desk.ui.main_window import MainWindow

    ws = installation.unlock("admin", ADMIN_PASSWORD)
    try:
        win = MainWindow(ws)
        qtbot.addWidget(win)
        win.open_section("sessions")
        assert isinstance(win.page("sessions"), SessionsPage)
        win.close()
    finally:
        ws.close()


def test_render_screens(qtbot, counsellor_ws, tmp_path):
    from clinic_desk.ui.sessions import render_sessions_screens

    paths = render_sessions_screens(counsellor_ws, tmp_path)
    names = {p.name for p in paths}
    assert {"sessions-agenda.png", "sessions-editor-draft.png",
            "sessions-editor-signed.png", "sessions-case.png"} <= names
    assert all(p.stat().st_size > 1000 for p in paths)
