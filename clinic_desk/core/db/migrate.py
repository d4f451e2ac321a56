"""Schema migrations on open: refuse a newer database, copy before upgrading, and
upgrade in one transaction so a failure leaves the database as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from clinic_desk.core.atomic import atomic_copy
from clinic_desk.core.errors import NewerSchema

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", str(MIGRATIONS / "versions"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def is_known(revision: str) -> bool:
    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def needs_upgrade(engine: Engine) -> tuple[str | None, str]:
    """(current, head). Raises NewerSchema for a revision this version does not know."""
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is not None and not is_known(current):
        raise NewerSchema(
            "This database was written by a newer version of Clinic Desk. "
            "Install that version (or newer) to open it; nothing was changed."
        )
    return current, head_revision()


def upgrade(engine: Engine) -> None:
    """Upgrade to head inside one transaction."""
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def safety_copy(engine: Engine, db_path: Path, backups_dir: Path, current: str | None) -> Path:
    """Checkpoint the WAL and copy the (still encrypted) file before a migration."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"before-upgrade-{current or 'empty'}-{stamp}.db"
    atomic_copy(db_path, target)
    return target


def migrate_on_open(engine: Engine, db_path: Path, backups_dir: Path) -> Path | None:
    """Bring the database to this version's schema. Returns the safety copy, if one
    was made."""
    current, head = needs_upgrade(engine)
    if current == head:
        return None
    copy = None
    if current is not None:
        copy = safety_copy(engine, db_path, backups_dir, current)
    upgrade(engine)
    return copy
