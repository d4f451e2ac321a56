"""People and households: register (a woman with her children in one transaction),
edit, open her file (audited), and the promoters' lookup (name, document, age only).

Every function takes the session and the acting user and checks the permission
itself. Everything is validated before the first write: a failed check leaves the
database as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.db.base import tombstone
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import consent as consent_mod
from clinic_desk.core.intake import referrals as referrals_mod
from clinic_desk.core.intake import risk as risk_mod
from clinic_desk.core.intake import services_log
from clinic_desk.core.intake.common import live_person, require_write_session
from clinic_desk.core.intake.models import (
    EmergencyContact,
    Household,
    HouseholdMember,
    Person,
    PersonMerge,
    SafetyPlan,
    ServiceGiven,
    SubstanceScreening,
)
from clinic_desk.core.intake.validation import (
    CleanPerson,
    PersonInput,
    age_of,
    check_mother_child,
    check_relationship,
    clean_text,
    validate_person,
)
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require


@dataclass(frozen=True)
class MemberInput:
    """A child or dependant registered with her, and how they are related."""

    person: PersonInput
    relationship: str = "child"


@dataclass(frozen=True)
class PersonInfo:
    id: str
    given_names: str
    first_surname: str
    second_surname: str | None
    full_name: str
    sex: str
    doc_type: str
    doc_number: str | None
    birth_date: dt.date | None
    birth_year: int | None
    age: int | None
    age_is_approx: bool
    gender_identity: str | None
    sexual_orientation: str | None
    languages: tuple[str, ...]
    language_other: str | None
    phone: str | None
    sector: str | None
    referral_source: str | None
    staff_notes: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class LookupInfo:
    """What a promoter may see: name, document and age."""

    id: str
    full_name: str
    doc_type: str
    doc_number: str | None
    age: int | None
    age_is_approx: bool


@dataclass(frozen=True)
class MemberInfo:
    membership_id: str
    person_id: str
    full_name: str
    relationship: str
    sex: str
    age: int | None
    age_is_approx: bool


@dataclass(frozen=True)
class HouseholdInfo:
    id: str
    label: str | None
    members: tuple[MemberInfo, ...]  # the head first

    @property
    def head(self) -> MemberInfo | None:
        return next((m for m in self.members if m.relationship == "head"), None)


@dataclass(frozen=True)
class MergeInfo:
    id: str
    kept_id: str
    merged_id: str
    merged_by: str | None
    merged_at: dt.datetime
    reason: str


@dataclass(frozen=True)
class PersonFile:
    """Everything on a person's file, as the UI shows it."""

    person: PersonInfo
    household: HouseholdInfo | None
    consents: dict[str, consent_mod.ConsentInfo | None]
    consent_history: tuple[consent_mod.ConsentInfo, ...]
    risk: risk_mod.RiskInfo | None
    risk_history: tuple[risk_mod.RiskInfo, ...]
    screenings: tuple[risk_mod.ScreeningInfo, ...]
    safety_plan: risk_mod.SafetyPlanInfo | None
    contacts: tuple[risk_mod.ContactInfo, ...]
    referrals: tuple[referrals_mod.ReferralInfo, ...]
    services: tuple[services_log.ServiceInfo, ...]
    merges: tuple[MergeInfo, ...]

    @property
    def never_contact(self) -> tuple[risk_mod.ContactInfo, ...]:
        return tuple(c for c in self.contacts if c.never_contact)


def full_name(given: str, first: str, second: str | None) -> str:
    return " ".join(p for p in (given, first, second) if p)


