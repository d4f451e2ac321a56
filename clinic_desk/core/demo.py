"""The throwaway demo installation: synthetic site and users whose passwords the login
screen shows. Capability issues add their synthetic records through `DEMO_FILLERS`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clinic_desk.core.installation import Installation
from clinic_desk.core.security.kdf import DEFAULT_KDF, KdfParams
from clinic_desk.core.workspace import Workspace


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    roles: tuple[str, ...]
    password: str


DEMO_SITE = ("DEMO-01", "Casa de Acogida Demostración")
DEMO_USERS = (
    DemoUser("admin", "Rosa Demostración", ("admin",), "demo-admin-2026"),
    DemoUser("psicologa", "Carmen Demostración", ("counsellor",), "demo-psicologa-2026"),
    DemoUser("educadora", "Lucía Demostración", ("staff",), "demo-educadora-2026"),
    DemoUser("promotora", "Juana Demostración", ("promoter",), "demo-promotora-2026"),
)

# Each capability registers a function that adds synthetic records to a demo workspace.
DEMO_FILLERS: list[Callable[[Workspace], None]] = []


def create_demo(data_dir: Path, kdf: KdfParams = DEFAULT_KDF) -> Installation:
    inst = Installation(data_dir, kdf=kdf)
    admin = DEMO_USERS[0]
    inst.initialize(DEMO_SITE[0], DEMO_SITE[1], admin.username, admin.full_name, admin.password)
    ws = inst.unlock(admin.username, admin.password)
    try:
        for user in DEMO_USERS[1:]:
            ws.add_user(user.username, user.full_name, user.roles, user.password)
        for filler in DEMO_FILLERS:
            filler(ws)
    finally:
        ws.close()
    return inst


# Capabilities register their fillers in DEMO_FILLERS when imported (kept last: they
# import this module).
from clinic_desk.core.intake import demo as _intake_demo  # noqa: E402, F401
from clinic_desk.core.inventory import demo as _inventory_demo  # noqa: E402, F401
