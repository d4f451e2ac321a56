"""Shared bits of the Intercambio section: plain names of record kinds, dates, sizes,
a panel style, file dialogs that remember the last folder (inside the database)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QFrame, QLabel, QTableWidget, QWidget

from clinic_desk.core.exchange.export import read_state, write_state
from clinic_desk.core.workspace import Workspace

TABLES_CONTEXT = "ExchangeTables"
LAST_FOLDER_KEY = "ui.last_folder"

TABLE_NAMES = {
    "people": QT_TRANSLATE_NOOP("ExchangeTables", "People"),
    "households": QT_TRANSLATE_NOOP("ExchangeTables", "Households"),
    "household_members": QT_TRANSLATE_NOOP("ExchangeTables", "Household members"),
    "consents": QT_TRANSLATE_NOOP("ExchangeTables", "Consents"),
    "emergency_contacts": QT_TRANSLATE_NOOP("ExchangeTables", "Emergency contacts"),
    "risk_assessments": QT_TRANSLATE_NOOP("ExchangeTables", "Risk assessments"),
    "safety_plans": QT_TRANSLATE_NOOP("ExchangeTables", "Safety plans"),
    "referrals": QT_TRANSLATE_NOOP("ExchangeTables", "Referrals"),
    "services_given": QT_TRANSLATE_NOOP("ExchangeTables", "Services given"),
    "substance_screenings": QT_TRANSLATE_NOOP("ExchangeTables", "Screenings"),
    "person_merges": QT_TRANSLATE_NOOP("ExchangeTables", "Merged records"),
    "ses_sessions": QT_TRANSLATE_NOOP("ExchangeTables", "Sessions"),
    "ses_attendance": QT_TRANSLATE_NOOP("ExchangeTables", "Session attendance"),
    "ses_counsellors": QT_TRANSLATE_NOOP("ExchangeTables", "Session counsellors"),
    "ses_addenda": QT_TRANSLATE_NOOP("ExchangeTables", "Note addenda"),
    "ses_appointments": QT_TRANSLATE_NOOP("ExchangeTables", "Appointments"),
    "ses_tasks": QT_TRANSLATE_NOOP("ExchangeTables", "Follow-up tasks"),
    "ses_groups": QT_TRANSLATE_NOOP("ExchangeTables", "Groups"),
    "ses_group_members": QT_TRANSLATE_NOOP("ExchangeTables", "Group members"),
    "ses_community": QT_TRANSLATE_NOOP("ExchangeTables", "Community activities"),
    "ses_templates": QT_TRANSLATE_NOOP("ExchangeTables", "Note templates"),
    "ses_interventions": QT_TRANSLATE_NOOP("ExchangeTables", "Intervention types"),
    "shelter_rooms": QT_TRANSLATE_NOOP("ExchangeTables", "Shelter rooms"),
    "shelter_beds": QT_TRANSLATE_NOOP("ExchangeTables", "Beds"),
    "shelter_stays": QT_TRANSLATE_NOOP("ExchangeTables", "Shelter stays"),
    "shelter_bed_assignments": QT_TRANSLATE_NOOP("ExchangeTables", "Bed assignments"),
    "shelter_bed_outages": QT_TRANSLATE_NOOP("ExchangeTables", "Beds out of service"),
    "shelter_holds": QT_TRANSLATE_NOOP("ExchangeTables", "Bed holds"),
    "shelter_waitlist": QT_TRANSLATE_NOOP("ExchangeTables", "Waitlist"),
    "inv_items": QT_TRANSLATE_NOOP("ExchangeTables", "Medicines and supplies"),
    "inv_locations": QT_TRANSLATE_NOOP("ExchangeTables", "Medicine kits"),
    "inv_batches": QT_TRANSLATE_NOOP("ExchangeTables", "Batches"),
    "inv_ledger": QT_TRANSLATE_NOOP("ExchangeTables", "Stock movements"),
    "inv_stocktakes": QT_TRANSLATE_NOOP("ExchangeTables", "Stock counts"),
    "inv_stocktake_lines": QT_TRANSLATE_NOOP("ExchangeTables", "Stock count lines"),
    "inv_reorder_levels": QT_TRANSLATE_NOOP("ExchangeTables", "Reorder levels"),
    "inv_location_assignments": QT_TRANSLATE_NOOP("ExchangeTables", "Kit assignments"),
    "sites": QT_TRANSLATE_NOOP("ExchangeTables", "Sites"),
    "settings": QT_TRANSLATE_NOOP("ExchangeTables", "Settings"),
    "users": QT_TRANSLATE_NOOP("ExchangeTables", "Users"),
    "user_roles": QT_TRANSLATE_NOOP("ExchangeTables", "User roles"),
    "audit_log": QT_TRANSLATE_NOOP("ExchangeTables", "Audit log entries"),
    "(pseudonymised people)": QT_TRANSLATE_NOOP("ExchangeTables",
                                                "People without their name (pseudonymised)"),
}

PANEL_STYLE = (
    "QFrame#exchangePanel { background: #f7f5fb; border: 1px solid #d9d2e9; "
    "border-radius: 8px; } QFrame#exchangePanel QLabel { background: transparent; }"
)
BANNER_STYLE = (
    "QLabel { background: #fff4e5; border: 1px solid #e0a040; border-radius: 6px; "
    "padding: 8px 10px; color: #5a3a00; }"
)
OK_STYLE = (
    "QLabel { background: #eaf6ec; border: 1px solid #7bb686; border-radius: 6px; "
    "padding: 8px 10px; color: #1f4d2a; }"
)


def table_name(name: str) -> str:
    source = TABLE_NAMES.get(name)
    return QCoreApplication.translate(TABLES_CONTEXT, source) if source else name


def fmt_when(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    return QLocale().toString(at.astimezone(), "dd/MM/yyyy HH:mm")


def parse_utc(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%fZ"):
        try:
            return dt.datetime.strptime(text, fmt).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
    return None


def fmt_size(size: int) -> str:
    return QLocale().formattedDataSize(int(size))


def panel(parent: QWidget) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("exchangePanel")
    frame.setStyleSheet(PANEL_STYLE)
    return frame


def banner(parent: QWidget, ok: bool = False) -> QLabel:
    lab = QLabel(parent)
    lab.setWordWrap(True)
    lab.setStyleSheet(OK_STYLE if ok else BANNER_STYLE)
    lab.hide()
    return lab


def bold(text: str, parent: QWidget, scale: float = 1.0) -> QLabel:
    lab = QLabel(text, parent)
    font = lab.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    lab.setFont(font)
    return lab


def plain_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for i in range(1, len(headers)):
        t.horizontalHeader().setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    return t


def last_folder(ws: Workspace) -> str:
    try:
        with ws.db.read() as s:
            state = read_state(s, LAST_FOLDER_KEY) or {}
    except Exception:  # noqa: BLE001 - only a convenience
        return ""
    folder = str(state.get("path", ""))
    return folder if folder and Path(folder).is_dir() else ""


def remember_folder(ws: Workspace, folder: str | Path) -> None:
    if ws.actor is None:
        return
    with ws.db.write(ws.actor.user_id) as s:
        write_state(s, LAST_FOLDER_KEY, {"path": str(folder)})
