"""Locations (the central store and the botiquines) and who works where.

A promoter sees and acts only on the locations she is assigned to; a user with
STOCK_ALL_LOCATIONS (administrators, coordinators) sees all of them. Writing stock also
needs STOCK_WRITE, so an administrator alone reads every location but moves no stock.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinic_desk.core.db.base import tombstone
from clinic_desk.core.db.models import User
from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.inventory.models import (
    LOCATION_KINDS,
    Location,
    LocationAssignment,
    StockBalance,
)
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require


@dataclass(frozen=True)
class LocationInfo:
    id: str
    code: str
    name: str
    kind: str
    active: bool


def info(loc: Location) -> LocationInfo:
    return LocationInfo(loc.id, loc.code, loc.name, loc.kind, loc.active)


def _clean(value: object, field: str, max_len: int) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise InvalidInput("This field is required.", field=field)
    if len(text) > max_len:
        raise InvalidInput("At most {max} characters.", field=field, max=max_len)
    return text


def create_location(session: Session, actor: Actor, code: str, name: str,
                    kind: str = "botiquin") -> LocationInfo:
    require(actor, Perm.CATALOGUE_EDIT)
    code = _clean(code, "code", 16).upper()
    name = _clean(name, "name", 120)
    if kind not in LOCATION_KINDS:
        raise InvalidInput("A location is the central store or a botiquín.", field="kind")
    if session.scalar(select(Location.id).where(Location.code == code)):
        raise InvalidInput("There is already a location with code {code}.", field="code",
                           code=code)
    loc = Location(code=code, name=name, kind=kind, active=True)
    session.add(loc)
    session.flush()
    audit.record(session, "stock_location_added", actor, target=code, kind=kind)
    return info(loc)


def update_location(session: Session, actor: Actor, location_id: str, *,
                    name: str | None = None, active: bool | None = None) -> LocationInfo:
    """Rename a location, or close (active=False) or reopen it. A location that still
    holds stock cannot be closed: nothing could move it out afterwards."""
    require(actor, Perm.CATALOGUE_EDIT)
    loc = _get(session, location_id)
    new_name = _clean(name, "name", 120) if name is not None else loc.name
    if active is not None and not active and loc.active:
        held = session.scalar(select(func.coalesce(func.sum(StockBalance.qty_milli), 0))
                              .where(StockBalance.location_id == loc.id))
        if held:
            raise InvalidInput(
                "{location} still holds stock. Send it to another location or write it off "
                "before closing it.", field="active", location=loc.name)
    loc.name = new_name
    if active is not None:
        loc.active = bool(active)
    session.flush()
    audit.record(session, "stock_location_changed", actor, target=loc.code,
                 name=loc.name, active=loc.active)
    return info(loc)


def _get(session: Session, location_id: str) -> Location:
    loc = session.get(Location, location_id)
    if loc is None or loc.deleted:
        raise InvalidInput("There is no such location.", field="location")
    return loc


def assigned_ids(session: Session, user_id: str) -> set[str]:
    return set(session.scalars(
        select(LocationAssignment.location_id).where(
            LocationAssignment.user_id == user_id, LocationAssignment.deleted.is_(False))
    ))


def can_see(session: Session, actor: Actor, location_id: str) -> bool:
    if not actor.can(Perm.STOCK_READ):
        return False
    return actor.can(Perm.STOCK_ALL_LOCATIONS) or location_id in assigned_ids(
        session, actor.user_id)


def location_for(session: Session, actor: Actor, location_id: str,
                 write: bool = False) -> Location:
    """The location, if this actor may read it (or write stock there); else refuse."""
    require(actor, Perm.STOCK_WRITE if write else Perm.STOCK_READ)
    loc = _get(session, location_id)
    if not actor.can(Perm.STOCK_ALL_LOCATIONS) and location_id not in assigned_ids(
            session, actor.user_id):
        raise PermissionDenied(
            "You are not assigned to {location}. Ask an administrator.", location=loc.name
        )
    if write and not loc.active:
        raise InvalidInput("{location} is closed: no stock moves there.", field="location",
                           location=loc.name)
    return loc


def list_locations(session: Session, actor: Actor,
                   include_inactive: bool = False) -> list[LocationInfo]:
    """The locations this actor may see: the central store first, then by name."""
    require(actor, Perm.STOCK_READ)
    q = select(Location).where(Location.deleted.is_(False))
    if not include_inactive:
        q = q.where(Location.active.is_(True))
    if not actor.can(Perm.STOCK_ALL_LOCATIONS):
        q = q.where(Location.id.in_(assigned_ids(session, actor.user_id)))
    locs = session.scalars(q).all()
    return [info(x) for x in sorted(locs, key=lambda x: (x.kind != "central", x.name))]


def all_locations(session: Session) -> list[LocationInfo]:
    """Every active location (for a transfer's destination list; no stock shown)."""
    locs = session.scalars(
        select(Location).where(Location.deleted.is_(False), Location.active.is_(True)))
    return [info(x) for x in sorted(locs, key=lambda x: (x.kind != "central", x.name))]


def assign(session: Session, actor: Actor, user_id: str, location_id: str) -> None:
    """Assign a user (a promoter) to a location. Administrators only."""
    require(actor, Perm.MANAGE_USERS)
    loc = _get(session, location_id)
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise InvalidInput("There is no such user.", field="user")
    row = session.scalar(select(LocationAssignment).where(
        LocationAssignment.user_id == user_id, LocationAssignment.location_id == location_id))
    if row is None:
        session.add(LocationAssignment(user_id=user_id, location_id=location_id))
    elif row.deleted:
        row.deleted = False
    else:
        return
    session.flush()
    audit.record(session, "stock_location_assigned", actor, target=user.username,
                 location=loc.code)


def unassign(session: Session, actor: Actor, user_id: str, location_id: str) -> None:
    require(actor, Perm.MANAGE_USERS)
    loc = _get(session, location_id)
    row = session.scalar(select(LocationAssignment).where(
        LocationAssignment.user_id == user_id, LocationAssignment.location_id == location_id,
        LocationAssignment.deleted.is_(False)))
    if row is None:
        return
    tombstone(session, row)
    session.flush()
    user = session.get(User, user_id)
    audit.record(session, "stock_location_unassigned", actor,
                 target=user.username if user else user_id, location=loc.code)


def assignments(session: Session, actor: Actor, location_id: str) -> list[str]:
    """User ids assigned to a location."""
    require(actor, Perm.MANAGE_USERS)
    return list(session.scalars(select(LocationAssignment.user_id).where(
        LocationAssignment.location_id == location_id, LocationAssignment.deleted.is_(False))))
