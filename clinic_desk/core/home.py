"""The home screen's summary: what needs doing today, only as far as the user's role
may see. No Qt; the UI turns it into cards.

    summary = home_summary(workspace, actor)          # or a read session
    for item in summary.items: ...                    # kind, section, tab, count, level

What each permission adds:

- SHELTER_READ: free beds tonight, holds that expire today, the waitlist's length.
- SESSIONS_LOG: how many appointments today (the centre's; a counsellor's own), how
  many missed in the last two weeks, the user's own overdue follow-up tasks.
  NOTES_READ adds the counsellor's own appointments of today and the missed ones, one
  line each: time, type and, only with PEOPLE_READ, the person's or group's name.
  Never a note, never a task's text.
- STOCK_READ: medicines low or out of stock, lots expiring within 90 days (and expired
  or recalled lots still on the shelf) over the user's botiquines: a promoter's
  assigned ones, everything with STOCK_ALL_LOCATIONS.
- BACKUP / EXPORT: how long ago the last backup / export was, and whether it is due
  (older than the site's backup_reminder_days, or never made).

A group the role may not see is None, never zero: a promoter's summary holds no
shelter, session or people data at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from clinic_desk.core import settings
from clinic_desk.core.db.types import utcnow
from clinic_desk.core.security.roles import Actor, Perm

# the section keys of the main window (ui.main_window.SECTIONS)
SHELTER, SESSIONS, STOCK, EXCHANGE = "shelter", "sessions", "stock", "exchange"

# levels of an item, from calm to pressing
INFO, OK, ATTENTION, URGENT = "info", "ok", "attention", "urgent"

MISSED_DAYS = 14  # missed appointments of the last two weeks (as the agenda counts them)
EXPIRY_DAYS = 90


@dataclass(frozen=True)
class ShelterFigures:
    free_tonight: int
    occupied_tonight: int
    holds_expiring_today: int
    waiting: int
    set_up: bool = True  # False: no room or bed yet
    section: str = SHELTER


@dataclass(frozen=True)
class AppointmentLine:
    """One appointment on the home screen: no note, no place, no counsellor."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: str  # a session kind code: individual, family, group, home_visit, ...
    who: str | None  # person or group name; None when the role may not read people
    missed: bool
    status: str = "scheduled"  # scheduled | attended | missed | cancelled


@dataclass(frozen=True)
class SessionFigures:
    mine: bool  # True: the counsellor's own agenda; False: the whole centre's
    appointments_today: int
    missed: int  # in the last MISSED_DAYS days, not yet followed up
    overdue_tasks: int  # the user's own open follow-ups due before today
    tasks_due_today: int
    today: tuple[AppointmentLine, ...] | None = None  # NOTES_READ only
    missed_lines: tuple[AppointmentLine, ...] | None = None  # NOTES_READ only
    section: str = SESSIONS


@dataclass(frozen=True)
class StockFigures:
    locations: int  # botiquines the user may see
    low_stock: int  # at or below the reorder level, out of stock included
    out_of_stock: int
    expiring: int  # lots expiring within EXPIRY_DAYS
    expired: int  # expired or recalled lots still on the shelf
    all_locations: bool = False  # STOCK_ALL_LOCATIONS: every botiquín, not assigned ones
    section: str = STOCK


@dataclass(frozen=True)
class AgeFigure:
    """How long ago a backup or an export was made."""

    at: dt.datetime | None  # None: never
    days: int | None  # whole days since; None: never
    due: bool  # never, or older than the reminder
    reminder_days: int
    available: bool = True  # export: False until the central office's key is imported
    section: str = EXCHANGE


@dataclass(frozen=True)
class HomeItem:
    """One card: what it is about, where to act, its number and how pressing it is."""

    kind: str  # free_beds | appointments | missed | follow_ups | low_stock | expiring |
    #            backup | export
    section: str  # the main window's section key to open
    tab: str | None  # the tab of that section to show (see ui.home)
    count: int | None  # the number on the card; None: never (backup, export)
    level: str  # INFO | OK | ATTENTION | URGENT
    detail: dict[str, Any] = field(default_factory=dict)  # numbers for the line of words


