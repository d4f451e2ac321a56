"""Hash-chained audit log. Each entry's hash covers its fields and the previous hash,
so a changed, removed or inserted entry breaks the chain from that point on.

Chain format (v2): the hash covers SHA-256 of the detail JSON (`detail_sha256`), not
the detail itself. The detail may hold free text (an override reason with a name), so
exports send it empty while `detail_sha256` travels: the centre still verifies every
site's whole chain, and wherever the detail is present it must match its digest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinic_desk.core.db.base import WriteContext
from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.db.types import utcnow
from clinic_desk.core.security.roles import Actor, Perm, require

GENESIS = "0" * 64


def _canonical(site: str, seq: int, at: dt.datetime, actor_id: str | None,
               actor_name: str | None, action: str, target: str | None, detail_sha256: str,
               prev_hash: str) -> bytes:
    at_text = at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    fields = [site, seq, at_text, actor_id, actor_name, action, target, detail_sha256,
              prev_hash]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def detail_digest(detail: str) -> str:
    return hashlib.sha256(detail.encode("utf-8")).hexdigest()


def entry_hash(e: AuditEntry) -> str:
    return hashlib.sha256(
        _canonical(e.origin_site, e.seq, e.at, e.actor_id, e.actor_name, e.action, e.target,
                   e.detail_sha256, e.prev_hash)
    ).hexdigest()


def detail_withheld(e: AuditEntry) -> bool:
    """The detail was not sent with the entry (an entry of another site, at the centre)."""
    return e.detail == ""


def record(
    session: Session,
    action: str,
    actor: Actor | None = None,
    target: str | None = None,
    at: dt.datetime | None = None,
    **detail: object,
) -> AuditEntry:
    """Append one entry in the caller's transaction (which must be a write session)."""
    ctx: WriteContext = session.info[WriteContext.KEY]
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash)
        .where(AuditEntry.origin_site == ctx.site_id)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    entry = AuditEntry(
        origin_site=ctx.site_id,
        seq=seq,
        at=at or utcnow(),
        actor_id=actor.user_id if actor else None,
        actor_name=actor.username if actor else None,
        action=action,
        target=target,
        detail=text,
        detail_sha256=detail_digest(text),
        prev_hash=prev,
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_seq: int | None
    first_broken_site: str | None
    reason: str | None

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify_chain(session: Session, detail_required_for: str | None = None) -> ChainReport:
    """Walk every site's chain in order; report the first entry that does not fit.

    An entry whose detail is present must match its `detail_sha256`; a withheld (empty)
    detail is accepted, except for the site named in `detail_required_for` (this
    site's own entries always keep their detail)."""
    count = 0
    sites = session.scalars(select(AuditEntry.origin_site).distinct()).all()
    for site in sorted(sites):
        prev = GENESIS
        expected_seq = 1
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.origin_site == site).order_by(AuditEntry.seq)
        )
        for e in rows:
            count += 1
            if e.seq != expected_seq:
                return ChainReport(count, expected_seq, site, "an entry is missing")
            if e.prev_hash != prev:
                return ChainReport(count, e.seq, site, "it does not follow the entry before it")
            if entry_hash(e) != e.hash:
                return ChainReport(count, e.seq, site, "its content was changed")
            if detail_withheld(e):
                if site == detail_required_for:
                    return ChainReport(count, e.seq, site, "its content was changed")
            elif detail_digest(e.detail) != e.detail_sha256:
                return ChainReport(count, e.seq, site, "its content was changed")
            prev = e.hash
            expected_seq += 1
    return ChainReport(count, None, None, None)


def list_entries(session: Session, actor: Actor, limit: int = 500, offset: int = 0,
                 action: str | None = None) -> list[AuditEntry]:
    require(actor, Perm.VIEW_AUDIT)
    q = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.seq.desc())
    if action:
        q = q.where(AuditEntry.action == action)
    return list(session.scalars(q.limit(limit).offset(offset)))


def actions_present(session: Session, actor: Actor) -> set[str]:
    """Every action the log holds (for a filter): administrators only."""
    require(actor, Perm.VIEW_AUDIT)
    return set(session.scalars(select(AuditEntry.action).distinct()))


def count_entries(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
