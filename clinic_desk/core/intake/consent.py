"""Informed consent, recorded separately per kind, with its whole history.

Each decision (granted or withdrawn) is a new row with who recorded it and when; the
latest row of a kind is the current decision. No row means "not asked": not granted.

Services never depend on the sharing consents. Every sharing action (a referral PDF,
an export) asks `authorize_sharing`, which allows it when the current consent covers
it, or when an administrator overrides with a reason (audited as "consent_override").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.intake.common import dumps, live_person, loads, require_write_session, utc
from clinic_desk.core.intake.models import CONSENT_KINDS, INSTITUTIONS, Consent
from clinic_desk.core.intake.validation import clean_text
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require

SERVICES = "services"
SHARE_INSTITUTIONS = "share_institutions"
SEND_TO_CENTRAL = "send_to_central"
STATISTICS = "statistics"

# sharing purposes -> the consent kind that covers them
PURPOSE_INSTITUTION = "institution"  # a referral or its person file, to one institution
PURPOSE_CENTRAL = "central"  # her identified record in an export bundle
PURPOSE_STATISTICS = "statistics"  # counted, de-identified
PURPOSES = {
    PURPOSE_INSTITUTION: SHARE_INSTITUTIONS,
    PURPOSE_CENTRAL: SEND_TO_CENTRAL,
    PURPOSE_STATISTICS: STATISTICS,
}


class ConsentMissing(PermissionDenied):
    """Her current consent does not cover this sharing."""


@dataclass(frozen=True)
class ConsentInfo:
    id: str
    person_id: str
    kind: str
    granted: bool
    institutions: tuple[str, ...]
    recorded_by: str | None
    recorded_at: dt.datetime
    note: str | None


@dataclass(frozen=True)
class SharingDecision:
    allowed_by: str  # "consent" or "override"
    purpose: str
    institution: str | None


def info(row: Consent) -> ConsentInfo:
    insts = loads(row.institutions, [])
    return ConsentInfo(row.id, row.person_id, row.kind, bool(row.granted),
                       tuple(insts) if isinstance(insts, list) else (), row.recorded_by,
                       row.recorded_at, row.note)


def _clean_institutions(values: Iterable[str] | None) -> list[str]:
    out: list[str] = []
    for value in values or ():
        code = str(value).strip().lower()
        if code not in INSTITUTIONS:
            raise InvalidInput("Choose institutions from the list.", field="institutions")
        if code not in out:
            out.append(code)
    return out


def record_consent(session: Session, actor: Actor, person_id: str, kind: str, granted: bool,
                   institutions: Iterable[str] | None = None, note: str | None = None,
                   at: dt.datetime | None = None) -> ConsentInfo:
    """Record a decision (grant, or withdrawal with granted=False). History is kept."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    if kind not in CONSENT_KINDS:
        raise InvalidInput("Choose the kind of consent.", field="kind")
    if not isinstance(granted, bool):
        raise InvalidInput("Choose whether she gives or withdraws consent.", field="granted")
    insts = _clean_institutions(institutions)
    if kind == SHARE_INSTITUTIONS and granted and not insts:
        raise InvalidInput("Name the institutions she agrees to share her record with.",
                           field="institutions")
    if kind != SHARE_INSTITUTIONS and insts:
        raise InvalidInput("Institutions apply only to consent for sharing with institutions.",
                           field="institutions")
    person = live_person(session, person_id)
    row = Consent(person_id=person.id, kind=kind, granted=granted,
                  institutions=dumps(insts if granted else []), recorded_by=actor.user_id,
                  recorded_at=utc(at), note=clean_text(note) or None)
    session.add(row)
    session.flush()
    audit.record(session, "consent_recorded", actor, target=person.id, kind=kind,
                 granted=granted, institutions=insts)
    return info(row)


def _rows(session: Session, person_id: str, kind: str | None = None) -> list[Consent]:
    q = select(Consent).where(Consent.person_id == person_id, Consent.deleted.is_(False))
    if kind is not None:
        q = q.where(Consent.kind == kind)
    return list(session.scalars(q.order_by(Consent.recorded_at.desc(), Consent.version.desc())))


def _current(session: Session, person_id: str) -> dict[str, ConsentInfo | None]:
    current: dict[str, ConsentInfo | None] = dict.fromkeys(CONSENT_KINDS)
    for row in _rows(session, person_id):
        if current[row.kind] is None:
            current[row.kind] = info(row)
    return current


def current_consents(session: Session, actor: Actor,
                     person_id: str) -> dict[str, ConsentInfo | None]:
    """The current decision per kind (None: never asked)."""
    require(actor, Perm.PEOPLE_READ)
    person = live_person(session, person_id)
    return _current(session, person.id)


def consent_history(session: Session, actor: Actor, person_id: str,
                    kind: str | None = None) -> list[ConsentInfo]:
    """Every decision, newest first."""
    require(actor, Perm.PEOPLE_READ)
    person = live_person(session, person_id)
    return [info(r) for r in _rows(session, person.id, kind)]


def can_share(session: Session, person_id: str, purpose: str,
              institution: str | None = None) -> bool:
    """Does her current consent cover this sharing? (No permission check, no audit.)"""
    kind = PURPOSES.get(purpose)
    if kind is None:
        raise InvalidInput("Unknown sharing purpose.", field="purpose")
    rows = _rows(session, person_id, kind)
    if not rows or not rows[0].granted:
        return False
    if kind == SHARE_INSTITUTIONS:
        if institution is None:
            return False
        insts = loads(rows[0].institutions, [])
        return isinstance(insts, list) and institution in insts
    return True


def authorize_sharing(session: Session, actor: Actor, person_id: str, purpose: str,
                      institution: str | None = None,
                      override_reason: str | None = None) -> SharingDecision:
    """Allow a sharing action, or raise ConsentMissing.

    Without consent, an administrator (CONSENT_OVERRIDE) may override in an emergency
    by giving a reason; the override is audited. Needs a writing session."""
    require(actor, Perm.PEOPLE_READ)
    person = live_person(session, person_id)
    if institution is not None and institution not in INSTITUTIONS:
        raise InvalidInput("Choose institutions from the list.", field="institution")
    if can_share(session, person.id, purpose, institution):
        return SharingDecision("consent", purpose, institution)
    reason = clean_text(override_reason)
    if not reason:
        raise ConsentMissing(
            "Her consent does not cover this sharing. An administrator may override it "
            "in an emergency, giving a reason.",
            purpose=purpose,
        )
    if not actor.can(Perm.CONSENT_OVERRIDE):
        raise ConsentMissing(
            "Her consent does not cover this sharing, and only an administrator may "
            "override it.",
            purpose=purpose,
        )
    require_write_session(session)
    audit.record(session, "consent_override", actor, target=person.id, purpose=purpose,
                 institution=institution, reason=reason)
    return SharingDecision("override", purpose, institution)
