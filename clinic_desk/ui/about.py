"""Help → About: version, data folder, database size, key store, crash files, library
versions, "Copy diagnostics", and the user guide.

The copied diagnostics hold no personal data: no user name or full name, no site name
and no site code, and paths show the home folder as "~" (and the computer's login name,
if it appears anywhere else in a path, as "<user>"). The site code is left out too:
codes usually name the district (HUAYCAN-01) and a shelter's whereabouts is itself
confidential; whoever sends the text to a technician already says who they are.

The copied text is plain "key: value" lines in English whatever the interface language,
so a technician can compare reports from different sites; the dialog itself is
translated.
"""

from __future__ import annotations

import getpass
import os
import platform
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desk import __version__
from clinic_desk.core.security.status import (
    CORE_DUMPS_ALLOWED,
    CORE_DUMPS_DISABLED,
    core_dump_state,
    friendly_backend_name,
)
from clinic_desk.core.workspace import Workspace
from clinic_desk.resources import guide_path as guide_in
from clinic_desk.ui.display import key_store_text, path_text
from clinic_desk.ui.widgets import icon, label


def guide_path() -> Path:
    """The user guide PDF in the interface language (`make guide` builds it; it may be
    missing in a source tree). Help → User guide opens the same file."""
    from clinic_desk.ui.messages import current_language

    return guide_in(current_language())


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name known
        return ""


def redact_path(path: Path | str) -> str:
    """The home folder as "~", and the login name as "<user>" anywhere else in it."""
    text = str(path)
    homes = {str(Path.home()), os.path.expanduser("~")}
    for home in sorted((h for h in homes if h and h not in ("/", "~")), key=len,
                       reverse=True):
        if text == home or text.startswith(home.rstrip("/\\") + os.sep) \
                or text.startswith(home.rstrip("/\\") + "/"):
            text = "~" + text[len(home.rstrip("/\\")):]
            break
    name = _login_name()
    if len(name) >= 2:
        text = re.sub(re.escape(name), "<user>", text, flags=re.IGNORECASE)
    return text


def _size_bytes(database: Path) -> int:
    total = 0
    for suffix in ("", "-wal", "-shm"):
        p = database.with_name(database.name + suffix)
        try:
            total += p.stat().st_size
        except OSError:
            pass
    return total


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


@dataclass(frozen=True)
class Diagnostics:
    version: str
    python: str
    os: str
    frozen: bool
    qt: str
    pyside: str
    sqlcipher: str
    sqlite: str
    sqlalchemy: str
    schema: str
    data_folder: str  # redacted
    database_bytes: int
    backups_kept: int
    keyring_available: bool
    keyring_backend: str
    slots_use_keyring: bool
    core_dumps: str
    language: str
    mode: str  # site | centre
    guide: bool

    def text(self) -> str:
        """The copied text: no personal data, English keys, one per line."""
        lines = [
            f"Clinic Desk {self.version}",
            f"python: {self.python}",
            f"os: {self.os}",
            f"frozen build: {'yes' if self.frozen else 'no'}",
            f"qt: {self.qt}",
            f"pyside6: {self.pyside}",
            f"sqlcipher: {self.sqlcipher}",
            f"sqlite: {self.sqlite}",
            f"sqlalchemy: {self.sqlalchemy}",
            f"database schema: {self.schema}",
            f"data folder: {self.data_folder}",
            f"database size: {human_size(self.database_bytes)} ({self.database_bytes} bytes)",
            f"backups kept in the data folder: {self.backups_kept}",
            "keyring: " + (f"available ({self.keyring_backend})" if self.keyring_available
                           else "not available"),
            f"password slots use the keyring: {'yes' if self.slots_use_keyring else 'no'}",
            f"core dumps: {self.core_dumps}",
            f"language: {self.language}",
            f"mode: {self.mode}",
            f"user guide installed: {'yes' if self.guide else 'no'}",
        ]
        return "\n".join(lines) + "\n"


def collect(workspace: Workspace) -> Diagnostics:
    import PySide6
    import sqlalchemy

    from clinic_desk.core.db import migrate
    from clinic_desk.ui import messages

    cipher = sqlite = schema = "unknown"
    mode = "site"
    try:
        with workspace.db.engine.connect() as conn:
            cipher = str(conn.exec_driver_sql("PRAGMA cipher_version").scalar() or "unknown")
            sqlite = str(conn.exec_driver_sql("SELECT sqlite_version()").scalar())
            schema = migrate.current_revision(conn) or "none"
    except Exception:  # noqa: BLE001 - diagnostics must always open
        pass
    try:
        from clinic_desk.core.exchange import keys

        with workspace.db.read() as s:
            mode = "centre" if keys.has_central_keys(s) else "site"
    except Exception:  # noqa: BLE001
        pass
    paths = workspace.installation.paths
    ks = workspace.keyring_status()
    backend = str(getattr(ks, "backend", "") or "")
    from clinic_desk.core.exchange.backup import PREFIX, SUFFIX

    try:
        backups = len(list(paths.backups.glob(f"{PREFIX}*{SUFFIX}")))
    except OSError:
        backups = 0
    lang = messages.current_language()
    return Diagnostics(
        version=__version__,
        python=platform.python_version(),
        os=f"{platform.system()} {platform.release()} ({platform.machine()})",
        frozen=bool(getattr(sys, "frozen", False)),
        qt=qVersion(),
        pyside=PySide6.__version__,
        sqlcipher=cipher,
        sqlite=sqlite,
        sqlalchemy=sqlalchemy.__version__,
        schema=schema,
        data_folder=redact_path(paths.root),
        database_bytes=_size_bytes(paths.database),
        backups_kept=backups,
        keyring_available=bool(getattr(ks, "available", False)),
        keyring_backend=friendly_backend_name(backend) if backend else "",
        slots_use_keyring=workspace.slots_use_keyring(),
        core_dumps=core_dump_state(),
        language=str(lang or ""),
        mode=mode,
        guide=guide_path().is_file(),
    )


class AboutDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.workspace = workspace
        self.setWindowTitle(self.tr("About Clinic Desk"))
        self.diagnostics = collect(workspace)
        d = self.diagnostics

        picture = QLabel(self)
        picture.setPixmap(icon("clinic-desk").pixmap(56, 56))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = label(self.tr("Clinic Desk {version}").format(version=d.version), "pageTitle")
        blurb = label(self.tr(
            "Confidential records for shelters, psychosocial care and community medicine "
            "kits. Works without internet; the data stays encrypted on this computer."),
            "muted", wrap=True)
        head_text = QVBoxLayout()
        head_text.addWidget(title)
        head_text.addWidget(blurb)
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(picture)
        head.addLayout(head_text, 1)

        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}

        def row(key: str, caption: str, value: str) -> None:
            v = QLabel(value, self)
            v.setObjectName(f"about_{key}")
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.values[key] = v
            form.addRow(caption, v)

        # the dialog shows the real folder to the person at the PC (not copied)
        row("version", self.tr("Version"), d.version)
        row("data_folder", self.tr("Data folder"),
            path_text(workspace.installation.paths.root))
        self.values["data_folder"].setWordWrap(False)  # a path broken after "C:" misleads
        row("database_size", self.tr("Database size"), human_size(d.database_bytes))
        if d.keyring_available:
            keyring = self.tr("Available: {backend}").format(
                backend=key_store_text(d.keyring_backend))
        else:
            keyring = self.tr("Not available: the database is protected by passwords alone")
        row("keyring", self.tr("Key store of this PC"), keyring)
        dumps = {CORE_DUMPS_DISABLED: self.tr("Disabled"),
                 CORE_DUMPS_ALLOWED: self.tr("Allowed: open Clinic Desk from its normal "
                                             "shortcut")}.get(
            d.core_dumps, self.tr("Not applicable on this system"))
        row("core_dumps", self.tr("Crash files (core dumps)"), dumps)
        row("libraries", self.tr("Libraries"),
            f"Qt {d.qt} · PySide6 {d.pyside} · SQLCipher {d.sqlcipher} · "
            f"SQLite {d.sqlite} · Python {d.python}")

        self.copied = label("", "okLabel", wrap=True)
        self.copied.hide()
        privacy = label(self.tr(
            "“Copy diagnostics” copies these technical details for whoever helps you with "
            "the computer. It holds no names, no site and no records."), "hintLabel",
            wrap=True)

        self.copy_button = QPushButton(icon("copy"), self.tr("&Copy diagnostics"), self)
        self.copy_button.setObjectName("copy_diagnostics")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.guide_button = QPushButton(self.tr("Open the &user guide (PDF)"), self)
        self.guide_button.setObjectName("open_guide")
        self.guide_button.setAutoDefault(False)
        self.guide_button.clicked.connect(self.open_guide)
        self.guide_missing = label(self.tr(
            "The user guide is not installed on this computer yet."), "hintLabel", wrap=True)
        has_guide = d.guide
        self.guide_button.setVisible(has_guide)
        self.guide_missing.setVisible(not has_guide)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.guide_button)
        actions.addWidget(self.guide_missing, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setDefault(True)

        col = QVBoxLayout(self)
        col.setContentsMargins(22, 20, 22, 16)
        col.setSpacing(12)
        col.addLayout(head)
        col.addLayout(form)
        col.addWidget(privacy)
        col.addLayout(actions)
        col.addWidget(self.copied)
        col.addStretch(1)  # spare height goes above the Close button, not between rows
        col.addWidget(buttons)
        # wide enough for the data folder on one line; wrapped labels make the plain size
        # hint too tall: size to the text at this width
        width = max(640, col.minimumSize().width())
        self.setMinimumWidth(width)
        height = col.heightForWidth(width)
        self.resize(width, height if height > 0 else self.sizeHint().height())

    def diagnostics_text(self) -> str:
        return self.diagnostics.text()

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(self.diagnostics_text())
        self.copied.setText(self.tr("Copied. Paste it into a message to whoever helps you."))
        self.copied.show()

    def open_guide(self) -> bool:
        path = guide_path()
        if not path.is_file():
            self.guide_button.hide()
            self.guide_missing.show()
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
