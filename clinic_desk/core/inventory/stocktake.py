"""Stocktakes: a count sheet snapshots the expected stock of every batch at a location
(and the ledger position at that moment); counted quantities are entered; every
variance needs a reason; posting writes the adjustments in one transaction.

If any ledger entry for a line's batch and location was made after the snapshot (a
dispense while counting, a backdated entry), that line is flagged for recount instead
of posting a wrong variance; `recount` takes a fresh snapshot of the flagged lines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.db.base import WriteContext
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.inventory import stock
from clinic_desk.core.inventory.catalogue import get_batch, get_item
from clinic_desk.core.inventory.ledger import _post, _short_text, entry_info
from clinic_desk.core.inventory.locations import location_for
from clinic_desk.core.inventory.models import (
    Batch,
    CatalogueItem,
    LedgerEntry,
    StockBalance,
    Stocktake,
    StocktakeLine,
)
from clinic_desk.core.inventory.quantities import count_milli, units
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor

# variance reasons; loss, damage and expired count as losses in the monthly report
STOCKTAKE_REASONS = ("count_error", "loss", "damage", "expired", "unrecorded_dispense",
                     "unrecorded_receipt", "other")


@dataclass(frozen=True)
class SheetLine:
    line_id: str
    item_id: str
    item_code: str
    item_name: str
    strength: str
    form: str
    unit: str
    batch_id: str
    lot: str
    expiry: dt.date
    expected: Decimal
    counted: Decimal | None
    reason: str | None
    status: str  # open | posted | recount

    @property
    def variance(self) -> Decimal | None:
        return None if self.counted is None else self.counted - self.expected


@dataclass(frozen=True)
class Sheet:
    id: str
    location_id: str
    location_name: str
    counted_on: dt.date
    status: str  # open | posted
    lines: list[SheetLine]


@dataclass
class PostResult:
    posted: int = 0  # lines settled (with or without an adjustment)
    adjustments: list = field(default_factory=list)  # EntryInfo of the entries written
    recount: list[str] = field(default_factory=list)  # line ids flagged for recount


def _ledger_mark(session: Session) -> int:
    """The ledger position now: every entry written after this has a higher version."""
    ctx: WriteContext = session.info[WriteContext.KEY]
    return ctx.clock.tick()


def create_sheet(session: Session, actor: Actor, location_id: str,
                 item_ids: list[str] | None = None, note: str | None = None) -> Sheet:
    """A count sheet of today for every batch with stock at the location (or only for
    `item_ids`)."""
    loc = location_for(session, actor, location_id, write=True)
    sheet = Stocktake(location_id=loc.id, counted_on=dt.date.today(), status="open",
                      note=_short_text(note, "note", 500))
    session.add(sheet)
    session.flush()
    mark = _ledger_mark(session)
    q = select(StockBalance).where(StockBalance.location_id == loc.id,
                                   StockBalance.qty_milli > 0)
    if item_ids is not None:
        q = q.where(StockBalance.item_id.in_(item_ids))
    for bal in session.scalars(q):
        session.add(StocktakeLine(stocktake_id=sheet.id, item_id=bal.item_id,
                                  batch_id=bal.batch_id, expected_milli=bal.qty_milli,
                                  snapshot_version=mark, status="open"))
    session.flush()
    return load_sheet(session, actor, sheet.id)


def add_line(session: Session, actor: Actor, stocktake_id: str, batch_id: str) -> Sheet:
    """Add a batch found on the shelf that the sheet does not list (expected 0)."""
    sheet = _open_sheet(session, actor, stocktake_id)
    batch = get_batch(session, batch_id)
    if session.scalar(select(StocktakeLine.id).where(
            StocktakeLine.stocktake_id == sheet.id, StocktakeLine.batch_id == batch.id)):
        raise InvalidInput("Lot {lot} is already on this sheet.", field="batch", lot=batch.lot)
    mark = _ledger_mark(session)
    session.add(StocktakeLine(
        stocktake_id=sheet.id, item_id=batch.item_id, batch_id=batch.id,
        expected_milli=stock.batch_on_hand_milli(session, sheet.location_id, batch.id),
        snapshot_version=mark, status="open"))
    session.flush()
    return load_sheet(session, actor, sheet.id)


def _open_sheet(session: Session, actor: Actor, stocktake_id: str) -> Stocktake:
    sheet = session.get(Stocktake, stocktake_id)
    if sheet is None or sheet.deleted:
        raise InvalidInput("There is no such count sheet.", field="stocktake")
    location_for(session, actor, sheet.location_id, write=True)
    if sheet.status != "open":
        raise InvalidInput("This count sheet was already posted.", field="stocktake")
    return sheet


def load_sheet(session: Session, actor: Actor, stocktake_id: str) -> Sheet:
    sheet = session.get(Stocktake, stocktake_id)
    if sheet is None or sheet.deleted:
        raise InvalidInput("There is no such count sheet.", field="stocktake")
    loc = location_for(session, actor, sheet.location_id)
    rows = session.execute(
        select(StocktakeLine, CatalogueItem, Batch)
        .join(CatalogueItem, CatalogueItem.id == StocktakeLine.item_id)
        .join(Batch, Batch.id == StocktakeLine.batch_id)
        .where(StocktakeLine.stocktake_id == sheet.id, StocktakeLine.deleted.is_(False))
        .order_by(CatalogueItem.generic_name, CatalogueItem.strength, Batch.expiry, Batch.lot)
    ).all()
    lines = [SheetLine(ln.id, it.id, it.code, it.generic_name, it.strength, it.form, it.unit,
                       b.id, b.lot, b.expiry, units(ln.expected_milli),
                       None if ln.counted_milli is None else units(ln.counted_milli),
                       ln.reason, ln.status)
             for ln, it, b in rows]
    return Sheet(sheet.id, loc.id, loc.name, sheet.counted_on, sheet.status, lines)


def list_sheets(session: Session, actor: Actor, location_id: str) -> list[tuple[str, dt.date,
                                                                                 str]]:
    location_for(session, actor, location_id)
    return [(s.id, s.counted_on, s.status) for s in session.scalars(
        select(Stocktake).where(Stocktake.location_id == location_id,
                                Stocktake.deleted.is_(False))
        .order_by(Stocktake.counted_on.desc(), Stocktake.created_at.desc()))]


def _line(session: Session, sheet: Stocktake, line_id: str) -> StocktakeLine:
    line = session.get(StocktakeLine, line_id)
    if line is None or line.stocktake_id != sheet.id or line.deleted:
        raise InvalidInput("That line is not on this count sheet.", field="line")
    return line


def enter_count(session: Session, actor: Actor, stocktake_id: str, line_id: str,
                counted: object, reason: str | None = None) -> SheetLine:
    """Record the counted quantity of one line (a number; not letters), and the reason
    for a variance."""
    sheet = _open_sheet(session, actor, stocktake_id)
    line = _line(session, sheet, line_id)
    if line.status == "posted":
        raise InvalidInput("This line was already posted.", field="line")
    item = get_item(session, line.item_id)
    line.counted_milli = count_milli(counted, item)
    if reason is not None and reason != "" and reason not in STOCKTAKE_REASONS:
        raise InvalidInput("Choose a reason from the list.", field="reason")
    line.reason = reason or None
    session.flush()
    return next(x for x in load_sheet(session, actor, sheet.id).lines if x.line_id == line.id)


def _moved_since(session: Session, location_id: str, line: StocktakeLine) -> bool:
    return session.scalar(select(LedgerEntry.id).where(
        LedgerEntry.location_id == location_id, LedgerEntry.batch_id == line.batch_id,
        LedgerEntry.version > line.snapshot_version).limit(1)) is not None


def post(session: Session, actor: Actor, stocktake_id: str) -> PostResult:
    """Post a count sheet in one transaction. Every open line needs a count, and a
    variance needs a reason (else nothing is saved). Lines whose stock moved since the
    snapshot are flagged `recount` and not posted; the sheet stays open for them."""
    sheet = _open_sheet(session, actor, stocktake_id)
    loc = location_for(session, actor, sheet.location_id, write=True)
    lines = [ln for ln in session.scalars(select(StocktakeLine).where(
        StocktakeLine.stocktake_id == sheet.id, StocktakeLine.deleted.is_(False)))
        if ln.status != "posted"]
    for ln in lines:
        if ln.status == "recount":
            continue
        batch = get_batch(session, ln.batch_id)
        if ln.counted_milli is None:
            raise InvalidInput("Enter the counted quantity of lot {lot}.", field="counted",
                               lot=batch.lot)
        if ln.counted_milli != ln.expected_milli and not ln.reason:
            raise InvalidInput("Give a reason for the difference in lot {lot}.",
                               field="reason", lot=batch.lot)
    result = PostResult()
    for ln in lines:
        if ln.status == "recount" or _moved_since(session, loc.id, ln):
            ln.status = "recount"
            result.recount.append(ln.id)
            continue
        assert ln.counted_milli is not None
        delta = ln.counted_milli - ln.expected_milli
        if delta:
            batch = get_batch(session, ln.batch_id)
            item = get_item(session, ln.item_id)
            e = _post(session, loc, item, batch, "stocktake", delta, sheet.counted_on,
                      reason=ln.reason, stocktake_id=sheet.id)
            ln.entry_id = e.id
            result.adjustments.append(entry_info(e, batch))
        ln.status = "posted"
        result.posted += 1
    if not result.recount:
        sheet.status = "posted"
    session.flush()
    audit.record(session, "stocktake_posted", actor, target=loc.code, stocktake=sheet.id,
                 lines=result.posted, adjustments=len(result.adjustments),
                 recount=len(result.recount))
    return result


def recount(session: Session, actor: Actor, stocktake_id: str) -> Sheet:
    """Take a fresh snapshot of the lines flagged for recount (counts cleared)."""
    sheet = _open_sheet(session, actor, stocktake_id)
    mark = _ledger_mark(session)
    for ln in session.scalars(select(StocktakeLine).where(
            StocktakeLine.stocktake_id == sheet.id, StocktakeLine.status == "recount")):
        ln.expected_milli = stock.batch_on_hand_milli(session, sheet.location_id, ln.batch_id)
        ln.snapshot_version = mark
        ln.counted_milli = None
        ln.reason = None
        ln.status = "open"
    session.flush()
    return load_sheet(session, actor, sheet.id)
