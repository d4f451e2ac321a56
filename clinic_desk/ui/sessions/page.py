"""The Sesiones section: agenda, session list, case view and community activities.

Embedded by the main window as `SessionsPage(workspace, window)`. Roles without
NOTES_READ see the agenda and the list of sessions without any note text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.sessions.agenda import AgendaView
from clinic_desk.ui.sessions.editor import NoteEditor
from clinic_desk.ui.sessions.views import CaseView, CommunityView, SessionListView
from clinic_desk.ui.widgets import label, make_primary


class SessionsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessions_page")
        self.workspace = workspace
        actor = workspace.actor
        self.can_write = actor is not None and actor.can(Perm.NOTES_WRITE)
        title = label(self.tr("Sessions"), "pageTitle")
        self.new_button = make_primary(QPushButton(self.tr("&New session…"), self))
        self.new_button.setObjectName("new_session")
        self.new_button.setVisible(self.can_write)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.new_button)

        self.agenda = AgendaView(workspace, self)
        self.list = SessionListView(workspace, self)
        self.case = CaseView(workspace, self)
        self.community = CommunityView(workspace, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sessions_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._padded(self.agenda), self.tr("&Agenda"))
        self.tabs.addTab(self._padded(self.list), self.tr("&Sessions"))
        self.tabs.addTab(self._padded(self.case), self.tr("&Case view"))
        self.tabs.addTab(self._padded(self.community), self.tr("C&ommunity activities"))
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 16)
        col.setSpacing(12)
        col.addLayout(head)
        col.addWidget(self.tabs, 1)

        self.editor: NoteEditor | None = None
        self.new_button.clicked.connect(lambda: self.open_editor())
        self.list.open_session.connect(lambda sid: self.open_editor(sid))
        self.case.open_session.connect(lambda sid: self.open_editor(sid))
        self.case.new_session.connect(lambda pid: self.open_editor(person_id=pid))
        self.agenda.record_session.connect(
            lambda aid, pid: self.open_editor(person_id=pid or None, appointment_id=aid))
        from clinic_desk.ui.sessions.extras import install_extras

        install_extras(self)  # groups, follow-up tasks, templates, summary PDF

    def _padded(self, view: QWidget) -> QWidget:
        """The view in a scroll area: on a 1366 x 768 laptop the window must fit the
        screen, so a tab taller than the room it gets scrolls instead."""
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(4, 14, 4, 4)
        lay.addWidget(view)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        return scroll

    def open_editor(self, session_id: str | None = None, person_id: str | None = None,
                    appointment_id: str | None = None, modal: bool = True) -> NoteEditor:
        from clinic_desk.ui.messages import show_error

        try:
            editor = NoteEditor(self.workspace, session_id, self, person_id=person_id,
                                appointment_id=appointment_id)
        except Exception as exc:  # noqa: BLE001 - e.g. a note she may not read
            show_error(self, exc)
            raise
        editor.saved.connect(lambda _sid: self.reload())
        from clinic_desk.ui.sessions.extras import attach_to_editor

        attach_to_editor(editor, self)
        self.editor = editor
        if modal:
            editor.exec()
        return editor

    def reload(self) -> None:
        self.list.reload()
        self.agenda.reload()
        self.case.reload()


def render_sessions_screens(workspace: Workspace, outdir: Path | str,
                            size: tuple[int, int] = (1366, 768)) -> list[Path]:
    """Render the agenda, the note editor (a draft, and a signed note with an
    addendum), the case view and the session list to PNG files, on demo data.

    The workspace's user should be a counsellor (the editor shots need one); with
    another role only the agenda, list and case view are rendered (the staff view)."""
    from sqlalchemy import select

    from clinic_desk.core.intake import demo as intake_demo
    from clinic_desk.core.intake.models import Person
    from clinic_desk.core.sessions import demo as sessions_demo
    from clinic_desk.core.sessions import sessions as svc

    app = QApplication.instance() or QApplication([])
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    actor = workspace.actor
    counsellor = actor.can(Perm.NOTES_WRITE)
    from sqlalchemy import func

    from clinic_desk.core.sessions.models import CounsellingSession

    with workspace.db.read() as s:
        people = s.scalar(select(func.count()).select_from(Person)) or 0
        have = s.scalar(select(CounsellingSession.id).limit(1))
    if have is None:
        if people < 10:
            intake_demo.fill(workspace, people=40, today=dt.date.today())
        sessions_demo.fill(workspace, per_person=4)
    written: list[Path] = []
    suffix = "" if counsellor else "-staff"

    def save(widget: QWidget, name: str) -> None:
        for _ in range(8):
            app.processEvents()
        path = out / name
        widget.grab().save(str(path))
        written.append(path)

    page = SessionsPage(workspace)
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    page.resize(*size)
    page.show()
    page.agenda.span.setCurrentIndex(1)
    save(page, f"sessions-agenda{suffix}.png")
    page.tabs.setCurrentIndex(1)
    save(page, f"sessions-list{suffix}.png")
    with workspace.db.read() as s:
        rows = svc.list_sessions(s, actor, limit=1000)
    busiest: dict[str, int] = {}
    for r in rows:
        for p in r.present:
            if r.kind != "group":
                busiest[p.person_id] = busiest.get(p.person_id, 0) + 1
    target = max(busiest, key=lambda k: busiest[k]) if busiest else None
    if target:
        page.tabs.setCurrentIndex(2)
        page.case.show_person(target)
        save(page, f"sessions-case{suffix}.png")
    page.tabs.setCurrentIndex(3)
    save(page, f"sessions-community{suffix}.png")
    if counsellor and target:
        editor = page.open_editor(person_id=target, modal=False)
        editor.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        editor.resize(min(size[0] - 40, 1180), size[1] - 60)
        editor.place.setText("Consultorio 1")
        editor.template.setCurrentIndex(max(0, editor.template.findData("follow_up")))
        editor._insert_template()
        editor.text.appendPlainText(
            "Llega más tranquila. Cuenta que volvió a dormir en casa de su hermana.")
        for i in range(min(2, editor.interventions.count())):
            editor.interventions.item(i).setCheckState(Qt.CheckState.Checked)
        editor.show()
        save(editor, "sessions-editor-draft.png")
        editor.save()
        editor.confirm_sign = lambda: True  # type: ignore[method-assign]
        editor.sign()
        editor.add_addendum("Corrección: la hermana vive en Huaycán Zona D, no en Zona B.")
        save(editor, "sessions-editor-signed.png")
        editor.close()
    page.close()
    return written
