"""SQLCipher against plain SQLite on the same work, in the same run.

Three engines, the same schema, rows and pragmas (clinic_desk.core.db.engine's
STORAGE_PRAGMAS: WAL, synchronous=FULL, foreign_keys, secure_delete, temp_store=MEMORY,
busy_timeout; plus the same cache_size on all three, the one SQLCipher uses):

- "sqlite3": the standard library's sqlite3 module: the baseline the target is against;
- "sqlcipher3, no key": the same library Clinic Desk uses, never keyed, so no encryption.
  It has a different SQLite version and build options than the stdlib module, so the
  ratio against it isolates the cost of encryption itself;
- "SQLCipher": clinic_desk.core.db.engine.open_raw, a raw 256-bit key, as production.

Workloads (each on a fresh file per run; reads on a fresh connection, so pages are read
and decrypted from the OS cache, not served from SQLite's page cache):
 (a) 10,000 person-like inserts in one transaction (executemany);
 (b) 1,000 single-row inserts, each its own transaction (one WAL fsync each);
 (c) 10,000 point reads by primary key, random order;
 (d) an aggregate over the whole table (GROUP BY sector with a date range), cold
     connection; (d') the same query 20 times on a warm connection.
"""

from __future__ import annotations

import os
import random
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import Row, Section, median, time_once

SECTION = "storage"
MAX_RATIO = 1.3

SCHEMA = (
    """CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        given_names TEXT NOT NULL,
        family_names TEXT NOT NULL,
        document TEXT,
        birth_date TEXT,
        sex TEXT NOT NULL,
        sector TEXT,
        phone TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        risk INTEGER NOT NULL
    )""",
    "CREATE INDEX ix_person_family ON person (family_names)",
)
INSERT = ("INSERT INTO person (id, uuid, given_names, family_names, document, birth_date, "
          "sex, sector, phone, note, created_at, risk) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
AGGREGATE = ("SELECT sector, count(*), avg(risk), min(birth_date), max(birth_date), "
             "sum(length(note)) FROM person WHERE birth_date BETWEEN ? AND ? "
             "GROUP BY sector ORDER BY sector")
AGG_ARGS = ("1975-01-01", "2005-12-31")

GIVEN = ["María", "Rosa", "Juana", "Carmen", "Luz", "Flor", "Yolanda", "Elena", "Sonia",
         "Milagros", "Gladys", "Nélida", "Sofía", "Valeria", "Kiara", "Abigail"]
FAMILY = ["Quispe", "Mamani", "Huamán", "Flores", "Rojas", "Condori", "Chávez", "Ramos",
          "Vargas", "Torres", "Gutiérrez", "Sánchez", "Ccori", "Apaza", "Tupac", "Yupanqui"]
SECTORS = ["Huaycán Zona A", "Huaycán Zona B", "Jicamarca Anexo 8", "Carabayllo",
           "Cajamarquilla", "Santa Clara", "Pariachi", "Horacio Zeballos"]
WORDS = ("acude derivada por el centro de salud refiere violencia psicológica y económica "
         "vive con sus hijos en casa de la madre solicita orientación legal y atención").split()

COMPARED_PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "secure_delete",
                    "temp_store", "cache_size", "page_size", "busy_timeout")
CIPHER_PRAGMAS = ("cipher_version", "cipher_provider", "cipher_provider_version",
                  "cipher_page_size", "cipher_hmac_algorithm", "cipher_kdf_algorithm",
                  "cipher_memory_security", "cipher_use_hmac", "kdf_iter")


