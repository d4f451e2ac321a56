"""Fixtures for the sessions tests: users of every role, a few people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.intake.people import register_person
from clinic_desk.core.intake.validation import PersonInput
from clinic_desk.core.security.roles import Actor
from clinic_desk.core.sessions.sessions import AttendanceInput, SessionInput
from clinic_desk.core.workspace import Workspace

NOW = dt.datetime(2026, 11, 28, 15, 0, tzinfo=dt.UTC)


@dataclass
class Team:
    ws: Workspace
    admin: Actor
    staff: Actor
    counsellor: Actor
    counsellor2: Actor
    rosa: str
    maria: str
    killa: str

    def write(self, actor: Actor):
        return self.ws.db.write(actor.user_id)

    def read(self):
        return self.ws.db.read()

    def audits(self, action: str) -> list[AuditEntry]:
        with self.ws.db.read() as s:
            return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                  .order_by(AuditEntry.seq)))


def _actor(info) -> Actor:
    return Actor(info.id, info.username, info.full_name, info.roles)


def person(**kw) -> PersonInput:
    base = dict(given_names="Rosa", first_surname="Quispe", second_surname="Mamani",
                sex="female", doc_type="dni", doc_number="45678912",
                birth_date=dt.date(1990, 5, 17), sector="Huaycán Zona B")
    base.update(kw)
    return PersonInput(**base)


@pytest.fixture
def team(workspace: Workspace) -> Team:
    staff = workspace.add_user("educadora", "Lucía Educadora", ["staff"], "clave de prueba uno")
    c1 = workspace.add_user("psico1", "Carmen Rojas", ["counsellor"], "una clave bastante larga")
    c2 = workspace.add_user("psico2", "Elena Huamán", ["counsellor"], "otra clave bastante larga")
    admin = workspace.actor
    with workspace.db.write(admin.user_id) as s:
        couns = _actor(c1)
        rosa = register_person(s, couns, person()).id
        maria = register_person(s, couns, person(given_names="María", first_surname="Condori",
                                                 doc_number="41234567")).id
        killa = register_person(s, couns, person(given_names="Killa", first_surname="Torres",
                                                 doc_number="47654321")).id
    return Team(workspace, admin, _actor(staff), couns, _actor(c2), rosa, maria, killa)


def individual(person_id: str, **kw) -> SessionInput:
    base = dict(kind="individual", starts_at=NOW - dt.timedelta(hours=2), duration_min=50,
                people=(AttendanceInput(person_id),), place="Consultorio 1",
                note="Llega tranquila. Se trabaja el plan de seguridad.",
                agreements="Volver el jueves.", interventions=("active_listening",))
    base.update(kw)
    return SessionInput(**base)
