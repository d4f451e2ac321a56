"""A small people picker other sections reuse (shelter admission, sessions, dispensing):

    picker = PersonPicker(workspace)
    picker.person_selected.connect(lambda person_id: ...)

Type a name, document or phone; the matches appear underneath as you type (search is
accent-insensitive); arrow down and Enter, or a double click, picks one. Shows only
name, document and age, so it works for every role that may look people up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.intake.search import search_people
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.people.people_model import PeopleModel

DEBOUNCE_MS = 150


class PersonPicker(QWidget):
    person_selected = Signal(str)  # the person's id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 limit: int = 20) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.limit = limit
        self._selected: str | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("picker_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type a name, DNI or phone…"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.model = PeopleModel(self, lookup_only=True)
        self.table = QTableView(self)
        self.table.setObjectName("picker_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(120)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PeopleModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PeopleModel.DOCUMENT,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PeopleModel.AGE, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(self)
        self.status.setObjectName("hintLabel")
        self.status.setWordWrap(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addWidget(self.search)
        col.addWidget(self.status)
        col.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.installEventFilter(self)
        self.table.activated.connect(lambda idx: self._pick(idx.row()))
        self.table.doubleClicked.connect(lambda idx: self._pick(idx.row()))
        self.status.setText(self.tr("Start typing to find a person."))

    def selected_id(self) -> str | None:
        return self._selected

    def set_query(self, text: str) -> None:
        self.search.setText(text)
        self.timer.stop()
        self.refresh()

    def refresh(self) -> None:
        query = self.search.text().strip()
        if not query:
            self.model.set_hits([])
            self.status.setText(self.tr("Start typing to find a person."))
            return
        try:
            with self.workspace.db.read() as s:
                hits = search_people(s, self.workspace.actor, query, limit=self.limit)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.model.set_hits([])
            self.status.setText(error_text(exc))
            return
        self.model.set_hits(hits)
        if hits:
            self.table.selectRow(0)
            self.status.setText(self.tr("People found: {count}. Arrow down and Enter to "
                                        "choose.").format(count=len(hits)))
        else:
            self.status.setText(self.tr("Nobody found. Check the spelling, or try the "
                                        "surname or the DNI alone."))

    def _pick(self, row: int) -> None:
        hit = self.model.hit_at(row)
        if hit is not None:
            self._selected = hit.id
            self.person_selected.emit(hit.id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down and self.model.rowCount():
                if self.timer.isActive():
                    self.timer.stop()
                    self.refresh()
                self.table.setFocus()
                self.table.selectRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.timer.stop()
                    self.refresh()
                rows = self.table.selectionModel().selectedRows()
                if rows:
                    self._pick(rows[0].row())
                    return True
        return super().eventFilter(obj, event)