@dataclass(frozen=True)
class HomeSummary:
    today: dt.date
    now: dt.datetime
    shelter: ShelterFigures | None = None
    sessions: SessionFigures | None = None
    stock: StockFigures | None = None
    backup: AgeFigure | None = None
    export: AgeFigure | None = None
    items: tuple[HomeItem, ...] = ()

    @property
    def pending(self) -> int:
        """How many cards ask for something to be done."""
        return sum(1 for i in self.items if i.level in (ATTENTION, URGENT))


# -- gathering ---------------------------------------------------------------------------
def _shelter(s: Session, actor: Actor, now: dt.datetime) -> ShelterFigures:
    from sqlalchemy import select

    from clinic_desk.core.shelter import board
    from clinic_desk.core.shelter.models import Bed

    sm = board.summary(s, actor, now)
    set_up = bool(sm.free_tonight or sm.occupied_tonight) or s.scalar(
        select(Bed.id).where(Bed.deleted.is_(False)).limit(1)) is not None
    return ShelterFigures(sm.free_tonight, sm.occupied_tonight, sm.holds_expiring_today,
                          sm.waiting, set_up)


def _sessions(s: Session, actor: Actor, today: dt.date, now: dt.datetime) -> SessionFigures:
    from clinic_desk.core.sessions import appointments, tasks

    rem = appointments.todays_reminders(s, actor, today=today, now=now)
    open_tasks = tasks.open_tasks(s, actor, assigned_to=actor.user_id)
    overdue = sum(1 for t in open_tasks if t.due_on < today)
    due_today = sum(1 for t in open_tasks if t.due_on == today)
    today_lines = missed_lines = None
    if actor.can(Perm.NOTES_READ):
        names = actor.can(Perm.PEOPLE_READ)

        def line(a: appointments.AppointmentInfo) -> AppointmentLine:
            return AppointmentLine(a.starts_at, a.ends_at, a.kind,
                                   (a.who or None) if names else None, a.missed, a.status)

        today_lines = tuple(line(a) for a in rem.today)
        missed_lines = tuple(line(a) for a in rem.missed)
    return SessionFigures(
        mine=actor.can(Perm.NOTES_WRITE), appointments_today=len(rem.today),
        missed=len(rem.missed), overdue_tasks=overdue, tasks_due_today=due_today,
        today=today_lines, missed_lines=missed_lines)


def _stock(s: Session, actor: Actor, today: dt.date) -> StockFigures:
    from clinic_desk.core.inventory import planning
    from clinic_desk.core.inventory.locations import list_locations

    # list_locations keeps a promoter to her assigned botiquines
    ids = [x.id for x in list_locations(s, actor)]
    alerts = planning.alerts(s, actor, location_ids=ids, on=today,
                             expiry_days=EXPIRY_DAYS) if ids else []
    kinds = [a.kind for a in alerts]
    return StockFigures(
        locations=len(ids),
        low_stock=kinds.count("low_stock") + kinds.count("out_of_stock"),
        out_of_stock=kinds.count("out_of_stock"),
        expiring=kinds.count("expiring"),
        expired=kinds.count("expired") + kinds.count("recalled"),
        all_locations=actor.can(Perm.STOCK_ALL_LOCATIONS))


def _age(at: dt.datetime | None, now: dt.datetime, reminder: int,
         available: bool = True) -> AgeFigure:
    if at is None:
        return AgeFigure(None, None, available, reminder, available)
    days = max(0, (now - at).days)
    return AgeFigure(at, days, available and days > reminder, reminder, available)


def _parse_utc(text: object) -> dt.datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _backup(s: Session, now: dt.datetime, reminder: int) -> AgeFigure:
    from clinic_desk.core.exchange.backup import last_backup_at

    return _age(last_backup_at(s), now, reminder)


def _export(s: Session, now: dt.datetime, reminder: int) -> AgeFigure | None:
    from clinic_desk.core.exchange import export, keys

    if keys.has_central_keys(s):
        return None  # the central office consolidates; it sends no bundles
    state = export.read_state(s, export.STATE_KEY) or {}
    available = keys.imported_central(s) is not None
    return _age(_parse_utc(state.get("at")), now, reminder, available)


