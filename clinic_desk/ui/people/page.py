"""The Personas section: find people as you type, register a woman with her children,
open a person's file.

Embedded by the main window as `PeoplePage(workspace, window)`. Keyboard: type in the
search box, arrow down into the list, Enter opens the file; Escape in a file goes back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.intake.search import recent_people, search_people
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.admin.users_view import empty_state, intro_label
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.people.people_model import PeopleModel
from clinic_desk.ui.widgets import icon

DEBOUNCE_MS = 150


class PeopleList(QWidget):
    """Search box, results table, empty states."""

    open_requested = Signal(str)
    register_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        actor = workspace.actor
        self.can_write = actor is not None and actor.can(Perm.PEOPLE_WRITE)

        title = QLabel(self.tr("People"), self)
        title.setObjectName("pageTitle")
        self.search = QLineEdit(self)
        self.search.setObjectName("people_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("people"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(
            self.tr("Find a person: type a name, DNI or phone (accents do not matter)"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setMinimumWidth(460)
        self.register_button = QPushButton(self.tr("&Register a person…"), self)
        self.register_button.setObjectName("register_person")
        self.register_button.setProperty("primary", True)
        self.register_button.setVisible(self.can_write)
        self.register_button.clicked.connect(self.register_requested.emit)
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(title)
        head.addSpacing(18)
        head.addWidget(self.search, 1)
        head.addWidget(self.register_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("muted")
        self.message = InlineMessage(self)

        self.model = PeopleModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("people_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("People found"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PeopleModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(PeopleModel.DOCUMENT, 230)
        self.table.setColumnWidth(PeopleModel.AGE, 90)
        self.table.setColumnWidth(PeopleModel.SECTOR, 220)
        self.table.setColumnWidth(PeopleModel.RISK, 210)
        self.table.activated.connect(lambda idx: self._open_row(idx.row()))
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))

        self.empty_none = empty_state(
            self.tr("No one is registered yet"),
            self.tr("Register the first woman with “Register a person…”. Her children "
                    "and dependants are registered with her, in the same form.")
            if self.can_write else
            self.tr("Nobody is registered yet. Shelter staff and counsellors register "
                    "people."), self)
        self.empty_found = empty_state(
            self.tr("Nobody found"),
            self.tr("Check the spelling, or try the surname or the DNI alone. Accents and "
                    "capitals do not matter. If she is new, register her."), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_none)
        self.stack.addWidget(self.empty_found)

        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 16)
        col.setSpacing(10)
        col.addLayout(head)
        col.addWidget(intro_label(self.tr(
            "Type part of a name, a DNI or a phone number: the list follows as you type. "
            "Arrow down to the list and press Enter to open a file. Every file you open "
            "is written to the audit log."), self))
        col.addWidget(self.message)
        col.addWidget(self.summary)
        col.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.installEventFilter(self)
        if self.can_write:
            QShortcut(QKeySequence(QKeySequence.StandardKey.New), self,
                      self.register_requested.emit,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusProxy(self.search)
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def flush(self) -> None:
        """Run a pending search now (Enter or arrow down before the pause ended)."""
        if self.timer.isActive():
            self.timer.stop()
            self.refresh()

    def refresh(self) -> None:
        query = self.search.text().strip()
        actor = self.workspace.actor
        try:
            with self.workspace.db.read() as s:
                hits = (search_people(s, actor, query) if query
                        else recent_people(s, actor, limit=50))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.model.set_hits([])
            self.message.show_message(error_text(exc))
            return
        self.message.clear()
        self.model.set_hits(hits)
        if hits:
            self.stack.setCurrentWidget(self.table)
            self.table.selectRow(0)
            self.summary.setText(
                self.tr("People found: {count}").format(count=len(hits)) if query
                else self.tr("Recently registered or changed"))
        else:
            self.stack.setCurrentWidget(self.empty_found if query else self.empty_none)
            self.summary.setText("")

    def _open_row(self, row: int) -> None:
        hit = self.model.hit_at(row)
        if hit is not None:
            self.open_requested.emit(hit.id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down:
                self.flush()
                if self.model.rowCount():
                    self.table.setFocus()
                    self.table.selectRow(0)
                    return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.flush()
                rows = self.table.selectionModel().selectedRows()
                if rows and self.search.text().strip():
                    self._open_row(rows[0].row())
                    return True
        return super().eventFilter(obj, event)


class PeoplePage(QWidget):
    """The list, and a person's file in its place when one is opened."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_page")
        self.workspace = workspace
        self.list = PeopleList(workspace, self)
        self.view: QWidget | None = None
        self.dialog: QWidget | None = None  # the open dialog, for tests
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.stack)
        self.list.open_requested.connect(self.open_person)
        self.list.register_requested.connect(self.register)
        self.setFocusProxy(self.list)

    # -- navigation --------------------------------------------------------------------
    def open_person(self, person_id: str) -> QWidget | None:
        """Open her file (audited). Returns the PersonView, or None when refused."""
        from clinic_desk.ui.people.person_view import PersonView

        try:
            view = PersonView(self.workspace, person_id, self)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.list.message.show_message(error_text(exc))
            return None
        self.close_person()
        self.view = view
        view.back_requested.connect(self.show_list)
        view.open_requested.connect(self.open_person)
        view.changed.connect(self.list.refresh)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.setFocus()
        return view

    def close_person(self) -> None:
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None

    def show_list(self) -> None:
        self.close_person()
        self.stack.setCurrentWidget(self.list)
        self.list.refresh()
        self.list.focus_search()

    def register(self) -> QWidget:
        from clinic_desk.ui.people.intake_dialog import IntakeDialog

        dlg = IntakeDialog(self.workspace, self)
        dlg.registered.connect(self._registered)
        dlg.open_existing.connect(self.open_person)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _registered(self, person_id: str) -> None:
        self.list.refresh()
        self.open_person(person_id)

    def refresh(self) -> None:
        """Reload the list (the main window may call this when the section is shown)."""
        if self.view is None:
            self.list.refresh()


