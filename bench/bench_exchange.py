"""Exchange at scale: a site with 100,000 people, 300,000 sessions and 1,000,000 stock
movements exported in full, imported into a fresh centre, and imported again.

    python -m bench.bench_exchange [--scale F] [--compare-scale F] [--runs R]
                                   [--keep DIR] [--profile DIR]

Issue 7's targets, for the site the issue describes (they scale with --scale): export
under 30 s; import at 20,000 records per second or better (under 70 s); re-import under
20 s; bundle size and peak memory printed, and peak memory must not grow with the
bundle (stream, do not load it whole).

Set-up, in a throwaway folder (bench.common: null keyring, XDG folders inside it) with
CHEAP Argon2id settings (the KDF plays no part in what is measured): a site and a
centre, each its own encrypted installation; the centre makes its keys and the site
imports the centre's public key (keys.central_init / keys.central_import). Then the
site is bulk-loaded with SQLAlchemy Core, every travelling row stamped and given its
change-log row as the flush hook would (bench_sessions._Loader), triggers on:
- people: women from the intake demo's generator (clinic_desk.core.intake.demo), each
  checked by validate_person, with her children and household; every person has the
  consents "services", "send_to_central" (granted for 85%: the others travel only as
  pseudonyms) and "statistics" (granted for 90%), and every woman a risk assessment;
- sessions: bench_sessions.build as it is (signed notes with their content hash,
  attendance, counsellors, groups, appointments, tasks, addenda; 12 counsellors);
- stock: the starter catalogue, a central store and 5 botiquines through the services,
  then bench_inventory._generate's ledger (receipts, transfers, daily dispensing; the
  balance trigger runs for every row), 30% of the dispenses to a registered person.

Each phase runs in its own process, so each peak memory (VmHWM) is its own:
(a) generate the site; (b) export_bundle(full=True); (c) import_bundles into the fresh
centre (its own encrypted SQLite database); (d) the same bundle again (changes
nothing). Rows in the bundle are the manifest's part row counts (printed per table);
the import rate is those rows per second. The same phases also run at a smaller scale
(--compare-scale, default a quarter of --scale), and the peaks are printed side by side.

The issue counts "about 1.4 million records" (people + sessions + movements); the
bundle holds more rows than that (consents, attendance, appointments, ...): the time
targets are the issue's, scaled by --scale only; the rate target is per bundle row.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import operator
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.bench_intake import _cheap_kdf, _rss_mb
from bench.bench_inventory import _generate as ledger_rows
from bench.bench_sessions import COUNSELLORS, _Loader
from bench.bench_sessions import build as build_sessions
from bench.common import (
    PASSWORD,
    Row,
    Section,
    bench_folder,
    fmt_seconds,
    row_from_times,
    use_null_keyring,
)

SECTION = "exchange"
ROOT = Path(__file__).resolve().parent.parent
PEOPLE, SESSIONS, MOVEMENTS = 100_000, 300_000, 1_000_000
TARGET_S = {"export": 30.0, "import": 70.0, "reimport": 20.0}  # at --scale 1
TARGET_RATE = 20_000  # bundle rows per second, any scale
MAX_PEAK_RATIO = 1.5  # peak at --scale over peak at --compare-scale (bundle ~4x)
BOTIQUINES = 5
CENTRAL_SHARE, STATS_SHARE, DISPENSED_TO_PERSON = 0.85, 0.90, 0.30
FLUSH_ROWS = 100_000
MIN_SCALE = 0.01
SITE, CENTRE = ("HUAYCAN-01", "Casa Refugio Huaycán"), ("CENTRO", "Oficina central")


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _ticker(label: str, every: float = 10.0) -> Callable[[int, int], None]:
    """A progress(done, total) callback that prints a line at most every `every` s."""
    started = last = time.perf_counter()

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = time.perf_counter()
        if now - last >= every:
            last = now
            _say(f"  … {label}: {done:,} of {total:,} ({now - started:.0f} s)")
    return progress


def _peak_mb() -> float:
    return round(_rss_mb()[1], 1)


# -- generating the site -----------------------------------------------------------------------
@contextmanager
def _bulk(ws) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """One transaction on the raw connection with a bigger page cache (load only)."""
    with ws.db.engine.begin() as conn:
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql("PRAGMA cache_size = -262144")
        try:
            yield conn
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")


def _insert_many(conn, table, rows: list[dict[str, Any]]) -> None:  # type: ignore[no-untyped-def]
    """conn.execute(insert(table), rows), less SQLAlchemy's per-row work: the columns'
    own bind processors, each value converted once (most repeat: stamps, dates)."""
    from sqlalchemy import insert

    keys = list(rows[0])
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=keys)
    if sorted(compiled.positiontup or ()) != sorted(keys):  # a default to fill in
        conn.execute(insert(table), rows)
        return
    keys = list(compiled.positiontup)  # type: ignore[arg-type]
    get = operator.itemgetter(*keys)
    convert = [(i, proc, {}) for i, proc in enumerate(
        table.c[k].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        for k in keys) if proc is not None]
    params = []
    for row in rows:
        values = list(get(row)) if len(keys) > 1 else [row[keys[0]]]
        for i, proc, memo in convert:
            v = values[i]
            if v is not None:
                done = memo.get(v)
                if done is None:
                    done = memo[v] = proc(v)
                values[i] = done
        params.append(tuple(values))
    conn.exec_driver_sql(str(compiled), params)


def _flush(ws, ld: _Loader) -> None:  # type: ignore[no-untyped-def]
    """Write what the loader holds: every table, parents first, then its change log."""
    from clinic_desk.core.db.base import Base, ChangeLog

    with _bulk(ws) as conn:
        for table in Base.metadata.sorted_tables:
            rows = ld.rows.pop(table.name, None)
            if rows:
                _insert_many(conn, table, rows)
                ld.total += len(rows)
        if ld.log:
            _insert_many(conn, ChangeLog.__table__, ld.log)
        ld.log = []


def _loader(ws) -> _Loader:  # type: ignore[no-untyped-def]
    return _Loader(ws.site.id, ws.actor.user_id, ws.db.clock.tick())


def _consents(ld: _Loader, r: random.Random, pid: str, at: dt.datetime, by: str) -> None:
    for kind, granted in (("services", True), ("send_to_central", r.random() < CENTRAL_SHARE),
                          ("statistics", r.random() < STATS_SHARE)):
        ld.add("consents", created_at=at, person_id=pid, kind=kind, granted=granted,
               institutions="[]", recorded_by=by, recorded_at=at)


def load_people(ws, people: int, seed: int = 11) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Women (intake demo generator) with their children and households, consents and
    a risk assessment each, bulk-loaded. Returns row counts."""
    from clinic_desk.core.intake import demo
    from clinic_desk.core.intake.models import RISK_LEVELS
    from clinic_desk.core.intake.validation import validate_person

    today = dt.date.today()
    g = demo._Gen(seed, today)
    r = g.r
    ld = _loader(ws)
    by = ws.actor.user_id
    made = women = households = 0
    started = time.perf_counter()
    while made < people:
        mother = g.woman()
        clean = validate_person(mother, today)
        at = dt.datetime.combine(today - dt.timedelta(days=r.randint(0, 3 * 365)),
                                 dt.time(15), tzinfo=dt.UTC)
        wid = ld.add("people", created_at=at, **clean.columns())
        _consents(ld, r, wid, at, by)
        ld.add("risk_assessments", created_at=at, person_id=wid, level=r.choice(RISK_LEVELS),
               physical=r.random() < .6, psychological=r.random() < .85,
               sexual=r.random() < .2, economic=r.random() < .4, assessed_by=by,
               assessed_at=at, note=None)
        made += 1
        women += 1
        kids = min(r.choice((0, 0, 1, 1, 2, 2, 3)), people - made)
        if kids:
            hid = ld.add("households", created_at=at, label=f"{clean.first_surname} "
                         f"{clean.second_surname or ''}".strip())
            ld.add("household_members", created_at=at, household_id=hid, person_id=wid,
                   relationship="head")
            households += 1
        for _ in range(kids):
            kid = g.child(mother, clean.birth_year or today.year - 30)
            if kid.doc_type == "dni":
                kid = demo._with_doc(kid, g.dni())
            kid_id = ld.add("people", created_at=at, **validate_person(kid, today).columns())
            ld.add("household_members", created_at=at, household_id=hid, person_id=kid_id,
                   relationship="child")
            _consents(ld, r, kid_id, at, by)
            made += 1
        if len(ld.log) >= FLUSH_ROWS or made >= people:
            _flush(ws, ld)
            _say(f"  … {made:,} of {people:,} people ({time.perf_counter() - started:.0f} s)")
    ws.db.clock.observe(ld.version)
    return {"people": made, "women": women, "households": households, "rows": ld.total}


