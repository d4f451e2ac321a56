"""Roles in the words of the people who hold them: one place for every screen."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from clinic_desk.core.security.roles import Role

ROLE_ORDER = (Role.ADMIN, Role.COUNSELLOR, Role.STAFF, Role.PROMOTER)


def role_label(role: Role) -> str:
    labels = {
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
        Role.COUNSELLOR: QCoreApplication.translate(
            "Roles", "Counsellor (psychology, social work)"),
        Role.STAFF: QCoreApplication.translate("Roles", "Shelter staff"),
        Role.PROMOTER: QCoreApplication.translate("Roles", "Health promoter"),
    }
    return labels[role]


def roles_text(roles: Iterable[Role]) -> str:
    held = set(roles)
    return ", ".join(role_label(r) for r in ROLE_ORDER if r in held)
