"""The Administración section: users, audit log, security status, settings.

Embedded by the main window as `AdminPage(workspace, parent)`. Each tab appears only for
the permission it needs; the services check again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.audit_view import AuditView
from clinic_desk.ui.admin.security_view import SecurityView
from clinic_desk.ui.admin.settings_view import SettingsView
from clinic_desk.ui.admin.users_view import UsersView, empty_state


class AdminPage(QWidget):
    settingsChanged = Signal(str, object)  # noqa: N815 - Qt naming; key, new value

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin_page")
        self.workspace = workspace
        actor = workspace.actor
        can = actor.can if actor is not None else (lambda _perm: False)

        title = QLabel(self.tr("Administration"), self)
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("admin_tabs")
        self.tabs.setDocumentMode(True)
        self.users: UsersView | None = None
        self.audit: AuditView | None = None
        self.settings: SettingsView | None = None
        self.security = SecurityView(workspace, self)
        if can(Perm.MANAGE_USERS):
            self.users = UsersView(workspace, self)
            self.tabs.addTab(self._padded(self.users), self.tr("&Users"))
        if can(Perm.VIEW_AUDIT):
            self.audit = AuditView(workspace, self)
            self.tabs.addTab(self._padded(self.audit), self.tr("Audit &log"))
        self.tabs.addTab(self._padded(self.security), self.tr("Se&curity"))
        if can(Perm.MANAGE_SETTINGS):
            self.settings = SettingsView(workspace, self)
            self.tabs.addTab(self._padded(self.settings), self.tr("Se&ttings"))
            self.settings.changed.connect(self._setting_changed)
        if self.users is not None and self.audit is not None:
            self.users.changed.connect(self.audit.refresh)
        self.tabs.currentChanged.connect(self._tab_shown)

        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 20)
        col.setSpacing(12)
        col.addWidget(title)
        if not (can(Perm.MANAGE_USERS) or can(Perm.VIEW_AUDIT)):
            col.addWidget(empty_state(
                self.tr("Only administrators manage users and read the audit log"),
                self.tr("You can read the security status below. Ask an administrator if you "
                        "need a user changed."), self))
        col.addWidget(self.tabs, 1)

    def _padded(self, view: QWidget) -> QWidget:
        holder = QWidget(self)
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(4, 16, 4, 4)
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
        """Reload what the current tab shows (the main window calls this on show)."""
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        holder = self.tabs.widget(index)
        for view in (self.users, self.audit, self.security, self.settings):
            if view is not None and holder is not None and holder.isAncestorOf(view):
                if view is not self.settings:  # never throw away unsaved edits
                    view.refresh()

    def _setting_changed(self, key: str, value: object) -> None:
        self.security.refresh()
        self.settingsChanged.emit(key, value)


def render_admin_screens(workspace: Workspace, outdir: Path | str,
                         size: tuple[int, int] = (1366, 768)) -> list[Path]:
    """Render each tab of the page to outdir/admin-<tab>.png (offscreen screenshots)."""
    app = QApplication.instance() or QApplication([])
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    page = AdminPage(workspace)
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    page.resize(*size)
    page.show()
    names = {page.users: "users", page.audit: "audit", page.security: "security",
             page.settings: "settings"}
    written: list[Path] = []
    for view, name in names.items():
        if view is None:
            continue
        page.show_tab(view)
        app.processEvents()
        path = out / f"admin-{name}.png"
        page.grab().save(str(path))
        written.append(path)
        if view is page.audit and page.audit is not None:  # the chain check's answer
            page.audit._verified(workspace.verify())
            app.processEvents()
            path = out / "admin-audit-verified.png"
            page.grab().save(str(path))
            written.append(path)
        if view is page.users and page.users is not None:  # a dialog refusing bad input
            dialog = page.users.add_user()
            dialog.username.setText("rosa.quispe")
            dialog.full_name.setText("Rosa Quispe Mamani")
            dialog.password.setText("una frase larga")
            dialog.password_again.setText("otra frase")
            dialog.submit()
            app.processEvents()
            path = out / "admin-users-add-dialog.png"
            dialog.grab().save(str(path))
            written.append(path)
            dialog.reject()
    page.close()
    page.deleteLater()
    app.processEvents()
    return written
