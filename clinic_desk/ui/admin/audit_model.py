"""The audit log as a table, newest first, read a page at a time."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from sqlalchemy import select

from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Perm, Role, require
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.users_model import roles_text

_Index = QModelIndex | QPersistentModelIndex
TIME_FORMAT = "dd/MM/yyyy HH:mm"  # Peru's way, in both languages


KNOWN_ACTIONS = (
    "installed",
    "login",
    "login_failed",
    "login_backoff",
    "logout",
    "locked",
    "unlock",
    "unlock_failed",
    "quick_hide",
    "user_added",
    "user_disabled",
    "user_roles_changed",
    "password_changed",
    "password_recovered",
    "recovery_failed",
    "setting_changed",
    "verified",
)


def action_label(action: str) -> str:
    """Human words for an action; an action this version does not know is shown raw."""
    labels = {
        "installed": QCoreApplication.translate("AuditLog", "Installed"),
        "login": QCoreApplication.translate("AuditLog", "Logged in"),
        "login_failed": QCoreApplication.translate("AuditLog", "Failed login"),
        "login_backoff": QCoreApplication.translate(
            "AuditLog", "Too many wrong passwords: waiting"
        ),
        "logout": QCoreApplication.translate("AuditLog", "Logged out"),
        "locked": QCoreApplication.translate("AuditLog", "Screen locked"),
        "unlock": QCoreApplication.translate("AuditLog", "Screen unlocked"),
        "unlock_failed": QCoreApplication.translate("AuditLog", "Failed unlock"),
        "quick_hide": QCoreApplication.translate("AuditLog", "Quick hide"),
        "user_added": QCoreApplication.translate("AuditLog", "User added"),
        "user_disabled": QCoreApplication.translate("AuditLog", "User disabled"),
        "user_roles_changed": QCoreApplication.translate("AuditLog", "Roles changed"),
        "password_changed": QCoreApplication.translate("AuditLog", "Password changed"),
        "password_recovered": QCoreApplication.translate(
            "AuditLog", "Password set with the recovery code"
        ),
        "recovery_failed": QCoreApplication.translate("AuditLog", "Wrong recovery code"),
        "setting_changed": QCoreApplication.translate("AuditLog", "Setting changed"),
        "verified": QCoreApplication.translate("AuditLog", "Database checked"),
    }
    return labels.get(action, action)


def setting_label(key: str) -> str:
    labels = {
        "language": QCoreApplication.translate("AuditLog", "Language"),
        "autolock_minutes": QCoreApplication.translate("AuditLog", "Auto-lock (minutes)"),
        "backup_reminder_days": QCoreApplication.translate("AuditLog", "Backup reminder (days)"),
    }
    return labels.get(key, key)


def target_text(action: str, target: str | None) -> str:
    if target is None:
        return ""
    if action == "setting_changed":
        return setting_label(target)
    return {
        "(unknown user)": QCoreApplication.translate("AuditLog", "(unknown user)"),
        "(empty)": QCoreApplication.translate("AuditLog", "(empty)"),
    }.get(target, target)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditLog", "yes")
            if value
            else QCoreApplication.translate("AuditLog", "no")
        )
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    return "" if value is None else str(value)


def _roles(names: object) -> str:
    try:
        return roles_text(frozenset(Role(n) for n in names))  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return _value(names)


def detail_text(action: str, detail: str) -> str:
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return detail
    if not isinstance(data, dict) or not data:
        return "" if isinstance(data, dict) else str(data)
    if action == "user_added" and set(data) == {"roles"}:
        return QCoreApplication.translate("AuditLog", "Roles: {roles}").format(
            roles=_roles(data["roles"])
        )
    if action == "user_roles_changed" and set(data) == {"before", "after"}:
        return QCoreApplication.translate("AuditLog", "{before} → {after}").format(
            before=_roles(data["before"]) or "—", after=_roles(data["after"])
        )
    if action == "setting_changed" and set(data) == {"old", "new"}:
        return QCoreApplication.translate("AuditLog", "{old} → {new}").format(
            old=_value(data["old"]), new=_value(data["new"])
        )
    if action == "login_backoff" and set(data) == {"wait_seconds"}:
        return QCoreApplication.translate("AuditLog", "Next try allowed after {seconds} s").format(
            seconds=data["wait_seconds"]
        )
    if action == "unlock_failed" and set(data) == {"attempts"}:
        return QCoreApplication.translate("AuditLog", "Wrong passwords in a row: {count}").format(
            count=data["attempts"]
        )
    if action == "verified" and set(data) == {"ok"}:
        return (
            QCoreApplication.translate("AuditLog", "Everything in order")
            if data["ok"]
            else QCoreApplication.translate("AuditLog", "Problems found")
        )
    if action == "password_changed" and set(data) == {"reactivated"}:
        return (
            QCoreApplication.translate("AuditLog", "Account enabled again")
            if data["reactivated"]
            else ""
        )
    return "; ".join(f"{k}: {_value(v)}" for k, v in sorted(data.items()))


@dataclass(frozen=True)
class AuditRow:
    site: str
    seq: int
    at: dt.datetime
    actor: str | None
    action: str
    target: str | None
    detail: str


def locale_for(language: object) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale("es_PE")


def format_time(at: dt.datetime, locale: QLocale) -> str:
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))  # this PC's time zone
    return locale.toString(local, TIME_FORMAT)


class AuditModel(QAbstractTableModel):
    TIME, USER, ACTION, TARGET, DETAILS = range(5)
    PAGE = 200

    def __init__(self, workspace: Workspace, parent: object = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.action: str | None = None
        self._rows: list[AuditRow] = []
        self._more = False
        self.locale = locale_for(self._language())

    def _language(self) -> object:
        try:
            return self.workspace.setting("language")
        except Exception:  # noqa: BLE001 - a display preference only
            return "es"

    def _page(self, offset: int) -> list[AuditRow]:
        with self.workspace.db.read() as s:
            entries = audit.list_entries(
                s,
                self.workspace.actor,
                limit=self.PAGE,  # type: ignore[arg-type]
                offset=offset,
                action=self.action,
            )
            return [
                AuditRow(e.origin_site, e.seq, e.at, e.actor_name, e.action, e.target, e.detail)
                for e in entries
            ]

    def actions_present(self) -> list[str]:
        """Every action in the log, known ones first, for the filter."""
        with self.workspace.db.read() as s:
            require(self.workspace.actor, Perm.VIEW_AUDIT)
            present = set(s.scalars(select(AuditEntry.action).distinct()))
        return [a for a in KNOWN_ACTIONS if a in present] + sorted(present - set(KNOWN_ACTIONS))

    def set_action_filter(self, action: str | None) -> None:
        self.action = action or None
        self.reload()

    def reload(self) -> None:
        self.locale = locale_for(self._language())
        rows = self._page(0)
        self.beginResetModel()
        self._rows = rows
        self._more = len(rows) == self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more:
            return
        rows = self._page(len(self._rows))
        self._more = len(rows) == self.PAGE
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Target"),
            self.tr("Details"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.row(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.TIME:
                return format_time(r.at, self.locale)
            if col == self.USER:
                return r.actor or self.tr("(system)")
            if col == self.ACTION:
                return action_label(r.action)
            if col == self.TARGET:
                return target_text(r.action, r.target)
            text = detail_text(r.action, r.detail)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{details}\nEntry {seq}").format(details=text, seq=r.seq)
            return text
        if role == Qt.ItemDataRole.UserRole:
            return r.action
        return None
