"""Drafts, signing, addenda, confidentiality, audit, and the database refusing to change
a signed note."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from clinic_desk.core.errors import ClinicDeskError, InvalidInput, PermissionDenied
from clinic_desk.core.intake import risk
from clinic_desk.core.sessions import sessions as svc
from clinic_desk.core.sessions.models import Addendum, Attendance, CounsellingSession
from clinic_desk.core.sessions.sessions import SessionInput, SignedNote
from tests.unit.sessions.conftest import NOW, individual


def _draft(team, **kw):
    with team.write(team.counsellor) as s:
        return svc.create_draft(s, team.counsellor, individual(team.rosa, **kw), now=NOW)


def _signed(team, **kw):
    note = _draft(team, **kw)
    with team.write(team.counsellor) as s:
        return svc.sign(s, team.counsellor, note.id, now=NOW)


def _count(team, model) -> int:
    with team.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_draft_then_sign(team):
    note = _draft(team)
    assert note.summary.status == "draft" and note.editable
    assert note.summary.duration_min == 50
    assert [p.name for p in note.summary.people] == ["Rosa Quispe Mamani"]
    assert note.intervention_labels == ("Escucha activa",)
    with team.write(team.counsellor) as s:
        changed = svc.update_draft(s, team.counsellor, note.id,
                                   individual(team.rosa, note="Otra redacción."), now=NOW)
    assert changed.note == "Otra redacción."
    signed = _signed_of(team, note.id)
    assert signed.summary.signed and not signed.editable
    assert signed.signed_by == team.counsellor.user_id
    with team.read() as s:
        assert svc.verify_signature(s, note.id)
    assert len(team.audits("session_signed")) == 1


def _signed_of(team, sid):
    with team.write(team.counsellor) as s:
        return svc.sign(s, team.counsellor, sid, now=NOW)


def test_signed_note_refuses_every_service_change(team):
    note = _signed(team)
    with team.write(team.counsellor) as s, pytest.raises(SignedNote):
        svc.update_draft(s, team.counsellor, note.id, individual(team.rosa, note="x"), now=NOW)
    with team.write(team.counsellor) as s, pytest.raises(SignedNote):
        svc.sign(s, team.counsellor, note.id, now=NOW)
    with team.write(team.counsellor) as s, pytest.raises(SignedNote):
        svc.discard_draft(s, team.counsellor, note.id)
    with team.write(team.counsellor) as s, pytest.raises(InvalidInput):
        svc.set_restricted(s, team.counsellor, note.id, True)
        svc.set_restricted(s, team.counsellor, note.id, False)
    with team.write(team.counsellor) as s:
        assert svc.read_note(s, team.counsellor, note.id).note == note.note


def test_orm_change_of_a_signed_note_fails_in_the_database(team):
    note = _signed(team)
    with pytest.raises(DBAPIError, match="signed session note"):
        with team.write(team.counsellor) as s:
            s.get(CounsellingSession, note.id).note = "cambiado por detrás"
    with team.read() as s:
        assert s.get(CounsellingSession, note.id).note == note.note


@pytest.mark.parametrize("sql", [
    "UPDATE ses_sessions SET note = 'cambiado' WHERE id = :id",
    "UPDATE ses_sessions SET status = 'draft' WHERE id = :id",
    "UPDATE ses_sessions SET deleted = 1 WHERE id = :id",
    "UPDATE ses_sessions SET starts_at = '2020-01-01 00:00:00.000000' WHERE id = :id",
    "DELETE FROM ses_sessions WHERE id = :id",
    "UPDATE ses_attendance SET note = 'x' WHERE session_id = :id",
    "UPDATE ses_attendance SET present = 0 WHERE session_id = :id",
    "DELETE FROM ses_attendance WHERE session_id = :id",
    "UPDATE ses_counsellors SET deleted = 1 WHERE session_id = :id",
    "INSERT INTO ses_counsellors (session_id, user_id, id, origin_site, created_at, updated_at,"
    " version, deleted) SELECT :id, user_id, 'x1', origin_site, '2999-01-01 00:00:00.000000',"
    " updated_at, 1, 0 FROM ses_counsellors WHERE session_id = :id",
    "UPDATE ses_addenda SET text = 'x'",
    "DELETE FROM ses_addenda",
])
def test_raw_sql_cannot_change_a_signed_note(team, sql):
    note = _signed(team)
    with team.write(team.counsellor) as s:
        svc.add_addendum(s, team.counsellor, note.id, "Dato posterior.")
    with pytest.raises(DBAPIError):
        with team.ws.db.engine.begin() as c:
            c.execute(text(sql), {"id": note.id})
    with team.read() as s:
        assert svc.verify_signature(s, note.id)


def test_raw_sql_may_do_bookkeeping_restrict_and_move_attendance(team):
    note = _signed(team)
    with team.ws.db.engine.begin() as c:
        c.execute(text("UPDATE ses_sessions SET version = version + 1, updated_at = "
                       "'2026-12-01 00:00:00.000000' WHERE id = :id"), {"id": note.id})
        c.execute(text("UPDATE ses_sessions SET restricted = 1 WHERE id = :id"),
                  {"id": note.id})
        c.execute(text("UPDATE ses_attendance SET person_id = :p WHERE session_id = :id"),
                  {"id": note.id, "p": team.maria})
    with pytest.raises(DBAPIError):
        with team.ws.db.engine.begin() as c:
            c.execute(text("UPDATE ses_sessions SET restricted = 0 WHERE id = :id"),
                      {"id": note.id})
    with team.read() as s:
        assert svc.verify_signature(s, note.id)


def test_signing_without_text_fails_and_saves_nothing(team):
    note = _draft(team, note="   ")
    with team.write(team.counsellor) as s, pytest.raises(InvalidInput, match="Write the note"):
        svc.sign(s, team.counsellor, note.id, now=NOW)
    with team.read() as s:
        assert s.get(CounsellingSession, note.id).status == "draft"


def test_addenda_have_author_and_time_and_only_for_signed_notes(team):
    draft = _draft(team)
    with team.write(team.counsellor) as s, pytest.raises(InvalidInput, match="draft"):
        svc.add_addendum(s, team.counsellor, draft.id, "x")
    _signed_of(team, draft.id)
    with team.write(team.counsellor2) as s:
        add = svc.add_addendum(s, team.counsellor2, draft.id, "  Corrección: fue el martes.  ",
                               now=NOW + dt.timedelta(days=1))
    assert add.text == "Corrección: fue el martes." and add.author_name == "Elena Huamán"
    with team.write(team.counsellor) as s:
        note = svc.read_note(s, team.counsellor, draft.id)
        assert [a.text for a in note.addenda] == ["Corrección: fue el martes."]
        assert note.summary.addenda_count == 1
    with team.write(team.counsellor) as s, pytest.raises(InvalidInput):
        svc.add_addendum(s, team.counsellor, draft.id, "   ")
    with pytest.raises(ClinicDeskError, match="append-only"):
        with team.write(team.counsellor) as s:
            s.scalars(select(Addendum)).one().text = "otra cosa"
    assert len(team.audits("addendum_added")) == 1


def test_staff_sees_that_a_session_happened_never_its_content(team):
    note = _signed(team)
    with team.read() as s:
        rows = svc.list_sessions(s, team.staff, person_id=team.rosa)
    assert [r.id for r in rows] == [note.id]
    row = rows[0]
    assert row.kind == "individual" and row.author_name == "Carmen Rojas"
    assert not row.readable and not hasattr(row, "note")
    with team.write(team.staff) as s, pytest.raises(PermissionDenied):
        svc.read_note(s, team.staff, note.id)
    with team.write(team.admin) as s, pytest.raises(PermissionDenied):
        svc.read_note(s, team.admin, note.id)
    with team.write(team.staff) as s, pytest.raises(PermissionDenied):
        svc.create_draft(s, team.staff, individual(team.rosa), now=NOW)
    with team.write(team.staff) as s, pytest.raises(PermissionDenied):
        svc.add_addendum(s, team.staff, note.id, "x")
    assert team.audits("note_read") == []


def test_every_read_is_audited(team):
    note = _signed(team)
    for _ in range(2):
        with team.write(team.counsellor2) as s:
            svc.read_note(s, team.counsellor2, note.id)
    reads = team.audits("note_read")
    assert [(e.actor_name, e.target) for e in reads] == [("psico2", note.id)] * 2
    with team.read() as s, pytest.raises(ClinicDeskError, match="writing session"):
        svc.read_note(s, team.counsellor, note.id)


def test_restricted_note_only_author_and_named_counsellors(team, workspace):
    c3 = workspace.add_user("psico3", "Rocío Ccama", ["counsellor"], "tercera clave bien larga")
    from clinic_desk.core.security.roles import Actor
    third = Actor(c3.id, c3.username, c3.full_name, c3.roles)
    note = _signed(team, restricted=True, counsellor_ids=(team.counsellor2.user_id,))
    for who in (team.counsellor, team.counsellor2):
        with team.write(who) as s:
            assert svc.read_note(s, who, note.id).note
    with team.write(third) as s, pytest.raises(PermissionDenied, match="restricted"):
        svc.read_note(s, third, note.id)
    with team.write(third) as s, pytest.raises(PermissionDenied):
        svc.add_addendum(s, third, note.id, "x")
    with team.read() as s:
        summary = svc.list_sessions(s, third)[0]
    assert summary.restricted and not summary.readable


def test_only_author_or_named_counsellors_edit_a_draft(team):
    note = _draft(team)
    with team.write(team.counsellor2) as s, pytest.raises(PermissionDenied):
        svc.update_draft(s, team.counsellor2, note.id, individual(team.rosa), now=NOW)
    with team.write(team.counsellor2) as s, pytest.raises(PermissionDenied):
        svc.sign(s, team.counsellor2, note.id, now=NOW)
    with team.write(team.counsellor) as s, pytest.raises(InvalidInput, match="counsellors"):
        svc.update_draft(s, team.counsellor, note.id,
                         individual(team.rosa, counsellor_ids=(team.staff.user_id,)), now=NOW)


BAD = [
    (dict(ends_at=NOW - dt.timedelta(hours=3), duration_min=None), "end must be after"),
    (dict(duration_min=13 * 60), "12 hours"),
    (dict(starts_at=NOW - dt.timedelta(hours=14), ends_at=NOW - dt.timedelta(hours=1),
          duration_min=None), "12 hours"),
    (dict(starts_at=NOW + dt.timedelta(days=1)), "future"),
    (dict(people=()), "Choose the person"),
    (dict(kind="chat"), "type of session"),
    (dict(interventions=("hypnosis",)), "interventions"),
]


@pytest.mark.parametrize(("changes", "message"), BAD)
def test_bad_input_is_refused_and_nothing_saved(team, changes, message):
    before = (_count(team, CounsellingSession), _count(team, Attendance))
    with team.write(team.counsellor) as s, pytest.raises(InvalidInput, match=message):
        svc.create_draft(s, team.counsellor, individual(team.rosa, **changes), now=NOW)
    assert (_count(team, CounsellingSession), _count(team, Attendance)) == before


def test_unknown_person_is_refused(team):
    with team.write(team.counsellor) as s, pytest.raises(InvalidInput, match="not found"):
        svc.create_draft(s, team.counsellor, individual("no-such-person"), now=NOW)


def test_risk_reassessment_feeds_her_current_risk(team):
    a = svc.AttendanceInput(team.rosa, risk_level="severo",
                            violence_types=("physical", "psychological"))
    note = _draft(team, people=(a,))
    with team.read() as s:
        assert risk.current_risk(s, team.counsellor, team.rosa).level == "severo"
    lower = svc.AttendanceInput(team.rosa, risk_level="moderado", violence_types=("physical",))
    with team.write(team.counsellor) as s:
        svc.update_draft(s, team.counsellor, note.id, individual(team.rosa, people=(lower,)),
                         now=NOW)
    with team.read() as s:
        history = risk.risk_history(s, team.counsellor, team.rosa)
    assert [h.level for h in history] == ["moderado"]
    with team.write(team.counsellor) as s:
        read = svc.read_note(s, team.counsellor, note.id)
    assert read.attendance[0].risk_level == "moderado"


def test_discarding_a_draft(team):
    note = _draft(team)
    with team.write(team.counsellor) as s:
        svc.discard_draft(s, team.counsellor, note.id)
    with team.read() as s:
        assert svc.list_sessions(s, team.counsellor) == []


def test_merge_moves_her_sessions(team):
    from clinic_desk.core.intake.merge import merge_people

    note = _signed(team)
    with team.write(team.admin) as s:
        result = merge_people(s, team.admin, team.maria, team.rosa, "misma persona")
    assert result.moved["sessions"] == 1
    with team.read() as s:
        assert [r.id for r in svc.list_sessions(s, team.counsellor, person_id=team.maria)] == \
            [note.id]
        assert svc.verify_signature(s, note.id)


def test_drafts_list(team):
    _draft(team)
    _signed(team)
    with team.read() as s:
        drafts = svc.my_drafts(s, team.counsellor)
    assert len(drafts) == 1 and drafts[0].status == "draft"


def test_session_input_is_plain_data():
    inp = SessionInput(kind="phone", starts_at=NOW, duration_min=10)
    assert inp.people == () and not inp.restricted
