"""Argon2id key derivation (RFC 9106, second recommended setting) and AES-256-GCM
key wrapping."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        params = cls(
            time_cost=int(data["time_cost"]),  # type: ignore[arg-type]
            memory_kib=int(data["memory_kib"]),  # type: ignore[arg-type]
            parallelism=int(data["parallelism"]),  # type: ignore[arg-type]
        )
        if not (1 <= params.time_cost <= 64 and 8 * 1024 <= params.memory_kib <= 4 * 1024 * 1024
                and 1 <= params.parallelism <= 16):
            raise ValueError("key-derivation settings out of range")
        return params


DEFAULT_KDF = KdfParams()


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret, salt, params.time_cost, params.memory_kib, params.parallelism, 32, Type.ID
    )


def mix_pepper(key: bytes, pepper: bytes) -> bytes:
    """Combine the Argon2 output with this PC's keyring secret."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=pepper, info=b"clinic-desk user slot v1"
    ).derive(key)


def wrap(kek: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, aad)


def unwrap(kek: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        return None
