"""De-identified statistics as CSV: counts, never names, documents, birth dates or text.

A person is counted only when her statistics consent allows it (identified records
here, or pseudonyms from sites at the centre). Counts of people under 5 in a cell are
written as "<5" so a small cell cannot point at one woman: intakes, community
headcounts, shelter admissions and discharges (and an average stay of fewer than 5
discharges is left out). Sessions, community activities, shelter figures (those of
shelter.stats: bed-nights, occupancy, admissions, discharges, average stay) and
inventory are added when their tables exist (probed in Base.metadata).

Columns: section, month, dimension, value, count
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from clinic_desk.core.atomic import atomic_write_bytes
from clinic_desk.core.db.base import Base
from clinic_desk.core.exchange.export import VIOLENCE, age_band, latest_consent
from clinic_desk.core.exchange.models import Pseudonym
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Perm, require

SMALL = 5
HEADER = ("section", "month", "dimension", "value", "count")


def _table(name: str) -> Table | None:
    import clinic_desk.core.db.registry  # noqa: F401

    return Base.metadata.tables.get(name)


def _month(value: Any) -> str:
    return value.strftime("%Y-%m") if value is not None else "unknown"


def _cell(n: int) -> str:
    return "<5" if 0 < n < SMALL else str(n)


def people_counts(s: Session) -> Counter[tuple[str, str, str, str]]:
    """(section, month, dimension, value) -> people, for people who allow statistics."""
    from clinic_desk.core.intake.consent import STATISTICS

    out: Counter[tuple[str, str, str, str]] = Counter()
    people, risk = _table("people"), _table("risk_assessments")
    if people is not None:
        allowed = {p for p, g in latest_consent(s, STATISTICS).items() if g}
        latest: dict[str, Any] = {}
        if risk is not None:
            for r in s.execute(select(risk).where(risk.c.deleted.is_(False)).order_by(
                    risk.c.person_id, risk.c.assessed_at.desc(), risk.c.version.desc())):
                latest.setdefault(r.person_id, r)
        q = select(people.c.id, people.c.created_at, people.c.birth_year, people.c.sector,
                   people.c.sex).where(people.c.deleted.is_(False))
        for pid, created, birth_year, sector, sex in s.execute(q):
            if pid not in allowed:
                continue
            r = latest.get(pid)
            types = [v for v in VIOLENCE if r is not None and getattr(r, v)]
            _add(out, _month(created), age_band(birth_year), sector, sex,
                 r.level if r is not None else None, types)
    for p in s.scalars(select(Pseudonym).where(Pseudonym.deleted.is_(False),
                                               Pseudonym.statistics_consent.is_(True))):
        _add(out, p.intake_month or "unknown", p.age_band, p.sector, p.sex, p.risk_level,
             json.loads(p.violence_types or "[]"))
    return out


def _add(out: Counter, month: str, band: str, sector: str | None, sex: str | None,
         level: str | None, types: list[str]) -> None:
    out[("intakes", month, "all", "all")] += 1
    out[("intakes", month, "age_band", band)] += 1
    out[("intakes", month, "sector", sector or "unknown")] += 1
    out[("intakes", month, "sex", sex or "unknown")] += 1
    out[("intakes", month, "risk_level", level or "not assessed")] += 1
    for v in types:
        out[("intakes", month, "violence_type", v)] += 1


def activity_counts(s: Session, today: dt.date | None = None) -> Counter:
    """Counts of activity (not of people): sessions, bed-nights, medicine."""
    out: Counter[tuple[str, str, str, str]] = Counter()
    ses = _table("ses_sessions")
    if ses is not None and "starts_at" in ses.c and "kind" in ses.c:
        for starts, kind in s.execute(select(ses.c.starts_at, ses.c.kind)
                                      .where(ses.c.deleted.is_(False))):
            out[("sessions", _month(starts), "kind", kind)] += 1
    community = _table("ses_community")
    if community is not None:
        for held, kind in s.execute(select(community.c.held_on, community.c.kind)
                                    .where(community.c.deleted.is_(False))):
            out[("community_activities", _month(held), "kind", kind)] += 1
    ledger, items = _table("inv_ledger"), _table("inv_items")
    if ledger is not None and items is not None:
        q = (select(ledger.c.occurred_on, items.c.code, ledger.c.qty_milli)
             .join(items, items.c.id == ledger.c.item_id)
             .where(ledger.c.kind == "dispense", ledger.c.deleted.is_(False)))
        for on, code, qty in s.execute(q):
            out[("medicine_dispensed_milli", _month(on), "item", code)] += -int(qty)
    return out


def community_headcounts(s: Session) -> Counter[tuple[str, str, str, str]]:
    """People reached by community activities per month, by sex and by age band (the
    activities record headcounts, never names)."""
    out: Counter[tuple[str, str, str, str]] = Counter()
    community = _table("ses_community")
    if community is None:
        return out
    for held, counts in s.execute(select(community.c.held_on, community.c.headcounts)
                                  .where(community.c.deleted.is_(False))):
        try:
            data = json.loads(counts or "{}")
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        month = _month(held)
        for sex, bands in data.items():
            if not isinstance(bands, dict):
                continue
            for band, n in bands.items():
                if isinstance(n, int) and not isinstance(n, bool) and n > 0:
                    out[("community_reached", month, "all", "all")] += n
                    out[("community_reached", month, "sex", str(sex))] += n
                    out[("community_reached", month, "age_band", str(band))] += n
    return out


def shelter_figures(s: Session, actor: Any, today: dt.date | None = None
                    ) -> tuple[Counter, dict[tuple[str, str, str, str], str]]:
    """(people counts to suppress, figures) per month since the first stay, from
    shelter.stats: admissions (women and children, families, by referral), discharges
    (by reason), bed-nights, available bed-nights, occupancy and average stay."""
    people: Counter[tuple[str, str, str, str]] = Counter()
    figures: dict[tuple[str, str, str, str], str] = {}
    stays = _table("shelter_stays")
    if stays is None or actor is None or not actor.can(Perm.SHELTER_READ):
        return people, figures
    from sqlalchemy import func

    from clinic_desk.core.shelter import common
    from clinic_desk.core.shelter import stats as shelter_stats

    first = s.scalar(select(func.min(stays.c.admitted_on)).where(stays.c.deleted.is_(False)))
    if first is None:
        return people, figures
    today = today or common.today()
    y, m = first.year, first.month
    while (y, m) <= (today.year, today.month):
        fig = shelter_stats.month(s, actor, y, m, today=today)
        key = f"{y:04d}-{m:02d}"
        people[("shelter", key, "admissions", "all")] += fig.admissions
        people[("shelter", key, "admissions", "children")] += fig.admissions_children
        people[("shelter", key, "admissions", "families")] += fig.families
        for source, n in fig.by_referral.items():
            people[("shelter", key, "referral_source", source or "unknown")] += n
        people[("shelter", key, "discharges", "all")] += fig.discharges
        for reason, n in fig.by_reason.items():
            people[("shelter", key, "discharge_reason", reason or "unknown")] += n
        figures[("shelter", key, "bed_nights", "all")] = str(fig.bed_nights)
        figures[("shelter", key, "bed_nights", "women")] = str(fig.bed_nights_women)
        figures[("shelter", key, "bed_nights", "children")] = str(fig.bed_nights_children)
        figures[("shelter", key, "available_bed_nights", "all")] = str(
            fig.available_bed_nights)
        figures[("shelter", key, "occupancy_percent", "all")] = f"{100 * fig.occupancy:.1f}"
        if fig.discharges >= SMALL and fig.average_stay is not None:
            figures[("shelter", key, "average_stay_nights", "all")] = f"{fig.average_stay:.1f}"
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return people, figures


def stats_rows(ws: Any) -> list[tuple[str, str, str, str, str]]:
    """The de-identified statistics as rows (section, month, dimension, value, count),
    sorted, small cells of people suppressed: what write_stats writes and the
    statistics screen shows."""
    actor = require(ws.actor, Perm.EXPORT)
    with ws.db.read() as s:
        people = people_counts(s) + community_headcounts(s)
        activity = activity_counts(s)
        shelter_people, figures = shelter_figures(s, actor)
    people.update(shelter_people)
    values: dict[tuple[str, str, str, str], str] = {k: _cell(n) for k, n in people.items()
                                                    if n > 0}
    values.update({k: str(n) for k, n in activity.items()})
    values.update(figures)
    return [(*key, values[key]) for key in sorted(values)]


def write_stats(ws: Any, out: Path, rows: list[tuple[str, ...]] | None = None) -> int:
    """Write the statistics CSV atomically (`rows` from stats_rows, or computed now);
    returns the number of rows."""
    actor = require(ws.actor, Perm.EXPORT)
    if rows is None:
        rows = stats_rows(ws)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for row in rows:
        w.writerow(row)
    atomic_write_bytes(Path(out), buf.getvalue().encode("utf-8"), mode=0o600)
    with ws.db.write(actor.user_id) as s:
        audit.record(s, "statistics_written", actor, target=Path(out).name, rows=len(rows))
    return len(rows)
