"""Synthetic inventory for the demo and for trials: a central store and botiquines
with Peruvian names, the starter catalogue, and months of realistic movements —
quarterly supplier receipts at the central store, monthly deliveries to each botiquín
topping it up to two months of stock, weekday dispensing with seasonal variation
(diarrhoea in the summer, respiratory illness in the winter), expiry write-offs, an
occasional stock-out when the central store runs short, and a stocktake today.

Everything goes through the services, so every rule holds in the demo data too.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from sqlalchemy import select

from clinic_desk.core.db.models import User
from clinic_desk.core.demo import DEMO_FILLERS
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.inventory import catalogue, ledger, locations, planning, stock, stocktake
from clinic_desk.core.inventory.models import CatalogueItem, Location
from clinic_desk.core.security.roles import Actor, Role
from clinic_desk.core.workspace import Workspace

BOTIQUINES = (
    ("HUA-A", "Huaycán Zona A"), ("JIC-8", "Jicamarca Anexo 8"),
    ("CAR-EP", "Carabayllo El Progreso"), ("HUA-D", "Huaycán Zona D"),
    ("JIC-22", "Jicamarca Anexo 22"), ("CAR-RS", "Carabayllo Raúl Porras"),
    ("SJL-MC", "San Juan de Lurigancho Motupe"), ("ATE-HV", "Ate Horacio Zevallos"),
    ("HUA-Z", "Huaycán Zona Z"), ("CAR-TP", "Carabayllo Torre Blanca"),
    ("JIC-10", "Jicamarca Anexo 10"), ("VES-PH", "Villa El Salvador Pachacámac"),
    ("CHO-SA", "Chosica Santa María"), ("PPP-LV", "Puente Piedra Laderas"),
    ("COM-CO", "Comas Collique"), ("HUA-R", "Huaycán Zona R"),
)
# code: (patients per botiquín-day, units per patient, season: +1 summer, -1 winter)
DEMAND = {
    "PAR-500-TAB": (1.6, (6, 18), -1), "PAR-120-SYR": (0.5, (1, 1), -1),
    "IBU-400-TAB": (0.9, (6, 15), 0), "AMX-500-CAP": (0.8, (21, 21), -1),
    "AMX-250-SUS": (0.35, (1, 2), -1), "SRO-1-SAC": (0.9, (2, 6), 1),
    "ZIN-20-TAB": (0.4, (10, 14), 1), "MET-500-TAB": (0.35, (14, 21), 1),
    "ALB-400-TAB": (0.3, (1, 1), 0), "FES-300-TAB": (0.5, (30, 30), 0),
    "FOL-05-TAB": (0.3, (30, 30), 0), "CLF-4-TAB": (0.5, (5, 10), -1),
    "LOR-10-TAB": (0.3, (7, 10), 0), "SAL-100-INH": (0.08, (1, 1), -1),
    "CTX-800-TAB": (0.2, (14, 14), 0), "OME-20-CAP": (0.25, (14, 28), 0),
    "HIO-10-TAB": (0.2, (4, 9), 0), "CLO-1-CRE": (0.15, (1, 1), 1),
    "LEV-150-TAB": (0.06, (1, 1), 0), "CON-M-UNI": (0.4, (3, 12), 0),
    "ENA-10-TAB": (0.15, (30, 30), 0), "MEF-850-TAB": (0.15, (60, 60), 0),
}


def _season(day: dt.date, sign: int) -> float:
    # Lima: summer peaks in February, winter in August
    return 1.0 + 0.45 * sign * math.cos(2 * math.pi * (day.timetuple().tm_yday - 45) / 365)


def _poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def fill(ws: Workspace, botiquines: int = 16, years: int = 2, seed: int = 11,
         months: int | None = None) -> None:
    """Add the central store, `botiquines` botiquines (up to 16) and `months` (default
    12 x years) months of movements ending today."""
    rng = random.Random(seed)
    admin = ws.actor
    assert admin is not None
    actor = Actor(admin.user_id, admin.username, admin.full_name,
                  frozenset({Role.ADMIN, Role.PROMOTER}))  # moves stock everywhere
    today = dt.date.today()
    months = months or 12 * years
    start = planning.month_start(today, months)
    with ws.db.write(actor.user_id) as s:
        catalogue.load_starter_catalogue(s, actor)
        existing = {x.code: x.id for x in locations.list_locations(s, actor, True)}
        central = existing.get("CENTRAL") or locations.create_location(
            s, actor, "CENTRAL", "Almacén central", "central").id
        locs = []
        for code, name in BOTIQUINES[:botiquines]:
            locs.append(existing.get(code) or locations.create_location(s, actor, code, name).id)
        promotora = s.scalar(select(User.id).where(User.username == "promotora"))
        if promotora:
            for loc in locs[:2]:
                locations.assign(s, actor, promotora, loc)
        items = {i.code: i.id for i in s.scalars(select(CatalogueItem))}
        for loc in locs:
            for code, (rate, (lo, hi), _) in DEMAND.items():
                level = max(1, round(rate * (lo + hi) / 2 * 30 * 0.5))
                planning.set_reorder_level(s, actor, loc, items[code], level, 2)
    pick = {loc: rng.sample(sorted(DEMAND), k=min(len(DEMAND), 14 + rng.randrange(6)))
            for loc in locs}
    size = {loc: 0.6 + rng.random() * 0.9 for loc in locs}
    lot_no = 0
    month = start
    while month <= today:
        with ws.db.write(actor.user_id) as s:
            # quarterly supplier receipt at the central store
            if (month.month - 1) % 3 == 0 or month == start:
                for code, (rate, (lo, hi), _) in DEMAND.items():
                    need = rate * (lo + hi) / 2 * 22 * 3.5 * sum(size.values())
                    if rng.random() < 0.06:  # the supplier failed: a stock-out follows
                        continue
                    lot_no += 1
                    shelf = rng.choice((7, 14, 20, 26, 30))
                    expiry = planning.month_start(month, -shelf)
                    ledger.receive(s, actor, central, items[code], f"L{month:%y%m}{lot_no:04d}",
                                   expiry, max(1, round(need)), on=month,
                                   source="DIGEMID / CENARES")
            # monthly deliveries: top each botiquín up to two months of its demand
            for loc in locs:
                for code in pick[loc]:
                    rate, (lo, hi), sign = DEMAND[code]
                    target = rate * size[loc] * (lo + hi) / 2 * 22 * 2 * _season(month, sign)
                    have = stock.item_on_hand_milli(s, loc, items[code]) // 1000
                    want = int(target - have)
                    if want <= 0:
                        continue
                    available = sum(b.quantity_milli for b in stock.batches_at(
                        s, central, items[code], month) if b.usable) // 1000
                    qty = min(want, available)
                    if qty > 0:
                        ledger.transfer(s, actor, central, loc, items[code], qty, on=month)
            # expired stock written off on the first of the month
            for loc in [central, *locs]:
                for b in stock.batches_at(s, loc, None, month):
                    if b.expired:
                        ledger.write_off_expired(s, actor, loc, b.batch_id, on=month,
                                                 note="Vencido")
            # weekday dispensing
            nxt = planning.month_start(month, -1)
            day = month
            while day < nxt and day <= today:
                if day.weekday() < 5:
                    for loc in locs:
                        for code in pick[loc]:
                            rate, (lo, hi), sign = DEMAND[code]
                            n = _poisson(rng, rate * size[loc] * _season(day, sign))
                            if not n:
                                continue
                            qty = sum(rng.randint(lo, hi) for _ in range(n))
                            try:
                                ledger.dispense(s, actor, loc, items[code], qty, on=day)
                            except InvalidInput:
                                have = sum(b.quantity_milli for b in stock.batches_at(
                                    s, loc, items[code], day) if b.usable) // 1000
                                if have > 0:  # give what is left: then it is out
                                    ledger.dispense(s, actor, loc, items[code], have, on=day)
                day += dt.timedelta(days=1)
        month = planning.month_start(month, -1)
    # a stocktake today at the first botiquín, with a small loss
    if locs:
        with ws.db.write(actor.user_id) as s:
            sheet = stocktake.create_sheet(s, actor, locs[0], note="Inventario demostración")
            for i, line in enumerate(sheet.lines):
                counted = line.expected - (1 if i == 0 and line.expected >= 1 else 0)
                stocktake.enter_count(s, actor, sheet.id, line.line_id, counted,
                                      "loss" if counted != line.expected else None)
            stocktake.post(s, actor, sheet.id)


def demo_filler(ws: Workspace) -> None:
    """The small version the throwaway demo opens with: 2 botiquines, 3 months."""
    fill(ws, botiquines=2, months=3)


def location_ids(ws: Workspace) -> list[str]:
    with ws.db.read() as s:
        return list(s.scalars(select(Location.id)))


if demo_filler not in DEMO_FILLERS:
    DEMO_FILLERS.append(demo_filler)
