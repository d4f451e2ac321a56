"""Referrals in (who sent her to us) and out (where we send her)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import live_person, require_write_session
from clinic_desk.core.intake.models import DIRECTIONS, INSTITUTIONS, REFERRAL_STATUSES, Referral
from clinic_desk.core.intake.validation import clean_text
from clinic_desk.core.security.roles import Actor, Perm, require


@dataclass(frozen=True)
class ReferralInfo:
    id: str
    person_id: str
    direction: str
    institution: str
    institution_name: str | None
    referred_on: dt.date
    reason: str
    status: str
    outcome: str | None


def referral_info(row: Referral) -> ReferralInfo:
    return ReferralInfo(row.id, row.person_id, row.direction, row.institution,
                        row.institution_name, row.referred_on, row.reason, row.status,
                        row.outcome)


def _check(direction: str, institution: str, referred_on: dt.date | None, status: str,
           institution_name: str | None, today: dt.date) -> tuple[dt.date, str | None]:
    if direction not in DIRECTIONS:
        raise InvalidInput("Choose whether the referral is incoming or outgoing.",
                           field="direction")
    if institution not in INSTITUTIONS:
        raise InvalidInput("Choose the institution from the list.", field="institution")
    if status not in REFERRAL_STATUSES:
        raise InvalidInput("Choose the referral status from the list.", field="status")
    when = referred_on or today
    if isinstance(when, dt.datetime) or not isinstance(when, dt.date):
        raise InvalidInput("Enter a valid date.", field="referred_on")
    if when > today:
        raise InvalidInput("The date cannot be in the future.", field="referred_on")
    name = clean_text(institution_name) or None
    if name and len(name) > 120:
        raise InvalidInput("This text is too long (at most {max} characters).",
                           field="institution_name", max=120)
    return when, name


def add_referral(session: Session, actor: Actor, person_id: str, direction: str,
                 institution: str, reason: str = "", referred_on: dt.date | None = None,
                 institution_name: str | None = None, status: str = "pending",
                 outcome: str | None = None, today: dt.date | None = None) -> ReferralInfo:
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    when, name = _check(direction, institution, referred_on, status, institution_name,
                        today or dt.date.today())
    person = live_person(session, person_id)
    row = Referral(person_id=person.id, direction=direction, institution=institution,
                   institution_name=name, referred_on=when, reason=(reason or "").strip(),
                   status=status, outcome=(outcome or "").strip() or None)
    session.add(row)
    session.flush()
    return referral_info(row)


def update_referral(session: Session, actor: Actor, referral_id: str, status: str,
                    outcome: str | None = None) -> ReferralInfo:
    """Follow a referral up: its status and what came of it."""
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    if status not in REFERRAL_STATUSES:
        raise InvalidInput("Choose the referral status from the list.", field="status")
    row = session.get(Referral, referral_id)
    if row is None or row.deleted:
        raise InvalidInput("This referral was not found.", field="referral_id")
    row.status = status
    if outcome is not None:
        row.outcome = outcome.strip() or None
    session.flush()
    return referral_info(row)


def list_referrals(session: Session, actor: Actor, person_id: str) -> list[ReferralInfo]:
    require(actor, Perm.PEOPLE_READ)
    person = live_person(session, person_id)
    return [referral_info(r) for r in _rows(session, person.id)]


def _rows(session: Session, person_id: str) -> list[Referral]:
    return list(session.scalars(
        select(Referral).where(Referral.person_id == person_id, Referral.deleted.is_(False))
        .order_by(Referral.referred_on.desc(), Referral.version.desc())
    ))

