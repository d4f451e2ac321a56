"""The bed board for any night: every room and bed, who sleeps there (name, which
night of her stay, the children with her), and the beds that are free, held or out
of service. Five queries, whatever the number of beds.

A hold shows on night N when it is in force at some moment between noon of N and
noon of the next day (local time) — for tonight, from now on (in the morning too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clinic_desk.core.intake.models import Person
from clinic_desk.core.intake.people import full_name
from clinic_desk.core.intake.validation import age_of
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.shelter import common
from clinic_desk.core.shelter.models import Bed, BedAssignment, BedOutage, Hold, Room, Stay

OCCUPIED, FREE, HELD, OUT = "occupied", "free", "held", "out_of_service"
STATES = (OCCUPIED, FREE, HELD, OUT)


@dataclass(frozen=True)
class Occupant:
    stay_id: str
    admission_id: str
    person_id: str
    name: str
    age: int | None
    is_head: bool
    night_number: int  # 1 on the night she arrived
    admitted_on: dt.date
    expected_nights: int | None
    children: tuple[str, ...] = ()  # names of the family members with her that night
    with_name: str | None = None  # for a child: the woman she or he came with


@dataclass(frozen=True)
class BoardBed:
    bed_id: str
    room_id: str
    label: str
    kind: str
    state: str
    occupant: Occupant | None = None
    hold_id: str | None = None
    hold_name: str | None = None
    hold_until: dt.datetime | None = None
    outage_reason: str | None = None


@dataclass(frozen=True)
class BoardRoom:
    id: str
    name: str
    beds: tuple[BoardBed, ...]


@dataclass(frozen=True)
class Board:
    night: dt.date
    rooms: tuple[BoardRoom, ...]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def beds(self) -> list[BoardBed]:
        return [b for r in self.rooms for b in r.beds]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def available(self) -> int:
        """Beds that could be used that night (all but out of service)."""
        return self.total - self.counts.get(OUT, 0)

    def bed(self, bed_id: str) -> BoardBed | None:
        return next((b for b in self.beds if b.bed_id == bed_id), None)


def night_window(night: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = common.at_local(night, 12)
    return start.astimezone(dt.UTC), (start + dt.timedelta(days=1)).astimezone(dt.UTC)


def board(session: Session, actor: Actor, night: dt.date | None = None) -> Board:
    require(actor, Perm.SHELTER_READ)
    night = night or common.today()

    occupied = session.execute(
        select(BedAssignment.bed_id, Stay.id, Stay.admission_id, Stay.person_id, Stay.is_head,
               Stay.admitted_on, Stay.expected_nights, Person.given_names,
               Person.first_surname, Person.second_surname, Person.birth_date,
               Person.birth_year)
        .join(Stay, Stay.id == BedAssignment.stay_id)
        .join(Person, Person.id == BedAssignment.person_id)
        .where(BedAssignment.deleted.is_(False), BedAssignment.start_on <= night,
               or_(BedAssignment.end_on.is_(None), BedAssignment.end_on > night))
    ).all()
    by_bed = {r.bed_id: r for r in occupied}

    beds = session.execute(
        select(Bed.id, Bed.room_id, Bed.label, Bed.kind, Bed.position, Bed.active,
               Room.name, Room.position.label("room_position"), Room.active.label("room_active"))
        .join(Room, Room.id == Bed.room_id)
        .where(Bed.deleted.is_(False), Room.deleted.is_(False))
        .order_by(Room.position, Room.name, Bed.position, Bed.label)
    ).all()

    outages = {bed_id: reason for bed_id, reason in session.execute(
        select(BedOutage.bed_id, BedOutage.reason).where(
            BedOutage.deleted.is_(False), BedOutage.from_on <= night,
            or_(BedOutage.until_on.is_(None), BedOutage.until_on > night)))}

    start, end = night_window(night)
    now = common.utc(None)
    # tonight: the holds in force from now on — also in the morning, before the night's
    # window opens at noon (a bed held at 7 for four hours is held now)
    if start <= now < end or (now < start and night == common.night_of(now)):
        start = now
    holds: dict[str, Hold] = {}
    for h in session.scalars(select(Hold).where(
            Hold.deleted.is_(False), Hold.held_at < end, Hold.expires_at > start,
            or_(Hold.ended_at.is_(None), Hold.ended_at > start))):
        holds.setdefault(h.bed_id, h)
    hold_people = {h.person_id for h in holds.values() if h.person_id}
    names = {p.id: full_name(p.given_names, p.first_surname, p.second_surname)
             for p in session.scalars(select(Person).where(Person.id.in_(hold_people)))} \
        if hold_people else {}

    # families: who of each admission sleeps here that night
    family: dict[str, list[tuple[bool, str]]] = {}
    for r in occupied:
        family.setdefault(r.admission_id, []).append(
            (bool(r.is_head), full_name(r.given_names, r.first_surname, r.second_surname)))

    today = common.today()
    counts = dict.fromkeys(STATES, 0)
    rooms: dict[str, tuple[str, list[BoardBed]]] = {}
    for b in beds:
        occ = by_bed.get(b.id)
        if occ is None and not (b.active and b.room_active):
            continue  # retired and empty
        room = rooms.setdefault(b.room_id, (b.name, []))
        if occ is not None:
            name = full_name(occ.given_names, occ.first_surname, occ.second_surname)
            members = family.get(occ.admission_id, [])
            head = next((n for is_head, n in members if is_head), None)
            occupant = Occupant(
                occ.id, occ.admission_id, occ.person_id, name,
                age_of(occ.birth_date, occ.birth_year, min(night, today)), bool(occ.is_head),
                (night - occ.admitted_on).days + 1, occ.admitted_on, occ.expected_nights,
                children=tuple(n for is_head, n in members if not is_head)
                if occ.is_head else (),
                with_name=None if occ.is_head else head,
            )
            item = BoardBed(b.id, b.room_id, b.label, b.kind, OCCUPIED, occupant=occupant)
        elif b.id in outages:
            item = BoardBed(b.id, b.room_id, b.label, b.kind, OUT, outage_reason=outages[b.id])
        elif b.id in holds:
            h = holds[b.id]
            item = BoardBed(b.id, b.room_id, b.label, b.kind, HELD, hold_id=h.id,
                            hold_name=names.get(h.person_id or "") or h.expected_name,
                            hold_until=h.expires_at)
        else:
            item = BoardBed(b.id, b.room_id, b.label, b.kind, FREE)
        counts[item.state] += 1
        room[1].append(item)
    return Board(night, tuple(BoardRoom(rid, name, tuple(items))
                              for rid, (name, items) in rooms.items()), counts)


@dataclass(frozen=True)
class Summary:
    """For the home screen."""

    free_tonight: int
    occupied_tonight: int
    holds_expiring_today: int
    waiting: int


def summary(session: Session, actor: Actor, now: dt.datetime | None = None) -> Summary:
    from clinic_desk.core.shelter.models import WaitlistEntry

    require(actor, Perm.SHELTER_READ)
    now = common.utc(now)
    tonight = common.night_of(now)
    b = board(session, actor, tonight)
    end_of_day = common.at_local(tonight + dt.timedelta(days=1), 0).astimezone(dt.UTC)
    expiring = len(list(session.scalars(select(Hold.id).where(
        Hold.deleted.is_(False), Hold.ended_at.is_(None), Hold.expires_at > now,
        Hold.expires_at <= end_of_day))))
    waiting = len(list(session.scalars(select(WaitlistEntry.id).where(
        WaitlistEntry.status == "waiting", WaitlistEntry.deleted.is_(False)))))
    return Summary(b.counts[FREE], b.counts[OCCUPIED], expiring, waiting)
