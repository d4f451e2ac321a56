"""Fixtures for the intake tests: users of every role and small helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from clinic_desk.core.db.base import ChangeLog
from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.intake import models as m
from clinic_desk.core.intake.validation import PersonInput
from clinic_desk.core.security.roles import Actor
from clinic_desk.core.workspace import Workspace

TODAY = dt.date(2026, 11, 28)
TABLES = (m.Person, m.Household, m.HouseholdMember, m.Consent, m.RiskAssessment,
          m.SubstanceScreening, m.SafetyPlan, m.EmergencyContact, m.Referral, m.ServiceGiven,
          m.PersonMerge, ChangeLog, AuditEntry)


@dataclass
class Team:
    ws: Workspace
    admin: Actor
    staff: Actor
    counsellor: Actor
    promoter: Actor

    def write(self, actor: Actor):
        return self.ws.db.write(actor.user_id)

    def read(self):
        return self.ws.db.read()

    def counts(self) -> dict[str, int]:
        with self.ws.db.read() as s:
            return {t.__tablename__: s.scalar(select(func.count()).select_from(t))
                    for t in TABLES}

    def audits(self, action: str) -> list[AuditEntry]:
        with self.ws.db.read() as s:
            return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                  .order_by(AuditEntry.seq)))


def _actor(info) -> Actor:
    return Actor(info.id, info.username, info.full_name, info.roles)


@pytest.fixture
def team(workspace: Workspace) -> Team:
    staff = workspace.add_user("educadora", "Lucía Educadora", ["staff"], "clave de prueba uno")
    couns = workspace.add_user("psicologa", "Carmen Psicóloga", ["counsellor"],
                               "clave de prueba dos")
    prom = workspace.add_user("promotora", "Juana Promotora", ["promoter"],
                              "clave de prueba tres")
    return Team(workspace, workspace.actor, _actor(staff), _actor(couns), _actor(prom))


def woman(**kw) -> PersonInput:
    base = dict(given_names="Rosa", first_surname="Quispe", second_surname="Mamani",
                sex="female", doc_type="dni", doc_number="45678912",
                birth_date=dt.date(1990, 5, 17), phone="987 654 321", sector="Huaycán Zona B",
                languages=("es", "qu"))
    base.update(kw)
    return PersonInput(**base)


def child(**kw) -> PersonInput:
    base = dict(given_names="Killa", first_surname="Rojas", second_surname="Quispe",
                sex="female", birth_date=dt.date(2015, 3, 2))
    base.update(kw)
    return PersonInput(**base)
