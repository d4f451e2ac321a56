"""The "Sessions" tab of a person's file: her sessions timeline (date, type, duration,
counsellors, status — never what was said) and a button to open her case in the
Sessions section. Counsellors open a note from there (an audited read); other roles
are told that only counsellors read notes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from clinic_desk.core.security.roles import Perm
from clinic_desk.core.sessions import sessions as svc
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.sessions.views import fill_session_tree, session_tree, tree_headers
from clinic_desk.ui.widgets import label


def may_see_sessions(workspace: Workspace) -> bool:
    return workspace.actor is not None and workspace.actor.can(Perm.SESSIONS_LOG)


class PersonSessionsTab(QWidget):
    """Signals: `open_case(person_id)` (also handled here: the main window's Sessions
    section is opened on her case, when there is one)."""

    open_case = Signal(str)

    def __init__(self, workspace: Workspace, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_sessions_tab")
        self.workspace = workspace
        self.actor = workspace.actor
        self.person_id = person_id
        self.rows: dict[str, svc.SessionSummary] = {}
        self.hint = label("", "muted", wrap=True)
        if not self.actor.can(Perm.NOTES_READ):
            self.hint.setText(self.tr("You can see that these sessions took place. Only "
                                      "counsellors read what was said in them."))
        else:
            self.hint.setText(self.tr("Open her case to read a note, add a follow-up task "
                                      "or write a session summary."))
        self.summary = label("", "pageSubtitle")
        self.tree = session_tree(self)
        self.tree.setObjectName("person_sessions")
        self.tree.setHeaderLabels(tree_headers(self))
        self.case_button = QPushButton(self.tr("Open her &case in Sessions"), self)
        self.case_button.setObjectName("open_case")
        self.case_button.setProperty("primary", True)
        self.message = label("", "errorLabel", wrap=True)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.case_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(head)
        col.addWidget(self.hint)
        col.addWidget(self.tree, 1)
        col.addWidget(self.message)
        self.case_button.clicked.connect(self.request_case)
        self.tree.itemActivated.connect(lambda *_a: self.request_case())
        self.reload()

    def reload(self) -> None:
        try:
            with self.workspace.db.read() as s:
                rows = svc.list_sessions(s, self.actor, person_id=self.person_id, limit=500)
        except Exception as exc:  # noqa: BLE001 - shown under the list
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self.rows = {r.id: r for r in rows}
        fill_session_tree(self.tree, rows)
        self.summary.setText(self.tr("%n session(s)", "", len(rows)) if rows
                             else self.tr("No sessions recorded with her yet."))

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.reload()
        super().showEvent(event)  # type: ignore[arg-type]

    def request_case(self) -> None:
        self.open_case.emit(self.person_id)
        open_case_in_window(self, self.person_id)


def open_case_in_window(widget: QWidget, person_id: str) -> bool:
    """Switch the main window to the Sessions section, on her case view."""
    window = widget.window()
    if not (hasattr(window, "open_section") and hasattr(window, "page")):
        return False
    try:
        keys = window.section_keys()  # type: ignore[attr-defined]
    except AttributeError:
        keys = ["sessions"]
    if "sessions" not in keys:
        return False
    window.open_section("sessions")  # type: ignore[attr-defined]
    page = window.page("sessions")  # type: ignore[attr-defined]
    show_case(page, person_id)
    return True


def show_case(page: QWidget, person_id: str) -> None:
    """The Sessions page on her case view."""
    case = page.case  # type: ignore[attr-defined]
    tabs = page.tabs  # type: ignore[attr-defined]
    for i in range(tabs.count()):
        holder = tabs.widget(i)
        if holder is case or holder.isAncestorOf(case):
            tabs.setCurrentIndex(i)
            break
    case.show_person(person_id)
    case.setFocus(Qt.FocusReason.OtherFocusReason)
