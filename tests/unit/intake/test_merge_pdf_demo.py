"""Merging two records, the person file PDF, and the demo data generator."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from clinic_desk.core.db.base import ChangeLog
from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.intake import consent, merge, people, referrals, risk, search, services_log
from clinic_desk.core.intake.consent import ConsentMissing
from clinic_desk.core.intake.models import Person, PersonMerge
from clinic_desk.core.intake.people import MemberInput
from clinic_desk.core.reports.person_file import write_person_file_pdf
from tests.unit.intake.conftest import TODAY, child, woman


def _two_records(team):
    with team.write(team.staff) as s:
        hh = people.register_household(s, team.staff, woman(phone=None), [MemberInput(child())],
                                       today=TODAY)
        keep = hh.head.person_id
        other = people.register_person(s, team.staff, woman(
            given_names="Rosa", second_surname="Mamany", doc_type="none", doc_number=None,
            phone="912 111 222", staff_notes="Vino en 2024"), today=TODAY).id
        consent.record_consent(s, team.staff, other, "services", True)
        risk.assess_risk(s, team.staff, other, "severo", ["physical"])
        risk.add_emergency_contact(s, team.staff, other, "Pedro", "expareja", never_contact=True)
        referrals.add_referral(s, team.staff, other, "in", "cem", "Derivada", today=TODAY)
        services_log.log_service(s, team.staff, other, "transport", today=TODAY)
        risk.save_safety_plan(s, team.staff, other, "Plan")
        risk.record_screening(s, team.staff, other, "AUDIT-C", 2)
    return keep, other


def test_merge_moves_everything_and_is_recorded(team):
    keep, other = _two_records(team)
    with team.write(team.staff) as s, pytest.raises(PermissionDenied):
        merge.merge_people(s, team.staff, keep, other, "misma persona")
    with team.write(team.admin) as s, pytest.raises(InvalidInput) as err:
        merge.merge_people(s, team.admin, keep, other, "")
    assert err.value.field == "reason"
    log_before = team.counts()["change_log"]
    with team.write(team.admin) as s:
        result = merge.merge_people(s, team.admin, keep, other, "Misma DNI en papel")
    assert result.moved["consents"] == 1 and result.moved["risk_assessments"] == 1
    assert result.moved["referrals"] == result.moved["services_given"] == 1
    assert result.moved["emergency_contacts"] == result.moved["safety_plans"] == 1
    assert "phone" in result.filled
    assert team.counts()["change_log"] - log_before >= 9
    with team.write(team.counsellor) as s:
        f = people.get_person_file(s, team.counsellor, other)  # old id opens the kept record
        assert f.person.id == keep
        assert f.risk.level == "severo" and len(f.referrals) == 1 and len(f.services) == 1
        assert f.never_contact[0].name == "Pedro" and f.consents["services"].granted
        assert f.person.phone == "912111222" and "Vino en 2024" in f.person.staff_notes
        assert f.household is not None and len(f.household.members) == 2
        assert [m.merged_id for m in f.merges] == [other]
        gone = s.get(Person, other)
        assert gone.deleted and gone.merged_into == keep
        snap = json.loads(s.scalar(select(PersonMerge.snapshot)))
        assert snap["person"]["second_surname"] == "Mamany"
        assert [h.id for h in search.search_people(s, team.staff, "rosa quispe")] == [keep]
    [entry] = team.audits("person_merged")
    assert entry.target == keep and other in entry.detail
    with team.write(team.admin) as s, pytest.raises(InvalidInput):
        merge.merge_people(s, team.admin, keep, other, "otra vez")  # already merged


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def full_person(team):
    with team.write(team.staff) as s:
        hh = people.register_household(s, team.staff, woman(
            staff_notes="Secreto del equipo", sexual_orientation="lesbian",
            gender_identity="woman"), [MemberInput(child())], today=TODAY)
        pid = hh.head.person_id
        risk.assess_risk(s, team.staff, pid, "severo", ["physical", "sexual"])
        risk.record_screening(s, team.staff, pid, "ASSIST-Instrumento", 7)
        risk.save_safety_plan(s, team.staff, pid, "Ruta de escape por el mercado")
        risk.add_emergency_contact(s, team.staff, pid, "Hermana Confiable", "hermana",
                                   "955555555")
        risk.add_emergency_contact(s, team.staff, pid, "Pedro Agresor", "expareja",
                                   never_contact=True)
        referrals.add_referral(s, team.staff, pid, "out", "cem", "Evaluación médico legal",
                               institution_name="CEM Ate", today=TODAY)
        referrals.add_referral(s, team.staff, pid, "out", "police", "Denuncia policial",
                               today=TODAY)
    return pid


def test_pdf_with_consent_has_only_what_consent_allows(team, full_person, tmp_path):
    with team.write(team.staff) as s:
        consent.record_consent(s, team.staff, full_person, "share_institutions", True, ["cem"])
    out = tmp_path / "ficha.pdf"
    with team.write(team.staff) as s:
        res = write_person_file_pdf(s, team.staff, full_person, out, "cem", today=TODAY)
    assert res.allowed_by == "consent" and res.pages == 1
    assert out.stat().st_mode & 0o077 == 0
    body = _pdftotext(out)
    for shown in ("Rosa Quispe Mamani", "45678912", "SEVERO", "física", "CEM Ate",
                  "Evaluación médico legal", "Pedro Agresor", "NO CONTACTAR",
                  "CONFIDENCIAL", "Página 1 de 1", "Casa Refugio Esperanza", "hijo/a: 11"):
        assert shown in body, shown
    for withheld in ("Secreto del equipo", "lesbian", "Lesbiana", "ASSIST", "Ruta de escape",
                     "Hermana Confiable", "Denuncia policial", "Killa"):
        assert withheld not in body, withheld
    [entry] = team.audits("person_file_pdf")
    assert entry.target == full_person and "cem" in entry.detail
    assert team.audits("consent_override") == []


def test_pdf_refused_without_consent_leaves_nothing(team, full_person, tmp_path):
    with team.write(team.staff) as s:
        consent.record_consent(s, team.staff, full_person, "share_institutions", True,
                               ["demuna"])
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ConsentMissing), team.write(team.staff) as s:
        write_person_file_pdf(s, team.staff, full_person, folder / "ficha.pdf", "cem")
    assert list(folder.iterdir()) == []
    assert team.audits("person_file_pdf") == []


def test_pdf_admin_override_is_audited_and_printed(team, full_person, tmp_path):
    out = tmp_path / "ficha.pdf"
    with team.write(team.admin) as s:
        res = write_person_file_pdf(s, team.admin, full_person, out, "police",
                                    override_reason="Flagrancia, riesgo de muerte",
                                    lang="en", today=TODAY)
    assert res.allowed_by == "override"
    body = _pdftotext(out)
    assert "WITHOUT her consent" in body and "Flagrancia" in body
    assert "Denuncia policial" in body and "Evaluación médico legal" not in body
    assert "Page 1 of 1" in body
    assert len(team.audits("consent_override")) == 1
    assert len(team.audits("person_file_pdf")) == 1


def test_promoter_cannot_make_a_pdf(team, full_person, tmp_path):
    with pytest.raises(PermissionDenied), team.write(team.promoter) as s:
        write_person_file_pdf(s, team.promoter, full_person, tmp_path / "x.pdf", "cem")


def test_demo_fill_goes_through_stamping_change_log_and_search(team):
    from clinic_desk.core import demo as core_demo
    from clinic_desk.core.intake import demo

    assert demo._demo_filler in core_demo.DEMO_FILLERS
    before = team.counts()
    report = demo.fill(team.ws, people=150, seed=3, today=TODAY)
    after = team.counts()
    assert report.people >= 150 and after["people"] - before["people"] == report.people
    assert after["change_log"] - before["change_log"] == report.rows
    assert after["households"] > 0 and after["consents"] > 0 and after["referrals"] > 0
    with team.read() as s:
        assert s.scalar(text("SELECT count(*) FROM person_fts")) == after["people"]
        assert s.scalar(select(func.count()).select_from(Person).where(
            Person.origin_site == team.ws.site.id, Person.version > 0)) == after["people"]
        assert s.scalar(select(func.count(func.distinct(ChangeLog.table_name)))) >= 8
        name = s.scalar(select(Person.given_names).limit(1))
        assert search.search_people(s, team.staff, name.split()[0])
    assert demo.fill(team.ws, people=150, seed=3, today=TODAY).rows == report.rows  # seeded
