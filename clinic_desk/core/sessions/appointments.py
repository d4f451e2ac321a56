"""Appointments: the agenda per counsellor and for the centre, today's reminders,
missed appointments flagged.

An appointment is booked by anyone with SESSIONS_LOG (staff book for the psychologist)
for a person or a group. It is kept when a session is recorded for it
(`SessionInput.appointment_id`), or marked missed or cancelled. One still "scheduled"
after its end is flagged as missed (`AppointmentInfo.missed`) until someone records
what happened. Appointments hold no note: only who, when, where and with whom.

Days are local days (the PC's time zone) for the agenda; times are stored in UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.db.types import utcnow
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import live_person, require_write_session
from clinic_desk.core.intake.validation import clean_text
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.sessions.common import (
    active_user,
    local_day_bounds,
    local_tz,
    person_names,
    times,
    user_names,
)
from clinic_desk.core.sessions.models import (
    APPOINTMENT_STATUSES,
    SESSION_KINDS,
    Appointment,
    CounsellingSession,
    FollowUpTask,
    Group,
)

PAST_TOLERANCE = dt.timedelta(hours=1)


@dataclass(frozen=True)
class AppointmentInfo:
    id: str
    kind: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    counsellor_id: str
    counsellor_name: str
    person_id: str | None
    person_name: str | None
    group_id: str | None
    group_name: str | None
    place: str | None
    status: str
    session_id: str | None
    missed: bool  # marked missed, or still "scheduled" after its end

    @property
    def who(self) -> str:
        return self.person_name or self.group_name or ""


@dataclass(frozen=True)
class Reminders:
    """For the home screen: today's appointments, missed ones, tasks due."""

    today: tuple[AppointmentInfo, ...]
    missed: tuple[AppointmentInfo, ...]
    tasks_due: int


def _infos(session: Session, rows: list[Appointment],
           now: dt.datetime) -> list[AppointmentInfo]:
    users = user_names(session, [r.counsellor_id for r in rows])
    people = person_names(session, [r.person_id for r in rows])
    gids = {r.group_id for r in rows if r.group_id}
    groups = dict(session.execute(select(Group.id, Group.name).where(
        Group.id.in_(gids))).all()) if gids else {}
    return [AppointmentInfo(
        r.id, r.kind, r.starts_at, r.ends_at, r.counsellor_id,
        users.get(r.counsellor_id, ""), r.person_id,
        people.get(r.person_id) if r.person_id else None, r.group_id,
        groups.get(r.group_id) if r.group_id else None, r.place, r.status, r.session_id,
        r.status == "missed" or (r.status == "scheduled" and r.ends_at < now),
    ) for r in rows]


def _row(session: Session, appointment_id: str) -> Appointment:
    row = session.get(Appointment, appointment_id) if appointment_id else None
    if row is None or row.deleted:
        raise InvalidInput("This appointment was not found.", field="appointment_id")
    return row


def schedule(session: Session, actor: Actor, kind: str, starts_at: dt.datetime,
             counsellor_id: str, person_id: str | None = None, group_id: str | None = None,
             duration_min: int | None = 60, ends_at: dt.datetime | None = None,
             place: str | None = None, from_session_id: str | None = None,
             now: dt.datetime | None = None) -> AppointmentInfo:
    """Book an appointment (`from_session_id`: the session that agreed on it)."""
    require(actor, Perm.SESSIONS_LOG)
    require_write_session(session)
    now = now or utcnow()
    if kind not in SESSION_KINDS:
        raise InvalidInput("Choose the type of session.", field="kind")
    start, end, _minutes = times(starts_at, ends_at, duration_min if ends_at is None else None)
    if start < now - PAST_TOLERANCE:
        raise InvalidInput("An appointment cannot be booked in the past.", field="starts_at")
    active_user(session, counsellor_id, "counsellor_id")
    if kind == "group":
        if not group_id:
            raise InvalidInput("Choose the group.", field="group_id")
        group = session.get(Group, group_id)
        if group is None or group.deleted:
            raise InvalidInput("This group was not found.", field="group_id")
        person_id = None
    else:
        group_id = None
        if person_id:
            person_id = live_person(session, person_id).id
        elif kind != "outreach":
            raise InvalidInput("Choose the person for this appointment.", field="person_id")
    where = clean_text(place) or None
    if where and len(where) > 120:
        raise InvalidInput("This text is too long (at most {max} characters).", field="place",
                           max=120)
    if from_session_id:
        origin = session.get(CounsellingSession, from_session_id)
        if origin is None or origin.deleted:
            raise InvalidInput("This session was not found.", field="from_session_id")
    row = Appointment(kind=kind, starts_at=start, ends_at=end, counsellor_id=counsellor_id,
                      person_id=person_id, group_id=group_id, place=where, status="scheduled",
                      from_session_id=from_session_id or None)
    session.add(row)
    session.flush()
    audit.record(session, "appointment_booked", actor, target=row.id)
    return _infos(session, [row], now)[0]


