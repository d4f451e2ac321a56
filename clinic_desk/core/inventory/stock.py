"""Stock on hand (from the maintained balance table), batches at a location,
first-expiry-first-out suggestions, and the proof that balances equal the ledger.

The balance table is kept by a database trigger on every ledger insert;
`check_balances` replays the whole ledger and compares, `rebuild_balances` recomputes
the table from the ledger (after an import, or if a check ever fails).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from clinic_desk.core.inventory.locations import location_for
from clinic_desk.core.inventory.models import (
    Batch,
    CatalogueItem,
    LedgerEntry,
    StockBalance,
)
from clinic_desk.core.inventory.quantities import positive_milli, units
from clinic_desk.core.security.roles import Actor, Perm, require

SHORT_DATED_DAYS = 90


@dataclass(frozen=True)
class ItemStock:
    item_id: str
    code: str
    generic_name: str
    form: str
    strength: str
    unit: str
    quantity: Decimal
    batches: int
    next_expiry: dt.date | None


@dataclass(frozen=True)
class BatchStock:
    batch_id: str
    item_id: str
    lot: str
    expiry: dt.date
    status: str
    quantity: Decimal
    quantity_milli: int
    days_to_expiry: int
    expired: bool
    short_dated: bool

    @property
    def usable(self) -> bool:
        return self.status == "usable" and not self.expired


@dataclass(frozen=True)
class Pick:
    batch_id: str
    lot: str
    expiry: dt.date
    quantity: Decimal
    quantity_milli: int
    short_dated: bool


@dataclass
class FefoSuggestion:
    picks: list[Pick] = field(default_factory=list)
    shortfall: Decimal = Decimal(0)
    available: Decimal = Decimal(0)  # usable stock
    excluded: list[BatchStock] = field(default_factory=list)  # expired/quarantined/recalled

    @property
    def short_dated(self) -> bool:
        return any(p.short_dated for p in self.picks)


def on_hand(session: Session, actor: Actor, location_id: str,
            include_zero: bool = False) -> list[ItemStock]:
    """Every item with stock at a location (all batches, whatever their status)."""
    location_for(session, actor, location_id)
    qty = func.sum(StockBalance.qty_milli)
    positive = StockBalance.qty_milli > 0
    rows = session.execute(
        select(StockBalance.item_id, qty, func.count(), func.min(Batch.expiry))
        .join(Batch, Batch.id == StockBalance.batch_id)
        .where(StockBalance.location_id == location_id, positive)
        .group_by(StockBalance.item_id)
    ).all()
    by_item = {r[0]: r for r in rows}
    q = select(CatalogueItem).where(CatalogueItem.deleted.is_(False))
    if not include_zero:
        if not by_item:
            return []
        q = q.where(CatalogueItem.id.in_(by_item))
    else:
        q = q.where(CatalogueItem.active.is_(True))
    out = []
    for item in session.scalars(q.order_by(CatalogueItem.generic_name, CatalogueItem.strength)):
        r = by_item.get(item.id)
        out.append(ItemStock(item.id, item.code, item.generic_name, item.form, item.strength,
                             item.unit, units(r[1] if r else 0), int(r[2]) if r else 0,
                             r[3] if r else None))
    return out


def item_on_hand_milli(session: Session, location_id: str, item_id: str) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(StockBalance.qty_milli), 0)).where(
        StockBalance.location_id == location_id, StockBalance.item_id == item_id)) or 0)


def batch_on_hand_milli(session: Session, location_id: str, batch_id: str) -> int:
    return int(session.scalar(select(StockBalance.qty_milli).where(
        StockBalance.location_id == location_id, StockBalance.batch_id == batch_id)) or 0)


def _batch_stock(b: Batch, milli: int, on: dt.date, short_days: int) -> BatchStock:
    days = (b.expiry - on).days
    return BatchStock(b.id, b.item_id, b.lot, b.expiry, b.status, units(milli), milli, days,
                      days < 0, 0 <= days < short_days)


def batches_at(session: Session, location_id: str, item_id: str | None = None,
               on: dt.date | None = None,
               short_dated_days: int = SHORT_DATED_DAYS) -> list[BatchStock]:
    """Batches with stock at a location, earliest expiry first (no permission check:
    internal; use `batch_stock` from the UI)."""
    on = on or dt.date.today()
    q = (select(Batch, StockBalance.qty_milli)
         .join(StockBalance, StockBalance.batch_id == Batch.id)
         .where(StockBalance.location_id == location_id, StockBalance.qty_milli > 0))
    if item_id is not None:
        q = q.where(StockBalance.item_id == item_id)
    rows = session.execute(q.order_by(Batch.expiry, Batch.lot)).all()
    return [_batch_stock(b, int(m), on, short_dated_days) for b, m in rows]


def batch_stock(session: Session, actor: Actor, location_id: str, item_id: str | None = None,
                on: dt.date | None = None,
                short_dated_days: int = SHORT_DATED_DAYS) -> list[BatchStock]:
    location_for(session, actor, location_id)
    return batches_at(session, location_id, item_id, on, short_dated_days)


def fefo_plan(batches: list[BatchStock], need_milli: int | None) -> FefoSuggestion:
    """Usable batches first-expiry-first-out until `need_milli` is covered."""
    sug = FefoSuggestion()
    usable = [b for b in batches if b.usable]
    sug.excluded = [b for b in batches if not b.usable]
    sug.available = units(sum(b.quantity_milli for b in usable))
    left = need_milli if need_milli is not None else sum(b.quantity_milli for b in usable)
    for b in sorted(usable, key=lambda b: (b.expiry, b.lot)):
        if left <= 0:
            break
        take = min(left, b.quantity_milli)
        sug.picks.append(Pick(b.batch_id, b.lot, b.expiry, units(take), take, b.short_dated))
        left -= take
    sug.shortfall = units(max(left, 0))
    return sug


def suggest_fefo(session: Session, actor: Actor, location_id: str, item_id: str,
                 quantity: object | None = None, on: dt.date | None = None,
                 short_dated_days: int = SHORT_DATED_DAYS) -> FefoSuggestion:
    """Which batches to dispense `quantity` from: earliest expiry first, never an
    expired, quarantined or recalled batch (those are listed in `excluded`);
    `short_dated` picks expire within `short_dated_days`."""
    location_for(session, actor, location_id)
    item = session.get(CatalogueItem, item_id)
    need = None
    if quantity is not None and item is not None:
        need = positive_milli(quantity, item)
    return fefo_plan(batches_at(session, location_id, item_id, on, short_dated_days), need)


# -- consistency -----------------------------------------------------------------------

@dataclass(frozen=True)
class BalanceMismatch:
    location_id: str
    batch_id: str
    table_milli: int
    ledger_milli: int


def replay(session: Session) -> dict[tuple[str, str], int]:
    """Stock per (location, batch) replayed from the whole ledger."""
    rows = session.execute(
        select(LedgerEntry.location_id, LedgerEntry.batch_id, func.sum(LedgerEntry.qty_milli))
        .group_by(LedgerEntry.location_id, LedgerEntry.batch_id))
    return {(r[0], r[1]): int(r[2]) for r in rows}


def check_balances(session: Session) -> list[BalanceMismatch]:
    """Compare the balance table with the replay of the ledger; [] when they agree."""
    ledger = replay(session)
    table = {(r[0], r[1]): int(r[2]) for r in session.execute(
        select(StockBalance.location_id, StockBalance.batch_id, StockBalance.qty_milli))}
    out = []
    for key in sorted(set(ledger) | set(table)):
        a, b = table.get(key, 0), ledger.get(key, 0)
        if a != b:
            out.append(BalanceMismatch(key[0], key[1], a, b))
    return out


def negative_history(session: Session) -> list[tuple[str, str, dt.date]]:
    """(location, batch, date) where a running balance of the ledger, in date order,
    ever went below zero; [] for a sound ledger."""
    rows = session.execute(
        select(LedgerEntry.location_id, LedgerEntry.batch_id, LedgerEntry.occurred_on,
               LedgerEntry.qty_milli)
        .order_by(LedgerEntry.location_id, LedgerEntry.batch_id, LedgerEntry.occurred_on,
                  LedgerEntry.version))
    out = []
    key, bal = None, 0
    for loc, batch, on, q in rows:
        if (loc, batch) != key:
            key, bal = (loc, batch), 0
        bal += int(q)
        if bal < 0:
            out.append((loc, batch, on))
    return out


def rebuild_balances(session: Session, actor: Actor) -> int:
    """Recompute the balance table from the ledger (maintenance; administrators)."""
    require(actor, Perm.VERIFY)
    session.execute(delete(StockBalance))
    return _write_sums(session, session.execute(_sums()).all())


def _sums():  # noqa: ANN202 - a Select
    return (select(LedgerEntry.location_id, LedgerEntry.batch_id, LedgerEntry.item_id,
                   func.sum(LedgerEntry.qty_milli))
            .group_by(LedgerEntry.location_id, LedgerEntry.batch_id, LedgerEntry.item_id))


def _write_sums(session: Session, rows: list) -> int:  # type: ignore[type-arg]
    if rows:
        session.execute(insert(StockBalance), [
            {"location_id": r[0], "batch_id": r[1], "item_id": r[2],
             "qty_milli": max(0, int(r[3]))} for r in rows])
    return len(rows)


def rebuild_balances_of(session: Session, keys: set[tuple[str, str]]) -> int:
    """Recompute the balances of these (location, batch) pairs from the whole ledger, in
    the caller's transaction (the import: entries arrive without the balance trigger).
    A sum below zero (a dispensing whose receipt is in a bundle not received yet) is
    held at zero until the missing entries arrive. Returns how many were below zero."""
    below = 0
    by_location: dict[str, set[str]] = {}
    for loc, batch in keys:
        by_location.setdefault(loc, set()).add(batch)
    for loc, batches in sorted(by_location.items()):  # a few locations, many batches
        rows = [r for r in session.execute(_sums().where(LedgerEntry.location_id == loc))
                if r[1] in batches]
        ordered = sorted(batches)
        for i in range(0, len(ordered), 500):
            session.execute(delete(StockBalance).where(
                StockBalance.location_id == loc,
                StockBalance.batch_id.in_(ordered[i:i + 500])))
        below += sum(1 for r in rows if int(r[3]) < 0)
        _write_sums(session, rows)
    return below
