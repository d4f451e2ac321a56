"""Botiquín UI fixtures: a central store, two botiquines, the starter catalogue, and a
coordinator who is administrator and promoter (sees every location, moves stock)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from clinic_desk.core.installation import Installation
from clinic_desk.core.inventory import catalogue, ledger, locations
from clinic_desk.core.inventory.models import LedgerEntry
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui import messages

COORD_PASSWORD = "lima este y sus botiquines"
PROMO_PASSWORD = "una clave bastante larga"
TODAY = dt.date.today()


@dataclass
class Inv:
    ws: Workspace
    central: str
    b1: str
    b2: str
    items: dict[str, str]

    def ledger_rows(self) -> int:
        with self.ws.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(LedgerEntry)))

    def receive(self, location: str, code: str, lot: str, qty: object,
                expiry: dt.date | None = None, on: dt.date | None = None) -> None:
        actor = self.ws.actor
        with self.ws.db.write(actor.user_id) as s:
            ledger.receive(s, actor, location, self.items[code], lot,
                           expiry or TODAY + dt.timedelta(days=400), qty, on=on)

    def entries(self, location: str | None = None) -> list[LedgerEntry]:
        with self.ws.db.read() as s:
            q = select(LedgerEntry).order_by(LedgerEntry.version)
            if location:
                q = q.where(LedgerEntry.location_id == location)
            rows = list(s.scalars(q))
            s.expunge_all()
            return rows


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")
    yield
    messages.set_language("en")


def _setup(workspace: Workspace) -> tuple[str, str, str, dict[str, str]]:
    admin = workspace.actor
    with workspace.db.write(admin.user_id) as s:
        central = locations.create_location(s, admin, "CENTRAL", "Almacén central", "central")
        b1 = locations.create_location(s, admin, "HUA-A", "Huaycán Zona A")
        b2 = locations.create_location(s, admin, "JIC-8", "Jicamarca Anexo 8")
        catalogue.load_starter_catalogue(s, admin)
        items = {i.code: i.id for i in catalogue.list_items(s, admin)}
    return central.id, b1.id, b2.id, items


@pytest.fixture
def inv(workspace: Workspace, installation: Installation) -> Inv:
    central, b1, b2, items = _setup(workspace)
    workspace.add_user("coord", "Carmen Coordinadora", ["admin", "promoter"], COORD_PASSWORD)
    workspace.close()
    ws = installation.unlock("coord", COORD_PASSWORD)
    yield Inv(ws, central, b1, b2, items)
    ws.close()


@pytest.fixture
def promoter_inv(workspace: Workspace, installation: Installation) -> Inv:
    """Juana Quispe, promoter, assigned to Huaycán Zona A only."""
    central, b1, b2, items = _setup(workspace)
    info = workspace.add_user("promo1", "Juana Quispe", ["promoter"], PROMO_PASSWORD)
    with workspace.db.write(workspace.actor.user_id) as s:
        locations.assign(s, workspace.actor, info.id, b1)
    workspace.close()
    ws = installation.unlock("promo1", PROMO_PASSWORD)
    yield Inv(ws, central, b1, b2, items)
    ws.close()
