"""A data folder: set it up, unlock it, recover a password.

Opening order: take the folder lock, read the key file, check the backoff, derive the
key from the password (Argon2id), prove it on the database, refuse a newer schema,
copy and migrate an older one, then log the user in (audited).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clinic_desk.core import settings, users
from clinic_desk.core.atomic import fsync_dir
from clinic_desk.core.db import migrate
from clinic_desk.core.db.database import Database
from clinic_desk.core.db.engine import damage_as_error, make_engine
from clinic_desk.core.db.models import LocalIdentity, Site
from clinic_desk.core.errors import (
    AlreadySetUp,
    DamagedData,
    NotSetUp,
    NotWritable,
    TooManyAttempts,
    WrongCredentials,
)
from clinic_desk.core.paths import DataPaths
from clinic_desk.core.security import audit, keystore, recovery
from clinic_desk.core.security.backoff import Backoff
from clinic_desk.core.security.instance_lock import InstanceLock
from clinic_desk.core.security.kdf import DEFAULT_KDF, KdfParams
from clinic_desk.core.security.passwords import clean_text, normalize_site_code
from clinic_desk.core.security.pepper import Pepper
from clinic_desk.core.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SetupResult:
    recovery_code: str
    keyring_used: bool
    site_id: str


class Installation:
    def __init__(self, data_dir: Path, kdf: KdfParams = DEFAULT_KDF,
                 now: Callable[[], float] = time.time) -> None:
        self.paths = DataPaths(Path(data_dir))
        self.kdf = kdf
        self.backoff = Backoff(self.paths.unlock_state, now)
        self.lock = InstanceLock(self.paths.lock)

    # -- state ---------------------------------------------------------------
    def state(self) -> str:
        """'new', 'ready', or 'incomplete' (one of database and key file is missing)."""
        db, keys = self.paths.database.exists(), self.paths.keys.exists()
        if db and keys:
            return "ready"
        if not db and not keys:
            return "new"
        return "incomplete"

    def require_ready(self) -> None:
        state = self.state()
        if state == "new":
            raise NotSetUp(
                "No Clinic Desk data in {folder}. Run the set-up first (clinic-desk init).",
                folder=str(self.paths.root),
            )
        if state == "incomplete":
            if not self.paths.keys.exists():
                raise DamagedData(
                    "The data folder {folder} has lost its key file (keys.json). Nothing was "
                    "changed; restore the data folder from the last backup.",
                    folder=str(self.paths.root),
                )
            raise DamagedData(
                "The data folder {folder} has lost its database. Nothing was changed; "
                "restore the data folder from the last backup.",
                folder=str(self.paths.root),
            )

    def _prepare_folder(self) -> None:
        try:
            self.paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            raise NotWritable(
                "The data folder {folder} cannot be created. Choose another folder.",
                folder=str(self.paths.root),
            ) from None
        if not os.access(self.paths.root, os.W_OK | os.X_OK):
            raise NotWritable(
                "The data folder {folder} cannot be written. Choose another folder or ask "
                "an administrator to give you access to it.",
                folder=str(self.paths.root),
            )

    # -- set-up --------------------------------------------------------------
    def initialize(self, site_code: str, site_name: str, admin_username: str,
                   admin_full_name: str, admin_password: str, language: str = "es") -> SetupResult:
        """Create the database, the first administrator and the recovery slot.

        Validates everything before writing; on any failure nothing is left behind."""
        code = normalize_site_code(site_code)
        name = clean_text(site_name, "site_name", "The site name is required.")
        settings.validate("language", language)
        self._prepare_folder()
        self.lock.acquire()
        try:
            if self.state() != "new":
                raise AlreadySetUp(
                    "The data folder {folder} already holds a Clinic Desk installation; it "
                    "was not changed.",
                    folder=str(self.paths.root),
                )
            return self._create(code, name, admin_username, admin_full_name, admin_password,
                                language)
        finally:
            self.lock.release()

    def _create(self, code: str, name: str, admin_username: str, admin_full_name: str,
                admin_password: str, language: str) -> SetupResult:
        data_key = secrets.token_bytes(32)
        install_id = str(uuid.uuid4())
        site_id = str(uuid.uuid4())
        tmp_db = self.paths.root / f".setup-{secrets.token_hex(4)}.db"
        engine = None
        try:
            engine = make_engine(tmp_db, data_key)
            migrate.upgrade(engine)
            with engine.begin() as conn:
                conn.execute(LocalIdentity.__table__.insert().values(
                    id=1, site_id=site_id, install_id=install_id))
            db = Database(engine, site_id)
            with db.write(None) as s:
                username, full, roles = users.validate_new(
                    s, admin_username, admin_full_name, admin_password, ["admin"])
                s.add(Site(id=site_id, code=code, name=name))
                settings.put_initial(s, "language", language)
                admin = users.create(s, username, full, roles)
                admin.language = language
                s.flush()
                actor = users.actor_for(admin)
                audit.record(s, "installed", actor, target=code)
                audit.record(s, "user_added", actor, target=username, roles=["admin"])
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
            engine = None

            pepper = Pepper(install_id).get_or_create()
            code_text = recovery.new_code()
            sid = keystore.slot_id(install_id, username)
            keyfile = keystore.KeyFile(
                self.paths.keys, install_id,
                {sid: keystore.make_slot(admin_password, data_key, install_id, sid, self.kdf,
                                         pepper)},
                keystore.make_slot(code_text, data_key, install_id, keystore.RECOVERY,
                                   self.kdf, None),
            )
            keyfile.save()
            os.replace(tmp_db, self.paths.database)
            fsync_dir(self.paths.root)
            log.info("installation created")
            return SetupResult(code_text, pepper is not None, site_id)
        except BaseException:
            if engine is not None:
                engine.dispose()
            for leftover in (tmp_db, Path(f"{tmp_db}-wal"), Path(f"{tmp_db}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            if not self.paths.database.exists():
                with contextlib.suppress(FileNotFoundError):
                    self.paths.keys.unlink()
            raise

    # -- unlock --------------------------------------------------------------
    def unlock(self, username: str, password: str) -> Workspace:
        """Open the database as this user. Keeps the folder lock until closed."""
        self.require_ready()
        self.lock.acquire()
        try:
            keyfile = keystore.KeyFile.load(self.paths.keys)
            typed = (username or "").strip().lower()
            sid = keystore.slot_id(keyfile.install_id, typed)
            self._check_backoff(sid)
            data_key = self._open_user_slot(keyfile, sid, password)
            with damage_as_error(self.paths.database):
                ws = Workspace.open(self, keyfile, data_key)
            try:
                with damage_as_error(self.paths.database):
                    ws.login(typed, sid, self.backoff.succeeded(sid))
            except WrongCredentials:
                ws.close()
                self.backoff.failed(sid)
                raise
            except BaseException:
                ws.close()
                raise
            return ws
        except BaseException:
            self.lock.release()
            raise

    def _check_backoff(self, key: str) -> None:
        wait = self.backoff.wait_seconds(key)
        if wait:
            raise TooManyAttempts(wait)

    def _open_user_slot(self, keyfile: keystore.KeyFile, sid: str, password: str) -> bytes:
        slot = keyfile.slots.get(sid)
        if slot is None or not password:
            keystore.dummy_derive(self.kdf)
            self.backoff.failed(sid)
            raise WrongCredentials(keystore.WRONG)
        try:
            return keystore.open_slot(slot, password, keyfile.install_id, sid,
                                      Pepper(keyfile.install_id))
        except WrongCredentials:
            self.backoff.failed(sid)
            raise

    # -- recovery ------------------------------------------------------------
    def recover(self, username: str, code: str, new_password: str) -> None:
        """Set a new password for `username` with the recovery code."""
        self.require_ready()
        self.lock.acquire()
        try:
            keyfile = keystore.KeyFile.load(self.paths.keys)
            self._check_backoff(keystore.RECOVERY)
            canonical = recovery.normalize(code)
            if canonical is None:
                self.backoff.failed(keystore.RECOVERY, "recovery")
                raise WrongCredentials("That recovery code is not valid.")
            try:
                data_key = keystore.open_slot(keyfile.recovery, canonical, keyfile.install_id,
                                              keystore.RECOVERY, Pepper(keyfile.install_id))
            except WrongCredentials:
                self.backoff.failed(keystore.RECOVERY, "recovery")
                raise WrongCredentials("That recovery code is not valid.") from None
            with damage_as_error(self.paths.database):
                ws = Workspace.open(self, keyfile, data_key)
            try:
                with damage_as_error(self.paths.database):
                    ws.recover_password(username, new_password,
                                        self.backoff.succeeded(keystore.RECOVERY))
            finally:
                ws.close(release_lock=False)
            self.backoff.succeeded(keystore.slot_id(keyfile.install_id, username.lower()))
        finally:
            self.lock.release()
