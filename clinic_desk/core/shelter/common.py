"""Small helpers shared by the shelter services: local nights, clean text, and turning
the database's refusals (triggers, partial unique indexes) into clear messages."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinic_desk.core.db.base import WriteContext
from clinic_desk.core.errors import ClinicDeskError, InvalidInput

# Peru keeps UTC-5 all year (no daylight saving since 1994): a fixed offset needs no
# time-zone database, which a frozen Windows build may lack.
LIMA = dt.timezone(dt.timedelta(hours=-5), "PET")

BED_TAKEN = "This bed is already taken for those nights. Choose another bed."
PERSON_IN_BED = "{name} already has a bed for those nights."
PERSON_STAYING = "{name} is already staying in the shelter. Transfer or discharge her first."
GENERIC_CONFLICT = ("Someone else changed the shelter at the same time; nothing was saved. "
                    "Look at the board again and retry.")


def require_write_session(session: Session) -> None:
    if session.info.get(WriteContext.KEY) is None:
        raise ClinicDeskError("Internal error: this action needs a writing session.")


def utc(value: dt.datetime | None) -> dt.datetime:
    if value is None:
        return dt.datetime.now(dt.UTC)
    if value.tzinfo is None:
        raise InvalidInput("Internal error: a time without a time zone.", field="at")
    return value.astimezone(dt.UTC)


# A night runs from the evening of its date to early the next morning: a moment before
# 06:00 belongs to the night of the day before (admitted at 2 a.m. on the 28th, she
# slept the night of the 27th; the board at 1 a.m. shows tonight, the 27th).
NIGHT_ENDS = dt.timedelta(hours=6)


def night_of(at: dt.datetime) -> dt.date:
    """The night a moment belongs to (Lima time)."""
    return (utc(at).astimezone(LIMA) - NIGHT_ENDS).date()


def local_now() -> dt.datetime:
    return dt.datetime.now(LIMA)


def today() -> dt.date:
    """Tonight: the night the present moment belongs to."""
    return night_of(local_now())


def at_local(day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=LIMA)


def clean(value: str | None, max_len: int, fld: str) -> str | None:
    text = " ".join((value or "").split())
    if not text:
        return None
    if len(text) > max_len:
        raise InvalidInput("At most {max} characters.", field=fld, max=max_len)
    return text


def choice(value: str | None, allowed: tuple[str, ...], fld: str, template: str) -> str:
    if value not in allowed:
        raise InvalidInput(template, field=fld)
    return value  # type: ignore[return-value]


@contextlib.contextmanager
def refusals(name: str = "", fld: str | None = "bed_id") -> Iterator[None]:
    """Translate what the database refused during a flush into one clear InvalidInput.
    The session is then unusable: the caller's transaction rolls back whole."""
    try:
        yield
    except IntegrityError as exc:
        raise refusal(exc, name, fld) from None


def refusal(exc: IntegrityError, name: str = "", fld: str | None = "bed_id") -> InvalidInput:
    text = str(getattr(exc, "orig", exc))
    if ("shelter_bed_overlap" in text or "shelter_bed_assignments.bed_id" in text
            or "uq_shelter_bed_assignments_open_bed" in text):
        return InvalidInput(BED_TAKEN, field=fld)
    if ("shelter_person_overlap" in text or "shelter_bed_assignments.person_id" in text
            or "uq_shelter_bed_assignments_open_person" in text):
        return InvalidInput(PERSON_IN_BED, field="person_id", name=name or "-")
    if ("shelter_stay_overlap" in text or "shelter_stays.person_id" in text
            or "uq_shelter_stays_active_person" in text):
        return InvalidInput(PERSON_STAYING, field="person_id", name=name or "-")
    if "shelter_holds.bed_id" in text or "uq_shelter_holds_open_bed" in text:
        return InvalidInput("This bed is already held for someone else.", field=fld)
    if "shelter_waitlist.person_id" in text or "uq_shelter_waitlist_waiting_person" in text:
        return InvalidInput("{name} is already on the waitlist.", field="person_id",
                            name=name or "-")
    if "shelter_bed_outages.bed_id" in text or "uq_shelter_bed_outages_open" in text:
        return InvalidInput("This bed is already out of service.", field=fld)
    return InvalidInput(GENERIC_CONFLICT, field=None)