def load_stock(ws, entries: int, people_ids: list[str], seed: int = 3) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Catalogue and locations through the services; bench_inventory's ledger, re-stamped
    with the site's clock and logged. Returns row counts."""
    from clinic_desk.core.inventory import catalogue, locations

    actor = ws.actor
    with ws.db.write(actor.user_id) as s:
        catalogue.load_starter_catalogue(s, actor)
        central = locations.create_location(s, actor, "CENTRAL", "Almacén central",
                                            "central").id
        bots = [locations.create_location(s, actor, f"B{i:02d}", f"Botiquín {i + 1}").id
                for i in range(BOTIQUINES)]
        items = [i.id for i in catalogue.list_items(s, actor)]
    started = time.perf_counter()
    batches, rows = ledger_rows(entries, central, bots, items, ws.site.id, dt.date.today())
    _say(f"  … {len(rows):,} ledger entries generated ({time.perf_counter() - started:.0f} s)")
    r = random.Random(seed)
    ld = _loader(ws)  # its add() stamps every row anew (the id stays)
    for b in batches:
        del b["created_at"]
        ld.add("inv_batches", **b)
    total = len(rows)
    noon: dict[dt.date, dt.datetime] = {}
    rows.reverse()  # consumed from the end, in date order: memory is freed as it goes
    while rows:
        for _ in range(min(FLUSH_ROWS, len(rows))):
            e = rows.pop()
            if e["kind"] == "dispense" and r.random() < DISPENSED_TO_PERSON:
                e["person_id"] = r.choice(people_ids)
            del e["created_at"]
            on = e["occurred_on"]
            if on not in noon:
                noon[on] = dt.datetime.combine(on, dt.time(12), tzinfo=dt.UTC)
            ld.add("inv_ledger", created_at=noon[on], **e)
        _flush(ws, ld)
        _say(f"  … {total - len(rows):,} of {total:,} ledger entries loaded "
             f"({time.perf_counter() - started:.0f} s)")
    ws.db.clock.observe(ld.version)
    return {"inv_batches": len(batches), "inv_ledger": total, "rows": ld.total}


