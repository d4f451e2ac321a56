"""Synthetic shelter data: rooms with beds and cribs, and a year of realistic stays —
women arriving at night with their children (a crib for the youngest), stays of a few
nights to a few months, some transfers between beds, discharges with their reasons,
a bed out of service, a hold and a short waitlist today.

The people are the intake demo's (women who head a household, with their children;
women alone); if there are none yet, the intake filler makes some first. Everything
goes through the services, so every rule holds in the demo data too.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from clinic_desk.core.intake.models import HouseholdMember, Person
from clinic_desk.core.security.roles import Actor, Role
from clinic_desk.core.shelter import common, holds, setup, stays, waitlist
from clinic_desk.core.shelter.models import Bed, Room
from clinic_desk.core.shelter.stays import Placement
from clinic_desk.core.workspace import Workspace

ROOM_NAMES = (
    "Girasol", "Retama", "Kantuta", "Amancay", "Molle", "Qantu", "Huaranhuay", "Achupalla",
    "Chiwanway", "Tara", "Quinual", "Lúcuma", "Pacae", "Chirimoya", "Aguaymanto", "Maíz",
    "Quinua", "Cañihua", "Kiwicha", "Olluco",
)
REASONS = (("reintegrated_family", 30), ("own_home", 25), ("other_institution", 15),
           ("left_without_notice", 15), ("expelled_safety", 3), ("other", 12))
SOURCES = (("cem", 30), ("police", 22), ("self", 12), ("health_centre", 10),
           ("mobile_team", 9), ("fiscalia", 7), ("demuna", 4), ("community", 4),
           ("other_shelter", 2))
DESTINATIONS = {
    "reintegrated_family": ("Casa de su madre en Huaycán", "Con su hermana en Chosica",
                            "Con sus padres en Ayacucho", "Con su tía en Jicamarca"),
    "own_home": ("Cuarto alquilado en Ate", "Su vivienda en Carabayllo",
                 "Vivienda propia, con medidas de protección"),
    "other_institution": ("Hogar de Refugio Temporal del MIMP", "Casa de acogida de Lima Norte",
                          "Centro de salud mental comunitario"),
    "left_without_notice": ("",),
    "expelled_safety": ("",),
    "other": ("Viajó a su comunidad de origen",),
}


@dataclass(frozen=True)
class FillReport:
    rooms: int
    beds: int
    stays: int
    admissions: int


def demo_actor(ws: Workspace) -> Actor:
    """The demo's writer: sets up rooms and admits (administrator and staff)."""
    a = ws.actor
    assert a is not None
    return Actor(a.user_id, a.username, a.full_name, frozenset({Role.ADMIN, Role.STAFF}))


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


