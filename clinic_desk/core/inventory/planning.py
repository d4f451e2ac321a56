"""Planning: reorder levels, average monthly consumption corrected for days out of
stock, months of stock, suggested order quantities, and the alerts of the home screen.

AMC = consumption / (days in period - stock-out days) x 30.4, so a botiquín that ran
out for three weeks does not look as if it needed less. A day is a stock-out day when
the item's stock at the location was zero at the end of that day. A botiquín's
consumption is what it dispensed; the central store's also counts what it sent out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.inventory import stock
from clinic_desk.core.inventory.catalogue import get_item
from clinic_desk.core.inventory.locations import list_locations, location_for
from clinic_desk.core.inventory.models import (
    CatalogueItem,
    LedgerEntry,
    Location,
    ReorderLevel,
    StockBalance,
)
from clinic_desk.core.inventory.quantities import count_milli, parse_number, units
from clinic_desk.core.security.roles import Actor, Perm

DAYS_PER_MONTH = Decimal("30.4")
EXPIRY_ALERT_DAYS = 90
AMC_MONTHS = 3
DEFAULT_TARGET_MONTHS = 3
LOSS_REASONS = frozenset({"loss", "damage", "expired"})
CATEGORIES = ("receipts", "consumption", "transfers_out", "losses", "adjustments")


def category(kind: str, reason: str | None) -> str:
    """Which column of the monthly report a movement belongs to."""
    if kind in ("receipt", "transfer_in"):
        return "receipts"
    if kind == "dispense":
        return "consumption"
    if kind == "transfer_out":
        return "transfers_out"
    if kind == "expiry_writeoff" or (kind in ("adjustment", "stocktake")
                                     and reason in LOSS_REASONS):
        return "losses"
    return "adjustments"


def corrected_amc(consumed: Decimal | int, days: int, stockout_days: int) -> Decimal | None:
    """Average monthly consumption over the days with stock; None when no day had stock."""
    days_with_stock = days - stockout_days
    if days_with_stock <= 0:
        return None
    value = Decimal(consumed) / Decimal(days_with_stock) * DAYS_PER_MONTH
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def months_of_stock(on_hand: Decimal, amc: Decimal | None) -> Decimal | None:
    if amc is None or amc <= 0:
        return None
    return (on_hand / amc).quantize(Decimal("0.1"), ROUND_HALF_UP)


def suggested_order(amc: Decimal | None, target_months: int, on_hand: Decimal) -> Decimal:
    """max(0, AMC x target months - on hand), rounded up to whole dispensing units."""
    if amc is None:
        return Decimal(0)
    need = amc * target_months - on_hand
    return max(Decimal(0), need.to_integral_value(ROUND_CEILING))


def month_start(day: dt.date, back: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(year: int, month: int) -> dt.date:
    nxt = month_start(dt.date(year, month, 1), -1)
    return nxt - dt.timedelta(days=1)


# -- flows of a location over a period -------------------------------------------------

@dataclass
class ItemFlow:
    """One item at one location over [start, end] (milli-units)."""

    item_id: str
    opening: int = 0
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    closing: int = 0
    stockout_days: int = 0
    days: int = 0
    amc_consumed: int = 0

    def amc(self) -> Decimal | None:
        return corrected_amc(units(self.amc_consumed), self.days, self.stockout_days)


def location_flows(session: Session, location: Location, start: dt.date, end: dt.date,
                   amc_start: dt.date | None = None,
                   today: dt.date | None = None) -> dict[str, ItemFlow]:
    """Per item: opening at `start`, totals per category in [start, end], closing at
    `end`, and consumption plus stock-out days over [amc_start, end] (no later than
    today). Opening balances come from the current balance minus everything dated
    from the window on, so only the window's entries are read."""
    today = today or dt.date.today()
    amc_start = min(amc_start or start, start)
    central = location.kind == "central"
    current = dict(session.execute(
        select(StockBalance.item_id, func.sum(StockBalance.qty_milli))
        .where(StockBalance.location_id == location.id)
        .group_by(StockBalance.item_id)).all())
    rows = session.execute(
        select(LedgerEntry.item_id, LedgerEntry.occurred_on, LedgerEntry.kind,
               LedgerEntry.reason, func.sum(LedgerEntry.qty_milli))
        .where(LedgerEntry.location_id == location.id, LedgerEntry.occurred_on >= amc_start)
        .group_by(LedgerEntry.item_id, LedgerEntry.occurred_on, LedgerEntry.kind,
                  LedgerEntry.reason)).all()
    by_item: dict[str, list[tuple[dt.date, str, int]]] = defaultdict(list)
    for item_id, on, kind, reason, qty in rows:
        by_item[item_id].append((on, category(kind, reason), int(qty)))
    last_day = min(end, today)
    flows: dict[str, ItemFlow] = {}
    for item_id in set(current) | set(by_item):
        entries = by_item.get(item_id, [])
        bal = int(current.get(item_id) or 0) - sum(q for _, _, q in entries)  # at amc_start
        daily: dict[dt.date, int] = defaultdict(int)
        f = ItemFlow(item_id)
        for on, cat, q in entries:
            daily[on] += q
            if start <= on <= end:
                f.totals[cat] += q
            if on <= end and (cat == "consumption" or (central and cat == "transfers_out")):
                f.amc_consumed -= q
        f.opening = bal + sum(q for on, q in daily.items() if on < start)
        # stock-out days: days in [amc_start, last_day] whose closing balance is <= 0
        prev = amc_start
        for on in sorted(daily):
            if on > last_day:
                break
            if bal <= 0:
                f.stockout_days += (on - prev).days  # quiet days before this one
            bal += daily[on]
            if bal <= 0:
                f.stockout_days += 1
            prev = on + dt.timedelta(days=1)
        if bal <= 0 and last_day >= prev:
            f.stockout_days += (last_day - prev).days + 1
        f.days = max((last_day - amc_start).days + 1, 0)
        f.closing = f.opening + sum(f.totals.values())
        flows[item_id] = f
    return flows


