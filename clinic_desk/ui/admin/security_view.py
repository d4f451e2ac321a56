"""Security tab: how this PC protects the database, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.security.status import (
    CORE_DUMPS_ALLOWED,
    CORE_DUMPS_DISABLED,
    SecurityStatus,
    collect,
)
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import SPACING, InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.display import key_store_text
from clinic_desk.ui.messages import error_text


class SecurityView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.status: SecurityStatus | None = None
        self.values: dict[str, tuple[QLabel, QLabel]] = {}

        self.message = InlineMessage(self)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setObjectName("refresh_security")
        self.refresh_button.clicked.connect(self.refresh)

        panel = QFrame(self)
        panel.setObjectName("security_panel")
        self.grid = QGridLayout(panel)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(18)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnMinimumWidth(0, 200)
        rows = (
            ("encryption", self.tr("Encryption")),
            ("keyring", self.tr("Key store of this PC")),
            ("slots", self.tr("User passwords")),
            ("backup", self.tr("Last backup")),
            ("autolock", self.tr("Auto-lock")),
            ("core_dumps", self.tr("Crash files (core dumps)")),
        )
        for row, (key, title) in enumerate(rows):
            head = QLabel(title, panel)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = QLabel(panel)
            value.setObjectName(f"{key}_value")
            value.setFont(font)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            explain = QLabel(panel)
            explain.setObjectName(f"{key}_explain")
            explain.setWordWrap(True)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(value)
            cell.addWidget(explain)
            self.grid.addWidget(head, row, 0)
            self.grid.addLayout(cell, row, 1)
            self.values[key] = (value, explain)
        self.grid.addWidget(self.refresh_button, len(rows), 0, Qt.AlignmentFlag.AlignLeft)
        self.grid.setRowStretch(len(rows) + 1, 1)  # rows keep their height; space goes below

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.viewport().setAutoFillBackground(False)  # the page's own background shows
        panel.setAutoFillBackground(False)
        scroll.setStyleSheet("QScrollArea, #security_panel { background: transparent; }")

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(SPACING)
        col.addWidget(intro_label(self.tr(
            "How this PC protects the records. Nothing here needs to be changed often; read it "
            "once after installing and whenever the PC changes."), self))
        col.addWidget(self.message)
        col.addWidget(scroll, 1)
        self.refresh()

    def text(self, key: str) -> str:
        value, explain = self.values[key]
        return f"{value.text()} {explain.text()}".strip()

    def _set(self, key: str, value: str, explain: str) -> None:
        v, e = self.values[key]
        v.setText(value)
        e.setText(explain)
        e.setVisible(bool(explain))

    def refresh(self) -> None:
        self.message.clear()
        try:
            from clinic_desk.core.exchange.backup import days_since_backup, last_backup_at

            with self.workspace.db.read() as s:
                last_backup = last_backup_at(s)
            st = self.status = collect(self.workspace, last_backup=last_backup)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        self._set("encryption", self.tr("On"), self.tr(
            "The database is encrypted (SQLCipher 4, AES-256). Without a user's password or "
            "the recovery code, the file cannot be read."))
        if st.keyring_available:
            self._set("keyring", self.tr("Available: {backend}").format(
                backend=key_store_text(st.keyring_backend)), self.tr(
                "Passwords are combined with a secret kept in this PC's key store, so a copy "
                "of the data folder cannot be opened on another PC with the passwords alone."))
        else:
            self._set("keyring", self.tr("Not available"), self.tr(
                "No key store works on this PC: the database is protected by passwords alone. "
                "Keep the recovery sheet safe."))
        if st.slots_use_keyring:
            self._set("slots", self.tr("Combined with this PC's key store"), self.tr(
                "The recovery code never depends on the key store: it still opens the "
                "database if this PC breaks."))
        else:
            self._set("slots", self.tr("Protected by the passwords alone"), self.tr(
                "Use long passwords (a phrase of several words). The recovery code opens the "
                "database if every password is forgotten."))
        if st.last_backup is None:
            self._set("backup", self.tr("Never"), self.tr(
                "No backup has been made yet. Make one in Exchange → Backups, and keep a copy "
                "on a USB stick away from this PC."))
        else:
            when = QLocale().toString(st.last_backup.astimezone(), "dd/MM/yyyy HH:mm")
            days = days_since_backup(self.workspace) or 0
            self._set("backup", when, self.tr("Today.") if days == 0 else self.tr(
                "{days} days ago. Exchange → Backups makes a new one.").format(days=days))
        minutes = (self.tr("After 1 minute without use") if st.autolock_minutes == 1 else
                   self.tr("After {count} minutes without use").format(
                       count=st.autolock_minutes))
        self._set("autolock", minutes,
                  self.tr("The screen locks by itself; the quick-hide key covers it at once. "
                          "An administrator changes the minutes in Settings."))
        if st.core_dumps == CORE_DUMPS_DISABLED:
            self._set("core_dumps", self.tr("Disabled"), self.tr(
                "If Clinic Desk crashes, no copy of its memory (which holds the key) is "
                "written to disk."))
        elif st.core_dumps == CORE_DUMPS_ALLOWED:
            self._set("core_dumps", self.tr("Allowed"), self.tr(
                "A crash could write the program's memory, key included, to a file. Open "
                "Clinic Desk from its normal shortcut, which turns this off."))
        else:
            self._set("core_dumps", self.tr("Not applicable"), self.tr(
                "Windows does not write core files; crash reports are off by policy."))
