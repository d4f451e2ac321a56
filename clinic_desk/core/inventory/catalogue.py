"""The medicine catalogue and its batches.

Administrators (CATALOGUE_EDIT) edit the catalogue; everyone with STOCK_READ reads it.
Batch status is global: quarantining or recalling a lot marks it in every location at
once, and dispensing and transfers to botiquines refuse it from then on.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.inventory.models import (
    BATCH_STATUSES,
    MILLI,
    Batch,
    CatalogueItem,
    LedgerEntry,
    Location,
    StockBalance,
)
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.resources import resource_path

ITEM_FIELDS = ("code", "generic_name", "form", "strength", "unit", "group", "divisible", "gtin")
LIMITS = {"code": 24, "generic_name": 120, "form": 48, "strength": 48, "unit": 24,
          "group": 80}
REQUIRED = ("code", "generic_name", "form", "unit")


def starter_catalogue_path() -> Path:
    return resource_path("catalogue", "essential_medicines.csv")


@dataclass(frozen=True)
class ItemInfo:
    id: str
    code: str
    generic_name: str
    form: str
    strength: str
    unit: str
    group: str
    divisible: bool
    gtin: str | None
    active: bool

    @property
    def label(self) -> str:
        return " ".join(x for x in (self.generic_name, self.strength, self.form) if x)


def item_info(item: CatalogueItem) -> ItemInfo:
    return ItemInfo(item.id, item.code, item.generic_name, item.form, item.strength,
                    item.unit, item.group, item.divisible, item.gtin, item.active)


@dataclass(frozen=True)
class BatchInfo:
    id: str
    item_id: str
    lot: str
    expiry: dt.date
    status: str


def batch_info(b: Batch) -> BatchInfo:
    return BatchInfo(b.id, b.item_id, b.lot, b.expiry, b.status)


def _require_read(actor: Actor) -> None:
    if not (actor.can(Perm.STOCK_READ) or actor.can(Perm.CATALOGUE_EDIT)):
        require(actor, Perm.STOCK_READ)


def _text(values: dict[str, object], name: str) -> str:
    text = " ".join(str(values.get(name) or "").split())
    if name in REQUIRED and not text:
        raise InvalidInput("This field is required.", field=name)
    if len(text) > LIMITS[name]:
        raise InvalidInput("At most {max} characters.", field=name, max=LIMITS[name])
    return text


def clean_gtin(value: object, field: str = "gtin") -> str | None:
    """A GTIN-8/12/13/14 with a valid check digit, as 14 digits; None when empty."""
    text = str(value or "").strip()
    if not text:
        return None
    if not text.isdigit() or len(text) not in (8, 12, 13, 14):
        raise InvalidInput("A GTIN has 8, 12, 13 or 14 digits.", field=field)
    text = text.zfill(14)
    if gtin_check_digit(text[:-1]) != int(text[-1]):
        raise InvalidInput("The GTIN's check digit is wrong; scan or type it again.",
                           field=field)
    return text


def gtin_check_digit(body: str) -> int:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def _validate(values: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {name: _text(values, name) for name in LIMITS}
    out["code"] = str(out["code"]).upper()
    div = values.get("divisible", False)
    if isinstance(div, str):
        div = div.strip().lower() in ("1", "true", "yes", "si", "sí", "y", "s")
    out["divisible"] = bool(div)
    out["gtin"] = clean_gtin(values.get("gtin"))
    return out


def add_item(session: Session, actor: Actor, **values: object) -> ItemInfo:
    """Add a catalogue item: code, generic_name, form, strength, unit, group, divisible,
    gtin. Audited."""
    require(actor, Perm.CATALOGUE_EDIT)
    clean = _validate(values)
    if session.scalar(select(CatalogueItem.id).where(CatalogueItem.code == clean["code"])):
        raise InvalidInput("There is already an item with code {code}.", field="code",
                           code=clean["code"])
    item = CatalogueItem(active=True, **clean)
    session.add(item)
    session.flush()
    audit.record(session, "catalogue_item_added", actor, target=item.code)
    return item_info(item)


def update_item(session: Session, actor: Actor, item_id: str, **changes: object) -> ItemInfo:
    """Change fields of an item (any of ITEM_FIELDS, or active). Audited with the fields
    changed. A unit holding fractional stock cannot become indivisible."""
    require(actor, Perm.CATALOGUE_EDIT)
    item = get_item(session, item_id)
    unknown = set(changes) - set(ITEM_FIELDS) - {"active"}
    if unknown:
        raise InvalidInput("Unknown field {name}.", field=sorted(unknown)[0],
                           name=sorted(unknown)[0])
    current = {name: getattr(item, name) for name in ITEM_FIELDS}
    merged = _validate({**current, **changes})
    if merged["code"] != item.code and session.scalar(
            select(CatalogueItem.id).where(CatalogueItem.code == merged["code"])):
        raise InvalidInput("There is already an item with code {code}.", field="code",
                           code=merged["code"])
    if item.divisible and not merged["divisible"]:
        fractional = session.scalar(select(func.count()).select_from(LedgerEntry).where(
            LedgerEntry.item_id == item.id, LedgerEntry.qty_milli % MILLI != 0))
        if fractional:
            raise InvalidInput(
                "This item has movements with decimals; it must stay divisible.",
                field="divisible")
    changed = sorted(k for k, v in merged.items() if getattr(item, k) != v)
    for k in changed:
        setattr(item, k, merged[k])
    if "active" in changes and bool(changes["active"]) != item.active:
        item.active = bool(changes["active"])
        changed.append("active")
    if changed:
        session.flush()
        audit.record(session, "catalogue_item_changed", actor, target=item.code,
                     fields=changed)
    return item_info(item)


def get_item(session: Session, item_id: str) -> CatalogueItem:
    item = session.get(CatalogueItem, item_id)
    if item is None or item.deleted:
        raise InvalidInput("There is no such item in the catalogue.", field="item")
    return item


def list_items(session: Session, actor: Actor, search: str | None = None,
               include_inactive: bool = False) -> list[ItemInfo]:
    _require_read(actor)
    q = select(CatalogueItem).where(CatalogueItem.deleted.is_(False))
    if not include_inactive:
        q = q.where(CatalogueItem.active.is_(True))
    if search:
        like = f"%{search.strip()}%"
        q = q.where(or_(CatalogueItem.generic_name.ilike(like),
                        CatalogueItem.code.ilike(like), CatalogueItem.group.ilike(like)))
    items = session.scalars(q.order_by(CatalogueItem.generic_name, CatalogueItem.strength))
    return [item_info(i) for i in items]


def find_by_gtin(session: Session, actor: Actor, gtin: str) -> ItemInfo | None:
    """The item a scanned GTIN names: the item's own GTIN, or one received with it."""
    _require_read(actor)
    g = clean_gtin(gtin)
    item = session.scalar(select(CatalogueItem).where(CatalogueItem.gtin == g))
    if item is None:
        item_id = session.scalar(select(Batch.item_id).where(Batch.gtin == g).limit(1))
        item = session.get(CatalogueItem, item_id) if item_id else None
    return item_info(item) if item is not None else None


