"""Groups, appointments, tasks, community activities, templates, case view, the summary
PDF and the demo data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.intake import consent
from clinic_desk.core.reports.session_summary import write_session_summary_pdf
from clinic_desk.core.sessions import appointments, case, community, groups, tasks, templates
from clinic_desk.core.sessions import sessions as svc
from clinic_desk.core.sessions.models import CommunityActivity, CounsellingSession
from clinic_desk.core.sessions.sessions import AttendanceInput, SessionInput
from tests.unit.sessions.conftest import NOW, individual

UTC = dt.UTC


def _group_session(team, present):
    with team.write(team.counsellor) as s:
        g = groups.create_group(s, team.counsellor, "Las Pioneras", place="Sala de talleres")
        for pid in (team.rosa, team.maria, team.killa):
            groups.add_member(s, team.counsellor, g.id, pid, dt.date(2026, 9, 1))
    people = tuple(AttendanceInput(pid, present=pid in present,
                                   note="Habló de su hija." if pid == team.rosa else None)
                   for pid in (team.rosa, team.maria, team.killa))
    inp = SessionInput(kind="group", group_id=g.id, starts_at=NOW - dt.timedelta(hours=3),
                       duration_min=120, people=people,
                       note="Nota compartida: María contó lo de su expareja.")
    return g, inp


def test_group_session_with_attendance_and_personal_notes(team):
    g, inp = _group_session(team, present={team.rosa, team.maria})
    with team.read() as s:
        assert [m.name for m in groups.members(s, team.staff, g.id)] == [
            "Killa Torres Mamani", "María Condori Mamani", "Rosa Quispe Mamani"]
        assert groups.list_groups(s, team.staff)[0].members == 3
    with team.write(team.counsellor) as s:
        note = svc.create_draft(s, team.counsellor, inp, now=NOW)
    assert note.summary.group_name == "Las Pioneras"
    assert [p.present for p in note.summary.people] == [True, True, False]
    assert [a.note for a in note.attendance if a.note] == ["Habló de su hija."]


def test_group_session_with_nobody_present_is_refused(team):
    _g, inp = _group_session(team, present=set())
    with team.write(team.counsellor) as s, pytest.raises(InvalidInput, match="at least one"):
        svc.create_draft(s, team.counsellor, inp, now=NOW)
    with team.read() as s:
        assert s.scalar(select(func.count()).select_from(CounsellingSession)) == 0


def test_group_member_twice_is_refused(team):
    with team.write(team.counsellor) as s:
        g = groups.create_group(s, team.counsellor, "Grupo")
        groups.add_member(s, team.counsellor, g.id, team.rosa)
        with pytest.raises(InvalidInput, match="already"):
            groups.add_member(s, team.counsellor, g.id, team.rosa)


def test_agenda_reminders_and_missed(team):
    tz = dt.timezone(dt.timedelta(hours=-5))
    day = dt.date(2026, 11, 30)
    now = dt.datetime(2026, 11, 30, 12, 0, tzinfo=tz)
    with team.write(team.staff) as s:
        morning = appointments.schedule(
            s, team.staff, "individual", dt.datetime(2026, 11, 30, 9, 0, tzinfo=tz),
            team.counsellor.user_id, person_id=team.rosa,
            now=dt.datetime(2026, 11, 29, tzinfo=tz))
        appointments.schedule(s, team.staff, "individual",
                              dt.datetime(2026, 11, 30, 16, 0, tzinfo=tz),
                              team.counsellor.user_id, person_id=team.maria, now=now)
        appointments.schedule(s, team.staff, "home_visit",
                              dt.datetime(2026, 12, 2, 10, 0, tzinfo=tz),
                              team.counsellor2.user_id, person_id=team.killa, now=now)
        with pytest.raises(InvalidInput, match="past"):
            appointments.schedule(s, team.staff, "individual",
                                  dt.datetime(2026, 11, 29, 9, 0, tzinfo=tz),
                                  team.counsellor.user_id, person_id=team.rosa, now=now)
        with pytest.raises(InvalidInput, match="person"):
            appointments.schedule(s, team.staff, "individual",
                                  dt.datetime(2026, 12, 1, 9, 0, tzinfo=tz),
                                  team.counsellor.user_id, now=now)
    with team.read() as s:
        today = appointments.agenda(s, team.staff, day, 1, tz=tz, now=now)
        week = appointments.agenda(s, team.staff, day, 7, tz=tz, now=now)
        mine = appointments.agenda(s, team.counsellor, day, 7, team.counsellor.user_id,
                                   tz=tz, now=now)
        rem = appointments.todays_reminders(s, team.counsellor, day, tz=tz, now=now)
    assert [a.person_name for a in today] == ["Rosa Quispe Mamani", "María Condori Mamani"]
    assert [a.missed for a in today] == [True, False]
    assert len(week) == 3 and len(mine) == 2
    assert len(rem.today) == 2 and [a.id for a in rem.missed] == [morning.id]
    # keeping the appointment: the session marks it attended
    with team.write(team.counsellor) as s:
        svc.create_draft(s, team.counsellor, individual(
            team.rosa, starts_at=dt.datetime(2026, 11, 30, 9, 5, tzinfo=tz),
            appointment_id=morning.id), now=now)
    with team.read() as s:
        first = appointments.agenda(s, team.staff, day, 1, tz=tz, now=now)[0]
    assert first.status == "attended" and not first.missed and first.session_id


def test_tasks_visibility(team):
    with team.write(team.counsellor) as s:
        t1 = tasks.add_task(s, team.counsellor, "Coordinar con el CEM", dt.date(2026, 12, 3),
                            person_id=team.rosa, today=dt.date(2026, 11, 28))
        tasks.add_task(s, team.counsellor, "Pasaje para la audiencia", dt.date(2026, 12, 1),
                       person_id=team.rosa, assigned_to=team.staff.user_id,
                       today=dt.date(2026, 11, 28))
        with pytest.raises(InvalidInput):
            tasks.add_task(s, team.counsellor, "  ", dt.date(2026, 12, 3))
    with team.read() as s:
        assert len(tasks.open_tasks(s, team.counsellor2, person_id=team.rosa)) == 2
        staff_view = tasks.open_tasks(s, team.staff, person_id=team.rosa)
    assert [t.title for t in staff_view] == ["Pasaje para la audiencia"]
    with team.write(team.staff) as s, pytest.raises(PermissionDenied):
        tasks.complete_task(s, team.staff, t1.id)
    with team.write(team.counsellor) as s:
        assert tasks.complete_task(s, team.counsellor, t1.id).status == "done"


def test_community_activity_counts_nobody_by_name(team):
    counts = {"female": {"18-29": 12, "30-59": 20}, "male": {"12-17": 5}}
    with team.write(team.staff) as s:
        act = community.record_activity(
            s, team.staff, dt.date(2026, 11, 20), "talk", "market",
            "Derechos de las mujeres", "Mercado Zona B", counts, facilitators="Lucía, Carmen",
            today=dt.date(2026, 11, 28))
    assert act.total == 37 and act.headcounts["female"]["0-11"] == 0
    with team.write(team.staff) as s:
        for bad, msg in ((dict(headcounts={}), "Count the people"),
                         (dict(headcounts={"female": {"18-29": -1}}), "whole number"),
                         (dict(held_on=dt.date(2026, 12, 30)), "future"),
                         (dict(topic=" "), "topic")):
            args = dict(held_on=dt.date(2026, 11, 20), kind="talk", setting="school",
                        topic="Tema", place="I.E. 1234", headcounts=counts)
            args.update(bad)
            with pytest.raises(InvalidInput, match=msg):
                community.record_activity(s, team.staff, today=dt.date(2026, 11, 28), **args)
    with team.read() as s:
        stats = community.community_stats(s, team.admin, dt.date(2026, 11, 1),
                                          dt.date(2026, 12, 1))
        assert s.scalar(select(func.count()).select_from(CommunityActivity)) == 1
    assert stats.total == 37 and stats.by_sex == {"female": 32, "male": 5}
    assert stats.by_kind["talk"] == 1


def test_templates_seeded_and_admins_edit(team):
    with team.read() as s:
        names = [t.code for t in templates.list_templates(s, team.counsellor)]
    assert names == ["first_interview", "follow_up", "crisis_intervention"]
    with team.write(team.counsellor) as s, pytest.raises(PermissionDenied):
        templates.save_template(s, team.counsellor, "follow_up", "Seguimiento", "x")
    with team.write(team.admin) as s:
        templates.save_template(s, team.admin, "follow_up", "Seguimiento breve", "Hoy:\n")
        templates.save_template(s, team.admin, "crisis_intervention", "Crisis", "x",
                                active=False)
        templates.save_intervention(s, team.admin, "art_therapy", "Arte terapia")
        templates.save_intervention(s, team.admin, "relaxation", "Relajación", active=False)
    with team.read() as s:
        listed = templates.list_templates(s, team.counsellor)
        codes = {i.code for i in templates.list_interventions(s, team.counsellor)}
    assert [(t.code, t.name) for t in listed] == [("first_interview", "Primera entrevista"),
                                                   ("follow_up", "Seguimiento breve")]
    assert "art_therapy" in codes and "relaxation" not in codes
    assert len(team.audits("note_template_saved")) == 2


def test_case_view_timeline_risk_and_tasks(team):
    for i, level in enumerate(("severo", "moderado")):
        with team.write(team.counsellor) as s:
            note = svc.create_draft(s, team.counsellor, individual(
                team.rosa, starts_at=NOW - dt.timedelta(days=14 - 7 * i),
                people=(AttendanceInput(team.rosa, risk_level=level),)), now=NOW)
            svc.sign(s, team.counsellor, note.id, now=NOW)
    with team.write(team.counsellor) as s:
        tasks.add_task(s, team.counsellor, "Llamar", dt.date(2026, 12, 1), person_id=team.rosa,
                       today=dt.date(2026, 11, 28))
    with team.read() as s:
        view = case.case_view(s, team.staff, team.rosa)
    assert len(view.timeline) == 2 and view.timeline[0].starts_at > view.timeline[1].starts_at
    assert [p.level for p in view.risk] == ["severo", "moderado"]
    assert view.current_risk == "moderado" and all(p.from_session for p in view.risk)
    assert view.open_tasks == ()  # staff: only tasks assigned to her
    with team.read() as s:
        assert len(case.case_view(s, team.counsellor, team.rosa).open_tasks) == 1


def _signed_for_rosa(team):
    with team.write(team.counsellor) as s:
        note = svc.create_draft(s, team.counsellor, individual(team.rosa), now=NOW)
        svc.sign(s, team.counsellor, note.id, now=NOW)
        svc.add_addendum(s, team.counsellor, note.id, "Se corrige la fecha.")
    return note


def test_summary_pdf_needs_consent_and_a_counsellor(team, tmp_path):
    _signed_for_rosa(team)
    out = tmp_path / "resumen.pdf"
    with team.write(team.counsellor) as s, pytest.raises(consent.ConsentMissing):
        write_session_summary_pdf(s, team.counsellor, team.rosa, out, institution="cem")
    assert not out.exists()
    with team.write(team.staff) as s, pytest.raises(PermissionDenied):
        write_session_summary_pdf(s, team.staff, team.rosa, out, purpose="own")
    with team.write(team.counsellor) as s:
        consent.record_consent(s, team.counsellor, team.rosa, "share_institutions", True,
                               institutions=["cem"])
    with team.write(team.counsellor) as s:
        res = write_session_summary_pdf(s, team.counsellor, team.rosa, out, institution="cem")
    assert res.allowed_by == "consent" and res.sessions == 1
    assert out.read_bytes().startswith(b"%PDF")
    with team.write(team.counsellor) as s:
        own = write_session_summary_pdf(s, team.counsellor, team.rosa, tmp_path / "own.pdf",
                                        purpose="own", lang="en")
    assert own.allowed_by == "own"
    entries = team.audits("session_summary_pdf")
    assert len(entries) == 2 and entries[0].target == team.rosa


def test_summary_pdf_of_a_group_leaves_out_the_shared_note(team, tmp_path):
    from clinic_desk.core.reports import session_summary as rep

    _g, inp = _group_session(team, present={team.rosa, team.maria})
    with team.write(team.counsellor) as s:
        note = svc.create_draft(s, team.counsellor, inp, now=NOW)
        svc.sign(s, team.counsellor, note.id, now=NOW)
    seen = {}
    real = rep.render

    def spy(*args, **kw):
        seen["notes"] = args[2]
        return real(*args, **kw)

    rep.render = spy
    try:
        with team.write(team.counsellor) as s:
            rep.write_session_summary_pdf(s, team.counsellor, team.rosa, tmp_path / "g.pdf",
                                          purpose="own")
    finally:
        rep.render = real
    assert len(seen["notes"]) == 1
    data = (tmp_path / "g.pdf").read_bytes()
    assert b"expareja" not in data  # reportlab compresses; checked on the story instead
    story_text = repr([a.note for a in seen["notes"][0].attendance])
    assert "Habló de su hija." in story_text


def test_demo_fill(team):
    from clinic_desk.core.sessions import demo

    report = demo.fill(team.ws, per_person=3, today=dt.date(2026, 11, 28))
    assert report.sessions >= 3 and report.activities == 8
    with team.read() as s:
        rows = list(s.scalars(select(CounsellingSession).where(
            CounsellingSession.status == "signed")))
        assert rows and all(svc.verify_signature(s, r.id) for r in rows[:20])


def test_demo_is_registered():
    from clinic_desk.core import demo as core_demo
    from clinic_desk.core.sessions import demo

    assert demo._demo_filler in core_demo.DEMO_FILLERS
