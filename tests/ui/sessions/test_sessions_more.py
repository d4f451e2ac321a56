"""Sesiones, the rest of issue 4 through real widgets: groups and a group session's
attendance, templates edited by an administrator (audited), follow-up tasks, the
session summary PDF (refused without her consent, written with it) and the Sessions
tab of a person's file (no note text for a staff user)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import QDateTime, Qt
from sqlalchemy import func, select

from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.intake import consent
from clinic_desk.core.intake.people import register_person
from clinic_desk.core.security.roles import Actor, Role
from clinic_desk.core.sessions import sessions as svc
from clinic_desk.core.sessions import tasks as tasks_mod
from clinic_desk.core.sessions import templates
from clinic_desk.ui import messages
from clinic_desk.ui.sessions import SessionsPage
from clinic_desk.ui.sessions.extras import start_group_session
from clinic_desk.ui.sessions.person_tab import PersonSessionsTab
from tests.conftest import ADMIN_PASSWORD
from tests.unit.sessions.conftest import person

COUNSELLOR_PASSWORD = "una clave bastante larga"
STAFF_PASSWORD = "otra clave bastante larga"
NOTE = "Llega tranquila. Se revisa el plan de seguridad con ella."


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")


@pytest.fixture
def women(workspace):
    workspace.add_user("psico1", "Carmen Rojas", ["counsellor"], COUNSELLOR_PASSWORD)
    workspace.add_user("educadora", "Lucía Quispe", ["staff"], STAFF_PASSWORD)
    a = workspace.actor
    writer = Actor(a.user_id, a.username, a.full_name, frozenset({Role.STAFF}))
    with workspace.db.write(a.user_id) as s:
        ids = {
            "rosa": register_person(s, writer, person()).id,
            "maria": register_person(s, writer, person(
                given_names="María", first_surname="Condori", doc_number="41234567")).id,
            "killa": register_person(s, writer, person(
                given_names="Killa", first_surname="Torres", doc_number="47654321")).id,
        }
    workspace.close()
    return ids


@pytest.fixture
def counsellor(installation, women):
    ws = installation.unlock("psico1", COUNSELLOR_PASSWORD)
    yield ws
    if ws.actor is not None:
        ws.close()


def _audits(ws, action: str) -> int:
    with ws.db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == action))


def _signed_session(ws, person_id: str) -> str:
    with ws.db.write(ws.actor.user_id) as s:
        note = svc.create_draft(s, ws.actor, svc.SessionInput(
            kind="individual", starts_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2),
            duration_min=50, people=(svc.AttendanceInput(person_id),), note=NOTE))
        svc.sign(s, ws.actor, note.id)
    return note.id


def _pick(qtbot, picker, query: str) -> None:
    """Type in the person picker and press Enter, like a person."""
    picker.set_query(query)
    assert picker.model.rowCount() >= 1
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


# -- groups ----------------------------------------------------------------------------------
def test_group_members_and_a_group_session(qtbot, counsellor, women):
    page = SessionsPage(counsellor)
    qtbot.addWidget(page)
    view = page.groups
    assert view.new_button.isVisibleTo(view)
    view.new_group()
    view.name.setText("")
    assert not view.save()
    assert "name" in view.message.text()
    qtbot.keyClicks(view.name, "Las Pioneras")
    view.place.setText("Local comunal Huaycán")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.group_id is not None, view.message.text()
    assert [g.name for g in view.groups] == ["Las Pioneras"]

    _pick(qtbot, view.picker, "Rosa")
    _pick(qtbot, view.picker, "Condori")
    _pick(qtbot, view.picker, "Killa")
    assert sorted(view.member_names()) == ["Killa Torres Mamani", "María Condori Mamani",
                                           "Rosa Quispe Mamani"]
    assert "(3 member" in view.list.item(0).text()
    _pick(qtbot, view.picker, "Rosa")  # already a member: refused with a message
    assert "already a member" in view.message.text()

    killa = next(m for m in view.member_rows if m.name.startswith("Killa"))
    row = [view.members.item(i).data(Qt.ItemDataRole.UserRole)
           for i in range(view.members.count())].index(killa.membership_id)
    view.members.setCurrentRow(row)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert sorted(view.member_names()) == ["María Condori Mamani", "Rosa Quispe Mamani"]

    # a group session from the group: its current members listed for attendance
    editor = start_group_session(page, view.group_id, modal=False)
    qtbot.addWidget(editor)
    assert editor.kind.currentData() == "group"
    assert editor.group.currentData() == view.group_id
    assert sorted(name for _pid, name in editor.people) == [
        "María Condori Mamani", "Rosa Quispe Mamani"]
    assert not editor.save()  # nobody ticked present yet
    rosa_row = [pid for pid, _n in editor.people].index(women["rosa"])
    editor.attendance.item(rosa_row, editor.PRESENT).setCheckState(Qt.CheckState.Checked)
    editor.starts.setDateTime(QDateTime.currentDateTime().addSecs(-7200))
    editor.text.setPlainText("Sesión grupal sobre autoestima.")
    assert editor.save(), editor.error.text()
    with counsellor.db.write(counsellor.actor.user_id) as s:
        note = svc.read_note(s, counsellor.actor, editor.session_id)
    assert note.summary.kind == "group" and note.summary.group_name == "Las Pioneras"
    present = {a.person_id: a.present for a in note.attendance}
    assert present == {women["rosa"]: True, women["maria"]: False}


def test_staff_sees_groups_but_cannot_change_them(qtbot, installation, women):
    ws = installation.unlock("educadora", STAFF_PASSWORD)
    try:
        page = SessionsPage(ws)
        qtbot.addWidget(page)
        assert not page.groups.new_button.isVisibleTo(page.groups)
        assert not page.groups.session_button.isVisibleTo(page.groups)
        assert page.templates is None
    finally:
        ws.close()


# -- templates -------------------------------------------------------------------------------
def test_admin_edits_a_template_and_an_intervention_audited(qtbot, installation, women):
    ws = installation.unlock("admin", ADMIN_PASSWORD)
    try:
        page = SessionsPage(ws)
        qtbot.addWidget(page)
        view = page.templates
        assert view is not None
        assert page.tabs.tabText(page.tabs.count() - 1).replace("&", "") == "Templates"
        codes = [t.code for t in view.templates]
        view.tpl_list.setCurrentRow(codes.index("follow_up"))
        assert view.tpl_code.text() == "follow_up" and view.tpl_code.isReadOnly()
        view.tpl_body.setPlainText("Cómo llega hoy:\n\nAcuerdos:\n")
        before = _audits(ws, "note_template_saved")
        qtbot.mouseClick(view.tpl_save, Qt.MouseButton.LeftButton)
        assert view.tpl_message.text() == "Template saved."
        assert _audits(ws, "note_template_saved") == before + 1

        view.new_template()
        view.tpl_code.setText("Visita Domiciliaria!")
        view.tpl_name.setText("Visita domiciliaria")
        view.tpl_body.setPlainText("Quién está en casa:\n")
        assert not view.save_template()
        assert "lower-case" in view.tpl_message.text()
        assert _audits(ws, "note_template_saved") == before + 1
        view.tpl_code.setText("home_visit")
        assert view.save_template()

        view.new_intervention()
        view.iv_code.setText("art_therapy")
        view.iv_label.setText("Arteterapia")
        qtbot.mouseClick(view.iv_save, Qt.MouseButton.LeftButton)
        assert _audits(ws, "intervention_saved") == 1
        assert "Arteterapia" in [view.iv_list.item(i).text()
                                 for i in range(view.iv_list.count())]
    finally:
        ws.close()
    c = installation.unlock("psico1", COUNSELLOR_PASSWORD)
    try:
        with c.db.read() as s:
            assert templates.get_template(s, c.actor, "follow_up").body.startswith(
                "Cómo llega hoy:\n\nAcuerdos:")
            assert "home_visit" in [t.code for t in templates.list_templates(s, c.actor)]
            assert "art_therapy" in templates.active_intervention_codes(s)
        page = SessionsPage(c)
        qtbot.addWidget(page)
        assert page.templates is None  # counsellors write notes, admins edit templates
    finally:
        c.close()


# -- follow-up tasks -------------------------------------------------------------------------
def test_task_from_the_case_view_then_done_and_overdue_flagged(qtbot, counsellor, women):
    sid = _signed_session(counsellor, women["rosa"])
    page = SessionsPage(counsellor)
    qtbot.addWidget(page)
    page.case.show_person(women["rosa"])
    dlg = page.case_extras.add_task(modal=False)
    qtbot.addWidget(dlg)
    assert not dlg.submit()  # no title
    assert "has to be done" in dlg.error.text()
    qtbot.keyClicks(dlg.title, "Llamarla para confirmar la cita en el CEM")
    dlg.due.setDate(dlg.due.date().addDays(3))
    assert dlg.submit(), dlg.error.text()
    texts = [page.case.tasks.item(i).text() for i in range(page.case.tasks.count())]
    assert any("Llamarla para confirmar" in t for t in texts)

    # from a session: the editor's button, linked to the session and to her
    editor = page.open_editor(sid, modal=False)
    qtbot.addWidget(editor)
    assert editor.findChild(type(page.case_extras.add_button), "editor_add_task").isEnabled()
    with counsellor.db.write(counsellor.actor.user_id) as s:  # one overdue (due yesterday)
        tasks_mod.add_task(s, counsellor.actor, "Enviar informe a la DEMUNA",
                           dt.date.today() - dt.timedelta(days=1), person_id=women["rosa"],
                           session_id=sid)
    page.tasks.scope.setCurrentIndex(page.tasks.scope.findData("all"))
    page.tasks.reload()
    tree = page.tasks.tree
    assert tree.topLevelItemCount() == 2
    first = tree.topLevelItem(0)
    assert first.text(1) == "Enviar informe a la DEMUNA"
    assert "overdue" in first.text(0) and not first.icon(0).isNull()
    assert "overdue" not in tree.topLevelItem(1).text(0)
    assert first.text(2) == "Rosa Quispe Mamani"

    page.case.reload()
    overdue_row = next(i for i in range(page.case.tasks.count())
                       if "DEMUNA" in page.case.tasks.item(i).text())
    assert "(overdue)" in page.case.tasks.item(overdue_row).text()
    page.case.tasks.setCurrentRow(overdue_row)
    qtbot.mouseClick(page.case_extras.done_button, Qt.MouseButton.LeftButton)
    with counsellor.db.read() as s:
        left = tasks_mod.open_tasks(s, counsellor.actor, person_id=women["rosa"])
    assert [t.title for t in left] == ["Llamarla para confirmar la cita en el CEM"]
    assert tree.topLevelItemCount() == 1  # the task list followed

    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.mouseClick(page.tasks.done_button, Qt.MouseButton.LeftButton)
    with counsellor.db.read() as s:
        assert tasks_mod.open_tasks(s, counsellor.actor) == []
    assert page.case.tasks.item(0).text() == "No open tasks."


def test_task_from_the_note_editor(qtbot, counsellor, women):
    page = SessionsPage(counsellor)
    qtbot.addWidget(page)
    editor = page.open_editor(person_id=women["rosa"], modal=False)
    qtbot.addWidget(editor)
    button = editor.findChild(type(page.tasks.add_button), "editor_add_task")
    assert button is not None and not button.isEnabled()  # save the session first
    editor.starts.setDateTime(QDateTime.currentDateTime().addSecs(-7200))
    editor.text.setPlainText(NOTE)
    assert editor.save(), editor.error.text()
    assert button.isEnabled()
    dlg = editor.open_task_dialog(modal=False)
    qtbot.addWidget(dlg)
    assert dlg.person.currentData() == women["rosa"]
    dlg.title.setText("Acompañarla a la comisaría")
    assert dlg.submit(), dlg.error.text()
    assert dlg.result_task.session_id == editor.session_id
    assert dlg.result_task.person_id == women["rosa"]


# -- session summary PDF ---------------------------------------------------------------------
def test_summary_pdf_refused_without_consent_then_written(qtbot, counsellor, women, tmp_path):
    _signed_session(counsellor, women["rosa"])
    page = SessionsPage(counsellor)
    qtbot.addWidget(page)
    page.case.show_person(women["rosa"])
    button = page.case.findChild(type(page.case_extras.add_button), "summary_pdf")
    assert button is not None and button.isVisibleTo(page.case)
    dlg = page.case.open_summary_pdf(modal=False)
    qtbot.addWidget(dlg)
    target = tmp_path / "resumen.pdf"
    dlg.path.setText(str(target))
    assert dlg.for_institution.isChecked()
    dlg.institution.setCurrentIndex(dlg.institution.findData("cem"))
    dlg.submit()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    assert "consent does not cover" in dlg.error.text()
    assert not target.exists()
    assert _audits(counsellor, "session_summary_pdf") == 0

    with counsellor.db.write(counsellor.actor.user_id) as s:
        consent.record_consent(s, counsellor.actor, women["rosa"], "share_institutions",
                               True, ["cem"])
    dlg.submit()
    qtbot.waitUntil(lambda: dlg.result_path is not None, timeout=15000)
    assert target.exists() and _audits(counsellor, "session_summary_pdf") == 1
    assert "PDF written" in page.case_extras.note.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Rosa Quispe Mamani" in text and "plan de seguridad" in text

    # her own copy needs no sharing consent
    own = page.case.open_summary_pdf(modal=False)
    qtbot.addWidget(own)
    own.own_copy.setChecked(True)
    assert not own.institution.isEnabled()
    own.path.setText(str(tmp_path / "copia.pdf"))
    own.submit()
    qtbot.waitUntil(lambda: own.result_path is not None, timeout=15000)
    assert (tmp_path / "copia.pdf").exists()


def test_summary_pdf_button_hidden_for_staff(qtbot, installation, women):
    ws = installation.unlock("educadora", STAFF_PASSWORD)
    try:
        page = SessionsPage(ws)
        qtbot.addWidget(page)
        button = page.case.findChild(type(page.case_extras.add_button), "summary_pdf")
        assert not button.isVisibleTo(page.case)
    finally:
        ws.close()


# -- the person's file -----------------------------------------------------------------------
def test_person_file_sessions_tab_without_note_text_for_staff(qtbot, installation, counsellor,
                                                              women):
    _signed_session(counsellor, women["rosa"])
    counsellor.close()
    from clinic_desk.ui.main_window import MainWindow

    ws = installation.unlock("educadora", STAFF_PASSWORD)
    try:
        win = MainWindow(ws)
        qtbot.addWidget(win)
        win.open_section("people")
        view = win.page("people").open_person(women["rosa"])
        assert "Sessions" in view.tab_titles()
        view.show_tab("sessions")
        tab = view.findChild(PersonSessionsTab)
        assert tab.tree.topLevelItemCount() == 1
        item = tab.tree.topLevelItem(0)
        cells = [item.text(c) for c in range(tab.tree.columnCount())]
        assert "Carmen Rojas" in cells and "Individual" in cells
        assert not any("plan de seguridad" in c for c in cells)
        assert "Only counsellors read" in tab.hint.text()
        with qtbot.waitSignal(tab.open_case):
            qtbot.mouseClick(tab.case_button, Qt.MouseButton.LeftButton)
        assert win.current_key() == "sessions"
        sessions_page = win.page("sessions")
        assert sessions_page.case.person_id == women["rosa"]
        assert sessions_page.case.timeline.topLevelItemCount() == 1
        win.close()
    finally:
        ws.close()
