"""Small helpers shared by the intake services."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy.orm import Session

from clinic_desk.core.db.base import WriteContext
from clinic_desk.core.errors import ClinicDeskError, InvalidInput
from clinic_desk.core.intake.models import Person

NOT_FOUND = "This person's record was not found."


def live_person(session: Session, person_id: str, fld: str = "person_id",
                follow_merge: bool = False) -> Person:
    """The person's row; a merged record leads to the one it was merged into when
    `follow_merge`, otherwise it counts as not found."""
    person = session.get(Person, person_id) if person_id else None
    seen = 0
    while follow_merge and person is not None and person.deleted and person.merged_into \
            and seen < 10:
        person = session.get(Person, person.merged_into)
        seen += 1
    if person is None or person.deleted:
        raise InvalidInput(NOT_FOUND, field=fld)
    return person


def require_write_session(session: Session) -> None:
    if session.info.get(WriteContext.KEY) is None:
        raise ClinicDeskError("Internal error: this action needs a writing session.")


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def loads(text: str | None, default: object) -> object:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def utc(value: dt.datetime | None) -> dt.datetime:
    if value is None:
        return dt.datetime.now(dt.UTC)
    if value.tzinfo is None:
        raise InvalidInput("Internal error: a time without a time zone.", field="at")
    return value.astimezone(dt.UTC)
