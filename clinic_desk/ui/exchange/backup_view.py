"""Backups: back up now (to the data folder, or also to a USB stick), the recent
copies, how old the last one is, and a guarded restore.

Restoring replaces the database this session has open, so it cannot happen inside
the session: after a strong confirmation (what will happen, the backup's date, the
user's password) the session is closed, the copy is checked and put in place by
backup.restore (which keeps the replaced database in backups/before-restore-…), and
the user logs in again on the restored data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.exchange import backup
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.display import path_text
from clinic_desk.ui.exchange.common import (
    banner,
    bold,
    fmt_size,
    fmt_when,
    last_folder,
    panel,
    parse_utc,
    plain_table,
    remember_folder,
)
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import TaskHandle, run_task
from clinic_desk.ui.widgets import PasswordField, make_primary


class RestoreDialog(QDialog):
    """What a restore does, the backup's date, a checkbox and the user's password."""

    def __init__(self, workspace: Workspace, path: Path, info: dict, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        self.workspace = workspace
        when = fmt_when(parse_utc(str(info.get("created_at", ""))))
        head = bold(self.tr("Restore the backup of {when}?").format(when=when), self, 1.15)
        text = QLabel(self.tr(
            "What will happen:\n"
            "1. This session closes (everyone using Clinic Desk on this PC must save their "
            "work first).\n"
            "2. The copy {file} is checked: encryption, structure and audit log. If anything "
            "is wrong, nothing is replaced.\n"
            "3. The database in use is replaced by the copy. Everything entered after {when} "
            "is lost unless it is in another backup. The database it replaces is kept in the "
            "backups folder (before-restore-…).\n"
            "4. You log in again, with the passwords that were valid on {when}.").format(
            file=path.name, when=when), self)
        text.setWordWrap(True)
        self.understand = QCheckBox(self.tr("I understand that work entered after {when} will "
                                            "be lost").format(when=when), self)
        self.understand.setObjectName("restore_understand")
        self.password = PasswordField(self)
        self.password.setObjectName("restore_password")
        self.message = InlineMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("Your &password:"), self.password)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("&Restore and log out"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("restore_confirm")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.understand.toggled.connect(lambda _on: self._update())
        self.password.textChanged.connect(lambda _t: self._update())
        col = QVBoxLayout(self)
        col.setSpacing(12)
        col.addWidget(head)
        col.addWidget(text)
        col.addWidget(self.understand)
        col.addLayout(form)
        col.addWidget(self.message)
        col.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.understand.isChecked() and bool(self.password.text()))

    def submit(self) -> None:
        try:  # the person at the keyboard is the one logged in
            self.workspace.check_own_password(self.password.text(), audit_as=None)
        except Exception as exc:  # noqa: BLE001 - one sentence in the dialog
            self.message.show_message(error_text(exc))
            return
        self.accept()


class BackupView(QWidget):
    restart_required = Signal()  # the data changed under this session: log in again

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_view")
        self.workspace = workspace
        self.task: TaskHandle | None = None
        self.last_result: backup.BackupResult | None = None
        self.dialog: RestoreDialog | None = None

        self.reminder = banner(self)
        self.reminder.setObjectName("backup_reminder")
        self.message = InlineMessage(self)
        self.last = bold("", self, 1.1)
        self.last.setObjectName("last_backup")
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.now_button = make_primary(QPushButton(self.tr("&Back up now"), self))
        self.now_button.setObjectName("backup_now")
        self.now_button.clicked.connect(lambda: self.backup_now())
        self.usb_button = QPushButton(self.tr("Back up to a &USB stick…"), self)
        self.usb_button.setObjectName("backup_usb")
        self.usb_button.clicked.connect(self.backup_to_usb)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore)
        self.list = plain_table(self, [self.tr("Backup"), self.tr("Made"), self.tr("Size")])
        self.list.setObjectName("backup_list")

        status = panel(self)
        scol = QVBoxLayout(status)
        scol.setContentsMargins(14, 12, 14, 12)
        scol.addWidget(self.last)
        scol.addWidget(self.where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.usb_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        col.addWidget(intro_label(self.tr(
            "A backup is an encrypted copy of this site's records: it opens only with a "
            "user's password or the recovery code. Copies are kept in the data folder "
            "(thinned out over time); keep one on a USB stick away from this PC too."), self))
        col.addWidget(self.reminder)
        col.addWidget(status)
        col.addLayout(buttons)
        col.addWidget(self.message)
        col.addWidget(bold(self.tr("Recent backups in the data folder"), self))
        col.addWidget(self.list, 1)
        self.refresh()

    # -- state ---------------------------------------------------------------------
    def reminder_days(self) -> int:
        try:
            return int(self.workspace.setting("backup_reminder_days"))  # type: ignore[arg-type]
        except (TypeError, ValueError, KeyError):
            return 7

    def refresh(self) -> None:
        if self.workspace.actor is None:
            return
        with self.workspace.db.read() as s:
            last = backup.last_backup_at(s)
        days = backup.days_since_backup(self.workspace)
        limit = self.reminder_days()
        if last is None:
            self.last.setText(self.tr("Last backup: never"))
        elif days == 0:
            self.last.setText(self.tr("Last backup: {when} (today)").format(when=fmt_when(last)))
        else:
            self.last.setText(self.tr("Last backup: {when} (%n day(s) ago)", "", days).format(
                when=fmt_when(last)))
        if last is None or (days is not None and days > limit):
            self.reminder.setText(self.tr(
                "Make a backup: the last one is older than %n day(s) (the reminder set "
                "in Administration → Settings). A lost or broken PC would take everything "
                "entered since with it.", "", limit) if last is not None else self.tr(
                "No backup has been made yet. Make one now, and keep a copy on a USB stick "
                "away from this PC."))
            self.reminder.show()
        else:
            self.reminder.hide()
        self.where.setText(self.tr("Backups are kept in {folder}").format(
            folder=path_text(self.workspace.installation.paths.backups)))
        self.list.setRowCount(0)
        for path in self.backups()[:20]:
            r = self.list.rowCount()
            self.list.insertRow(r)
            self.list.setItem(r, 0, QTableWidgetItem(path.name))
            self.list.setItem(r, 1, QTableWidgetItem(fmt_when(backup._stamp(path))))
            size = QTableWidgetItem(fmt_size(path.stat().st_size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.setItem(r, 2, size)
        self._update_buttons()

    def backups(self) -> list[Path]:
        folder = self.workspace.installation.paths.backups
        if not folder.is_dir():
            return []
        return sorted(folder.glob(f"{backup.PREFIX}*{backup.SUFFIX}"), reverse=True)

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        for b in (self.now_button, self.usb_button, self.restore_button):
            b.setEnabled(not busy and self.workspace.actor is not None)

    # -- actions -------------------------------------------------------------------
    def backup_now(self, folder: Path | None = None) -> None:
        self.message.clear()
        ws = self.workspace
        self.task = run_task(self, self.tr("Making a backup…"),
                             lambda _p: backup.backup_to(ws, folder),
                             on_done=self._backed_up, on_error=self._failed)
        self._update_buttons()

    def backup_to_usb(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder on the USB stick"),
                                                  last_folder(self.workspace))
        if folder:
            remember_folder(self.workspace, folder)
            self.backup_now(Path(folder))

    def _backed_up(self, result: backup.BackupResult) -> None:
        self.last_result = result
        self.message.show_message(self.tr("Backup written: {path} ({size}).").format(
            path=path_text(result.path), size=fmt_size(result.size)), InlineMessage.OK)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))
        self._update_buttons()

    def restore(self) -> None:
        self.message.clear()
        start = str(self.workspace.installation.paths.backups)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup to restore"), start,
            self.tr("Clinic Desk backups (*.cdbackup);;All files (*)"))
        if not name:
            return
        path = Path(name)
        try:
            info = backup.read_info(path)
        except Exception as exc:  # noqa: BLE001 - one sentence in the page
            self.message.show_message(error_text(exc))
            return
        self.dialog = RestoreDialog(self.workspace, path, info, self)
        self.dialog.accepted.connect(lambda: self._start_restore(path))
        self.dialog.open()

    def _start_restore(self, path: Path) -> None:
        assert self.dialog is not None
        secret = self.dialog.password.text()
        ws = self.workspace
        username = ws.actor.username if ws.actor is not None else ""
        data_dir = ws.installation.paths.root
        ws.close()  # the restore needs the data folder to itself
        self.setEnabled(False)
        self.task = run_task(self, self.tr("Checking and restoring the backup…"),
                             lambda _p: backup.restore(path, data_dir, username, secret),
                             on_done=self._restored, on_error=self._restore_failed)

    def _finish(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Restore a backup"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("restore_outcome")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.restart_required.emit())
        box.open()

    def _restored(self, result: backup.RestoreResult) -> None:
        self._finish(QMessageBox.Icon.Information, self.tr(
            "The backup of {when} is in place (checked: encryption, structure and an audit "
            "log of {entries} entries). The data it replaced is kept in {folder}. Log in "
            "again to continue.").format(
            when=fmt_when(parse_utc(result.created_at)), entries=result.audit_entries,
            folder=path_text(result.safety_copy) if result.safety_copy else ""))

    def _restore_failed(self, exc: BaseException) -> None:
        self._finish(QMessageBox.Icon.Warning, self.tr(
            "Nothing was restored: {reason} Log in again to continue.").format(
            reason=error_text(exc)))
