"""The SQLite driver alone: the same rows inserted with `executemany` by Python's own
`sqlite3` (the baseline) and by `sqlcipher3` (what Clinic Desk uses), in memory and
without a key — so the difference is the driver and its build, not the encryption.

    python -m bench.bench_driver [--rows N] [--runs R]

Why it is here: the centre's import of a whole site (issue 7) spends most of its time
inserting, and on the machine it was measured on (2 cores) sqlcipher3 took about 1.7
times as long as sqlite3 for identical rows (15-16 against 9 µs per stock movement of
22 columns). A faster build of the driver is the next lever for the import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import time
import uuid
from typing import Any

import sqlcipher3

COLUMNS = 22  # a stock movement: ids, kind, quantity, dates, stamps, version, flags


def _rows(n: int) -> list[tuple[Any, ...]]:
    r = random.Random(7)
    ids = [str(uuid.UUID(int=r.getrandbits(128))) for _ in range(64)]
    day = dt.date(2026, 1, 1)
    out = []
    for i in range(n):
        stamp = f"2026-01-01 10:00:{i % 60:02d}.{i % 999999:06d}"
        out.append((
            r.choice(ids), r.choice(ids), r.choice(ids), "dispense", -1000 * (1 + i % 5),
            (day + dt.timedelta(days=i % 365)).isoformat(), "treatment", None, None, None,
            None, None, None, None, None, str(uuid.UUID(int=r.getrandbits(128))),
            ids[0], stamp, stamp, ids[1], 1_000_000 + i, 0))
    return out


DDL = ("CREATE TABLE t (" + ", ".join(f"c{i}" for i in range(COLUMNS))
       + ", PRIMARY KEY (c15), UNIQUE (c13))")


def _insert(module: Any, rows: list[tuple[Any, ...]]) -> float:
    conn = module.connect(":memory:", isolation_level=None)
    conn.execute(DDL)
    conn.execute("BEGIN")
    t0 = time.perf_counter()
    conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * COLUMNS)})", rows)
    seconds = time.perf_counter() - t0
    conn.execute("COMMIT")
    conn.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = _rows(args.rows)
    times: dict[str, list[float]] = {"sqlite3": [], "sqlcipher3": []}
    for _ in range(args.runs):  # interleaved: a busy moment hits both
        times["sqlite3"].append(_insert(sqlite3, rows))
        times["sqlcipher3"].append(_insert(sqlcipher3, rows))
    base = statistics.median(times["sqlite3"])
    print(f"[driver] {args.rows:,} rows of {COLUMNS} columns, executemany, in memory, "
          f"median of {args.runs}")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"  {name:12s} {med:6.2f} s  {med / args.rows * 1e6:6.2f} µs/row  "
              f"{med / base:4.2f}x sqlite3")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
