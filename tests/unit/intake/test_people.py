"""Registration, households, opening a file (audited) and permissions by role."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from clinic_desk.core.db.base import ChangeLog
from clinic_desk.core.errors import ClinicDeskError, InvalidInput, PermissionDenied
from clinic_desk.core.intake import consent, people, referrals, risk, search, services_log
from clinic_desk.core.intake.people import MemberInput
from tests.unit.intake.conftest import TODAY, child, woman


def test_register_household_in_one_transaction(team):
    before = team.counts()
    with team.write(team.staff) as s:
        hh = people.register_household(s, team.staff, woman(), [
            MemberInput(child()),
            MemberInput(child(given_names="Inti", sex="male", birth_date=dt.date(2019, 8, 8))),
        ], today=TODAY)
    after = team.counts()
    assert after["people"] - before["people"] == 3
    assert after["households"] - before["households"] == 1
    assert after["household_members"] - before["household_members"] == 3
    assert after["change_log"] - before["change_log"] == 7  # every row logged
    assert [m.relationship for m in hh.members] == ["head", "child", "child"]
    assert hh.head.full_name == "Rosa Quispe Mamani"
    assert [m.age for m in hh.members] == [36, 11, 7]
    assert hh.label == "Quispe Mamani"


def test_child_arriving_later_joins_the_household(team):
    with team.write(team.staff) as s:
        hh = people.register_household(s, team.staff, woman(), [], today=TODAY)
        people.add_household_member(s, team.staff, hh.id, MemberInput(child()), today=TODAY)
        other = people.register_person(s, team.staff, child(given_names="Sisa"), today=TODAY)
        info = people.link_household_member(s, team.staff, hh.id, other.id, "child")
    assert len(info.members) == 3
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        people.link_household_member(s, team.staff, hh.id, other.id, "child")
    assert err.value.field == "person_id"
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        people.add_household_member(s, team.staff, hh.id,
                                    MemberInput(child(birth_date=dt.date(1980, 1, 1))),
                                    today=TODAY)
    assert err.value.field == "birth_date"
    with team.write(team.staff) as s:
        people.remove_household_member(s, team.staff, info.members[-1].membership_id)
        assert len(people.household_of(s, team.staff, hh.head.person_id).members) == 2


def test_every_open_of_a_file_is_audited(team):
    with team.write(team.staff) as s:
        pid = people.register_person(s, team.staff, woman(), today=TODAY).id
    for _ in range(2):
        with team.write(team.counsellor) as s:
            f = people.get_person_file(s, team.counsellor, pid, today=TODAY)
            assert f.person.full_name == "Rosa Quispe Mamani"
    opened = team.audits("person_opened")
    assert [(e.target, e.actor_name) for e in opened] == [(pid, "psicologa")] * 2


def test_opening_a_file_needs_a_write_session(team):
    with team.write(team.staff) as s:
        pid = people.register_person(s, team.staff, woman(), today=TODAY).id
    with pytest.raises(ClinicDeskError), team.read() as s:
        people.get_person_file(s, team.staff, pid)


def test_full_file_contents(team):
    with team.write(team.staff) as s:
        hh = people.register_household(s, team.staff, woman(staff_notes="Nota interna"),
                                       [MemberInput(child())], today=TODAY)
        pid = hh.head.person_id
        consent.record_consent(s, team.staff, pid, "services", True)
        risk.assess_risk(s, team.staff, pid, "moderado", ["physical"])
        risk.add_emergency_contact(s, team.staff, pid, "Pedro Agresor", "expareja",
                                   "912345678", never_contact=True)
        risk.add_emergency_contact(s, team.staff, pid, "Ana Hermana", "hermana", None)
        referrals.add_referral(s, team.staff, pid, "in", "police", "Denuncia", today=TODAY)
        services_log.log_service(s, team.staff, pid, "food_basket", today=TODAY)
        risk.save_safety_plan(s, team.staff, pid, "Plan", [{"item": "Bolso", "done": True}])
        risk.record_screening(s, team.staff, pid, "AUDIT-C", 3, {"q1": 1})
        f = people.get_person_file(s, team.staff, pid, today=TODAY)
    assert f.person.staff_notes == "Nota interna"
    assert f.person.languages == ("es", "qu") and f.person.phone == "987654321"
    assert f.household is not None and len(f.household.members) == 2
    assert f.consents["services"].granted and f.consents["statistics"] is None
    assert f.risk.level == "moderado"
    assert [c.name for c in f.never_contact] == ["Pedro Agresor"]
    assert f.contacts[0].never_contact  # the aggressor is listed first
    assert len(f.referrals) == len(f.services) == len(f.screenings) == 1
    assert f.safety_plan.checklist[0].done


def test_roles(team):
    with team.write(team.counsellor) as s:  # counsellors register too
        pid = people.register_person(s, team.counsellor, woman(), today=TODAY).id
    with team.write(team.promoter) as s:
        with pytest.raises(PermissionDenied):
            people.register_person(s, team.promoter, woman(doc_number="11111111"))
        with pytest.raises(PermissionDenied):
            people.get_person_file(s, team.promoter, pid)
        with pytest.raises(PermissionDenied):
            consent.current_consents(s, team.promoter, pid)
        with pytest.raises(PermissionDenied):
            risk.risk_history(s, team.promoter, pid)
        look = people.lookup_person(s, team.promoter, pid, today=TODAY)
        assert (look.full_name, look.doc_number, look.age) == ("Rosa Quispe Mamani",
                                                               "45678912", 36)
        assert not hasattr(look, "phone")
        hits = search.search_people(s, team.promoter, "rosa")
        assert hits and hits[0].phone is None and hits[0].sector is None
    with team.write(team.admin) as s:  # administrators read and merge, they do not register
        with pytest.raises(PermissionDenied):
            people.register_person(s, team.admin, woman(doc_number="22222222"))
        people.get_person_file(s, team.admin, pid)


def test_update_person_logs_the_change(team):
    with team.write(team.staff) as s:
        pid = people.register_person(s, team.staff, woman(), today=TODAY).id
    with team.write(team.staff) as s:
        info = people.update_person(s, team.staff, pid, woman(phone="912 000 111"),
                                    today=TODAY)
    assert info.phone == "912000111"
    with team.read() as s:
        ops = s.scalars(select(ChangeLog.op).where(ChangeLog.row_id == pid)
                        .order_by(ChangeLog.seq)).all()
    assert ops == ["insert", "update"]


def test_unknown_person(team):
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        people.get_person_file(s, team.staff, "no-such-id")
    assert err.value.field == "person_id"
