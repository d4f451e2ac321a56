"""Start the desktop application: QApplication, language, style, then the first window
(wizard, login or a clear error) and the hand-over between login and main window."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clinic_desk import __version__
from clinic_desk.core import logs
from clinic_desk.core.atomic import atomic_write_bytes
from clinic_desk.core.errors import ClinicDeskError, DamagedData
from clinic_desk.core.hardening import disable_core_dumps
from clinic_desk.core.installation import Installation
from clinic_desk.core.paths import DataPaths
from clinic_desk.core.security.kdf import DEFAULT_KDF, KdfParams
from clinic_desk.core.workspace import Workspace
from clinic_desk.resources import stylesheet_path
from clinic_desk.ui import messages
from clinic_desk.ui.login import DemoUser, LoginWindow
from clinic_desk.ui.main_window import MainWindow
from clinic_desk.ui.widgets import clipboard_guard, icon
from clinic_desk.ui.wizard import SetupWizard

log = logging.getLogger(__name__)

FONT_POINT_SIZE = 10


# -- config.json: only the language of the windows shown before login ------------------
def read_language(data_dir: Path) -> str | None:
    try:
        data = json.loads(DataPaths(Path(data_dir)).config.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    lang = data.get("language") if isinstance(data, dict) else None
    return lang if lang in messages.LANGUAGES else None


def write_language(data_dir: Path, language: str) -> None:
    path = DataPaths(Path(data_dir)).config
    if not path.parent.is_dir():
        return
    try:
        atomic_write_bytes(path, json.dumps({"language": language}).encode("utf-8"))
    except OSError:
        log.warning("could not save the language choice")


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with name, icon, font and stylesheet (reused when it exists)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("Clinic Desk")
    QCoreApplication.setApplicationName("Clinic Desk")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("Clinic Desk")
    app.setWindowIcon(icon("clinic-desk"))
    font = QFont(app.font())
    font.setPointSize(FONT_POINT_SIZE)
    app.setFont(font)
    try:
        icons = stylesheet_path().parent.joinpath("icons").as_posix()
        app.setStyleSheet(stylesheet_path().read_text("utf-8").replace("@ICONS@", icons))
    except OSError:
        log.warning("stylesheet not found")
    return app


class Shell(QObject):
    """Which window is showing, and the hand-over between them."""

    def __init__(self, installation: Installation, language: str,
                 demo_users: Sequence[DemoUser] | None = None,
                 autolock_ms: int | None = None) -> None:
        super().__init__()
        self.installation = installation
        self.language = language
        self.demo_users = list(demo_users or [])
        self.autolock_ms = autolock_ms
        self.wizard: SetupWizard | None = None
        self.login: LoginWindow | None = None
        self.main: MainWindow | None = None
        self.workspace: Workspace | None = None
        self.error_box: QMessageBox | None = None

    @property
    def data_dir(self) -> Path:
        return self.installation.paths.root

    def start(self) -> QWidget:
        self.language = messages.set_language(self.language)
        state = self.installation.state()
        if state == "new":
            return self.show_wizard()
        if state == "ready":
            return self.show_login()
        return self.show_damaged()

    # -- windows ------------------------------------------------------------------------
    def show_wizard(self) -> QWidget:
        wizard = SetupWizard(self.installation, self.language)
        wizard.language_changed.connect(self._language_changed)
        wizard.accepted.connect(self._wizard_done)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _language_changed(self, language: str) -> None:
        self.language = language

    def _wizard_done(self) -> None:
        wizard = self.wizard
        if wizard is None or (wizard.result is None and wizard.restored is None):
            return
        write_language(self.data_dir, wizard.language)
        if wizard.restored is not None:  # a backup put in place, not a new set-up
            self.show_login()
        else:
            self.show_login(site_hint=wizard.site_page.site_code(),
                            username=wizard.admin_username)
        wizard.deleteLater()
        self.wizard = None

    def show_login(self, site_hint: str | None = None, username: str = "") -> QWidget:
        login = LoginWindow(self.installation, self.demo_users, site_hint, username)
        login.unlocked.connect(self._logged_in)
        self.login = login
        login.show()
        return login

    def show_damaged(self) -> QWidget:
        try:
            self.installation.require_ready()
            exc: ClinicDeskError = DamagedData(
                QT_TRANSLATE_NOOP("core", "The data folder {folder} is incomplete."),
                folder=str(self.data_dir))
        except ClinicDeskError as error:
            exc = error
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Clinic Desk cannot open the data"))
        box.setText(messages.error_text(exc))
        box.setInformativeText(self.tr("Nothing was changed. Ask the coordinator for the last "
                                       "backup before you try anything else."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.error_box = box
        box.show()
        return box

    def _logged_in(self, workspace: Workspace) -> None:
        self.workspace = workspace
        main = MainWindow(workspace, self.autolock_ms)
        main.logout_requested.connect(self._logout)
        main.closed.connect(self._main_closed)
        self.main = main
        main.showMaximized()
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
            self.login = None

    def _logout(self) -> None:
        main = self.main
        self.show_login()
        if main is not None:
            main.close()

    def _main_closed(self) -> None:
        clipboard_guard().clear_if_ours()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        if self.main is not None:
            self.main.deleteLater()
            self.main = None


def run(data_dir: Path, lang: str | None, demo_users: list[tuple[str, str, str]] | None = None,
        quit_after_start: bool = False, kdf: KdfParams = DEFAULT_KDF) -> int:
    """Open the application on `data_dir`. Returns the process exit code."""
    disable_core_dumps()
    data_dir = Path(data_dir)
    try:
        logs.configure(data_dir / "logs")
    except OSError:
        logs.configure(None)
    app = create_application()
    sys.excepthook = _unexpected_error
    language = lang if lang in messages.LANGUAGES else read_language(data_dir)
    messages.set_language(language or messages.DEFAULT_LANGUAGE)
    installation = Installation(data_dir, kdf=kdf)
    shell = Shell(installation, messages.current_language(), demo_users)
    first = shell.start()
    if quit_after_start:
        QTimer.singleShot(0, app.quit)  # after the first window is shown and painted
    first.raise_()
    try:
        return int(app.exec())
    finally:
        clipboard_guard().clear_if_ours()
        if shell.workspace is not None:
            shell.workspace.close()
        _tear_down(app)


def _unexpected_error(kind: type[BaseException], exc: BaseException, tb: object) -> None:
    """A bug must never show a traceback (it may hold data): log where it happened,
    tell the user in one sentence, keep running."""
    log.error("unexpected error: %s", logs.safe_traceback(exc))
    if QApplication.instance() is not None:
        messages.show_error(QApplication.activeWindow(), exc)


def _tear_down(app: QApplication) -> None:
    """Delete every window while the QApplication still exists, so Python's shutdown
    never destroys a widget after the application (a crash on exit otherwise)."""
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
