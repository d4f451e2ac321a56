"""Rooms and beds (bed, crib, mattress), and beds out of service with a reason —
set up by an administrator (Perm.SHELTER_SETUP). Reading needs SHELTER_READ.

A bed out of service is a BedOutage row for the nights [from_on, until_on), so the
board of a past night shows which beds could not be used that night, and occupancy
counts only the beds that could.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.shelter import common
from clinic_desk.core.shelter.models import BED_KINDS, Bed, BedAssignment, BedOutage, Hold, Room

ROOM_NOT_FOUND = "This room was not found."
BED_NOT_FOUND = "This bed was not found."


@dataclass(frozen=True)
class OutageInfo:
    id: str
    bed_id: str
    from_on: dt.date
    until_on: dt.date | None
    reason: str


@dataclass(frozen=True)
class BedInfo:
    id: str
    room_id: str
    label: str
    kind: str
    position: int
    active: bool
    outage: OutageInfo | None  # out of service today (or on the day asked)

    @property
    def in_service(self) -> bool:
        return self.active and self.outage is None


@dataclass(frozen=True)
class RoomInfo:
    id: str
    name: str
    note: str | None
    position: int
    active: bool
    beds: tuple[BedInfo, ...]


def outage_info(o: BedOutage) -> OutageInfo:
    return OutageInfo(o.id, o.bed_id, o.from_on, o.until_on, o.reason)


def live_room(session: Session, room_id: str) -> Room:
    room = session.get(Room, room_id) if room_id else None
    if room is None or room.deleted:
        raise InvalidInput(ROOM_NOT_FOUND, field="room_id")
    return room


def live_bed(session: Session, bed_id: str, fld: str = "bed_id") -> Bed:
    bed = session.get(Bed, bed_id) if bed_id else None
    if bed is None or bed.deleted:
        raise InvalidInput(BED_NOT_FOUND, field=fld)
    return bed


def outage_on(session: Session, bed_id: str, night: dt.date) -> BedOutage | None:
    return session.scalars(select(BedOutage).where(
        BedOutage.bed_id == bed_id, BedOutage.deleted.is_(False),
        BedOutage.from_on <= night,
        or_(BedOutage.until_on.is_(None), BedOutage.until_on > night),
    ).limit(1)).first()


def _name(value: str | None, fld: str, max_len: int, template: str) -> str:
    text = common.clean(value, max_len, fld)
    if not text:
        raise InvalidInput(template, field=fld)
    return text


# -- rooms -----------------------------------------------------------------------------
def create_room(session: Session, actor: Actor, name: str, note: str | None = None
                ) -> RoomInfo:
    require(actor, Perm.SHELTER_SETUP)
    common.require_write_session(session)
    clean = _name(name, "name", 60, "Give the room a name.")
    _check_room_name(session, clean)
    position = (session.scalar(select(func.max(Room.position))) or 0) + 1
    room = Room(name=clean, note=common.clean(note, 200, "note"), position=position,
                active=True)
    session.add(room)
    session.flush()
    audit.record(session, "shelter_room_added", actor, target=room.id)
    return _room_info(session, room, common.today())


def _check_room_name(session: Session, name: str, except_id: str | None = None) -> None:
    q = select(Room.id).where(func.lower(Room.name) == name.lower(), Room.deleted.is_(False),
                              Room.active.is_(True))
    if except_id:
        q = q.where(Room.id != except_id)
    if session.scalar(q.limit(1)):
        raise InvalidInput("There is already a room called {name}.", field="name", name=name)


def update_room(session: Session, actor: Actor, room_id: str, name: str,
                note: str | None = None) -> RoomInfo:
    require(actor, Perm.SHELTER_SETUP)
    common.require_write_session(session)
    room = live_room(session, room_id)
    clean = _name(name, "name", 60, "Give the room a name.")
    _check_room_name(session, clean, room.id)
    note_clean = common.clean(note, 200, "note")
    if room.name != clean:
        room.name = clean
    if room.note != note_clean:
        room.note = note_clean
    session.flush()
    return _room_info(session, room, common.today())


def retire_room(session: Session, actor: Actor, room_id: str) -> None:
    """A room no longer used: only when none of its beds is still in use."""
    require(actor, Perm.SHELTER_SETUP)
    common.require_write_session(session)
    room = live_room(session, room_id)
    beds = session.scalars(select(Bed).where(Bed.room_id == room.id, Bed.deleted.is_(False),
                                             Bed.active.is_(True))).all()
    for bed in beds:
        _check_unused_from(session, bed, common.today())
    for bed in beds:
        bed.active = False
    room.active = False
    session.flush()
    audit.record(session, "shelter_room_retired", actor, target=room.id)


# -- beds ------------------------------------------------------------------------------
def _kind(kind: str) -> str:
    return common.choice(kind, BED_KINDS, "kind", "A bed is a bed, a crib or a mattress.")


def _check_bed_label(session: Session, room_id: str, label: str,
                     except_id: str | None = None) -> None:
    q = select(Bed.id).where(Bed.room_id == room_id, func.lower(Bed.label) == label.lower(),
                             Bed.deleted.is_(False), Bed.active.is_(True))
    if except_id:
        q = q.where(Bed.id != except_id)
    if session.scalar(q.limit(1)):
        raise InvalidInput("This room already has a bed called {label}.", field="label",
                           label=label)


def create_bed(session: Session, actor: Actor, room_id: str, label: str,
               kind: str = "bed") -> BedInfo:
    require(actor, Perm.SHELTER_SETUP)
    common.require_write_session(session)
    room = live_room(session, room_id)
    if not room.active:
        raise InvalidInput("This room is no longer in use.", field="room_id")
    clean = _name(label, "label", 40, "Give the bed a name or number.")
    kind = _kind(kind)
    _check_bed_label(session, room.id, clean)
    position = (session.scalar(select(func.max(Bed.position)).where(Bed.room_id == room.id))
                or 0) + 1
    bed = Bed(room_id=room.id, label=clean, kind=kind, position=position, active=True)
    session.add(bed)
    session.flush()
    audit.record(session, "shelter_bed_added", actor, target=bed.id, room=room.id, kind=kind)
    return bed_info(session, bed, common.today())


def update_bed(session: Session, actor: Actor, bed_id: str, label: str, kind: str) -> BedInfo:
    require(actor, Perm.SHELTER_SETUP)
    common.require_write_session(session)
    bed = live_bed(session, bed_id)
    clean = _name(label, "label", 40, "Give the bed a name or number.")
    kind = _kind(kind)
    _check_bed_label(session, bed.room_id, clean, bed.id)
    if bed.label != clean:
        bed.label = clean
    if bed.kind != kind:
        bed.kind = kind
    session.flush()
    return bed_info(session, bed, common.today())


def _check_unused_from(session: Session, bed: Bed, night: dt.date) -> None:
    """Refuse when someone sleeps in the bed on `night` or later, or it is held."""
    used = session.scalar(select(BedAssignment.id).where(
        BedAssignment.bed_id == bed.id, BedAssignment.deleted.is_(False),
        or_(BedAssignment.end_on.is_(None), BedAssignment.end_on > night),
        or_(BedAssignment.end_on.is_(None), BedAssignment.end_on > BedAssignment.start_on),
    ).limit(1))
    if used:
        raise InvalidInput("Someone sleeps in bed {label} on those nights. Transfer her "
                           "first.", field="bed_id", label=bed.label)
    held = session.scalar(select(Hold.id).where(
        Hold.bed_id == bed.id, Hold.deleted.is_(False), Hold.ended_at.is_(None),
        Hold.expires_at > common.utc(None)).limit(1))
    if held:
        raise InvalidInput("Bed {label} is held for someone. Cancel the hold first.",
                           field="bed_id", label=bed.label)


def retire_bed(session: Session, actor: Actor, bed_id: str) -> None:
    require(actor, Perm.SHELTER_SETUP)
    common.require_write_session(session)
    bed = live_bed(session, bed_id)
    _check_unused_from(session, bed, common.today())
    bed.active = False
    session.flush()
    audit.record(session, "shelter_bed_retired", actor, target=bed.id)


def set_out_of_service(session: Session, actor: Actor, bed_id: str, reason: str,
                       from_on: dt.date | None = None) -> OutageInfo:
    """The bed cannot be used from the night `from_on` (default tonight) on."""
    require(actor, Perm.SHELTER_SETUP)
    common.require_write_session(session)
    bed = live_bed(session, bed_id)
    why = _name(reason, "reason", 200, "Say why the bed is out of service.")
    night = from_on or common.today()
    if session.scalar(select(BedOutage.id).where(
            BedOutage.bed_id == bed.id, BedOutage.deleted.is_(False),
            BedOutage.until_on.is_(None)).limit(1)):
        raise InvalidInput("This bed is already out of service.", field="bed_id")
    _check_unused_from(session, bed, night)
    outage = BedOutage(bed_id=bed.id, from_on=night, until_on=None, reason=why)
    session.add(outage)
    with common.refusals():
        session.flush()
    audit.record(session, "shelter_bed_out_of_service", actor, target=bed.id,
                 from_on=night.isoformat())
    return outage_info(outage)


def return_to_service(session: Session, actor: Actor, bed_id: str,
                      on: dt.date | None = None) -> None:
    require(actor, Perm.SHELTER_SETUP)
    common.require_write_session(session)
    bed = live_bed(session, bed_id)
    outage = session.scalars(select(BedOutage).where(
        BedOutage.bed_id == bed.id, BedOutage.deleted.is_(False),
        BedOutage.until_on.is_(None)).limit(1)).first()
    if outage is None:
        raise InvalidInput("This bed is in service already.", field="bed_id")
    night = on or common.today()
    if night < outage.from_on:
        raise InvalidInput("A bed cannot return to service before it went out of service "
                           "({date}).", field="on", date=outage.from_on.isoformat())
    outage.until_on = night
    session.flush()
    audit.record(session, "shelter_bed_in_service", actor, target=bed.id,
                 on=night.isoformat())


# -- reading ---------------------------------------------------------------------------
def bed_info(session: Session, bed: Bed, night: dt.date) -> BedInfo:
    outage = outage_on(session, bed.id, night)
    return BedInfo(bed.id, bed.room_id, bed.label, bed.kind, bed.position, bool(bed.active),
                   outage_info(outage) if outage else None)


def _room_info(session: Session, room: Room, night: dt.date,
               include_inactive: bool = False) -> RoomInfo:
    q = select(Bed).where(Bed.room_id == room.id, Bed.deleted.is_(False))
    if not include_inactive:
        q = q.where(Bed.active.is_(True))
    beds = session.scalars(q.order_by(Bed.position, Bed.label)).all()
    return RoomInfo(room.id, room.name, room.note, room.position, bool(room.active),
                    tuple(bed_info(session, b, night) for b in beds))


def list_rooms(session: Session, actor: Actor, include_inactive: bool = False,
               night: dt.date | None = None) -> list[RoomInfo]:
    require(actor, Perm.SHELTER_READ)
    q = select(Room).where(Room.deleted.is_(False))
    if not include_inactive:
        q = q.where(Room.active.is_(True))
    rooms = session.scalars(q.order_by(Room.position, Room.name)).all()
    when = night or common.today()
    return [_room_info(session, r, when, include_inactive) for r in rooms]