# -- reorder levels --------------------------------------------------------------------

def set_reorder_level(session: Session, actor: Actor, location_id: str, item_id: str,
                      reorder_level: object,
                      target_months: int = DEFAULT_TARGET_MONTHS) -> None:
    """The stock level that triggers a low-stock alert, and the months of stock an order
    should bring the location up to. Administrators, or the location's promoter."""
    if actor.can(Perm.CATALOGUE_EDIT):
        location_for(session, actor, location_id)
    else:
        location_for(session, actor, location_id, write=True)
    item = get_item(session, item_id)
    if parse_number(reorder_level, "reorder_level") < 0:
        raise InvalidInput("The reorder level cannot be negative.", field="reorder_level")
    milli = count_milli(reorder_level, item, "reorder_level")
    if not isinstance(target_months, int) or isinstance(target_months, bool) or not (
            1 <= target_months <= 12):
        raise InvalidInput("The target must be between 1 and 12 months.",
                           field="target_months")
    row = session.scalar(select(ReorderLevel).where(ReorderLevel.location_id == location_id,
                                                    ReorderLevel.item_id == item_id))
    if row is None:
        session.add(ReorderLevel(location_id=location_id, item_id=item_id,
                                 reorder_milli=milli, target_months=target_months))
    else:
        row.reorder_milli = milli
        row.target_months = target_months
        row.deleted = False
    session.flush()


def _levels(session: Session, location_id: str) -> dict[str, ReorderLevel]:
    return {r.item_id: r for r in session.scalars(select(ReorderLevel).where(
        ReorderLevel.location_id == location_id, ReorderLevel.deleted.is_(False)))}


@dataclass(frozen=True)
class AmcInfo:
    consumed: Decimal
    days: int
    stockout_days: int
    amc: Decimal | None


def amc(session: Session, actor: Actor, location_id: str, item_id: str, *,
        end: dt.date | None = None, months: int = AMC_MONTHS) -> AmcInfo:
    """AMC of one item over the `months` calendar months ending with `end`'s month."""
    loc = location_for(session, actor, location_id)
    end = end or dt.date.today()
    start = month_start(end, months - 1)
    f = location_flows(session, loc, start, end, start).get(item_id, ItemFlow(item_id))
    if not f.days:
        f.days = (min(end, dt.date.today()) - start).days + 1
        f.stockout_days = f.days
    return AmcInfo(units(f.amc_consumed), f.days, f.stockout_days, f.amc())


@dataclass(frozen=True)
class PlanRow:
    item_id: str
    code: str
    name: str
    strength: str
    form: str
    unit: str
    on_hand: Decimal
    amc: Decimal | None
    stockout_days: int
    months_of_stock: Decimal | None
    reorder_level: Decimal | None
    target_months: int
    suggested_order: Decimal
    low: bool


