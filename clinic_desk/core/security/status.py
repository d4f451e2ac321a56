"""The security status an administrator reads: one plain snapshot, no Qt.

The UI turns it into sentences; the CLI could print it as it is.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from typing import Protocol

CORE_DUMPS_DISABLED = "disabled"
CORE_DUMPS_ALLOWED = "allowed"
CORE_DUMPS_NOT_APPLICABLE = "not_applicable"

# keyring backend module -> the name people know the key store by
_MODULE_NAMES = {
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.SecretService": "Secret Service",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.libsecret": "Secret Service (libsecret)",
}


class _StatusSource(Protocol):  # what collect() needs from a Workspace
    def keyring_status(self) -> object: ...
    def slots_use_keyring(self) -> bool: ...
    def setting(self, key: str) -> object: ...


@dataclass(frozen=True)
class SecurityStatus:
    keyring_available: bool
    keyring_backend: str  # a friendly name, e.g. "Windows Credential Manager"
    slots_use_keyring: bool
    last_backup: dt.datetime | None  # None: never (backups arrive in a later issue)
    autolock_minutes: int
    core_dumps: str  # CORE_DUMPS_DISABLED / CORE_DUMPS_ALLOWED / CORE_DUMPS_NOT_APPLICABLE


def friendly_backend_name(qualified: str) -> str:
    """'keyring.backends.Windows.WinVaultKeyring' -> 'Windows Credential Manager'."""
    module, _, cls = qualified.rpartition(".")
    if module in _MODULE_NAMES:
        return _MODULE_NAMES[module]
    return cls or qualified


def core_dump_state() -> str:
    """Read (never change) this process's core-dump limit."""
    if sys.platform == "win32":
        return CORE_DUMPS_NOT_APPLICABLE
    try:
        import resource
    except ImportError:
        return CORE_DUMPS_NOT_APPLICABLE
    soft, _hard = resource.getrlimit(resource.RLIMIT_CORE)
    return CORE_DUMPS_DISABLED if soft == 0 else CORE_DUMPS_ALLOWED


def collect(workspace: _StatusSource, last_backup: dt.datetime | None = None) -> SecurityStatus:
    ks = workspace.keyring_status()
    available = bool(getattr(ks, "available", False))
    backend = str(getattr(ks, "backend", ""))
    return SecurityStatus(
        keyring_available=available,
        keyring_backend=friendly_backend_name(backend) if backend else "",
        slots_use_keyring=workspace.slots_use_keyring(),
        last_backup=last_backup,
        autolock_minutes=int(workspace.setting("autolock_minutes") or 5),  # type: ignore[arg-type]
        core_dumps=core_dump_state(),
    )
