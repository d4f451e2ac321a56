"""User accounts and roles. Changing who may log in also changes the key slots, so
these services need the open key store as well as the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.db.models import User, UserRole
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.security import audit
from clinic_desk.core.security.passwords import check_password, clean_text, normalize_username
from clinic_desk.core.security.roles import Actor, Perm, Role, parse_roles, require


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name,
                 frozenset(Role(r) for r in user.role_names))


def find(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username.strip().lower()))


def info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name,
                    frozenset(Role(r) for r in user.role_names), user.active)


def list_users(session: Session, actor: Actor) -> list[UserInfo]:
    require(actor, Perm.MANAGE_USERS)
    users = session.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username))
    return [info(u) for u in users]


def _roles(roles: Iterable[Role | str]) -> frozenset[Role]:
    try:
        parsed = parse_roles(list(roles))
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise InvalidInput(
            "Unknown role. Roles are: {roles}.", field="roles", roles=allowed
        ) from None
    if not parsed:
        raise InvalidInput("Give the user at least one role.", field="roles")
    return parsed


def validate_new(session: Session, username: str, full_name: str, password: str,
                 roles: Iterable[Role | str]) -> tuple[str, str, frozenset[Role]]:
    name = normalize_username(username)
    full = clean_text(full_name, "full_name", "The full name is required.")
    parsed = _roles(roles)
    check_password(password, name)
    if find(session, name) is not None:
        raise InvalidInput(
            "There is already a user called {name}.", field="username", name=name
        )
    return name, full, parsed


def create(session: Session, username: str, full_name: str, roles: frozenset[Role]) -> User:
    user = User(username=username, full_name=full_name, active=True)
    user.roles = [UserRole(role=r.value) for r in sorted(roles)]
    session.add(user)
    session.flush()
    return user


def set_roles(session: Session, actor: Actor, username: str, roles: Iterable[Role | str]) -> None:
    require(actor, Perm.MANAGE_USERS)
    user = _existing(session, username)
    wanted = _roles(roles)
    if user.id == actor.user_id and Role.ADMIN not in wanted:
        raise InvalidInput("You cannot remove your own administrator role.", field="roles")
    if Role.ADMIN not in wanted and Role.ADMIN.value in user.role_names:
        keep_an_admin(session, user)
    before = sorted(user.role_names)
    by_role = {r.role: r for r in user.roles}
    for role in Role:
        row = by_role.get(role.value)
        if role in wanted and row is None:
            user.roles.append(UserRole(role=role.value))
        elif row is not None:
            should_delete = role not in wanted
            if row.deleted != should_delete:
                row.deleted = should_delete
    session.flush()
    audit.record(session, "user_roles_changed", actor, target=user.username,
                 before=before, after=sorted(r.value for r in wanted))


def _existing(session: Session, username: str) -> User:
    user = find(session, username)
    if user is None or user.deleted:
        raise InvalidInput("There is no user called {name}.", field="username", name=username)
    return user


def keep_an_admin(session: Session, leaving: User) -> None:
    admins = [
        u for u in session.scalars(select(User).where(User.active.is_(True)))
        if Role.ADMIN.value in u.role_names and u.id != leaving.id
    ]
    if not admins:
        raise InvalidInput("At least one active administrator must remain.", field="username")