def person_rows(n: int, start: int = 1, seed: int = 42) -> list[tuple[Any, ...]]:
    rnd = random.Random(seed + start)
    base = date(1960, 1, 1)
    now = datetime(2025, 3, 1, tzinfo=UTC)
    rows = []
    for i in range(start, start + n):
        rows.append((
            i,
            str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
            f"{rnd.choice(GIVEN)} {rnd.choice(GIVEN)}",
            f"{rnd.choice(FAMILY)} {rnd.choice(FAMILY)}",
            f"{rnd.randrange(10**7, 10**8)}" if rnd.random() < 0.8 else None,
            (base + timedelta(days=rnd.randrange(0, 60 * 365))).isoformat(),
            rnd.choice("FFFFM"),
            rnd.choice(SECTORS),
            f"9{rnd.randrange(10**7, 10**8)}",
            " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(8, 30))),
            (now - timedelta(minutes=rnd.randrange(0, 10**6))).isoformat(),
            rnd.randrange(0, 3),
        ))
    return rows


# -- engines -----------------------------------------------------------------
class Engine:
    def __init__(self, label: str, connect: Callable[[Path], Any]) -> None:
        self.label = label
        self._connect = connect
        self.cache_size: int | None = None

    def connect(self, path: Path) -> Any:
        conn = self._connect(path)
        if self.cache_size is not None:
            conn.execute(f"PRAGMA cache_size = {int(self.cache_size)}")
        return conn


def _apply_storage_pragmas(conn: Any) -> Any:
    from clinic_desk.core.db.engine import STORAGE_PRAGMAS

    for pragma in STORAGE_PRAGMAS:
        conn.execute(pragma)
    return conn


def make_engines(key: bytes) -> list[Engine]:
    import sqlcipher3

    from clinic_desk.core.db.engine import open_raw

    stdlib = Engine("sqlite3", lambda p: _apply_storage_pragmas(
        sqlite3.connect(str(p), isolation_level=None, check_same_thread=False)))
    unkeyed = Engine("sqlcipher3, no key", lambda p: _apply_storage_pragmas(
        sqlcipher3.dbapi2.connect(str(p), isolation_level=None, check_same_thread=False)))
    cipher = Engine("SQLCipher", lambda p: open_raw(p, key))
    return [stdlib, unkeyed, cipher]


