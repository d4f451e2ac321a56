"""Declarative base and the columns every travelling record carries.

A travelling record has a UUID, the site that created it, created/updated times in
UTC, who changed it last, a hybrid-logical-clock version and a tombstone. Every
insert, update and tombstone of such a record appends one row to the change log in
the same transaction — done once here, in a flush hook, not in each service.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, MetaData, String, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from clinic_desk.core.db.types import UTCDateTime, UUIDStr, new_uuid, utcnow
from clinic_desk.core.errors import ClinicDeskError

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Travelling:
    """Mixin for records that travel between sites in export bundles."""

    id: Mapped[str] = mapped_column(UUIDStr, primary_key=True, default=new_uuid)
    origin_site: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    # Append-only records (ledgers) set this to True: updates are refused.
    __append_only__ = False


class ChangeLog(Base):
    """Per-site log of changes, in commit order: what an export takes."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    site: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    op: Mapped[str] = mapped_column(String(8), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class WriteContext:
    """What a writing session must know: the site, the acting user, the clock."""

    KEY = "clinic_desk.write_context"

    def __init__(self, site_id: str, actor_id: str | None, clock: object) -> None:
        self.site_id = site_id
        self.actor_id = actor_id
        self.clock = clock


RAW_IMPORT = "clinic_desk.raw_import"


def tombstone(session: Session, obj: Travelling) -> None:
    """Mark a travelling record deleted; it stays, so the deletion can travel."""
    obj.deleted = True
    session.add(obj)


@event.listens_for(Session, "before_flush")
def _stamp_and_log(session: Session, flush_context: object, instances: object) -> None:
    if session.info.get(RAW_IMPORT):  # an import keeps the sender's stamps and log
        return
    changed: list[tuple[Travelling, str]] = []
    for obj in session.new:
        if isinstance(obj, Travelling):
            changed.append((obj, "insert"))
    for obj in session.dirty:
        if isinstance(obj, Travelling) and session.is_modified(obj, include_collections=False):
            if type(obj).__append_only__:
                raise ClinicDeskError(
                    "{table} is append-only: entries never change.",
                    table=type(obj).__tablename__,
                )
            changed.append((obj, "delete" if obj.deleted else "update"))
    for obj in session.deleted:
        if isinstance(obj, Travelling):
            raise ClinicDeskError("Records are never deleted; they are marked deleted.")
    if not changed:
        return
    ctx = session.info.get(WriteContext.KEY)
    if ctx is None:
        raise ClinicDeskError("Internal error: a write without a site and user context.")
    now = utcnow()
    for obj, op in changed:
        version = ctx.clock.tick()
        if op == "insert":
            if obj.id is None:
                obj.id = new_uuid()
            if obj.origin_site is None:
                obj.origin_site = ctx.site_id
            if obj.created_at is None:
                obj.created_at = now
            if obj.deleted is None:
                obj.deleted = False
        obj.updated_at = now
        obj.updated_by = ctx.actor_id
        obj.version = version
        session.add(
            ChangeLog(
                site=ctx.site_id,
                table_name=type(obj).__tablename__,
                row_id=obj.id,
                version=version,
                op=op,
                at=now,
            )
        )


def fk(target: str, **kw: object) -> ForeignKey:
    return ForeignKey(target, **kw)  # type: ignore[arg-type]
