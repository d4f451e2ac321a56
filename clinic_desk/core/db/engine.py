"""SQLCipher engine: raw 256-bit key, proved at once, safe storage settings.

The key is issued in the `connect` event, never in the URL, so it cannot appear in
SQLAlchemy's logs or error messages.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from clinic_desk.core.errors import DamagedData

KEY_BYTES = 32

STORAGE_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 10000",
)


# Set right after the key, before the first read; part of this file format. HMAC-SHA256
# authenticates each page as SHA512 does (a 256-bit tag on a page of at most 4 KiB) and
# is faster on CPUs with SHA instructions.
CIPHER_PRAGMAS = ("PRAGMA cipher_hmac_algorithm = HMAC_SHA256",)


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


DAMAGED = (
    "The database file {path} is damaged or is not a Clinic Desk database. "
    "It was left untouched; restore the last backup."
)


def open_raw(path: Path, key: bytes) -> sqlcipher3.dbapi2.Connection:
    """A keyed DB-API connection, key proved, storage settings applied."""
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no SQLCipher chatter on stderr
        conn.execute(_key_pragma(key))
        for pragma in CIPHER_PRAGMAS:
            conn.execute(pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in STORAGE_PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.dbapi2.DatabaseError:
        conn.close()
        raise DamagedData(DAMAGED, path=str(path)) from None
    return conn


def make_engine(path: Path, key: bytes) -> Engine:
    """An engine over the encrypted file. Raises DamagedData if it cannot be read."""
    path = Path(path)
    key = bytes(key)
    # Prove the key and the file before any pool exists.
    open_raw(path, key).close()

    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3.dbapi2,
        connect_args={"check_same_thread": False},
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlcipher3.dbapi2.Connection, record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (transactional DDL)
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute(_key_pragma(key))
            for pragma in CIPHER_PRAGMAS:
                cur.execute(pragma)
            cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in STORAGE_PRAGMAS:
                cur.execute(pragma)
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        immediate = conn.get_execution_options().get("clinic_immediate")  # type: ignore[attr-defined]
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")  # type: ignore[attr-defined]

    return engine


DAMAGE_SIGNS = ("not a database", "malformed", "disk image", "hmac check failed")


def is_damage(exc: BaseException) -> bool:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return isinstance(orig, sqlcipher3.dbapi2.DatabaseError) and not isinstance(
        orig, sqlcipher3.dbapi2.IntegrityError
    ) and any(sign in str(orig).lower() for sign in DAMAGE_SIGNS)


@contextlib.contextmanager
def damage_as_error(path: Path) -> Iterator[None]:
    """Turn SQLite's page and structure errors into one clear DamagedData."""
    try:
        yield
    except (DBAPIError, sqlcipher3.dbapi2.DatabaseError) as exc:
        if is_damage(exc):
            raise DamagedData(DAMAGED, path=str(path)) from None
        raise
