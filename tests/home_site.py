"""A small site for the home-screen tests: users of every role, two beds (one taken by
nobody, one free), a woman on the waitlist, the counsellor's appointment today and a
missed one, an overdue follow-up, and stock alerts at two botiquines (the promoter is
assigned to one of them only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from clinic_desk.core.intake.people import register_person
from clinic_desk.core.intake.validation import PersonInput
from clinic_desk.core.inventory import catalogue, ledger, locations, planning
from clinic_desk.core.security.roles import Actor
from clinic_desk.core.sessions import appointments, tasks
from clinic_desk.core.shelter import setup, waitlist
from clinic_desk.core.workspace import Workspace

COUNSELLOR_PASSWORD = "una clave bastante larga"
STAFF_PASSWORD = "clave de prueba uno larga"
PROMOTER_PASSWORD = "botiquin con llave segura"
PERSON_NAME = "Rosa Quispe Mamani"


def _actor(info) -> Actor:
    return Actor(info.id, info.username, info.full_name, info.roles)


@dataclass
class Site:
    ws: Workspace
    admin: Actor
    counsellor: Actor
    staff: Actor
    promoter: Actor
    today: dt.date
    now: dt.datetime
    b1: str
    b2: str


def build_site(ws: Workspace) -> Site:
    tz = dt.datetime.now().astimezone().tzinfo
    today = dt.datetime.now(tz).date()
    now = dt.datetime.combine(today, dt.time(9, 0), tzinfo=tz)  # 09:00 today, local
    admin = ws.actor
    counsellor = _actor(ws.add_user("psico1", "Carmen Rojas", ["counsellor"],
                                    COUNSELLOR_PASSWORD))
    staff = _actor(ws.add_user("educa1", "Lucía Educadora", ["staff"], STAFF_PASSWORD))
    promoter = _actor(ws.add_user("juana", "Juana Promotora", ["promoter"],
                                  PROMOTER_PASSWORD))
    with ws.db.write(admin.user_id) as s:
        room = setup.create_room(s, admin, "Girasol")
        setup.create_bed(s, admin, room.id, "G1")
        setup.create_bed(s, admin, room.id, "G2")
        central = locations.create_location(s, admin, "CENTRAL", "Almacén central", "central")
        b1 = locations.create_location(s, admin, "HUA-A", "Huaycán Zona A")
        b2 = locations.create_location(s, admin, "JIC-8", "Jicamarca Anexo 8")
        locations.assign(s, admin, promoter.user_id, b1.id)
        catalogue.load_starter_catalogue(s, admin)
        items = [i.id for i in catalogue.list_items(s, admin)]
        # b1: one item out of stock, one low; b2: one out of stock (not the promoter's)
        planning.set_reorder_level(s, admin, b1.id, items[0], 50)
        planning.set_reorder_level(s, admin, b1.id, items[1], 50)
        planning.set_reorder_level(s, admin, b2.id, items[2], 50)
        del central
    with ws.db.write(promoter.user_id) as s:
        ledger.receive(s, promoter, b1.id, items[1], "L-LOW", today + dt.timedelta(days=400),
                       10)
        ledger.receive(s, promoter, b1.id, items[3], "L-SOON", today + dt.timedelta(days=30),
                       100)
    with ws.db.write(counsellor.user_id) as s:
        rosa = register_person(s, counsellor, PersonInput(
            given_names="Rosa", first_surname="Quispe", second_surname="Mamani",
            sex="female", doc_type="dni", doc_number="45678912",
            birth_date=dt.date(1990, 5, 17))).id
        appointments.schedule(s, counsellor, "individual", now + dt.timedelta(hours=2),
                              counsellor.user_id, person_id=rosa, duration_min=50, now=now)
        earlier = now - dt.timedelta(days=2)
        appointments.schedule(s, counsellor, "family", earlier, counsellor.user_id,
                              person_id=rosa, duration_min=50, now=earlier)
        tasks.add_task(s, counsellor, "Llamar a la DEMUNA", today - dt.timedelta(days=3),
                       person_id=rosa, today=today - dt.timedelta(days=3))
    with ws.db.write(staff.user_id) as s:
        waitlist.add_to_waitlist(s, staff, rosa, people_count=1, now=now)
    return Site(ws, admin, counsellor, staff, promoter, today, now, b1.id, b2.id)