def _length(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.25:
        return rng.randint(1, 7)
    if r < 0.8:
        return rng.randint(8, 45)
    return rng.randint(46, 120)


def _families(ws: Workspace, today: dt.date) -> list[tuple[str, list[tuple[str, bool]]]]:
    """(woman id, [(child id, needs a crib)]) for every adult woman."""
    with ws.db.read() as s:
        adults = {p.id: p for p in s.scalars(select(Person).where(
            Person.deleted.is_(False), Person.sex == "female",
            Person.birth_year <= today.year - 18))}
        links = s.execute(select(HouseholdMember.household_id, HouseholdMember.person_id,
                                 HouseholdMember.relationship)
                          .where(HouseholdMember.deleted.is_(False))).all()
        years = dict(s.execute(select(Person.id, Person.birth_year)).all())
    heads: dict[str, str] = {}
    kids: dict[str, list[str]] = {}
    for hh, pid, rel in links:
        if rel == "head":
            heads[hh] = pid
        elif rel == "child":
            kids.setdefault(hh, []).append(pid)
    out = []
    in_household = set()
    for hh, head in heads.items():
        if head in adults:
            children = [(k, today.year - (years.get(k) or today.year) <= 2)
                        for k in kids.get(hh, [])]
            out.append((head, children))
            in_household.add(head)
    out += [(pid, []) for pid in adults if pid not in in_household]
    return out


def _setup(ws: Workspace, actor: Actor, beds: int, rng: random.Random) -> list[Bed]:
    with ws.db.write(actor.user_id) as s:
        existing = list(s.scalars(select(Bed).where(Bed.deleted.is_(False),
                                                    Bed.active.is_(True))))
        if existing:
            return existing
        made = 0
        n = 0
        while made < beds:
            room = setup.create_room(s, actor, ROOM_NAMES[n % len(ROOM_NAMES)]
                                     + ("" if n < len(ROOM_NAMES) else f" {n + 1}"))
            size = min(beds - made, rng.choice((3, 4, 4, 5)))
            for i in range(size):
                kind = "crib" if i == size - 1 and size >= 4 else (
                    "mattress" if i == size - 2 and rng.random() < 0.15 else "bed")
                setup.create_bed(s, actor, room.id, f"{room.name[:3].upper()}-{i + 1}", kind)
                made += 1
            n += 1
        return list(s.scalars(select(Bed).where(Bed.deleted.is_(False))))


def fill(ws: Workspace, beds: int = 20, days: int = 365, seed: int = 5,
         today: dt.date | None = None) -> FillReport:
    rng = random.Random(seed)
    actor = demo_actor(ws)
    today = today or common.today()
    families = _families(ws, today)
    if len(families) < 10:
        from clinic_desk.core.intake import demo as intake_demo

        intake_demo.fill(ws, people=max(60, beds * 3))
        families = _families(ws, today)
    bed_rows = _setup(ws, actor, beds, rng)
    with ws.db.read() as s:
        room_of = {b.id: b.room_id for b in bed_rows}
        rooms = {r.id: r.position for r in s.scalars(select(Room))}
    kind_of = {b.id: b.kind for b in bed_rows}
    order = sorted(room_of, key=lambda b: (rooms.get(room_of[b], 0), b))
    free_from: dict[str, dt.date | None] = dict.fromkeys(order, dt.date.min)  # None: taken
    person_free: dict[str, dt.date | None] = {}

    def free(bed: str, day: dt.date) -> bool:
        f = free_from[bed]
        return f is not None and f <= day

    def choose(day: dt.date, cribs: int, others: int) -> list[str] | None:
        """Beds for a family, in one room if possible: cribs first for the babies."""
        by_room: dict[str, list[str]] = {}
        for b in order:
            if free(b, day):
                by_room.setdefault(room_of[b], []).append(b)
        need = cribs + others
        for pool in sorted(by_room.values(), key=len):
            if len(pool) >= need:
                break
        else:
            pool = [b for bs in by_room.values() for b in bs]
            if len(pool) < need:
                return None
        crib_beds = [b for b in pool if kind_of[b] == "crib"][:cribs]
        rest = [b for b in pool if b not in crib_beds and kind_of[b] != "crib"]
        rest += [b for b in pool if b not in crib_beds and b not in rest]
        chosen = crib_beds + rest[: need - len(crib_beds)]
        return chosen if len(chosen) == need else None

    start = today - dt.timedelta(days=days - 1)
    rate = beds / 20 * 0.18  # families arriving per night
    made_stays = admissions = 0
    day = start
    while day <= today:
        arrivals = sum(1 for _ in range(4) if rng.random() < rate / 4)
        if arrivals:
            with ws.db.write(actor.user_id) as s:
                for _ in range(arrivals):
                    for _try in range(6):
                        head, children = rng.choice(families)
                        group = [(head, False)] + [c for c in children if rng.random() < 0.85]
                        if all((person_free.get(p) or dt.date.min) <= day
                               and person_free.get(p, dt.date.min) is not None
                               for p, _ in group):
                            break
                    else:
                        continue
                    babies = [p for p, crib in group if crib]
                    others = [p for p, crib in group if not crib]
                    chosen = choose(day, len(babies), len(others))
                    if chosen is None:
                        continue
                    placed = list(zip(babies + others, chosen, strict=True))
                    placed.sort(key=lambda x: x[0] != head)
                    at = common.at_local(day, rng.randint(18, 23), rng.choice((0, 15, 30, 45)))
                    # tonight, before the evening: she arrived a moment ago
                    at = min(at, common.local_now() - dt.timedelta(minutes=1))
                    length = _length(rng)
                    adm = stays.admit(
                        s, actor, [Placement(p, b) for p, b in placed], admitted_at=at,
                        referral_source=_pick(rng, SOURCES),
                        expected_nights=rng.choice((7, 15, 30, 45, 60, 90)))
                    admissions += 1
                    made_stays += len(adm.stays)
                    leave = day + dt.timedelta(days=length)
                    ends = leave if leave < today else None
                    for p, b in placed:
                        free_from[b] = ends
                        person_free[p] = ends
                    for (_p, b), info in zip(placed, adm.stays, strict=True):
                        # now and then a child or the mother changes bed mid-stay
                        if length > 10 and rng.random() < 0.08:
                            on = day + dt.timedelta(days=rng.randint(2, length - 2))
                            if on < today:
                                target = next((x for x in order if x != b and free(x, on)
                                               and kind_of[x] == kind_of[b]), None)
                                if target is not None:
                                    stays.transfer(s, actor, info.id, target, on=on)
                                    free_from[b] = on
                                    free_from[target] = ends
                    if ends is not None:
                        reason = _pick(rng, REASONS)
                        out_at = common.at_local(ends, rng.randint(8, 17), 0)
                        stays.discharge_many(
                            s, actor, [x.id for x in adm.stays], reason,
                            discharged_at=out_at,
                            destination=rng.choice(DESTINATIONS[reason]) or None,
                            note="Decidió retornar a su comunidad" if reason == "other"
                            else None)
        day += dt.timedelta(days=1)

    _today_extras(ws, actor, order, free_from, families, person_free, today, rng)
    return FillReport(len({room_of[b] for b in order}), len(order), made_stays, admissions)


def _today_extras(ws: Workspace, actor: Actor, order: list[str],
                  free_from: dict[str, dt.date | None], families: list, person_free: dict,
                  today: dt.date, rng: random.Random) -> None:
    """A bed out of service, a hold for tonight and a short waitlist."""
    free_now = [b for b in order if free_from[b] is not None and free_from[b] <= today]
    now = common.local_now()
    with ws.db.write(actor.user_id) as s:
        if free_now:
            setup.set_out_of_service(s, actor, free_now.pop(), "Colchón en reparación")
        if free_now:
            holds.hold_bed(s, actor, free_now.pop(0), now + dt.timedelta(hours=5),
                           expected_name="Derivación del CEM Huaycán",
                           note="Llega con la policía esta noche")
        waiting = [h for h, _ in families if person_free.get(h, dt.date.min) is not None
                   and (person_free.get(h) or dt.date.min) <= today]
        rng.shuffle(waiting)
        for i, pid in enumerate(waiting[:3]):
            waitlist.add_to_waitlist(s, actor, pid, people_count=1 + i,
                                     asked_at=now - dt.timedelta(days=i + 1, hours=3),
                                     note="Espera cupo; llamar antes de las 18:00")


def demo_filler(ws: Workspace) -> None:
    """The throwaway demo: 16 beds and a year of stays."""
    fill(ws, beds=16)


def _register() -> None:
    from clinic_desk.core import demo as core_demo

    if demo_filler not in core_demo.DEMO_FILLERS:
        core_demo.DEMO_FILLERS.append(demo_filler)


_register()