def reschedule(session: Session, actor: Actor, appointment_id: str, starts_at: dt.datetime,
               duration_min: int | None = None, ends_at: dt.datetime | None = None,
               counsellor_id: str | None = None, now: dt.datetime | None = None
               ) -> AppointmentInfo:
    require(actor, Perm.SESSIONS_LOG)
    require_write_session(session)
    now = now or utcnow()
    row = _row(session, appointment_id)
    if row.status != "scheduled" and row.status != "missed":
        raise InvalidInput("Only a scheduled or missed appointment can be moved.",
                           field="status")
    if duration_min is None and ends_at is None:
        duration_min = int((row.ends_at - row.starts_at).total_seconds() // 60)
    start, end, _m = times(starts_at, ends_at, duration_min if ends_at is None else None)
    if start < now - PAST_TOLERANCE:
        raise InvalidInput("An appointment cannot be booked in the past.", field="starts_at")
    if counsellor_id:
        active_user(session, counsellor_id, "counsellor_id")
        row.counsellor_id = counsellor_id
    row.starts_at, row.ends_at, row.status = start, end, "scheduled"
    session.flush()
    return _infos(session, [row], now)[0]


def set_status(session: Session, actor: Actor, appointment_id: str, status: str,
               now: dt.datetime | None = None) -> AppointmentInfo:
    """Mark an appointment missed, cancelled, attended, or scheduled again."""
    require(actor, Perm.SESSIONS_LOG)
    require_write_session(session)
    if status not in APPOINTMENT_STATUSES:
        raise InvalidInput("Choose what happened with the appointment.", field="status")
    row = _row(session, appointment_id)
    if row.session_id and status != "attended":
        raise InvalidInput("A session was recorded for this appointment.", field="status")
    now = now or utcnow()
    if status in ("missed", "attended") and row.starts_at > now:
        raise InvalidInput("This appointment has not happened yet.", field="status")
    row.status = status
    session.flush()
    return _infos(session, [row], now)[0]


def agenda(session: Session, actor: Actor, day: dt.date, days: int = 1,
           counsellor_id: str | None = None, include_cancelled: bool = False,
           tz: dt.tzinfo | None = None, now: dt.datetime | None = None
           ) -> list[AppointmentInfo]:
    """Appointments from local `day` for `days` days (1: a day, 7: a week), for one
    counsellor or (None) the whole centre, in time order."""
    require(actor, Perm.SESSIONS_LOG)
    if not 1 <= days <= 62:
        raise InvalidInput("Choose between 1 and 62 days.", field="days")
    start, end = local_day_bounds(day, days, tz)
    q = select(Appointment).where(Appointment.deleted.is_(False),
                                  Appointment.starts_at >= start, Appointment.starts_at < end)
    if counsellor_id:
        q = q.where(Appointment.counsellor_id == counsellor_id)
    if not include_cancelled:
        q = q.where(Appointment.status != "cancelled")
    rows = list(session.scalars(q.order_by(Appointment.starts_at)))
    return _infos(session, rows, now or utcnow())


def missed(session: Session, actor: Actor, since: dt.date, counsellor_id: str | None = None,
           tz: dt.tzinfo | None = None, now: dt.datetime | None = None
           ) -> list[AppointmentInfo]:
    """Missed appointments since a local day (marked missed, or never followed up)."""
    require(actor, Perm.SESSIONS_LOG)
    now = now or utcnow()
    start, _end = local_day_bounds(since, 1, tz)
    q = select(Appointment).where(
        Appointment.deleted.is_(False), Appointment.starts_at >= start,
        Appointment.ends_at < now, Appointment.status.in_(("scheduled", "missed")))
    if counsellor_id:
        q = q.where(Appointment.counsellor_id == counsellor_id)
    return _infos(session, list(session.scalars(q.order_by(Appointment.starts_at.desc()))),
                  now)


def upcoming_for_person(session: Session, actor: Actor, person_id: str,
                        now: dt.datetime | None = None, limit: int = 10
                        ) -> list[AppointmentInfo]:
    require(actor, Perm.SESSIONS_LOG)
    now = now or utcnow()
    rows = list(session.scalars(
        select(Appointment).where(Appointment.person_id == person_id,
                                  Appointment.deleted.is_(False),
                                  Appointment.status == "scheduled",
                                  Appointment.ends_at >= now)
        .order_by(Appointment.starts_at).limit(limit)))
    return _infos(session, rows, now)


def todays_reminders(session: Session, actor: Actor, today: dt.date | None = None,
                     tz: dt.tzinfo | None = None, now: dt.datetime | None = None
                     ) -> Reminders:
    """Today's appointments (a counsellor: hers; others: the centre's), the missed ones
    of the last 14 days, and how many of her tasks are due today or overdue."""
    require(actor, Perm.SESSIONS_LOG)
    tz = tz or local_tz()
    now = now or utcnow()
    today = today or now.astimezone(tz).date()
    mine = actor.user_id if actor.can(Perm.NOTES_WRITE) else None
    day = agenda(session, actor, today, 1, mine, tz=tz, now=now)
    late = missed(session, actor, today - dt.timedelta(days=14), mine, tz=tz, now=now)
    due = len(list(session.scalars(select(FollowUpTask.id).where(
        FollowUpTask.deleted.is_(False), FollowUpTask.status == "open",
        FollowUpTask.assigned_to == actor.user_id, FollowUpTask.due_on <= today))))
    return Reminders(tuple(day), tuple(late), due)


def cancel(session: Session, actor: Actor, appointment_id: str) -> AppointmentInfo:
    return set_status(session, actor, appointment_id, "cancelled")

