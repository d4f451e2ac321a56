"""Admission (a woman and her household in one action, each to a bed), transfer to
another bed, and discharge with reason and destination. Staff (Perm.SHELTER_WRITE).

Every rule is checked before the first write, with a clear message naming the bed or
the person; the database enforces the same rules again (migration 0005), so a second
admission racing for the same bed from another connection fails cleanly too: the
refusal becomes the same InvalidInput and the caller's transaction rolls back whole.
Admissions, transfers and discharges are audited (ids only, never names).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clinic_desk.core.db.types import new_uuid
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import live_person
from clinic_desk.core.intake.models import HouseholdMember, Person
from clinic_desk.core.intake.people import full_name
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.shelter import common
from clinic_desk.core.shelter.common import BED_TAKEN, PERSON_STAYING
from clinic_desk.core.shelter.models import (
    DISCHARGE_REASONS,
    REFERRAL_SOURCES,
    Bed,
    BedAssignment,
    Hold,
    Room,
    Stay,
    WaitlistEntry,
)
from clinic_desk.core.shelter.setup import live_bed, outage_on

STAY_NOT_FOUND = "This stay was not found."
NOT_STAYING = "{name} is no longer staying in the shelter."
FUTURE_SLACK = dt.timedelta(minutes=5)  # the PC's clock and the form's may differ a little


@dataclass(frozen=True)
class Placement:
    """One person of the family and the bed she (or he) takes."""

    person_id: str
    bed_id: str


@dataclass(frozen=True)
class StayInfo:
    id: str
    person_id: str
    full_name: str
    admission_id: str
    is_head: bool
    bed_id: str | None  # the current (or last) bed
    bed_label: str | None
    room_name: str | None
    admitted_at: dt.datetime
    admitted_on: dt.date
    referral_source: str
    referral_note: str | None
    expected_nights: int | None
    discharged_at: dt.datetime | None
    discharged_on: dt.date | None
    discharge_reason: str | None
    destination: str | None
    discharge_note: str | None

    @property
    def active(self) -> bool:
        return self.discharged_on is None

    def nights(self, until: dt.date) -> int:
        """Nights spent up to (not including) `until`, or to her discharge."""
        end = self.discharged_on or until
        return max(0, (min(end, until) - self.admitted_on).days)


@dataclass(frozen=True)
class AdmissionInfo:
    admission_id: str
    stays: tuple[StayInfo, ...]  # the woman first


# -- checks ----------------------------------------------------------------------------
def _name(p: Person) -> str:
    return full_name(p.given_names, p.first_surname, p.second_surname)


def _when(at: dt.datetime | None, now: dt.datetime, fld: str, future: str) -> dt.datetime:
    when = common.utc(at) if at is not None else now
    if when > now + FUTURE_SLACK:
        raise InvalidInput(future, field=fld)
    return when


def bed_taken_from(session: Session, bed_id: str, night: dt.date,
                   until: dt.date | None = None, except_stay: str | None = None) -> bool:
    """Whether someone has the bed on any night in [night, until) (until None: on)."""
    q = select(BedAssignment.id).where(
        BedAssignment.bed_id == bed_id, BedAssignment.deleted.is_(False),
        or_(BedAssignment.end_on.is_(None), BedAssignment.end_on > night),
        or_(BedAssignment.end_on.is_(None), BedAssignment.end_on > BedAssignment.start_on),
    )
    if until is not None:
        q = q.where(BedAssignment.start_on < until)
    if except_stay:
        q = q.where(BedAssignment.stay_id != except_stay)
    return session.scalar(q.limit(1)) is not None


def open_hold(session: Session, bed_id: str, at: dt.datetime) -> Hold | None:
    return session.scalars(select(Hold).where(
        Hold.bed_id == bed_id, Hold.deleted.is_(False), Hold.ended_at.is_(None),
        Hold.held_at <= at, Hold.expires_at > at).limit(1)).first()


def check_bed_usable(session: Session, bed: Bed, night: dt.date, at: dt.datetime,
                     person_id: str, except_stay: str | None = None) -> Hold | None:
    """Refuse a bed that is retired, out of service, taken, or held for someone else.
    Returns her own hold on it, if any (to be ended by the caller)."""
    room = session.get(Room, bed.room_id)
    if not bed.active or room is None or room.deleted or not room.active:
        raise InvalidInput("Bed {label} is no longer in use.", field="bed_id", label=bed.label)
    outage = outage_on(session, bed.id, night)
    if outage is not None:
        raise InvalidInput("Bed {label} is out of service: {reason}.", field="bed_id",
                           label=bed.label, reason=outage.reason)
    if bed_taken_from(session, bed.id, night, except_stay=except_stay):
        raise InvalidInput("Bed {label} is occupied. Choose a free bed.", field="bed_id",
                           label=bed.label)
    hold = open_hold(session, bed.id, at)
    if hold is not None and hold.person_id != person_id:
        raise InvalidInput("Bed {label} is held for someone else until {until}.",
                           field="bed_id", label=bed.label,
                           until=hold.expires_at.astimezone(common.LIMA).strftime(
                               "%Y-%m-%d %H:%M"))
    return hold


def staying_from(session: Session, person_id: str, night: dt.date) -> Stay | None:
    """A stay of hers that covers `night` or any later night (or is still open)."""
    return session.scalars(select(Stay).where(
        Stay.person_id == person_id, Stay.deleted.is_(False),
        or_(Stay.discharged_on.is_(None), Stay.discharged_on > night),
        or_(Stay.discharged_on.is_(None), Stay.discharged_on > Stay.admitted_on),
    ).limit(1)).first()


def _household_of(session: Session, person_id: str) -> str | None:
    return session.scalar(select(HouseholdMember.household_id).where(
        HouseholdMember.person_id == person_id, HouseholdMember.deleted.is_(False)).limit(1))


def _same_household(session: Session, head_id: str, other_id: str) -> str | None:
    mine = set(session.scalars(select(HouseholdMember.household_id).where(
        HouseholdMember.person_id == head_id, HouseholdMember.deleted.is_(False))))
    theirs = set(session.scalars(select(HouseholdMember.household_id).where(
        HouseholdMember.person_id == other_id, HouseholdMember.deleted.is_(False))))
    common_ids = sorted(mine & theirs)
    return common_ids[0] if common_ids else None


# -- admission -------------------------------------------------------------------------
def admit(session: Session, actor: Actor, placements: Sequence[Placement],
          admitted_at: dt.datetime | None = None, referral_source: str = "self",
          expected_nights: int | None = None, referral_note: str | None = None,
          now: dt.datetime | None = None) -> AdmissionInfo:
    """Admit a woman (the first placement) and the members of her household who come
    with her (the others), each to a bed, in one transaction."""
    require(actor, Perm.SHELTER_WRITE)
    common.require_write_session(session)
    now = common.utc(now)
    if not placements:
        raise InvalidInput("Choose who is admitted and her bed.", field="person_id")
    at = _when(admitted_at, now, "admitted_at", "An admission cannot be in the future.")
    night = common.night_of(at)
    source = common.choice(referral_source, REFERRAL_SOURCES, "referral_source",
                           "Choose who referred her from the list.")
    if expected_nights is not None and not 1 <= int(expected_nights) <= 3650:
        raise InvalidInput("The expected stay is between 1 and 3650 nights.",
                           field="expected_nights")
    note = common.clean(referral_note, 200, "referral_note")
    people_seen: set[str] = set()
    beds_seen: set[str] = set()
    rows: list[tuple[Person, Bed, Hold | None]] = []
    head: Person | None = None
    household_id: str | None = None
    for n, place in enumerate(placements):
        fld = "person_id" if n == 0 else f"members.{n}.person_id"
        person = live_person(session, place.person_id, fld=fld)
        name = _name(person)
        if person.id in people_seen:
            raise InvalidInput("{name} is listed twice.", field=fld, name=name)
        people_seen.add(person.id)
        if head is None:
            head = person
            household_id = _household_of(session, person.id)
        else:
            shared = _same_household(session, head.id, person.id)
            if shared is None:
                raise InvalidInput("{name} is not in {head}'s household.", field=fld,
                                   name=name, head=_name(head))
            household_id = shared
        if staying_from(session, person.id, night) is not None:
            raise InvalidInput(PERSON_STAYING, field=fld, name=name)
        bfld = "bed_id" if n == 0 else f"members.{n}.bed_id"
        bed = live_bed(session, place.bed_id, fld=bfld)
        if bed.id in beds_seen:
            raise InvalidInput("Bed {label} is chosen twice: one person per bed.",
                               field=bfld, label=bed.label)
        beds_seen.add(bed.id)
        hold = check_bed_usable(session, bed, night, at, person.id)
        rows.append((person, bed, hold))

    assert head is not None
    admission_id = new_uuid()  # the woman's stay id; her family's stays share it
    stays: list[Stay] = []
    for person, _bed, hold in rows:
        is_head = person.id == head.id
        stay = Stay(id=admission_id if is_head else new_uuid(), admission_id=admission_id,
                    person_id=person.id, household_id=household_id, is_head=is_head,
                    admitted_at=at, admitted_on=night, referral_source=source,
                    referral_note=note,
                    expected_nights=int(expected_nights) if expected_nights else None,
                    admitted_by=actor.user_id)
        session.add(stay)
        stays.append(stay)
        if hold is not None:
            hold.ended_at, hold.ended_reason = now, "admitted"
    with common.refusals(_name(head), "person_id"):
        session.flush()
    for (person, bed, _hold), stay in zip(rows, stays, strict=True):
        session.add(BedAssignment(stay_id=stay.id, bed_id=bed.id, person_id=person.id,
                                  start_on=night, end_on=None))
    # both the bed and the person intervals are checked by the database again here
    with common.refusals(_name(head)):
        session.flush()
    for entry in session.scalars(select(WaitlistEntry).where(
            WaitlistEntry.person_id.in_(people_seen), WaitlistEntry.status == "waiting",
            WaitlistEntry.deleted.is_(False))):
        entry.status, entry.closed_at = "admitted", now
    session.flush()
    audit.record(session, "shelter_admitted", actor, target=admission_id,
                 people=len(stays), beds=[b.id for _p, b, _h in rows],
                 night=night.isoformat(), referral_source=source)
    infos = stay_infos(session, stays)
    return AdmissionInfo(admission_id, tuple(infos))


# -- transfer --------------------------------------------------------------------------
def _live_stay(session: Session, stay_id: str) -> Stay:
    stay = session.get(Stay, stay_id) if stay_id else None
    if stay is None or stay.deleted:
        raise InvalidInput(STAY_NOT_FOUND, field="stay_id")
    return stay


def _open_assignment(session: Session, stay: Stay) -> BedAssignment | None:
    return session.scalars(select(BedAssignment).where(
        BedAssignment.stay_id == stay.id, BedAssignment.deleted.is_(False),
        BedAssignment.end_on.is_(None)).limit(1)).first()


def transfer(session: Session, actor: Actor, stay_id: str, to_bed_id: str,
             on: dt.date | None = None, now: dt.datetime | None = None) -> StayInfo:
    """Move her to another bed from the night `on` (default tonight)."""
    require(actor, Perm.SHELTER_WRITE)
    common.require_write_session(session)
    now = common.utc(now)
    stay = _live_stay(session, stay_id)
    person = session.get(Person, stay.person_id)
    name = _name(person) if person else "-"
    if stay.discharged_on is not None:
        raise InvalidInput(NOT_STAYING, field="stay_id", name=name)
    current = _open_assignment(session, stay)
    night = on or common.night_of(now)
    if night > common.night_of(now):
        raise InvalidInput("A transfer cannot be in the future.", field="on")
    if current is not None and night < current.start_on:
        raise InvalidInput("A transfer cannot be before she took her present bed ({date}).",
                           field="on", date=current.start_on.isoformat())
    bed = live_bed(session, to_bed_id)
    if current is not None and current.bed_id == bed.id:
        raise InvalidInput("She is already in bed {label}.", field="bed_id", label=bed.label)
    at = common.at_local(night, 12) if night < common.night_of(now) else now
    hold = check_bed_usable(session, bed, night, at, stay.person_id)
    if current is not None:
        current.end_on = night
        with common.refusals(name):
            session.flush()  # her old bed first: one open bed per person
    if hold is not None:
        hold.ended_at, hold.ended_reason = now, "admitted"
    session.add(BedAssignment(stay_id=stay.id, bed_id=bed.id, person_id=stay.person_id,
                              start_on=night, end_on=None))
    with common.refusals(name):
        session.flush()
    audit.record(session, "shelter_transferred", actor, target=stay.id,
                 from_bed=current.bed_id if current else None, to_bed=bed.id,
                 night=night.isoformat())
    return stay_infos(session, [stay])[0]


# -- discharge -------------------------------------------------------------------------
def discharge(session: Session, actor: Actor, stay_id: str, reason: str,
              discharged_at: dt.datetime | None = None, destination: str | None = None,
              note: str | None = None, now: dt.datetime | None = None) -> StayInfo:
    """She leaves: the date and time, why (DISCHARGE_REASONS) and where to. Her bed is
    free from that night on."""
    require(actor, Perm.SHELTER_WRITE)
    common.require_write_session(session)
    now = common.utc(now)
    stay = _live_stay(session, stay_id)
    person = session.get(Person, stay.person_id)
    name = _name(person) if person else "-"
    if stay.discharged_on is not None:
        raise InvalidInput(NOT_STAYING, field="stay_id", name=name)
    why = common.choice(reason, DISCHARGE_REASONS, "reason",
                        "Choose the reason for the discharge from the list.")
    where = common.clean(destination, 200, "destination")
    text = common.clean(note, 2000, "note")
    if why == "other_institution" and not where:
        raise InvalidInput("Say which institution she goes to.", field="destination")
    if why == "other" and not (text or where):
        raise InvalidInput("Say briefly why she leaves.", field="note")
    at = _when(discharged_at, now, "discharged_at", "A discharge cannot be in the future.")
    if at < common.utc(stay.admitted_at):
        raise InvalidInput("A discharge cannot be before the admission ({date}).",
                           field="discharged_at",
                           date=stay.admitted_at.astimezone(common.LIMA).strftime(
                               "%Y-%m-%d %H:%M"))
    night = common.night_of(at)
    current = _open_assignment(session, stay)
    if current is not None and night < current.start_on:
        raise InvalidInput("A discharge cannot be before her last change of bed ({date}).",
                           field="discharged_at", date=current.start_on.isoformat())
    stay.discharged_at, stay.discharged_on = at, night
    stay.discharge_reason, stay.destination, stay.discharge_note = why, where, text
    stay.discharged_by = actor.user_id
    if current is not None:
        current.end_on = night
    with common.refusals(name):
        session.flush()
    audit.record(session, "shelter_discharged", actor, target=stay.id, reason=why,
                 night=night.isoformat())
    return stay_infos(session, [stay])[0]


def discharge_many(session: Session, actor: Actor, stay_ids: Sequence[str], reason: str,
                   discharged_at: dt.datetime | None = None, destination: str | None = None,
                   note: str | None = None, now: dt.datetime | None = None
                   ) -> list[StayInfo]:
    """A mother and her children leave together: one transaction, all or none."""
    if not stay_ids:
        raise InvalidInput("Choose who leaves.", field="stay_id")
    return [discharge(session, actor, sid, reason, discharged_at, destination, note, now)
            for sid in dict.fromkeys(stay_ids)]


# -- reading ---------------------------------------------------------------------------
def stay_infos(session: Session, stays: Sequence[Stay]) -> list[StayInfo]:
    if not stays:
        return []
    ids = [s.id for s in stays]
    people = {p.id: p for p in session.scalars(select(Person).where(
        Person.id.in_({s.person_id for s in stays})))}
    last: dict[str, BedAssignment] = {}
    for a in session.scalars(select(BedAssignment).where(
            BedAssignment.stay_id.in_(ids), BedAssignment.deleted.is_(False))
            .order_by(BedAssignment.start_on, BedAssignment.created_at)):
        last[a.stay_id] = a
    beds = {b.id: b for b in session.scalars(select(Bed).where(
        Bed.id.in_({a.bed_id for a in last.values()})))} if last else {}
    rooms = {r.id: r for r in session.scalars(select(Room).where(
        Room.id.in_({b.room_id for b in beds.values()})))} if beds else {}
    out = []
    for s in stays:
        p = people.get(s.person_id)
        a = last.get(s.id)
        bed = beds.get(a.bed_id) if a else None
        room = rooms.get(bed.room_id) if bed else None
        out.append(StayInfo(
            s.id, s.person_id, _name(p) if p else "-", s.admission_id, bool(s.is_head),
            bed.id if bed else None, bed.label if bed else None, room.name if room else None,
            s.admitted_at, s.admitted_on, s.referral_source, s.referral_note,
            s.expected_nights, s.discharged_at, s.discharged_on, s.discharge_reason,
            s.destination, s.discharge_note,
        ))
    return out


def get_stay(session: Session, actor: Actor, stay_id: str) -> StayInfo:
    require(actor, Perm.SHELTER_READ)
    return stay_infos(session, [_live_stay(session, stay_id)])[0]


def current_stay(session: Session, actor: Actor, person_id: str) -> StayInfo | None:
    require(actor, Perm.SHELTER_READ)
    stay = session.scalars(select(Stay).where(
        Stay.person_id == person_id, Stay.deleted.is_(False),
        Stay.discharged_on.is_(None)).limit(1)).first()
    return stay_infos(session, [stay])[0] if stay else None


def active_stays(session: Session, actor: Actor) -> list[StayInfo]:
    require(actor, Perm.SHELTER_READ)
    stays = session.scalars(select(Stay).where(
        Stay.deleted.is_(False), Stay.discharged_on.is_(None))
        .order_by(Stay.admitted_at)).all()
    return stay_infos(session, stays)


def admission_stays(session: Session, actor: Actor, admission_id: str,
                    active_only: bool = True) -> list[StayInfo]:
    """The stays admitted together (the woman first)."""
    require(actor, Perm.SHELTER_READ)
    q = select(Stay).where(Stay.admission_id == admission_id, Stay.deleted.is_(False))
    if active_only:
        q = q.where(Stay.discharged_on.is_(None))
    stays = sorted(session.scalars(q).all(), key=lambda s: (not s.is_head, s.created_at))
    return stay_infos(session, stays)


def stay_history(session: Session, actor: Actor, person_id: str) -> list[StayInfo]:
    require(actor, Perm.SHELTER_READ)
    stays = session.scalars(select(Stay).where(
        Stay.person_id == person_id, Stay.deleted.is_(False))
        .order_by(Stay.admitted_at.desc())).all()
    return stay_infos(session, stays)


__all__ = [
    "BED_TAKEN", "AdmissionInfo", "Placement", "StayInfo", "active_stays", "admission_stays",
    "admit", "current_stay", "discharge", "discharge_many", "get_stay", "stay_history",
    "transfer",
]
