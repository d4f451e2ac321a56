"""Models of the shelter capability: rooms, beds, outages, stays, bed assignments,
holds and the waitlist.

Nights are dates: the night of date N is the night that begins on the evening of N
(Lima time). A bed assignment covers the nights [start_on, end_on) — end_on is the
day she left that bed (NULL while she is still in it) — so a bed freed in the morning
may take the next woman that evening, and a transfer on day X ends one assignment on
X and starts the next on X.

The database itself enforces (migration 0005, triggers and partial unique indexes):
- one occupant per bed per night: assignments on one bed never overlap, and at most
  one open assignment per bed;
- one bed per person per night: a person's assignments never overlap;
- one active stay per person, and her stays never overlap;
- at most one open hold per bed, one open outage per bed, one waiting entry per person.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql import text

from clinic_desk.core.db.base import Base, Travelling
from clinic_desk.core.db.types import UTCDateTime, UUIDStr

BED_KINDS = ("bed", "crib", "mattress")
REFERRAL_SOURCES = (
    "self", "cem", "police", "fiscalia", "health_centre", "mobile_team", "demuna",
    "community", "other_shelter", "other",
)
DISCHARGE_REASONS = (
    "reintegrated_family", "own_home", "other_institution", "left_without_notice",
    "expelled_safety", "other",
)
HOLD_ENDS = ("admitted", "cancelled", "expired")
WAITLIST_STATUSES = ("waiting", "admitted", "withdrawn")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _live(extra: str) -> dict[str, object]:
    """A partial index predicate for SQLite and PostgreSQL."""
    where = text(f"{extra} AND NOT deleted")
    return {"sqlite_where": where, "postgresql_where": where}


class Room(Travelling, Base):
    __tablename__ = "shelter_rooms"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name"),)

    name: Mapped[str] = mapped_column(String(60), nullable=False)
    note: Mapped[str | None] = mapped_column(String(200), nullable=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Bed(Travelling, Base):
    __tablename__ = "shelter_beds"
    __table_args__ = (
        CheckConstraint(_in("kind", BED_KINDS), name="kind"),
        CheckConstraint("length(trim(label)) > 0", name="label"),
        Index("ix_shelter_beds_room", "room_id"),
    )

    room_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("shelter_rooms.id"),
                                         nullable=False)
    label: Mapped[str] = mapped_column(String(40), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default="bed")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class BedOutage(Travelling, Base):
    """A bed out of service for the nights [from_on, until_on)."""

    __tablename__ = "shelter_bed_outages"
    __table_args__ = (
        CheckConstraint("until_on IS NULL OR until_on >= from_on", name="dates"),
        CheckConstraint("length(trim(reason)) > 0", name="reason"),
        Index("ix_shelter_bed_outages_bed", "bed_id", "from_on"),
        Index("uq_shelter_bed_outages_open", "bed_id", unique=True,
              **_live("until_on IS NULL")),
    )

    bed_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("shelter_beds.id"),
                                        nullable=False)
    from_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    until_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(String(200), nullable=False)


class Stay(Travelling, Base):
    """One person's stay in the shelter, from admission to discharge. A family admitted
    together shares `admission_id` (the id of the mother's stay)."""

    __tablename__ = "shelter_stays"
    __table_args__ = (
        CheckConstraint(_in("referral_source", REFERRAL_SOURCES), name="referral_source"),
        CheckConstraint(
            "discharge_reason IS NULL OR " + _in("discharge_reason", DISCHARGE_REASONS),
            name="discharge_reason",
        ),
        CheckConstraint("discharged_on IS NULL OR discharged_on >= admitted_on",
                        name="dates"),
        CheckConstraint(
            "(discharged_on IS NULL AND discharged_at IS NULL AND discharge_reason IS NULL) "
            "OR (discharged_on IS NOT NULL AND discharged_at IS NOT NULL "
            "AND discharge_reason IS NOT NULL)",
            name="discharge_complete",
        ),
        CheckConstraint("expected_nights IS NULL OR expected_nights BETWEEN 1 AND 3650",
                        name="expected_nights"),
        Index("ix_shelter_stays_person", "person_id", "admitted_on"),
        Index("ix_shelter_stays_admission", "admission_id"),
        Index("ix_shelter_stays_period", "admitted_on", "discharged_on"),
        Index("uq_shelter_stays_active_person", "person_id", unique=True,
              **_live("discharged_on IS NULL")),
    )

    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    admission_id: Mapped[str] = mapped_column(UUIDStr, nullable=False)
    household_id: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("households.id"),
                                                     nullable=True)
    is_head: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    admitted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    admitted_on: Mapped[dt.date] = mapped_column(Date, nullable=False)  # first night
    referral_source: Mapped[str] = mapped_column(String(16), nullable=False)
    referral_note: Mapped[str | None] = mapped_column(String(200), nullable=True)
    expected_nights: Mapped[int | None] = mapped_column(Integer, nullable=True)
    discharged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    discharged_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # day she left
    discharge_reason: Mapped[str | None] = mapped_column(String(24), nullable=True)
    destination: Mapped[str | None] = mapped_column(String(200), nullable=True)
    discharge_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    admitted_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    discharged_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)


