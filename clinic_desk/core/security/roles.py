"""Roles, permissions and the acting user. Services call `require` themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from clinic_desk.core.errors import PermissionDenied


class Role(StrEnum):
    ADMIN = "admin"
    COUNSELLOR = "counsellor"
    STAFF = "staff"
    PROMOTER = "promoter"


class Perm(StrEnum):
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    MANAGE_SETTINGS = "manage_settings"
    VERIFY = "verify"
    BACKUP = "backup"
    EXPORT = "export"
    IMPORT = "import"
    PEOPLE_LOOKUP = "people_lookup"  # name, document and age only (dispensing)
    PEOPLE_READ = "people_read"
    PEOPLE_WRITE = "people_write"
    PEOPLE_MERGE = "people_merge"
    CONSENT_OVERRIDE = "consent_override"
    NOTES_READ = "notes_read"
    NOTES_WRITE = "notes_write"
    SESSIONS_LOG = "sessions_log"
    SHELTER_READ = "shelter_read"
    SHELTER_WRITE = "shelter_write"
    SHELTER_SETUP = "shelter_setup"
    STOCK_READ = "stock_read"
    STOCK_WRITE = "stock_write"
    STOCK_ALL_LOCATIONS = "stock_all_locations"
    CATALOGUE_EDIT = "catalogue_edit"


ROLE_PERMS: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset({
        Perm.MANAGE_USERS, Perm.VIEW_AUDIT, Perm.MANAGE_SETTINGS, Perm.VERIFY,
        Perm.BACKUP, Perm.EXPORT, Perm.IMPORT,
        Perm.PEOPLE_LOOKUP, Perm.PEOPLE_READ, Perm.PEOPLE_MERGE, Perm.CONSENT_OVERRIDE,
        Perm.SESSIONS_LOG, Perm.SHELTER_READ, Perm.SHELTER_SETUP,
        Perm.STOCK_READ, Perm.STOCK_ALL_LOCATIONS, Perm.CATALOGUE_EDIT,
    }),
    Role.COUNSELLOR: frozenset({
        Perm.PEOPLE_LOOKUP, Perm.PEOPLE_READ, Perm.PEOPLE_WRITE,
        Perm.NOTES_READ, Perm.NOTES_WRITE, Perm.SESSIONS_LOG, Perm.SHELTER_READ,
    }),
    Role.STAFF: frozenset({
        Perm.PEOPLE_LOOKUP, Perm.PEOPLE_READ, Perm.PEOPLE_WRITE,
        Perm.SESSIONS_LOG, Perm.SHELTER_READ, Perm.SHELTER_WRITE,
    }),
    Role.PROMOTER: frozenset({Perm.STOCK_READ, Perm.STOCK_WRITE, Perm.PEOPLE_LOOKUP}),
}


def parse_roles(names: object) -> frozenset[Role]:
    """Role names from user input; raises ValueError naming the unknown one."""
    if isinstance(names, str):
        names = [n for n in names.replace(" ", ",").split(",") if n]
    roles = set()
    for name in names:  # type: ignore[union-attr]
        try:
            roles.add(Role(str(name).strip().lower()))
        except ValueError:
            allowed = ", ".join(r.value for r in Role)
            raise ValueError(f"Unknown role '{name}'. Roles are: {allowed}.") from None
    return frozenset(roles)


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service acts."""

    user_id: str
    username: str
    full_name: str
    roles: frozenset[Role] = field(default_factory=frozenset)

    @property
    def permissions(self) -> frozenset[Perm]:
        perms: set[Perm] = set()
        for role in self.roles:
            perms |= ROLE_PERMS[role]
        return frozenset(perms)

    def can(self, perm: Perm) -> bool:
        return perm in self.permissions

    def has_role(self, role: Role) -> bool:
        return role in self.roles


def require(actor: Actor | None, perm: Perm) -> Actor:
    if actor is None or not actor.can(perm):
        raise PermissionDenied(
            "Your role does not allow this action. Ask an administrator.", permission=perm.value
        )
    return actor
