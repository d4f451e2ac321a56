"""Services given (food basket, transport, lodging, clothing, other): a simple log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import live_person, require_write_session
from clinic_desk.core.intake.models import SERVICE_KINDS, ServiceGiven
from clinic_desk.core.security.roles import Actor, Perm, require


@dataclass(frozen=True)
class ServiceInfo:
    id: str
    person_id: str
    kind: str
    given_on: dt.date
    quantity: int
    note: str | None


def service_info(row: ServiceGiven) -> ServiceInfo:
    return ServiceInfo(row.id, row.person_id, row.kind, row.given_on, row.quantity, row.note)


def log_service(session: Session, actor: Actor, person_id: str, kind: str,
                given_on: dt.date | None = None, quantity: int = 1, note: str | None = None,
                today: dt.date | None = None) -> ServiceInfo:
    require(actor, Perm.PEOPLE_WRITE)
    require_write_session(session)
    if kind not in SERVICE_KINDS:
        raise InvalidInput("Choose the kind of service from the list.", field="kind")
    today = today or dt.date.today()
    when = given_on or today
    if isinstance(when, dt.datetime) or not isinstance(when, dt.date):
        raise InvalidInput("Enter a valid date.", field="given_on")
    if when > today:
        raise InvalidInput("The date cannot be in the future.", field="given_on")
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 0 < quantity <= 1000:
        raise InvalidInput("Enter a quantity from 1 to {max}.", field="quantity", max=1000)
    person = live_person(session, person_id)
    row = ServiceGiven(person_id=person.id, kind=kind, given_on=when, quantity=quantity,
                       note=(note or "").strip() or None)
    session.add(row)
    session.flush()
    return service_info(row)


def list_services(session: Session, actor: Actor, person_id: str) -> list[ServiceInfo]:
    require(actor, Perm.PEOPLE_READ)
    person = live_person(session, person_id)
    rows = session.scalars(
        select(ServiceGiven)
        .where(ServiceGiven.person_id == person.id, ServiceGiven.deleted.is_(False))
        .order_by(ServiceGiven.given_on.desc(), ServiceGiven.version.desc())
    )
    return [service_info(r) for r in rows]
