"""Shared bits of the Sessions section: translated names of codes, time formatting,
a warning icon, and the people picker (the intake one, or a small fallback)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.workspace import Workspace


class SessionTexts(QObject):
    """Names of the core's codes in the interface language."""

    def kind(self, code: str) -> str:
        return {
            "individual": self.tr("Individual"), "family": self.tr("Family"),
            "group": self.tr("Group"), "home_visit": self.tr("Home visit"),
            "outreach": self.tr("Outreach"), "phone": self.tr("Phone"),
        }.get(code, code)

    def status(self, code: str) -> str:
        return {
            "draft": self.tr("Draft"), "signed": self.tr("Signed"),
            "scheduled": self.tr("Scheduled"), "attended": self.tr("Attended"),
            "missed": self.tr("Missed"), "cancelled": self.tr("Cancelled"),
            "open": self.tr("Open"), "done": self.tr("Done"),
        }.get(code, code)

    def risk(self, code: str | None) -> str:
        return {"leve": self.tr("Mild"), "moderado": self.tr("Moderate"),
                "severo": self.tr("Severe")}.get(code or "", self.tr("Not assessed"))

    def community_kind(self, code: str) -> str:
        return {"talk": self.tr("Talk"), "campaign": self.tr("Campaign"),
                "workshop": self.tr("Workshop"), "fair": self.tr("Fair"),
                "other": self.tr("Other")}.get(code, code)

    def setting(self, code: str) -> str:
        return {"neighbourhood": self.tr("Neighbourhood"), "school": self.tr("School"),
                "market": self.tr("Market"), "health_centre": self.tr("Health centre"),
                "community_hall": self.tr("Community hall"),
                "other": self.tr("Other")}.get(code, code)

    def restricted(self, status: str) -> str:
        return self.tr("{status}, restricted").format(status=status)

    def session_headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Type"), self.tr("Duration"), self.tr("People"),
                self.tr("Counsellors"), self.tr("Status")]

    def sex(self, code: str) -> str:
        return {"female": self.tr("Women"), "male": self.tr("Men")}.get(code, code)


TEXTS: SessionTexts | None = None


def texts() -> SessionTexts:
    global TEXTS
    if TEXTS is None:
        TEXTS = SessionTexts()
    return TEXTS


def local(value: dt.datetime) -> dt.datetime:
    return value.astimezone()


DATE_FORMAT = "dd/MM/yyyy"  # Peru's way, in both languages
DATETIME_FORMAT = "dd/MM/yyyy HH:mm"


def fmt_date(value: dt.date) -> str:
    """dd/mm/yyyy, whatever the locale's short format (which has 2-digit years)."""
    return f"{value:%d/%m/%Y}"


def fmt_datetime(value: dt.datetime) -> str:
    return f"{local(value):%d/%m/%Y %H:%M}"


def fmt_day_heading(value: dt.date) -> str:
    """'Lunes 23/11' — the weekday in the interface language (QDate.toString with a
    format string always says it in English)."""
    text = QLocale().toString(value, "dddd dd/MM")
    return text[:1].upper() + text[1:]


def fmt_time(value: dt.datetime) -> str:
    return f"{local(value):%H:%M}"


def to_qdatetime(value: dt.datetime) -> QDateTime:
    t = local(value)
    return QDateTime(t.date(), t.time().replace(microsecond=0))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    py = value.toPython()
    return py.replace(second=0, microsecond=0).astimezone()


class RoomyRows(QStyledItemDelegate):
    """Rows with the breathing room of the app's tables (a QTreeWidget packs them at the
    font's height) and a little space between columns sized to their contents."""

    MIN_HEIGHT = 30
    PAD_HEIGHT = 10
    PAD_WIDTH = 10

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.PAD_WIDTH,
                     max(size.height() + self.PAD_HEIGHT, self.MIN_HEIGHT))


def roomy(view: QAbstractItemView) -> QAbstractItemView:
    view.setItemDelegate(RoomyRows(view))
    return view


def fit_picker_results(picker: QWidget, rows: int = 4) -> None:
    """Show the picker's results only when there are some, tall enough for `rows` of
    them (the rest scroll), instead of a squashed empty table under the search box."""
    table = getattr(picker, "table", None)
    model = getattr(picker, "model", None)
    if table is None or model is None:
        return

    def update() -> None:
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + table.verticalHeader().defaultSectionSize() * rows
                             + 2 * table.frameWidth())
        table.setVisible(model.rowCount() > 0)

    model.modelReset.connect(update)
    update()


def warning_icon() -> QIcon:
    app = QApplication.instance()
    return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)  # type: ignore[union-attr]


def lock_icon() -> QIcon:
    from clinic_desk.ui.widgets import icon

    return icon("lock")


class _FallbackPicker(QWidget):
    """A line edit completing names through search_people (if the intake picker is
    not available)."""

    person_selected = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name or DNI…"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        self._ids: dict[str, str] = {}
        self.completer = QCompleter([], self)
        self.search.setCompleter(self.completer)
        self.search.textEdited.connect(self._refresh)
        self.completer.activated.connect(self._chosen)

    def _refresh(self, text: str) -> None:
        from PySide6.QtCore import QStringListModel

        from clinic_desk.core.intake.search import search_people

        with self.workspace.db.read() as s:
            hits = search_people(s, self.workspace.actor, text, limit=15)
        self._ids = {h.full_name: h.id for h in hits}
        self.completer.setModel(QStringListModel(list(self._ids), self.completer))

    def _chosen(self, text: str) -> None:
        pid = self._ids.get(text)
        if pid:
            self.person_selected.emit(pid)
            self.search.clear()


def person_picker(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    try:
        from clinic_desk.ui.people import PersonPicker
    except ImportError:
        return _FallbackPicker(workspace, parent)
    return PersonPicker(workspace, parent)