def person_info(p: Person, today: dt.date | None = None) -> PersonInfo:
    return PersonInfo(
        id=p.id, given_names=p.given_names, first_surname=p.first_surname,
        second_surname=p.second_surname,
        full_name=full_name(p.given_names, p.first_surname, p.second_surname), sex=p.sex,
        doc_type=p.doc_type, doc_number=p.doc_number, birth_date=p.birth_date,
        birth_year=p.birth_year, age=age_of(p.birth_date, p.birth_year, today),
        age_is_approx=bool(p.age_is_approx), gender_identity=p.gender_identity,
        sexual_orientation=p.sexual_orientation,
        languages=tuple(x for x in (p.languages or "").split(",") if x),
        language_other=p.language_other, phone=p.phone, sector=p.sector,
        referral_source=p.referral_source, staff_notes=p.staff_notes,
        created_at=p.created_at, updated_at=p.updated_at,
    )


def _new_person(clean: CleanPerson) -> Person:
    return Person(**clean.columns())


# -- register and edit ------------------------------------------------------------------
def register_person(session: Session, actor: Actor, inp: PersonInput,
                    today: dt.date | None = None) -> PersonInfo:
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    clean = validate_person(inp, today)
    person = _new_person(clean)
    session.add(person)
    session.flush()
    return person_info(person, today)


def validate_household(head: PersonInput, members: Sequence[MemberInput],
                       today: dt.date | None = None) -> tuple[CleanPerson, list[CleanPerson]]:
    """Validate her and every member (fields of member N are "members.N.<field>")."""
    head_clean = validate_person(head, today)
    cleaned = []
    for n, member in enumerate(members):
        prefix = f"members.{n}."
        check_relationship(member.relationship, prefix + "relationship")
        clean = validate_person(member.person, today, prefix=prefix)
        if member.relationship == "child":
            check_mother_child(head_clean, clean, prefix + "birth_date")
        cleaned.append(clean)
    return head_clean, cleaned


def register_household(session: Session, actor: Actor, head: PersonInput,
                       members: Sequence[MemberInput] = (), label: str | None = None,
                       today: dt.date | None = None) -> HouseholdInfo:
    """Register a woman with her children and dependants in one transaction."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    head_clean, cleaned = validate_household(head, members, today)
    name = clean_text(label) or f"{head_clean.first_surname} {head_clean.second_surname or ''}"
    household = Household(label=name.strip()[:120])
    head_row = _new_person(head_clean)
    rows = [_new_person(c) for c in cleaned]
    session.add_all([household, head_row, *rows])
    session.flush()
    links = [HouseholdMember(household_id=household.id, person_id=head_row.id,
                             relationship="head")]
    links += [HouseholdMember(household_id=household.id, person_id=r.id,
                              relationship=m.relationship) for r, m in zip(rows, members,
                                                                           strict=True)]
    session.add_all(links)
    session.flush()
    return _household_info(session, household, today)


def update_person(session: Session, actor: Actor, person_id: str, inp: PersonInput,
                  today: dt.date | None = None) -> PersonInfo:
    """Replace her details with `inp` (every field), after the same checks."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    clean = validate_person(inp, today)
    person = live_person(session, person_id)
    _check_household_ages(session, person, clean)
    for key, value in clean.columns().items():
        if getattr(person, key) != value:
            setattr(person, key, value)
    session.flush()
    return person_info(person, today)


def _clean_of(p: Person) -> CleanPerson:
    return CleanPerson(
        p.given_names, p.first_surname, p.second_surname, p.sex, p.doc_type, p.doc_number,
        p.birth_date, p.birth_year, bool(p.age_is_approx), p.gender_identity,
        p.sexual_orientation, p.languages, p.language_other, p.phone, p.sector,
        p.referral_source, p.staff_notes, p.name_norm, p.surname_norm,
    )


def _memberships(session: Session, person_id: str) -> list[HouseholdMember]:
    return list(session.scalars(select(HouseholdMember).where(
        HouseholdMember.person_id == person_id, HouseholdMember.deleted.is_(False))))


def _members_of(session: Session, household_id: str) -> list[HouseholdMember]:
    return list(session.scalars(select(HouseholdMember).where(
        HouseholdMember.household_id == household_id, HouseholdMember.deleted.is_(False))))


