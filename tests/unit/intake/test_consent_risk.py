"""Consent history, sharing checks with the admin override; risk history."""

from __future__ import annotations

import datetime as dt

import pytest

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import consent, people, risk
from clinic_desk.core.intake.consent import ConsentMissing
from tests.unit.intake.conftest import TODAY, woman

T0 = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def pid(team):
    with team.write(team.staff) as s:
        return people.register_person(s, team.staff, woman(), today=TODAY).id


def test_consent_history_and_withdrawal(team, pid):
    with team.write(team.staff) as s:
        consent.record_consent(s, team.staff, pid, "share_institutions", True, ["cem", "demuna"],
                               at=T0)
        assert consent.can_share(s, pid, "institution", "cem")
        assert not consent.can_share(s, pid, "institution", "police")
        consent.record_consent(s, team.staff, pid, "share_institutions", False,
                               note="Lo pensó mejor", at=T0 + dt.timedelta(days=3))
    with team.read() as s:
        current = consent.current_consents(s, team.counsellor, pid)
        history = consent.consent_history(s, team.counsellor, pid, "share_institutions")
        assert not consent.can_share(s, pid, "institution", "cem")
    assert current["share_institutions"].granted is False
    assert current["services"] is None
    assert [h.granted for h in history] == [False, True]
    assert history[1].institutions == ("cem", "demuna")
    assert history[0].recorded_by == team.staff.user_id and history[0].note == "Lo pensó mejor"
    assert len(team.audits("consent_recorded")) == 2


def test_consent_kinds_are_independent(team, pid):
    with team.write(team.staff) as s:
        consent.record_consent(s, team.staff, pid, "services", True)
        consent.record_consent(s, team.staff, pid, "statistics", True)
        assert consent.can_share(s, pid, "statistics")
        assert not consent.can_share(s, pid, "central")
        consent.record_consent(s, team.staff, pid, "send_to_central", True)
        assert consent.can_share(s, pid, "central")


@pytest.mark.parametrize(("args", "field"), [
    (("share_institutions", True, []), "institutions"),
    (("share_institutions", True, ["embassy"]), "institutions"),
    (("services", True, ["cem"]), "institutions"),
    (("everything", True, []), "kind"),
])
def test_bad_consent(team, pid, args, field):
    before = team.counts()
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        consent.record_consent(s, team.staff, pid, *args)
    assert err.value.field == field
    assert team.counts() == before


def test_sharing_refused_without_consent_and_admin_override_is_audited(team, pid):
    with pytest.raises(ConsentMissing), team.write(team.staff) as s:
        consent.authorize_sharing(s, team.staff, pid, "institution", "cem")
    with pytest.raises(ConsentMissing), team.write(team.staff) as s:  # not an admin
        consent.authorize_sharing(s, team.staff, pid, "institution", "cem", "urgente")
    with pytest.raises(ConsentMissing), team.write(team.admin) as s:  # no reason
        consent.authorize_sharing(s, team.admin, pid, "institution", "cem", "   ")
    assert team.audits("consent_override") == []
    with team.write(team.admin) as s:
        d = consent.authorize_sharing(s, team.admin, pid, "institution", "cem",
                                      "Riesgo severo, fiscalía lo pide hoy")
    assert d.allowed_by == "override"
    [entry] = team.audits("consent_override")
    assert entry.target == pid and entry.actor_name == "admin"
    assert "Riesgo severo" in entry.detail and "cem" in entry.detail


def test_sharing_allowed_with_consent_is_not_an_override(team, pid):
    with team.write(team.staff) as s:
        consent.record_consent(s, team.staff, pid, "share_institutions", True, ["cem"])
        assert consent.authorize_sharing(s, team.staff, pid, "institution",
                                         "cem").allowed_by == "consent"
    assert team.audits("consent_override") == []


def test_risk_history_and_current_level(team, pid):
    with team.write(team.counsellor) as s:
        risk.assess_risk(s, team.counsellor, pid, "leve", ["psychological"], at=T0)
        risk.assess_risk(s, team.counsellor, pid, "severo", ["physical", "sexual"],
                         note="Amenaza de muerte", at=T0 + dt.timedelta(days=10))
        risk.assess_risk(s, team.counsellor, pid, "moderado", ["economic"],
                         at=T0 + dt.timedelta(days=5))  # entered late, older
    with team.read() as s:
        current = risk.current_risk(s, team.staff, pid)
        history = risk.risk_history(s, team.staff, pid)
    assert current.level == "severo" and current.violence_types == ("physical", "sexual")
    assert [h.level for h in history] == ["severo", "moderado", "leve"]
    assert current.assessed_by == team.counsellor.user_id


@pytest.mark.parametrize(("level", "types", "field"), [
    ("alto", [], "level"), ("leve", ["verbal"], "violence_types")])
def test_bad_risk(team, pid, level, types, field):
    before = team.counts()
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        risk.assess_risk(s, team.staff, pid, level, types)
    assert err.value.field == field
    assert team.counts() == before


def test_screening_plan_and_contacts(team, pid):
    with team.write(team.staff) as s:
        with pytest.raises(InvalidInput) as err:
            risk.record_screening(s, team.staff, pid, "", 3)
        assert err.value.field == "instrument"
        with pytest.raises(InvalidInput) as err:
            risk.record_screening(s, team.staff, pid, "AUDIT-C", -1)
        assert err.value.field == "score"
        sc = risk.record_screening(s, team.staff, pid, "AUDIT-C", 5, {"q1": 2, "q2": 3})
        assert sc.answers == {"q1": 2, "q2": 3}
        risk.save_safety_plan(s, team.staff, pid, "v1")
        plan = risk.save_safety_plan(s, team.staff, pid, "v2", [{"item": "Bolso listo"}])
        assert plan.text == "v2" and plan.checklist[0].item == "Bolso listo"
        with pytest.raises(InvalidInput) as err:
            risk.add_emergency_contact(s, team.staff, pid, "Pedro", phone="no sé")
        assert err.value.field == "phone"
        c = risk.add_emergency_contact(s, team.staff, pid, "Pedro", "expareja", "912345678",
                                       never_contact=True)
        risk.update_emergency_contact(s, team.staff, c.id, "Pedro R.", "expareja",
                                      "912345678", never_contact=True)
        risk.remove_emergency_contact(s, team.staff, c.id)
        f = people.get_person_file(s, team.staff, pid)
    assert f.safety_plan.text == "v2" and f.contacts == ()
    assert len(team.audits("never_contact_flagged")) == 1
