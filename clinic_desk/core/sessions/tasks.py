"""Follow-up tasks with due dates (agreed in a session, or for a person).

Anyone with SESSIONS_LOG adds tasks and closes the ones assigned to them. A task's
title may say more than the session list does, so counsellors (NOTES_READ) see every
task, and other roles only the tasks assigned to them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.db.types import utcnow
from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.intake.common import live_person, require_write_session
from clinic_desk.core.intake.validation import clean_text
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.sessions.common import active_user, person_names, user_names
from clinic_desk.core.sessions.models import CounsellingSession, FollowUpTask


@dataclass(frozen=True)
class TaskInfo:
    id: str
    title: str
    due_on: dt.date
    person_id: str | None
    person_name: str | None
    session_id: str | None
    assigned_to: str | None
    assigned_name: str | None
    status: str
    done_at: dt.datetime | None

    def overdue(self, today: dt.date | None = None) -> bool:
        return self.status == "open" and self.due_on < (today or dt.date.today())


def _infos(session: Session, rows: list[FollowUpTask]) -> list[TaskInfo]:
    users = user_names(session, [r.assigned_to for r in rows])
    people = person_names(session, [r.person_id for r in rows])
    return [TaskInfo(r.id, r.title, r.due_on, r.person_id,
                     people.get(r.person_id) if r.person_id else None, r.session_id,
                     r.assigned_to, users.get(r.assigned_to) if r.assigned_to else None,
                     r.status, r.done_at) for r in rows]


def add_task(session: Session, actor: Actor, title: str, due_on: dt.date,
             person_id: str | None = None, session_id: str | None = None,
             assigned_to: str | None = None, today: dt.date | None = None) -> TaskInfo:
    require(actor, Perm.SESSIONS_LOG)
    require_write_session(session)
    text = clean_text(title)
    if not text:
        raise InvalidInput("Say what has to be done.", field="title")
    if len(text) > 200:
        raise InvalidInput("This text is too long (at most {max} characters).", field="title",
                           max=200)
    if not isinstance(due_on, dt.date):
        raise InvalidInput("Enter the due date.", field="due_on")
    if due_on < (today or dt.date.today()) - dt.timedelta(days=1):
        raise InvalidInput("The due date cannot be in the past.", field="due_on")
    if person_id:
        person_id = live_person(session, person_id).id
    if session_id:
        origin = session.get(CounsellingSession, session_id)
        if origin is None or origin.deleted:
            raise InvalidInput("This session was not found.", field="session_id")
    who = assigned_to or actor.user_id
    active_user(session, who, "assigned_to")
    row = FollowUpTask(title=text, due_on=due_on, person_id=person_id,
                       session_id=session_id or None, assigned_to=who, status="open")
    session.add(row)
    session.flush()
    return _infos(session, [row])[0]


def _task(session: Session, actor: Actor, task_id: str) -> FollowUpTask:
    row = session.get(FollowUpTask, task_id) if task_id else None
    if row is None or row.deleted:
        raise InvalidInput("This task was not found.", field="task_id")
    if not actor.can(Perm.NOTES_READ) and row.assigned_to != actor.user_id:
        raise PermissionDenied("This task is assigned to someone else.")
    return row


def set_task_status(session: Session, actor: Actor, task_id: str, status: str,
                    now: dt.datetime | None = None) -> TaskInfo:
    """Close a task (done or cancelled) or open it again."""
    require(actor, Perm.SESSIONS_LOG)
    require_write_session(session)
    if status not in ("open", "done", "cancelled"):
        raise InvalidInput("Choose whether the task is open, done or cancelled.",
                           field="status")
    row = _task(session, actor, task_id)
    row.status = status
    row.done_at = (now or utcnow()) if status == "done" else None
    row.done_by = actor.user_id if status == "done" else None
    session.flush()
    return _infos(session, [row])[0]


def complete_task(session: Session, actor: Actor, task_id: str) -> TaskInfo:
    return set_task_status(session, actor, task_id, "done")


def open_tasks(session: Session, actor: Actor, person_id: str | None = None,
               assigned_to: str | None = None, session_id: str | None = None,
               limit: int = 500) -> list[TaskInfo]:
    """Open tasks, soonest due first (see the module note on who sees which)."""
    require(actor, Perm.SESSIONS_LOG)
    q = select(FollowUpTask).where(FollowUpTask.deleted.is_(False),
                                   FollowUpTask.status == "open")
    if person_id:
        q = q.where(FollowUpTask.person_id == person_id)
    if session_id:
        q = q.where(FollowUpTask.session_id == session_id)
    if not actor.can(Perm.NOTES_READ):
        assigned_to = actor.user_id
    if assigned_to:
        q = q.where(FollowUpTask.assigned_to == assigned_to)
    q = q.order_by(FollowUpTask.due_on, FollowUpTask.created_at).limit(limit)
    return _infos(session, list(session.scalars(q)))
