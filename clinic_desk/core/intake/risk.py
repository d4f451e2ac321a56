"""Risk assessment (history kept; the latest is current), substance-use screening,
safety plan and emergency contacts (with the "never contact — aggressor" flag)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.db.base import tombstone
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import dumps, live_person, loads, require_write_session, utc
from clinic_desk.core.intake.models import (
    RISK_LEVELS,
    VIOLENCE_TYPES,
    EmergencyContact,
    RiskAssessment,
    SafetyPlan,
    SubstanceScreening,
)
from clinic_desk.core.intake.validation import clean_phone, clean_text
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require

LEVEL_ORDER = {level: i for i, level in enumerate(RISK_LEVELS)}


@dataclass(frozen=True)
class RiskInfo:
    id: str
    person_id: str
    level: str
    violence_types: tuple[str, ...]
    assessed_by: str | None
    assessed_at: dt.datetime
    note: str | None


@dataclass(frozen=True)
class ScreeningInfo:
    id: str
    person_id: str
    instrument: str
    score: int
    answers: dict[str, object]
    screened_by: str | None
    screened_at: dt.datetime
    note: str | None


@dataclass(frozen=True)
class ChecklistItem:
    item: str
    done: bool


@dataclass(frozen=True)
class SafetyPlanInfo:
    id: str
    person_id: str
    text: str
    checklist: tuple[ChecklistItem, ...]
    recorded_by: str | None
    recorded_at: dt.datetime


@dataclass(frozen=True)
class ContactInfo:
    id: str
    person_id: str
    name: str
    relation: str | None
    phone: str | None
    never_contact: bool
    note: str | None


def risk_info(row: RiskAssessment) -> RiskInfo:
    types = tuple(t for t in VIOLENCE_TYPES if getattr(row, t))
    return RiskInfo(row.id, row.person_id, row.level, types, row.assessed_by, row.assessed_at,
                    row.note)


def screening_info(row: SubstanceScreening) -> ScreeningInfo:
    answers = loads(row.answers, {})
    return ScreeningInfo(row.id, row.person_id, row.instrument, row.score,
                         answers if isinstance(answers, dict) else {}, row.screened_by,
                         row.screened_at, row.note)


def plan_info(row: SafetyPlan) -> SafetyPlanInfo:
    items = loads(row.checklist, [])
    checklist = tuple(
        ChecklistItem(str(i.get("item", "")), bool(i.get("done")))
        for i in (items if isinstance(items, list) else []) if isinstance(i, dict)
    )
    return SafetyPlanInfo(row.id, row.person_id, row.text, checklist, row.recorded_by,
                          row.recorded_at)


def contact_info(row: EmergencyContact) -> ContactInfo:
    return ContactInfo(row.id, row.person_id, row.name, row.relation, row.phone,
                       bool(row.never_contact), row.note)


# -- risk ---------------------------------------------------------------------------
def assess_risk(session: Session, actor: Actor, person_id: str, level: str,
                violence_types: Iterable[str] = (), note: str | None = None,
                at: dt.datetime | None = None) -> RiskInfo:
    """Add an assessment; the latest one is her current risk level."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    if level not in RISK_LEVELS:
        raise InvalidInput("Choose the risk level: leve, moderado or severo.", field="level")
    types = set()
    for t in violence_types:
        if t not in VIOLENCE_TYPES:
            raise InvalidInput("Choose violence types from the list.", field="violence_types")
        types.add(t)
    person = live_person(session, person_id)
    row = RiskAssessment(person_id=person.id, level=level, assessed_by=actor.user_id,
                         assessed_at=utc(at), note=clean_text(note) or None,
                         **{t: t in types for t in VIOLENCE_TYPES})
    session.add(row)
    session.flush()
    return risk_info(row)


def _risk_rows(session: Session, person_id: str) -> list[RiskAssessment]:
    return list(session.scalars(
        select(RiskAssessment)
        .where(RiskAssessment.person_id == person_id, RiskAssessment.deleted.is_(False))
        .order_by(RiskAssessment.assessed_at.desc(), RiskAssessment.version.desc())
    ))


def current_risk(session: Session, actor: Actor, person_id: str) -> RiskInfo | None:
    require(actor, Perm.PEOPLE_READ)
    rows = _risk_rows(session, live_person(session, person_id).id)
    return risk_info(rows[0]) if rows else None


def risk_history(session: Session, actor: Actor, person_id: str) -> list[RiskInfo]:
    """Every assessment, newest first."""
    require(actor, Perm.PEOPLE_READ)
    return [risk_info(r) for r in _risk_rows(session, live_person(session, person_id).id)]


