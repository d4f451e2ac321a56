"""Inventory tables: locations, promoter assignments, catalogue, batches, the ledger,
stock balances, reorder levels and stocktakes.

Quantities are stored as integers in thousandths of a dispensing unit (`*_milli`
columns). Integer arithmetic is exact on SQLite and PostgreSQL (SUM never drifts like
a float, and SQLite has no true decimal type), while a divisible unit (a scored tablet,
millilitres of a syrup) can still hold up to three decimals. A unit that cannot be
split (`divisible = False`) only ever holds whole multiples of 1000; the services refuse
anything else. The service API speaks Decimal/int in dispensing units, never milli.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from clinic_desk.core.db.base import Base, Travelling
from clinic_desk.core.db.types import UUIDStr

MILLI = 1000

LOCATION_KINDS = ("central", "botiquin")
BATCH_STATUSES = ("usable", "quarantined", "recalled")
MOVEMENT_KINDS = (
    "receipt",
    "dispense",
    "transfer_out",
    "transfer_in",
    "adjustment",
    "expiry_writeoff",
    "stocktake",
)
ADJUSTMENT_REASONS = ("loss", "damage", "donation", "correction")


class Location(Travelling, Base):
    """The central store or a botiquín."""

    __tablename__ = "inv_locations"

    code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class LocationAssignment(Travelling, Base):
    """A promoter works at this location (tombstoned when she no longer does)."""

    __tablename__ = "inv_location_assignments"
    __table_args__ = (UniqueConstraint("user_id", "location_id"),)

    user_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("users.id"), nullable=False)
    location_id: Mapped[str] = mapped_column(
        UUIDStr, ForeignKey("inv_locations.id"), nullable=False
    )


class CatalogueItem(Travelling, Base):
    __tablename__ = "inv_items"

    code: Mapped[str] = mapped_column(String(24), nullable=False, unique=True)
    generic_name: Mapped[str] = mapped_column(String(120), nullable=False)
    form: Mapped[str] = mapped_column(String(48), nullable=False)
    strength: Mapped[str] = mapped_column(String(48), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(24), nullable=False)
    group: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    divisible: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    gtin: Mapped[str | None] = mapped_column(String(14), nullable=True, index=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Batch(Travelling, Base):
    """A lot of one item. Status is global: a recall marks it in every location."""

    __tablename__ = "inv_batches"
    __table_args__ = (UniqueConstraint("item_id", "lot"),)

    item_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("inv_items.id"), nullable=False)
    lot: Mapped[str] = mapped_column(String(40), nullable=False)
    expiry: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="usable")
    gtin: Mapped[str | None] = mapped_column(String(14), nullable=True, index=True)


class LedgerEntry(Travelling, Base):
    """One stock movement of one batch at one location. Append-only: never changed;
    a mistake is corrected by a reversing entry naming the one it reverses."""

    __tablename__ = "inv_ledger"
    __append_only__ = True
    __table_args__ = (
        CheckConstraint("qty_milli <> 0", name="qty_nonzero"),
        # the stock card: one item at one location, in order
        Index("ix_inv_ledger_card", "location_id", "item_id", "occurred_on", "version"),
        # the running-balance check of a backdated entry: one batch at one location
        Index("ix_inv_ledger_batch", "batch_id", "location_id", "occurred_on"),
        # monthly report and planning: a location from a date on, covering
        Index("ix_inv_ledger_period", "location_id", "occurred_on", "item_id", "kind",
              "reason", "qty_milli"),
    )

    location_id: Mapped[str] = mapped_column(
        UUIDStr, ForeignKey("inv_locations.id"), nullable=False
    )
    item_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("inv_items.id"), nullable=False)
    batch_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("inv_batches.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    qty_milli: Mapped[int] = mapped_column(BigInteger, nullable=False)  # signed
    occurred_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str | None] = mapped_column(String(24), nullable=True)
    # dispense: a registered person (intake's table; no foreign key on purpose) and
    # who prescribed
    person_id: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    prescriber: Mapped[str | None] = mapped_column(String(120), nullable=True)
    # receipt: supplier or document
    source: Mapped[str | None] = mapped_column(String(120), nullable=True)
    # transfers: the other location, and one id shared by both sides
    counterpart_id: Mapped[str | None] = mapped_column(
        UUIDStr, ForeignKey("inv_locations.id"), nullable=True
    )
    transfer_id: Mapped[str | None] = mapped_column(UUIDStr, nullable=True, index=True)
    stocktake_id: Mapped[str | None] = mapped_column(
        UUIDStr, ForeignKey("inv_stocktakes.id"), nullable=True
    )
    # a reversal names the entry it reverses; unique, so nothing is reversed twice
    reverses_id: Mapped[str | None] = mapped_column(
        UUIDStr, ForeignKey("inv_ledger.id"), nullable=True, unique=True
    )
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class StockBalance(Base):
    """Stock on hand per location and batch, maintained by a database trigger on every
    ledger insert (so imports and bulk loads keep it too). Local and derived: it does
    not travel; `stock.check_balances` proves it equals the replay of the ledger and
    `stock.rebuild_balances` recomputes it."""

    __tablename__ = "inv_balances"
    __table_args__ = (
        CheckConstraint("qty_milli >= 0", name="not_negative"),
        Index("ix_inv_balances_item", "location_id", "item_id"),
    )

    location_id: Mapped[str] = mapped_column(UUIDStr, primary_key=True)
    batch_id: Mapped[str] = mapped_column(UUIDStr, primary_key=True)
    item_id: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    qty_milli: Mapped[int] = mapped_column(BigInteger, nullable=False)


class ReorderLevel(Travelling, Base):
    """Planning parameters of one item at one location."""

    __tablename__ = "inv_reorder_levels"
    __table_args__ = (UniqueConstraint("location_id", "item_id"),)

    location_id: Mapped[str] = mapped_column(
        UUIDStr, ForeignKey("inv_locations.id"), nullable=False
    )
    item_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("inv_items.id"), nullable=False)
    reorder_milli: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    target_months: Mapped[int] = mapped_column(Integer, nullable=False, default=3)


class Stocktake(Travelling, Base):
    """A count sheet: a snapshot of expected stock at one location."""

    __tablename__ = "inv_stocktakes"

    location_id: Mapped[str] = mapped_column(
        UUIDStr, ForeignKey("inv_locations.id"), nullable=False
    )
    counted_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class StocktakeLine(Travelling, Base):
    """One batch on a count sheet. `snapshot_version` is the ledger position (the
    highest ledger version) when the expected quantity was taken: any later entry for
    this batch and location means the stock moved, and the line needs a recount."""

    __tablename__ = "inv_stocktake_lines"
    __table_args__ = (UniqueConstraint("stocktake_id", "batch_id"),)

    stocktake_id: Mapped[str] = mapped_column(
        UUIDStr, ForeignKey("inv_stocktakes.id"), nullable=False, index=True
    )
    item_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("inv_items.id"), nullable=False)
    batch_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("inv_batches.id"), nullable=False)
    expected_milli: Mapped[int] = mapped_column(BigInteger, nullable=False)
    snapshot_version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    counted_milli: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reason: Mapped[str | None] = mapped_column(String(24), nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    entry_id: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
