"""Inventory with 1,000,000 ledger entries: stock on hand of a location, a stock card,
the monthly report of all 16 botiquines.

    python -m bench.bench_inventory [--entries N] [--runs R]

Setup (untimed): a fresh encrypted installation with a null keyring in a temp folder,
the central store, 16 botiquines and the starter catalogue through the services; then
the ledger entries in one transaction with Core insert() executemany — two years of
quarterly receipts at the central store, monthly transfers to every botiquín and daily
dispensing, consistent (never negative). The balance trigger runs for every row, as in
production. Change-log rows are NOT written for the bulk load (they do not affect the
reads measured here).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
import uuid

from sqlalchemy import insert

from bench.common import PASSWORD, Row, Section, bench_folder, repeat, row_from_times

SECTION = "inventory"
PROFILE = bool(os.environ.get("BENCH_PROFILE"))
TARGETS = {"on_hand": 0.05, "stock_card": 0.1, "monthly_all": 1.0}


def _generate(entries: int, central: str, botiquines: list[str], items: list[str],
              site: str, today: dt.date, seed: int = 7):
    """Yield ledger rows (dicts) and batch rows, chronologically consistent."""
    rng = random.Random(seed)
    start = today - dt.timedelta(days=730)
    quarters = [start + dt.timedelta(days=91 * q) for q in range(9) if
                start + dt.timedelta(days=91 * q) <= today]
    days = (today - start).days + 1
    pairs = len(botiquines) * len(items)
    # dispenses are the bulk: per (botiquín, item) per day with probability p
    fixed = len(quarters) * len(items) * (1 + 2 * len(botiquines) * 3)
    p = max(0.0, (entries - fixed) / (pairs * days))
    batches: list[dict] = []
    now = dt.datetime.now(dt.UTC)
    version = [1 << 40]

    def row(loc, item, batch, kind, qty, on, **kw):
        version[0] += 1
        return {"id": str(uuid.uuid4()), "origin_site": site, "created_at": now,
                "updated_at": now, "updated_by": None, "version": version[0],
                "deleted": False, "location_id": loc, "item_id": item, "batch_id": batch,
                "kind": kind, "qty_milli": qty * 1000, "occurred_on": on, "reason": None,
                "person_id": None, "prescriber": None, "source": None,
                "counterpart_id": kw.get("counterpart"), "transfer_id": kw.get("transfer"),
                "stocktake_id": None, "reverses_id": None, "note": None}

    rows: list[dict] = []
    for qi, qstart in enumerate(quarters):
        qend = min(qstart + dt.timedelta(days=90), today)
        for item in items:
            bid = str(uuid.uuid4())
            batches.append({"id": bid, "origin_site": site, "created_at": now,
                            "updated_at": now, "updated_by": None, "version": 1,
                            "deleted": False, "item_id": item, "lot": f"Q{qi}-{bid[:8]}",
                            "expiry": qstart + dt.timedelta(days=900), "status": "usable",
                            "gtin": None})
            per_month = 100_000
            rows.append(row(central, item, bid, "receipt", per_month * 3 * len(botiquines),
                            qstart))
            for loc in botiquines:
                for m in range(3):
                    on = qstart + dt.timedelta(days=30 * m)
                    if on > qend:
                        continue
                    tid = str(uuid.uuid4())
                    rows.append(row(central, item, bid, "transfer_out", -per_month, on,
                                    counterpart=loc, transfer=tid))
                    rows.append(row(loc, item, bid, "transfer_in", per_month, on,
                                    counterpart=central, transfer=tid))
                    d = on
                    end = min(on + dt.timedelta(days=29), qend, today)
                    left = per_month
                    while d <= end and left > 0:
                        n = int(p) + (rng.random() < p - int(p))
                        for _ in range(n):
                            q = min(left, rng.randint(1, 12))
                            rows.append(row(loc, item, bid, "dispense", -q, d))
                            left -= q
                        d += dt.timedelta(days=1)
    rows.sort(key=lambda r: (r["occurred_on"], r["version"]))
    for i, r in enumerate(rows):
        r["version"] = (1 << 40) + i
    return batches, rows


def run(entries: int = 1_000_000, runs: int = 15) -> Section:
    from clinic_desk.core.installation import Installation
    from clinic_desk.core.inventory import catalogue, locations, planning, reports, stock
    from clinic_desk.core.inventory.models import Batch, LedgerEntry
    from clinic_desk.core.security.kdf import KdfParams
    from clinic_desk.core.security.roles import Actor, Role

    section = Section("inventory")
    with bench_folder() as root:
        inst = Installation(root / "data", kdf=KdfParams(time_cost=1, memory_kib=8192,
                                                          parallelism=1))
        inst.initialize("BENCH-01", "Bench", "admin", "Ana Admin", PASSWORD)
        ws = inst.unlock("admin", PASSWORD)
        try:
            admin = ws.actor
            actor = Actor(admin.user_id, admin.username, admin.full_name,
                          frozenset({Role.ADMIN, Role.PROMOTER}))
            with ws.db.write(actor.user_id) as s:
                catalogue.load_starter_catalogue(s, actor)
                central = locations.create_location(s, actor, "CENTRAL", "Almacén", "central").id
                bots = [locations.create_location(s, actor, f"B{i:02d}", f"Botiquín {i}").id
                        for i in range(16)]
                items = [i.id for i in catalogue.list_items(s, actor)]
            today = dt.date.today()
            t0 = time.perf_counter()
            batches, rows = _generate(entries, central, bots, items, ws.site.id, today)
            gen = time.perf_counter() - t0
            t0 = time.perf_counter()
            with ws.db.engine.begin() as conn:
                conn.execute(insert(Batch.__table__), batches)
                for i in range(0, len(rows), 50_000):
                    conn.execute(insert(LedgerEntry.__table__), rows[i:i + 50_000])
            load = time.perf_counter() - t0
            with ws.db.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
            section.info.update(entries=len(rows), generate_s=round(gen, 1),
                                load_s=round(load, 1))
            section.notes.append(f"{len(rows):,} ledger entries loaded in {load:.1f} s "
                                 "(balance trigger on; change log skipped for the bulk load)")
            with ws.db.read() as s:
                assert stock.check_balances(s) == []
            loc = bots[3]
            par = next(i for i in catalogue_ids(ws, actor) if i[1] == "PAR-500-TAB")[0]
            last = planning.month_start(today, 1)

            def on_hand() -> None:
                with ws.db.read() as s:
                    assert stock.on_hand(s, actor, loc)

            def card() -> None:
                with ws.db.read() as s:
                    c = reports.stock_card(s, actor, loc, par)
                    assert c.rows

            def monthly() -> None:
                with ws.db.read() as s:
                    reps = reports.monthly_reports(s, actor, last.year, last.month)
                    assert len(reps) == 16

            with ws.db.read() as s:
                section.info["stock_card_rows"] = len(reports.stock_card(s, actor, loc,
                                                                         par).rows)
            for label, fn, key in (
                ("stock on hand, all items of a location", on_hand, "on_hand"),
                ("stock card, one item at one location", card, "stock_card"),
                ("monthly report, all 16 botiquines", monthly, "monthly_all"),
            ):
                times = repeat(fn, runs if key != "monthly_all" else max(5, runs // 2))
                section.rows.append(row_from_times(SECTION, label, times,
                                                   max_seconds=TARGETS[key]))
            if PROFILE:
                import cProfile
                cProfile.runctx("monthly()", globals(), locals(), sort="cumtime")
        finally:
            ws.close()
    return section


def catalogue_ids(ws, actor) -> list[tuple[str, str]]:
    from clinic_desk.core.inventory import catalogue

    with ws.db.read() as s:
        return [(i.id, i.code) for i in catalogue.list_items(s, actor)]


def _print(section: Section) -> None:
    from bench.common import fmt_seconds

    print(f"[{section.title}] {section.info}")
    for note in section.notes:
        print("  " + note)
    for r in section.rows:
        verdict = {True: "ok", False: "OVER", None: ""}[r.ok]
        spread = f"{fmt_seconds(r.spread[0])}..{fmt_seconds(r.spread[1])}" if r.spread else ""
        print(f"  {r.label:<42} {fmt_seconds(r.median):>9}  ({spread})  target {r.target}"
              f"  {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    section = run(args.entries, args.runs)
    _print(section)
    return 0 if all(r.ok for r in section.rows) else 1


if __name__ == "__main__":
    sys.exit(main())

__all__ = ["Row", "run", "main"]
