"""Inventory reports as rows (for the screen) and CSV (for partners' spreadsheets):
the stock card of an item at a location, the monthly consumption report of a
botiquín (the shape of the Ministry's monthly consumption report), expiring batches.

CSV files are UTF-8 with a BOM (so Excel opens accents right), written atomically.
Column headings come in Spanish (default) or English. A dispense's person is never
exported: the stock card says only that it went to a registered person.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinic_desk.core.atomic import atomic_writer
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.inventory import planning, stock
from clinic_desk.core.inventory.catalogue import get_item
from clinic_desk.core.inventory.locations import list_locations, location_for
from clinic_desk.core.inventory.models import Batch, CatalogueItem, LedgerEntry, Location
from clinic_desk.core.inventory.quantities import fmt, units
from clinic_desk.core.security.roles import Actor

# -- stock card ------------------------------------------------------------------------


@dataclass(frozen=True)
class CardRow:
    entry_id: str
    occurred_on: dt.date
    kind: str
    reason: str | None
    lot: str
    expiry: dt.date
    quantity_in: Decimal
    quantity_out: Decimal
    balance: Decimal
    reference: str  # counterpart location, supplier, prescriber
    to_person: bool
    reverses_id: str | None
    note: str


@dataclass
class StockCard:
    location_id: str
    location_name: str
    item_id: str
    item_code: str
    item_label: str
    unit: str
    start: dt.date | None
    end: dt.date | None
    opening: Decimal
    rows: list[CardRow] = field(default_factory=list)

    @property
    def closing(self) -> Decimal:
        return self.rows[-1].balance if self.rows else self.opening


def stock_card(session: Session, actor: Actor, location_id: str, item_id: str,
               start: dt.date | None = None, end: dt.date | None = None) -> StockCard:
    """Every movement of an item at a location, in order, with the running balance."""
    loc = location_for(session, actor, location_id)
    item = get_item(session, item_id)
    opening = 0
    if start is not None:
        opening = int(session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.qty_milli), 0)).where(
                LedgerEntry.location_id == loc.id, LedgerEntry.item_id == item.id,
                LedgerEntry.occurred_on < start)) or 0)
    q = (select(LedgerEntry.id, LedgerEntry.occurred_on, LedgerEntry.kind,
                LedgerEntry.reason, LedgerEntry.batch_id, LedgerEntry.qty_milli,
                LedgerEntry.counterpart_id, LedgerEntry.source, LedgerEntry.prescriber,
                LedgerEntry.person_id, LedgerEntry.reverses_id, LedgerEntry.note)
         .where(LedgerEntry.location_id == loc.id, LedgerEntry.item_id == item.id))
    if start is not None:
        q = q.where(LedgerEntry.occurred_on >= start)
    if end is not None:
        q = q.where(LedgerEntry.occurred_on <= end)
    rows = session.execute(q.order_by(LedgerEntry.occurred_on, LedgerEntry.version)).all()
    batches = {b.id: b for b in session.scalars(select(Batch).where(Batch.item_id == item.id))}
    names = dict(session.execute(select(Location.id, Location.name)).all())
    card = StockCard(loc.id, loc.name, item.id, item.code,
                     " ".join(x for x in (item.generic_name, item.strength, item.form) if x),
                     item.unit, start, end, units(opening))
    bal = opening
    for (eid, on, kind, reason, batch_id, qty, counterpart, source, prescriber, person,
         reverses, note) in rows:
        bal += qty
        b = batches[batch_id]
        ref = names.get(counterpart, "") if counterpart else (source or prescriber or "")
        card.rows.append(CardRow(
            eid, on, kind, reason, b.lot, b.expiry, units(qty) if qty > 0 else Decimal(0),
            units(-qty) if qty < 0 else Decimal(0), units(bal), ref, person is not None,
            reverses, note or ""))
    return card


def reversal_links(session: Session, card: StockCard
                   ) -> tuple[dict[str, tuple[str, dt.date]], dict[str, dt.date]]:
    """For the rows of a stock card: what each reversal reverses (entry id -> kind and
    date of the reversed entry) and when each reversed entry was reversed (entry id ->
    date of its reversal), also when the other entry lies outside the card's period."""
    ids = [r.entry_id for r in card.rows]
    targets = [r.reverses_id for r in card.rows if r.reverses_id]
    reversed_of: dict[str, tuple[str, dt.date]] = {}
    for i in range(0, len(targets), 500):
        for eid, kind, on in session.execute(
                select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.occurred_on)
                .where(LedgerEntry.id.in_(targets[i:i + 500]))):
            reversed_of[eid] = (kind, on)
    reversed_on: dict[str, dt.date] = {}
    for i in range(0, len(ids), 500):
        for target, on in session.execute(
                select(LedgerEntry.reverses_id, LedgerEntry.occurred_on)
                .where(LedgerEntry.reverses_id.in_(ids[i:i + 500]))):
            reversed_on[target] = on
    return reversed_of, reversed_on


# -- monthly consumption report --------------------------------------------------------


