"""Figures for the municipality and the Ministry: occupancy per night and per month,
bed-nights, average length of stay, admissions (by referral source) and discharges
(by reason).

Definitions (the same on screen, in the PDF and in the board):
- a bed-night is one person in one bed for the night of date N (assignment covers N);
- beds available on night N: beds in use that night and not out of service;
- occupancy of a month = bed-nights / available bed-nights;
- length of stay = nights from admission to discharge, for the stays that ended in
  the period (a stay still open is not counted); an admission is counted in the month
  of its first night, a discharge in the month of the day she left.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.shelter import common
from clinic_desk.core.shelter.models import Bed, BedAssignment, BedOutage, Room, Stay


@dataclass(frozen=True)
class NightFigure:
    night: dt.date
    occupied: int
    available: int

    @property
    def rate(self) -> float:
        return self.occupied / self.available if self.available else 0.0


@dataclass(frozen=True)
class PeriodFigures:
    start: dt.date  # first night
    end: dt.date  # last night (inclusive)
    nights: tuple[NightFigure, ...]
    bed_nights: int
    bed_nights_women: int
    bed_nights_children: int
    available_bed_nights: int
    admissions: int  # people admitted
    families: int  # admissions (a woman with her children counts once)
    admissions_children: int
    by_referral: dict[str, int]
    discharges: int
    by_reason: dict[str, int]
    discharged_stays_nights: int
    staying_at_start: int
    staying_at_end: int

    @property
    def occupancy(self) -> float:
        return self.bed_nights / self.available_bed_nights if self.available_bed_nights else 0.0

    @property
    def average_stay(self) -> float | None:
        """Average nights of the stays that ended in the period."""
        return self.discharged_stays_nights / self.discharges if self.discharges else None

    @property
    def peak(self) -> int:
        return max((n.occupied for n in self.nights), default=0)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    if not 1 <= month <= 12 or not 1900 <= year <= 2200:
        raise InvalidInput("Choose a month and a year.", field="month")
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def period(session: Session, actor: Actor, start: dt.date, end: dt.date) -> PeriodFigures:
    """Figures for the nights start..end (both included)."""
    require(actor, Perm.SHELTER_READ)
    if end < start:
        raise InvalidInput("The period ends before it starts.", field="end")
    days = (end - start).days + 1
    after = end + dt.timedelta(days=1)

    # bed-nights: a difference array over the period, split women / children
    occ = [0] * (days + 1)
    women = children = 0
    for start_on, end_on, is_head in session.execute(
            select(BedAssignment.start_on, BedAssignment.end_on, Stay.is_head)
            .join(Stay, Stay.id == BedAssignment.stay_id)
            .where(BedAssignment.deleted.is_(False), BedAssignment.start_on < after,
                   or_(BedAssignment.end_on.is_(None), BedAssignment.end_on > start))):
        a = max(start_on, start)
        b = min(end_on or after, after)
        if b <= a:
            continue
        occ[(a - start).days] += 1
        occ[(b - start).days] -= 1
        if is_head:
            women += (b - a).days
        else:
            children += (b - a).days

    # available beds per night: in use that night, not out of service
    avail = [0] * (days + 1)
    for _bed_id, active, room_active, updated_at in session.execute(
            select(Bed.id, Bed.active, Room.active, Bed.updated_at)
            .join(Room, Room.id == Bed.room_id)
            .where(Bed.deleted.is_(False), Room.deleted.is_(False))):
        until = after
        if not (active and room_active):
            until = min(after, common.night_of(updated_at))
        if until > start:
            avail[0] += 1
            avail[(until - start).days] -= 1
    for from_on, until_on in session.execute(
            select(BedOutage.from_on, BedOutage.until_on).where(
                BedOutage.deleted.is_(False), BedOutage.from_on < after,
                or_(BedOutage.until_on.is_(None), BedOutage.until_on > start))):
        a = max(from_on, start)
        b = min(until_on or after, after)
        if b > a:
            avail[(a - start).days] -= 1
            avail[(b - start).days] += 1

    nights = []
    o = v = 0
    for i in range(days):
        o += occ[i]
        v += avail[i]
        nights.append(NightFigure(start + dt.timedelta(days=i), o, max(v, o)))

    admitted = session.execute(
        select(Stay.admission_id, Stay.is_head, Stay.referral_source).where(
            Stay.deleted.is_(False), Stay.admitted_on >= start, Stay.admitted_on < after)).all()
    left = session.execute(
        select(Stay.admitted_on, Stay.discharged_on, Stay.discharge_reason).where(
            Stay.deleted.is_(False), Stay.discharged_on >= start,
            Stay.discharged_on < after)).all()
    by_referral = Counter(r.referral_source for r in admitted if r.is_head)
    by_reason = Counter(r.discharge_reason for r in left)

    def staying_on(night: dt.date) -> int:
        return len(session.execute(select(Stay.id).where(
            Stay.deleted.is_(False), Stay.admitted_on <= night,
            or_(Stay.discharged_on.is_(None),
                and_(Stay.discharged_on > night)))).all())

    return PeriodFigures(
        start=start, end=end, nights=tuple(nights),
        bed_nights=women + children, bed_nights_women=women, bed_nights_children=children,
        available_bed_nights=sum(n.available for n in nights),
        admissions=len(admitted), families=len({r.admission_id for r in admitted}),
        admissions_children=sum(1 for r in admitted if not r.is_head),
        by_referral=dict(by_referral), discharges=len(left), by_reason=dict(by_reason),
        discharged_stays_nights=sum((r.discharged_on - r.admitted_on).days for r in left),
        staying_at_start=staying_on(start), staying_at_end=staying_on(end),
    )


def month(session: Session, actor: Actor, year: int, month_: int,
          today: dt.date | None = None) -> PeriodFigures:
    """A month's figures; the month in progress only up to tonight."""
    start, end = month_bounds(year, month_)
    today = today or common.today()
    if start <= today < end:
        end = today
    return period(session, actor, start, end)


@dataclass(frozen=True)
class YearFigures:
    year: int
    months: tuple[PeriodFigures, ...]
    total: PeriodFigures


def year(session: Session, actor: Actor, year_: int, upto: dt.date | None = None
         ) -> YearFigures:
    """The months of a year up to `upto` (default tonight) and the total."""
    last = min(dt.date(year_, 12, 31), upto or common.today())
    if last < dt.date(year_, 1, 1):
        raise InvalidInput("This year has not started yet.", field="year")
    months = tuple(month(session, actor, year_, m, today=upto)
                   for m in range(1, last.month + 1) if dt.date(year_, m, 1) <= last)
    total = period(session, actor, dt.date(year_, 1, 1), last)
    return YearFigures(year_, months, total)
