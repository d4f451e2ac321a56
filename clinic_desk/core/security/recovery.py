"""Recovery codes: 120 random bits, shown once as six groups of Crockford base32."""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
GROUPS = 6
GROUP_LEN = 4
_ALIASES = {"O": "0", "I": "1", "L": "1", "U": "V"}


def new_code() -> str:
    chars = [secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN)]
    groups = ["".join(chars[i : i + GROUP_LEN]) for i in range(0, len(chars), GROUP_LEN)]
    return "-".join(groups)


def normalize(code: str) -> str | None:
    """The canonical form of a typed code, or None when it cannot be one."""
    raw = "".join(c for c in (code or "").upper() if c not in " -\t\n")
    raw = "".join(_ALIASES.get(c, c) for c in raw)
    if len(raw) != GROUPS * GROUP_LEN or any(c not in ALPHABET for c in raw):
        return None
    return "-".join(raw[i : i + GROUP_LEN] for i in range(0, len(raw), GROUP_LEN))