def _check_household_ages(session: Session, person: Person, clean: CleanPerson) -> None:
    for link in _memberships(session, person.id):
        others = _members_of(session, link.household_id)
        if link.relationship == "head":
            for other in others:
                if other.relationship == "child":
                    child = session.get(Person, other.person_id)
                    if child is not None and not child.deleted:
                        check_mother_child(clean, _clean_of(child), "birth_date")
        elif link.relationship == "child":
            for other in others:
                if other.relationship == "head":
                    mother = session.get(Person, other.person_id)
                    if mother is not None and not mother.deleted:
                        check_mother_child(_clean_of(mother), clean, "birth_date")


# -- households ---------------------------------------------------------------------------
def _household_info(session: Session, household: Household,
                    today: dt.date | None = None) -> HouseholdInfo:
    members = []
    for link in _members_of(session, household.id):
        p = session.get(Person, link.person_id)
        if p is None or p.deleted:
            continue
        members.append(MemberInfo(link.id, p.id, full_name(p.given_names, p.first_surname,
                                                           p.second_surname),
                                  link.relationship, p.sex,
                                  age_of(p.birth_date, p.birth_year, today),
                                  bool(p.age_is_approx)))
    members.sort(key=lambda m: (m.relationship != "head", -(m.age or 0), m.full_name))
    return HouseholdInfo(household.id, household.label, tuple(members))


def household_of(session: Session, actor: Actor, person_id: str) -> HouseholdInfo | None:
    require(actor, Perm.PEOPLE_READ)
    return _household_for(session, live_person(session, person_id).id)


def _household_for(session: Session, person_id: str) -> HouseholdInfo | None:
    links = _memberships(session, person_id)
    if not links:
        return None
    household = session.get(Household, links[0].household_id)
    if household is None or household.deleted:
        return None
    return _household_info(session, household)


def _head_of(session: Session, household_id: str) -> Person | None:
    for link in _members_of(session, household_id):
        if link.relationship == "head":
            return session.get(Person, link.person_id)
    return None


def add_household_member(session: Session, actor: Actor, household_id: str,
                         member: MemberInput, today: dt.date | None = None) -> MemberInfo:
    """Register a new person (a child who arrives later) into her household."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    household = session.get(Household, household_id)
    if household is None or household.deleted:
        raise InvalidInput("This household was not found.", field="household_id")
    check_relationship(member.relationship, "relationship")
    clean = validate_person(member.person, today)
    head = _head_of(session, household.id)
    if member.relationship == "child" and head is not None:
        check_mother_child(_clean_of(head), clean, "birth_date")
    person = _new_person(clean)
    session.add(person)
    session.flush()
    link = HouseholdMember(household_id=household.id, person_id=person.id,
                           relationship=member.relationship)
    session.add(link)
    session.flush()
    return MemberInfo(link.id, person.id, full_name(person.given_names, person.first_surname,
                                                    person.second_surname),
                      link.relationship, person.sex,
                      age_of(person.birth_date, person.birth_year, today),
                      bool(person.age_is_approx))


def link_household_member(session: Session, actor: Actor, household_id: str, person_id: str,
                          relationship: str) -> HouseholdInfo:
    """Put an already registered person into a household."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    household = session.get(Household, household_id)
    if household is None or household.deleted:
        raise InvalidInput("This household was not found.", field="household_id")
    check_relationship(relationship, "relationship")
    person = live_person(session, person_id)
    if _memberships(session, person.id):
        raise InvalidInput("This person already belongs to a household.", field="person_id")
    head = _head_of(session, household.id)
    if relationship == "child" and head is not None:
        check_mother_child(_clean_of(head), _clean_of(person), "birth_date")
    session.add(HouseholdMember(household_id=household.id, person_id=person.id,
                                relationship=relationship))
    session.flush()
    return _household_info(session, household)


