"""The Intercambio section: export to a USB stick, import bundles (central office),
conflicts, backups and keys.

Embedded by the main window as `ExchangePage(workspace, window)`. Each tab appears only
for the permission it needs (EXPORT, IMPORT, BACKUP); the services check again. Long
work (preview, export, import, backup, restore) runs through ui.tasks.run_task.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from clinic_desk.core.exchange import keys
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.exchange.backup_view import BackupView
from clinic_desk.ui.exchange.export_view import ExportView
from clinic_desk.ui.exchange.import_view import ConflictsView, ImportView
from clinic_desk.ui.exchange.keys_view import KeysView
from clinic_desk.ui.exchange.stats_view import StatsView


class ExchangePage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_page")
        self.workspace = workspace
        self.window_ = parent
        actor = workspace.actor
        can = actor.can if actor is not None else (lambda _perm: False)
        with workspace.db.read() as s:
            centre = keys.has_central_keys(s)

        title = QLabel(self.tr("Exchange"), self)
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("exchange_tabs")
        self.tabs.setDocumentMode(True)
        self.export: ExportView | None = None
        self.importer: ImportView | None = None
        self.conflicts: ConflictsView | None = None
        self.backups: BackupView | None = None
        self.keys: KeysView | None = None
        self.stats: StatsView | None = None
        if can(Perm.IMPORT) and centre:  # only the central office imports; it comes first
            self.importer = ImportView(workspace, self)
            self.conflicts = ConflictsView(workspace, self)
            self.tabs.addTab(self._padded(self.importer), self.tr("&Import bundles"))
            self.tabs.addTab(self._padded(self.conflicts), self.tr("&Conflicts"))
            self.importer.imported.connect(lambda _r: self.conflicts.refresh())
        if can(Perm.EXPORT):
            self.export = ExportView(workspace, self)
            self.tabs.addTab(self._padded(self.export), self.tr("&Export to USB"))
        if can(Perm.EXPORT):
            self.stats = StatsView(workspace, self)
            self.tabs.addTab(self._padded(self.stats), self.tr("&Statistics"))
        if can(Perm.BACKUP):
            self.backups = BackupView(workspace, self)
            self.backups.restart_required.connect(self._restart)
            self.tabs.addTab(self._padded(self.backups), self.tr("&Backups"))
        if can(Perm.EXPORT) or can(Perm.IMPORT):
            self.keys = KeysView(workspace, self)
            self.tabs.addTab(self._padded(self.keys), self.tr("&Keys"))
            if self.export is not None:
                self.keys.import_button.clicked.connect(lambda: self.export.refresh())
        self.tabs.currentChanged.connect(self._tab_shown)

        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 20)
        col.setSpacing(12)
        col.addWidget(title)
        col.addWidget(self.tabs, 1)

    def _padded(self, view: QWidget) -> QWidget:
        holder = QWidget(self)
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(4, 14, 4, 4)
        lay.addWidget(view)
        return holder

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i).replace("&", "") for i in range(self.tabs.count())]

    def show_tab(self, view: QWidget) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(view):
                self.tabs.setCurrentIndex(i)
                return

    def refresh(self) -> None:
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if self.workspace.actor is None:
            return
        holder = self.tabs.widget(index)
        for view in (self.export, self.importer, self.conflicts, self.stats, self.backups,
                     self.keys):
            if view is not None and holder is not None and holder.isAncestorOf(view):
                if view is self.importer:
                    view.refresh()  # keeps its report
                elif hasattr(view, "refresh"):
                    view.refresh()

    def _restart(self) -> None:
        """After a restore: back to the login window, on the restored data."""
        logout = getattr(self.window_, "logout", None)
        if callable(logout):
            logout()