def pragmas_of(conn: Any, names: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for name in names:
        row = conn.execute(f"PRAGMA {name}").fetchone()
        out[name] = None if row is None else str(row[0])
    return out


# -- workloads ---------------------------------------------------------------
def create(conn: Any) -> None:
    for stmt in SCHEMA:
        conn.execute(stmt)


def w_bulk(conn: Any, rows: list[tuple[Any, ...]]) -> None:
    conn.execute("BEGIN")
    conn.executemany(INSERT, rows)
    conn.execute("COMMIT")


def w_single(conn: Any, rows: list[tuple[Any, ...]]) -> None:
    for row in rows:
        conn.execute("BEGIN")
        conn.execute(INSERT, row)
        conn.execute("COMMIT")


def w_point(conn: Any, ids: list[int]) -> None:
    for i in ids:
        row = conn.execute("SELECT * FROM person WHERE id = ?", (i,)).fetchone()
        assert row is not None


def w_aggregate(conn: Any, times: int = 1) -> None:
    for _ in range(times):
        rows = conn.execute(AGGREGATE, AGG_ARGS).fetchall()
        assert rows


def run(root: Path, runs: int = 7, warmup: int = 1, n_bulk: int = 10_000,
        n_single: int = 1_000, n_point: int = 10_000) -> Section:
    section = Section("SQLCipher vs plain SQLite (same work, same pragmas)")
    key = os.urandom(32)
    engines = make_engines(key)
    folder = root / "storage"
    folder.mkdir()

    # Same pragmas everywhere; cache_size set to SQLCipher's own value on all three.
    probe = engines[2].connect(folder / "probe-cipher.db")
    reference = pragmas_of(probe, COMPARED_PRAGMAS)
    cipher_info = pragmas_of(probe, CIPHER_PRAGMAS)
    probe.close()
    for engine in engines:
        engine.cache_size = int(reference["cache_size"])
    seen = {}
    for n, engine in enumerate(engines):
        conn = engine.connect(folder / f"probe-{n}.db")
        seen[engine.label] = pragmas_of(conn, COMPARED_PRAGMAS)
        conn.close()
    section.info["pragmas"] = seen
    section.info["cipher"] = cipher_info
    section.info["sqlite_versions"] = {
        "sqlite3": sqlite3.sqlite_version,
        "sqlcipher3": _sqlcipher_sqlite_version(),
    }
    differing = sorted({k for p in seen.values() for k in p
                        if len({q[k] for q in seen.values()}) > 1})
    if differing:
        section.notes.append("WARNING: pragmas differ between engines: " + ", ".join(differing))

    bulk_rows = person_rows(n_bulk)
    single_rows = person_rows(n_single, start=n_bulk + 1)
    rnd = random.Random(7)
    point_ids = [rnd.randrange(1, n_bulk + 1) for _ in range(n_point)]

    workloads = ["a", "b", "c", "d", "d2"]
    times: dict[str, dict[str, list[float]]] = {
        w: {e.label: [] for e in engines} for w in workloads}

    for r in range(warmup + runs):
        order = engines[r % 3:] + engines[:r % 3]  # rotate who goes first
        for engine in order:
            path = folder / f"run{r}-{engine.label.replace(' ', '_').replace(',', '')}.db"
            got: dict[str, float] = {}
            conn = engine.connect(path)
            create(conn)
            got["a"] = time_once(lambda c=conn: w_bulk(c, bulk_rows))
            conn.close()
            conn = engine.connect(path)
            got["c"] = time_once(lambda c=conn: w_point(c, point_ids))
            conn.close()
            conn = engine.connect(path)
            got["d"] = time_once(lambda c=conn: w_aggregate(c))
            got["d2"] = time_once(lambda c=conn: w_aggregate(c, 20))
            got["b"] = time_once(lambda c=conn: w_single(c, single_rows))
            conn.close()
            if r >= warmup:
                for w, t in got.items():
                    times[w][engine.label].append(t)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)

    labels = {
        "a": f"(a) {n_bulk:,} inserts, one transaction",
        "b": f"(b) {n_single:,} inserts, one transaction each",
        "c": f"(c) {n_point:,} point reads by primary key",
        "d": "(d) aggregate over the table, cold connection",
        "d2": "(d') same aggregate x20, warm connection",
    }
    stdlib, unkeyed, cipher = (e.label for e in engines)
    for w in workloads:
        t_cipher, t_std, t_unk = times[w][cipher], times[w][stdlib], times[w][unkeyed]
        section.rows.append(Row(
            SECTION, f"{labels[w]}: SQLCipher", median(t_cipher), len(t_cipher),
            (min(t_cipher), max(t_cipher)), baseline_label=stdlib,
            baseline_median=median(t_std), max_ratio=MAX_RATIO))
        section.rows.append(Row(
            SECTION, "    encryption alone: SQLCipher vs", median(t_cipher), len(t_cipher),
            (min(t_cipher), max(t_cipher)), baseline_label=unkeyed,
            baseline_median=median(t_unk)))
    section.notes.append(
        "SQLite versions: stdlib sqlite3 {sqlite3}, sqlcipher3 {sqlcipher3}. "
        "'encryption alone' compares against the same library unkeyed.".format(
            **section.info["sqlite_versions"]))  # type: ignore[arg-type]
    section.notes.append(
        "SQLCipher settings: " + ", ".join(f"{k}={v}" for k, v in cipher_info.items()))
    section.notes.append(
        "SQLCipher's cost is per page: AES-256-CBC + HMAC-SHA512 for every page read from "
        "or written to the file. It shows on cold scans (d) and on small commits (b, about "
        "4 pages each), where on a real laptop disk the FULL-sync fsync usually dominates. "
        "See bench/README.md.")
    section.notes.append(
        "Pragmas on every engine: " + ", ".join(f"{k}={v}" for k, v in seen[cipher].items()))
    return section


def _sqlcipher_sqlite_version() -> str:
    import sqlcipher3

    conn = sqlcipher3.dbapi2.connect(":memory:")
    try:
        return str(conn.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        conn.close()
