"""Wires the groups, tasks, templates and summary PDF into the Sessions page, so that
page.py only calls `install_extras(page)` and `attach_to_editor(editor)`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clinic_desk.core.security.roles import Perm
from clinic_desk.ui.sessions.groups_view import GroupsView, preset_group
from clinic_desk.ui.sessions.summary_pdf import attach_to_case
from clinic_desk.ui.sessions.tasks_view import CaseTaskButtons, TasksView
from clinic_desk.ui.sessions.tasks_view import attach_to_editor as _task_button
from clinic_desk.ui.sessions.templates_view import TemplatesView


def install_extras(page: QWidget) -> None:
    """Tabs Groups, Follow-up tasks and (administrators) Templates; under the case
    view, task buttons and the session summary PDF."""
    ws = page.workspace  # type: ignore[attr-defined]
    actor = ws.actor
    tabs = page.tabs  # type: ignore[attr-defined]
    pad = page._padded  # type: ignore[attr-defined]
    page.groups = GroupsView(ws, page)  # type: ignore[attr-defined]
    page.tasks = TasksView(ws, page)  # type: ignore[attr-defined]
    tabs.addTab(pad(page.groups), QCoreApplication.translate("SessionsPage", "&Groups"))  # type: ignore[attr-defined]
    tabs.addTab(pad(page.tasks), QCoreApplication.translate("SessionsPage", "Follow-up &tasks"))  # type: ignore[attr-defined]
    page.templates = None  # type: ignore[attr-defined]
    if actor.can(Perm.MANAGE_SETTINGS):
        page.templates = TemplatesView(ws, page)  # type: ignore[attr-defined]
        tabs.addTab(pad(page.templates), QCoreApplication.translate("SessionsPage", "Te&mplates"))  # type: ignore[attr-defined]
    page.groups.start_session.connect(  # type: ignore[attr-defined]
        lambda gid: start_group_session(page, gid))
    case = page.case  # type: ignore[attr-defined]
    page.case_extras = CaseTaskButtons(case)  # type: ignore[attr-defined]
    page.case_extras.changed.connect(page.tasks.reload)  # type: ignore[attr-defined]
    page.tasks.changed.connect(case.reload)  # type: ignore[attr-defined]
    attach_to_case(case, page.case_extras.row,  # type: ignore[attr-defined]
                   page.case_extras.note)  # type: ignore[attr-defined]
    case.layout().addWidget(page.case_extras)  # type: ignore[attr-defined]


def attach_to_editor(editor: QWidget, page: QWidget | None = None) -> None:
    _task_button(editor)
    tasks = getattr(page, "tasks", None)
    if tasks is not None:
        editor.saved.connect(lambda _sid: tasks.reload())  # type: ignore[attr-defined]


def start_group_session(page: QWidget, group_id: str, modal: bool = True) -> QWidget:
    """A new note editor for a session of this group, its members listed."""
    editor = page.open_editor(modal=False)  # type: ignore[attr-defined]
    preset_group(editor, group_id)
    if modal:
        editor.exec()  # type: ignore[attr-defined]
    return editor