def plan(session: Session, actor: Actor, location_id: str, *, end: dt.date | None = None,
         months: int = AMC_MONTHS) -> list[PlanRow]:
    """For every item stocked or planned at a location: on hand, AMC, months of stock,
    reorder level and the suggested order."""
    loc = location_for(session, actor, location_id)
    end = end or dt.date.today()
    start = month_start(end, months - 1)
    flows = location_flows(session, loc, start, end, start)
    levels = _levels(session, loc.id)
    current = {i: int(q) for i, q in session.execute(
        select(StockBalance.item_id, func.sum(StockBalance.qty_milli))
        .where(StockBalance.location_id == loc.id).group_by(StockBalance.item_id))}
    ids = set(flows) | set(levels) | set(current)
    items = session.scalars(select(CatalogueItem).where(CatalogueItem.id.in_(ids))
                            .order_by(CatalogueItem.generic_name, CatalogueItem.strength))
    out = []
    for item in items:
        f = flows.get(item.id, ItemFlow(item.id))
        lvl = levels.get(item.id)
        on_hand = units(current.get(item.id, 0))
        a = f.amc()
        target = lvl.target_months if lvl else DEFAULT_TARGET_MONTHS
        reorder = units(lvl.reorder_milli) if lvl else None
        low = reorder is not None and on_hand <= reorder
        out.append(PlanRow(item.id, item.code, item.generic_name, item.strength, item.form,
                           item.unit, on_hand, a, f.stockout_days, months_of_stock(on_hand, a),
                           reorder, target, suggested_order(a, target, on_hand), low))
    return out


@dataclass(frozen=True)
class Alert:
    kind: str  # out_of_stock | low_stock | expiring | expired | recalled
    location_id: str
    location_name: str
    item_id: str
    item_name: str
    quantity: Decimal
    unit: str
    lot: str | None = None
    expiry: dt.date | None = None
    days: int | None = None
    reorder_level: Decimal | None = None


def alerts(session: Session, actor: Actor, *, location_ids: list[str] | None = None,
           on: dt.date | None = None, expiry_days: int = EXPIRY_ALERT_DAYS) -> list[Alert]:
    """Alerts for the home screen, over the locations this actor may see: stock at or
    below the reorder level (or out of an item that has a reorder level), batches
    expiring within `expiry_days`, expired or recalled batches still on the shelf."""
    on = on or dt.date.today()
    visible = {x.id: x for x in list_locations(session, actor)}
    ids = [i for i in (location_ids or list(visible)) if i in visible]
    out: list[Alert] = []
    for loc_id in ids:
        loc = visible[loc_id]
        current = {i: int(q) for i, q in session.execute(
            select(StockBalance.item_id, func.sum(StockBalance.qty_milli))
            .where(StockBalance.location_id == loc_id).group_by(StockBalance.item_id))}
        levels = _levels(session, loc_id)
        items = {i.id: i for i in session.scalars(select(CatalogueItem).where(
            CatalogueItem.id.in_(set(current) | set(levels))))}
        for item_id, lvl in levels.items():
            qty = current.get(item_id, 0)
            item = items[item_id]
            if qty <= 0 and lvl.reorder_milli > 0:
                out.append(Alert("out_of_stock", loc_id, loc.name, item_id, item.generic_name,
                                 Decimal(0), item.unit, reorder_level=units(lvl.reorder_milli)))
            elif qty <= lvl.reorder_milli and lvl.reorder_milli > 0:
                out.append(Alert("low_stock", loc_id, loc.name, item_id, item.generic_name,
                                 units(qty), item.unit, reorder_level=units(lvl.reorder_milli)))
        for b in stock.batches_at(session, loc_id, None, on, expiry_days):
            item = items.get(b.item_id) or session.get(CatalogueItem, b.item_id)
            kind = ("recalled" if b.status == "recalled" else "expired" if b.expired
                    else "expiring" if b.short_dated else None)
            if kind:
                out.append(Alert(kind, loc_id, loc.name, b.item_id, item.generic_name,
                                 b.quantity, item.unit, b.lot, b.expiry, b.days_to_expiry))
    order = {"recalled": 0, "expired": 1, "out_of_stock": 2, "expiring": 3, "low_stock": 4}
    out.sort(key=lambda a: (order[a.kind], a.days if a.days is not None else 0,
                            a.location_name, a.item_name))
    return out