def read_catalogue_csv(path: Path) -> list[dict[str, object]]:
    """Rows of a catalogue CSV (the starter file's columns; UTF-8, with or without BOM)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = []
        for row in csv.DictReader(fh):
            rows.append({
                "code": row.get("code", ""),
                "generic_name": row.get("generic_name", ""),
                "form": row.get("form", ""),
                "strength": row.get("strength", ""),
                "unit": row.get("unit", ""),
                "group": row.get("therapeutic_group", row.get("group", "")),
                "divisible": row.get("divisible", "false"),
                "gtin": row.get("gtin", ""),
            })
        return rows


def load_starter_catalogue(session: Session, actor: Actor, path: Path | None = None) -> int:
    """Add the starter catalogue's items that are not there yet (by code). Returns how
    many were added; audited once."""
    require(actor, Perm.CATALOGUE_EDIT)
    existing = set(session.scalars(select(CatalogueItem.code)))
    added = 0
    for row in read_catalogue_csv(path or starter_catalogue_path()):
        clean = _validate(row)
        if clean["code"] in existing:
            continue
        session.add(CatalogueItem(active=True, **clean))
        existing.add(str(clean["code"]))
        added += 1
    session.flush()
    audit.record(session, "catalogue_loaded", actor, added=added)
    return added


# -- batches ------------------------------------------------------------------------

def get_batch(session: Session, batch_id: str) -> Batch:
    batch = session.get(Batch, batch_id)
    if batch is None or batch.deleted:
        raise InvalidInput("There is no such batch.", field="batch")
    return batch


def clean_lot(lot: object) -> str:
    text = " ".join(str(lot or "").split()).upper()
    if not text:
        raise InvalidInput("The lot number is required.", field="lot")
    if len(text) > 40:
        raise InvalidInput("At most {max} characters.", field="lot", max=40)
    return text


def batch_for_receipt(session: Session, item: CatalogueItem, lot: object, expiry: dt.date,
                      gtin: str | None = None) -> Batch:
    """The batch of this item and lot, made on first receipt. The same lot with another
    expiry is a typing mistake, refused."""
    lot_text = clean_lot(lot)
    if not isinstance(expiry, dt.date):
        raise InvalidInput("The expiry date is required.", field="expiry")
    batch = session.scalar(select(Batch).where(Batch.item_id == item.id, Batch.lot == lot_text))
    if batch is None:
        batch = Batch(item_id=item.id, lot=lot_text, expiry=expiry, status="usable",
                      gtin=clean_gtin(gtin))
        session.add(batch)
        session.flush()
    elif batch.expiry != expiry:
        raise InvalidInput(
            "Lot {lot} of this item is already recorded with expiry {expiry}.",
            field="expiry", lot=lot_text, expiry=batch.expiry.isoformat())
    return batch


def list_batches(session: Session, actor: Actor, item_id: str) -> list[BatchInfo]:
    _require_read(actor)
    rows = session.scalars(select(Batch).where(Batch.item_id == item_id, Batch.deleted.is_(False))
                           .order_by(Batch.expiry, Batch.lot))
    return [batch_info(b) for b in rows]


def set_batch_status(session: Session, actor: Actor, batch_id: str, status: str,
                     reason: str = "") -> BatchInfo:
    """Quarantine, recall or release a batch — everywhere at once. Administrators."""
    require(actor, Perm.CATALOGUE_EDIT)
    if status not in BATCH_STATUSES:
        raise InvalidInput("A batch is usable, quarantined or recalled.", field="status")
    batch = get_batch(session, batch_id)
    if batch.status == "recalled" and status != "recalled":
        raise PermissionDenied("A recalled batch stays recalled.")
    old = batch.status
    if old != status:
        batch.status = status
        session.flush()
        item = session.get(CatalogueItem, batch.item_id)
        action = "batch_recalled" if status == "recalled" else "batch_status_changed"
        audit.record(session, action, actor, target=f"{item.code if item else ''} {batch.lot}",
                     old=old, new=status, reason=reason,
                     locations=locations_holding(session, batch.id))
    return batch_info(batch)


def recall_lot(session: Session, actor: Actor, item_id: str, lot: str,
               reason: str = "") -> tuple[BatchInfo, list[str]]:
    """Recall a lot: marked recalled in every location at once. Returns the batch and
    the codes of the locations that still hold some of it (to be written off or sent
    back to the central store)."""
    require(actor, Perm.CATALOGUE_EDIT)
    batch = session.scalar(select(Batch).where(Batch.item_id == item_id,
                                               Batch.lot == clean_lot(lot)))
    if batch is None:
        raise InvalidInput("There is no lot {lot} of this item.", field="lot", lot=lot)
    info = set_batch_status(session, actor, batch.id, "recalled", reason)
    return info, locations_holding(session, batch.id)


def locations_holding(session: Session, batch_id: str) -> list[str]:
    return list(session.scalars(
        select(Location.code).join(StockBalance, StockBalance.location_id == Location.id)
        .where(StockBalance.batch_id == batch_id, StockBalance.qty_milli > 0)
        .order_by(Location.code)))
