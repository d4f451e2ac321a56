"""Restore a backup on a new computer, from the first-start wizard: the backup file
(from a USB stick) and the recovery code. A password does not open the data on another
computer (it is tied to this PC's key store): the recovery code does, and at the login
window «Forgot password?» with the same code sets a new password here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.exchange import backup
from clinic_desk.core.installation import Installation
from clinic_desk.ui.shelter.common import FormDialog


class RestoreBackupDialog(FormDialog):
    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restore a backup"), self.tr("&Restore"), parent)
        self.setObjectName("restore_backup_dialog")
        self.installation = installation
        self.restored: backup.RestoreResult | None = None
        intro = QLabel(self.tr(
            "For a new computer, or after this one was repaired: choose the backup file "
            "(it ends in .cdbackup; it is on the USB stick or in the backups folder) and type "
            "the recovery code printed when Clinic Desk was first set up. Everything it holds "
            "is checked before it is put in place."), self)
        intro.setWordWrap(True)
        self.file = QLineEdit(self)
        self.file.setObjectName("backup_file")
        self.file.setPlaceholderText(self.tr("Backup file"))
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.setObjectName("choose_backup")
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.code = QLineEdit(self)
        self.code.setObjectName("recovery_code")
        self.code.setPlaceholderText(self.tr("Recovery code"))
        after = QLabel(self.tr(
            "Then, at the login window, choose «Forgot password?» and type the same "
            "code to set a new password on this computer."), self)
        after.setObjectName("muted")
        after.setWordWrap(True)
        self.body.addWidget(intro)
        self.body.addLayout(row)
        self.body.addWidget(self.code)
        self.body.addWidget(after)
        self.resize(560, self.sizeHint().height())

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup to restore"), str(Path.home()),
            self.tr("Clinic Desk backups (*.cdbackup);;All files (*)"))
        if name:
            self.file.setText(name)

    def save(self) -> object:
        path = self.file.text().strip()  # (messages already in the interface language)
        if not path:
            raise InvalidInput(self.tr("Choose the backup file."), field="file")
        if not self.code.text().strip():
            raise InvalidInput(self.tr("Type the recovery code."), field="code")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.restored = backup.restore(Path(path), self.installation.paths.root, None,
                                           self.code.text(), recovery=True)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self.restored
