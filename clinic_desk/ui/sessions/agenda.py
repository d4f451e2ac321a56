"""The agenda: a day or a week, for one counsellor or the whole centre. Missed
appointments are flagged with an icon and the word "Missed" (not by colour alone).
Also the booking dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.db.models import User
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.sessions import appointments
from clinic_desk.core.sessions import groups as groups_mod
from clinic_desk.core.sessions.models import SESSION_KINDS
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.sessions.common import (
    DATETIME_FORMAT,
    fmt_day_heading,
    fmt_time,
    from_qdatetime,
    person_picker,
    roomy,
    texts,
    warning_icon,
)
from clinic_desk.ui.widgets import label, make_primary


def counsellor_users(workspace: Workspace) -> list[tuple[str, str]]:
    with workspace.db.read() as s:
        users = [u for u in s.query(User).filter(User.deleted.is_(False), User.active.is_(True))
                 if "counsellor" in u.role_names]
        return [(u.id, u.full_name) for u in sorted(users, key=lambda u: u.full_name)]


class AgendaView(QWidget):
    """Signals: `record_session(appointment_id, person_id)` (keep an appointment)."""

    record_session = Signal(str, str)
    changed = Signal()

    TIME, WHO, KIND, COUNSELLOR, PLACE, STATUS = range(6)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = workspace.actor
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("agenda_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd dd/MM/yyyy")
        self.span = QComboBox(self)
        self.span.setObjectName("agenda_span")
        self.span.addItem(self.tr("Day"), 1)
        self.span.addItem(self.tr("Week"), 7)
        self.who = QComboBox(self)
        self.who.setObjectName("agenda_who")
        self.who.setMinimumContentsLength(22)
        self.who.addItem(self.tr("Whole centre"), None)
        for uid, name in counsellor_users(workspace):
            self.who.addItem(name, uid)
        if self.actor.can(Perm.NOTES_WRITE):
            self.who.setCurrentIndex(max(0, self.who.findData(self.actor.user_id)))
        prev = QPushButton("‹", self)
        prev.setAccessibleName(self.tr("Previous"))
        nxt = QPushButton("›", self)
        nxt.setAccessibleName(self.tr("Next"))
        today = QPushButton(self.tr("&Today"), self)
        for b in (prev, nxt):
            b.setFixedWidth(36)
        self.book = make_primary(QPushButton(self.tr("&Book appointment…"), self))
        self.book.setObjectName("book")
        self.keep = QPushButton(self.tr("Record &session"), self)
        self.keep.setObjectName("keep")
        self.keep.setVisible(self.actor.can(Perm.NOTES_WRITE))
        self.mark_missed = QPushButton(self.tr("Mark &missed"), self)
        self.cancel = QPushButton(self.tr("Ca&ncel appointment"), self)
        head = QHBoxLayout()
        head.addWidget(prev)
        head.addWidget(self.day)
        head.addWidget(nxt)
        head.addWidget(today)
        head.addWidget(self.span)
        head.addSpacing(12)
        head.addWidget(QLabel(self.tr("Agenda of:"), self))
        head.addWidget(self.who)
        head.addStretch(1)
        head.addWidget(self.book)

        self.summary = label("", "infoBox", wrap=True)
        self.summary.setObjectName("agenda_summary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("agenda_tree")
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("With"), self.tr("Type"),
                                   self.tr("Counsellor"), self.tr("Place"), self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        roomy(self.tree)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hdr = self.tree.header()
        hdr.setSectionResizeMode(self.WHO, QHeaderView.ResizeMode.Stretch)
        for c in (self.TIME, self.KIND, self.COUNSELLOR, self.PLACE, self.STATUS):
            hdr.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.mark_missed)
        actions.addWidget(self.cancel)
        actions.addWidget(self.keep)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(head)
        col.addWidget(self.summary)
        col.addWidget(self.tree, 1)
        col.addLayout(actions)

        prev.clicked.connect(lambda: self._move(-1))
        nxt.clicked.connect(lambda: self._move(1))
        today.clicked.connect(lambda: self.day.setDate(QDate.currentDate()))
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.span.currentIndexChanged.connect(lambda _i: self.reload())
        self.who.currentIndexChanged.connect(lambda _i: self.reload())
        self.book.clicked.connect(self._book)
        self.keep.clicked.connect(self._keep)
        self.mark_missed.clicked.connect(lambda: self._set_status("missed"))
        self.cancel.clicked.connect(lambda: self._set_status("cancelled"))
        self.tree.itemSelectionChanged.connect(self._selection)
        self.reload()

    def _move(self, sign: int) -> None:
        self.day.setDate(self.day.date().addDays(sign * int(self.span.currentData())))

    def start_day(self) -> dt.date:
        day = self.day.date().toPython()
        if self.span.currentData() == 7:
            day -= dt.timedelta(days=day.weekday())
        return day

    def reload(self) -> None:
        days = int(self.span.currentData())
        try:
            with self.workspace.db.read() as s:
                items = appointments.agenda(s, self.actor, self.start_day(), days,
                                            self.who.currentData())
                rem = appointments.todays_reminders(s, self.actor)
        except Exception as exc:  # noqa: BLE001 - shown in the summary line
            self.summary.setText(error_text(exc))
            return
        self.items = {a.id: a for a in items}
        self.tree.clear()
        current_day = None
        bold = self.tree.font()
        bold.setBold(True)
        for a in items:
            start = a.starts_at.astimezone()
            if days > 1 and start.date() != current_day:
                current_day = start.date()
                head = QTreeWidgetItem([fmt_day_heading(current_day)])
                head.setFirstColumnSpanned(True)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.setFont(0, bold)
                self.tree.addTopLevelItem(head)
            status = self.tr("Missed") if a.missed else texts().status(a.status)
            row = QTreeWidgetItem([
                f"{fmt_time(a.starts_at)}–{fmt_time(a.ends_at)}", a.who or self.tr("(outreach)"),
                texts().kind(a.kind), a.counsellor_name, a.place or "", status])
            row.setData(0, Qt.ItemDataRole.UserRole, a.id)
            if a.missed:
                row.setIcon(self.STATUS, warning_icon())
                row.setToolTip(self.STATUS, self.tr("This appointment was missed. Call her "
                                                    "or book another one."))
            self.tree.addTopLevelItem(row)
        n_missed = len(rem.missed)
        parts = [self.tr("Today: %n appointment(s)", "", len(rem.today))]
        if n_missed:
            parts.append(self.tr("%n missed in the last two weeks", "", n_missed))
        if rem.tasks_due:
            parts.append(self.tr("%n follow-up task(s) due", "", rem.tasks_due))
        self.summary.setText(" · ".join(parts))
        self._selection()

    def selected(self) -> appointments.AppointmentInfo | None:
        item = self.tree.currentItem()
        aid = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return self.items.get(aid) if aid else None

    def _selection(self) -> None:
        a = self.selected()
        open_ = a is not None and a.status in ("scheduled", "missed") and not a.session_id
        self.keep.setEnabled(open_ and a is not None and a.starts_at <= dt.datetime.now(dt.UTC))
        self.mark_missed.setEnabled(open_ and a is not None and not a.missed
                                    and a.starts_at <= dt.datetime.now(dt.UTC))
        self.cancel.setEnabled(open_)

    def _set_status(self, status: str) -> None:
        a = self.selected()
        if a is None:
            return
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                appointments.set_status(s, self.actor, a.id, status)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            QMessageBox.warning(self, self.tr("Agenda"), error_text(exc))
        self.reload()
        self.changed.emit()

    def _keep(self) -> None:
        a = self.selected()
        if a is not None:
            self.record_session.emit(a.id, a.person_id or "")

    def _book(self) -> None:
        dialog = BookDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()


class BookDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 person_id: str | None = None, from_session_id: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book an appointment"))
        self.workspace = workspace
        self.actor = workspace.actor
        self.person_id = person_id
        self.from_session_id = from_session_id
        self.kind = QComboBox(self)
        for code in SESSION_KINDS:
            self.kind.addItem(texts().kind(code), code)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATETIME_FORMAT)
        tomorrow = QDateTime(QDate.currentDate().addDays(1), QDateTime.currentDateTime().time())
        tomorrow.setTime(tomorrow.time().fromString("10:00", "HH:mm"))
        self.when.setDateTime(tomorrow)
        self.duration = QSpinBox(self)
        self.duration.setRange(10, 720)
        self.duration.setSingleStep(10)
        self.duration.setValue(50)
        self.duration.setSuffix(self.tr(" min"))
        self.counsellor = QComboBox(self)
        for uid, name in counsellor_users(workspace):
            self.counsellor.addItem(name, uid)
        if self.actor.can(Perm.NOTES_WRITE):
            self.counsellor.setCurrentIndex(max(0, self.counsellor.findData(self.actor.user_id)))
        self.group = QComboBox(self)
        with workspace.db.read() as s:
            for g in groups_mod.list_groups(s, self.actor):
                self.group.addItem(g.name, g.id)
        self.place = QLineEdit(self)
        self.place.setMaxLength(120)
        self.who = label("", "muted")
        self.picker = person_picker(workspace, self)
        self.picker.person_selected.connect(self._person)  # type: ignore[attr-defined]
        self.error = label("", "errorLabel", wrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.kind)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("&Counsellor:"), self.counsellor)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("Person:"), self.who)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.picker, 1)
        col.addWidget(self.error)
        col.addWidget(buttons)
        self.resize(560, 520)
        if person_id:
            self._person(person_id)

    def _person(self, person_id: str) -> None:
        from clinic_desk.core.sessions.common import person_names

        self.person_id = person_id
        with self.workspace.db.read() as s:
            self.who.setText(person_names(s, [person_id]).get(person_id, ""))

    def submit(self) -> None:
        kind = self.kind.currentData()
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                appointments.schedule(
                    s, self.actor, kind, from_qdatetime(self.when.dateTime()),
                    self.counsellor.currentData() or "", person_id=self.person_id,
                    group_id=self.group.currentData() if kind == "group" else None,
                    duration_min=self.duration.value(), place=self.place.text(),
                    from_session_id=self.from_session_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(error_text(exc))
            return
        self.accept()



