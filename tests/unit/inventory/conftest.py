"""Inventory fixtures: a central store, two botiquines, the starter catalogue, a
storekeeper (promoter at the central store), a promoter at botiquín 1, staff."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from clinic_desk.core.inventory import catalogue, locations
from clinic_desk.core.security.roles import Actor
from clinic_desk.core.workspace import Workspace

TODAY = dt.date.today()


@dataclass
class Inv:
    ws: Workspace
    admin: Actor
    keeper: Actor
    promoter: Actor
    staff: Actor
    central: str
    b1: str
    b2: str
    items: dict[str, str]

    def write(self, actor: Actor):
        return self.ws.db.write(actor.user_id)

    def read(self):
        return self.ws.db.read()


def _actor(info) -> Actor:
    return Actor(info.id, info.username, info.full_name, info.roles)


@pytest.fixture
def inv(workspace: Workspace) -> Inv:
    admin = workspace.actor
    keeper = _actor(workspace.add_user("almacen", "Alma Almacén", ["promoter"],
                                       "bodega con llave segura"))
    promoter = _actor(workspace.add_user("juana", "Juana Promotora", ["promoter"],
                                         "botiquin con llave segura"))
    staff = _actor(workspace.add_user("educa", "Eva Educadora", ["staff"],
                                      "oficina con llave segura"))
    with workspace.db.write(admin.user_id) as s:
        central = locations.create_location(s, admin, "CENTRAL", "Almacén central", "central")
        b1 = locations.create_location(s, admin, "HUA-A", "Huaycán Zona A")
        b2 = locations.create_location(s, admin, "JIC-8", "Jicamarca Anexo 8")
        locations.assign(s, admin, keeper.user_id, central.id)
        locations.assign(s, admin, promoter.user_id, b1.id)
        catalogue.load_starter_catalogue(s, admin)
        items = {i.code: i.id for i in catalogue.list_items(s, admin)}
    return Inv(workspace, admin, keeper, promoter, staff, central.id, b1.id, b2.id, items)


def receive(inv: Inv, location: str, code: str, lot: str, qty, expiry: dt.date | None = None,
            on: dt.date | None = None, actor: Actor | None = None, **kw):
    from clinic_desk.core.inventory import ledger

    actor = actor or (inv.keeper if location == inv.central else inv.promoter)
    with inv.write(actor) as s:
        return ledger.receive(s, actor, location, inv.items[code], lot,
                              expiry or TODAY + dt.timedelta(days=400), qty, on=on, **kw)
