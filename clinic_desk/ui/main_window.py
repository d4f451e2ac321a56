"""The main window: navigation on the left, one page per section, status bar, menus.

A section is one entry in SECTIONS: (key, icon, title, description, permission, factory).
Later issues add a capability by adding one entry here (and their own sub-package)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui import backup_reminder
from clinic_desk.ui.lock import LockManager
from clinic_desk.ui.placeholders import PlaceholderPage
from clinic_desk.ui.roles import roles_text
from clinic_desk.ui.widgets import icon, label

log = logging.getLogger(__name__)

CONTEXT = "Sections"
PageFactory = Callable[[Workspace, "MainWindow"], QWidget]


@dataclass(frozen=True)
class Section:
    key: str
    icon: str
    title: str  # English source text, translated in the "Sections" context
    description: str  # one sentence, same context
    permission: Perm | None  # None: everyone
    factory: PageFactory | None = None  # None: a "coming soon" placeholder


def _home(workspace: Workspace, window: MainWindow) -> QWidget:
    from clinic_desk.ui.home import HomePage

    return HomePage(workspace, window)


def _admin(workspace: Workspace, window: MainWindow) -> QWidget:
    try:
        from clinic_desk.ui.admin import AdminPage  # written alongside; may not exist yet
    except ImportError:
        log.warning("administration page not available; showing a placeholder")
        section = section_by_key("admin")
        return PlaceholderPage(section.icon, section.title, section.description, CONTEXT)
    return AdminPage(workspace, window)


def _people(workspace: Workspace, window: MainWindow) -> QWidget:
    from clinic_desk.ui.people import PeoplePage

    return PeoplePage(workspace, window)


def _inventory(workspace: Workspace, window: MainWindow) -> QWidget:
    from clinic_desk.ui.inventory import InventoryPage

    return InventoryPage(workspace, window)


def _shelter(workspace: Workspace, window: MainWindow) -> QWidget:
    from clinic_desk.ui.shelter import ShelterPage

    return ShelterPage(workspace, window)


def _sessions(workspace: Workspace, window: MainWindow) -> QWidget:
    from clinic_desk.ui.sessions import SessionsPage

    return SessionsPage(workspace, window)


def _exchange(workspace: Workspace, window: MainWindow) -> QWidget:
    from clinic_desk.ui.exchange import ExchangePage

    return ExchangePage(workspace, window)


SECTIONS: list[Section] = [
    Section("home", "home", QT_TRANSLATE_NOOP("Sections", "Home"),
            QT_TRANSLATE_NOOP("Sections", "A summary of your day and of this site."),
            None, _home),
    Section("people", "people", QT_TRANSLATE_NOOP("Sections", "People"),
            QT_TRANSLATE_NOOP("Sections", "Register and find the women, children and others "
                                          "the site serves, with their consent and risk."),
            Perm.PEOPLE_READ, lambda ws, win: _people(ws, win)),
    Section("sessions", "sessions", QT_TRANSLATE_NOOP("Sections", "Sessions"),
            QT_TRANSLATE_NOOP("Sections", "Psychosocial sessions, group attendance, home "
                                          "visits and referrals."),
            Perm.SESSIONS_LOG, lambda ws, win: _sessions(ws, win)),
    Section("shelter", "shelter", QT_TRANSLATE_NOOP("Sections", "Shelter"),
            QT_TRANSLATE_NOOP("Sections", "Rooms and beds: who sleeps where tonight, "
                                          "admissions, transfers and discharges."),
            Perm.SHELTER_READ, lambda ws, win: _shelter(ws, win)),
    Section("stock", "medicine", QT_TRANSLATE_NOOP("Sections", "Medicine kits"),
            QT_TRANSLATE_NOOP("Sections", "Medicine stock of the botiquines: receipts, "
                                          "dispensing, expiry alerts and monthly reports."),
            Perm.STOCK_READ, lambda ws, win: _inventory(ws, win)),
    Section("exchange", "exchange", QT_TRANSLATE_NOOP("Sections", "Exchange"),
            QT_TRANSLATE_NOOP("Sections", "Encrypted bundles and backups on a USB stick for "
                                          "the central office."),
            Perm.EXPORT, lambda ws, win: _exchange(ws, win)),
    Section("admin", "admin", QT_TRANSLATE_NOOP("Sections", "Administration"),
            QT_TRANSLATE_NOOP("Sections", "Users and roles, the audit log and the security "
                                          "status."),
            Perm.MANAGE_USERS, _admin),
]

def section_by_key(key: str) -> Section:
    for section in SECTIONS:
        if section.key == key:
            return section
    raise KeyError(key)


def visible_sections(workspace: Workspace) -> list[Section]:
    actor = workspace.actor
    return [s for s in SECTIONS
            if s.permission is None or (actor is not None and actor.can(s.permission))]


def section_title(section: Section) -> str:
    return QCoreApplication.translate(CONTEXT, section.title)


def role_names(roles: object) -> str:
    return roles_text(roles)  # type: ignore[arg-type]


class MainWindow(QMainWindow):
    """Signals: `logout_requested` (log out or switch user), `closed` (window closed)."""

    logout_requested = Signal()
    closed = Signal()

    def __init__(self, workspace: Workspace, autolock_ms: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.sections = visible_sections(workspace)
        self.pages: dict[str, QWidget] = {}
        self.setWindowIcon(icon("clinic-desk"))
        self.resize(1366, 768)
        self.setMinimumSize(1024, 600)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QVBoxLayout()
        side.setSpacing(0)
        self.brand = label("Clinic Desk", object_name="brand")
        side.addWidget(self.brand)
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(230)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for section in self.sections:
            item = QListWidgetItem(icon(section.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav.addItem(item)
        side.addWidget(self.nav, 1)
        row.addLayout(side)
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.locker = LockManager(workspace, self, autolock_ms)
        self.locker.switch_user_requested.connect(self.logout)
        self._build_menus()
        self._build_status_bar()
        self.shortcuts: list[QShortcut] = []
        for i, section in enumerate(self.sections[:9], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i}"), self)
            shortcut.activated.connect(lambda key=section.key: self.open_section(key))
            self.shortcuts.append(shortcut)
        self.nav.currentRowChanged.connect(self._row_changed)
        self._closing = False
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.nav.setFocus()

    # -- building ---------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.lock_action = QAction(icon("lock"), "", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.locker.lock("manual"))
        self.logout_action = QAction(icon("logout"), "", self)
        self.logout_action.triggered.connect(self.logout)
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.locker.quick_hide_action)
        self.help_menu = bar.addMenu("")
        self.guide_action = QAction("", self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(self.open_guide)
        self.help_menu.addAction(self.guide_action)
        self.about_action = QAction("", self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        self.site_label = QLabel()
        self.user_label = QLabel()
        self.lock_button = QToolButton()
        self.lock_button.setIcon(icon("lock"))
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.clicked.connect(lambda: self.locker.lock("manual"))
        status.addWidget(self.site_label)
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.lock_button)
        backup_reminder.install(self)

    # -- navigation ---------------------------------------------------------------
    def section_keys(self) -> list[str]:
        return [s.key for s in self.sections]

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self.sections[row].key if 0 <= row < len(self.sections) else ""

    def open_section(self, key: str) -> None:
        keys = self.section_keys()
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def page(self, key: str) -> QWidget:
        """The page of a section, built the first time it is needed."""
        existing = self.pages.get(key)
        if existing is not None:
            return existing
        section = next(s for s in self.sections if s.key == key)
        if section.factory is None:
            page: QWidget = PlaceholderPage(section.icon, section.title, section.description,
                                            CONTEXT)
        else:
            page = section.factory(self.workspace, self)
        self.pages[key] = page
        self.stack.addWidget(page)
        return page

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.stack.setCurrentWidget(self.page(self.sections[row].key))

    # -- actions ----------------------------------------------------------------------
    def logout(self) -> None:
        """Back to the login window (the application shell closes the workspace)."""
        self.locker.stop()
        self.logout_requested.emit()

    def open_guide(self) -> bool:
        """Help → User guide: the PDF of the interface language in the PDF viewer. When it
        is not installed, About says so (and shows the rest of the help there is)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from clinic_desk.ui.about import guide_path

        path = guide_path()
        if not path.is_file():
            self.show_about()
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_about(self) -> None:
        from clinic_desk.ui.about import AboutDialog

        self.about_dialog = AboutDialog(self.workspace, self)
        self.about_dialog.exec()

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.locker.stop()
        if not self._closing:
            self._closing = True
            backup_reminder.backup_on_exit(self.workspace)  # before the workspace closes
            self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

    # -- texts --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        site, actor = self.workspace.site, self.workspace.actor
        if not self.locker.locked:
            self.setWindowTitle(self.tr("Clinic Desk — {site}").format(site=site.name))
        for i, section in enumerate(self.sections):
            item = self.nav.item(i)
            title = section_title(section)
            item.setText(title)
            item.setToolTip(self.tr("{section} (Ctrl+{number})").format(section=title,
                                                                        number=i + 1))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.lock_action.setText(self.tr("&Lock"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.guide_action.setText(self.tr("&User guide"))
        self.about_action.setText(self.tr("&About Clinic Desk"))
        self.locker.retranslate()
        self.site_label.setText(self.tr("Site: {name} ({code})").format(name=site.name,
                                                                        code=site.code))
        if actor is not None:
            self.user_label.setText(self.tr("{name} · {roles}").format(
                name=actor.full_name, roles=role_names(actor.roles)))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
