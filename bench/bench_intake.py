"""Intake at scale: 100,000 synthetic people, then search as you type, duplicate check,
opening a person's file, and the memory of a process with that database open.

    python -m bench.bench_intake [--people N] [--keep]

Setup (not timed as a target): a throwaway data folder under the system temp folder
(or CLINIC_DESK_BENCH_TMP), the null keyring, and CHEAP Argon2id settings (8 MiB, one
pass) so that set-up and unlock take milliseconds; the KDF plays no part in what is
measured. The people come from clinic_desk.core.intake.demo.fill (women with their
children, consents, risk assessments, referrals, services), through the ORM, so the
change log and the FTS triggers do their real work.

The measurements run in a fresh child process that only unlocks the folder (as the
application does), so its RSS is that of a process with the database open, not of
the generator. Each timed operation opens its own session as the UI would:
- search: every keystroke of a few typed queries ("mar", "mari", "maria", "maria q"…),
  read session + search_people (limit 50);
- duplicate check: find_duplicates for existing names with one letter changed (half
  with the birth date too);
- open: get_person_file in a write session (it writes the audit entry and commits with
  synchronous=FULL, so one WAL fsync is included).
Targets: search < 30 ms per keystroke, duplicate check < 50 ms, open < 50 ms (p95
printed alongside the median), RSS < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "una frase de prueba larga para medir"
TARGETS_MS = {"search": 30.0, "duplicates": 50.0, "open": 50.0}
MAX_RSS_MB = 400.0
TYPED = ("maria quispe", "jose luis mamani", "rosa huaman c", "quispe mamani",
         "ccori", "naupari", "carmen rojas", "40123", "987 65", "elena")


def _isolate() -> None:
    import keyring
    import keyring.backends.null

    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    keyring.set_keyring(keyring.backends.null.Keyring())


def _cheap_kdf():  # type: ignore[no-untyped-def]
    from clinic_desk.core.security.kdf import KdfParams

    return KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def build(data_dir: Path, people: int) -> dict[str, float]:
    from clinic_desk.core.installation import Installation
    from clinic_desk.core.intake import demo

    inst = Installation(data_dir, kdf=_cheap_kdf())
    inst.initialize("BENCH-01", "Casa Refugio Medición", "admin", "Ana Admin", PASSWORD)
    ws = inst.unlock("admin", PASSWORD)
    started = time.perf_counter()
    last = [started]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 10:
            last[0] = time.perf_counter()
            print(f"  … {done:,} of {total:,} people", file=sys.stderr)

    try:
        report = demo.fill(ws, people=people, seed=11, progress=progress)
    finally:
        ws.close()
    seconds = time.perf_counter() - started
    size = sum(f.stat().st_size for f in data_dir.rglob("*") if f.is_file())
    return {"people": report.people, "rows": report.rows, "seconds": seconds,
            "folder_mb": size / 2**20}


def _rss_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) in MiB from /proc; (-1, -1) where there is no /proc."""
    try:
        text = Path("/proc/self/status").read_text()
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return -1.0, peak
    values = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", -1.0), values.get("VmHWM", -1.0)


def _typo(rng: random.Random, name: str) -> str:
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    i = rng.choice(letters)
    return name[:i] + rng.choice("aeioulnrs") + name[i + 1:]


