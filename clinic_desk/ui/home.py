"""The home page (Inicio): what needs doing today, one card per thing, each a click away
from the place to act. Only what the user's role may see (core.home decides).

Every card says how pressing it is with a colour, a symbol and words together (never
colour alone), carries one number and one line of words, and opens its section (and
the right tab) with a click, Enter or Space on its button.

The summary is gathered again whenever the page is shown, so it reflects what was just
done in another section. It takes a few milliseconds on demo data (see
`HomePage.last_ms`), so it runs on the UI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core import home as core_home
from clinic_desk.core.home import ATTENTION, INFO, OK, URGENT, HomeItem, HomeSummary
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.widgets import icon, label

if TYPE_CHECKING:
    from clinic_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# level -> (colour, symbol in the badge)
LEVEL_STYLE = {
    URGENT: ("#b3261e", "!"),
    ATTENTION: ("#9a5b00", "!"),
    OK: ("#2e6b34", "✓"),
    INFO: ("#3d5a80", "i"),
}
# card kind -> the icon of its section
KIND_ICON = {
    "appointments": "sessions", "missed": "sessions", "follow_ups": "sessions",
    "free_beds": "shelter", "low_stock": "medicine", "expiring": "medicine",
    "backup": "save", "export": "exchange",
}

STYLE = """
#homeCard { background: #ffffff; border: 1px solid #e1dbea; border-left: 6px solid #3d5a80;
            border-radius: 10px; }
#homeCard[level="urgent"] { border-left-color: #b3261e; }
#homeCard[level="attention"] { border-left-color: #9a5b00; }
#homeCard[level="ok"] { border-left-color: #2e6b34; }
#homeCard:hover { border-color: #b9a6da; }
#cardNumber { font-size: 22pt; font-weight: bold; color: #2d1f4d; }
#homeStatus { font-size: 11pt; }
#homeHeading { font-size: 13pt; font-weight: bold; color: #2d1f4d; }
#homeCard QPushButton { padding: 4px 12px; }
#homeAppointments { border: 1px solid #e1dbea; border-radius: 8px; background: #ffffff; }
"""

_badges: dict[tuple[str, int], QIcon] = {}


def badge_icon(level: str, size: int = 22) -> QIcon:
    """A round badge in the level's colour with its symbol inside."""
    key = (level, size)
    if key not in _badges:
        colour, glyph = LEVEL_STYLE.get(level, LEVEL_STYLE[INFO])
        pix = QPixmap(size * 2, size * 2)
        pix.setDevicePixelRatio(2.0)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(colour))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(1, 1, size - 2, size - 2)
        p.setPen(QColor("#ffffff"))
        font = p.font()
        font.setPixelSize(int(size * 0.62))
        font.setBold(True)
        p.setFont(font)
        p.drawText(0, 0, size, size, Qt.AlignmentFlag.AlignCenter, glyph)
        p.end()
        _badges[key] = QIcon(pix)
    return _badges[key]


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone()


def _fmt_date(value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime):
        value = _local(value).date()
    return value.strftime("%d/%m/%Y")


