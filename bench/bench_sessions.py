"""Sessions at scale: 300,000 psychosocial sessions over three years; a person's
timeline (the case view) and a counsellor's week agenda.

    python -m bench.bench_sessions [--people N] [--sessions N] [--runs R]

Setup (untimed as a target, but reported): a fresh encrypted installation with the null
keyring in a temp folder and CHEAP Argon2id settings (8 MiB, one pass: the KDF plays no
part in what is measured); 12 counsellor accounts through the workspace; 20,000 people
through clinic_desk.core.intake.demo.fill (the ORM: change log and FTS triggers on).
Then the sessions capability is bulk-loaded with SQLAlchemy Core executemany, a few
transactions of 50,000 sessions each, with every trigger of migration 0004 in force:
- 300,000 sessions on weekdays over the last 3 years (individual, family, home visit,
  phone, outreach; 10 groups meeting weekly), mostly signed with their real content
  hash, some restricted, a few with addenda;
- attendance (family sessions bring the woman's children; groups their 12 members),
  a counsellor row per session (10% with a co-counsellor), a risk re-assessment for
  one session in ten;
- an appointment for most sessions (attended, linked to the session), missed ones, and
  the next four weeks scheduled; follow-up tasks;
- a change_log row for every bulk-loaded row (as the flush hook would write).
Session load is skewed: 300 women are followed weekly-ish (100 to 250 sessions each)
and some also sit in a group, so some timelines hold several hundred sessions.

Measured, each call in its own read session as the UI does (person's file → Sesiones
tab, and the agenda page):
- case view (`case.case_view`: timeline up to 500 sessions, risk over time, open tasks,
  upcoming appointments) of the 50 people with most sessions, one per run;
- the same for people with a median number of sessions (no target: for comparison);
- a counsellor's week agenda (`appointments.agenda`, 7 days), random counsellor and
  week in the three years and the coming four weeks;
- the whole centre's agenda of one day (no target: for comparison).
All first as the application leaves the database (no ANALYZE is ever run by the app),
then again after ANALYZE. Targets: median < 50 ms (p95 printed alongside).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import statistics
import sys
import time
import uuid
from collections import Counter

from sqlalchemy import insert, select

from bench.common import PASSWORD, Section, bench_folder, fmt_seconds, repeat, row_from_times

SECTION = "sessions"
TARGET = 0.05
CHUNK = 50_000
COUNSELLORS = 12
GROUPS = 10
HEAVY = 300
YEARS = 3

OPENINGS = ("Llega puntual y con disposición a conversar.",
            "Llega acompañada de su hija menor; se la nota cansada.",
            "Refiere que durmió mal los últimos días.",
            "Se muestra más tranquila que en la sesión anterior.")
MIDDLES = ("Se revisa el plan de seguridad y se actualizan los números de emergencia.",
           "Se trabaja el reconocimiento del ciclo de la violencia.",
           "Conversamos sobre sus redes de apoyo: su hermana y una vecina de confianza.",
           "Se practican ejercicios de respiración para los momentos de angustia.")
CLOSINGS = ("Se acuerda una nueva sesión la próxima semana.",
            "Se coordinará con el CEM para el acompañamiento legal.")
PLACES = ("Consultorio 1", "Consultorio 2", "Sala de talleres")
KINDS = ("individual",) * 12 + ("family",) * 3 + ("home_visit",) * 2 + ("phone",) * 2 + (
    "outreach",)
HOURS = (8, 9, 10, 11, 12, 14, 15, 16, 17)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class _Loader:
    """Builds rows (dicts for Core executemany) with the travelling columns and a
    change-log row for each, versions from the workspace's clock."""

    def __init__(self, site: str, actor_id: str, first_version: int) -> None:
        self.site = site
        self.actor_id = actor_id
        self.version = first_version
        self.now = dt.datetime.now(dt.UTC)
        self.rows: dict[str, list[dict]] = {}
        self.log: list[dict] = []
        self.total = 0

    def add(self, table: str, created_at: dt.datetime | None = None, **cols: object) -> str:
        self.version += 1
        rid = cols.pop("id", None) or str(uuid.uuid4())
        cols.update(id=rid, origin_site=self.site, created_at=created_at or self.now,
                    updated_at=self.now, updated_by=self.actor_id, version=self.version,
                    deleted=False)
        self.rows.setdefault(table, []).append(cols)
        self.log.append({"site": self.site, "table_name": table, "row_id": rid,
                         "version": self.version, "op": "insert", "at": self.now})
        return rid

    def flush(self, conn, tables: dict) -> None:  # type: ignore[no-untyped-def]
        # parents before the rows that refer to them
        for name in ("ses_groups", "ses_group_members", "risk_assessments", "ses_sessions",
                     "ses_attendance", "ses_counsellors", "ses_addenda", "ses_appointments",
                     "ses_tasks"):
            rows = self.rows.pop(name, [])
            if rows:
                conn.execute(insert(tables[name]), rows)
                self.total += len(rows)
        assert not self.rows, self.rows.keys()
        conn.execute(insert(tables["change_log"]), self.log)
        self.log = []


