"""Site settings kept in the database (they travel like any editable record)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.db.models import Setting
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require

LANGUAGES = ("es", "en")
DEFAULTS: dict[str, Any] = {
    "language": "es",
    "autolock_minutes": 5,
    "backup_reminder_days": 7,
}


def get(session: Session, key: str) -> Any:
    row = session.scalar(select(Setting).where(Setting.key == key, Setting.deleted.is_(False)))
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def _put(session: Session, key: str, value: Any) -> None:
    row = session.scalar(select(Setting).where(Setting.key == key))
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
        row.deleted = False


def validate(key: str, value: Any) -> Any:
    if key == "language":
        if value not in LANGUAGES:
            raise InvalidInput("The language must be es or en.", field=key)
        return value
    if key == "autolock_minutes":
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            raise InvalidInput("Auto-lock must be a whole number of minutes.", field=key) from None
        if not 1 <= minutes <= 60:
            raise InvalidInput("Auto-lock must be between 1 and 60 minutes.", field=key)
        return minutes
    if key == "backup_reminder_days":
        days = int(value)
        if not 1 <= days <= 90:
            raise InvalidInput("The backup reminder must be between 1 and 90 days.", field=key)
        return days
    raise InvalidInput("Unknown setting {key}.", field=key, key=key)


def put(session: Session, actor: Actor, key: str, value: Any) -> None:
    """Change a setting (administrators); audited."""
    require(actor, Perm.MANAGE_SETTINGS)
    value = validate(key, value)
    old = get(session, key)
    _put(session, key, value)
    audit.record(session, "setting_changed", actor, target=key, old=old, new=value)


def put_initial(session: Session, key: str, value: Any) -> None:
    _put(session, key, validate(key, value))
