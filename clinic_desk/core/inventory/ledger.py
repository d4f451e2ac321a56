"""The append-only ledger of stock movements: receipt, dispense, transfer (both sides
at once), adjustment, expiry write-off, reversal.

Every service takes (session, actor), checks permission and location, validates
everything before writing, and refuses any entry that would make stock negative at
any point of the history — a backdated dispense must leave every later running balance
of that batch at that location at zero or more. Entries never change; a mistake is
corrected by `reverse`, which names the entry it reverses (once only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinic_desk.core.db.types import new_uuid
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.inventory import stock
from clinic_desk.core.inventory.catalogue import batch_for_receipt, get_batch, get_item
from clinic_desk.core.inventory.locations import _get as get_location
from clinic_desk.core.inventory.locations import location_for
from clinic_desk.core.inventory.models import (
    ADJUSTMENT_REASONS,
    Batch,
    CatalogueItem,
    LedgerEntry,
    Location,
)
from clinic_desk.core.inventory.quantities import positive_milli, units
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor

EARLIEST = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class Notice:
    """A warning the UI shows (translated by code); the movement was still recorded."""

    code: str  # short_dated | expired_written_off | not_fefo | quarantined
    lot: str
    expiry: dt.date
    days: int = 0


@dataclass(frozen=True)
class EntryInfo:
    id: str
    kind: str
    location_id: str
    item_id: str
    batch_id: str
    lot: str
    expiry: dt.date
    quantity: Decimal  # signed, dispensing units
    occurred_on: dt.date
    reason: str | None
    transfer_id: str | None
    reverses_id: str | None


@dataclass
class MovementResult:
    entries: list[EntryInfo] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    transfer_id: str | None = None


def entry_info(e: LedgerEntry, batch: Batch) -> EntryInfo:
    return EntryInfo(e.id, e.kind, e.location_id, e.item_id, e.batch_id, batch.lot,
                     batch.expiry, units(e.qty_milli), e.occurred_on, e.reason, e.transfer_id,
                     e.reverses_id)


# -- validation helpers ---------------------------------------------------------------

def movement_date(on: object, today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    if on is None:
        return today
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise InvalidInput("Enter a valid date.", field="on")
    if on > today:
        raise InvalidInput("The date cannot be in the future.", field="on")
    if on < EARLIEST:
        raise InvalidInput("The date is too far in the past.", field="on")
    return on


def _short_text(value: object, field_name: str, max_len: int = 120) -> str | None:
    text = " ".join(str(value or "").split())
    if len(text) > max_len:
        raise InvalidInput("At most {max} characters.", field=field_name, max=max_len)
    return text or None


def _active_item(session: Session, item_id: str) -> CatalogueItem:
    item = get_item(session, item_id)
    if not item.active:
        raise InvalidInput("{item} is no longer in the catalogue.", field="item",
                           item=item.generic_name)
    return item


def require_usable(batch: Batch, on: dt.date, what: str = "dispense") -> None:
    """Refuse a quarantined, recalled or expired batch."""
    if batch.status == "recalled":
        raise InvalidInput("Lot {lot} was recalled: it cannot be dispensed or sent to a "
                           "botiquín.", field="batch", lot=batch.lot)
    if batch.status == "quarantined":
        raise InvalidInput("Lot {lot} is in quarantine: it cannot be dispensed or sent to a "
                           "botiquín.", field="batch", lot=batch.lot)
    if batch.expiry < on:
        raise InvalidInput("Lot {lot} expired on {expiry}: it cannot be dispensed or sent to a "
                           "botiquín.", field="batch", lot=batch.lot,
                           expiry=batch.expiry.isoformat())


def _short_dated(batch: Batch, on: dt.date, days: int) -> Notice | None:
    left = (batch.expiry - on).days
    if 0 <= left < days:
        return Notice("short_dated", batch.lot, batch.expiry, left)
    return None


def check_can_take(session: Session, loc: Location, item: CatalogueItem, batch: Batch,
                   on: dt.date, take_milli: int) -> None:
    """Refuse taking `take_milli` of a batch at a location on a date if the balance on
    that date, or any running balance after it, would drop below zero."""
    until = int(session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.qty_milli), 0)).where(
            LedgerEntry.batch_id == batch.id, LedgerEntry.location_id == loc.id,
            LedgerEntry.occurred_on <= on)) or 0)
    later = session.scalars(
        select(LedgerEntry.qty_milli).where(
            LedgerEntry.batch_id == batch.id, LedgerEntry.location_id == loc.id,
            LedgerEntry.occurred_on > on)
        .order_by(LedgerEntry.occurred_on, LedgerEntry.version)).all()
    if until < take_milli:
        if not later:
            raise InvalidInput(
                "Only {available} {unit} of lot {lot} are on hand at {location}.",
                field="quantity", available=units(until), unit=item.unit, lot=batch.lot,
                location=loc.name)
        raise InvalidInput(
            "On {date} there were only {available} {unit} of lot {lot} at {location}.",
            field="quantity", date=on.isoformat(), available=units(until), unit=item.unit,
            lot=batch.lot, location=loc.name)
    running = low = until
    for q in later:
        running += int(q)
        low = min(low, running)
    if low < take_milli:
        raise InvalidInput(
            "Later movements of lot {lot} use this stock: dated {date}, at most {available} "
            "{unit} can be taken without making a later balance negative.",
            field="quantity", lot=batch.lot, date=on.isoformat(), available=units(max(low, 0)),
            unit=item.unit)


def _post(session: Session, loc: Location, item: CatalogueItem, batch: Batch, kind: str,
          delta: int, on: dt.date, **extra: object) -> LedgerEntry:
    if delta < 0:
        check_can_take(session, loc, item, batch, on, -delta)
    entry = LedgerEntry(location_id=loc.id, item_id=item.id, batch_id=batch.id, kind=kind,
                        qty_milli=delta, occurred_on=on, **extra)
    session.add(entry)
    session.flush()  # the trigger moves the balance; the version orders same-day entries
    return entry


# -- movements -------------------------------------------------------------------------

def receipt_warnings(expiry: dt.date, on: dt.date | None = None,
                     short_dated_days: int = stock.SHORT_DATED_DAYS) -> list[str]:
    """Before saving a receipt: ['expired'] or ['short_dated'] or []."""
    on = on or dt.date.today()
    if expiry < on:
        return ["expired"]
    if (expiry - on).days < short_dated_days:
        return ["short_dated"]
    return []


def receive(session: Session, actor: Actor, location_id: str, item_id: str, lot: str,
            expiry: dt.date, quantity: object, *, on: dt.date | None = None,
            source: str | None = None, gtin: str | None = None, note: str | None = None,
            expired_writeoff: bool = False,
            short_dated_days: int = stock.SHORT_DATED_DAYS) -> MovementResult:
    """Receive a batch (from a supplier, a donor, the central store by hand).

    An expiry already past is refused unless `expired_writeoff` is set: then the receipt
    and an expiry write-off of the same quantity are recorded together (the stock card
    shows what arrived and that it was discarded)."""
    loc = location_for(session, actor, location_id, write=True)
    item = _active_item(session, item_id)
    milli = positive_milli(quantity, item)
    on = movement_date(on)
    if not isinstance(expiry, dt.date) or isinstance(expiry, dt.datetime):
        raise InvalidInput("The expiry date is required.", field="expiry")
    if expiry < on and not expired_writeoff:
        raise InvalidInput(
            "This lot expired on {expiry}. It can only be recorded as an expiry write-off.",
            field="expiry", expiry=expiry.isoformat())
    source_text = _short_text(source, "source")
    note_text = _short_text(note, "note", 500)
    batch = batch_for_receipt(session, item, lot, expiry, gtin)
    if batch.status == "recalled":
        raise InvalidInput("Lot {lot} was recalled: it cannot be received.", field="lot",
                           lot=batch.lot)
    result = MovementResult()
    e = _post(session, loc, item, batch, "receipt", milli, on, source=source_text,
              note=note_text)
    result.entries.append(entry_info(e, batch))
    if expiry < on:
        w = _post(session, loc, item, batch, "expiry_writeoff", -milli, on, note=note_text)
        result.entries.append(entry_info(w, batch))
        result.warnings.append(Notice("expired_written_off", batch.lot, expiry,
                                      (expiry - on).days))
    else:
        notice = _short_dated(batch, on, short_dated_days)
        if notice:
            result.warnings.append(notice)
        if batch.status == "quarantined":
            result.warnings.append(Notice("quarantined", batch.lot, expiry))
    return result


def _batch_of(session: Session, batch_id: str, item: CatalogueItem) -> Batch:
    batch = get_batch(session, batch_id)
    if batch.item_id != item.id:
        raise InvalidInput("That lot belongs to another item.", field="batch")
    return batch


def dispense(session: Session, actor: Actor, location_id: str, item_id: str,
             quantity: object, *, batch_id: str | None = None, person_id: str | None = None,
             prescriber: str | None = None, on: dt.date | None = None,
             note: str | None = None,
             short_dated_days: int = stock.SHORT_DATED_DAYS) -> MovementResult:
    """Dispense to a patient (optionally a registered person, with prescriber).

    Without `batch_id` the quantity is taken first-expiry-first-out, across batches if
    needed. Expired, quarantined and recalled batches are refused; short-dated ones and a
    batch chosen out of FEFO order come back as warnings."""
    loc = location_for(session, actor, location_id, write=True)
    item = _active_item(session, item_id)
    milli = positive_milli(quantity, item)
    on = movement_date(on)
    person = _short_text(person_id, "person", 36)
    prescriber_text = _short_text(prescriber, "prescriber")
    note_text = _short_text(note, "note", 500)
    result = MovementResult()
    extra = dict(person_id=person, prescriber=prescriber_text, note=note_text)
    if batch_id is not None:
        batch = _batch_of(session, batch_id, item)
        require_usable(batch, on)
        earlier = [b for b in stock.batches_at(session, loc.id, item.id, on)
                   if b.usable and b.expiry < batch.expiry]
        e = _post(session, loc, item, batch, "dispense", -milli, on, **extra)
        result.entries.append(entry_info(e, batch))
        if earlier:
            result.warnings.append(Notice("not_fefo", batch.lot, batch.expiry,
                                          (batch.expiry - on).days))
        notice = _short_dated(batch, on, short_dated_days)
        if notice:
            result.warnings.append(notice)
        return result
    plan = stock.fefo_plan(stock.batches_at(session, loc.id, item.id, on, short_dated_days),
                           milli)
    if plan.shortfall > 0:
        raise InvalidInput(
            "Only {available} {unit} of {item} can be dispensed at {location}.",
            field="quantity", available=plan.available, unit=item.unit,
            item=item.generic_name, location=loc.name)
    for pick in plan.picks:
        batch = get_batch(session, pick.batch_id)
        e = _post(session, loc, item, batch, "dispense", -pick.quantity_milli, on, **extra)
        result.entries.append(entry_info(e, batch))
        notice = _short_dated(batch, on, short_dated_days)
        if notice:
            result.warnings.append(notice)
    return result


def transfer(session: Session, actor: Actor, from_location_id: str, to_location_id: str,
             item_id: str, quantity: object, *, batch_id: str | None = None,
             on: dt.date | None = None, note: str | None = None,
             short_dated_days: int = stock.SHORT_DATED_DAYS) -> MovementResult:
    """Send stock from one location to another: each batch moved gets a transfer_out at
    the source and a transfer_in at the destination, in this one transaction, sharing
    one transfer id. Without `batch_id`, FEFO. A botiquín never receives an expired,
    quarantined or recalled batch; the central store may (returns)."""
    src = location_for(session, actor, from_location_id, write=True)
    if from_location_id == to_location_id:
        raise InvalidInput("A transfer needs two different locations.", field="to_location")
    dst = get_location(session, to_location_id)
    if not dst.active:
        raise InvalidInput("{location} is closed: no stock moves there.", field="to_location",
                           location=dst.name)
    item = _active_item(session, item_id)
    milli = positive_milli(quantity, item)
    on = movement_date(on)
    note_text = _short_text(note, "note", 500)
    picks: list[tuple[Batch, int]] = []
    result = MovementResult(transfer_id=new_uuid())
    if batch_id is not None:
        batch = _batch_of(session, batch_id, item)
        if dst.kind != "central":
            require_usable(batch, on)
        picks.append((batch, milli))
    else:
        plan = stock.fefo_plan(stock.batches_at(session, src.id, item.id, on, short_dated_days),
                               milli)
        if plan.shortfall > 0:
            raise InvalidInput(
                "Only {available} {unit} of {item} can be sent from {location}.",
                field="quantity", available=plan.available, unit=item.unit,
                item=item.generic_name, location=src.name)
        picks = [(get_batch(session, p.batch_id), p.quantity_milli) for p in plan.picks]
    for batch, q in picks:
        out = _post(session, src, item, batch, "transfer_out", -q, on, counterpart_id=dst.id,
                    transfer_id=result.transfer_id, note=note_text)
        inn = _post(session, dst, item, batch, "transfer_in", q, on, counterpart_id=src.id,
                    transfer_id=result.transfer_id, note=note_text)
        result.entries += [entry_info(out, batch), entry_info(inn, batch)]
        notice = _short_dated(batch, on, short_dated_days)
        if notice:
            result.warnings.append(notice)
    return result


def adjust(session: Session, actor: Actor, location_id: str, batch_id: str, quantity: object,
           reason: str, *, increase: bool = False, on: dt.date | None = None,
           note: str | None = None) -> MovementResult:
    """An adjustment of one batch: `quantity` > 0 taken away (or added when `increase`),
    with a reason: loss, damage (only take away), donation, correction."""
    loc = location_for(session, actor, location_id, write=True)
    if reason not in ADJUSTMENT_REASONS:
        raise InvalidInput("Choose a reason: loss, damage, donation or correction.",
                           field="reason")
    if increase and reason in ("loss", "damage"):
        raise InvalidInput("A loss or damage can only take stock away.", field="reason")
    batch = get_batch(session, batch_id)
    item = get_item(session, batch.item_id)
    milli = positive_milli(quantity, item)
    on = movement_date(on)
    e = _post(session, loc, item, batch, "adjustment", milli if increase else -milli, on,
              reason=reason, note=_short_text(note, "note", 500))
    return MovementResult([entry_info(e, batch)])


def write_off_expired(session: Session, actor: Actor, location_id: str, batch_id: str,
                      quantity: object | None = None, *, on: dt.date | None = None,
                      note: str | None = None) -> MovementResult:
    """Write off an expired (or recalled) batch: all of it here, or `quantity`."""
    loc = location_for(session, actor, location_id, write=True)
    batch = get_batch(session, batch_id)
    item = get_item(session, batch.item_id)
    on = movement_date(on)
    if batch.expiry >= on and batch.status != "recalled":
        raise InvalidInput("Lot {lot} has not expired. Record a loss or damage as an "
                           "adjustment instead.", field="batch", lot=batch.lot)
    if quantity is None:
        milli = stock.batch_on_hand_milli(session, loc.id, batch.id)
        if milli <= 0:
            raise InvalidInput("Nothing of lot {lot} is on hand here.", field="batch",
                               lot=batch.lot)
    else:
        milli = positive_milli(quantity, item)
    e = _post(session, loc, item, batch, "expiry_writeoff", -milli, on,
              note=_short_text(note, "note", 500))
    return MovementResult([entry_info(e, batch)])


def get_entry(session: Session, entry_id: str) -> LedgerEntry:
    e = session.get(LedgerEntry, entry_id)
    if e is None:
        raise InvalidInput("There is no such ledger entry.", field="entry")
    return e


def reverse(session: Session, actor: Actor, entry_id: str, *, note: str | None = None,
            on: dt.date | None = None) -> MovementResult:
    """Correct a mistake: a new entry with the opposite quantity that names the one it
    reverses (same kind and reason, so reports net it out). A transfer is reversed on
    both sides. An entry is reversed at most once; a reversal is never reversed. The
    note saying why is required: the stock card shows it next to the reversal."""
    e = get_entry(session, entry_id)
    loc = location_for(session, actor, e.location_id, write=True)
    if e.reverses_id is not None:
        raise InvalidInput("A reversal cannot itself be reversed; record the movement again.",
                           field="entry")
    on = movement_date(on)
    if on < e.occurred_on:
        raise InvalidInput("A reversal cannot be dated before the entry it reverses.",
                           field="on")
    targets = [e]
    if e.transfer_id is not None:
        partner = session.scalar(select(LedgerEntry).where(
            LedgerEntry.transfer_id == e.transfer_id, LedgerEntry.batch_id == e.batch_id,
            LedgerEntry.id != e.id, LedgerEntry.reverses_id.is_(None)))
        if partner is not None:
            targets.append(partner)
    for t in targets:
        if session.scalar(select(LedgerEntry.id).where(LedgerEntry.reverses_id == t.id)):
            raise InvalidInput("This entry was already reversed.", field="entry")
    note_text = _short_text(note, "note", 500)
    if note_text is None:
        raise InvalidInput("Say why this entry is reversed.", field="note")
    result = MovementResult(transfer_id=e.transfer_id)
    # the side that adds stock back goes first, so a transfer reversal never dips
    for t in sorted(targets, key=lambda t: t.qty_milli):
        t_loc = loc if t.location_id == loc.id else get_location(session, t.location_id)
        batch = get_batch(session, t.batch_id)
        item = get_item(session, t.item_id)
        r = _post(session, t_loc, item, batch, t.kind, -t.qty_milli, on, reason=t.reason,
                  person_id=t.person_id, counterpart_id=t.counterpart_id,
                  transfer_id=t.transfer_id, stocktake_id=t.stocktake_id, reverses_id=t.id,
                  note=note_text)
        result.entries.append(entry_info(r, batch))
    batch = get_batch(session, e.batch_id)
    audit.record(session, "stock_entry_reversed", actor, target=f"{loc.code} {batch.lot}",
                 entry=e.id, kind=e.kind, on=on.isoformat())
    return result
