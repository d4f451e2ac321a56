"""The database itself enforces one occupant per bed per night, one bed per person per
night and one active stay per person — also when two connections race."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import people
from clinic_desk.core.shelter import board, common, stays
from clinic_desk.core.shelter.models import BedAssignment, Stay
from clinic_desk.core.shelter.stays import Placement
from tests.unit.shelter.conftest import days_ago, woman

DAY = dt.timedelta(days=1)


def _row(site: str, **kw) -> dict:
    now = dt.datetime.now(dt.UTC)
    base = dict(origin_site=site, created_at=now, updated_at=now, version=1, deleted=False)
    base.update(kw)
    return base


def _raw_stay(s, site, person, sid, start, end=None):
    at = common.at_local(start, 20)
    s.execute(insert(Stay).values(_row(
        site, id=sid, person_id=person, admission_id=sid, is_head=True, admitted_at=at,
        admitted_on=start, referral_source="self",
        discharged_on=end, discharged_at=common.at_local(end, 9) if end else None,
        discharge_reason="own_home" if end else None)))


def _raw_assign(s, site, aid, stay, bed, person, start, end=None):
    s.execute(insert(BedAssignment).values(_row(
        site, id=aid, stay_id=stay, bed_id=bed, person_id=person, start_on=start,
        end_on=end)))


def test_triggers_refuse_overlaps_whoever_writes(shelter, family):
    site = shelter.ws.site.id
    today = common.today()
    g1 = shelter.beds["G1"]
    with shelter.ws.db.engine.begin() as c:
        _raw_stay(c, site, family["rosa"], "s-rosa", today - 10 * DAY, today - 5 * DAY)
        _raw_assign(c, site, "a1", "s-rosa", g1, family["rosa"], today - 10 * DAY,
                    today - 5 * DAY)
        _raw_stay(c, site, family["carmen"], "s-carmen", today - 5 * DAY)
        # the night she left, the bed is free again: [-10,-5) then [-5, open)
        _raw_assign(c, site, "a2", "s-carmen", g1, family["carmen"], today - 5 * DAY)

    cases = [
        # a second open assignment on the bed
        lambda c: _raw_assign(c, site, "x", "s-rosa", g1, family["rosa"], today),
        # a closed interval inside Rosa's
        lambda c: _raw_assign(c, site, "x", "s-rosa", g1, family["killa"], today - 8 * DAY,
                              today - 7 * DAY),
        # Carmen in a second bed on a night she already has one
        lambda c: _raw_assign(c, site, "x", "s-carmen", shelter.beds["R1"], family["carmen"],
                              today - 2 * DAY, today - DAY),
        # Carmen's second stay while the first is open
        lambda c: _raw_stay(c, site, family["carmen"], "s2", today - 1 * DAY, today),
        # moving Rosa's finished interval so it overlaps Carmen's
        lambda c: c.execute(update(BedAssignment).where(BedAssignment.id == "a1")
                            .values(end_on=today - 4 * DAY)),
        # bringing back (un-deleting) is checked too
        lambda c: c.execute(update(BedAssignment).where(BedAssignment.id == "a1")
                            .values(start_on=today - 3 * DAY, end_on=None)),
    ]
    for case in cases:
        with pytest.raises(IntegrityError), shelter.ws.db.engine.begin() as c:
            case(c)
    # empty intervals (moved the same day) occupy no night; adjacent ones are fine
    with shelter.ws.db.engine.begin() as c:
        _raw_assign(c, site, "ok1", "s-rosa", g1, family["killa"], today - 7 * DAY,
                    today - 7 * DAY)
        _raw_stay(c, site, family["killa"], "s-killa", today - 20 * DAY, today - 10 * DAY)
        _raw_assign(c, site, "ok2", "s-killa", g1, family["killa"], today - 20 * DAY,
                    today - 10 * DAY)


def _without_prechecks(monkeypatch):
    """Let the service write without its own checks: only the database stands guard."""
    monkeypatch.setattr(stays, "check_bed_usable", lambda *a, **k: None)
    monkeypatch.setattr(stays, "staying_from", lambda *a, **k: None)


def test_service_turns_a_database_refusal_into_a_clear_message(shelter, family,
                                                                 monkeypatch):
    with shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["rosa"], shelter.beds["G1"])],
                    admitted_at=days_ago(2))
    _without_prechecks(monkeypatch)
    before = shelter.counts()
    with pytest.raises(InvalidInput, match="already taken") as err, shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["G1"])],
                    admitted_at=days_ago(1))
    assert err.value.field == "bed_id"
    with pytest.raises(InvalidInput, match="already staying"), shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["rosa"], shelter.beds["R1"])])
    assert shelter.counts() == before  # nothing half-written: no stay without its bed


def _race(shelter, family, bed: str, who: list[str]):
    barrier = threading.Barrier(len(who))
    results: dict[str, object] = {}

    def go(key: str) -> None:
        barrier.wait()
        try:
            with shelter.ws.db.write(shelter.staff.user_id) as s:
                stays.admit(s, shelter.staff, [Placement(family[key], shelter.beds[bed])],
                            admitted_at=days_ago(1), referral_source="police")
            results[key] = "ok"
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            results[key] = exc

    threads = [threading.Thread(target=go, args=(k,)) for k in who]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


@pytest.mark.parametrize("guarded", [True, False], ids=["service-checks", "database-only"])
def test_two_connections_racing_for_one_bed(shelter, family, monkeypatch, guarded):
    if not guarded:
        _without_prechecks(monkeypatch)
    before = shelter.counts()
    results = _race(shelter, family, "R2", ["rosa", "carmen"])
    assert sorted(str(type(v).__name__) if v != "ok" else "ok" for v in results.values()) \
        == ["InvalidInput", "ok"]
    loser = next(v for v in results.values() if v != "ok")
    assert "R2 is occupied" in str(loser) or "already taken" in str(loser)
    with shelter.read() as s:
        assert s.scalar(select(func.count()).select_from(Stay)) == 1
        assert s.scalar(select(func.count()).select_from(BedAssignment)) == 1
        b = board.board(s, shelter.staff, common.today() - DAY)
    assert b.counts["occupied"] == 1
    after = shelter.counts()
    assert after["shelter_stays"] == before["shelter_stays"] + 1


def test_a_stale_screen_cannot_double_book(shelter, family):
    """Two desks: the second looked at the board before the first admitted."""
    with shelter.read() as s:
        seen = board.board(s, shelter.staff)
    assert seen.bed(shelter.beds["G2"]).state == "free"
    with shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["rosa"], shelter.beds["G2"])])
    before = shelter.counts()
    with pytest.raises(InvalidInput, match="G2 is occupied"), shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["G2"])])
    assert shelter.counts() == before


def test_one_open_stay_per_person_even_on_different_beds(shelter, family, monkeypatch):
    _without_prechecks(monkeypatch)
    with shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["G1"])],
                    admitted_at=days_ago(4))
    before = shelter.counts()
    with pytest.raises(InvalidInput, match="already staying"), shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["R1"])],
                    admitted_at=days_ago(9))
    assert shelter.counts() == before


def test_a_merge_moves_her_stays(shelter, family):
    from clinic_desk.core.intake import merge

    with shelter.write() as s:
        dup = people.register_person(s, shelter.staff, woman("Carmen", "Huaman", "Ccori",
                                                             "41234568", 1985))
        stays.admit(s, shelter.staff, [Placement(dup.id, shelter.beds["R1"])],
                    admitted_at=days_ago(2))
    with shelter.write(shelter.admin) as s:
        result = merge.merge_people(s, shelter.admin, family["carmen"], dup.id,
                                    "La misma persona")
    assert result.moved["shelter"] == 2  # her stay and her bed
    with shelter.read() as s:
        assert stays.current_stay(s, shelter.staff, family["carmen"]).bed_label == "R1"


def test_a_merge_with_overlapping_stays_is_refused(shelter, family):
    from clinic_desk.core.intake import merge

    with shelter.write() as s:
        dup = people.register_person(s, shelter.staff, woman("Carmen", "Huaman", "Ccori",
                                                             "41234568", 1985))
        stays.admit(s, shelter.staff, [Placement(dup.id, shelter.beds["R1"])],
                    admitted_at=days_ago(2))
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["R2"])],
                    admitted_at=days_ago(3))
    with pytest.raises(InvalidInput, match="same nights"), shelter.write(shelter.admin) as s:
        merge.merge_people(s, shelter.admin, family["carmen"], dup.id, "La misma persona")
