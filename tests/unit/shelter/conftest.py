"""Fixtures for the shelter tests: an admin who sets up rooms, a staff member who
admits, a small shelter, and a family (a woman with two children)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from clinic_desk.core.db.base import ChangeLog
from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.intake import people
from clinic_desk.core.intake.people import MemberInput
from clinic_desk.core.intake.validation import PersonInput
from clinic_desk.core.security.roles import Actor
from clinic_desk.core.shelter import common, setup
from clinic_desk.core.shelter import models as m
from clinic_desk.core.workspace import Workspace

TABLES = (m.Room, m.Bed, m.BedOutage, m.Stay, m.BedAssignment, m.Hold, m.WaitlistEntry,
          ChangeLog, AuditEntry)


def _actor(info) -> Actor:
    return Actor(info.id, info.username, info.full_name, info.roles)


@dataclass
class Shelter:
    ws: Workspace
    admin: Actor
    staff: Actor
    rooms: dict[str, str]  # name -> id
    beds: dict[str, str]  # label -> id

    def write(self, actor: Actor | None = None):
        return self.ws.db.write((actor or self.staff).user_id)

    def read(self):
        return self.ws.db.read()

    def counts(self) -> dict[str, int]:
        with self.ws.db.read() as s:
            return {t.__tablename__: s.scalar(select(func.count()).select_from(t))
                    for t in TABLES}

    def audits(self, action: str) -> list[AuditEntry]:
        with self.ws.db.read() as s:
            return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def woman(given="Rosa", first="Quispe", second="Mamani", dni="45678912", born=1990,
          **kw) -> PersonInput:
    return PersonInput(given_names=given, first_surname=first, second_surname=second,
                       sex="female", doc_type="dni", doc_number=dni,
                       birth_date=dt.date(born, 5, 17), **kw)


def child(given="Killa", born=2016, sex="female") -> PersonInput:
    return PersonInput(given_names=given, first_surname="Rojas", second_surname="Quispe",
                       sex=sex, birth_date=dt.date(born, 3, 2))


@pytest.fixture
def shelter(workspace: Workspace) -> Shelter:
    staff = _actor(workspace.add_user("educa1", "Lucía Rojas", ["staff"],
                                      "una clave bastante larga"))
    admin = workspace.actor
    rooms, beds = {}, {}
    with workspace.db.write(admin.user_id) as s:
        for name, labels in (("Girasol", ("G1", "G2", "G3c")), ("Retama", ("R1", "R2"))):
            room = setup.create_room(s, admin, name)
            rooms[name] = room.id
            for label in labels:
                kind = "crib" if label.endswith("c") else "bed"
                beds[label] = setup.create_bed(s, admin, room.id, label, kind).id
    return Shelter(workspace, admin, staff, rooms, beds)


@pytest.fixture
def family(shelter: Shelter) -> dict[str, str]:
    """Rosa with Killa (10) and Inti (2); and Carmen, alone."""
    with shelter.write() as s:
        hh = people.register_household(
            s, shelter.staff, woman(),
            [MemberInput(child("Killa", 2016)), MemberInput(child("Inti", 2024, "male"))])
        carmen = people.register_person(s, shelter.staff,
                                        woman("Carmen", "Huamán", "Ccori", "41234567", 1985))
    ids = {m.full_name.split()[0].lower(): m.person_id for m in hh.members}
    ids["carmen"] = carmen.id
    return ids


def days_ago(n: int, hour: int = 20) -> dt.datetime:
    return common.at_local(common.today() - dt.timedelta(days=n), hour)


def set_clock(monkeypatch, at: dt.datetime) -> None:
    """The shelter's clock (common.utc, common.local_now) reads `at` (aware)."""
    import types

    from clinic_desk.core.shelter import common

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return at.astimezone(tz) if tz else at.replace(tzinfo=None)

    monkeypatch.setattr(common, "dt", types.SimpleNamespace(
        datetime=Clock, date=dt.date, time=dt.time, timedelta=dt.timedelta, UTC=dt.UTC))