# -- the items (cards) -------------------------------------------------------------------
def _items(sm: HomeSummary) -> tuple[HomeItem, ...]:
    out: list[HomeItem] = []
    se = sm.sessions
    if se is not None:
        nxt = None
        if se.today is not None:
            nxt = next((a for a in se.today if a.ends_at >= sm.now and not a.missed), None)
        out.append(HomeItem("appointments", SESSIONS, "agenda", se.appointments_today,
                            INFO if se.appointments_today else OK,
                            {"mine": se.mine, "next": nxt}))
        out.append(HomeItem("missed", SESSIONS, "agenda", se.missed,
                            ATTENTION if se.missed else OK, {"days": MISSED_DAYS}))
        out.append(HomeItem("follow_ups", SESSIONS, "agenda", se.overdue_tasks,
                            ATTENTION if se.overdue_tasks else OK,
                            {"due_today": se.tasks_due_today}))
    sh = sm.shelter
    if sh is not None:
        level = ATTENTION if sh.holds_expiring_today or (sh.waiting and sh.free_tonight) \
            else INFO
        out.append(HomeItem("free_beds", SHELTER, "board" if sh.set_up else "setup",
                            sh.free_tonight, level,
                            {"holds": sh.holds_expiring_today, "waiting": sh.waiting,
                             "occupied": sh.occupied_tonight, "set_up": sh.set_up}))
    st = sm.stock
    if st is not None:
        where = {"locations": st.locations, "all_locations": st.all_locations}
        none = not st.locations  # no botiquín to look after yet: nothing to do here
        out.append(HomeItem("low_stock", STOCK, "stock", st.low_stock,
                            INFO if none else URGENT if st.out_of_stock
                            else ATTENTION if st.low_stock else OK,
                            {"out": st.out_of_stock, **where}))
        out.append(HomeItem("expiring", STOCK, "stock", st.expiring,
                            INFO if none else URGENT if st.expired
                            else ATTENTION if st.expiring else OK,
                            {"expired": st.expired, "days": EXPIRY_DAYS, **where}))
    for kind, fig in (("backup", sm.backup), ("export", sm.export)):
        if fig is None:
            continue
        level = (INFO if not fig.available else URGENT if fig.due and fig.at is None
                 and kind == "backup" else ATTENTION if fig.due else OK)
        tab = kind if fig.available else "keys"  # export: import the centre's key first
        out.append(HomeItem(kind, EXCHANGE, tab, fig.days, level,
                            {"at": fig.at, "due": fig.due, "reminder": fig.reminder_days,
                             "available": fig.available}))
    return tuple(out)


def home_summary(source: Any, actor: Actor | None, today: dt.date | None = None,
                 now: dt.datetime | None = None) -> HomeSummary:
    """Gather the home screen for `actor` from a Workspace (opens a read session) or
    an open Session. `today` is the local day (default: today on this PC)."""
    now = now or utcnow()
    today = today or now.astimezone().date()
    if actor is None:
        return HomeSummary(today, now)
    db = getattr(source, "db", None)
    if db is not None:
        with db.read() as s:
            return _gather(s, actor, today, now)
    return _gather(source, actor, today, now)


def _gather(s: Session, actor: Actor, today: dt.date, now: dt.datetime) -> HomeSummary:
    can = actor.can
    shelter = _shelter(s, actor, now) if can(Perm.SHELTER_READ) else None
    sessions = _sessions(s, actor, today, now) if can(Perm.SESSIONS_LOG) else None
    stock = _stock(s, actor, today) if can(Perm.STOCK_READ) else None
    backup = export = None
    if can(Perm.BACKUP) or can(Perm.EXPORT):
        reminder = int(settings.get(s, "backup_reminder_days") or 7)
        backup = _backup(s, now, reminder) if can(Perm.BACKUP) else None
        export = _export(s, now, reminder) if can(Perm.EXPORT) else None
    sm = HomeSummary(today, now, shelter, sessions, stock, backup, export)
    return HomeSummary(today, now, shelter, sessions, stock, backup, export, _items(sm))


__all__ = ["AgeFigure", "AppointmentLine", "HomeItem", "HomeSummary", "SessionFigures",
           "ShelterFigures", "StockFigures", "home_summary"]
