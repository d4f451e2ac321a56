"""The audit log as a table, newest first, read a page at a time."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Role
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.users_model import roles_text

_Index = QModelIndex | QPersistentModelIndex
TIME_FORMAT = "dd/MM/yyyy HH:mm"  # Peru's way, in both languages


# Every action the program records, in the order of the filter, with its words. A test
# (tests/ui/test_admin_audit_labels.py) fails when the core records an action not here.
_ACTION_WORDS = {
    # foundation: install, log in, lock, users, settings
    "installed": QT_TRANSLATE_NOOP("AuditLog", "Installed"),
    "login": QT_TRANSLATE_NOOP("AuditLog", "Logged in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditLog", "Failed login"),
    "login_backoff": QT_TRANSLATE_NOOP("AuditLog", "Too many wrong passwords: waiting"),
    "logout": QT_TRANSLATE_NOOP("AuditLog", "Logged out"),
    "locked": QT_TRANSLATE_NOOP("AuditLog", "Screen locked"),
    "unlock": QT_TRANSLATE_NOOP("AuditLog", "Screen unlocked"),
    "unlock_failed": QT_TRANSLATE_NOOP("AuditLog", "Failed unlock"),
    "quick_hide": QT_TRANSLATE_NOOP("AuditLog", "Quick hide"),
    "user_added": QT_TRANSLATE_NOOP("AuditLog", "User added"),
    "user_disabled": QT_TRANSLATE_NOOP("AuditLog", "User disabled"),
    "user_roles_changed": QT_TRANSLATE_NOOP("AuditLog", "Roles changed"),
    "password_changed": QT_TRANSLATE_NOOP("AuditLog", "Password changed"),
    "password_recovered": QT_TRANSLATE_NOOP("AuditLog", "Password set with the recovery code"),
    "recovery_failed": QT_TRANSLATE_NOOP("AuditLog", "Wrong recovery code"),
    "setting_changed": QT_TRANSLATE_NOOP("AuditLog", "Setting changed"),
    "verified": QT_TRANSLATE_NOOP("AuditLog", "Database checked"),
    # people
    "person_opened": QT_TRANSLATE_NOOP("AuditLog", "Person's file opened"),
    "person_merged": QT_TRANSLATE_NOOP("AuditLog", "Duplicate records merged"),
    "person_file_pdf": QT_TRANSLATE_NOOP("AuditLog", "Person's file saved as PDF"),
    "consent_recorded": QT_TRANSLATE_NOOP("AuditLog", "Consent recorded"),
    "consent_override": QT_TRANSLATE_NOOP("AuditLog", "Shared without her consent (exception)"),
    "never_contact_flagged": QT_TRANSLATE_NOOP("AuditLog", "Marked as never to be contacted"),
    "never_contact_cleared": QT_TRANSLATE_NOOP("AuditLog", "“Never contact” mark removed"),
    # sessions
    "note_read": QT_TRANSLATE_NOOP("AuditLog", "Session note read"),
    "session_created": QT_TRANSLATE_NOOP("AuditLog", "Session note started"),
    "session_signed": QT_TRANSLATE_NOOP("AuditLog", "Session note signed"),
    "session_discarded": QT_TRANSLATE_NOOP("AuditLog", "Draft note discarded"),
    "addendum_added": QT_TRANSLATE_NOOP("AuditLog", "Addendum added to a note"),
    "note_restricted": QT_TRANSLATE_NOOP("AuditLog", "Note restricted"),
    "note_unrestricted": QT_TRANSLATE_NOOP("AuditLog", "Note restriction lifted"),
    "appointment_booked": QT_TRANSLATE_NOOP("AuditLog", "Appointment booked"),
    "group_created": QT_TRANSLATE_NOOP("AuditLog", "Group created"),
    "community_activity_recorded": QT_TRANSLATE_NOOP("AuditLog", "Community activity recorded"),
    "note_template_saved": QT_TRANSLATE_NOOP("AuditLog", "Note template saved"),
    "intervention_saved": QT_TRANSLATE_NOOP("AuditLog", "Intervention saved"),
    "session_summary_pdf": QT_TRANSLATE_NOOP("AuditLog", "Session summary saved as PDF"),
    # shelter
    "shelter_room_added": QT_TRANSLATE_NOOP("AuditLog", "Room added"),
    "shelter_room_retired": QT_TRANSLATE_NOOP("AuditLog", "Room removed"),
    "shelter_bed_added": QT_TRANSLATE_NOOP("AuditLog", "Bed added"),
    "shelter_bed_retired": QT_TRANSLATE_NOOP("AuditLog", "Bed removed"),
    "shelter_bed_out_of_service": QT_TRANSLATE_NOOP("AuditLog", "Bed out of service"),
    "shelter_bed_in_service": QT_TRANSLATE_NOOP("AuditLog", "Bed back in service"),
    "shelter_waitlisted": QT_TRANSLATE_NOOP("AuditLog", "Put on the waiting list"),
    "shelter_waitlist_withdrawn": QT_TRANSLATE_NOOP("AuditLog", "Taken off the waiting list"),
    "shelter_bed_held": QT_TRANSLATE_NOOP("AuditLog", "Bed held"),
    "shelter_hold_cancelled": QT_TRANSLATE_NOOP("AuditLog", "Bed hold cancelled"),
    "shelter_admitted": QT_TRANSLATE_NOOP("AuditLog", "Admitted to the shelter"),
    "shelter_transferred": QT_TRANSLATE_NOOP("AuditLog", "Moved to another bed"),
    "shelter_discharged": QT_TRANSLATE_NOOP("AuditLog", "Left the shelter"),
    # medicine kits
    "catalogue_loaded": QT_TRANSLATE_NOOP("AuditLog", "Starter medicine catalogue loaded"),
    "catalogue_item_added": QT_TRANSLATE_NOOP("AuditLog", "Medicine added to the catalogue"),
    "catalogue_item_changed": QT_TRANSLATE_NOOP("AuditLog", "Medicine changed in the catalogue"),
    "batch_recalled": QT_TRANSLATE_NOOP("AuditLog", "Lot recalled"),
    "batch_status_changed": QT_TRANSLATE_NOOP("AuditLog", "Lot status changed"),
    "stock_entry_reversed": QT_TRANSLATE_NOOP("AuditLog", "Stock movement reversed"),
    "stocktake_posted": QT_TRANSLATE_NOOP("AuditLog", "Stocktake posted"),
    "stock_location_added": QT_TRANSLATE_NOOP("AuditLog", "Store or botiquín added"),
    "stock_location_changed": QT_TRANSLATE_NOOP("AuditLog", "Store or botiquín changed"),
    "stock_location_assigned": QT_TRANSLATE_NOOP("AuditLog", "User assigned to a botiquín"),
    "stock_location_unassigned": QT_TRANSLATE_NOOP("AuditLog", "User removed from a botiquín"),
    # exchange, backups and keys
    "bundle_exported": QT_TRANSLATE_NOOP("AuditLog", "Data bundle exported"),
    "bundle_imported": QT_TRANSLATE_NOOP("AuditLog", "Data bundle imported"),
    "bundle_kept": QT_TRANSLATE_NOOP("AuditLog", "Data bundle kept until the earlier one arrives"),
    "bundle_kept_dropped": QT_TRANSLATE_NOOP(
        "AuditLog", "Kept data bundle dropped: its copy was missing or damaged"),
    "site_key_trusted": QT_TRANSLATE_NOOP("AuditLog", "Site key trusted"),
    "site_key_written": QT_TRANSLATE_NOOP("AuditLog", "Site key file saved"),
    "statistics_written": QT_TRANSLATE_NOOP("AuditLog", "Statistics file written"),
    "backup_made": QT_TRANSLATE_NOOP("AuditLog", "Backup made"),
    "backup_restored": QT_TRANSLATE_NOOP("AuditLog", "Backup restored"),
    "central_keys_created": QT_TRANSLATE_NOOP("AuditLog", "Central office keys created"),
    "central_key_written": QT_TRANSLATE_NOOP("AuditLog", "Central office key saved"),
    "central_key_imported": QT_TRANSLATE_NOOP("AuditLog", "Central office key imported"),
}
KNOWN_ACTIONS = tuple(_ACTION_WORDS)


def action_label(action: str) -> str:
    """Human words for an action; an action this version does not know is shown raw."""
    words = _ACTION_WORDS.get(action)
    return QCoreApplication.translate("AuditLog", words) if words else action


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
    if action == "locked" and set(data) == {"reason"}:
        return {
            "manual": QCoreApplication.translate("AuditLog", "Locked by hand"),
            "idle": QCoreApplication.translate("AuditLog", "Locked after a while without use"),
        }.get(str(data["reason"]), _value(data["reason"]))
    if action in ("batch_recalled", "batch_status_changed") and {"old", "new"} <= set(data):
        status = _code_words(action, "new")
        rest = {k: v for k, v in data.items() if k not in ("old", "new")}
        change = QCoreApplication.translate("AuditLog", "{old} → {new}").format(
            old=status(data["old"]), new=status(data["new"]))
        return "; ".join([change, *_fields(action, rest)])
    return "; ".join(_fields(action, data))


# Words for the detail fields the core records; a field not here is shown as recorded.
_FIELD_WORDS = {
    "active": QT_TRANSLATE_NOOP("AuditLog", "Active"),
    "added": QT_TRANSLATE_NOOP("AuditLog", "Added"),
    "adjustments": QT_TRANSLATE_NOOP("AuditLog", "Adjustments"),
    "allowed_by": QT_TRANSLATE_NOOP("AuditLog", "Allowed by"),
    "bed": QT_TRANSLATE_NOOP("AuditLog", "Bed"),
    "beds": QT_TRANSLATE_NOOP("AuditLog", "Beds"),
    "by": QT_TRANSLATE_NOOP("AuditLog", "By"),
    "conflicts": QT_TRANSLATE_NOOP("AuditLog", "Conflicts"),
    "database": QT_TRANSLATE_NOOP("AuditLog", "Database"),
    "entry": QT_TRANSLATE_NOOP("AuditLog", "Movement"),
    "fields": QT_TRANSLATE_NOOP("AuditLog", "Fields"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditLog", "Fingerprint"),
    "folder": QT_TRANSLATE_NOOP("AuditLog", "Folder"),
    "from_bed": QT_TRANSLATE_NOOP("AuditLog", "From bed"),
    "from_on": QT_TRANSLATE_NOOP("AuditLog", "From"),
    "from_seq": QT_TRANSLATE_NOOP("AuditLog", "After change"),
    "full": QT_TRANSLATE_NOOP("AuditLog", "Full export"),
    "granted": QT_TRANSLATE_NOOP("AuditLog", "Given"),
    "how": QT_TRANSLATE_NOOP("AuditLog", "How"),
    "identified": QT_TRANSLATE_NOOP("AuditLog", "People with name"),
    "identity_written": QT_TRANSLATE_NOOP("AuditLog", "Private key saved"),
    "institution": QT_TRANSLATE_NOOP("AuditLog", "Institution"),
    "institutions": QT_TRANSLATE_NOOP("AuditLog", "Institutions"),
    "kind": QT_TRANSLATE_NOOP("AuditLog", "Kind"),
    "lines": QT_TRANSLATE_NOOP("AuditLog", "Lines"),
    "location": QT_TRANSLATE_NOOP("AuditLog", "Botiquín"),
    "locations": QT_TRANSLATE_NOOP("AuditLog", "Held at"),
    "made": QT_TRANSLATE_NOOP("AuditLog", "Made on"),
    "merged": QT_TRANSLATE_NOOP("AuditLog", "Record merged in"),
    "moved": QT_TRANSLATE_NOOP("AuditLog", "Records moved"),
    "name": QT_TRANSLATE_NOOP("AuditLog", "Name"),
    "new": QT_TRANSLATE_NOOP("AuditLog", "New"),
    "night": QT_TRANSLATE_NOOP("AuditLog", "Night"),
    "old": QT_TRANSLATE_NOOP("AuditLog", "Before"),
    "on": QT_TRANSLATE_NOOP("AuditLog", "On"),
    "pages": QT_TRANSLATE_NOOP("AuditLog", "Pages"),
    "people": QT_TRANSLATE_NOOP("AuditLog", "People"),
    "pseudonymised": QT_TRANSLATE_NOOP("AuditLog", "People without name"),
    "purpose": QT_TRANSLATE_NOOP("AuditLog", "Purpose"),
    "reason": QT_TRANSLATE_NOOP("AuditLog", "Reason"),
    "redacted": QT_TRANSLATE_NOOP("AuditLog", "People whose identity was removed"),
    "recount": QT_TRANSLATE_NOOP("AuditLog", "To count again"),
    "referral_source": QT_TRANSLATE_NOOP("AuditLog", "Referred by"),
    "replaced": QT_TRANSLATE_NOOP("AuditLog", "Replaced the earlier key"),
    "room": QT_TRANSLATE_NOOP("AuditLog", "Room"),
    "rows": QT_TRANSLATE_NOOP("AuditLog", "Records"),
    "sessions": QT_TRANSLATE_NOOP("AuditLog", "Sessions"),
    "site": QT_TRANSLATE_NOOP("AuditLog", "Site"),
    "stocktake": QT_TRANSLATE_NOOP("AuditLog", "Count sheet"),
    "to_bed": QT_TRANSLATE_NOOP("AuditLog", "To bed"),
    "to_seq": QT_TRANSLATE_NOOP("AuditLog", "Up to change"),
    "total": QT_TRANSLATE_NOOP("AuditLog", "Total"),
    "unchanged": QT_TRANSLATE_NOOP("AuditLog", "Unchanged"),
    "until": QT_TRANSLATE_NOOP("AuditLog", "Until"),
    "updated": QT_TRANSLATE_NOOP("AuditLog", "Updated"),
}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def _simple_words(table: dict[str, str]) -> Callable[[object], str]:
    return lambda v: (QCoreApplication.translate("AuditLog", table[v])
                      if isinstance(v, str) and v in table else _value(v))


_PURPOSES = {
    "institution": QT_TRANSLATE_NOOP("AuditLog", "To an institution"),
    "central": QT_TRANSLATE_NOOP("AuditLog", "To the central office"),
    "statistics": QT_TRANSLATE_NOOP("AuditLog", "Statistics"),
    "own": QT_TRANSLATE_NOOP("AuditLog", "Her own copy"),
}
_SIMPLE = {
    "purpose": _PURPOSES,
    "allowed_by": {"consent": QT_TRANSLATE_NOOP("AuditLog", "her consent"),
                   "override": QT_TRANSLATE_NOOP("AuditLog", "an exception")},
    "folder": {"backups": QT_TRANSLATE_NOOP("AuditLog", "backup folder"),
               "external": QT_TRANSLATE_NOOP("AuditLog", "another folder or USB stick")},
    "database": {"local": QT_TRANSLATE_NOOP("AuditLog", "this computer"),
                 "postgresql": QT_TRANSLATE_NOOP("AuditLog", "central database")},
    "by": {"recovery code": QT_TRANSLATE_NOOP("AuditLog", "recovery code")},
    "how": {"file": QT_TRANSLATE_NOOP("AuditLog", "from the site's key file"),
            "first_import": QT_TRANSLATE_NOOP("AuditLog", "on its first import")},
}


def _code_words(action: str, key: str) -> Callable[[object], str]:
    """How to say a code-valued field of `action` (the section's own words)."""
    if key in _SIMPLE:
        return _simple_words(_SIMPLE[key])
    if action.startswith("shelter_") and key in ("kind", "reason", "referral_source"):
        from clinic_desk.ui.shelter import common as shelter

        fn = {"kind": shelter.kind_label, "reason": shelter.reason_label,
              "referral_source": shelter.referral_label}[key]
        return lambda v: fn(v) if isinstance(v, str) else _value(v)
    if action in ("batch_recalled", "batch_status_changed") and key in ("old", "new"):
        from clinic_desk.ui.inventory.common import status_label

        return lambda v: status_label(v) if isinstance(v, str) else _value(v)
    if action == "stock_entry_reversed" and key == "kind":
        from clinic_desk.ui.inventory.common import kind_label

        return lambda v: kind_label(v) if isinstance(v, str) else _value(v)
    if action == "stock_location_added" and key == "kind":
        return _simple_words({"central": QT_TRANSLATE_NOOP("AuditLog", "central store"),
                              "botiquin": QT_TRANSLATE_NOOP("AuditLog", "botiquín")})
    if action == "session_created" and key == "kind":
        from clinic_desk.ui.sessions.common import texts

        return lambda v: texts().kind(v) if isinstance(v, str) else _value(v)
    if action == "consent_recorded" and key == "kind":
        from clinic_desk.ui.people.common import CONSENT_KINDS, word

        return lambda v: word(CONSENT_KINDS, v) if isinstance(v, str) else _value(v)
    return _plain


def _plain(value: object) -> str:
    if isinstance(value, str):
        m = _ISO_DATE.match(value)
        if m:
            day = f"{m[3]}/{m[2]}/{m[1]}"
            return f"{day} {m[4]}:{m[5]}" if m[4] else day
    return _value(value)


def _fields(action: str, data: dict[str, object]) -> list[str]:
    """'Field: value' for each detail, in words where the program knows them."""
    out = []
    for key, value in sorted(data.items()):
        words = _FIELD_WORDS.get(key)
        label = QCoreApplication.translate("AuditLog", words) if words else key
        out.append(QCoreApplication.translate("AuditLog", "{field}: {value}").format(
            field=label, value=_code_words(action, key)(value)))
    return out


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
            present = audit.actions_present(s, self.workspace.actor)
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
