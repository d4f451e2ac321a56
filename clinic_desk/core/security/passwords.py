"""Password and name rules: checked before anything is written."""

from __future__ import annotations

import re
import unicodedata

from clinic_desk.core.errors import InvalidInput

MIN_LENGTH = 10
MAX_LENGTH = 256

COMMON = frozenset(
    {
        "1234567890", "12345678910", "0123456789", "contraseña", "contrasena", "contrasena1",
        "password123", "password1234", "qwertyuiop", "administrador", "abcdefghij",
        "peru123456", "lima123456", "1111111111", "iloveyou12", "clinicdesk", "clinicdesk1",
        "albergue123", "passw0rd12", "bienvenido1",
    }
)

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
SITE_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,15}$")


def check_password(password: str, username: str = "") -> None:
    if not password:
        raise InvalidInput("The password is empty.", field="password")
    if len(password) < MIN_LENGTH:
        raise InvalidInput(
            "The password is too short: use at least {count} characters.",
            field="password",
            count=MIN_LENGTH,
        )
    if len(password) > MAX_LENGTH:
        raise InvalidInput("The password is too long.", field="password")
    lowered = password.lower()
    if lowered in COMMON or len(set(password)) < 4:
        raise InvalidInput(
            "The password is too easy to guess. Use a phrase of several words.",
            field="password",
        )
    if username and username.lower() in lowered:
        raise InvalidInput("The password must not contain the user name.", field="password")


def normalize_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not USERNAME_RE.match(name):
        raise InvalidInput(
            "A user name has 3 to 32 characters: letters a-z without accents, digits, "
            "dot, dash or underscore, starting with a letter or digit.",
            field="username",
        )
    return name


def normalize_site_code(code: str) -> str:
    value = (code or "").strip().upper()
    if not SITE_CODE_RE.match(value):
        raise InvalidInput(
            "A site code has 2 to 16 characters: letters A-Z without accents, digits or "
            "dashes, no spaces (for example HUAYCAN-01).",
            field="site_code",
        )
    return value


def clean_text(value: str, field: str, required: str, max_len: int = 120) -> str:
    """Trimmed, NFC-normalised text; `required` is the message when it is empty."""
    text = unicodedata.normalize("NFC", (value or "").strip())
    if not text:
        raise InvalidInput(required, field=field)
    if len(text) > max_len:
        raise InvalidInput(
            "The text is too long (at most {count} characters).", field=field, count=max_len
        )
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise InvalidInput("The text contains control characters.", field=field)
    return text