# -- substance-use screening -----------------------------------------------------------
def record_screening(session: Session, actor: Actor, person_id: str, instrument: str,
                     score: int, answers: Mapping[str, object] | None = None,
                     note: str | None = None, at: dt.datetime | None = None) -> ScreeningInfo:
    """A structured score with the instrument's name (e.g. "AUDIT-C", "ASSIST")."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    name = clean_text(instrument)
    if not name:
        raise InvalidInput("Enter the name of the screening instrument.", field="instrument")
    if len(name) > 40:
        raise InvalidInput("This text is too long (at most {max} characters).",
                           field="instrument", max=40)
    if isinstance(score, bool) or not isinstance(score, int) or score < 0 or score > 1000:
        raise InvalidInput("Enter the score as a whole number, 0 or more.", field="score")
    person = live_person(session, person_id)
    row = SubstanceScreening(person_id=person.id, instrument=name, score=score,
                             answers=dumps(dict(answers or {})), screened_by=actor.user_id,
                             screened_at=utc(at), note=clean_text(note) or None)
    session.add(row)
    session.flush()
    return screening_info(row)


# -- safety plan -----------------------------------------------------------------------
def save_safety_plan(session: Session, actor: Actor, person_id: str, text: str,
                     checklist: Iterable[ChecklistItem | Mapping[str, object]] = ()
                     ) -> SafetyPlanInfo:
    """Save a new version of her safety plan; earlier versions are kept."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    items = []
    for entry in checklist:
        if isinstance(entry, ChecklistItem):
            item, done = entry.item, entry.done
        else:
            item, done = str(entry.get("item", "")), bool(entry.get("done"))
        item = clean_text(item)
        if not item:
            raise InvalidInput("A checklist item cannot be empty.", field="checklist")
        items.append({"item": item, "done": done})
    body = (text or "").strip()
    if not body and not items:
        raise InvalidInput("Write the safety plan or add checklist items.", field="text")
    person = live_person(session, person_id)
    row = SafetyPlan(person_id=person.id, text=body, checklist=dumps(items),
                     recorded_by=actor.user_id, recorded_at=utc(None))
    session.add(row)
    session.flush()
    return plan_info(row)


# -- emergency contacts ------------------------------------------------------------------
def _contact_fields(name: str, relation: str | None, phone: str | None) -> tuple[
        str, str | None, str | None]:
    clean_name = clean_text(name)
    if not clean_name:
        raise InvalidInput("Enter the contact's name.", field="name")
    if len(clean_name) > 120:
        raise InvalidInput("This name is too long (at most {max} characters).", field="name",
                           max=120)
    rel = clean_text(relation) or None
    if rel and len(rel) > 60:
        raise InvalidInput("This text is too long (at most {max} characters).",
                           field="relation", max=60)
    return clean_name, rel, clean_phone(phone)


def add_emergency_contact(session: Session, actor: Actor, person_id: str, name: str,
                          relation: str | None = None, phone: str | None = None,
                          never_contact: bool = False, note: str | None = None
                          ) -> ContactInfo:
    """`never_contact=True` marks the aggressor: nobody may ever call this person."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    clean_name, rel, clean_ph = _contact_fields(name, relation, phone)
    person = live_person(session, person_id)
    row = EmergencyContact(person_id=person.id, name=clean_name, relation=rel, phone=clean_ph,
                           never_contact=bool(never_contact), note=clean_text(note) or None)
    session.add(row)
    session.flush()
    if never_contact:
        audit.record(session, "never_contact_flagged", actor, target=person.id)
    return contact_info(row)


def update_emergency_contact(session: Session, actor: Actor, contact_id: str, name: str,
                             relation: str | None = None, phone: str | None = None,
                             never_contact: bool = False, note: str | None = None
                             ) -> ContactInfo:
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    clean_name, rel, clean_ph = _contact_fields(name, relation, phone)
    row = session.get(EmergencyContact, contact_id)
    if row is None or row.deleted:
        raise InvalidInput("This contact was not found.", field="contact_id")
    was_flagged = row.never_contact
    row.name, row.relation, row.phone = clean_name, rel, clean_ph
    row.never_contact = bool(never_contact)
    row.note = clean_text(note) or None
    session.flush()
    if was_flagged != row.never_contact:
        audit.record(session, "never_contact_flagged" if row.never_contact
                     else "never_contact_cleared", actor, target=row.person_id)
    return contact_info(row)


def remove_emergency_contact(session: Session, actor: Actor, contact_id: str) -> None:
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    row = session.get(EmergencyContact, contact_id)
    if row is None or row.deleted:
        raise InvalidInput("This contact was not found.", field="contact_id")
    tombstone(session, row)
    session.flush()
