"""Fixtures for the Personas UI tests: a staff user's workspace and small helpers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.intake import models as m
from clinic_desk.core.intake.people import MemberInput, register_household
from clinic_desk.core.intake.validation import PersonInput
from clinic_desk.ui import messages

STAFF_PASSWORD = "una clave bastante larga"
TABLES = (m.Person, m.Household, m.HouseholdMember, m.Consent, m.EmergencyContact)


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")


@pytest.fixture
def staff(workspace, installation):
    """The workspace unlocked as a shelter educator (staff may register people)."""
    workspace.add_user("educa1", "Lucía Rojas", ["staff"], STAFF_PASSWORD)
    workspace.close()
    ws = installation.unlock("educa1", STAFF_PASSWORD)
    yield ws
    if ws.actor is not None:
        ws.close()


def counts(ws) -> dict[str, int]:
    with ws.db.read() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t))
                for t in TABLES}


def audits(ws, action: str) -> int:
    with ws.db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == action))


def register(ws, given="María José", first="Quispe", second="Mamani", dni="45678912",
             birth=dt.date(1990, 5, 17), children=()) -> str:
    """Register a woman through the core (for tests that need her already there)."""
    head = PersonInput(given_names=given, first_surname=first, second_surname=second,
                       doc_type="dni", doc_number=dni, birth_date=birth,
                       phone="987654321", sector="Huaycán Zona B")
    members = [MemberInput(PersonInput(given_names=n, first_surname="Rojas",
                                       second_surname=first, birth_date=b))
               for n, b in children]
    with ws.db.write(ws.actor.user_id) as s:
        hh = register_household(s, ws.actor, head, members)
        return hh.head.person_id


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: key presses (QTest only knows ASCII keys; an accented
    letter is inserted as a keyboard's input method would)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            widget.insert(ch)
