"""Community activities: awareness talks and campaigns in a neighbourhood, school or
market. Date, place, topic, facilitators and a headcount by sex and age band —
nobody is registered by name. Counted in the statistics (`community_stats`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import require_write_session
from clinic_desk.core.intake.validation import clean_text
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.sessions.models import (
    AGE_BANDS,
    COMMUNITY_KINDS,
    COMMUNITY_SETTINGS,
    HEADCOUNT_SEXES,
    CommunityActivity,
)

MAX_PER_CELL = 10_000


@dataclass(frozen=True)
class ActivityInfo:
    id: str
    held_on: dt.date
    kind: str
    setting: str
    topic: str
    place: str
    sector: str | None
    facilitators: str
    headcounts: dict[str, dict[str, int]]  # sex -> age band -> people
    total: int
    note: str | None


@dataclass(frozen=True)
class CommunityStats:
    activities: int
    total: int
    by_sex: dict[str, int]
    by_band: dict[str, int]
    by_kind: dict[str, int]  # activities per kind


def empty_headcounts() -> dict[str, dict[str, int]]:
    return {sex: dict.fromkeys(AGE_BANDS, 0) for sex in HEADCOUNT_SEXES}


def _clean_counts(counts: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    out = empty_headcounts()
    for sex, bands in counts.items():
        if sex not in HEADCOUNT_SEXES:
            raise InvalidInput("Count people as women or men, by age band.", field="headcounts")
        for band, n in bands.items():
            if band not in AGE_BANDS:
                raise InvalidInput("Count people as women or men, by age band.",
                                   field="headcounts")
            if isinstance(n, bool) or not isinstance(n, int) or n < 0 or n > MAX_PER_CELL:
                raise InvalidInput("A headcount is a whole number, 0 or more.",
                                   field="headcounts")
            out[sex][band] = n
    return out


def _info(row: CommunityActivity) -> ActivityInfo:
    try:
        counts = _clean_counts(json.loads(row.headcounts or "{}"))
    except (ValueError, InvalidInput):
        counts = empty_headcounts()
    return ActivityInfo(row.id, row.held_on, row.kind, row.setting, row.topic, row.place,
                        row.sector, row.facilitators, counts, row.total, row.note)


def _text(value: str | None, fld: str, limit: int, required_message: str | None) -> str:
    text = clean_text(value)
    if not text and required_message:
        raise InvalidInput(required_message, field=fld)
    if len(text) > limit:
        raise InvalidInput("This text is too long (at most {max} characters).", field=fld,
                           max=limit)
    return text


def record_activity(session: Session, actor: Actor, held_on: dt.date, kind: str,
                    setting: str, topic: str, place: str,
                    headcounts: Mapping[str, Mapping[str, int]], facilitators: str = "",
                    sector: str | None = None, note: str | None = None,
                    today: dt.date | None = None) -> ActivityInfo:
    require(actor, Perm.SESSIONS_LOG)
    require_write_session(session)
    if not isinstance(held_on, dt.date):
        raise InvalidInput("Enter the date of the activity.", field="held_on")
    if held_on > (today or dt.date.today()):
        raise InvalidInput("An activity that was held cannot be dated in the future.",
                           field="held_on")
    if kind not in COMMUNITY_KINDS:
        raise InvalidInput("Choose the kind of activity.", field="kind")
    if setting not in COMMUNITY_SETTINGS:
        raise InvalidInput("Choose where the activity took place.", field="setting")
    clean_topic = _text(topic, "topic", 200, "Enter the topic.")
    clean_place = _text(place, "place", 120, "Enter the place.")
    clean_sector = _text(sector, "sector", 80, None) or None
    clean_fac = _text(facilitators, "facilitators", 250, None)
    counts = _clean_counts(headcounts)
    total = sum(sum(b.values()) for b in counts.values())
    if total <= 0:
        raise InvalidInput("Count the people who took part.", field="headcounts")
    row = CommunityActivity(held_on=held_on, kind=kind, setting=setting, topic=clean_topic,
                            place=clean_place, sector=clean_sector, facilitators=clean_fac,
                            headcounts=json.dumps(counts, sort_keys=True), total=total,
                            note=(note or "").strip() or None)
    session.add(row)
    session.flush()
    audit.record(session, "community_activity_recorded", actor, target=row.id, total=total)
    return _info(row)


def list_activities(session: Session, actor: Actor, start: dt.date | None = None,
                    end: dt.date | None = None, limit: int = 500) -> list[ActivityInfo]:
    """Activities held from `start` up to (not including) `end`, newest first."""
    require(actor, Perm.SESSIONS_LOG)
    q = select(CommunityActivity).where(CommunityActivity.deleted.is_(False))
    if start is not None:
        q = q.where(CommunityActivity.held_on >= start)
    if end is not None:
        q = q.where(CommunityActivity.held_on < end)
    q = q.order_by(CommunityActivity.held_on.desc()).limit(limit)
    return [_info(r) for r in session.scalars(q)]


def community_stats(session: Session, actor: Actor, start: dt.date,
                    end: dt.date) -> CommunityStats:
    """Totals for the statistics (de-identified by construction)."""
    require(actor, Perm.SESSIONS_LOG)
    acts = list_activities(session, actor, start, end, limit=1_000_000)
    by_sex = dict.fromkeys(HEADCOUNT_SEXES, 0)
    by_band = dict.fromkeys(AGE_BANDS, 0)
    by_kind = dict.fromkeys(COMMUNITY_KINDS, 0)
    for a in acts:
        by_kind[a.kind] += 1
        for sex, bands in a.headcounts.items():
            for band, n in bands.items():
                by_sex[sex] += n
                by_band[band] += n
    return CommunityStats(len(acts), sum(a.total for a in acts), by_sex, by_band, by_kind)