def measure(data_dir: Path, rounds: int = 3, samples: int = 200) -> dict[str, object]:
    from sqlalchemy import func, select

    from clinic_desk.core.installation import Installation
    from clinic_desk.core.intake import duplicates, people, search
    from clinic_desk.core.intake.models import Person
    from clinic_desk.core.security.roles import Actor, Role

    rss_start = _rss_mb()[0]
    inst = Installation(data_dir, kdf=_cheap_kdf())
    ws = inst.unlock("admin", PASSWORD)
    rss_open = _rss_mb()[0]
    # staff reads and searches; the admin account only exists to unlock
    staff = Actor(ws.actor.user_id, "admin", "Ana Admin",  # type: ignore[union-attr]
                  frozenset({Role.STAFF, Role.ADMIN}))
    rng = random.Random(5)
    try:
        with ws.db.read() as s:
            total = s.scalar(select(func.count()).select_from(Person))
            sample = list(s.execute(
                select(Person.id, Person.given_names, Person.first_surname,
                       Person.second_surname, Person.birth_date)
                .order_by(func.random()).limit(samples)))
        keystrokes: list[float] = []
        per_query: dict[str, list[float]] = {}
        for _ in range(rounds):
            for typed in TYPED:
                for end in range(3, len(typed) + 1):
                    q = typed[:end]
                    t = time.perf_counter()
                    with ws.db.read() as s:
                        search.search_people(s, staff, q)
                    ms = (time.perf_counter() - t) * 1000
                    keystrokes.append(ms)
                    per_query.setdefault(q, []).append(ms)
        dup_times: list[float] = []
        dup_found = 0
        for row in sample:
            given = _typo(rng, row.given_names)
            t = time.perf_counter()
            with ws.db.read() as s:
                found = duplicates.find_duplicates(
                    s, staff, given, row.first_surname, row.second_surname,
                    birth_date=row.birth_date if rng.random() < 0.5 else None)
            dup_times.append((time.perf_counter() - t) * 1000)
            dup_found += any(m.person_id == row.id for m in found)
        open_times: list[float] = []
        for row in sample:
            t = time.perf_counter()
            with ws.db.write(staff.user_id) as s:
                people.get_person_file(s, staff, row.id)
            open_times.append((time.perf_counter() - t) * 1000)
        rss_now, rss_peak = _rss_mb()
    finally:
        ws.close()
    slowest = sorted(per_query.items(), key=lambda kv: -statistics.median(kv[1]))[:5]
    return {
        "people": total, "keystrokes": keystrokes, "duplicates": dup_times,
        "duplicates_recall": dup_found / max(1, len(sample)), "open": open_times,
        "rss_before_open_mb": rss_start, "rss_open_mb": rss_open, "rss_mb": rss_now,
        "rss_peak_mb": rss_peak,
        "slowest_queries": [(q, statistics.median(v)) for q, v in slowest],
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _line(label: str, values: list[float], target: float) -> str:
    med, p95 = statistics.median(values), _p95(values)
    ok = "ok" if p95 < target else ("median ok, p95 over" if med < target else "OVER")
    return (f"  {label:<28} median {med:7.2f} ms   p95 {p95:7.2f} ms   "
            f"max {max(values):7.2f} ms   n={len(values):<5} target < {target:g} ms  [{ok}]")


def report(built: dict[str, float] | None, m: dict[str, object]) -> None:
    print("Intake benchmark (clinic_desk.core.intake)")
    if built:
        print(f"  generated {built['people']:,.0f} people, {built['rows']:,.0f} rows in "
              f"{built['seconds']:.0f} s; data folder {built['folder_mb']:.0f} MiB")
    print(f"  people in the database: {m['people']:,}")
    print(_line("search per keystroke", m["keystrokes"], TARGETS_MS["search"]))  # type: ignore[arg-type]
    print(_line("duplicate check", m["duplicates"], TARGETS_MS["duplicates"]))  # type: ignore[arg-type]
    print(f"  {'':<28} (the typed person was among the matches in "
          f"{100 * float(m['duplicates_recall']):.0f}% of checks)")  # type: ignore[arg-type]
    print(_line("open a person's file", m["open"], TARGETS_MS["open"]))  # type: ignore[arg-type]
    rss = float(m["rss_mb"])  # type: ignore[arg-type]
    print(f"  {'RSS with the database open':<28} {rss:7.1f} MiB (peak {m['rss_peak_mb']:.1f}, "
          f"after unlock {m['rss_open_mb']:.1f}, before {m['rss_before_open_mb']:.1f})   "
          f"target < {MAX_RSS_MB:g} MiB  [{'ok' if rss < MAX_RSS_MB else 'OVER'}]")
    print("  slowest keystrokes (median ms): " + ", ".join(
        f"{q!r} {ms:.1f}" for q, ms in m["slowest_queries"]))  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_intake")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    parser.add_argument("--data-dir", type=Path, help="reuse a folder built with --keep")
    parser.add_argument("--measure-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    _isolate()
    if args.measure_only:  # the child process
        print(json.dumps(measure(args.measure_only)))
        return 0
    base = Path(os.environ.get("CLINIC_DESK_BENCH_TMP") or tempfile.gettempdir())
    folder = Path(tempfile.mkdtemp(prefix="clinic-desk-bench-intake-", dir=base))
    os.environ["CLINIC_DESK_DATA_DIR"] = str(folder / "unused-default")
    built = None
    try:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = folder / "data"
            print(f"Generating {args.people:,} people in {data_dir} …", file=sys.stderr)
            built = build(data_dir, args.people)
        out = subprocess.run(
            [sys.executable, "-m", "bench.bench_intake", "--measure-only", str(data_dir)],
            check=True, capture_output=True, text=True, env=os.environ.copy(),
            cwd=Path(__file__).resolve().parent.parent,
        )
        report(built, json.loads(out.stdout.strip().splitlines()[-1]))
    finally:
        if args.keep:
            print(f"kept {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
