"""Admission, transfer and discharge: every rule, with nothing saved on bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.shelter import board, common, holds, setup, stays
from clinic_desk.core.shelter.models import BedAssignment, Stay
from clinic_desk.core.shelter.stays import Placement
from tests.unit.shelter.conftest import days_ago, set_clock


def _admit_family(sh, fam, when=None, beds=("G1", "G2", "G3c")):
    with sh.write() as s:
        return stays.admit(
            s, sh.staff,
            [Placement(fam["rosa"], sh.beds[beds[0]]), Placement(fam["killa"], sh.beds[beds[1]]),
             Placement(fam["inti"], sh.beds[beds[2]])],
            admitted_at=when or days_ago(3), referral_source="cem", expected_nights=30)


def test_admit_a_woman_and_her_children_in_one_action(shelter, family):
    adm = _admit_family(shelter, family)
    assert [s.full_name.split()[0] for s in adm.stays] == ["Rosa", "Killa", "Inti"]
    assert {s.admission_id for s in adm.stays} == {adm.admission_id}
    assert adm.stays[0].is_head and not adm.stays[1].is_head
    assert adm.stays[0].admitted_on == common.today() - dt.timedelta(days=3)
    with shelter.read() as s:
        b = board.board(s, shelter.staff)
    rosa = b.bed(shelter.beds["G1"]).occupant
    assert rosa.name.startswith("Rosa") and rosa.night_number == 4
    assert sorted(n.split()[0] for n in rosa.children) == ["Inti", "Killa"]
    inti = b.bed(shelter.beds["G3c"]).occupant
    assert inti.with_name.startswith("Rosa") and inti.children == ()
    assert b.counts == {"occupied": 3, "free": 2, "held": 0, "out_of_service": 0}
    entry = shelter.audits("shelter_admitted")[0]
    assert entry.target == adm.admission_id
    assert "Rosa" not in entry.detail and json.loads(entry.detail)["people"] == 3


def test_roles(shelter, family):
    with pytest.raises(PermissionDenied), shelter.write(shelter.admin) as s:
        stays.admit(s, shelter.admin, [Placement(family["carmen"], shelter.beds["R1"])])
    with pytest.raises(PermissionDenied), shelter.write() as s:
        setup.create_room(s, shelter.staff, "Nueva")
    with shelter.read() as s:  # both read the board
        assert board.board(s, shelter.admin).total == 5


def _refused(sh, fn, match):
    before = sh.counts()
    with pytest.raises(InvalidInput, match=match), sh.write() as s:
        fn(s)
    assert sh.counts() == before


def test_an_occupied_bed_is_refused(shelter, family):
    _admit_family(shelter, family)
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["carmen"], shelter.beds["G2"])],
        admitted_at=days_ago(1, 9)), "G2 is occupied")
    # a backdated admission that runs into a later stay on that bed is refused too
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["carmen"], shelter.beds["G1"])],
        admitted_at=days_ago(10)), "G1 is occupied")


def test_a_person_already_staying_is_refused(shelter, family):
    _admit_family(shelter, family)
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["rosa"], shelter.beds["R1"])]),
        "already staying")


def test_household_member_check_and_duplicates(shelter, family):
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["rosa"], shelter.beds["G1"]),
                           Placement(family["carmen"], shelter.beds["G2"])]),
        "not in .* household")
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["rosa"], shelter.beds["G1"]),
                           Placement(family["killa"], shelter.beds["G1"])]),
        "chosen twice")


def test_out_of_service_bed_is_refused(shelter, family):
    with shelter.write(shelter.admin) as s:
        setup.set_out_of_service(s, shelter.admin, shelter.beds["R2"], "Colchón roto")
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["carmen"], shelter.beds["R2"])]),
        "out of service: Colchón roto")
    with shelter.read() as s:
        b = board.board(s, shelter.staff)
        assert b.bed(shelter.beds["R2"]).state == "out_of_service"
        # yesterday it was still in service
        assert board.board(s, shelter.staff, common.today() - dt.timedelta(days=1)) \
            .bed(shelter.beds["R2"]).state == "free"


def test_future_admission_and_bad_choices(shelter, family):
    tomorrow = common.local_now() + dt.timedelta(days=1)
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["carmen"], shelter.beds["R1"])],
        admitted_at=tomorrow), "cannot be in the future")
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["carmen"], shelter.beds["R1"])],
        referral_source="aliens"), "referred her")
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["carmen"], shelter.beds["R1"])],
        expected_nights=0), "expected stay")


def test_discharge_rules(shelter, family):
    adm = _admit_family(shelter, family)
    rosa = adm.stays[0].id
    _refused(shelter, lambda s: stays.discharge(
        s, shelter.staff, rosa, "own_home", discharged_at=days_ago(5)),
        "before the admission")
    _refused(shelter, lambda s: stays.discharge(
        s, shelter.staff, rosa, "own_home",
        discharged_at=common.local_now() + dt.timedelta(days=2)), "in the future")
    _refused(shelter, lambda s: stays.discharge(s, shelter.staff, rosa, "vacation"),
             "reason for the discharge")
    _refused(shelter, lambda s: stays.discharge(s, shelter.staff, rosa, "other_institution"),
             "which institution")
    with shelter.write() as s:
        out = stays.discharge_many(s, shelter.staff, [x.id for x in adm.stays],
                                   "other_institution", discharged_at=days_ago(1, 9),
                                   destination="Hogar de refugio temporal de Ate")
    assert all(not x.active for x in out)
    assert out[0].nights(common.today()) == 2
    _refused(shelter, lambda s: stays.discharge(s, shelter.staff, rosa, "own_home"),
             "no longer staying")
    with shelter.read() as s:
        assert board.board(s, shelter.staff).counts["occupied"] == 0
        assert board.board(s, shelter.staff, common.today() - dt.timedelta(days=1)) \
            .counts["occupied"] == 0
        assert board.board(s, shelter.staff, common.today() - dt.timedelta(days=2)) \
            .counts["occupied"] == 3
    assert len(shelter.audits("shelter_discharged")) == 3
    # she may come back later: a new stay that does not overlap
    with shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["rosa"], shelter.beds["R1"])])


def test_transfer(shelter, family):
    adm = _admit_family(shelter, family)
    killa = adm.stays[1].id
    today = common.today()
    _refused(shelter, lambda s: stays.transfer(s, shelter.staff, killa, shelter.beds["G1"]),
             "G1 is occupied")
    _refused(shelter, lambda s: stays.transfer(
        s, shelter.staff, killa, shelter.beds["R1"], on=today - dt.timedelta(days=9)),
        "before she took")
    with shelter.write() as s:
        moved = stays.transfer(s, shelter.staff, killa, shelter.beds["R1"],
                               on=today - dt.timedelta(days=1))
    assert moved.bed_label == "R1"
    with shelter.read() as s:
        assert board.board(s, shelter.staff, today - dt.timedelta(days=2)) \
            .bed(shelter.beds["G2"]).state == "occupied"
        now_board = board.board(s, shelter.staff)
        assert now_board.bed(shelter.beds["G2"]).state == "free"
        assert now_board.bed(shelter.beds["R1"]).occupant.night_number == 4
    # discharge before her last change of bed is refused
    _refused(shelter, lambda s: stays.discharge(
        s, shelter.staff, killa, "own_home", discharged_at=days_ago(2)), "change of bed")
    assert len(shelter.audits("shelter_transferred")) == 1


def test_holds(shelter, family):
    now = common.local_now()
    _refused(shelter, lambda s: holds.hold_bed(
        s, shelter.staff, shelter.beds["R1"], now - dt.timedelta(hours=1),
        expected_name="Señora derivada por el CEM"), "end in the future")
    with shelter.write() as s:
        h = holds.hold_bed(s, shelter.staff, shelter.beds["R1"], now + dt.timedelta(hours=6),
                           person_id=family["carmen"])
    assert h.name.startswith("Carmen")
    _refused(shelter, lambda s: holds.hold_bed(
        s, shelter.staff, shelter.beds["R1"], now + dt.timedelta(hours=6),
        expected_name="Otra"), "already held")
    # someone else cannot take the held bed
    _refused(shelter, lambda s: stays.admit(
        s, shelter.staff, [Placement(family["rosa"], shelter.beds["R1"])]),
        "held for someone else")
    with shelter.read() as s:
        assert board.board(s, shelter.staff).bed(shelter.beds["R1"]).state == "held"
        assert board.summary(s, shelter.staff).holds_expiring_today in (0, 1)
    # she can, and her hold ends
    with shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["R1"])])
    with shelter.read() as s:
        assert holds.active_holds(s, shelter.staff) == []
    # cancel
    with shelter.write() as s:
        h2 = holds.hold_bed(s, shelter.staff, shelter.beds["R2"], now + dt.timedelta(hours=2),
                            expected_name="Derivación de la comisaría")
        holds.cancel_hold(s, shelter.staff, h2.id)
    with shelter.read() as s:
        assert board.board(s, shelter.staff).bed(shelter.beds["R2"]).state == "free"


def test_an_expired_hold_does_not_block(shelter, family):
    with shelter.write() as s:
        holds.hold_bed(s, shelter.staff, shelter.beds["R1"],
                       common.local_now() + dt.timedelta(hours=1), expected_name="X",
                       now=common.local_now() - dt.timedelta(hours=1))
    with shelter.write() as s:  # an hour has passed
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["R1"])],
                    now=common.local_now() + dt.timedelta(hours=2))


def test_setup_rules(shelter, family):
    with pytest.raises(InvalidInput, match="already a room"), \
            shelter.write(shelter.admin) as s:
        setup.create_room(s, shelter.admin, "girasol")
    with pytest.raises(InvalidInput, match="already has a bed"), \
            shelter.write(shelter.admin) as s:
        setup.create_bed(s, shelter.admin, shelter.rooms["Girasol"], "g1")
    with pytest.raises(InvalidInput, match="crib"), shelter.write(shelter.admin) as s:
        setup.create_bed(s, shelter.admin, shelter.rooms["Girasol"], "G9", "hammock")
    _admit_family(shelter, family)
    with pytest.raises(InvalidInput, match="sleeps in bed G1"), \
            shelter.write(shelter.admin) as s:
        setup.set_out_of_service(s, shelter.admin, shelter.beds["G1"], "Pintura")
    with pytest.raises(InvalidInput, match="sleeps in bed"), \
            shelter.write(shelter.admin) as s:
        setup.retire_room(s, shelter.admin, shelter.rooms["Girasol"])
    with shelter.write(shelter.admin) as s:
        setup.set_out_of_service(s, shelter.admin, shelter.beds["R2"], "Pintura")
        setup.return_to_service(s, shelter.admin, shelter.beds["R2"])
        rooms = setup.list_rooms(s, shelter.admin)
    assert [r.name for r in rooms] == ["Girasol", "Retama"]
    assert [b.kind for b in rooms[0].beds] == ["bed", "bed", "crib"]
    assert all(b.in_service for r in rooms for b in r.beds)


def test_changes_travel(shelter, family):
    adm = _admit_family(shelter, family)
    from clinic_desk.core.db.base import ChangeLog

    with shelter.read() as s:
        tables = set(s.scalars(select(ChangeLog.table_name).where(
            ChangeLog.row_id.in_([x.id for x in adm.stays]))))
        assigned = s.scalars(select(BedAssignment)).all()
        assert all(a.origin_site == shelter.ws.site.id for a in assigned)
        assert s.get(Stay, adm.admission_id).version > 0
    assert tables == {"shelter_stays"}


def test_a_bed_held_in_the_morning_shows_held_tonight(shelter, monkeypatch):
    """At 07:00 the night's window (from noon) has not opened yet; a bed held now for
    four hours is held now, so tonight's board says so."""
    set_clock(monkeypatch, dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC))  # 07:00 Lima
    now = common.local_now()
    with shelter.write() as s:
        holds.hold_bed(s, shelter.staff, shelter.beds["R1"], now + dt.timedelta(hours=4),
                       expected_name="Señora derivada por el CEM")
    with shelter.read() as s:
        assert common.today() == dt.date(2026, 3, 10)
        assert board.board(s, shelter.staff).bed(shelter.beds["R1"]).state == "held"
        # last night's window runs to noon: it shows the hold as well
        yesterday = board.board(s, shelter.staff, dt.date(2026, 3, 9))
        assert yesterday.bed(shelter.beds["R1"]).state == "held"  # in force then too
