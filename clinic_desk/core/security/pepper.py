"""The per-PC secret kept in the OS keyring and mixed into user slots.

Where no keyring works (a headless Linux, a locked-down PC) the application says so in
its security status and works with passwords alone. The recovery slot never uses it.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "clinic-desk"


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    backend: str


class Pepper:
    def __init__(self, install_id: str) -> None:
        self.install_id = install_id

    @staticmethod
    def status() -> KeyringStatus:
        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        try:
            usable = backend.priority > 0  # the fail and null backends have priority <= 0
        except Exception:  # noqa: BLE001 - a broken backend must not stop the program
            usable = False
        return KeyringStatus(usable, name)

    def get(self) -> bytes | None:
        if not self.status().available:
            return None
        try:
            value = keyring.get_password(SERVICE, self.install_id)
        except keyring.errors.KeyringError:
            log.warning("keyring read failed")
            return None
        if not value:
            return None
        try:
            return bytes.fromhex(value)
        except ValueError:
            log.warning("keyring holds an unreadable secret for this installation")
            return None

    def get_or_create(self) -> bytes | None:
        existing = self.get()
        if existing is not None:
            return existing
        if not self.status().available:
            return None
        secret = secrets.token_bytes(32)
        try:
            keyring.set_password(SERVICE, self.install_id, secret.hex())
        except keyring.errors.KeyringError:
            log.warning("keyring write failed; continuing with passwords alone")
            return None
        return secret if self.get() == secret else None
