"""Models of the sessions capability: psychosocial sessions and their notes, addenda,
groups, appointments, follow-up tasks, community activities, templates, interventions.

A session is a draft until signed. Once signed, its content never changes: the
service refuses, and triggers created by migration 0004 refuse any UPDATE of a signed
row's content (and of its attendance and counsellors) and any DELETE. Only the
bookkeeping columns (updated_at, updated_by, version) may change, `restricted` may go
from off to on (never back), and an attendance row may point at another person (a
merge of two records of the same person). Corrections are addenda: an append-only
table. `content_hash` (set at signing) covers the content, the counsellors and the
attendance, so anything added behind the service's back is detectable.

Note text and agreements are the most sensitive data of the application: only the
services in `sessions.py` read them, with permission checks and an audit entry.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from clinic_desk.core.db.base import Base, Travelling
from clinic_desk.core.db.types import UTCDateTime, UUIDStr

SESSION_KINDS = ("individual", "family", "group", "home_visit", "outreach", "phone")
STATUSES = ("draft", "signed")
APPOINTMENT_STATUSES = ("scheduled", "attended", "missed", "cancelled")
TASK_STATUSES = ("open", "done", "cancelled")
COMMUNITY_KINDS = ("talk", "campaign", "workshop", "fair", "other")
COMMUNITY_SETTINGS = ("neighbourhood", "school", "market", "health_centre", "community_hall",
                      "other")
HEADCOUNT_SEXES = ("female", "male")
AGE_BANDS = ("0-11", "12-17", "18-29", "30-59", "60+")

# the columns a signature freezes (migration 0004 builds its triggers from these)
SIGNED_SESSION_COLUMNS = (
    "id", "origin_site", "created_at", "deleted", "kind", "status", "starts_at", "ends_at",
    "duration_min", "place", "group_id", "author_id", "note", "agreements", "interventions",
    "template_code", "signed_at", "signed_by", "content_hash",
)
SIGNED_ATTENDANCE_COLUMNS = (
    "id", "origin_site", "created_at", "deleted", "session_id", "present", "note",
    "risk_assessment_id",
)
SIGNED_COUNSELLOR_COLUMNS = ("id", "origin_site", "created_at", "deleted", "session_id",
                             "user_id")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Intervention(Travelling, Base):
    """An entry of the configurable list of interventions. The built-in list lives in
    `templates.DEFAULT_INTERVENTIONS` (fixed ids); a row here overrides or adds one."""

    __tablename__ = "ses_interventions"

    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    label: Mapped[str] = mapped_column(String(120), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=100)


class NoteTemplate(Travelling, Base):
    """A note template. Built-in ones (`templates.DEFAULT_TEMPLATES`, fixed ids) are
    overridden by a row with the same code when an administrator edits them."""

    __tablename__ = "ses_templates"

    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Group(Travelling, Base):
    __tablename__ = "ses_groups"

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    place: Mapped[str | None] = mapped_column(String(120), nullable=True)
    facilitator_id: Mapped[str | None] = mapped_column(
        UUIDStr, ForeignKey("users.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class GroupMember(Travelling, Base):
    __tablename__ = "ses_group_members"
    __table_args__ = (
        Index("ix_ses_group_members_group", "group_id"),
        Index("ix_ses_group_members_person", "person_id"),
    )

    group_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("ses_groups.id"), nullable=False)
    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    joined_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class CounsellingSession(Travelling, Base):
    __tablename__ = "ses_sessions"
    __table_args__ = (
        CheckConstraint(_in("kind", SESSION_KINDS), name="kind"),
        CheckConstraint(_in("status", STATUSES), name="status"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("duration_min > 0 AND duration_min <= 720", name="duration"),
        CheckConstraint("status = 'draft' OR (signed_at IS NOT NULL AND signed_by IS NOT NULL "
                        "AND content_hash IS NOT NULL AND length(trim(note)) > 0)",
                        name="signed_complete"),
        Index("ix_ses_sessions_starts_at", "starts_at"),
        Index("ix_ses_sessions_author", "author_id", "starts_at"),
        Index("ix_ses_sessions_group", "group_id", "starts_at"),
    )

    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    status: Mapped[str] = mapped_column(String(8), nullable=False, default="draft")
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    duration_min: Mapped[int] = mapped_column(Integer, nullable=False)
    place: Mapped[str | None] = mapped_column(String(120), nullable=True)
    group_id: Mapped[str | None] = mapped_column(
        UUIDStr, ForeignKey("ses_groups.id"), nullable=True)
    author_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("users.id"), nullable=False)
    restricted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    agreements: Mapped[str] = mapped_column(Text, nullable=False, default="")
    interventions: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    template_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    signed_by: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("users.id"),
                                                  nullable=True)
    content_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SessionCounsellor(Travelling, Base):
    __tablename__ = "ses_counsellors"
    __table_args__ = (
        UniqueConstraint("session_id", "user_id"),
        Index("ix_ses_counsellors_user", "user_id"),
    )

    session_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("ses_sessions.id"),
                                            nullable=False)
    user_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("users.id"), nullable=False)


class Attendance(Travelling, Base):
    """A person at a session: present or absent (groups), her own note, her risk."""

    __tablename__ = "ses_attendance"
    __table_args__ = (
        Index("ix_ses_attendance_session", "session_id"),
        Index("ix_ses_attendance_person", "person_id", "session_id"),
    )

    session_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("ses_sessions.id"),
                                            nullable=False)
    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    risk_assessment_id: Mapped[str | None] = mapped_column(
        UUIDStr, ForeignKey("risk_assessments.id"), nullable=True)


class Addendum(Travelling, Base):
    """A correction or later information on a signed note. Never changes."""

    __tablename__ = "ses_addenda"
    __append_only__ = True
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="text"),
        Index("ix_ses_addenda_session", "session_id", "written_at"),
    )

    session_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("ses_sessions.id"),
                                            nullable=False)
    author_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("users.id"), nullable=False)
    written_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class Appointment(Travelling, Base):
    __tablename__ = "ses_appointments"
    __table_args__ = (
        CheckConstraint(_in("kind", SESSION_KINDS), name="kind"),
        CheckConstraint(_in("status", APPOINTMENT_STATUSES), name="status"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_ses_appointments_counsellor", "counsellor_id", "starts_at"),
        Index("ix_ses_appointments_starts_at", "starts_at"),
        Index("ix_ses_appointments_person", "person_id", "starts_at"),
    )

    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    counsellor_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("users.id"),
                                               nullable=False)
    person_id: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("people.id"),
                                                  nullable=True)
    group_id: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("ses_groups.id"),
                                                 nullable=True)
    place: Mapped[str | None] = mapped_column(String(120), nullable=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="scheduled")
    session_id: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("ses_sessions.id"),
                                                   nullable=True)
    from_session_id: Mapped[str | None] = mapped_column(
        UUIDStr, ForeignKey("ses_sessions.id"), nullable=True)


class FollowUpTask(Travelling, Base):
    __tablename__ = "ses_tasks"
    __table_args__ = (
        CheckConstraint(_in("status", TASK_STATUSES), name="status"),
        CheckConstraint("length(trim(title)) > 0", name="title"),
        Index("ix_ses_tasks_person", "person_id", "status"),
        Index("ix_ses_tasks_assigned", "assigned_to", "status", "due_on"),
        Index("ix_ses_tasks_session", "session_id"),
    )

    title: Mapped[str] = mapped_column(String(200), nullable=False)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    person_id: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("people.id"),
                                                  nullable=True)
    session_id: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("ses_sessions.id"),
                                                   nullable=True)
    assigned_to: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("users.id"),
                                                    nullable=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_by: Mapped[str | None] = mapped_column(UUIDStr, ForeignKey("users.id"),
                                                nullable=True)


class CommunityActivity(Travelling, Base):
    """An awareness talk or campaign: headcounts by sex and age band, nobody named."""

    __tablename__ = "ses_community"
    __table_args__ = (
        CheckConstraint(_in("kind", COMMUNITY_KINDS), name="kind"),
        CheckConstraint(_in("setting", COMMUNITY_SETTINGS), name="setting"),
        CheckConstraint("total > 0", name="total"),
        Index("ix_ses_community_held_on", "held_on"),
    )

    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    setting: Mapped[str] = mapped_column(String(16), nullable=False)
    topic: Mapped[str] = mapped_column(String(200), nullable=False)
    place: Mapped[str] = mapped_column(String(120), nullable=False)
    sector: Mapped[str | None] = mapped_column(String(80), nullable=True)
    facilitators: Mapped[str] = mapped_column(String(250), nullable=False, default="")
    headcounts: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON
    total: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


# -- merging two records of one person ------------------------------------------------------
def _merge_hook(session: object, merged_id: str, kept_id: str) -> int:
    """Her attendance, group memberships, appointments and tasks move to the kept record.
    (An attendance row of a signed session may change person_id: the triggers allow it.)"""
    from sqlalchemy import select

    moved = 0
    for model in (Attendance, GroupMember, Appointment, FollowUpTask):
        for row in session.scalars(  # type: ignore[attr-defined]
                select(model).where(model.person_id == merged_id)):
            row.person_id = kept_id
            moved += 1
    return moved


def _register_merge_hook() -> None:
    from clinic_desk.core.intake import merge

    merge.MERGE_HOOKS["sessions"] = _merge_hook


_register_merge_hook()
