"""An unlocked data folder: the database, the key file with the data key in memory,
and the user who opened it. User and password changes live here because they touch
both the database and the key slots."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from clinic_desk.core import settings, users
from clinic_desk.core.db import migrate
from clinic_desk.core.db.database import Database
from clinic_desk.core.db.engine import make_engine
from clinic_desk.core.db.models import LocalIdentity, Site
from clinic_desk.core.errors import (
    DamagedData,
    InvalidInput,
    TooManyAttempts,
    WrongCredentials,
)
from clinic_desk.core.security import audit, keystore
from clinic_desk.core.security.backoff import delay_after
from clinic_desk.core.security.passwords import check_password
from clinic_desk.core.security.pepper import KeyringStatus, Pepper
from clinic_desk.core.security.roles import Actor, Perm, Role, require

if TYPE_CHECKING:
    from clinic_desk.core.installation import Installation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerifyReport:
    cipher_errors: list[str]
    integrity_errors: list[str]
    chain: audit.ChainReport

    @property
    def ok(self) -> bool:
        return not self.cipher_errors and not self.integrity_errors and self.chain.ok


@dataclass(frozen=True)
class SiteInfo:
    id: str
    code: str
    name: str


class Workspace:
    def __init__(self, installation: Installation, keyfile: keystore.KeyFile, data_key: bytes,
                 db: Database, upgrade_copy: object) -> None:
        self.installation = installation
        self.keyfile = keyfile
        self._data_key = data_key
        self.db = db
        self.upgrade_copy = upgrade_copy
        self.actor: Actor | None = None
        self.site = self._load_site()

    @classmethod
    def open(cls, installation: Installation, keyfile: keystore.KeyFile,
             data_key: bytes) -> Workspace:
        paths = installation.paths
        engine = make_engine(paths.database, data_key)
        try:
            copy = migrate.migrate_on_open(engine, paths.database, paths.backups)
            with engine.connect() as conn:
                ident = conn.execute(
                    select(LocalIdentity.site_id, LocalIdentity.install_id)
                ).first()
            if ident is None or ident.install_id != keyfile.install_id:
                raise DamagedData(
                    "The key file and the database belong to different installations. "
                    "Nothing was changed; restore the data folder from one backup."
                )
            return cls(installation, keyfile, data_key, Database(engine, ident.site_id), copy)
        except BaseException:
            engine.dispose()
            raise

    def _load_site(self) -> SiteInfo:
        with self.db.read() as s:
            site = s.get(Site, self.db.site_id)
            assert site is not None
            return SiteInfo(site.id, site.code, site.name)

    # -- login and audit of failures ------------------------------------------
    def _flush_failures(self, s: object, events: list[dict[str, object]]) -> None:
        by_sid = {
            keystore.slot_id(self.keyfile.install_id, u.username): u.username
            for u in s.scalars(select(users.User))  # type: ignore[attr-defined]
        }
        for ev in events:
            who = by_sid.get(str(ev.get("who")))
            at = dt.datetime.fromtimestamp(float(ev.get("at", 0)), dt.UTC)
            kind = "recovery_failed" if ev.get("kind") == "recovery" else "login_failed"
            audit.record(s, kind, None, target=who or "(unknown user)", at=at)  # type: ignore[arg-type]
            if int(ev.get("backoff", 0)):
                audit.record(s, "login_backoff", None, target=who or "(unknown user)", at=at,  # type: ignore[arg-type]
                             wait_seconds=int(ev["backoff"]))

    def login(self, username: str, sid: str, pending: list[dict[str, object]]) -> Actor:
        with self.db.write(None) as s:
            self._flush_failures(s, pending)
            user = users.find(s, username)
            if user is None or not user.active or user.deleted:
                audit.record(s, "login_failed", None, target=username or "(empty)")
                raise WrongCredentials(keystore.WRONG)
            self.actor = users.actor_for(user)
            audit.record(s, "login", self.actor)
        log.info("user logged in")
        return self.actor

    def recover_password(self, username: str, new_password: str,
                         pending: list[dict[str, object]]) -> None:
        with self.db.write(None) as s:
            self._flush_failures(s, pending)
            user = users.find(s, username)
            if user is None or not user.active or user.deleted:
                raise InvalidInput(
                    "There is no active user called {name}.", field="username", name=username
                )
            check_password(new_password, user.username)
            self._set_slot(user.username, new_password)
            audit.record(s, "password_recovered", users.actor_for(user), target=user.username)
            self.keyfile.save()

    # -- key slots -------------------------------------------------------------
    def _pepper(self) -> bytes | None:
        return Pepper(self.keyfile.install_id).get_or_create()

    def _set_slot(self, username: str, password: str) -> None:
        sid = keystore.slot_id(self.keyfile.install_id, username)
        self.keyfile.slots[sid] = keystore.make_slot(
            password, self._data_key, self.keyfile.install_id, sid, self.installation.kdf,
            self._pepper())

    def _require_actor(self) -> Actor:
        if self.actor is None:
            raise WrongCredentials("Log in first.")
        return self.actor

    # -- users -----------------------------------------------------------------
    def add_user(self, username: str, full_name: str, roles: Iterable[Role | str],
                 password: str) -> users.UserInfo:
        actor = require(self._require_actor(), Perm.MANAGE_USERS)
        with self.db.write(actor.user_id) as s:
            name, full, parsed = users.validate_new(s, username, full_name, password, roles)
            user = users.create(s, name, full, parsed)
            audit.record(s, "user_added", actor, target=name, roles=sorted(parsed))
            self._set_slot(name, password)
            self.keyfile.save()  # inside the transaction: a failed save rolls the user back
            return users.info(user)

    def change_password(self, username: str, new_password: str,
                        current_password: str | None = None) -> None:
        """A user changes her own (with the current password); an admin anyone's."""
        actor = self._require_actor()
        name = username.strip().lower()
        if name == actor.username and current_password is not None:
            self.check_own_password(current_password, audit_as=None)
        else:
            require(actor, Perm.MANAGE_USERS)
        with self.db.write(actor.user_id) as s:
            user = users.find(s, name)
            if user is None or user.deleted:
                raise InvalidInput("There is no user called {name}.", field="username", name=name)
            check_password(new_password, user.username)
            reactivated = not user.active
            user.active = True
            self._set_slot(user.username, new_password)
            audit.record(s, "password_changed", actor, target=user.username,
                         reactivated=reactivated)
            self.keyfile.save()

    def disable_user(self, username: str) -> None:
        actor = require(self._require_actor(), Perm.MANAGE_USERS)
        name = username.strip().lower()
        with self.db.write(actor.user_id) as s:
            user = users.find(s, name)
            if user is None or user.deleted:
                raise InvalidInput("There is no user called {name}.", field="username", name=name)
            if user.id == actor.user_id:
                raise InvalidInput("You cannot disable your own account.", field="username")
            if not user.active:
                raise InvalidInput(
                    "The user {name} is already disabled.", field="username", name=name
                )
            if Role.ADMIN.value in user.role_names:
                users.keep_an_admin(s, user)
            user.active = False
            self.keyfile.slots.pop(keystore.slot_id(self.keyfile.install_id, name), None)
            audit.record(s, "user_disabled", actor, target=name)
            self.keyfile.save()

    def list_users(self) -> list[users.UserInfo]:
        with self.db.read() as s:
            return users.list_users(s, self._require_actor())

    def set_roles(self, username: str, roles: Iterable[Role | str]) -> None:
        actor = self._require_actor()
        with self.db.write(actor.user_id) as s:
            users.set_roles(s, actor, username, roles)

    # -- lock screen -----------------------------------------------------------
    def check_own_password(self, password: str, audit_as: str | None = "unlock") -> None:
        """Prove the logged-in user's password (lock screen). Backoff applies."""
        actor = self._require_actor()
        sid = keystore.slot_id(self.keyfile.install_id, actor.username)
        backoff = self.installation.backoff
        wait = backoff.wait_seconds(sid)
        if wait:
            raise TooManyAttempts(wait)
        slot = self.keyfile.slots.get(sid)
        try:
            if slot is None or not password:
                raise WrongCredentials(keystore.WRONG)
            keystore.open_slot(slot, password, self.keyfile.install_id, sid,
                               Pepper(self.keyfile.install_id))
        except WrongCredentials:
            count = backoff.failed(sid)
            backoff.drop_events()  # the failure is audited right here, in the open database
            with self.db.write(actor.user_id) as s:
                audit.record(s, "unlock_failed", actor, attempts=count)
                if delay_after(count):
                    audit.record(s, "login_backoff", actor, wait_seconds=delay_after(count))
            raise
        backoff.succeeded(sid)
        if audit_as:
            self.record(audit_as)

    def record(self, action: str, target: str | None = None, **detail: object) -> None:
        """Append an audit entry as the current user (lock, unlock, quick-hide…)."""
        actor = self._require_actor()
        with self.db.write(actor.user_id) as s:
            audit.record(s, action, actor, target=target, **detail)

    # -- status ----------------------------------------------------------------
    def keyring_status(self) -> KeyringStatus:
        return Pepper.status()

    def slots_use_keyring(self) -> bool:
        return any(slot.pepper for slot in self.keyfile.slots.values())

    def setting(self, key: str) -> object:
        with self.db.read() as s:
            return settings.get(s, key)

    def set_setting(self, key: str, value: object) -> None:
        actor = self._require_actor()
        with self.db.write(actor.user_id) as s:
            settings.put(s, actor, key, value)

    def verify(self) -> VerifyReport:
        """SQLCipher page check, SQLite integrity check and the audit chain."""
        actor = self._require_actor()
        require(actor, Perm.VERIFY)
        with self.db.engine.connect() as conn:
            cipher = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            try:
                integrity = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            except DBAPIError as exc:
                integrity = [type(exc.orig).__name__]
        integrity = [] if integrity == ["ok"] else integrity
        try:
            with self.db.read() as s:
                chain = audit.verify_chain(s, detail_required_for=self.site.id)
        except DBAPIError:
            chain = audit.ChainReport(0, 0, None, "the audit log cannot be read")
        if cipher or integrity or not chain.ok:
            return VerifyReport(cipher, integrity, chain)  # do not write to a damaged file
        with self.db.write(actor.user_id) as s:
            audit.record(s, "verified", actor, ok=not cipher and not integrity and chain.ok)
        return VerifyReport(cipher, integrity, chain)

    def close(self, release_lock: bool = True) -> None:
        if self.actor is not None:
            try:
                self.record("logout")
            except Exception:  # noqa: BLE001 - closing must always finish
                log.warning("could not record logout")
        self.db.dispose()
        self._data_key = b""
        self.actor = None
        if release_lock:
            self.installation.lock.release()