class BedAssignment(Travelling, Base):
    """Who is in which bed for the nights [start_on, end_on)."""

    __tablename__ = "shelter_bed_assignments"
    __table_args__ = (
        CheckConstraint("end_on IS NULL OR end_on >= start_on", name="dates"),
        Index("ix_shelter_bed_assignments_bed", "bed_id", "start_on"),
        Index("ix_shelter_bed_assignments_person", "person_id", "start_on"),
        Index("ix_shelter_bed_assignments_stay", "stay_id"),
        Index("ix_shelter_bed_assignments_period", "start_on", "end_on"),
        Index("uq_shelter_bed_assignments_open_bed", "bed_id", unique=True,
              **_live("end_on IS NULL")),
        Index("uq_shelter_bed_assignments_open_person", "person_id", unique=True,
              **_live("end_on IS NULL")),
    )

    stay_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("shelter_stays.id"),
                                         nullable=False)
    bed_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("shelter_beds.id"),
                                        nullable=False)
    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    start_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Hold(Travelling, Base):
    """A bed kept for someone expected, until `expires_at` (or until released)."""

    __tablename__ = "shelter_holds"
    __table_args__ = (
        CheckConstraint("expires_at > held_at", name="times"),
        CheckConstraint("ended_reason IS NULL OR " + _in("ended_reason", HOLD_ENDS),
                        name="ended_reason"),
        CheckConstraint("person_id IS NOT NULL OR length(trim(expected_name)) > 0",
                        name="who"),
        Index("ix_shelter_holds_bed", "bed_id", "held_at"),
        Index("uq_shelter_holds_open_bed", "bed_id", unique=True, **_live("ended_at IS NULL")),
    )

    bed_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("shelter_beds.id"),
                                        nullable=False)
    person_id: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("people.id"),
                                                  nullable=True)
    expected_name: Mapped[str | None] = mapped_column(String(120), nullable=True)
    note: Mapped[str | None] = mapped_column(String(200), nullable=True)
    held_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_reason: Mapped[str | None] = mapped_column(String(12), nullable=True)
    held_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)


class WaitlistEntry(Travelling, Base):
    __tablename__ = "shelter_waitlist"
    __table_args__ = (
        CheckConstraint(_in("status", WAITLIST_STATUSES), name="status"),
        CheckConstraint("people_count BETWEEN 1 AND 20", name="people_count"),
        Index("ix_shelter_waitlist_status", "status", "asked_at"),
        Index("uq_shelter_waitlist_waiting_person", "person_id", unique=True,
              **_live("status = 'waiting'")),
    )

    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    asked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    people_count: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    note: Mapped[str | None] = mapped_column(String(200), nullable=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="waiting")
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    added_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
