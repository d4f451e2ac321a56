"""Holds: keep a free bed for someone expected (registered or only a name), until an
expiry. Admitting the person she is held for ends the hold; admitting anyone else to
that bed is refused while it lasts. Staff (Perm.SHELTER_WRITE)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import live_person
from clinic_desk.core.intake.models import Person
from clinic_desk.core.intake.people import full_name
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.shelter import common
from clinic_desk.core.shelter.models import Bed, Hold, Room
from clinic_desk.core.shelter.setup import live_bed, outage_on
from clinic_desk.core.shelter.stays import bed_taken_from, staying_from

MAX_HOLD = dt.timedelta(days=14)


@dataclass(frozen=True)
class HoldInfo:
    id: str
    bed_id: str
    bed_label: str
    room_name: str
    person_id: str | None
    name: str  # hers, or the name given for someone not registered yet
    note: str | None
    held_at: dt.datetime
    expires_at: dt.datetime
    ended_at: dt.datetime | None
    ended_reason: str | None

    def active_at(self, at: dt.datetime) -> bool:
        return self.ended_at is None and self.held_at <= at < self.expires_at


def expire_stale(session: Session, now: dt.datetime, bed_id: str | None = None) -> int:
    """End (reason "expired") the open holds whose expiry has passed."""
    q = select(Hold).where(Hold.deleted.is_(False), Hold.ended_at.is_(None),
                           Hold.expires_at <= now)
    if bed_id:
        q = q.where(Hold.bed_id == bed_id)
    rows = list(session.scalars(q))
    for h in rows:
        h.ended_at, h.ended_reason = h.expires_at, "expired"
    if rows:
        session.flush()
    return len(rows)


def hold_bed(session: Session, actor: Actor, bed_id: str, expires_at: dt.datetime,
             person_id: str | None = None, expected_name: str | None = None,
             note: str | None = None, now: dt.datetime | None = None) -> HoldInfo:
    require(actor, Perm.SHELTER_WRITE)
    common.require_write_session(session)
    now = common.utc(now)
    until = common.utc(expires_at)
    if until <= now:
        raise InvalidInput("A hold must end in the future.", field="expires_at")
    if until - now > MAX_HOLD:
        raise InvalidInput("A hold lasts at most {days} days.", field="expires_at",
                           days=MAX_HOLD.days)
    who = common.clean(expected_name, 120, "expected_name")
    name = who
    if person_id:
        person = live_person(session, person_id)
        name = full_name(person.given_names, person.first_surname, person.second_surname)
        if staying_from(session, person.id, common.night_of(now)) is not None:
            raise InvalidInput(common.PERSON_STAYING, field="person_id", name=name)
    elif not who:
        raise InvalidInput("Say for whom the bed is held.", field="expected_name")
    bed = live_bed(session, bed_id)
    room = session.get(Room, bed.room_id)
    if not bed.active or room is None or not room.active:
        raise InvalidInput("Bed {label} is no longer in use.", field="bed_id", label=bed.label)
    night = common.night_of(now)
    outage = outage_on(session, bed.id, night)
    if outage is not None:
        raise InvalidInput("Bed {label} is out of service: {reason}.", field="bed_id",
                           label=bed.label, reason=outage.reason)
    if bed_taken_from(session, bed.id, night):
        raise InvalidInput("Bed {label} is occupied. Choose a free bed.", field="bed_id",
                           label=bed.label)
    expire_stale(session, now, bed.id)
    if session.scalar(select(Hold.id).where(Hold.bed_id == bed.id, Hold.deleted.is_(False),
                                            Hold.ended_at.is_(None)).limit(1)):
        raise InvalidInput("This bed is already held for someone else.", field="bed_id")
    hold = Hold(bed_id=bed.id, person_id=person_id or None,
                expected_name=None if person_id else who,
                note=common.clean(note, 200, "note"), held_at=now, expires_at=until,
                held_by=actor.user_id)
    session.add(hold)
    with common.refusals(name or ""):
        session.flush()
    audit.record(session, "shelter_bed_held", actor, target=hold.id, bed=bed.id,
                 until=until.isoformat())
    return _infos(session, [hold])[0]


def cancel_hold(session: Session, actor: Actor, hold_id: str,
                now: dt.datetime | None = None) -> None:
    require(actor, Perm.SHELTER_WRITE)
    common.require_write_session(session)
    hold = session.get(Hold, hold_id) if hold_id else None
    if hold is None or hold.deleted:
        raise InvalidInput("This hold was not found.", field="hold_id")
    if hold.ended_at is not None:
        raise InvalidInput("This hold has already ended.", field="hold_id")
    hold.ended_at, hold.ended_reason = common.utc(now), "cancelled"
    session.flush()
    audit.record(session, "shelter_hold_cancelled", actor, target=hold.id)


def _infos(session: Session, holds: list[Hold]) -> list[HoldInfo]:
    if not holds:
        return []
    beds = {b.id: b for b in session.scalars(select(Bed).where(
        Bed.id.in_({h.bed_id for h in holds})))}
    rooms = {r.id: r for r in session.scalars(select(Room).where(
        Room.id.in_({b.room_id for b in beds.values()})))}
    pids = {h.person_id for h in holds if h.person_id}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(pids)))} \
        if pids else {}
    out = []
    for h in holds:
        bed = beds[h.bed_id]
        p = people.get(h.person_id or "")
        name = full_name(p.given_names, p.first_surname, p.second_surname) if p else \
            (h.expected_name or "")
        out.append(HoldInfo(h.id, h.bed_id, bed.label, rooms[bed.room_id].name, h.person_id,
                            name, h.note, h.held_at, h.expires_at, h.ended_at,
                            h.ended_reason))
    return out


def active_holds(session: Session, actor: Actor, at: dt.datetime | None = None
                 ) -> list[HoldInfo]:
    """Holds in force at `at` (default now), soonest expiry first."""
    require(actor, Perm.SHELTER_READ)
    when = common.utc(at)
    rows = list(session.scalars(select(Hold).where(
        Hold.deleted.is_(False), Hold.ended_at.is_(None), Hold.held_at <= when,
        Hold.expires_at > when).order_by(Hold.expires_at)))
    return _infos(session, rows)


def holds_during(session: Session, start: dt.datetime, end: dt.datetime) -> list[Hold]:
    """Holds in force at some moment of [start, end) (no permission check: board)."""
    return list(session.scalars(select(Hold).where(
        Hold.deleted.is_(False), Hold.held_at < end, Hold.expires_at > start)))


def hold_for(session: Session, actor: Actor, bed_id: str, at: dt.datetime | None = None
             ) -> HoldInfo | None:
    require(actor, Perm.SHELTER_READ)
    when = common.utc(at)
    row = session.scalars(select(Hold).where(
        Hold.bed_id == bed_id, Hold.deleted.is_(False), Hold.ended_at.is_(None),
        Hold.held_at <= when, Hold.expires_at > when).limit(1)).first()
    return _infos(session, [row])[0] if row else None
