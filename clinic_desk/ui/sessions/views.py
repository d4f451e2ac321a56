"""The session list (what every role sees: that a session happened, never its content),
the case view of one person (timeline, risk chart, open tasks) and the community
activity form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.intake.models import RISK_LEVELS
from clinic_desk.core.sessions import case as case_mod
from clinic_desk.core.sessions import community
from clinic_desk.core.sessions import sessions as svc
from clinic_desk.core.sessions.models import (
    AGE_BANDS,
    COMMUNITY_KINDS,
    COMMUNITY_SETTINGS,
    HEADCOUNT_SEXES,
)
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.sessions.common import (
    DATE_FORMAT,
    fit_picker_results,
    fmt_date,
    fmt_datetime,
    lock_icon,
    person_picker,
    roomy,
    texts,
    warning_icon,
)
from clinic_desk.ui.widgets import label, make_primary

RISK_COLOURS = {"leve": "#2e7d32", "moderado": "#b26a00", "severo": "#b3261e"}


def fill_session_tree(tree: QTreeWidget, rows: list[svc.SessionSummary],
                      show_people: bool = True) -> None:
    """Date, type, people, counsellors, status — never any note text."""
    tree.clear()
    t = texts()
    for r in rows:
        people = ", ".join(p.name for p in r.present) if r.kind != "group" else (
            f"{r.group_name or ''} ({len(r.present)})")
        status = t.status(r.status)
        if r.restricted:
            status = t.restricted(status)
        if r.addenda_count:
            status += f" +{r.addenda_count}"
        item = QTreeWidgetItem([fmt_datetime(r.starts_at), t.kind(r.kind),
                                f"{r.duration_min} min", people if show_people else "",
                                ", ".join(n for _u, n in r.counsellors), status])
        item.setData(0, Qt.ItemDataRole.UserRole, r.id)
        if r.restricted:
            item.setIcon(5, lock_icon())
        if not r.readable:
            for c in range(6):
                item.setForeground(c, QColor("#5d566b"))
        tree.addTopLevelItem(item)


def session_tree(parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setColumnCount(6)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    roomy(tree)
    hdr = tree.header()
    hdr.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    for c in (0, 1, 2, 4, 5):
        hdr.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def tree_headers(_widget: QWidget) -> list[str]:
    return texts().session_headers()


class SessionListView(QWidget):
    """Signals: `open_session(id)` for a note the user may read."""

    open_session = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = workspace.actor
        self.scope = QComboBox(self)
        self.scope.setObjectName("list_scope")
        self.scope.addItem(self.tr("All sessions"), "all")
        if self.actor.can(svc.Perm.NOTES_WRITE):
            self.scope.addItem(self.tr("My sessions"), "mine")
            self.scope.addItem(self.tr("My drafts to sign"), "drafts")
        self.hint = label("", "muted", wrap=True)
        if not self.actor.can(svc.Perm.NOTES_READ):
            self.hint.setText(self.tr("You can see that these sessions took place. Only "
                                      "counsellors read what was said in them."))
        self.tree = session_tree(self)
        self.tree.setObjectName("session_tree")
        self.tree.setHeaderLabels(tree_headers(self))
        self.open_button = QPushButton(self.tr("&Open note"), self)
        self.open_button.setObjectName("open_note")
        self.open_button.setVisible(self.actor.can(svc.Perm.NOTES_READ))
        self.message = label("", "errorLabel", wrap=True)
        head = QHBoxLayout()
        head.addWidget(self.scope)
        head.addWidget(self.hint, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.message, 1)
        foot.addWidget(self.open_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(head)
        col.addWidget(self.tree, 1)
        col.addLayout(foot)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.tree.itemActivated.connect(lambda *_a: self._open())
        self.open_button.clicked.connect(self._open)
        self.tree.itemSelectionChanged.connect(self._selection)
        self.reload()

    def reload(self) -> None:
        scope = self.scope.currentData()
        try:
            with self.workspace.db.read() as s:
                if scope == "drafts":
                    rows = svc.my_drafts(s, self.actor)
                else:
                    rows = svc.list_sessions(
                        s, self.actor,
                        counsellor_id=self.actor.user_id if scope == "mine" else None, limit=300)
        except Exception as exc:  # noqa: BLE001 - shown under the list
            self.message.setText(error_text(exc))
            return
        self.rows = {r.id: r for r in rows}
        fill_session_tree(self.tree, rows)
        self._selection()

    def _selection(self) -> None:
        item = self.tree.currentItem()
        row = self.rows.get(item.data(0, Qt.ItemDataRole.UserRole)) if item else None
        self.open_button.setEnabled(row is not None and row.readable)
        self.message.clear()

    def _open(self) -> None:
        item = self.tree.currentItem()
        row = self.rows.get(item.data(0, Qt.ItemDataRole.UserRole)) if item else None
        if row is None:
            return
        if not row.readable:
            self.message.setText(
                self.tr("This note is restricted to its author and the counsellors named on "
                        "it.") if row.restricted else
                self.tr("You can see that this session took place, not what was said."))
            return
        self.open_session.emit(row.id)


class RiskChart(QWidget):
    """Risk over time: a step line across three bands (mild, moderate, severe)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[case_mod.RiskPoint] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Risk over time"))

    def set_points(self, points: tuple[case_mod.RiskPoint, ...]) -> None:
        self.points = list(points)
        desc = ", ".join(f"{fmt_date(p.at.astimezone().date())}: {texts().risk(p.level)}"
                         for p in self.points)
        self.setAccessibleDescription(desc)
        self.setToolTip(desc)
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        fm = p.fontMetrics()
        left = max(fm.horizontalAdvance(texts().risk(x)) for x in RISK_LEVELS) + 14
        area = QRectF(left, 10, self.width() - left - 16, self.height() - 20 - fm.height())
        band_h = area.height() / 3
        for i, level in enumerate(reversed(RISK_LEVELS)):
            band = QRectF(area.left(), area.top() + i * band_h, area.width(), band_h)
            colour = QColor(RISK_COLOURS[level])
            colour.setAlpha(28)
            p.fillRect(band, colour)
            p.setPen(QColor("#5d566b"))
            p.drawText(QRectF(0, band.top(), left - 8, band_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       texts().risk(level))
        p.setPen(QPen(QColor("#cfc8dc"), 1))
        p.drawRect(area)
        if not self.points:
            p.setPen(QColor("#5d566b"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No risk assessment yet"))
            p.end()
            return
        t0 = self.points[0].at.timestamp()
        t1 = max(dt.datetime.now(dt.UTC).timestamp(), self.points[-1].at.timestamp())
        span = max(t1 - t0, 86400.0)

        def pos(point: case_mod.RiskPoint) -> QPointF:
            x = area.left() + 8 + (point.at.timestamp() - t0) / span * (area.width() - 16)
            i = RISK_LEVELS.index(point.level)
            y = area.bottom() - (i + 0.5) * band_h
            return QPointF(x, y)

        path = QPainterPath()
        first = pos(self.points[0])
        path.moveTo(first)
        last = first
        for point in self.points[1:]:
            nxt = pos(point)
            path.lineTo(QPointF(nxt.x(), last.y()))
            path.lineTo(nxt)
            last = nxt
        path.lineTo(QPointF(area.right() - 4, last.y()))
        p.setPen(QPen(QColor("#5b3f8c"), 2))
        p.drawPath(path)
        for point in self.points:
            c = pos(point)
            p.setBrush(QColor(RISK_COLOURS[point.level]))
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.drawEllipse(c, 5, 5)
        p.setPen(QColor("#5d566b"))
        p.drawText(QRectF(area.left(), area.bottom() + 2, area.width() / 2, fm.height()),
                   Qt.AlignmentFlag.AlignLeft, fmt_date(self.points[0].at.astimezone().date()))
        p.drawText(QRectF(area.center().x(), area.bottom() + 2, area.width() / 2, fm.height()),
                   Qt.AlignmentFlag.AlignRight, self.tr("today"))
        p.end()


class CaseView(QWidget):
    """One person: her sessions, her risk over time, open tasks, next appointments."""

    open_session = Signal(str)
    new_session = Signal(str)  # person id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = workspace.actor
        self.person_id: str | None = None
        self.picker = person_picker(workspace, self)
        self.picker.setObjectName("case_picker")
        self.picker.person_selected.connect(self.show_person)  # type: ignore[attr-defined]
        fit_picker_results(self.picker, rows=3)
        self.name = label("", "heading")
        self.risk_label = label("", "pageSubtitle")
        self.new_button = make_primary(QPushButton(self.tr("&New session with her"), self))
        self.new_button.setVisible(self.actor.can(svc.Perm.NOTES_WRITE))
        self.new_button.setEnabled(False)
        self.chart = RiskChart(self)
        self.timeline = session_tree(self)
        self.timeline.setObjectName("case_timeline")
        self.timeline.setHeaderLabels(tree_headers(self))
        self.tasks = QListWidget(self)
        self.tasks.setObjectName("case_tasks")
        self.upcoming = QListWidget(self)
        self.upcoming.setObjectName("case_upcoming")
        roomy(self.tasks)
        roomy(self.upcoming)
        self.message = label("", "errorLabel", wrap=True)

        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.risk_label)
        head.addLayout(names, 1)
        head.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.addWidget(label(self.tr("Risk over time"), "muted"))
        side.addWidget(self.chart, 2)
        side.addWidget(label(self.tr("Open follow-up tasks"), "muted"))
        side.addWidget(self.tasks, 1)
        side.addWidget(label(self.tr("Next appointments"), "muted"))
        side.addWidget(self.upcoming, 1)
        side_w = QWidget(self)
        side_w.setLayout(side)
        tl = QWidget(self)
        tcol = QVBoxLayout(tl)
        tcol.setContentsMargins(0, 0, 0, 0)
        tcol.addWidget(label(self.tr("Sessions"), "muted"))
        tcol.addWidget(self.timeline, 1)
        split = QSplitter(self)
        split.addWidget(tl)
        split.addWidget(side_w)
        split.setSizes([820, 460])
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.picker)
        col.addLayout(head)
        col.addWidget(split, 1)
        col.addWidget(self.message)
        self.timeline.itemActivated.connect(lambda *_a: self._open())
        self.new_button.clicked.connect(
            lambda: self.person_id and self.new_session.emit(self.person_id))
        self.name.setText(self.tr("Find a person to see her case."))

    def show_person(self, person_id: str) -> None:
        self.person_id = person_id
        self.reload()

    def reload(self) -> None:
        if not self.person_id:
            return
        try:
            with self.workspace.db.read() as s:
                view = case_mod.case_view(s, self.actor, self.person_id)
        except Exception as exc:  # noqa: BLE001 - shown under the view
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self.view = view
        self.person_id = view.person_id
        self.new_button.setEnabled(True)
        self.name.setText(view.name)
        self.risk_label.setText(self.tr("Current risk: {level} · %n session(s)", "",
                                        len(view.timeline)).format(
            level=texts().risk(view.current_risk)))
        self.chart.set_points(view.risk)
        self.rows = {r.id: r for r in view.timeline}
        fill_session_tree(self.timeline, list(view.timeline))
        self.tasks.clear()
        today = dt.date.today()
        for t in view.open_tasks:
            text = self.tr("{due} — {title}").format(due=fmt_date(t.due_on), title=t.title)
            item = QListWidgetItem(text, self.tasks)
            if t.overdue(today):
                item.setIcon(warning_icon())
                item.setText(self.tr("{text} (overdue)").format(text=text))
        if not view.open_tasks:
            QListWidgetItem(self.tr("No open tasks."), self.tasks)
        self.upcoming.clear()
        for a in view.upcoming:
            QListWidgetItem(self.tr("{when} with {who}").format(
                when=fmt_datetime(a.starts_at), who=a.counsellor_name), self.upcoming)
        if not view.upcoming:
            QListWidgetItem(self.tr("No appointment booked."), self.upcoming)

    def _open(self) -> None:
        item = self.timeline.currentItem()
        row = self.rows.get(item.data(0, Qt.ItemDataRole.UserRole)) if item else None
        if row is None:
            return
        if not row.readable:
            self.message.setText(self.tr("You can see that this session took place, not "
                                         "what was said."))
            return
        self.open_session.emit(row.id)


class CommunityView(QWidget):
    """Record a talk or campaign: a headcount by sex and age band, nobody named."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = workspace.actor
        t = texts()
        self.held_on = QDateEdit(QDate.currentDate(), self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(DATE_FORMAT)
        self.kind = QComboBox(self)
        for code in COMMUNITY_KINDS:
            self.kind.addItem(t.community_kind(code), code)
        self.setting = QComboBox(self)
        for code in COMMUNITY_SETTINGS:
            self.setting.addItem(t.setting(code), code)
        self.topic = QLineEdit(self)
        self.topic.setObjectName("topic")
        self.topic.setMaxLength(200)
        self.place = QLineEdit(self)
        self.place.setMaxLength(120)
        self.sector = QLineEdit(self)
        self.sector.setMaxLength(80)
        self.facilitators = QLineEdit(self)
        self.facilitators.setMaxLength(250)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Where:"), self.setting)
        form.addRow(self.tr("&Topic:"), self.topic)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Sector:"), self.sector)
        form.addRow(self.tr("&Facilitators:"), self.facilitators)
        counts = QGroupBox(self.tr("People who took part (nobody is named)"), self)
        grid = QGridLayout(counts)
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        for c, band in enumerate(AGE_BANDS, start=1):
            grid.addWidget(QLabel(band, counts), 0, c, Qt.AlignmentFlag.AlignCenter)
        for r, sex in enumerate(HEADCOUNT_SEXES, start=1):
            grid.addWidget(QLabel(t.sex(sex), counts), r, 0)
            for c, band in enumerate(AGE_BANDS, start=1):
                spin = QSpinBox(counts)
                spin.setRange(0, community.MAX_PER_CELL)
                spin.setAccessibleName(f"{t.sex(sex)} {band}")
                grid.addWidget(spin, r, c)
                self.spins[(sex, band)] = spin
        self.save_button = make_primary(QPushButton(self.tr("&Save activity"), self))
        self.error = label("", "errorLabel", wrap=True)
        self.recent = QTreeWidget(self)
        self.recent.setRootIsDecorated(False)
        self.recent.setAlternatingRowColors(True)
        roomy(self.recent)
        self.recent.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Topic"),
                                     self.tr("Place"), self.tr("People")])
        rhdr = self.recent.header()
        rhdr.setStretchLastSection(False)
        for c in (0, 1, 3, 4):
            rhdr.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        rhdr.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(counts)
        left.addWidget(self.error)
        left.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        left.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(label(self.tr("Recent activities"), "muted"))
        right.addWidget(self.recent, 1)
        row.addLayout(right, 3)
        self.save_button.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        self.recent.clear()
        with self.workspace.db.read() as s:
            acts = community.list_activities(s, self.actor, limit=100)
        for a in acts:
            self.recent.addTopLevelItem(QTreeWidgetItem([
                fmt_date(a.held_on), texts().community_kind(a.kind), a.topic, a.place,
                str(a.total)]))

    def save(self) -> bool:
        self.error.clear()
        counts: dict[str, dict[str, int]] = {s: {} for s in HEADCOUNT_SEXES}
        for (sex, band), spin in self.spins.items():
            counts[sex][band] = spin.value()
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                community.record_activity(
                    s, self.actor, self.held_on.date().toPython(), self.kind.currentData(),
                    self.setting.currentData(), self.topic.text(), self.place.text(), counts,
                    facilitators=self.facilitators.text(), sector=self.sector.text())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(error_text(exc))
            return False
        for spin in self.spins.values():
            spin.setValue(0)
        self.topic.clear()
        self.reload()
        return True
