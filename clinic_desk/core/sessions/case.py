"""A person's case view: timeline of sessions, risk over time, open tasks, upcoming
appointments. Only what the session list shows (no note text): reading a note is a
separate, audited step (`sessions.read_note`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.intake.common import live_person
from clinic_desk.core.intake.models import RiskAssessment
from clinic_desk.core.intake.people import full_name
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.sessions import appointments, sessions, tasks


@dataclass(frozen=True)
class RiskPoint:
    at: dt.datetime
    level: str
    from_session: bool


@dataclass(frozen=True)
class CaseView:
    person_id: str
    name: str
    timeline: tuple[sessions.SessionSummary, ...]  # newest first
    risk: tuple[RiskPoint, ...]  # oldest first
    open_tasks: tuple[tasks.TaskInfo, ...]
    upcoming: tuple[appointments.AppointmentInfo, ...]

    @property
    def current_risk(self) -> str | None:
        return self.risk[-1].level if self.risk else None


def case_view(session: Session, actor: Actor, person_id: str, limit: int = 500,
              now: dt.datetime | None = None) -> CaseView:
    require(actor, Perm.SESSIONS_LOG)
    require(actor, Perm.PEOPLE_READ)
    p = live_person(session, person_id, follow_merge=True)
    timeline = sessions.list_sessions(session, actor, person_id=p.id, limit=limit)
    from clinic_desk.core.sessions.models import Attendance

    from_sessions = set(session.scalars(select(Attendance.risk_assessment_id).where(
        Attendance.person_id == p.id, Attendance.risk_assessment_id.is_not(None),
        Attendance.deleted.is_(False))))
    risk = tuple(RiskPoint(r.assessed_at, r.level, r.id in from_sessions)
                 for r in session.scalars(
                     select(RiskAssessment).where(RiskAssessment.person_id == p.id,
                                                  RiskAssessment.deleted.is_(False))
                     .order_by(RiskAssessment.assessed_at, RiskAssessment.version)))
    return CaseView(
        p.id, full_name(p.given_names, p.first_surname, p.second_surname), tuple(timeline),
        risk, tuple(tasks.open_tasks(session, actor, person_id=p.id)),
        tuple(appointments.upcoming_for_person(session, actor, p.id, now=now)))