def _travelling_counts(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from clinic_desk.core.exchange.policy import build

    with ws.db.read() as s:
        counts = {p.name: int(s.scalar(select(func.count()).select_from(p.table)) or 0)
                  for p in build()}
    return {k: v for k, v in counts.items() if v}


def _open(folder: Path):  # type: ignore[no-untyped-def]
    from clinic_desk.core.installation import Installation

    return Installation(folder, kdf=_cheap_kdf()).unlock("admin", PASSWORD)


def phase_generate(folder: Path, scale: float) -> dict[str, Any]:
    from sqlalchemy import select

    from clinic_desk.core.exchange import keys
    from clinic_desk.core.installation import Installation
    from clinic_desk.core.intake.models import Person

    started = time.perf_counter()
    for name, (code, title) in (("site", SITE), ("centre", CENTRE)):
        Installation(folder / name, kdf=_cheap_kdf()).initialize(code, title, "admin",
                                                                 "Ana Admin", PASSWORD)
    centre = _open(folder / "centre")
    try:
        with centre.db.write(centre.actor.user_id) as s:
            public, _new = keys.central_init(s)
    finally:
        centre.close()
    site = _open(folder / "site")
    try:
        with site.db.write(site.actor.user_id) as s:
            keys.central_import(s, public.to_json())
        times: dict[str, float] = {}
        t0 = time.perf_counter()
        people = load_people(site, max(1, round(PEOPLE * scale)))
        times["people_s"] = time.perf_counter() - t0
        _say(f"  {people['people']:,} people, {people['rows']:,} rows in "
             f"{times['people_s']:.0f} s")
        t0 = time.perf_counter()
        counsellors = [site.add_user(f"psico{i:02d}", f"Psicóloga {i:02d} Rojas",
                                     ["counsellor"], PASSWORD).id for i in range(COUNSELLORS)]
        sessions = build_sessions(site, counsellors, max(1, round(SESSIONS * scale)))
        times["sessions_s"] = time.perf_counter() - t0
        _say(f"  {SESSIONS * scale:,.0f} sessions, {sessions['rows']:,} rows in "
             f"{times['sessions_s']:.0f} s")
        t0 = time.perf_counter()
        with site.db.read() as s:
            ids = list(s.scalars(select(Person.id)))
        stock = load_stock(site, max(1, round(MOVEMENTS * scale)), ids)
        times["stock_s"] = time.perf_counter() - t0
        _say(f"  {stock['inv_ledger']:,} stock movements, {stock['rows']:,} rows in "
             f"{times['stock_s']:.0f} s")
        tables = _travelling_counts(site)
    finally:
        site.close()
    size = sum(f.stat().st_size for f in (folder / "site").rglob("*") if f.is_file())
    return {"seconds": time.perf_counter() - started, **times, "tables": tables,
            "records": people["people"] + int(sessions["ses_sessions"]) + stock["inv_ledger"],
            "rows": sum(tables.values()), "site_mb": size / 2**20, "peak_mb": _peak_mb()}


# -- the measured phases -------------------------------------------------------------------------
def phase_export(folder: Path) -> dict[str, Any]:
    from clinic_desk.core.exchange.export import export_bundle

    out = folder / "bundles"
    out.mkdir(exist_ok=True)
    ws = _open(folder / "site")
    try:
        t0 = time.perf_counter()
        res = export_bundle(ws, out, full=True, progress=_ticker("export"))
        seconds = time.perf_counter() - t0
    finally:
        ws.close()
    parts = {**res.rows, "(pseudonyms)": res.pseudonymised_people}
    return {"seconds": seconds, "path": str(res.path), "bytes": res.size, "parts": parts,
            "rows": sum(parts.values()), "identified": res.identified_people,
            "peak_mb": _peak_mb()}


def phase_import(folder: Path, centre: str, bundle_path: str) -> dict[str, Any]:
    from clinic_desk.core.exchange.import_ import import_bundles

    ws = _open(folder / centre)
    try:
        t0 = time.perf_counter()
        reports = import_bundles(ws, [Path(bundle_path)], trust_new_site=True,
                                 progress=_ticker("import"))
        seconds = time.perf_counter() - t0
    finally:
        ws.close()
    rep = reports[0]
    state = rep.state
    return {"seconds": seconds, "totals": rep.totals.to_dict(),
            "already_imported": rep.already_imported,
            "equal": None if state is None or not state.compared else bool(state.equal),
            "peak_mb": _peak_mb()}


PHASES = ("generate", "export", "import")


def _profiled(fn: Callable[[], dict[str, Any]], out: Path) -> dict[str, Any]:
    """fn() under cProfile, threads included (the export zips in a thread of its own)."""
    import cProfile
    import pstats
    import threading

    profiles = [cProfile.Profile()]
    thread_run = threading.Thread.run

    def run(self: threading.Thread) -> None:
        prof = cProfile.Profile()
        profiles.append(prof)
        prof.runcall(thread_run, self)

    threading.Thread.run = run  # type: ignore[method-assign]
    try:
        result = profiles[0].runcall(fn)
    finally:
        threading.Thread.run = thread_run  # type: ignore[method-assign]
    stats = pstats.Stats(profiles[0])
    for prof in profiles[1:]:
        stats.add(prof)
    stats.dump_stats(out)
    return result


def _child(args: argparse.Namespace) -> int:
    use_null_keyring()
    folder = Path(args.folder)
    phase: Callable[[], dict[str, Any]]
    if args.phase == "generate":
        phase = lambda: phase_generate(folder, args.scale)  # noqa: E731
    elif args.phase == "export":
        phase = lambda: phase_export(folder)  # noqa: E731
    else:
        phase = lambda: phase_import(folder, args.centre, args.bundle)  # noqa: E731
    result = phase() if args.profile_out is None else _profiled(phase, args.profile_out)
    print(json.dumps(result))
    return 0


def _run_phase(phase: str, folder: Path, profile: Path | None, tag: str,
               *extra: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.bench_exchange", "--phase", phase, "--folder",
           str(folder), *extra]
    if profile is not None:
        profile.mkdir(parents=True, exist_ok=True)
        cmd += ["--profile-out", str(profile / f"{tag}.prof")]
    out = subprocess.run(cmd, cwd=ROOT, env=os.environ.copy(), stdout=subprocess.PIPE,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_scale(root: Path, scale: float, runs: int, profile: Path | None) -> dict[str, Any]:
    """Every phase at one scale, each in its own process."""
    folder = root / f"scale-{scale:g}"
    if folder.exists():
        raise SystemExit(f"{folder} exists already: --keep wants an empty folder")
    folder.mkdir(parents=True)
    tag = f"[scale {scale:g}]"
    _say(f"{tag} generating the site in {folder} …")
    gen = _run_phase("generate", folder, None, "generate", "--scale", str(scale))
    _say(f"{tag} site generated: {gen['rows']:,} travelling rows in {gen['seconds']:.0f} s "
         f"(people {gen['people_s']:.0f} s, sessions {gen['sessions_s']:.0f} s, stock "
         f"{gen['stock_s']:.0f} s; peak {gen['peak_mb']:.0f} MiB)")
    shutil.copytree(folder / "centre", folder / "centre-pristine")
    out: dict[str, Any] = {"scale": scale, "generate": gen, "export": [], "import": [],
                           "reimport": []}
    for i in range(runs):
        _say(f"{tag} export {i + 1}/{runs} …")
        e = _run_phase("export", folder, profile, f"export-{scale:g}")
        out["export"].append(e)
        _say(f"{tag} exported {e['rows']:,} rows, {e['bytes'] / 1e6:.1f} MB in "
             f"{e['seconds']:.1f} s (peak {e['peak_mb']:.0f} MiB)")
    path = out["export"][-1]["path"]
    for i in range(runs):
        centre = f"centre-{i}"
        shutil.copytree(folder / "centre-pristine", folder / centre)
        for key, what in (("import", "import into a fresh centre"),
                          ("reimport", "the same bundle again")):
            _say(f"{tag} {key} {i + 1}/{runs}: {what} …")
            m = _run_phase("import", folder, profile, f"{key}-{scale:g}", "--centre", centre,
                           "--bundle", path)
            out[key].append(m)
            _say(f"{tag} {key} took {m['seconds']:.1f} s: {m['totals']}, copy equals the "
                 f"site: {m['equal']} (peak {m['peak_mb']:.0f} MiB)")
        if i + 1 < runs:
            shutil.rmtree(folder / centre, ignore_errors=True)
    return out


# -- the report ------------------------------------------------------------------------------------
def _med(results: list[dict[str, Any]], key: str) -> float:
    return statistics.median(float(r[key]) for r in results)


def _checks(res: dict[str, Any]) -> list[str]:
    """What looks wrong in the results (printed as notes)."""
    out = []
    rows = res["export"][-1]["rows"]
    for label, runs in (("import", res["import"]), ("re-import", res["reimport"])):
        for m in runs:
            t = m["totals"]
            seen = sum(t.values())
            if seen != rows:
                out.append(f"{label}: the report counts {seen:,} rows, the bundle has "
                           f"{rows:,}")
            if label == "re-import" and (t["new"] or t["updated"]):
                out.append(f"re-import changed something: {t}")
            if m["equal"] is False:
                out.append(f"{label}: the centre's copy differs from the site's digest")
    return out


def _peaks(res: dict[str, Any]) -> dict[str, float]:
    return {"generate": res["generate"]["peak_mb"],
            **{k: _med(res[k], "peak_mb") for k in ("export", "import", "reimport")}}


def section_for(res: dict[str, Any]) -> Section:
    scale = res["scale"]
    gen, exp = res["generate"], res["export"]
    rows = exp[-1]["rows"]
    sec = Section(f"{SECTION}, scale {scale:g}")

    def times(key: str) -> list[float]:
        return [float(r["seconds"]) for r in res[key]]

    sec.rows.append(Row(sec.title, f"generate the site ({gen['rows']:,} rows)",
                        gen["seconds"], 1))
    sec.rows.append(row_from_times(sec.title, f"export, full ({rows:,} rows)", times("export"),
                                   max_seconds=TARGET_S["export"] * scale))
    sec.rows.append(row_from_times(sec.title, "import into a fresh centre", times("import"),
                                   max_seconds=TARGET_S["import"] * scale))
    seconds = _med(res["import"], "seconds")
    sec.rows.append(row_from_times(
        sec.title, f"  at {TARGET_RATE:,} bundle rows/s or better", times("import"),
        max_seconds=round(rows / TARGET_RATE, 1),
        note=f"{rows / seconds:,.0f} rows/s; {gen['records'] / seconds:,.0f} records/s "
             "(people + sessions + movements)"))
    sec.rows.append(row_from_times(sec.title, "re-import, changes nothing", times("reimport"),
                                   max_seconds=TARGET_S["reimport"] * scale))
    sec.info.update(
        records=gen["records"], site_rows=gen["rows"], bundle_rows=rows,
        bundle_mb=round(exp[-1]["bytes"] / 1e6, 1), site_mb=round(gen["site_mb"]),
        identified=exp[-1]["identified"], pseudonymised=exp[-1]["parts"]["(pseudonyms)"],
        generate={k: round(gen[k]) for k in ("people_s", "sessions_s", "stock_s")},
        peak_mb=_peaks(res))
    sec.notes.extend(_checks(res))
    return sec


def _print(sec: Section, parts: dict[str, int]) -> None:
    info = sec.info
    g = info["generate"]
    print(f"[{sec.title}] {info['records']:,} records (people + sessions + movements); "
          f"site {info['site_rows']:,} travelling rows, {info['site_mb']} MiB, generated in "
          f"{sec.rows[0].median:.0f} s (people {g['people_s']} s, sessions {g['sessions_s']} s, "
          f"stock {g['stock_s']} s)")
    print(f"  bundle: {info['bundle_rows']:,} rows, {info['bundle_mb']} MB "
          f"({info['identified']:,} people identified, {info['pseudonymised']:,} "
          "pseudonymised); rows per part:")
    items = sorted(((k, v) for k, v in parts.items() if v), key=lambda kv: -kv[1])
    for i in range(0, len(items), 3):
        print("    " + "".join(f"{k:<24}{v:>10,}   " for k, v in items[i:i + 3]).rstrip())
    print(f"  {'':<46} {'median':>9}  {'min..max':<19} {'target':<10}")
    for r in sec.rows:
        verdict = {True: "ok", False: "OVER", None: ""}[r.ok]
        spread = f"{fmt_seconds(r.spread[0])}..{fmt_seconds(r.spread[1])}" if r.spread else ""
        print(f"  {r.label:<46} {fmt_seconds(r.median):>9}  {spread:<19} "
              f"{r.target or '-':<10} {verdict:<4}  {r.note}".rstrip())
    print("  peak memory (VmHWM): " + ", ".join(f"{k} {v:.0f} MiB"
                                                for k, v in info["peak_mb"].items()))
    for note in sec.notes:
        print("  note: " + note)


def _print_peaks(big: Section, small: Section) -> bool:
    """Peak memory at both scales side by side; False when a measured phase's peak grew
    more than MAX_PEAK_RATIO."""
    print(f"[{SECTION}: peak memory against the bundle] {small.title.split(', ')[1]} -> "
          f"{big.title.split(', ')[1]}")
    print(f"  {'':<14}{'smaller':>12}{'larger':>12}{'ratio':>8}   target")
    b, s = big.info["bundle_mb"], small.info["bundle_mb"]
    print(f"  {'bundle':<14}{s:>9.1f} MB{b:>9.1f} MB{b / max(s, 1e-9):>7.2f}x")
    ok = True
    for k, v in big.info["peak_mb"].items():
        before = small.info["peak_mb"][k]
        ratio = v / before
        verdict = target = ""
        if k != "generate":
            target = f"<= {MAX_PEAK_RATIO:g}x"
            verdict = "ok" if ratio <= MAX_PEAK_RATIO else "OVER"
            ok = ok and ratio <= MAX_PEAK_RATIO
        print(f"  {k + ' peak':<14}{before:>8.0f} MiB{v:>8.0f} MiB{ratio:>7.2f}x   "
              f"{target:<7} {verdict}".rstrip())
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_exchange",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of the issue's site (default 1: 100,000 people)")
    parser.add_argument("--compare-scale", type=float, default=None,
                        help="the smaller run for peak memory (default scale/4, none below "
                             f"{MIN_SCALE:g}; 0: none)")
    parser.add_argument("--runs", type=int, default=1,
                        help="runs of export/import/re-import per median (default 1)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--profile", type=Path,
                        help="profile export and imports (cProfile, threads included; "
                             "slower): DIR/export-SCALE.prof, import-…, reimport-…")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--centre", default="centre", help=argparse.SUPPRESS)
    parser.add_argument("--bundle", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        return _child(args)
    compare = args.compare_scale
    if compare is None:  # a quarter, where that is not too small
        compare = args.scale / 4 if args.scale / 4 >= MIN_SCALE else 0.0
    if min(args.scale, compare or 1) < MIN_SCALE:
        parser.error(f"scales below {MIN_SCALE:g} are too small (bench_sessions.build "
                     "wants a few hundred women)")
    started = time.perf_counter()
    sections: list[Section] = []
    with bench_folder() as tmp:
        root = tmp
        if args.keep is not None:
            root = args.keep.resolve()
            root.mkdir(parents=True, exist_ok=True)
        for scale in ([compare] if compare else []) + [args.scale]:
            res = run_scale(root, scale, max(1, args.runs), args.profile)
            sections.append(section_for(res))
            print()
            _print(sections[-1], res["export"][-1]["parts"])
            print(flush=True)
        peaks_ok = _print_peaks(sections[-1], sections[0]) if compare else True
        print(f"  total {time.perf_counter() - started:.0f} s", flush=True)
        if args.keep is not None:
            _say(f"kept {root}")
    return 0 if peaks_ok and all(r.ok is not False for r in sections[-1].rows) else 1


if __name__ == "__main__":
    sys.exit(main())
