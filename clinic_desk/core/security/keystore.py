"""The slots file: the data key wrapped once per user and once by the recovery code.

keys.json holds no user name, site name or key in plain form: a user's slot is found
by a salted hash of the user name, and each slot is AES-256-GCM under a key derived
with Argon2id from the password (mixed with this PC's keyring secret when one works).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from clinic_desk.core.atomic import atomic_write_bytes
from clinic_desk.core.errors import DamagedData, KeyringSecretMissing, WrongCredentials
from clinic_desk.core.security import kdf
from clinic_desk.core.security.kdf import DEFAULT_KDF, KdfParams
from clinic_desk.core.security.pepper import Pepper

FORMAT = 1
RECOVERY = "recovery"
WRONG = "Wrong user name or password."


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def slot_id(install_id: str, username: str) -> str:
    digest = hashlib.sha256(f"clinic-desk/slot/{install_id}/{username.lower()}".encode())
    return digest.hexdigest()[:32]


@dataclass
class Slot:
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf: KdfParams
    pepper: bool

    def to_dict(self) -> dict[str, object]:
        return {
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ct": _b64(self.ciphertext),
            "kdf": self.kdf.to_dict(),
            "pepper": self.pepper,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Slot:
        return cls(
            salt=_unb64(data["salt"]),  # type: ignore[arg-type]
            nonce=_unb64(data["nonce"]),  # type: ignore[arg-type]
            ciphertext=_unb64(data["ct"]),  # type: ignore[arg-type]
            kdf=KdfParams.from_dict(data["kdf"]),  # type: ignore[arg-type]
            pepper=bool(data["pepper"]),
        )


class KeyFile:
    """keys.json on disk. Every change is written atomically."""

    def __init__(self, path: Path, install_id: str, slots: dict[str, Slot], recovery: Slot):
        self.path = path
        self.install_id = install_id
        self.slots = slots
        self.recovery = recovery

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        damaged = DamagedData(
            "The key file {path} is missing or damaged. Nobody can log in without it: "
            "restore it from the last backup of the data folder.",
            path=str(path),
        )
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise damaged from None
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("format")
            install_id = str(uuid.UUID(data["install_id"]))
            slots = {str(k): Slot.from_dict(v) for k, v in data["slots"].items()}
            recovery = Slot.from_dict(data["recovery"])
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise damaged from None
        return cls(path, install_id, slots, recovery)

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "install_id": self.install_id,
            "slots": {k: v.to_dict() for k, v in sorted(self.slots.items())},
            "recovery": self.recovery.to_dict(),
        }
        atomic_write_bytes(self.path, json.dumps(data, indent=1).encode("utf-8"))

    def has_user(self, username: str) -> bool:
        return slot_id(self.install_id, username) in self.slots


def _aad(install_id: str, sid: str) -> bytes:
    return f"clinic-desk/v{FORMAT}/{install_id}/{sid}".encode()


def make_slot(
    secret: str, data_key: bytes, install_id: str, sid: str, params: KdfParams,
    pepper: bytes | None,
) -> Slot:
    salt = os.urandom(16)
    kek = kdf.derive(secret.encode("utf-8"), salt, params)
    if pepper is not None:
        kek = kdf.mix_pepper(kek, pepper)
    nonce, ct = kdf.wrap(kek, data_key, _aad(install_id, sid))
    return Slot(salt, nonce, ct, params, pepper is not None)


def open_slot(slot: Slot, secret: str, install_id: str, sid: str, pepper: Pepper) -> bytes:
    kek = kdf.derive(secret.encode("utf-8"), slot.salt, slot.kdf)
    if slot.pepper:
        secret_bytes = pepper.get()
        if secret_bytes is None:
            raise KeyringSecretMissing(
                "This PC's key store does not hold the secret your password needs (was the "
                "data folder copied from another PC?). Use the recovery code to set a new "
                "password."
            )
        kek = kdf.mix_pepper(kek, secret_bytes)
    key = kdf.unwrap(kek, slot.nonce, slot.ciphertext, _aad(install_id, sid))
    if key is None:
        raise WrongCredentials(WRONG)
    return key


def dummy_derive(params: KdfParams = DEFAULT_KDF) -> None:
    """Spend the same time as a real unlock, so an unknown user name is not revealed."""
    kdf.derive(b"clinic-desk-dummy", b"\0" * 16, params)
