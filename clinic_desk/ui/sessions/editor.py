"""The session note editor: a new session or an existing one.

A draft is edited and saved; "Sign…" asks for confirmation, then the editor becomes
read-only and "Add addendum…" appears. Opening an existing note goes through
`sessions.read_note` (audited). The dialog never opens for someone who may not read
the note: the list shows them a message instead.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.db.models import User
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.sessions import groups as groups_mod
from clinic_desk.core.sessions import sessions as svc
from clinic_desk.core.sessions import templates
from clinic_desk.core.sessions.models import SESSION_KINDS
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.sessions.common import (
    DATETIME_FORMAT,
    fit_picker_results,
    fmt_datetime,
    from_qdatetime,
    person_picker,
    texts,
)
from clinic_desk.ui.widgets import label, make_primary

RISKS = ("", "leve", "moderado", "severo")


class HintList(QListWidget):
    """A list that says why it is empty (QListWidget has no placeholder text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._placeholder = text
        self.viewport().update()

    def placeholderText(self) -> str:  # noqa: N802 - Qt naming
        return self._placeholder

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.count() or not self._placeholder:
            return
        p = QPainter(self.viewport())
        p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        p.drawText(self.viewport().rect().adjusted(8, 6, -8, -6),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                   | Qt.TextFlag.TextWordWrap, self._placeholder)
        p.end()


class NoteEditor(QDialog):
    """Signals: `saved(session_id)` after any save, sign or addendum."""

    saved = Signal(str)

    PERSON, PRESENT, RISK, OWN_NOTE = range(4)

    def __init__(self, workspace: Workspace, session_id: str | None = None,
                 parent: QWidget | None = None, person_id: str | None = None,
                 appointment_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.workspace = workspace
        self.actor = workspace.actor
        self.session_id = session_id
        self.appointment_id = appointment_id
        self.note: svc.SessionNote | None = None
        self.people: list[tuple[str, str]] = []  # (id, name) in table order
        self.setWindowTitle(self.tr("Session note"))
        self.resize(1180, 700)

        # -- left: who, when, where ------------------------------------------------------
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for code in SESSION_KINDS:
            self.kind.addItem(texts().kind(code), code)
        self.starts = QDateTimeEdit(self)
        self.starts.setObjectName("starts")
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(DATETIME_FORMAT)
        now = QDateTime.currentDateTime()
        self.starts.setDateTime(now.addSecs(-3600).addSecs(-now.time().minute() * 60))
        self.duration = QSpinBox(self)
        self.duration.setObjectName("duration")
        self.duration.setRange(5, 720)
        self.duration.setSingleStep(5)
        self.duration.setValue(50)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setMaxLength(120)
        self.group = QComboBox(self)
        self.group.setObjectName("group")
        self.restricted = QCheckBox(self.tr("Restricted: only me and the counsellors "
                                            "named here may read it"), self)
        self.restricted.setObjectName("restricted")
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.kind)
        form.addRow(self.tr("&Started:"), self.starts)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("&Place:"), self.place)
        self.group_label = QLabel(self.tr("&Group:"), self)
        self.group_label.setBuddy(self.group)
        form.addRow(self.group_label, self.group)

        self.picker = person_picker(workspace, self)
        self.picker.setObjectName("session_picker")
        self.picker.person_selected.connect(self.add_person)  # type: ignore[attr-defined]
        fit_picker_results(self.picker, rows=3)
        self.attendance = QTableWidget(0, 4, self)
        self.attendance.setObjectName("attendance")
        self.attendance.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Present"), self.tr("Risk now"), self.tr("Her note")])
        self.attendance.verticalHeader().hide()
        head = self.attendance.horizontalHeader()
        head.setSectionResizeMode(self.PERSON, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(self.PRESENT, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(self.RISK, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(self.OWN_NOTE, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(self.OWN_NOTE, 130)
        self.remove_person = QPushButton(self.tr("Remove from list"), self)
        people_box = QGroupBox(self.tr("People present"), self)
        pcol = QVBoxLayout(people_box)
        pcol.addWidget(self.picker)
        pcol.addWidget(self.attendance, 1)
        pcol.addWidget(self.remove_person, 0, Qt.AlignmentFlag.AlignRight)

        self.counsellors = HintList(self)
        self.counsellors.setObjectName("counsellors")
        self.counsellors.setMaximumHeight(110)
        self.counsellors.setPlaceholderText(
            self.tr("No other counsellor works at this centre."))
        self.interventions = QListWidget(self)
        self.interventions.setObjectName("interventions")
        self.interventions.setMinimumHeight(110)
        # long names wrap instead of hiding behind a horizontal scroll bar
        self.interventions.setWordWrap(True)
        self.interventions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.interventions.setResizeMode(QListWidget.ResizeMode.Adjust)
        lists = QHBoxLayout()
        ccol, icol = QVBoxLayout(), QVBoxLayout()
        ccol.addWidget(label(self.tr("Other counsellors"), "muted"))
        ccol.addWidget(self.counsellors)
        ccol.addStretch(1)
        icol.addWidget(label(self.tr("Interventions"), "muted"))
        icol.addWidget(self.interventions)
        lists.addLayout(ccol, 2)
        lists.addLayout(icol, 3)

        left = QWidget(self)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 8, 0)
        lcol.addLayout(form)
        lcol.addWidget(self.restricted)
        lcol.addWidget(people_box, 1)
        lcol.addLayout(lists)

        # -- right: the note -----------------------------------------------------------------
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        self.insert_template = QPushButton(self.tr("&Insert template"), self)
        self.insert_template.setObjectName("insert_template")
        self.state = label("", "pageSubtitle", wrap=True)
        self.state.setObjectName("note_state")
        self.banner = label("", "infoBox", wrap=True)
        trow = QHBoxLayout()
        trow.addWidget(QLabel(self.tr("Template:"), self))
        trow.addWidget(self.template, 1)
        trow.addWidget(self.insert_template)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("note_text")
        self.text.setPlaceholderText(self.tr("What happened in the session, in your words."))
        self.agreements = QPlainTextEdit(self)
        self.agreements.setObjectName("agreements")
        self.agreements.setPlaceholderText(self.tr("Agreements and next steps."))
        self.agreements.setMaximumHeight(80)
        self.addenda = QTextBrowser(self)
        self.addenda.setObjectName("addenda")
        self.addenda.setMaximumHeight(130)
        right = QWidget(self)
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(8, 0, 0, 0)
        rcol.addWidget(self.state)
        rcol.addWidget(self.banner)
        self.template_row = QWidget(self)
        self.template_row.setLayout(trow)
        trow.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.template_row)
        rcol.addWidget(label(self.tr("Note"), "muted"))
        rcol.addWidget(self.text, 3)
        rcol.addWidget(label(self.tr("Agreements"), "muted"))
        rcol.addWidget(self.agreements)
        self.addenda_title = label(self.tr("Addenda"), "muted")
        rcol.addWidget(self.addenda_title)
        rcol.addWidget(self.addenda, 1)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 660])
        split.setChildrenCollapsible(False)

        self.save_button = QPushButton(self.tr("&Save draft"), self)
        self.save_button.setObjectName("save_draft")
        self.sign_button = make_primary(QPushButton(self.tr("Si&gn…"), self))
        self.sign_button.setObjectName("sign")
        self.addendum_button = QPushButton(self.tr("Add &addendum…"), self)
        self.addendum_button.setObjectName("add_addendum")
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.addendum_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.close_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.sign_button)
        self.error = label("", "errorLabel", wrap=True)
        self.error.setObjectName("error")

        col = QVBoxLayout(self)
        col.addWidget(split, 1)
        col.addWidget(self.error)
        col.addLayout(self.buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.group.currentIndexChanged.connect(lambda _i: self._group_chosen())
        self.insert_template.clicked.connect(self._insert_template)
        self.remove_person.clicked.connect(self._remove_selected)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        self.addendum_button.clicked.connect(self.ask_addendum)
        self.close_button.clicked.connect(self.reject)
        self.restricted.toggled.connect(self._restrict_signed)

        self._load_lists()
        if session_id:
            self._load(session_id)
        else:
            if person_id:
                self.add_person(person_id)
            self._set_mode()
        self._kind_changed()

    # -- lists ---------------------------------------------------------------------------
    def _load_lists(self) -> None:
        ws, actor = self.workspace, self.actor
        with ws.db.read() as s:
            tpls = templates.list_templates(s, actor) if actor.can(Perm.NOTES_WRITE) else []
            ivs = templates.list_interventions(s, actor)
            self.labels = templates.intervention_labels(s)
            grps = groups_mod.list_groups(s, actor)
            users = [u for u in s.query(User).filter(User.deleted.is_(False),
                                                     User.active.is_(True))
                     if "counsellor" in u.role_names and u.id != actor.user_id]
            users = [(u.id, u.full_name) for u in sorted(users, key=lambda u: u.full_name)]
        self.template.clear()
        for t in tpls:
            self.template.addItem(t.name, t.code)
        self.interventions.clear()
        for i in ivs:
            item = QListWidgetItem(i.label, self.interventions)
            item.setData(Qt.ItemDataRole.UserRole, i.code)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.group.clear()
        self.group.addItem(self.tr("(choose the group)"), None)
        for g in grps:
            self.group.addItem(g.name, g.id)
        self.counsellors.clear()
        for uid, name in users:
            item = QListWidgetItem(name, self.counsellors)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _kind_changed(self) -> None:
        is_group = self.kind.currentData() == "group"
        self.group.setVisible(is_group)
        self.group_label.setVisible(is_group)

    def _group_chosen(self) -> None:
        gid = self.group.currentData()
        if not gid or self.note is not None and not self.note.editable:
            return
        with self.workspace.db.read() as s:
            members = groups_mod.members(s, self.actor, gid)
        for m in members:
            self.add_person(m.person_id, m.name, present=False)

    def _insert_template(self) -> None:
        code = self.template.currentData()
        if not code:
            return
        with self.workspace.db.read() as s:
            body = templates.get_template(s, self.actor, code).body
        cursor = self.text.textCursor()
        cursor.insertText(body)
        self._template_code = code

    # -- people ---------------------------------------------------------------------------
    def add_person(self, person_id: str, name: str | None = None, present: bool = True,
                   note: str | None = None, risk: str | None = None) -> None:
        if any(pid == person_id for pid, _n in self.people):
            return
        if name is None:
            from clinic_desk.core.sessions.common import person_names

            with self.workspace.db.read() as s:
                name = person_names(s, [person_id]).get(person_id, "")
        row = self.attendance.rowCount()
        self.attendance.insertRow(row)
        who = QTableWidgetItem(name)
        who.setFlags(who.flags() & ~Qt.ItemFlag.ItemIsEditable)
        who.setToolTip(name)
        self.attendance.setItem(row, self.PERSON, who)
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        tick.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
        self.attendance.setItem(row, self.PRESENT, tick)
        combo = QComboBox(self.attendance)
        for code in RISKS:
            combo.addItem(texts().risk(code) if code else self.tr("(no change)"), code)
        combo.setCurrentIndex(max(0, combo.findData(risk or "")))
        self.attendance.setCellWidget(row, self.RISK, combo)
        self.attendance.setItem(row, self.OWN_NOTE, QTableWidgetItem(note or ""))
        self.people.append((person_id, name))

    def _remove_selected(self) -> None:
        row = self.attendance.currentRow()
        if row >= 0:
            self.attendance.removeRow(row)
            del self.people[row]

    def _attendance_input(self) -> list[svc.AttendanceInput]:
        out = []
        for row, (pid, _name) in enumerate(self.people):
            present = self.attendance.item(row, self.PRESENT).checkState() == \
                Qt.CheckState.Checked
            combo = self.attendance.cellWidget(row, self.RISK)
            risk = combo.currentData() or None  # type: ignore[union-attr]
            note_item = self.attendance.item(row, self.OWN_NOTE)
            out.append(svc.AttendanceInput(pid, present, note_item.text() if note_item else None,
                                           risk if present else None))
        return out

    # -- reading and writing ---------------------------------------------------------------------
    def session_input(self) -> svc.SessionInput:
        checked = [self.interventions.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.interventions.count())
                   if self.interventions.item(i).checkState() == Qt.CheckState.Checked]
        others = [self.counsellors.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.counsellors.count())
                  if self.counsellors.item(i).checkState() == Qt.CheckState.Checked]
        return svc.SessionInput(
            kind=self.kind.currentData(), starts_at=from_qdatetime(self.starts.dateTime()),
            duration_min=self.duration.value(), people=tuple(self._attendance_input()),
            counsellor_ids=tuple(others), place=self.place.text(),
            group_id=self.group.currentData() if self.kind.currentData() == "group" else None,
            note=self.text.toPlainText(), agreements=self.agreements.toPlainText(),
            interventions=tuple(checked), restricted=self.restricted.isChecked(),
            template_code=getattr(self, "_template_code", None),
            appointment_id=self.appointment_id if self.session_id is None else None,
        )

    def _load(self, session_id: str) -> None:
        with self.workspace.db.write(self.actor.user_id) as s:
            self.note = svc.read_note(s, self.actor, session_id)
        self._show(self.note)

    def _show(self, n: svc.SessionNote) -> None:
        s = n.summary
        self.session_id = s.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(s.kind)))
        from clinic_desk.ui.sessions.common import to_qdatetime

        self.starts.setDateTime(to_qdatetime(s.starts_at))
        self.duration.setValue(s.duration_min)
        self.place.setText(s.place or "")
        if s.group_id:
            self.group.blockSignals(True)
            idx = self.group.findData(s.group_id)
            if idx < 0:
                self.group.addItem(s.group_name or "", s.group_id)
                idx = self.group.count() - 1
            self.group.setCurrentIndex(idx)
            self.group.blockSignals(False)
        self.restricted.setChecked(s.restricted)
        self.attendance.setRowCount(0)
        self.people = []
        for a in n.attendance:
            self.add_person(a.person_id, a.name, a.present, a.note, a.risk_level)
        named = {u for u, _n in s.counsellors}
        for i in range(self.counsellors.count()):
            item = self.counsellors.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in named else Qt.CheckState.Unchecked)
        codes = set(n.interventions)
        present_codes = set()
        for i in range(self.interventions.count()):
            item = self.interventions.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            present_codes.add(code)
            item.setCheckState(Qt.CheckState.Checked if code in codes
                               else Qt.CheckState.Unchecked)
        for code in codes - present_codes:  # switched off since, still on this note
            item = QListWidgetItem(self.labels.get(code, code), self.interventions)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked)
        self.text.setPlainText(n.note)
        self.agreements.setPlainText(n.agreements)
        self._template_code = n.template_code
        self._show_addenda(n)
        self._set_mode()

    def _show_addenda(self, n: svc.SessionNote) -> None:
        from xml.sax.saxutils import escape

        parts = []
        for a in n.addenda:
            head = self.tr("{when} — {author}").format(when=fmt_datetime(a.written_at),
                                                      author=a.author_name)
            body = "<br>".join(escape(x) for x in a.text.split("\n"))
            parts.append(f"<p><b>{escape(head)}</b><br>{body}</p>")
        self.addenda.setHtml("".join(parts))

    def signed(self) -> bool:
        return self.note is not None and self.note.summary.signed

    def _set_mode(self) -> None:
        signed = self.signed()
        editable = self.note is None or self.note.editable
        ro = signed or not editable
        for w in (self.kind, self.starts, self.duration, self.place, self.group):
            w.setEnabled(not ro)
        for w in (self.template_row, self.remove_person, self.picker):
            w.setVisible(not ro)
        self.text.setStyleSheet("QPlainTextEdit { background: #f4f2f8; }" if ro else "")
        self.agreements.setStyleSheet(self.text.styleSheet())
        self.text.setReadOnly(ro)
        self.agreements.setReadOnly(ro)
        self.attendance.setEnabled(not ro)
        self.counsellors.setEnabled(not ro)
        self.interventions.setEnabled(not ro)
        # a signed note can still be restricted, never opened up again
        self.restricted.setEnabled(editable and not signed
                                   or signed and not self.restricted.isChecked()
                                   and self._may_restrict())
        self.save_button.setVisible(not ro)
        self.sign_button.setVisible(not ro)
        can_add = signed and self.actor.can(Perm.NOTES_WRITE)
        self.addendum_button.setVisible(can_add)
        has_addenda = self.note is not None and bool(self.note.addenda)
        self.addenda.setVisible(signed)
        self.addenda_title.setVisible(signed)
        if has_addenda is False and signed:
            self.addenda.setPlaceholderText(self.tr("No addenda yet."))
        self.banner.setVisible(signed)
        if self.note is None:
            self.state.setText(self.tr("New session — a draft until you sign it."))
        elif signed:
            s = self.note.summary
            self.state.setText(self.tr("Signed note"))
            self.banner.setText(self.tr("Signed by {name} on {when}. A signed note never "
                                        "changes: add an addendum to correct it.").format(
                name=self.note.signed_by_name or "", when=fmt_datetime(s.signed_at)))
        elif editable:
            self.state.setText(self.tr("Draft by {name} — not signed yet.").format(
                name=self.note.summary.author_name))
        else:
            self.state.setText(self.tr("Draft by {name}: only its author and the counsellors "
                                       "named on it may change it.").format(
                name=self.note.summary.author_name))

    def _may_restrict(self) -> bool:
        if self.note is None:
            return False
        named = {u for u, _n in self.note.summary.counsellors}
        return self.actor.can(Perm.NOTES_WRITE) and self.actor.user_id in named

    def _restrict_signed(self, on: bool) -> None:
        if not on or not self.signed() or self.note is None or self.note.summary.restricted:
            return
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                svc.set_restricted(s, self.actor, self.note.id, True)
                self.note = svc.read_note(s, self.actor, self.note.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.restricted.setChecked(False)
            self.error.setText(error_text(exc))
            return
        self.restricted.setEnabled(False)
        self.saved.emit(self.note.id)

    def save(self) -> bool:
        self.error.clear()
        try:
            inp = self.session_input()
            with self.workspace.db.write(self.actor.user_id) as s:
                if self.session_id is None:
                    self.note = svc.create_draft(s, self.actor, inp)
                else:
                    self.note = svc.update_draft(s, self.actor, self.session_id, inp)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(error_text(exc))
            return False
        self.session_id = self.note.id
        self._set_mode()
        self.saved.emit(self.note.id)
        return True

    def confirm_sign(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Sign the note"),
            self.tr("Once signed, this note can never be changed; corrections are added as "
                    "addenda. Sign it now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def sign(self) -> bool:
        if not self.save():
            return False
        if not self.confirm_sign():
            return False
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                svc.sign(s, self.actor, self.session_id)  # type: ignore[arg-type]
                self.note = svc.read_note(s, self.actor, self.session_id)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(error_text(exc))
            return False
        self._show(self.note)
        self.saved.emit(self.note.id)
        return True

    def ask_addendum(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Add addendum"),
            self.tr("The addendum is added below the signed note, with your name and the "
                    "time. It cannot be changed later."))
        if ok and text.strip():
            self.add_addendum(text)

    def add_addendum(self, text: str) -> bool:
        self.error.clear()
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                svc.add_addendum(s, self.actor, self.session_id, text)  # type: ignore[arg-type]
                self.note = svc.read_note(s, self.actor, self.session_id)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(error_text(exc))
            return False
        self._show_addenda(self.note)
        self.saved.emit(self.note.id)
        return True

