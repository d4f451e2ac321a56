"""Synthetic intake data: women with their children, consents, risk, referrals, services.

Names are random combinations of common Peruvian given names and surnames (Quechua
and Aymara ones included); DNIs are random 8-digit numbers, phones random mobiles
starting with 9. Nobody described here exists. Every generated person passes the
same validation as the intake form.

Fast enough for 100,000 people (about a minute): rows are added with session.add_all
in batches, one transaction per batch, so the flush hook still stamps every row and
writes its change-log entry, and the FTS triggers index every person.

Importing this module registers a small filler (60 people) in
clinic_desk.core.demo.DEMO_FILLERS.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from clinic_desk.core.intake.models import (
    INSTITUTIONS,
    RISK_LEVELS,
    SERVICE_KINDS,
    Consent,
    EmergencyContact,
    Household,
    HouseholdMember,
    Person,
    Referral,
    RiskAssessment,
    SafetyPlan,
    ServiceGiven,
    SubstanceScreening,
)
from clinic_desk.core.intake.names_pe import (
    FEMALE_GIVEN,
    INSTITUTION_NAMES,
    MALE_GIVEN,
    SECOND_GIVEN_F,
    SECOND_GIVEN_M,
    SECTORS,
    SURNAMES_COMMON,
)
from clinic_desk.core.intake.validation import PersonInput, validate_person

if TYPE_CHECKING:
    from clinic_desk.core.workspace import Workspace

BATCH_PEOPLE = 2000
REASONS = (
    "Denuncia por violencia familiar", "Evaluación médico legal", "Medidas de protección",
    "Atención psicológica", "Control de salud del niño", "Asesoría legal",
    "Tenencia y alimentos", "Acompañamiento a audiencia",
)
CHECKLIST = ("Documentos guardados en lugar seguro", "Número de emergencia 100 memorizado",
             "Vecina de confianza avisada", "Bolso de emergencia preparado",
             "Ruta de salida identificada")
RELATIONS = ("hermana", "madre", "vecina", "prima", "tía", "amiga")
AGGRESSOR_RELATIONS = ("expareja", "conviviente", "esposo")


@dataclass(frozen=True)
class FillReport:
    people: int
    households: int
    rows: int


class _Gen:
    def __init__(self, seed: int, today: dt.date) -> None:
        self.r = random.Random(seed)
        self.today = today
        self.used_dni: set[str] = set()

    def dni(self) -> str:
        while True:
            value = f"{self.r.randrange(10_000_000, 80_000_000):08d}"
            if value not in self.used_dni:
                self.used_dni.add(value)
                return value

    def phone(self) -> str:
        return "9" + "".join(self.r.choice("0123456789") for _ in range(8))

    def surname(self) -> str:
        return self.r.choice(SURNAMES_COMMON)

    def birth(self, min_age: int, max_age: int) -> dt.date:
        days = self.r.randrange(min_age * 365 + 1, max_age * 365 + 300)
        return self.today - dt.timedelta(days=days)

    def woman(self) -> PersonInput:
        r = self.r
        given = r.choice(FEMALE_GIVEN)
        if r.random() < 0.35:
            given = f"{given} {r.choice(SECOND_GIVEN_F)}"
        approx = r.random() < 0.12
        doc = r.random()
        doc_type, number = ("dni", self.dni()) if doc < 0.8 else (
            ("ce", f"{r.randrange(1, 10**9):09d}") if doc < 0.84 else ("none", None))
        langs = ["es"]
        if r.random() < 0.25:
            langs.append("qu")
        elif r.random() < 0.04:
            langs.append("ay")
        gi = so = None
        if r.random() < 0.5:
            gi = r.choice(("woman", "woman", "woman", "prefers_not_to_say", "trans_woman"))
            so = r.choice(("heterosexual", "heterosexual", "prefers_not_to_say", "lesbian",
                           "bisexual"))
        birth = self.birth(16, 62)
        return PersonInput(
            given_names=given, first_surname=self.surname(),
            second_surname=self.surname() if r.random() < 0.95 else None, sex="female",
            doc_type=doc_type, doc_number=number,
            birth_date=None if approx else birth,
            approx_age=(self.today.year - birth.year) if approx else None,
            gender_identity=gi, sexual_orientation=so, languages=tuple(langs),
            phone=self.phone() if r.random() < 0.8 else None, sector=r.choice(SECTORS),
            referral_source=r.choice(("self", "mobile_team", "police", "cem",
                                      "health_centre", "family", "community")),
            staff_notes="Llegó con sus hijos; requiere seguimiento."
            if r.random() < 0.3 else None,
        )

    def child(self, mother: PersonInput, mother_year: int) -> PersonInput:
        r = self.r
        sex = r.choice(("female", "male"))
        pool, second = (FEMALE_GIVEN, SECOND_GIVEN_F) if sex == "female" else (
            MALE_GIVEN, SECOND_GIVEN_M)
        given = r.choice(pool)
        if r.random() < 0.3:
            given = f"{given} {r.choice(second)}"
        oldest = min(17, self.today.year - mother_year - 15)
        birth = self.birth(0, max(0, oldest))
        return PersonInput(
            given_names=given, first_surname=self.surname(),
            second_surname=mother.first_surname, sex=sex,
            doc_type="dni" if r.random() < 0.85 else "none",
            doc_number=None, birth_date=birth, languages=mother.languages,
            sector=mother.sector,
        )


def _person(clean_cols: dict[str, object]) -> Person:
    return Person(**clean_cols)


def _records_for(g: _Gen, pid: str, actor_id: str | None,
                 created: dt.datetime) -> list[object]:
    r = g.r
    out: list[object] = []
    at = created
    out.append(Consent(person_id=pid, kind="services", granted=True, institutions="[]",
                       recorded_by=actor_id, recorded_at=at))
    if r.random() < 0.8:
        out.append(Consent(person_id=pid, kind="statistics", granted=True,
                           institutions="[]", recorded_by=actor_id, recorded_at=at))
    if r.random() < 0.5:
        insts = sorted(set(r.sample(INSTITUTIONS[:6], r.randint(1, 3))))
        out.append(Consent(person_id=pid, kind="share_institutions", granted=True,
                           institutions=json.dumps(insts), recorded_by=actor_id,
                           recorded_at=at))
        if r.random() < 0.1:
            out.append(Consent(person_id=pid, kind="share_institutions", granted=False,
                               institutions="[]", recorded_by=actor_id,
                               recorded_at=at + dt.timedelta(days=r.randint(1, 60))))
    if r.random() < 0.4:
        out.append(Consent(person_id=pid, kind="send_to_central", granted=True,
                           institutions="[]", recorded_by=actor_id, recorded_at=at))
    for i in range(r.choice((1, 1, 1, 2, 2, 3))):
        out.append(RiskAssessment(
            person_id=pid, level=r.choice(RISK_LEVELS), physical=r.random() < 0.6,
            psychological=r.random() < 0.85, sexual=r.random() < 0.2,
            economic=r.random() < 0.4, assessed_by=actor_id,
            assessed_at=at + dt.timedelta(days=30 * i)))
    if r.random() < 0.2:
        answers = {f"q{i}": r.randint(0, 4) for i in range(1, 4)}
        out.append(SubstanceScreening(person_id=pid, instrument="AUDIT-C",
                                      score=sum(answers.values()),
                                      answers=json.dumps(answers), screened_by=actor_id,
                                      screened_at=at))
    if r.random() < 0.3:
        items = [{"item": x, "done": r.random() < 0.5} for x in r.sample(CHECKLIST, 3)]
        out.append(SafetyPlan(person_id=pid, text="Plan acordado con la psicóloga.",
                              checklist=json.dumps(items, ensure_ascii=False),
                              recorded_by=actor_id, recorded_at=at))
    if r.random() < 0.6:
        out.append(EmergencyContact(
            person_id=pid, name=f"{r.choice(FEMALE_GIVEN)} {g.surname()}",
            relation=r.choice(RELATIONS), phone=g.phone(), never_contact=False))
    if r.random() < 0.25:
        out.append(EmergencyContact(
            person_id=pid, name=f"{r.choice(MALE_GIVEN)} {g.surname()}",
            relation=r.choice(AGGRESSOR_RELATIONS), phone=g.phone(), never_contact=True,
            note="Agresor. No contactar."))
    for _ in range(r.choice((0, 0, 1, 1, 2))):
        inst = r.choice(INSTITUTIONS[:6])
        out.append(Referral(
            person_id=pid, direction=r.choice(("in", "out", "out")), institution=inst,
            institution_name=r.choice(INSTITUTION_NAMES[inst]),
            referred_on=(at + dt.timedelta(days=r.randint(0, 20))).date(),
            reason=r.choice(REASONS), status=r.choice(("pending", "accepted", "completed")),
        ))
    for _ in range(r.choice((0, 1, 2, 3))):
        out.append(ServiceGiven(person_id=pid, kind=r.choice(SERVICE_KINDS),
                                given_on=(at + dt.timedelta(days=r.randint(0, 40))).date(),
                                quantity=1))
    return out


def fill(ws: Workspace, people: int = 300, seed: int = 7, today: dt.date | None = None,
         progress: Callable[[int, int], None] | None = None) -> FillReport:
    """Add about `people` synthetic people (women and their children) to `ws`."""
    actor = ws.actor
    actor_id = actor.user_id if actor is not None else None
    today = today or dt.date.today()
    g = _Gen(seed, today)
    made = households = rows = 0
    while made < people:
        batch_target = min(people, made + BATCH_PEOPLE)
        with ws.db.write(actor_id) as s:
            objects: list[object] = []
            while made < batch_target:
                inp = g.woman()
                clean = validate_person(inp, today)
                woman = _person(clean.columns())
                woman.id = _uuid(g)
                objects.append(woman)
                made += 1
                n_children = g.r.choice((0, 0, 1, 1, 2, 2, 3))
                n_children = min(n_children, batch_target - made)
                if n_children:
                    household = Household(id=_uuid(g), label=f"{clean.first_surname} "
                                          f"{clean.second_surname or ''}".strip())
                    objects.append(household)
                    objects.append(HouseholdMember(household_id=household.id,
                                                   person_id=woman.id, relationship="head"))
                    households += 1
                    for _ in range(n_children):
                        kid_in = g.child(inp, clean.birth_year or today.year - 30)
                        if kid_in.doc_type == "dni":
                            kid_in = _with_doc(kid_in, g.dni())
                        kid = _person(validate_person(kid_in, today).columns())
                        kid.id = _uuid(g)
                        objects.append(kid)
                        objects.append(HouseholdMember(household_id=household.id,
                                                       person_id=kid.id,
                                                       relationship="child"))
                        made += 1
                created = dt.datetime.combine(
                    today - dt.timedelta(days=g.r.randint(0, 3 * 365)), dt.time(15),
                    tzinfo=dt.UTC)
                objects.extend(_records_for(g, woman.id, actor_id, created))
            # no ORM relationships, so parents are flushed before the rows that refer to them
            parents = [o for o in objects if isinstance(o, Person | Household)]
            s.add_all(parents)
            s.flush()
            s.add_all([o for o in objects if not isinstance(o, Person | Household)])
            s.flush()
            rows += len(objects)
        if progress is not None:
            progress(made, people)
    return FillReport(made, households, rows)


def _uuid(g: _Gen) -> str:
    return str(uuid.uuid4())  # not from the seeded generator: fills may be repeated


def _with_doc(inp: PersonInput, number: str) -> PersonInput:
    return replace(inp, doc_number=number)


def _demo_filler(ws: Workspace) -> None:
    fill(ws, people=60)


def _register() -> None:
    from clinic_desk.core import demo as core_demo

    if _demo_filler not in core_demo.DEMO_FILLERS:
        core_demo.DEMO_FILLERS.append(_demo_filler)


_register()
