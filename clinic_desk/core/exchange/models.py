"""Tables of the exchange: keys, trust, export state, the centre's consolidation
records (pseudonyms, conflicts, imports, id map).

None of these is a travelling record: keys and state are local to one database, and
the centre's tables are written only by the importer. The exporter walks the
travelling tables of Base.metadata, so these never leave the database.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinic_desk.core.db.base import Base
from clinic_desk.core.db.types import UTCDateTime, UUIDStr


class ExchangeKey(Base):
    """A key pair or secret, by name: 'central_age', 'central_sign', 'site_sign',
    'pseudonym' (HMAC secret), 'central_public' (the centre's public key file, on a
    site). Lives only inside the encrypted database."""

    __tablename__ = "exchange_keys"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    public: Mapped[str | None] = mapped_column(Text, nullable=True)
    secret: Mapped[str | None] = mapped_column(Text, nullable=True)
    fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)


class TrustedSite(Base):
    """A site's Ed25519 public key the centre accepts bundles from."""

    __tablename__ = "exchange_trusted_sites"

    site_id: Mapped[str] = mapped_column(UUIDStr, primary_key=True)
    site_code: Mapped[str] = mapped_column(String(16), nullable=False)
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    trusted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    how: Mapped[str] = mapped_column(String(16), nullable=False)  # file | first_import


class ExchangeState(Base):
    """Small local state as JSON: last export, last backup."""

    __tablename__ = "exchange_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class ImportRecord(Base):
    """One bundle imported (at the centre)."""

    __tablename__ = "exchange_imports"
    __table_args__ = (Index("ix_exchange_imports_site", "site_id", "to_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    site_id: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    site_code: Mapped[str] = mapped_column(String(16), nullable=False)
    bundle_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    full: Mapped[bool] = mapped_column(Boolean, nullable=False)
    from_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    to_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    report: Mapped[str] = mapped_column(Text, nullable=False)  # JSON


class Conflict(Base):
    """A value that lost a last-writer-wins merge, kept for review at the centre."""

    __tablename__ = "exchange_conflicts"
    __table_args__ = (Index("ix_exchange_conflicts_row", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    winner_version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    winner_site: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    loser_version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    loser_site: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    loser_values: Mapped[str] = mapped_column(Text, nullable=False)  # JSON: column -> value
    bundle_site: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    detected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    reviewed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class IdMap(Base):
    """A record another site created under its own id that is the same thing as one
    the centre already holds (same natural key: a setting, a catalogue code)."""

    __tablename__ = "exchange_id_map"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    foreign_id: Mapped[str] = mapped_column(UUIDStr, primary_key=True)
    local_id: Mapped[str] = mapped_column(UUIDStr, nullable=False)


class Pseudonym(Base):
    """A person who travelled without her identity: what planning and statistics need."""

    __tablename__ = "exchange_pseudonyms"
    __table_args__ = (Index("ix_exchange_pseudonyms_site", "origin_site"),)

    code: Mapped[str] = mapped_column(UUIDStr, primary_key=True)
    origin_site: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    intake_month: Mapped[str | None] = mapped_column(String(7), nullable=True)
    age_band: Mapped[str] = mapped_column(String(8), nullable=False)
    sex: Mapped[str | None] = mapped_column(String(8), nullable=True)
    sector: Mapped[str | None] = mapped_column(String(80), nullable=True)
    violence_types: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    risk_level: Mapped[str | None] = mapped_column(String(10), nullable=True)
    counts: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON
    statistics_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
