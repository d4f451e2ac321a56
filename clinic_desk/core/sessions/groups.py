"""Groups (e.g. the women's group "Las Pioneras") and their members.

Counsellors (NOTES_WRITE) create groups and manage members; every role with
SESSIONS_LOG sees the groups and who belongs to them. A member who leaves keeps her
membership row with `left_on` (her past attendance still shows).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import live_person, require_write_session
from clinic_desk.core.intake.validation import clean_text
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.sessions.common import active_user, person_names, user_names
from clinic_desk.core.sessions.models import Group, GroupMember


@dataclass(frozen=True)
class GroupInfo:
    id: str
    name: str
    description: str | None
    place: str | None
    facilitator_id: str | None
    facilitator_name: str | None
    active: bool
    members: int  # current members


@dataclass(frozen=True)
class MemberInfo:
    membership_id: str
    person_id: str
    name: str
    joined_on: dt.date
    left_on: dt.date | None

    @property
    def current(self) -> bool:
        return self.left_on is None


def _group(session: Session, group_id: str) -> Group:
    row = session.get(Group, group_id) if group_id else None
    if row is None or row.deleted:
        raise InvalidInput("This group was not found.", field="group_id")
    return row


def _fields(name: str, description: str | None, place: str | None) -> tuple[
        str, str | None, str | None]:
    clean = clean_text(name)
    if not clean:
        raise InvalidInput("Enter the group's name.", field="name")
    if len(clean) > 120:
        raise InvalidInput("This text is too long (at most {max} characters).", field="name",
                           max=120)
    where = clean_text(place) or None
    if where and len(where) > 120:
        raise InvalidInput("This text is too long (at most {max} characters).", field="place",
                           max=120)
    return clean, (description or "").strip() or None, where


def create_group(session: Session, actor: Actor, name: str, description: str | None = None,
                 place: str | None = None, facilitator_id: str | None = None) -> GroupInfo:
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    clean, desc, where = _fields(name, description, place)
    if facilitator_id:
        active_user(session, facilitator_id, "facilitator_id")
    row = Group(name=clean, description=desc, place=where,
                facilitator_id=facilitator_id or actor.user_id, active=True)
    session.add(row)
    session.flush()
    audit.record(session, "group_created", actor, target=row.id)
    return _info(session, row)


def update_group(session: Session, actor: Actor, group_id: str, name: str,
                 description: str | None = None, place: str | None = None,
                 facilitator_id: str | None = None, active: bool = True) -> GroupInfo:
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    row = _group(session, group_id)
    clean, desc, where = _fields(name, description, place)
    if facilitator_id:
        active_user(session, facilitator_id, "facilitator_id")
    row.name, row.description, row.place = clean, desc, where
    row.facilitator_id, row.active = facilitator_id or row.facilitator_id, bool(active)
    session.flush()
    return _info(session, row)


def _count(session: Session, group_id: str) -> int:
    return len(list(session.scalars(select(GroupMember.id).where(
        GroupMember.group_id == group_id, GroupMember.deleted.is_(False),
        GroupMember.left_on.is_(None)))))


def _info(session: Session, row: Group) -> GroupInfo:
    names = user_names(session, [row.facilitator_id])
    return GroupInfo(row.id, row.name, row.description, row.place, row.facilitator_id,
                     names.get(row.facilitator_id or ""), bool(row.active),
                     _count(session, row.id))


def list_groups(session: Session, actor: Actor, include_inactive: bool = False
                ) -> list[GroupInfo]:
    require(actor, Perm.SESSIONS_LOG)
    q = select(Group).where(Group.deleted.is_(False))
    if not include_inactive:
        q = q.where(Group.active.is_(True))
    return [_info(session, g) for g in session.scalars(q.order_by(Group.name))]


def get_group(session: Session, actor: Actor, group_id: str) -> GroupInfo:
    require(actor, Perm.SESSIONS_LOG)
    return _info(session, _group(session, group_id))


def add_member(session: Session, actor: Actor, group_id: str, person_id: str,
               joined_on: dt.date | None = None) -> MemberInfo:
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    group = _group(session, group_id)
    person = live_person(session, person_id)
    existing = session.scalar(select(GroupMember).where(
        GroupMember.group_id == group.id, GroupMember.person_id == person.id,
        GroupMember.deleted.is_(False), GroupMember.left_on.is_(None)))
    if existing is not None:
        raise InvalidInput("She is already a member of this group.", field="person_id")
    row = GroupMember(group_id=group.id, person_id=person.id,
                      joined_on=joined_on or dt.date.today())
    session.add(row)
    session.flush()
    return _member(session, row)


def remove_member(session: Session, actor: Actor, membership_id: str,
                  left_on: dt.date | None = None) -> MemberInfo:
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    row = session.get(GroupMember, membership_id) if membership_id else None
    if row is None or row.deleted or row.left_on is not None:
        raise InvalidInput("This membership was not found.", field="membership_id")
    day = left_on or dt.date.today()
    if day < row.joined_on:
        raise InvalidInput("She cannot leave before she joined.", field="left_on")
    row.left_on = day
    session.flush()
    return _member(session, row)


def _member(session: Session, row: GroupMember) -> MemberInfo:
    name = person_names(session, [row.person_id]).get(row.person_id, "")
    return MemberInfo(row.id, row.person_id, name, row.joined_on, row.left_on)


def members(session: Session, actor: Actor, group_id: str, on: dt.date | None = None,
            include_past: bool = False) -> list[MemberInfo]:
    """Members (on a day: who belonged then), by name."""
    require(actor, Perm.SESSIONS_LOG)
    group = _group(session, group_id)
    rows = list(session.scalars(select(GroupMember).where(
        GroupMember.group_id == group.id, GroupMember.deleted.is_(False))))
    if on is not None:
        rows = [r for r in rows if r.joined_on <= on and (r.left_on is None or r.left_on > on)]
    elif not include_past:
        rows = [r for r in rows if r.left_on is None]
    names = person_names(session, [r.person_id for r in rows])
    return sorted((MemberInfo(r.id, r.person_id, names.get(r.person_id, ""), r.joined_on,
                              r.left_on) for r in rows), key=lambda m: m.name.lower())
