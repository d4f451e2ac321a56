"""Follow-up tasks with due dates: add one (from a session, the case view or the task
list), mark it done, and see the overdue ones flagged with an icon and a word.

Counsellors see every open task; other roles only the tasks assigned to them (the core
decides, see `core.sessions.tasks`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.security.roles import Perm
from clinic_desk.core.sessions import tasks as tasks_mod
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.sessions.common import fmt_date, warning_icon
from clinic_desk.ui.widgets import label, make_primary


class AddTaskDialog(QDialog):
    """What has to be done, by when, for whom. `people` offers the women of a session
    (a group session has many); `person_id` fixes her (the case view).

    Signals: `added(TaskInfo)`."""

    added = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 person_id: str | None = None, session_id: str | None = None,
                 people: list[tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_task_dialog")
        self.setWindowTitle(self.tr("Follow-up task"))
        self.workspace = workspace
        self.actor = workspace.actor
        self.session_id = session_id
        self.fixed_person = person_id
        self.result_task: tasks_mod.TaskInfo | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("task_title")
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("e.g. Call her to confirm the CEM appointment"))
        self.due = QDateEdit(QDate.currentDate().addDays(7), self)
        self.due.setObjectName("task_due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setMinimumDate(QDate.currentDate())
        self.person = QComboBox(self)
        self.person.setObjectName("task_person")
        if person_id is None:
            self.person.addItem(self.tr("(nobody in particular)"), None)
            for pid, name in people or []:
                self.person.addItem(name, pid)
            if people and len(people) == 1:
                self.person.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("&What has to be done:"), self.title)
        form.addRow(self.tr("&Due on:"), self.due)
        if person_id is None:
            form.addRow(self.tr("&For:"), self.person)
        else:
            self.person.hide()
        self.error = label("", "errorLabel", wrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add task"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.error)
        col.addWidget(self.buttons)
        self.resize(460, 200)

    def submit(self) -> bool:
        self.error.clear()
        pid = self.fixed_person or self.person.currentData()
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                info = tasks_mod.add_task(s, self.actor, self.title.text(),
                                          self.due.date().toPython(), person_id=pid,
                                          session_id=self.session_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(error_text(exc))
            return False
        self.result_task = info
        self.added.emit(info)
        self.accept()
        return True


class TasksView(QWidget):
    """Open follow-up tasks, soonest first: due date, what, for whom, assigned to."""

    changed = Signal()

    DUE, TITLE, PERSON, ASSIGNED = range(4)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_view")
        self.workspace = workspace
        self.actor = workspace.actor
        self.rows: list[tasks_mod.TaskInfo] = []
        self.scope = QComboBox(self)
        self.scope.setObjectName("tasks_scope")
        self.scope.addItem(self.tr("Assigned to me"), "mine")
        if self.actor.can(Perm.NOTES_READ):
            self.scope.addItem(self.tr("All open tasks"), "all")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tasks_tree")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Task"), self.tr("For"),
                                   self.tr("Assigned to")])
        hdr = self.tree.header()
        hdr.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        for c in (self.DUE, self.PERSON, self.ASSIGNED):
            hdr.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add task…"), self)
        self.add_button.setObjectName("add_task")
        self.done_button = make_primary(QPushButton(self.tr("Mark &done"), self))
        self.done_button.setObjectName("task_done")
        self.message = label("", "errorLabel", wrap=True)
        head = QHBoxLayout()
        head.addWidget(self.scope)
        head.addStretch(1)
        foot = QHBoxLayout()
        foot.addWidget(self.message, 1)
        foot.addWidget(self.add_button)
        foot.addWidget(self.done_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(head)
        col.addWidget(self.tree, 1)
        col.addLayout(foot)
        self.dialog: AddTaskDialog | None = None
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(lambda: self.add_task())
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.tree.itemSelectionChanged.connect(
            lambda: self.done_button.setEnabled(self.current() is not None))
        self.reload()

    def reload(self) -> None:
        try:
            with self.workspace.db.read() as s:
                rows = tasks_mod.open_tasks(
                    s, self.actor,
                    assigned_to=self.actor.user_id if self.scope.currentData() == "mine"
                    else None)
        except Exception as exc:  # noqa: BLE001 - shown under the list
            self.message.setText(error_text(exc))
            return
        self.rows = rows
        self.tree.clear()
        today = dt.date.today()
        for t in rows:
            due = fmt_date(t.due_on)
            if t.overdue(today):
                due = self.tr("{due} overdue").format(due=due)
            item = QTreeWidgetItem([due, t.title, t.person_name or "", t.assigned_name or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, t.id)
            if t.overdue(today):
                item.setIcon(0, warning_icon())
            self.tree.addTopLevelItem(item)
        if not rows:
            self.message.setText(self.tr("No open tasks."))
        else:
            self.message.clear()
        self.done_button.setEnabled(self.current() is not None)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.reload()
        super().showEvent(event)  # type: ignore[arg-type]

    def current(self) -> tasks_mod.TaskInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        tid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((t for t in self.rows if t.id == tid), None)

    def add_task(self, modal: bool = True) -> AddTaskDialog:
        dlg = AddTaskDialog(self.workspace, self)
        dlg.added.connect(lambda _t: (self.reload(), self.changed.emit()))
        self.dialog = dlg
        if modal:
            dlg.exec()
        return dlg

    def mark_done(self, task_id: str | None = None) -> bool:
        task = self.current() if task_id is None else next(
            (t for t in self.rows if t.id == task_id), None)
        if task is None:
            return False
        ok = complete(self, self.workspace, task.id, self.message)
        if ok:
            self.reload()
            self.changed.emit()
        return ok


def complete(_parent: QWidget, workspace: Workspace, task_id: str, message: QWidget) -> bool:
    try:
        with workspace.db.write(workspace.actor.user_id) as s:
            tasks_mod.complete_task(s, workspace.actor, task_id)
    except Exception as exc:  # noqa: BLE001 - shown to the user
        message.setText(error_text(exc))  # type: ignore[attr-defined]
        return False
    return True


# -- hooks into the note editor and the case view (added by the Sessions page) -------------
def attach_to_editor(editor: QWidget) -> QPushButton:
    """An "Add follow-up task…" button on the note editor, usable once the session is
    saved; the task is linked to the session and, if chosen, one of its women."""
    button = QPushButton(
        QCoreApplication.translate("AddTaskDialog", "Add follow-up &task…"), editor)
    button.setObjectName("editor_add_task")
    layout = editor.buttons  # type: ignore[attr-defined]
    layout.insertWidget(1, button)
    button.setVisible(editor.actor.can(Perm.SESSIONS_LOG))  # type: ignore[attr-defined]

    def refresh(*_a: object) -> None:
        button.setEnabled(bool(editor.session_id))  # type: ignore[attr-defined]
        button.setToolTip("" if editor.session_id else  # type: ignore[attr-defined]
                          QCoreApplication.translate("AddTaskDialog", "Save the session first."))

    def open_dialog(modal: bool = True) -> AddTaskDialog:
        dlg = AddTaskDialog(editor.workspace, editor,  # type: ignore[attr-defined]
                            session_id=editor.session_id,  # type: ignore[attr-defined]
                            people=list(editor.people))  # type: ignore[attr-defined]
        editor.task_dialog = dlg  # type: ignore[attr-defined]
        if modal:
            dlg.exec()
        return dlg

    editor.saved.connect(refresh)  # type: ignore[attr-defined]
    button.clicked.connect(lambda: open_dialog())
    editor.open_task_dialog = open_dialog  # type: ignore[attr-defined]
    refresh()
    return button


class CaseTaskButtons(QWidget):
    """Under the case view: add a task for her, mark the selected task done."""

    changed = Signal()

    def __init__(self, case: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or case)
        self.case = case
        self.workspace: Workspace = case.workspace  # type: ignore[attr-defined]
        self.add_button = QPushButton(self.tr("Add follow-up &task…"), self)
        self.add_button.setObjectName("case_add_task")
        self.done_button = QPushButton(self.tr("&Mark task done"), self)
        self.done_button.setObjectName("case_task_done")
        self.note = label("", "okLabel", wrap=True)
        self.dialog: AddTaskDialog | None = None
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.done_button)
        self.add_button.clicked.connect(lambda: self.add_task())
        self.done_button.clicked.connect(lambda: self.mark_done())

    def _person(self) -> str | None:
        return getattr(self.case, "person_id", None)

    def add_task(self, modal: bool = True) -> AddTaskDialog | None:
        pid = self._person()
        if not pid:
            self.case.message.setText(self.tr("Find a person first."))  # type: ignore[attr-defined]
            return None
        dlg = AddTaskDialog(self.workspace, self, person_id=pid)
        dlg.added.connect(lambda _t: self._changed())
        self.dialog = dlg
        if modal:
            dlg.exec()
        return dlg

    def mark_done(self, row: int | None = None) -> bool:
        view = getattr(self.case, "view", None)
        if view is None:
            return False
        row = self.case.tasks.currentRow() if row is None else row  # type: ignore[attr-defined]
        if not 0 <= row < len(view.open_tasks):
            self.case.message.setText(  # type: ignore[attr-defined]
                self.tr("Choose a task in the list first."))
            return False
        if not complete(self, self.workspace, view.open_tasks[row].id,
                        self.case.message):  # type: ignore[attr-defined]
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        self.note.clear()
        self.case.reload()  # type: ignore[attr-defined]
        self.changed.emit()