def long_date(day: dt.date) -> str:
    """'sábado, 28 de noviembre de 2026' in Spanish, the locale's long form otherwise."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)


class HomeCard(QFrame):
    """One thing to do: status (colour + symbol + words), a number, a title, one line of
    words, and a button that opens the place to act."""

    def __init__(self, item: HomeItem, on_open: Callable[[HomeItem], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from clinic_desk.ui.main_window import section_by_key

        self.item = item
        self.section = section_by_key(item.section)
        self.on_open = on_open
        self.setObjectName("homeCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(12)
        picture = QLabel(self)
        picture.setPixmap(icon(KIND_ICON.get(item.kind, "home")).pixmap(30, 30))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(picture)
        col = QVBoxLayout()
        col.setSpacing(3)
        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        self.badge = QLabel(self)
        self.status = label(object_name="cardStatus", parent=self)
        status_row.addWidget(self.badge)
        status_row.addWidget(self.status, 1)
        col.addLayout(status_row)
        number_row = QHBoxLayout()
        number_row.setSpacing(10)
        self.number = label(object_name="cardNumber", parent=self)
        self.title = label(object_name="cardTitle", wrap=True, parent=self)
        number_row.addWidget(self.number, 0, Qt.AlignmentFlag.AlignVCenter)
        number_row.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        col.addLayout(number_row)
        self.detail = label(object_name="muted", wrap=True, parent=self)
        col.addWidget(self.detail)
        col.addStretch(1)
        self.button = QPushButton(self)
        self.button.setObjectName("cardButton")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda: self.on_open(self.item))
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.button)
        col.addLayout(button_row)
        outer.addLayout(col, 1)

    def set_texts(self, item: HomeItem, status: str, number: str, title: str, detail: str,
                  button: str) -> None:
        self.item = item
        self.setProperty("level", item.level)
        self.style().unpolish(self)
        self.style().polish(self)
        colour = LEVEL_STYLE.get(item.level, LEVEL_STYLE[INFO])[0]
        self.badge.setPixmap(badge_icon(item.level).pixmap(20, 20))
        self.status.setText(status)
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.number.setText(number)
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.button.setText(button)
        spoken = f"{status}. {number} {title}. {detail}".strip()
        self.setAccessibleName(f"{title}: {number}")
        self.setAccessibleDescription(spoken)
        self.button.setAccessibleName(f"{button} — {title}: {number}")
        self.button.setAccessibleDescription(spoken)

    def open(self) -> None:
        self.on_open(self.item)

    def mouseReleaseEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            self.open()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):  # type: ignore[attr-defined]
            self.open()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


def open_target(window: MainWindow, section: str, tab: str | None) -> None:
    """Open a section and, where the page allows, the tab where one acts."""
    window.open_section(section)
    if window.current_key() != section:
        return
    page = window.page(section)
    hook = getattr(page, "show_home_target", None)
    if callable(hook):  # a page that knows its own tabs best
        hook(tab)
        return
    if section == "shelter" and hasattr(page, "show_tonight"):
        setup_view = getattr(page, "setup", None)
        if tab == "setup" and setup_view is not None:
            page.tabs.setCurrentWidget(setup_view)
        else:
            page.tabs.setCurrentIndex(0)
            page.show_tonight()
        return
    view = {"agenda": "agenda", "stock": "stock", "backup": "backups", "export": "export",
            "keys": "keys"}.get(tab or "")
    widget = getattr(page, view, None) if view else None
    tabs = getattr(page, "tabs", None)
    if isinstance(widget, QWidget) and tabs is not None:
        for i in range(tabs.count()):
            if tabs.widget(i) is widget or tabs.widget(i).isAncestorOf(widget):
                tabs.setCurrentIndex(i)
                break
    if tab == "agenda" and widget is not None and hasattr(widget, "day"):
        widget.day.setDate(QDate.currentDate())


class HomePage(QWidget):
    """`HomePage(workspace, window)`: `refresh()` gathers the summary again (also done on
    every show); `cards` holds one HomeCard per item; `last_ms` how long it took."""

    def __init__(self, workspace: Workspace, window: MainWindow | None = None) -> None:
        super().__init__(window)
        self.setObjectName("homePage")
        self.setStyleSheet(STYLE)
        self.workspace = workspace
        self.window_ = window
        self.summary: HomeSummary | None = None
        self.error: str | None = None
        self.last_ms = 0.0
        self.cards: list[HomeCard] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setObjectName("homeScroll")
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("homeBody")
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(6)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.welcome = label(object_name="pageTitle")
        self.where = label(object_name="pageSubtitle")
        titles.addWidget(self.welcome)
        titles.addWidget(self.where)
        head.addLayout(titles, 1)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("homeRefresh")
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addSpacing(4)

        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        self.status_badge = QLabel(self)
        self.status_line = label(object_name="homeStatus", wrap=True)
        status_row.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_line, 1)
        layout.addLayout(status_row)
        self.message = label(object_name="errorLabel", wrap=True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addSpacing(6)
        self.heading = label(object_name="homeHeading")
        layout.addWidget(self.heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(14)
        self.columns = 3
        for c in range(self.columns):
            self.grid.setColumnStretch(c, 1)
        layout.addLayout(self.grid)

        # the counsellor's own appointments of today (and missed ones), one line each;
        # it takes the free cells after the cards
        self.day_box = QWidget(self)
        day_col = QVBoxLayout(self.day_box)
        day_col.setContentsMargins(0, 0, 0, 0)
        day_col.setSpacing(4)
        self.appointments_heading = label(object_name="cardTitle", wrap=True)
        self.appointments = QListWidget(self)
        self.appointments.setObjectName("homeAppointments")
        self.appointments.setIconSize(self.appointments.iconSize())
        self.appointments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.appointments.itemActivated.connect(lambda _i: self._open("sessions", "agenda"))
        self.appointments.itemClicked.connect(lambda _i: self._open("sessions", "agenda"))
        day_col.addWidget(self.appointments_heading)
        day_col.addWidget(self.appointments)
        day_col.addStretch(1)
        self.day_box.hide()

        # a promoter's day is her stock: the alerts themselves, below her two cards
        self.alerts: QWidget | None = None
        actor = workspace.actor
        if actor is not None and actor.can(Perm.STOCK_READ) \
                and not actor.can(Perm.SESSIONS_LOG) and not actor.can(Perm.SHELTER_READ):
            from clinic_desk.ui.inventory.alerts import InventoryAlertsWidget

            self.alerts = InventoryAlertsWidget(workspace, self)
            self.alerts.setMinimumHeight(260)
            self.alerts.activated.connect(self._open_alert)
            layout.addSpacing(10)
            layout.addWidget(self.alerts)
        layout.addSpacing(10)
        self.tip = label(object_name="infoBox", wrap=True)
        self.tip.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.tip_slot = QVBoxLayout()  # the tip sits here unless a free grid cell takes it
        self.tip_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.tip_slot)
        layout.addStretch(1)

        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.refresh)
        self.refresh()

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        start = time.perf_counter()
        try:
            self.summary = core_home.home_summary(self.workspace, self.workspace.actor)
            self.error = None
        except Exception as exc:  # noqa: BLE001 - shown on the page, the rest still works
            log.warning("home summary failed: %s", type(exc).__name__)
            self.error = error_text(exc)
        self.last_ms = (time.perf_counter() - start) * 1000
        log.debug("home summary in %.1f ms", self.last_ms)
        self._build_cards()
        self.retranslate()
        alerts = getattr(self, "alerts", None)
        if alerts is not None:
            stock = self.summary.stock if self.summary else None
            alerts.setVisible(bool(stock and stock.locations))
            if alerts.isVisible() or stock is not None:
                alerts.refresh()

    def _build_cards(self) -> None:
        items = list(self.summary.items) if self.summary else []
        if [c.item.kind for c in self.cards] == [i.kind for i in items]:
            for card, item in zip(self.cards, items, strict=True):
                card.item = item
            return
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.grid.removeWidget(self.day_box)
        self.grid.removeWidget(self.tip)
        self.tip_slot.removeWidget(self.tip)
        self.cards = [HomeCard(i, self._open_item, self) for i in items]
        previous: QWidget = self.refresh_button
        for n, card in enumerate(self.cards):
            self.grid.addWidget(card, n // self.columns, n % self.columns)
            QWidget.setTabOrder(previous, card.button)
            previous = card.button
        # the counsellor's day, else the tip, fills the free cells after the last card
        n = len(self.cards)
        used = n % self.columns
        sessions = self.summary.sessions if self.summary else None
        row = n // self.columns
        span = (used, self.columns - used) if used else (0, self.columns)
        if sessions is not None and sessions.today is not None:
            self.grid.addWidget(self.day_box, row, span[0], 1, span[1])
            self.tip_slot.addWidget(self.tip)
        elif used:
            self.grid.addWidget(self.tip, row, span[0], 1, span[1], Qt.AlignmentFlag.AlignTop)
        else:
            self.tip_slot.addWidget(self.tip)
        QWidget.setTabOrder(previous, self.appointments)

    def _open_alert(self, location_id: str, item_id: str) -> None:
        """An alert row: the stock card of that medicine at that botiquín."""
        if self.window_ is None:
            return
        open_target(self.window_, "stock", "stock")
        page = self.window_.page("stock")
        if hasattr(page, "select_location"):
            page.select_location(location_id)
        if hasattr(page, "show_card"):
            page.show_card(item_id)

    def _open_item(self, item: HomeItem) -> None:
        self._open(item.section, item.tab)

    def _open(self, section: str, tab: str | None) -> None:
        if self.window_ is not None:
            open_target(self.window_, section, tab)

    def card(self, kind: str) -> HomeCard | None:
        return next((c for c in self.cards if c.item.kind == kind), None)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        actor = self.workspace.actor
        site = self.workspace.site
        today = self.summary.today if self.summary else dt.date.today()
        self.welcome.setText(self.tr("Welcome, {name}").format(
            name=actor.full_name if actor else ""))
        self.where.setText(self.tr("{site} ({code}) · {date}").format(
            site=site.name, code=site.code, date=long_date(today)))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Gather today's figures again (F5)"))
        self.heading.setText(self.tr("What needs doing today"))
        self.tip.setText(self.tr(
            "Clinic Desk locks itself after a few minutes without use. If someone who should "
            "not see the screen comes in, press F12: every window is covered at once."))
        if self.error:
            self.message.setText(self.tr("Today's figures could not be gathered: {error}")
                                 .format(error=self.error))
            self.message.show()
        else:
            self.message.hide()
        pending = self.summary.pending if self.summary else 0
        if self.summary is not None and not self.summary.items:
            level, text = INFO, self.tr(
                "There is nothing for your role to follow on this page. Use the sections on "
                "the left.")
        elif pending:
            level = URGENT if any(c.item.level == URGENT for c in self.cards) else ATTENTION
            text = self.tr("%n thing(s) need your attention today. Each card opens the "
                           "place to act.", "", pending)
        else:
            level, text = OK, self.tr(
                "Nothing pending right now. Everything is up to date — thank you.")
        self.status_badge.setPixmap(badge_icon(level).pixmap(22, 22))
        self.status_line.setText(text)
        for card in self.cards:
            card.set_texts(card.item, *self._card_texts(card.item))
        self._fill_appointments()

    def _status(self, level: str) -> str:
        return {URGENT: self.tr("Urgent"), ATTENTION: self.tr("Needs attention"),
                OK: self.tr("Nothing pending"), INFO: self.tr("For your information")}[level]

    def _ago(self, days: int | None) -> str:
        if days is None:
            return self.tr("Never")
        if days == 0:
            return self.tr("Today")
        return self.tr("%n day(s) ago", "", days)

    def _card_texts(self, item: HomeItem) -> tuple[str, str, str, str, str]:
        """status, number, title, detail, button"""
        d = item.detail
        n = item.count or 0
        status = self._status(item.level)
        number = str(n)
        kind = item.kind
        if kind == "appointments":
            title = (self.tr("Your appointments today") if d.get("mine")
                     else self.tr("Appointments today at the centre"))
            nxt = d.get("next")
            if not n:
                detail = self.tr("No appointments booked for today.")
            elif nxt is not None:
                when = _local(nxt.starts_at).strftime("%H:%M")
                kind_text = self._kind(nxt.kind)
                detail = (self.tr("Next: {time}, {kind} with {who}").format(
                    time=when, kind=kind_text, who=nxt.who) if nxt.who
                    else self.tr("Next: {time}, {kind}").format(time=when, kind=kind_text))
            elif d.get("mine"):
                detail = self.tr("Today's appointments are over. Record the sessions held.")
            else:
                detail = self.tr("For the whole centre. The agenda shows who and when.")
            button = self.tr("Open the agenda")
        elif kind == "missed":
            title = self.tr("Missed appointments")
            detail = (self.tr("In the last two weeks. Call her or book again, then mark "
                              "what happened.") if n
                      else self.tr("None in the last two weeks."))
            button = self.tr("Open the agenda")
        elif kind == "follow_ups":
            title = self.tr("Overdue follow-ups")
            due = int(d.get("due_today") or 0)
            if n:
                detail = self.tr("Your follow-up tasks past their date.")
                if due:
                    detail += " " + self.tr("And %n due today.", "", due)
            elif due:
                detail = self.tr("None overdue; %n due today.", "", due)
            else:
                detail = self.tr("Your follow-ups are up to date.")
            button = self.tr("Open the agenda")
        elif kind == "free_beds" and not d.get("set_up", True):
            title = self.tr("Free beds tonight")
            number = "—"
            detail = self.tr("No rooms or beds are set up yet: the Shelter section does it.")
            button = self.tr("Open the shelter")
        elif kind == "free_beds":
            title = self.tr("Free beds tonight")
            parts = [self.tr("%n occupied", "", int(d.get("occupied") or 0))]
            waiting, holds = int(d.get("waiting") or 0), int(d.get("holds") or 0)
            if holds:
                parts.append(self.tr("%n hold(s) end today", "", holds))
            if waiting and n:
                parts.append(self.tr("%n on the waitlist: offer a bed", "", waiting))
            elif waiting:
                parts.append(self.tr("%n on the waitlist", "", waiting))
            else:
                parts.append(self.tr("nobody waiting"))
            detail = " · ".join(parts)
            button = self.tr("Open the bed board")
        elif kind == "low_stock":
            title = self.tr("Medicines low or out of stock")
            out = int(d.get("out") or 0)
            if not d.get("locations"):
                number = "—"
                detail = self._no_botiquin(bool(d.get("all_locations")))
            elif out:
                detail = self.tr("%n out of stock: order or ask for a transfer.", "", out)
            elif n:
                detail = self.tr("At or below the reorder level: order soon.")
            else:
                detail = self.tr("Every medicine is above its reorder level.")
            button = self.tr("Open the stock")
        elif kind == "expiring":
            title = self.tr("Lots expiring within 90 days")
            expired = int(d.get("expired") or 0)
            if not d.get("locations"):
                number = "—"
                detail = self._no_botiquin(bool(d.get("all_locations")))
            elif expired:
                detail = self.tr("%n expired or recalled lot(s) still on the shelf: write "
                                 "them off.", "", expired)
            elif n:
                detail = self.tr("Dispense these first (first expiry, first out).")
            else:
                detail = self.tr("No lot expires in the next 90 days.")
            button = self.tr("Open the stock")
        elif kind == "backup":
            title = self.tr("Last backup")
            number = self._ago(item.count)
            at = d.get("at")
            reminder = int(d.get("reminder") or 7)
            if at is None:
                detail = self.tr("No backup yet. Make one now and keep a copy on a USB "
                                 "stick.")
            elif d.get("due"):
                detail = self.tr("Older than %n day(s): make a backup today.", "", reminder)
            else:
                detail = self.tr("Made on {date}. Make one at least every %n day(s).", "",
                                 reminder).format(date=_fmt_date(at))
            button = self.tr("Open Exchange")
        else:  # export
            title = self.tr("Last export to the central office")
            number = self._ago(item.count)
            at = d.get("at")
            reminder = int(d.get("reminder") or 7)
            if not d.get("available"):
                number = "—"
                detail = self.tr("Not set up yet: first import the central office's key in "
                                 "Exchange.")
            elif at is None:
                detail = self.tr("No bundle sent yet. Export one to the USB stick.")
            elif d.get("due"):
                detail = self.tr("Older than %n day(s): export a bundle to the USB stick.",
                                 "", reminder)
            else:
                detail = self.tr("Sent on {date}.").format(date=_fmt_date(at))
            button = self.tr("Open Exchange")
        return status, number, title, detail, button

    def _no_botiquin(self, all_locations: bool) -> str:
        if all_locations:
            return self.tr("No botiquín is set up yet: add them in Medicine kits.")
        return self.tr("No botiquín is assigned to you yet. Ask an administrator.")

    def _kind(self, code: str) -> str:
        from clinic_desk.ui.sessions.common import texts

        return texts().kind(code)

    MAX_MISSED_ROWS = 5

    def _fill_appointments(self) -> None:
        se = self.summary.sessions if self.summary else None
        self.appointments.clear()
        if se is None or se.today is None:
            self.day_box.hide()
            return
        self.appointments_heading.setText(self.tr("Your appointments: today, and missed ones "
                                                  "of the last two weeks"))
        rows: list[tuple[str, str]] = []
        for a in se.today:
            when = f"{_local(a.starts_at):%H:%M}–{_local(a.ends_at):%H:%M}"
            text = " · ".join(p for p in (when, self._kind(a.kind), a.who or "") if p)
            if a.missed:
                rows.append((ATTENTION, text + " · " + self.tr("missed")))
            elif a.status == "attended":
                rows.append((OK, text + " · " + self.tr("session recorded")))
            else:
                rows.append((INFO, text))
        today_keys = {(a.starts_at, a.kind) for a in se.today}
        missed = [a for a in se.missed_lines or () if (a.starts_at, a.kind) not in today_keys]
        for a in missed[:self.MAX_MISSED_ROWS]:
            when = f"{_local(a.starts_at):%d/%m %H:%M}"
            text = " · ".join(p for p in (when, self._kind(a.kind), a.who or "") if p)
            rows.append((ATTENTION, self.tr("Missed: {appointment}").format(appointment=text)))
        if len(missed) > self.MAX_MISSED_ROWS:
            rows.append((ATTENTION, self.tr("%n more missed: open the agenda", "",
                                            len(missed) - self.MAX_MISSED_ROWS)))
        if not rows:
            rows.append((OK, self.tr("No appointments for you today, and none missed. A calm "
                                     "day.")))
        for level, text in rows:
            item = QListWidgetItem(badge_icon(level, 18), text)
            item.setToolTip(self.tr("Open the agenda"))
            self.appointments.addItem(item)
        row_height = max(self.appointments.sizeHintForRow(0), 22)
        frame = 2 * self.appointments.frameWidth()
        self.appointments.setFixedHeight(len(rows) * row_height + frame + 8)
        self.appointments.setAccessibleName(self.tr("Your appointments today"))
        self.day_box.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "cards"):
            self.retranslate()
        super().changeEvent(event)


# -- screenshots -------------------------------------------------------------------------
def _settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def _book_today(ws: Workspace) -> None:
    """A few appointments later today for the demo counsellor, so her day shows."""
    from sqlalchemy import select

    from clinic_desk.core.db.types import utcnow
    from clinic_desk.core.intake.models import Person
    from clinic_desk.core.sessions import appointments

    actor = ws.actor
    assert actor is not None
    now = utcnow()
    local_now = now.astimezone()
    if local_now.hour >= 20:
        return
    with ws.db.read() as s:
        if len(appointments.todays_reminders(s, actor, now=now).today) >= 2:
            return
        people = list(s.scalars(select(Person.id).where(Person.deleted.is_(False))
                                .order_by(Person.id).limit(3)))
    start = local_now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    kinds = ("individual", "family", "phone")
    with ws.db.write(actor.user_id) as s:
        for n, pid in enumerate(people):
            begin = start + dt.timedelta(hours=n)
            if begin.date() != local_now.date():
                break
            appointments.schedule(s, actor, kinds[n], begin, actor.user_id, person_id=pid,
                                  duration_min=45, now=now)


def render_home_screens(outdir: Path | str, size: tuple[int, int] = (1366, 768),
                        languages: tuple[str, ...] = ("es", "en")) -> list[Path]:
    """Render the main window on the home page for each demo role (admin, counsellor,
    staff, promoter) in each language to PNG files (home-ROLE-LANG.png), plus the About
    dialog (about-LANG.png). Builds its own demo data folder in a temporary directory
    with cheap KDF settings; the caller provides an isolated keyring (the screenshot
    tool and the tests do)."""
    import tempfile

    from clinic_desk.core.demo import DEMO_USERS, create_demo
    from clinic_desk.core.security.kdf import KdfParams
    from clinic_desk.ui import messages
    from clinic_desk.ui.about import AboutDialog
    from clinic_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    fast = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    roles = {"admin": "admin", "psicologa": "counsellor", "educadora": "staff",
             "promotora": "promoter"}
    with tempfile.TemporaryDirectory(prefix="clinic-desk-home-") as tmp:
        inst = create_demo(Path(tmp) / "demo", kdf=fast)
        for user in DEMO_USERS:
            ws = inst.unlock(user.username, user.password)
            try:
                if roles[user.username] == "counsellor":
                    _book_today(ws)
                for lang in languages:
                    messages.set_language(lang)
                    window = MainWindow(ws, autolock_ms=3_600_000)
                    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
                    window.resize(*size)
                    window.show()
                    _settle(app)
                    path = out / f"home-{roles[user.username]}-{lang}.png"
                    window.grab().save(str(path))
                    written.append(path)
                    if roles[user.username] == "admin":
                        about = AboutDialog(ws, window)
                        about.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
                        about.show()
                        _settle(app)
                        path = out / f"about-{lang}.png"
                        about.grab().save(str(path))
                        written.append(path)
                        about.close()
                        about.deleteLater()
                    window.locker.stop()
                    window.close()
                    window.deleteLater()
                    _settle(app)
            finally:
                ws.close()
    return written
