"""Backup reminders for the main window (thin: the figures come from
exchange.backup.days_since_backup).

- The status bar warns when the last backup is older than the setting
  `backup_reminder_days` (7 by default), or when there has never been one.
- On exit (MainWindow's close path, before the workspace closes) a user who may make
  backups (Perm.BACKUP) gets an automatic backup into the data folder's rotated copies
  when the last one is a day old or more. A failure never stops the exit: it is logged
  by its type only (a message could hold a path or a name).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from clinic_desk.core.security.roles import Perm

log = logging.getLogger(__name__)

CONTEXT = "BackupReminder"
DEFAULT_DAYS = 7
AUTO_AFTER_DAYS = 1
REFRESH_MS = 30 * 60 * 1000
STYLE = ("QLabel { background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; "
         "padding: 1px 8px; color: #5a3a00; }")


def reminder_days(ws: Any) -> int:
    try:
        return max(1, int(ws.setting("backup_reminder_days")))
    except Exception:  # noqa: BLE001 - the default when the setting cannot be read
        return DEFAULT_DAYS


def reminder_text(ws: Any) -> str:
    """The warning for the status bar, or "" when the last backup is recent enough."""
    from clinic_desk.core.exchange import backup

    if ws.actor is None:
        return ""
    days = backup.days_since_backup(ws)
    if days is None:
        return QCoreApplication.translate(
            "BackupReminder", "No backup has been made yet: make one in Exchange → Backups.")
    if days > reminder_days(ws):
        return QCoreApplication.translate(
            "BackupReminder", "The last backup is %n days old: make one in Exchange → Backups.",
            "", days)
    return ""


def install(window: QMainWindow) -> QLabel:
    """Add the reminder to the window's status bar; it refreshes itself every half hour
    (and when `refresh_reminder(window)` is called)."""
    lab = QLabel(window)
    lab.setObjectName("backup_reminder")
    lab.setStyleSheet(STYLE)
    lab.hide()
    window.statusBar().addWidget(lab)
    window.backup_reminder = lab  # type: ignore[attr-defined]
    timer = QTimer(lab)
    timer.setInterval(REFRESH_MS)
    timer.timeout.connect(lambda: refresh_reminder(window))
    timer.start()
    refresh_reminder(window)
    return lab


def refresh_reminder(window: QMainWindow) -> None:
    lab = getattr(window, "backup_reminder", None)
    if lab is None:
        return
    try:
        text = reminder_text(window.workspace)  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - a reminder must never break the window
        log.warning("backup reminder unavailable: %s", type(exc).__name__)
        text = ""
    lab.setText(text)
    lab.setVisible(bool(text))


def backup_on_exit(ws: Any) -> Path | None:
    """An automatic backup when the last is a day old or more, for users allowed to
    make backups. Returns where it was written, or None (not needed, not allowed, or
    failed: logged by type only, never raised)."""
    try:
        from clinic_desk.core.exchange import backup

        actor = getattr(ws, "actor", None)
        if actor is None or not actor.can(Perm.BACKUP):
            return None
        days = backup.days_since_backup(ws)
        if days is not None and days < AUTO_AFTER_DAYS:
            return None
        return backup.backup_to(ws).path
    except Exception as exc:  # noqa: BLE001 - never block the exit
        log.warning("automatic backup on exit failed: %s", type(exc).__name__)
        return None