@dataclass(frozen=True)
class MonthlyRow:
    item_id: str
    code: str
    name: str
    strength: str
    form: str
    unit: str
    opening: Decimal
    receipts: Decimal
    consumption: Decimal
    transfers_out: Decimal
    losses: Decimal
    adjustments: Decimal  # signed: other adjustments and stocktake differences
    closing: Decimal
    stockout_days: int  # over the AMC window (the report month and the months before)
    amc: Decimal | None
    months_of_stock: Decimal | None


@dataclass
class MonthlyReport:
    location_id: str
    location_code: str
    location_name: str
    year: int
    month: int
    start: dt.date
    end: dt.date
    rows: list[MonthlyRow] = field(default_factory=list)


def _monthly(session: Session, loc: Location, year: int, month: int,
             amc_months: int) -> MonthlyReport:
    if not (1 <= month <= 12) or not (2000 <= year <= 2100):
        raise InvalidInput("Choose a valid month.", field="month")
    start = dt.date(year, month, 1)
    end = planning.month_end(year, month)
    flows = planning.location_flows(session, loc, start, end,
                                    planning.month_start(start, amc_months - 1))
    items = session.scalars(select(CatalogueItem).where(CatalogueItem.id.in_(list(flows)))
                            .order_by(CatalogueItem.generic_name, CatalogueItem.strength))
    report = MonthlyReport(loc.id, loc.code, loc.name, year, month, start, end)
    for item in items:
        f = flows[item.id]
        if not any(f.totals.values()) and f.opening == 0:
            continue
        a = f.amc()
        closing = units(f.closing)
        report.rows.append(MonthlyRow(
            item.id, item.code, item.generic_name, item.strength, item.form, item.unit,
            units(f.opening), units(f.totals["receipts"]), units(-f.totals["consumption"]),
            units(-f.totals["transfers_out"]), units(-f.totals["losses"]),
            units(f.totals["adjustments"]), closing, f.stockout_days, a,
            planning.months_of_stock(closing, a)))
    return report


def monthly_report(session: Session, actor: Actor, location_id: str, year: int, month: int,
                   amc_months: int = planning.AMC_MONTHS) -> MonthlyReport:
    """Opening balance, receipts, consumption, transfers out, losses, adjustments,
    closing balance, stock-out days, AMC and months of stock of every item a location
    held or moved in a month. opening + receipts - consumption - transfers out - losses
    + adjustments = closing."""
    loc = location_for(session, actor, location_id)
    return _monthly(session, loc, year, month, amc_months)


def monthly_reports(session: Session, actor: Actor, year: int, month: int,
                    kind: str | None = "botiquin",
                    amc_months: int = planning.AMC_MONTHS) -> list[MonthlyReport]:
    """The monthly report of every location this actor may see (botiquines by default)."""
    out = []
    for info in list_locations(session, actor):
        if kind is None or info.kind == kind:
            loc = session.get(Location, info.id)
            assert loc is not None
            out.append(_monthly(session, loc, year, month, amc_months))
    return out


# -- expiring batches ------------------------------------------------------------------


@dataclass(frozen=True)
class ExpiringRow:
    location_id: str
    location_name: str
    item_id: str
    item_code: str
    item_name: str
    unit: str
    lot: str
    expiry: dt.date
    days_to_expiry: int
    status: str
    quantity: Decimal


MAX_EXPIRY_DAYS = 730


def expiring_batches(session: Session, actor: Actor, within_days: int = 90,
                     on: dt.date | None = None,
                     location_ids: Sequence[str] | None = None) -> list[ExpiringRow]:
    """Batches with stock that expire within `within_days` (expired ones included),
    soonest first, over the locations this actor may see. `within_days` is 1 to 730."""
    if not isinstance(within_days, int) or isinstance(within_days, bool) or not (
            1 <= within_days <= MAX_EXPIRY_DAYS):
        raise InvalidInput("Choose between 1 and {max} days.", field="within_days",
                           max=MAX_EXPIRY_DAYS)
    on = on or dt.date.today()
    visible = {x.id: x for x in list_locations(session, actor)}
    ids = [i for i in (location_ids or list(visible)) if i in visible]
    items = {i.id: i for i in session.scalars(select(CatalogueItem))}
    out = []
    for loc_id in ids:
        for b in stock.batches_at(session, loc_id, None, on, within_days):
            if b.days_to_expiry < within_days:
                it = items[b.item_id]
                out.append(ExpiringRow(loc_id, visible[loc_id].name, it.id, it.code,
                                       it.generic_name, it.unit, b.lot, b.expiry,
                                       b.days_to_expiry, b.status, b.quantity))
    out.sort(key=lambda r: (r.expiry, r.location_name, r.item_name, r.lot))
    return out


# -- CSV -------------------------------------------------------------------------------

HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "stock_card": {
        "es": ("Fecha", "Movimiento", "Motivo", "Lote", "Vencimiento", "Ingreso", "Salida",
               "Saldo", "Referencia", "A persona registrada", "Revierte", "Nota"),
        "en": ("Date", "Movement", "Reason", "Lot", "Expiry", "In", "Out", "Balance",
               "Reference", "To a registered person", "Reverses", "Note"),
    },
    "monthly": {
        "es": ("Código", "Medicamento", "Concentración", "Forma", "Unidad", "Saldo anterior",
               "Ingresos", "Consumo", "Transferencias", "Pérdidas", "Ajustes", "Saldo final",
               "Días de desabastecimiento", "CPM", "Meses de disponibilidad"),
        "en": ("Code", "Medicine", "Strength", "Form", "Unit", "Opening balance", "Receipts",
               "Consumption", "Transfers out", "Losses", "Adjustments", "Closing balance",
               "Stock-out days", "AMC", "Months of stock"),
    },
    "expiring": {
        "es": ("Ubicación", "Código", "Medicamento", "Unidad", "Lote", "Vencimiento",
               "Días para vencer", "Estado", "Cantidad"),
        "en": ("Location", "Code", "Medicine", "Unit", "Lot", "Expiry", "Days to expiry",
               "Status", "Quantity"),
    },
}
KIND_NAMES = {
    "es": {"receipt": "Ingreso", "dispense": "Dispensación",
           "transfer_out": "Transferencia enviada", "transfer_in": "Transferencia recibida",
           "adjustment": "Ajuste",
           "expiry_writeoff": "Baja por vencimiento", "stocktake": "Inventario"},
    "en": {"receipt": "Receipt", "dispense": "Dispense", "transfer_out": "Transfer out",
           "transfer_in": "Transfer in", "adjustment": "Adjustment",
           "expiry_writeoff": "Expiry write-off", "stocktake": "Stocktake"},
}
YES = {"es": "sí", "en": "yes"}
STATUS_NAMES = {
    "es": {"usable": "Utilizable", "quarantined": "En cuarentena", "recalled": "Retirado",
           "expired": "Vencido"},
    "en": {"usable": "Usable", "quarantined": "Quarantined", "recalled": "Recalled",
           "expired": "Expired"},
}


def expiring_state(row: ExpiringRow) -> str:
    """usable | quarantined | recalled | expired (an expired lot still on the shelf)."""
    if row.status == "usable" and row.days_to_expiry < 0:
        return "expired"
    return row.status


def _headers(report: str, lang: str) -> tuple[str, ...]:
    return HEADERS[report].get(lang, HEADERS[report]["es"])


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """UTF-8 with BOM, atomic."""
    data = csv_bytes(headers, rows)
    with atomic_writer(Path(path)) as fh:
        fh.write(data)
    return Path(path)


def stock_card_rows(card: StockCard, lang: str = "es") -> list[list[str]]:
    kinds = KIND_NAMES.get(lang, KIND_NAMES["es"])
    return [[r.occurred_on.isoformat(), kinds.get(r.kind, r.kind), r.reason or "", r.lot,
             r.expiry.isoformat(), fmt(r.quantity_in) if r.quantity_in else "",
             fmt(r.quantity_out) if r.quantity_out else "", fmt(r.balance), r.reference,
             YES.get(lang, "sí") if r.to_person else "", r.reverses_id or "", r.note]
            for r in card.rows]


def stock_card_csv(card: StockCard, path: Path, lang: str = "es") -> Path:
    return write_csv(path, _headers("stock_card", lang), stock_card_rows(card, lang))


def monthly_rows(report: MonthlyReport) -> list[list[str]]:
    return [[r.code, r.name, r.strength, r.form, r.unit, fmt(r.opening), fmt(r.receipts),
             fmt(r.consumption), fmt(r.transfers_out), fmt(r.losses), fmt(r.adjustments),
             fmt(r.closing), str(r.stockout_days), fmt(r.amc), fmt(r.months_of_stock)]
            for r in report.rows]


def monthly_report_csv(reports: MonthlyReport | Sequence[MonthlyReport], path: Path,
                       lang: str = "es") -> Path:
    """One report, or several (a location column is added first)."""
    if isinstance(reports, MonthlyReport):
        return write_csv(path, _headers("monthly", lang), monthly_rows(reports))
    loc = "Ubicación" if lang == "es" else "Location"
    period = "Periodo" if lang == "es" else "Period"
    rows = [[r.location_name, f"{r.year:04d}-{r.month:02d}", *row]
            for r in reports for row in monthly_rows(r)]
    return write_csv(path, (loc, period, *_headers("monthly", lang)), rows)


def expiring_rows(rows: Sequence[ExpiringRow], lang: str = "es") -> list[list[str]]:
    names = STATUS_NAMES.get(lang, STATUS_NAMES["es"])
    return [[r.location_name, r.item_code, r.item_name, r.unit, r.lot, r.expiry.isoformat(),
             str(r.days_to_expiry), names.get(expiring_state(r), r.status), fmt(r.quantity)]
            for r in rows]


def expiring_csv(rows: Sequence[ExpiringRow], path: Path, lang: str = "es") -> Path:
    return write_csv(path, _headers("expiring", lang), expiring_rows(rows, lang))
