"""The waitlist: women asking for a place when no bed is free. Priority is her current
risk level (severo, then moderado, then leve, then not assessed), then the date she
asked (earliest first). Admitting her closes her entry (reason "admitted")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import live_person
from clinic_desk.core.intake.models import RISK_LEVELS, Person, RiskAssessment
from clinic_desk.core.intake.people import full_name
from clinic_desk.core.intake.validation import age_of
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.shelter import common
from clinic_desk.core.shelter.models import WaitlistEntry
from clinic_desk.core.shelter.stays import staying_from

# severo first; not assessed last
RISK_RANK = {level: i + 1 for i, level in enumerate(RISK_LEVELS)}


@dataclass(frozen=True)
class WaitItem:
    id: str
    person_id: str
    name: str
    age: int | None
    risk_level: str | None
    asked_at: dt.datetime
    people_count: int
    note: str | None
    status: str


def current_levels(session: Session, person_ids: set[str]) -> dict[str, str]:
    """Each person's latest risk level (no permission check; callers do it)."""
    if not person_ids:
        return {}
    levels: dict[str, tuple[dt.datetime, str]] = {}
    for pid, at, level in session.execute(select(
            RiskAssessment.person_id, RiskAssessment.assessed_at, RiskAssessment.level).where(
            RiskAssessment.person_id.in_(person_ids), RiskAssessment.deleted.is_(False))):
        if pid not in levels or at > levels[pid][0]:
            levels[pid] = (at, level)
    return {pid: level for pid, (_at, level) in levels.items()}


def priority_key(item: WaitItem) -> tuple[int, dt.datetime]:
    return (-RISK_RANK.get(item.risk_level or "", 0), item.asked_at)


def add_to_waitlist(session: Session, actor: Actor, person_id: str, people_count: int = 1,
                    asked_at: dt.datetime | None = None, note: str | None = None,
                    now: dt.datetime | None = None) -> WaitItem:
    require(actor, Perm.SHELTER_WRITE)
    common.require_write_session(session)
    now = common.utc(now)
    person = live_person(session, person_id)
    name = full_name(person.given_names, person.first_surname, person.second_surname)
    when = common.utc(asked_at) if asked_at is not None else now
    if when > now + dt.timedelta(minutes=5):
        raise InvalidInput("The date she asked cannot be in the future.", field="asked_at")
    if not 1 <= int(people_count) <= 20:
        raise InvalidInput("Between 1 and 20 people.", field="people_count")
    if staying_from(session, person.id, common.night_of(now)) is not None:
        raise InvalidInput(common.PERSON_STAYING, field="person_id", name=name)
    if session.scalar(select(WaitlistEntry.id).where(
            WaitlistEntry.person_id == person.id, WaitlistEntry.status == "waiting",
            WaitlistEntry.deleted.is_(False)).limit(1)):
        raise InvalidInput("{name} is already on the waitlist.", field="person_id", name=name)
    entry = WaitlistEntry(person_id=person.id, asked_at=when, people_count=int(people_count),
                          note=common.clean(note, 200, "note"), status="waiting",
                          added_by=actor.user_id)
    session.add(entry)
    with common.refusals(name, "person_id"):
        session.flush()
    audit.record(session, "shelter_waitlisted", actor, target=entry.id)
    return _items(session, [entry])[0]


def withdraw(session: Session, actor: Actor, entry_id: str,
             now: dt.datetime | None = None) -> None:
    """She no longer needs a place (found one elsewhere, could not be reached…)."""
    require(actor, Perm.SHELTER_WRITE)
    common.require_write_session(session)
    entry = session.get(WaitlistEntry, entry_id) if entry_id else None
    if entry is None or entry.deleted:
        raise InvalidInput("This waitlist entry was not found.", field="entry_id")
    if entry.status != "waiting":
        raise InvalidInput("This entry is no longer waiting.", field="entry_id")
    entry.status, entry.closed_at = "withdrawn", common.utc(now)
    session.flush()
    audit.record(session, "shelter_waitlist_withdrawn", actor, target=entry.id)


def _items(session: Session, rows: list[WaitlistEntry]) -> list[WaitItem]:
    pids = {r.person_id for r in rows}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(pids)))} \
        if pids else {}
    levels = current_levels(session, pids)
    today = common.today()
    out = []
    for r in rows:
        p = people.get(r.person_id)
        out.append(WaitItem(
            r.id, r.person_id,
            full_name(p.given_names, p.first_surname, p.second_surname) if p else "-",
            age_of(p.birth_date, p.birth_year, today) if p else None,
            levels.get(r.person_id), r.asked_at, r.people_count, r.note, r.status))
    return out


def waitlist(session: Session, actor: Actor) -> list[WaitItem]:
    """Who is waiting, in priority order."""
    require(actor, Perm.SHELTER_READ)
    rows = list(session.scalars(select(WaitlistEntry).where(
        WaitlistEntry.status == "waiting", WaitlistEntry.deleted.is_(False))))
    return sorted(_items(session, rows), key=priority_key)