def build(ws, counsellors: list[str], sessions: int, seed: int = 17,  # type: ignore[no-untyped-def]
          today: dt.date | None = None) -> dict[str, object]:
    """Bulk-load `sessions` sessions (see the module note). Returns counts and timings."""
    from clinic_desk.core.db.base import Base
    from clinic_desk.core.intake.models import RISK_LEVELS, HouseholdMember, Person
    from clinic_desk.core.sessions.common import local_tz
    from clinic_desk.core.sessions.templates import DEFAULT_INTERVENTIONS

    r = random.Random(seed)
    tz = local_tz()
    today = today or dt.date.today()
    first_day = today - dt.timedelta(days=365 * YEARS)
    codes = [c for c, _l in DEFAULT_INTERVENTIONS]
    tables = Base.metadata.tables
    started = time.perf_counter()
    with ws.db.read() as s:
        women = list(s.scalars(select(Person.id).where(
            Person.deleted.is_(False), Person.sex == "female",
            Person.birth_year <= today.year - 18).order_by(Person.id)))
        hh = s.execute(select(HouseholdMember.household_id, HouseholdMember.person_id,
                              HouseholdMember.relationship)).all()
    heads = {h: p for h, p, rel in hh if rel == "head"}
    children: dict[str, list[str]] = {}
    for h, p, rel in hh:
        if rel == "child" and h in heads:
            children.setdefault(heads[h], []).append(p)
    r.shuffle(women)
    heavy = women[:HEAVY]

    def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz).astimezone(dt.UTC)

    def weekday(day: dt.date) -> dt.date:  # a weekend day moves to a random weekday
        return day - dt.timedelta(days=day.weekday() - r.randrange(5)) \
            if day.weekday() >= 5 else day

    def note() -> str:
        return " ".join((r.choice(OPENINGS), r.choice(MIDDLES), r.choice(MIDDLES),
                         r.choice(CLOSINGS)))

    ld = _Loader(ws.site.id, counsellors[0], ws.db.clock.tick())
    # groups: 12 members each, weekly for three years
    group_plan: list[tuple[str, list[str], str, int]] = []  # (group id, members, author, weekday)
    members_pool = r.sample(women, GROUPS * 12)
    for g in range(GROUPS):
        author = counsellors[g % len(counsellors)]
        gid = ld.add("ses_groups", name=f"Grupo {g + 1}", description="Grupo de mujeres.",
                     place="Sala de talleres", facilitator_id=author, active=True)
        members = members_pool[g * 12:(g + 1) * 12]
        for p in members:
            ld.add("ses_group_members", group_id=gid, person_id=p, joined_on=first_day,
                   left_on=None)
        group_plan.append((gid, members, author, g % 5))
    weeks = (today - first_day).days // 7
    plan: list[tuple[str, object]] = []
    for gid, members, author, wd in group_plan:
        monday = first_day - dt.timedelta(days=first_day.weekday())
        for w in range(weeks):
            day = monday + dt.timedelta(days=7 * w + wd)
            if first_day <= day < today:
                plan.append(("group", (gid, members, author, day)))
    rest = sessions - len(plan)
    for p in heavy:
        for _ in range(r.randint(100, 250)):
            plan.append((r.choice(KINDS), p))
    while len(plan) < sessions:
        plan.append((r.choice(KINDS), r.choice(women)))
    plan = plan[:sessions]
    r.shuffle(plan)
    gen_s = 0.0
    load_s = 0.0
    counts: Counter[str] = Counter()
    per_person: Counter[str] = Counter()
    days_span = (today - first_day).days
    for start in range(0, len(plan), CHUNK):
        t0 = time.perf_counter()
        for kind, what in plan[start:start + CHUNK]:
            if kind == "group":
                gid, members, author, day = what  # type: ignore[misc]
                starts = at(day, 15)
                minutes = 120
                people = [(p, r.random() < 0.8) for p in members]
                place = "Sala de talleres"
            else:
                gid = None
                pid = str(what)
                author = r.choice(counsellors)
                day = weekday(first_day + dt.timedelta(days=r.randrange(days_span)))
                starts = at(day, r.choice(HOURS), r.choice((0, 30)))
                minutes = r.choice((45, 50, 60, 60, 90))
                people = [(pid, True)]
                if kind == "family":
                    people += [(c, True) for c in children.get(pid, [])[:2]]
                place = {"home_visit": "Domicilio", "phone": None,
                         "outreach": "Mercado Zona B"}.get(kind, r.choice(PLACES[:2]))
            ends = starts + dt.timedelta(minutes=minutes)
            signed = day < today - dt.timedelta(days=2) or r.random() < 0.5
            signed_at = min(ld.now, ends + dt.timedelta(hours=r.randint(1, 30))) \
                if signed else None
            sid = str(uuid.uuid4())
            couns = [author]
            if gid is None and r.random() < 0.1:
                couns.append(r.choice([c for c in counsellors if c != author]))
            attendance = []
            for p, present in people:
                ra = None
                if gid is None and p == people[0][0] and r.random() < 0.1:
                    ra = ld.add("risk_assessments", created_at=starts, person_id=p,
                                level=r.choice(RISK_LEVELS), physical=r.random() < .6,
                                psychological=True, sexual=r.random() < .15,
                                economic=r.random() < .4, assessed_by=author,
                                assessed_at=starts, note=None)
                att_note = "Compartió su experiencia con el grupo." \
                    if gid and present and r.random() < 0.2 else None
                attendance.append((str(uuid.uuid4()), p, present, att_note, ra))
                per_person[p] += 1
            text = note()
            agreements = "Asistir a la próxima cita."
            interventions = json.dumps(sorted(r.sample(codes, r.randint(1, 3))))
            template = "follow_up"
            chash = None
            if signed:
                fields = [sid, kind, _iso(starts), _iso(ends), minutes, place, gid, author,
                          text, agreements, json.loads(interventions), template,
                          _iso(signed_at), author, sorted(couns),  # type: ignore[arg-type]
                          sorted([a[0], a[2], a[3], a[4]] for a in attendance)]
                chash = hashlib.sha256(json.dumps(
                    fields, ensure_ascii=False, separators=(",", ":"),
                    default=str).encode("utf-8")).hexdigest()
            ld.add("ses_sessions", id=sid, created_at=starts, kind=kind,
                   status="signed" if signed else "draft", starts_at=starts, ends_at=ends,
                   duration_min=minutes, place=place, group_id=gid, author_id=author,
                   restricted=r.random() < 0.05, note=text, agreements=agreements,
                   interventions=interventions, template_code=template, signed_at=signed_at,
                   signed_by=author if signed else None, content_hash=chash)
            for aid, p, present, att_note, ra in attendance:
                ld.add("ses_attendance", id=aid, created_at=starts, session_id=sid,
                       person_id=p, present=present, note=att_note, risk_assessment_id=ra)
            for c in couns:
                ld.add("ses_counsellors", created_at=starts, session_id=sid, user_id=c)
            if signed and r.random() < 0.03:
                ld.add("ses_addenda", created_at=signed_at, session_id=sid, author_id=author,
                       written_at=signed_at + dt.timedelta(days=1),  # type: ignore[operator]
                       text="Se corrige: la cita acordada es el jueves, no el miércoles.")
            if r.random() < 0.9:  # booked beforehand
                ld.add("ses_appointments", created_at=starts - dt.timedelta(days=7),
                       kind=kind, starts_at=starts, ends_at=ends, counsellor_id=author,
                       person_id=None if gid else people[0][0], group_id=gid, place=place,
                       status="attended", session_id=sid, from_session_id=None)
            if gid is None and r.random() < 0.08:  # and one she did not come to
                missed = at(weekday(day + dt.timedelta(days=7)), starts.astimezone(tz).hour)
                if missed.date() < today:
                    ld.add("ses_appointments", created_at=starts, kind=kind,
                           starts_at=missed, ends_at=missed + dt.timedelta(minutes=50),
                           counsellor_id=author, person_id=people[0][0], group_id=None,
                           place=place, status="missed", session_id=None,
                           from_session_id=sid)
            if gid is None and r.random() < 0.05:
                done = r.random() < 0.7
                ld.add("ses_tasks", created_at=starts, title="Coordinar acompañamiento al CEM",
                       due_on=day + dt.timedelta(days=r.randint(3, 20)), person_id=people[0][0],
                       session_id=sid, assigned_to=author,
                       status="done" if done else "open",
                       done_at=ends + dt.timedelta(days=2) if done else None,
                       done_by=author if done else None)
            counts[kind if kind == "group" else "person"] += 1
        if start + CHUNK >= len(plan):  # the coming four weeks
            for c in counsellors:
                for d in range(28):
                    day = today + dt.timedelta(days=d)
                    if day.weekday() >= 5:
                        continue
                    for hour in r.sample(HOURS, 6):
                        starts = at(day, hour)
                        ld.add("ses_appointments", kind="individual", starts_at=starts,
                               ends_at=starts + dt.timedelta(minutes=50), counsellor_id=c,
                               person_id=r.choice(heavy if r.random() < .5 else women),
                               group_id=None, place=PLACES[0], status="scheduled",
                               session_id=None, from_session_id=None)
        rows_here = {k: len(v) for k, v in ld.rows.items()}
        for k, v in rows_here.items():
            counts["rows:" + k] += v
        gen_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        with ws.db.engine.begin() as conn:
            # a bigger page cache for the load only (the measurements use the default)
            cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql("PRAGMA cache_size = -262144")
            try:
                ld.flush(conn, tables)
            finally:
                conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
        load_s += time.perf_counter() - t0
        print(f"  … {min(start + CHUNK, len(plan)):,} of {len(plan):,} sessions "
              f"({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    ws.db.clock.observe(ld.version)
    return {"generate_s": gen_s, "load_s": load_s, "rows": ld.total,
            "change_log": ld.total, "group_sessions": counts["group"],
            "person_sessions": counts["person"], "women": len(women),
            "per_person": per_person, "women_ids": set(women), "rest": rest,
            **{k.removeprefix("rows:"): v for k, v in counts.items() if k.startswith("rows:")}}


def run(people: int = 20_000, sessions: int = 300_000, runs: int = 50) -> Section:
    from clinic_desk.core.installation import Installation
    from clinic_desk.core.intake import demo as intake_demo
    from clinic_desk.core.security.kdf import KdfParams
    from clinic_desk.core.security.roles import Actor
    from clinic_desk.core.sessions import appointments, case
    from clinic_desk.core.sessions import sessions as svc
    from clinic_desk.core.sessions.models import Attendance, CounsellingSession

    section = Section(SECTION)
    with bench_folder() as root:
        inst = Installation(root / "data", kdf=KdfParams(time_cost=1, memory_kib=8192,
                                                          parallelism=1))
        inst.initialize("BENCH-01", "Bench", "admin", "Ana Admin", PASSWORD)
        ws = inst.unlock("admin", PASSWORD)
        try:
            t0 = time.perf_counter()
            infos = [ws.add_user(f"psico{i:02d}", f"Psicóloga {i:02d} Rojas", ["counsellor"],
                                 PASSWORD) for i in range(COUNSELLORS)]
            counsellors = [i.id for i in infos]
            actor = Actor(infos[0].id, infos[0].username, infos[0].full_name, infos[0].roles)
            report = intake_demo.fill(ws, people=people, seed=11)
            people_s = time.perf_counter() - t0
            print(f"  {report.people:,} people in {people_s:.0f} s", file=sys.stderr)
            built = build(ws, counsellors, sessions)
            per_person: Counter[str] = built.pop("per_person")  # type: ignore[assignment]
            build_s = people_s + float(built["generate_s"]) + float(  # type: ignore[arg-type]
                built["load_s"])  # type: ignore[arg-type]
            size = sum(f.stat().st_size for f in (root / "data").rglob("*") if f.is_file())
            section.info.update(people=report.people, sessions=sessions,
                                counsellors=COUNSELLORS, people_s=round(people_s, 1),
                                generate_s=round(float(built["generate_s"]), 1),  # type: ignore[arg-type]
                                load_s=round(float(built["load_s"]), 1),  # type: ignore[arg-type]
                                build_s=round(build_s, 1), folder_mb=round(size / 2**20),
                                **{k: v for k, v in built.items()
                                   if k not in ("generate_s", "load_s", "rest",
                                                "women_ids")})
            section.notes.append(
                f"{report.people:,} people (intake demo, ORM) in {people_s:.0f} s; "
                f"{sessions:,} sessions with {built['rows']:,} rows and as many change-log "
                f"rows bulk-loaded (Core executemany, {CHUNK:,} sessions a transaction, "
                f"triggers on) in {built['generate_s']:.0f} s generating + "
                f"{built['load_s']:.0f} s loading; cheap KDF for setup; "
                f"folder {size / 2**20:.0f} MiB")
            with ws.db.read() as s:
                sample = s.scalar(select(CounsellingSession.id).where(
                    CounsellingSession.status == "signed").limit(1))
                assert sample and svc.verify_signature(s, sample)
            ranked = per_person.most_common()
            busiest = [p for p, _n in ranked[:runs]]
            women_ids = built.pop("women_ids")
            ranked_women = [(p, n) for p, n in ranked if p in women_ids]  # type: ignore[operator]
            mid = len(ranked_women) // 2
            typical = [p for p, _n in ranked_women[mid - runs // 2: mid - runs // 2 + runs]]
            section.info.update(median_woman_sessions=ranked_women[mid][1],
                                busiest_sessions=f"{ranked[len(busiest) - 1][1]}..{ranked[0][1]}")
            today = dt.date.today()
            rng = random.Random(5)
            monday = today - dt.timedelta(days=today.weekday())
            weeks = [monday - dt.timedelta(days=7 * rng.randint(-4, 52 * YEARS - 1))
                     for _ in range(runs + 1)]
            who = [rng.choice(counsellors) for _ in range(runs + 1)]
            sizes: dict[str, list[int]] = {}

            def timeline(pids: list[str], key: str):  # type: ignore[no-untyped-def]
                it = iter(pids[:1] + pids)  # the warm-up call takes the first one

                def fn() -> None:
                    with ws.db.read() as s:
                        view = case.case_view(s, actor, next(it))
                    sizes.setdefault(key, []).append(len(view.timeline))
                return fn

            def timeline_sql():  # type: ignore[no-untyped-def]
                """The timeline's main query alone (as list_sessions builds it), Core rows:
                how much of the case view the database itself takes."""
                it = iter(busiest[:1] + busiest)
                t = CounsellingSession.__table__

                def fn() -> None:
                    pid = next(it)
                    q = select(*t.c).where(t.c.deleted.is_(False), t.c.id.in_(
                        select(Attendance.session_id).where(Attendance.person_id == pid,
                                                            Attendance.deleted.is_(False))))
                    with ws.db.read() as s:
                        rows = s.execute(q.order_by(t.c.starts_at.desc()).limit(500)).all()
                    sizes.setdefault("sql", []).append(len(rows))
                return fn

            def week_agenda():  # type: ignore[no-untyped-def]
                it = iter(zip(weeks, who, strict=True))

                def fn() -> None:
                    day, c = next(it)
                    with ws.db.read() as s:
                        items = appointments.agenda(s, actor, day, 7, counsellor_id=c)
                    sizes.setdefault("week", []).append(len(items))
                return fn

            def centre_day():  # type: ignore[no-untyped-def]
                days = iter([w + dt.timedelta(days=rng.randint(0, 4)) for w in weeks])

                def fn() -> None:
                    with ws.db.read() as s:
                        items = appointments.agenda(s, actor, next(days), 1)
                    sizes.setdefault("centre", []).append(len(items))
                return fn

            for phase in ("no ANALYZE", "after ANALYZE"):
                if phase == "after ANALYZE":
                    t0 = time.perf_counter()
                    with ws.db.engine.begin() as conn:
                        conn.exec_driver_sql("ANALYZE")
                    section.info["analyze_s"] = round(time.perf_counter() - t0, 1)
                for label, fn, key, target in (
                    ("case view, busiest people", timeline(busiest, "busy"), "busy", TARGET),
                    ("  its main query alone, Core rows", timeline_sql(), "sql", None),
                    ("case view, women at the median", timeline(typical, "typical"),
                     "typical", None),
                    ("counsellor's week agenda", week_agenda(), "week", TARGET),
                    ("centre agenda, one day", centre_day(), "centre", None),
                ):
                    sizes.pop(key, None)
                    times = repeat(fn, runs)
                    n = sizes[key]
                    unit = "appointments" if key in ("week", "centre") else "sessions"
                    section.rows.append(row_from_times(
                        SECTION, f"{label} ({phase})", times, max_seconds=target,
                        note=f"p95 {fmt_seconds(_p95(times))}; {min(n)}..{max(n)} {unit} "
                             f"(median {statistics.median(n):g})"))
        finally:
            ws.close()
    return section


def _print(section: Section) -> None:
    print(f"[{section.title}] {section.info}")
    for note in section.notes:
        print("  " + note)
    print(f"  {'':<50} {'median':>9} {'p95':>9}  {'min..max':<19} target")
    for r in section.rows:
        verdict = {True: "ok", False: "OVER", None: ""}[r.ok]
        spread = f"{fmt_seconds(r.spread[0])}..{fmt_seconds(r.spread[1])}" if r.spread else ""
        p95, _sep, rest = r.note.partition("; ")
        print(f"  {r.label:<50} {fmt_seconds(r.median):>9} {p95.removeprefix('p95 '):>9}  "
              f"{spread:<19} {r.target or '-':<8} {verdict:<4}  {rest}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--sessions", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    section = run(args.people, args.sessions, args.runs)
    _print(section)
    print(f"  total {time.perf_counter() - started:.0f} s")
    return 0 if all(r.ok is not False for r in section.rows) else 1


if __name__ == "__main__":
    sys.exit(main())