def remove_household_member(session: Session, actor: Actor, membership_id: str) -> None:
    """Take someone out of a household (the person's record stays)."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    link = session.get(HouseholdMember, membership_id)
    if link is None or link.deleted:
        raise InvalidInput("This household member was not found.", field="membership_id")
    tombstone(session, link)
    session.flush()


# -- reading ------------------------------------------------------------------------------
def lookup_person(session: Session, actor: Actor, person_id: str,
                  today: dt.date | None = None) -> LookupInfo:
    """Name, document and age: what dispensing needs (promoters)."""
    require(actor, Perm.PEOPLE_LOOKUP)
    p = live_person(session, person_id, follow_merge=True)
    return LookupInfo(p.id, full_name(p.given_names, p.first_surname, p.second_surname),
                      p.doc_type, p.doc_number, age_of(p.birth_date, p.birth_year, today),
                      bool(p.age_is_approx))


def get_person_file(session: Session, actor: Actor, person_id: str,
                    today: dt.date | None = None) -> PersonFile:
    """Open her file. Every open is written to the audit log (needs a writing session).
    A merged record's id opens the record it was merged into."""
    require(actor, Perm.PEOPLE_READ)
    require_write_session(session)
    p = live_person(session, person_id, follow_merge=True)
    audit.record(session, "person_opened", actor, target=p.id)
    return _assemble(session, p, today)


def reload_person_file(session: Session, actor: Actor, person_id: str,
                       today: dt.date | None = None) -> PersonFile:
    """Her file again after a change made in the open file: the permission is checked,
    but the open was audited already, so no second audit entry."""
    require(actor, Perm.PEOPLE_READ)
    return _assemble(session, live_person(session, person_id, follow_merge=True), today)


def _assemble(session: Session, p: Person, today: dt.date | None = None) -> PersonFile:
    history = consent_mod._rows(session, p.id)
    current: dict[str, consent_mod.ConsentInfo | None] = dict.fromkeys(
        consent_mod.CONSENT_KINDS)
    for row in history:
        if current[row.kind] is None:
            current[row.kind] = consent_mod.info(row)
    risks = [risk_mod.risk_info(r) for r in risk_mod._risk_rows(session, p.id)]
    screenings = [risk_mod.screening_info(r) for r in session.scalars(
        select(SubstanceScreening)
        .where(SubstanceScreening.person_id == p.id, SubstanceScreening.deleted.is_(False))
        .order_by(SubstanceScreening.screened_at.desc()))]
    plan = session.scalars(
        select(SafetyPlan).where(SafetyPlan.person_id == p.id, SafetyPlan.deleted.is_(False))
        .order_by(SafetyPlan.recorded_at.desc(), SafetyPlan.version.desc()).limit(1)
    ).first()
    contacts = [risk_mod.contact_info(c) for c in session.scalars(
        select(EmergencyContact)
        .where(EmergencyContact.person_id == p.id, EmergencyContact.deleted.is_(False))
        .order_by(EmergencyContact.never_contact.desc(), EmergencyContact.name))]
    refs = [referrals_mod.referral_info(r) for r in referrals_mod._rows(session, p.id)]
    services = [services_log.service_info(s) for s in session.scalars(
        select(ServiceGiven)
        .where(ServiceGiven.person_id == p.id, ServiceGiven.deleted.is_(False))
        .order_by(ServiceGiven.given_on.desc(), ServiceGiven.version.desc()))]
    merges = [MergeInfo(m.id, m.kept_id, m.merged_id, m.merged_by, m.merged_at, m.reason)
              for m in session.scalars(
                  select(PersonMerge).where(PersonMerge.kept_id == p.id)
                  .order_by(PersonMerge.merged_at.desc()))]
    return PersonFile(
        person=person_info(p, today), household=_household_for(session, p.id),
        consents=current, consent_history=tuple(consent_mod.info(r) for r in history),
        risk=risks[0] if risks else None, risk_history=tuple(risks),
        screenings=tuple(screenings), safety_plan=risk_mod.plan_info(plan) if plan else None,
        contacts=tuple(contacts), referrals=tuple(refs), services=tuple(services),
        merges=tuple(merges),
    )
