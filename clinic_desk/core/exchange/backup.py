"""Backups: one file holding a consistent, still-encrypted copy of the database and the
slots file, so it opens with any user's password or the recovery code and reveals
nothing without them.

    clinic-desk-backup-20261128T101500Z.cdbackup   (a zip, stored, not compressed)
      backup.json      format, install id, schema, time, SHA-256 of the two files
      clinic-desk.db   SQLite online backup into a new file keyed with the same data key
      keys.json        the slots file as it was

`backup_to` writes it atomically into a folder and keeps a thinned set of copies in the
data folder's backups/. `restore` checks the copy (hashes, key, cipher pages, structure,
audit chain, installation) in a temporary file before it replaces anything, and keeps
the database it replaces.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from clinic_desk.core.atomic import atomic_copy, atomic_write_bytes, atomic_writer, fsync_dir
from clinic_desk.core.db import migrate
from clinic_desk.core.db.engine import make_engine, open_raw
from clinic_desk.core.db.types import utcnow
from clinic_desk.core.errors import (
    DamagedData,
    InvalidInput,
    NotWritable,
    TamperedOrForeign,
    WrongCredentials,
)
from clinic_desk.core.exchange.export import read_state, write_state
from clinic_desk.core.paths import DataPaths
from clinic_desk.core.security import audit, keystore
from clinic_desk.core.security.pepper import Pepper
from clinic_desk.core.security.roles import Perm, require

FORMAT = 1
SUFFIX = ".cdbackup"
PREFIX = "clinic-desk-backup-"
STATE_KEY = "backup.last"
DB_NAME = "clinic-desk.db"
KEYS_NAME = "keys.json"
INFO_NAME = "backup.json"
BAD = ("The backup {name} is damaged, was changed, or cannot be read; nothing was "
       "restored.")


def _sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            h.update(chunk)
    return h.hexdigest()


def backup_name(at: dt.datetime) -> str:
    return f"{PREFIX}{at.strftime('%Y%m%dT%H%M%SZ')}{SUFFIX}"


def _cleanup(*paths: Path) -> None:
    for p in paths:
        for q in (p, Path(f"{p}-wal"), Path(f"{p}-shm"), Path(f"{p}-journal")):
            with contextlib.suppress(FileNotFoundError):
                q.unlink()


def _snapshot(ws: Any, tmp: Path) -> None:
    """A consistent encrypted copy of the open database in `tmp` (same data key)."""
    dst = open_raw(tmp, ws._data_key)
    try:
        with ws.db.engine.connect() as conn:
            src = conn.connection.driver_connection
            src.backup(dst)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()


def _write_archive(out: Any, db_file: Path, keys_bytes: bytes, info: dict[str, Any]) -> None:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
        zf.writestr(INFO_NAME, json.dumps(info, indent=1, sort_keys=True))
        zf.writestr(KEYS_NAME, keys_bytes)
        zf.write(db_file, DB_NAME)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    kept: list[Path]
    removed: list[Path]


def backup_to(ws: Any, folder: Path | None = None, keep_rotated: bool = True) -> BackupResult:
    """Write a backup into `folder` (default: the data folder's backups/) and keep the
    rotated copies in backups/. Returns where the new backup is."""
    actor = require(ws.actor, Perm.BACKUP)
    paths: DataPaths = ws.installation.paths
    paths.backups.mkdir(parents=True, exist_ok=True, mode=0o700)
    target_dir = Path(folder) if folder is not None else paths.backups
    if not target_dir.is_dir():
        raise InvalidInput("The folder {folder} does not exist.", field="folder",
                           folder=str(target_dir))
    now = utcnow()
    tmp = paths.backups / f".snapshot-{secrets.token_hex(6)}.db"
    try:
        _snapshot(ws, tmp)
        keys_bytes = paths.keys.read_bytes()
        info = {"format": FORMAT, "kind": "clinic-desk-backup",
                "install_id": ws.keyfile.install_id, "schema": migrate.head_revision(),
                "created_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "db_sha256": _sha(tmp), "keys_sha256": hashlib.sha256(keys_bytes).hexdigest()}
        target = target_dir / backup_name(now)
        try:
            with atomic_writer(target) as fh:
                _write_archive(fh, tmp, keys_bytes, info)
        except OSError:
            raise NotWritable("The backup cannot be written to {folder} (full or read-only?).",
                              folder=str(target_dir)) from None
    finally:
        _cleanup(tmp)
    removed: list[Path] = []
    if keep_rotated:
        if target_dir.resolve() != paths.backups.resolve():
            atomic_copy(target, paths.backups / target.name)
        removed = thin(paths.backups, now)
    with ws.db.write(actor.user_id) as s:
        write_state(s, STATE_KEY, {"at": info["created_at"], "file": target.name})
        audit.record(s, "backup_made", actor, target=target.name,
                     folder="backups" if target_dir == paths.backups else "external")
    kept = sorted(paths.backups.glob(f"{PREFIX}*{SUFFIX}"))
    return BackupResult(target, target.stat().st_size, kept, removed)


def _stamp(p: Path) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(p.name[len(PREFIX):-len(SUFFIX)],
                                    "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def thin(folder: Path, now: dt.datetime) -> list[Path]:
    """Keep every backup of the last 2 days, then one a day for a week, one a week for
    a month, one a month for a year, and one a year. Returns what was removed."""
    items = sorted(((t, p) for p in folder.glob(f"{PREFIX}*{SUFFIX}")
                    if (t := _stamp(p)) is not None), reverse=True)
    seen: set[tuple[str, int]] = set()
    removed = []
    for t, p in items:
        age = now - t
        if age <= dt.timedelta(days=2):
            continue
        if age <= dt.timedelta(days=7):
            bucket = ("day", t.toordinal())
        elif age <= dt.timedelta(days=31):
            bucket = ("week", t.toordinal() // 7)
        elif age <= dt.timedelta(days=366):
            bucket = ("month", t.year * 12 + t.month)
        else:
            bucket = ("year", t.year)
        if bucket in seen:  # a newer one of this period is kept
            p.unlink(missing_ok=True)
            removed.append(p)
        else:
            seen.add(bucket)
    return removed


def last_backup_at(s: Session) -> dt.datetime | None:
    state = read_state(s, STATE_KEY)
    if not state:
        return None
    return dt.datetime.strptime(state["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def days_since_backup(ws: Any, now: dt.datetime | None = None) -> int | None:
    """Whole days since the last backup (None: never). The UI warns above 7."""
    with ws.db.read() as s:
        last = last_backup_at(s)
    if last is None:
        return None
    return ((now or utcnow()) - last).days


# -- restore ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    safety_copy: Path | None
    created_at: str
    audit_entries: int


def _open_archive(path: Path) -> tuple[zipfile.ZipFile, dict[str, Any], bytes]:
    bad = TamperedOrForeign(BAD, name=path.name)
    try:
        zf = zipfile.ZipFile(path)
        if sorted(zf.namelist()) != sorted([INFO_NAME, KEYS_NAME, DB_NAME]):
            raise bad
        info = json.loads(zf.read(INFO_NAME).decode("utf-8"))
        keys_bytes = zf.read(KEYS_NAME)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, KeyError,
            UnicodeDecodeError, EOFError):
        raise bad from None
    if not isinstance(info, dict) or info.get("kind") != "clinic-desk-backup":
        raise bad
    if info.get("format") != FORMAT:
        raise TamperedOrForeign("The backup {name} was made by a newer version of Clinic "
                                "Desk; nothing was restored.", name=path.name)
    if hashlib.sha256(keys_bytes).hexdigest() != info.get("keys_sha256"):
        raise bad
    return zf, info, keys_bytes


def _data_key(keyfile: keystore.KeyFile, username: str | None, secret: str,
              recovery: bool) -> bytes:
    from clinic_desk.core.security import recovery as recovery_codes

    if recovery:
        code = recovery_codes.normalize(secret)
        if code is None:
            raise WrongCredentials("That recovery code is not valid.")
        try:
            return keystore.open_slot(keyfile.recovery, code, keyfile.install_id,
                                      keystore.RECOVERY, Pepper(keyfile.install_id))
        except WrongCredentials:
            raise WrongCredentials("That recovery code is not valid.") from None
    sid = keystore.slot_id(keyfile.install_id, (username or "").strip().lower())
    slot = keyfile.slots.get(sid)
    if slot is None or not secret:
        raise WrongCredentials(keystore.WRONG)
    return keystore.open_slot(slot, secret, keyfile.install_id, sid, Pepper(keyfile.install_id))


def _check_copy(db: Path, key: bytes, install_id: str, name: str) -> int:
    """Cipher pages, structure, identity and audit chain of an extracted copy."""
    from sqlalchemy import select

    from clinic_desk.core.db.models import LocalIdentity
    from clinic_desk.core.security.audit import verify_chain

    bad = TamperedOrForeign(BAD, name=name)
    try:
        conn = open_raw(db, key)
    except DamagedData:
        raise bad from None
    try:
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
    except Exception:  # noqa: BLE001 - any read failure is a damaged copy
        raise bad from None
    finally:
        conn.close()
    if cipher or [tuple(r) for r in integrity] != [("ok",)]:
        raise bad
    engine = make_engine(db, key)
    try:
        migrate.needs_upgrade(engine)  # refuses a newer schema
        with Session(engine) as s:
            ident = s.execute(select(LocalIdentity.install_id)).scalar()
            if ident != install_id:
                raise bad
            chain = verify_chain(s)
        if not chain.ok:
            raise TamperedOrForeign("The audit log in the backup {name} is broken; nothing was "
                                    "restored.", name=name)
        return chain.entries
    except TamperedOrForeign:
        raise
    except Exception:  # noqa: BLE001
        raise bad from None
    finally:
        engine.dispose()


def restore(path: Path, data_dir: Path, username: str | None, secret: str,
            recovery: bool = False, allow_other_installation: bool = False) -> RestoreResult:
    """Put a backup in place in `data_dir` after checking it. The database and key file
    it replaces are kept in backups/before-restore-TIME/."""
    from clinic_desk.core.db.database import Database
    from clinic_desk.core.security.instance_lock import InstanceLock

    path = Path(path)
    if not path.is_file():
        raise InvalidInput("The backup {name} does not exist.", field="file", name=str(path))
    paths = DataPaths(Path(data_dir))
    zf, info, keys_bytes = _open_archive(path)
    keys_tmp = None
    with zf:
        paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = InstanceLock(paths.lock)
        lock.acquire()
        tmp_db = paths.root / f".restore-{secrets.token_hex(6)}.db"
        try:
            keys_tmp = paths.root / f".restore-{secrets.token_hex(6)}.json"
            atomic_write_bytes(keys_tmp, keys_bytes)
            try:
                keyfile = keystore.KeyFile.load(keys_tmp)
            except DamagedData:
                raise TamperedOrForeign(BAD, name=path.name) from None
            if info.get("install_id") != keyfile.install_id:
                raise TamperedOrForeign(BAD, name=path.name)
            if paths.keys.exists() and not allow_other_installation:
                try:
                    current = keystore.KeyFile.load(paths.keys).install_id
                except DamagedData:
                    current = None
                if current is not None and current != keyfile.install_id:
                    raise TamperedOrForeign(
                        "The backup {name} belongs to another installation; nothing was "
                        "restored (say so explicitly to restore it here).", name=path.name)
            key = _data_key(keyfile, username, secret, recovery)
            try:
                with zf.open(DB_NAME) as src, atomic_writer(tmp_db) as dst:
                    shutil.copyfileobj(src, dst, 1024 * 1024)
            except (zipfile.BadZipFile, OSError, EOFError):
                raise TamperedOrForeign(BAD, name=path.name) from None
            if _sha(tmp_db) != info.get("db_sha256"):
                raise TamperedOrForeign(BAD, name=path.name)
            entries = _check_copy(tmp_db, key, keyfile.install_id, path.name)
            safety = _safety_copy(paths)
            for stale in (Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
                stale.unlink(missing_ok=True)  # a stale WAL must never meet the restored file
            os.replace(tmp_db, paths.database)
            os.replace(keys_tmp, paths.keys)
            keys_tmp = None
            fsync_dir(paths.root)
            engine = make_engine(paths.database, key)
            try:
                from sqlalchemy import select

                from clinic_desk.core.db.models import LocalIdentity

                with engine.connect() as conn:
                    site_id = conn.execute(select(LocalIdentity.site_id)).scalar_one()
                db = Database(engine, site_id)
                with db.write(None) as s:
                    audit.record(s, "backup_restored", None, target=path.name,
                                 by=(username or "recovery code"), made=info.get("created_at"))
            finally:
                engine.dispose()
            return RestoreResult(paths.root, safety, str(info.get("created_at")), entries)
        finally:
            _cleanup(tmp_db)
            if keys_tmp is not None:
                keys_tmp.unlink(missing_ok=True)
            lock.release()


def _safety_copy(paths: DataPaths) -> Path | None:
    if not paths.database.exists() and not paths.keys.exists():
        return None
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    folder = paths.backups / f"before-restore-{stamp}"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for p in (paths.database, Path(f"{paths.database}-wal"), paths.keys):
        if p.exists():
            atomic_copy(p, folder / p.name)
    return folder


def read_info(path: Path) -> dict[str, Any]:
    """What a backup says about itself (after its structure is checked)."""
    zf, info, _ = _open_archive(Path(path))
    zf.close()
    return info


__all__ = ["backup_to", "restore", "thin", "last_backup_at", "days_since_backup",
           "read_info", "BackupResult", "RestoreResult"]