def render_people_screens(workspace: Workspace, outdir: Path | str,
                          size: tuple[int, int] = (1366, 768),
                          people: int = 80) -> list[Path]:
    """Render the list, the intake form with a duplicate warning and a person's file
    (header, risk tab, emergency contacts tab) to PNG files in outdir, on demo data.

    The workspace's user must be allowed to register people (staff or counsellor)."""
    from clinic_desk.core.intake import demo, risk
    from clinic_desk.core.intake.search import recent_people as recent

    app = QApplication.instance() or QApplication([])
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    demo.fill(workspace, people=people, today=dt.date.today())
    actor = workspace.actor
    with workspace.db.read() as s:
        women = [h for h in recent(s, actor, limit=200)
                 if h.sex == "female" and (h.age or 0) >= 18]
    target = women[0]
    with workspace.db.write(actor.user_id) as s:
        risk.assess_risk(s, actor, target.id, "severo", ["physical", "psychological"],
                         note="Amenazas de muerte; el agresor conoce el albergue anterior.")
        risk.add_emergency_contact(s, actor, target.id, "Carmen Huamán Ccori", "hermana",
                                   "987 123 456")
        risk.add_emergency_contact(s, actor, target.id, "Julio Rojas Paucar",
                                   "expareja", "912 345 678", never_contact=True,
                                   note="Agresor. Tiene orden de alejamiento.")
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = out / name
        widget.grab().save(str(path))
        written.append(path)

    page = PeoplePage(workspace)
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    page.resize(*size)
    page.show()
    from clinic_desk.core.intake.common import live_person
    from clinic_desk.core.intake.validation import fold

    with workspace.db.read() as s:
        row = live_person(s, target.id)
        names = (row.given_names, row.first_surname, row.second_surname or "")
    page.list.search.setText(fold(names[1]))
    page.list.flush()
    save(page, "people-list.png")
    page.list.search.setText("zzzzqx")
    page.list.flush()
    save(page, "people-list-empty.png")
    page.list.search.clear()
    page.list.flush()

    dlg = page.register()
    dlg.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    dlg.resize(size[0] - 40, size[1] - 60)
    dlg.fill_demo(*names, doc_number=target.doc_number or "")
    save(dlg, "people-intake-duplicate.png")
    dlg.head.phone.setText("98765 43a")
    dlg.members[0].form.birth_date.setText("31/02/2016")
    dlg.submit()
    save(dlg, "people-intake-errors.png")
    dlg.reject()

    view = page.open_person(target.id)
    assert view is not None
    save(page, "people-file.png")
    view.show_tab("risk")
    save(page, "people-file-risk.png")
    view.show_tab("contacts")
    save(page, "people-file-contacts.png")
    page.close()
    page.deleteLater()
    app.processEvents()
    return written
