"""Foundation tables: sites, settings, users and roles, the audit log.

Capability packages define their own models in their own modules and import Base
from clinic_desk.core.db.base; clinic_desk.core.db.registry imports them all so that
Alembic and the exchange see every table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinic_desk.core.db.base import Base, Travelling
from clinic_desk.core.db.types import UTCDateTime, UUIDStr


class LocalIdentity(Base):
    """One row: which site this database is, and which installation."""

    __tablename__ = "local_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    install_id: Mapped[str] = mapped_column(UUIDStr, nullable=False)


class Site(Travelling, Base):
    __tablename__ = "sites"

    code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)


class Setting(Travelling, Base):
    """Editable settings: key -> JSON text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class User(Travelling, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def role_names(self) -> frozenset[str]:
        return frozenset(r.role for r in self.roles if not r.deleted)


class UserRole(Travelling, Base):
    __tablename__ = "user_roles"
    __table_args__ = (UniqueConstraint("user_id", "role"),)

    user_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("users.id"), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    user: Mapped[User] = relationship(back_populates="roles")


class AuditEntry(Travelling, Base):
    """Hash-chained, append-only. One chain per origin site, ordered by seq."""

    __tablename__ = "audit_log"
    __table_args__ = (UniqueConstraint("origin_site", "seq"),)
    __append_only__ = True
    __exchange_withheld__ = {"detail": ""}  # travels empty; detail_sha256 travels

    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    actor_id: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    actor_name: Mapped[str | None] = mapped_column(String(32), nullable=True)
    action: Mapped[str] = mapped_column(String(48), nullable=False)
    target: Mapped[str | None] = mapped_column(String(120), nullable=True)
    # JSON; may hold free text, so it never leaves the site (sent empty): the chain
    # covers detail_sha256, and a present detail must match it
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    detail_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
