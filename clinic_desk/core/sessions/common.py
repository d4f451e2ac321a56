"""Small helpers shared by the sessions services: names, times, limits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.db.models import User
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.models import Person
from clinic_desk.core.intake.people import full_name

MAX_MINUTES = 12 * 60
FUTURE_TOLERANCE = dt.timedelta(minutes=5)


def local_tz() -> dt.tzinfo:
    """The PC's time zone (Lima: UTC-5 all year). The agenda's days are local days."""
    tz = dt.datetime.now().astimezone().tzinfo
    return tz or dt.UTC


def aware(value: dt.datetime, fld: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InvalidInput("Enter the date and time.", field=fld)
    if value.tzinfo is None:
        raise InvalidInput("Internal error: a time without a time zone.", field=fld)
    return value.astimezone(dt.UTC)


def times(starts_at: dt.datetime, ends_at: dt.datetime | None,
          duration_min: int | None) -> tuple[dt.datetime, dt.datetime, int]:
    """Start, end and duration in minutes from a start and an end or a duration."""
    start = aware(starts_at, "starts_at")
    if ends_at is None:
        if duration_min is None:
            raise InvalidInput("Enter when the session ended or how long it lasted.",
                               field="ends_at")
        if isinstance(duration_min, bool) or not isinstance(duration_min, int) \
                or duration_min <= 0:
            raise InvalidInput("The duration must be a whole number of minutes, more than 0.",
                               field="duration_min")
        if duration_min > MAX_MINUTES:
            raise InvalidInput("A session cannot last more than 12 hours.",
                               field="duration_min")
        end = start + dt.timedelta(minutes=duration_min)
    else:
        end = aware(ends_at, "ends_at")
    if end <= start:
        raise InvalidInput("The end must be after the start.", field="ends_at")
    minutes = int((end - start).total_seconds() // 60)
    if minutes > MAX_MINUTES:
        raise InvalidInput("A session cannot last more than 12 hours.", field="ends_at")
    return start, end, max(1, minutes)


def text_limit(value: str | None, fld: str, limit: int) -> str:
    """Multi-line text, trimmed at both ends (inner line breaks kept)."""
    text = (value or "").replace("\r\n", "\n").strip()
    if len(text) > limit:
        raise InvalidInput("This text is too long (at most {max} characters).", field=fld,
                           max=limit)
    return text


def user_names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(session.execute(
        select(User.id, User.full_name).where(User.id.in_(wanted))).all())


def person_names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(Person.id, Person.given_names, Person.first_surname,
                                  Person.second_surname).where(Person.id.in_(wanted)))
    return {r.id: full_name(r.given_names, r.first_surname, r.second_surname) for r in rows}


def active_user(session: Session, user_id: str, fld: str) -> User:
    user = session.get(User, user_id) if user_id else None
    if user is None or user.deleted or not user.active:
        raise InvalidInput("This user was not found or is disabled.", field=fld)
    return user


def local_day_bounds(day: dt.date, days: int = 1,
                     tz: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime]:
    tz = tz or local_tz()
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    return start.astimezone(dt.UTC), (start + dt.timedelta(days=days)).astimezone(dt.UTC)
