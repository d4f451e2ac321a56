"""Albergue UI fixtures: the admin sets up two rooms; a staff member (educa1) opens the
workspace and admits; Rosa has two children registered with her."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from clinic_desk.core.installation import Installation
from clinic_desk.core.intake import people
from clinic_desk.core.intake.people import MemberInput
from clinic_desk.core.shelter import setup
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui import messages
from tests.unit.shelter.conftest import child, woman

STAFF_PASSWORD = "una clave bastante larga"


@dataclass
class Desk:
    ws: Workspace
    beds: dict[str, str]
    family: dict[str, str]


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")
    yield
    messages.set_language("en")


@pytest.fixture
def desk(installation: Installation, workspace: Workspace) -> Desk:
    admin = workspace.actor
    beds = {}
    with workspace.db.write(admin.user_id) as s:
        for name, labels in (("Girasol", ("G1", "G2", "G3")), ("Retama", ("R1", "R2c"))):
            room = setup.create_room(s, admin, name)
            for label in labels:
                beds[label] = setup.create_bed(s, admin, room.id, label,
                                               "crib" if label.endswith("c") else "bed").id
    workspace.add_user("educa1", "Lucía Rojas", ["staff"], STAFF_PASSWORD)
    workspace.close()
    ws = installation.unlock("educa1", STAFF_PASSWORD)
    with ws.db.write(ws.actor.user_id) as s:
        hh = people.register_household(
            s, ws.actor, woman(),
            [MemberInput(child("Killa", 2016)), MemberInput(child("Inti", 2024, "male"))])
    family = {m.full_name.split()[0].lower(): m.person_id for m in hh.members}
    yield Desk(ws, beds, family)
    if ws.actor is not None:
        ws.close()
