"""Merging two records of the same person (administrators).

Every linked record moves to the kept person (updates, so they travel and are in the
change log), empty fields of the kept person are filled from the merged one, the
merged record is tombstoned with `merged_into` set, a PersonMerge row keeps a snapshot
of the merged record and the counts moved, and the audit log records the merge.

Other capabilities (sessions, shelter…) link people too: they register a function in
`MERGE_HOOKS` that moves their rows and returns how many moved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.db.base import tombstone
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import dumps, live_person, require_write_session
from clinic_desk.core.intake.models import (
    Consent,
    EmergencyContact,
    HouseholdMember,
    Person,
    PersonMerge,
    Referral,
    RiskAssessment,
    SafetyPlan,
    ServiceGiven,
    SubstanceScreening,
)
from clinic_desk.core.intake.validation import clean_text
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require

# (session, merged_id, kept_id) -> rows moved; registered by other capabilities
MERGE_HOOKS: dict[str, Callable[[Session, str, str], int]] = {}

_LINKED = (Consent, RiskAssessment, SubstanceScreening, SafetyPlan, EmergencyContact,
           Referral, ServiceGiven)
_FILLABLE = ("second_surname", "doc_number", "gender_identity", "sexual_orientation",
             "language_other", "phone", "sector", "referral_source")
_SNAPSHOT = ("given_names", "first_surname", "second_surname", "doc_type", "doc_number",
             "birth_date", "birth_year", "age_is_approx", "sex", "gender_identity",
             "sexual_orientation", "languages", "language_other", "phone", "sector",
             "referral_source", "staff_notes", "created_at", "origin_site")


@dataclass(frozen=True)
class MergeResult:
    merge_id: str
    kept_id: str
    merged_id: str
    moved: dict[str, int]
    filled: tuple[str, ...]


def merge_people(session: Session, actor: Actor, keep_id: str, merge_id: str,
                 reason: str = "") -> MergeResult:
    require(actor, Perm.PEOPLE_MERGE)
    require_write_session(session)
    if keep_id == merge_id:
        raise InvalidInput("Choose two different records to merge.", field="merge_id")
    why = clean_text(reason)
    if not why:
        raise InvalidInput("Say why these two records are the same person.", field="reason")
    kept = live_person(session, keep_id, fld="keep_id")
    other = live_person(session, merge_id, fld="merge_id")
    snapshot = {k: getattr(other, k) for k in _SNAPSHOT}
    snapshot["id"] = other.id

    moved: dict[str, int] = {}
    for model in _LINKED:
        rows = list(session.scalars(select(model).where(model.person_id == other.id)))
        for row in rows:
            row.person_id = kept.id
        moved[model.__tablename__] = len(rows)
    moved["household_members"] = _move_household(session, kept, other)
    for name, hook in MERGE_HOOKS.items():
        moved[name] = int(hook(session, other.id, kept.id))

    filled = []
    for key in _FILLABLE:
        if getattr(kept, key) is None and getattr(other, key) is not None:
            if key == "doc_number":
                kept.doc_type = other.doc_type
            setattr(kept, key, getattr(other, key))
            filled.append(key)
    if kept.birth_date is None and other.birth_date is not None:  # an exact date wins
        kept.birth_date, kept.birth_year = other.birth_date, other.birth_year
        kept.age_is_approx = False
        filled.append("birth_date")
    elif kept.birth_year is None and other.birth_year is not None:
        kept.birth_year, kept.age_is_approx = other.birth_year, other.age_is_approx
        filled.append("birth_year")
    if other.staff_notes:
        note = f"[merged record] {other.staff_notes}"
        kept.staff_notes = f"{kept.staff_notes}\n\n{note}" if kept.staff_notes else note
    langs = list(dict.fromkeys((kept.languages or "").split(",") +
                               (other.languages or "").split(",")))
    kept.languages = ",".join(x for x in langs if x)

    # earlier merges into the merged record now point at the kept one
    for earlier in session.scalars(select(Person).where(Person.merged_into == other.id)):
        earlier.merged_into = kept.id
    other.merged_into = kept.id
    tombstone(session, other)
    record = PersonMerge(kept_id=kept.id, merged_id=other.id, merged_by=actor.user_id,
                         merged_at=dt.datetime.now(dt.UTC), reason=why,
                         snapshot=dumps({"person": snapshot, "moved": moved}))
    session.add(record)
    session.flush()
    audit.record(session, "person_merged", actor, target=kept.id, merged=other.id,
                 reason=why, moved=moved)
    return MergeResult(record.id, kept.id, other.id, moved, tuple(filled))


def _move_household(session: Session, kept: Person, other: Person) -> int:
    """The merged record's memberships move to the kept person, unless she is already in
    that household (then the duplicate membership is tombstoned)."""
    mine = {m.household_id: m for m in session.scalars(select(HouseholdMember).where(
        HouseholdMember.person_id == kept.id, HouseholdMember.deleted.is_(False)))}
    count = 0
    for link in session.scalars(select(HouseholdMember).where(
            HouseholdMember.person_id == other.id)):
        if not link.deleted and link.household_id in mine:
            tombstone(session, link)
        else:
            link.person_id = kept.id
        count += 1
    return count
