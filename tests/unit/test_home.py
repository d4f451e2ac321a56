"""The home summary by role: only what each role may see; absent is None, not zero."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from clinic_desk.core import home
from clinic_desk.core.exchange import backup
from clinic_desk.core.exchange.export import write_state
from tests.home_site import PERSON_NAME, Site, build_site


@pytest.fixture
def site(workspace) -> Site:
    return build_site(workspace)


def summary(site: Site, actor, now: dt.datetime | None = None) -> home.HomeSummary:
    return home.home_summary(site.ws, actor, site.today, now or site.now)


def _text_of(sm: home.HomeSummary) -> str:
    return repr(dataclasses.asdict(sm))


def test_promoter_has_no_shelter_sessions_or_people_data(site):
    sm = summary(site, site.promoter)
    assert sm.shelter is None
    assert sm.sessions is None
    assert sm.backup is None and sm.export is None
    assert {i.section for i in sm.items} == {"stock"}
    assert [i.kind for i in sm.items] == ["low_stock", "expiring"]
    # her assigned botiquín only: b1 has one out of stock and one low; b2's is not hers
    assert sm.stock == home.StockFigures(locations=1, low_stock=2, out_of_stock=1,
                                         expiring=1, expired=0)
    assert "Rosa" not in _text_of(sm) and "Quispe" not in _text_of(sm)
    low = next(i for i in sm.items if i.kind == "low_stock")
    assert low.level == home.URGENT and low.tab == "stock"


def test_counsellor_sees_her_appointments_with_names_and_never_notes(site):
    sm = summary(site, site.counsellor)
    se = sm.sessions
    assert se is not None and se.mine
    assert se.appointments_today == 1 and se.missed == 1
    assert se.overdue_tasks == 1 and se.tasks_due_today == 0
    assert [a.who for a in se.today] == [PERSON_NAME]
    assert se.today[0].kind == "individual" and not se.today[0].missed
    assert [a.kind for a in se.missed_lines] == ["family"]
    assert sm.shelter is not None  # counsellors read the bed board
    assert sm.stock is None and sm.backup is None
    assert "DEMUNA" not in _text_of(sm)  # a task's text never reaches the home screen
    appointments = next(i for i in sm.items if i.kind == "appointments")
    assert appointments.section == "sessions" and appointments.tab == "agenda"
    assert appointments.detail["next"].who == PERSON_NAME
    assert next(i for i in sm.items if i.kind == "follow_ups").level == home.ATTENTION


def test_staff_sees_beds_and_counts_only(site):
    sm = summary(site, site.staff)
    assert sm.shelter == home.ShelterFigures(free_tonight=2, occupied_tonight=0,
                                             holds_expiring_today=0, waiting=1)
    beds = next(i for i in sm.items if i.kind == "free_beds")
    assert beds.section == "shelter" and beds.count == 2
    assert beds.level == home.ATTENTION  # a woman waits while beds are free
    se = sm.sessions
    assert se is not None and not se.mine
    assert se.appointments_today == 1 and se.missed == 1
    assert se.today is None and se.missed_lines is None  # counts, no lines
    assert se.overdue_tasks == 0  # the overdue task is the counsellor's
    assert sm.stock is None and sm.backup is None and sm.export is None
    assert PERSON_NAME not in _text_of(sm)


def test_admin_sees_backup_age_and_all_botiquines(site):
    sm = summary(site, site.admin)
    assert sm.backup == home.AgeFigure(None, None, True, 7)  # never: due
    backup_item = next(i for i in sm.items if i.kind == "backup")
    assert backup_item.count is None and backup_item.level == home.URGENT
    assert backup_item.section == "exchange"
    assert sm.export is not None and not sm.export.available and not sm.export.due
    assert sm.stock.locations == 3 and sm.stock.out_of_stock == 2  # b1 and b2
    assert sm.shelter is not None and sm.sessions is not None
    assert sm.sessions.today is None  # admins have no NOTES_READ

    backup.backup_to(site.ws)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    sm = home.home_summary(site.ws, site.admin, now=later)
    assert sm.backup.days == 3 and not sm.backup.due
    sm = home.home_summary(site.ws, site.admin, now=later + dt.timedelta(days=5))
    assert sm.backup.days == 8 and sm.backup.due
    assert next(i for i in sm.items if i.kind == "backup").level == home.ATTENTION


def test_backup_reminder_setting_and_export_age(site):
    site.ws.set_setting("backup_reminder_days", 30)
    with site.ws.db.write(site.admin.user_id) as s:
        write_state(s, backup.STATE_KEY, {"at": "2026-01-01T10:00:00Z", "file": "x"})
        write_state(s, "export.central", {"at": "2026-01-11T10:00:00Z", "file": "y"})
    now = dt.datetime(2026, 1, 21, 12, 0, tzinfo=dt.UTC)
    with site.ws.db.read() as s:  # a session works as well as a workspace
        sm = home.home_summary(s, site.admin, dt.date(2026, 1, 21), now)
    assert sm.backup.days == 20 and not sm.backup.due and sm.backup.reminder_days == 30
    assert sm.export.days == 10 and not sm.export.available  # no central key imported


def test_nobody_logged_in_gets_an_empty_summary(site):
    sm = home.home_summary(site.ws, None, site.today, site.now)
    assert sm.items == () and sm.shelter is None and sm.pending == 0


def test_fresh_install_says_what_is_not_set_up_yet(workspace):
    sm = home.home_summary(workspace, workspace.actor)
    assert sm.shelter is not None and not sm.shelter.set_up and sm.shelter.free_tonight == 0
    assert sm.stock.locations == 0 and sm.stock.all_locations
    by_kind = {i.kind: i for i in sm.items}
    assert by_kind["low_stock"].level == home.INFO and by_kind["expiring"].level == home.INFO
    assert by_kind["backup"].level == home.URGENT  # never backed up
    assert sm.pending == 1
