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
    DemoUser("admin", "Rosa Demostración", ("admin",), "rosa-demo-2026"),
    DemoUser("psicologa", "Carmen Demostración", ("counsellor",), "carmen-demo-2026"),
    DemoUser("educadora", "Lucía Demostración", ("staff",), "lucia-demo-2026"),
    DemoUser("promotora", "Juana Demostración", ("promoter",), "juana-demo-2026"),
)

# Each capability registers a function that adds synthetic records to a demo workspace.
DEMO_FILLERS: list[Callable[[Workspace], None]] = []


# Capability modules with a `fill(ws, **sizes)` function, in the order they run (people
# before the sessions, stays and dispensing that refer to them).
CAPABILITY_DEMOS = (
    "clinic_desk.core.intake.demo",
    "clinic_desk.core.inventory.demo",
    "clinic_desk.core.sessions.demo",
    "clinic_desk.core.shelter.demo",
)


def fill_sized(ws: Workspace, **sizes: object) -> list[str]:
    """Run every capability's `fill` with the sizes it accepts (people=, botiquines=,
    years=, seed=…). Returns the modules that ran."""
    import importlib
    import inspect

    ran = []
    for name in CAPABILITY_DEMOS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        fill = getattr(module, "fill", None)
        if fill is None:
            continue
        accepted = inspect.signature(fill).parameters
        fill(ws, **{k: v for k, v in sizes.items() if k in accepted})
        ran.append(name.rsplit(".", 2)[-2])
    return ran


def create_demo(data_dir: Path, kdf: KdfParams = DEFAULT_KDF,
                sizes: dict[str, object] | None = None) -> Installation:
    """A new demo installation in an empty folder: the demo site and users, then the
    small default fillers, or every capability's `fill` at the given sizes."""
    inst = Installation(data_dir, kdf=kdf)
    admin = DEMO_USERS[0]
    inst.initialize(DEMO_SITE[0], DEMO_SITE[1], admin.username, admin.full_name, admin.password)
    ws = inst.unlock(admin.username, admin.password)
    try:
        for user in DEMO_USERS[1:]:
            ws.add_user(user.username, user.full_name, user.roles, user.password)
        if sizes is None:
            for filler in DEMO_FILLERS:
                filler(ws)
        else:
            fill_sized(ws, **sizes)
    finally:
        ws.close()
    return inst


# Capabilities register their fillers in DEMO_FILLERS when imported (kept last: they
# import this module).
from clinic_desk.core.intake import demo as _intake_demo  # noqa: E402, F401
from clinic_desk.core.inventory import demo as _inventory_demo  # noqa: E402, F401
from clinic_desk.core.sessions import demo as _sessions_demo  # noqa: E402, F401
from clinic_desk.core.shelter import demo as _shelter_demo  # noqa: E402, F401
