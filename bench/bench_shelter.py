"""Shelter with 80 beds and a year of stays: the bed board of a night (core query, and
the widgets built offscreen), a year of monthly figures, and the monthly PDF.

    python -m bench.bench_shelter [--beds N] [--runs R]

Setup (untimed): a fresh encrypted installation with a null keyring in a temp folder,
the intake demo people, then the shelter demo filler through the services (every rule
and trigger on): rooms with beds and cribs and a year of admissions, transfers and
discharges. Each run picks another night of the year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys

from bench.common import PASSWORD, Section, bench_folder, repeat, row_from_times

SECTION = "shelter"
TARGETS = {"board": 0.05, "widgets": 0.05, "both": 0.05, "year": 0.2}


def run(beds: int = 80, runs: int = 15) -> Section:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from clinic_desk.core.installation import Installation
    from clinic_desk.core.intake import demo as intake_demo
    from clinic_desk.core.reports import occupancy_pdf
    from clinic_desk.core.security.kdf import KdfParams
    from clinic_desk.core.shelter import board, common, demo, stats
    from clinic_desk.ui.shelter.board_view import BoardView

    app = QApplication.instance() or QApplication([])
    section = Section(SECTION)
    with bench_folder() as root:
        inst = Installation(root / "data", kdf=KdfParams(time_cost=1, memory_kib=8192,
                                                          parallelism=1))
        inst.initialize("BENCH-01", "Bench", "admin", "Ana Admin", PASSWORD)
        ws = inst.unlock("admin", PASSWORD)
        try:
            intake_demo.fill(ws, people=beds * 8)
            report = demo.fill(ws, beds=beds, days=365)
            with ws.db.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
            actor = demo.demo_actor(ws)
            today = common.today()
            section.info.update(beds=report.beds, rooms=report.rooms, stays=report.stays,
                                admissions=report.admissions)
            section.notes.append(f"{report.beds} beds in {report.rooms} rooms, "
                                 f"{report.stays} stays ({report.admissions} admissions) "
                                 "over 365 nights, written through the services")
            rng = random.Random(3)
            nights = [today - dt.timedelta(days=rng.randint(0, 364)) for _ in range(200)]
            it = iter(nights * 10)
            view = BoardView()
            view.resize(1000, 700)
            view.show()
            boards = {}

            def query() -> None:
                night = next(it)
                with ws.db.read() as s:
                    boards["last"] = board.board(s, actor, night)
                assert boards["last"].total == report.beds

            def widgets() -> None:
                view.set_board(boards["last"])
                app.processEvents()

            def both() -> None:
                query()
                widgets()

            def first_build() -> None:
                fresh = BoardView()
                fresh.resize(1000, 700)
                fresh.set_board(boards["last"])
                fresh.show()
                app.processEvents()
                fresh.close()
                fresh.deleteLater()

            with ws.db.read() as s:
                busy = board.board(s, actor, today)
            section.info["occupied_tonight"] = busy.counts["occupied"]

            def year() -> None:
                with ws.db.read() as s:
                    y = stats.year(s, actor, today.year - 1, upto=dt.date(today.year - 1,
                                                                          12, 31))
                assert len(y.months) == 12

            with ws.db.read() as s:
                fig = stats.month(s, actor, today.year, today.month)

            def pdf() -> None:
                assert occupancy_pdf.render_occupancy(fig, site="Bench").startswith(b"%PDF")

            query()
            rows = (
                ("board of one night, core query (80 beds)", query, "board"),
                ("board widgets for another night (80 beds)", widgets, "widgets"),
                ("board query + widgets for another night", both, "both"),
                ("board widgets first build, shown (80 beds)", first_build, "widgets"),
                ("a year of monthly figures (12 months)", year, "year"),
                ("monthly occupancy PDF (render)", pdf, None),
            )
            for label, fn, key in rows:
                times = repeat(fn, runs)
                section.rows.append(row_from_times(
                    SECTION, label, times, max_seconds=TARGETS.get(key or "")))
            view.close()
        finally:
            ws.close()
    return section


def _print(section: Section) -> None:
    from bench.common import fmt_seconds

    print(f"[{section.title}] {section.info}")
    for note in section.notes:
        print("  " + note)
    for r in section.rows:
        verdict = {True: "ok", False: "OVER", None: ""}[r.ok]
        spread = f"{fmt_seconds(r.spread[0])}..{fmt_seconds(r.spread[1])}" if r.spread else ""
        print(f"  {r.label:<44} {fmt_seconds(r.median):>9}  ({spread})  target {r.target}"
              f"  {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beds", type=int, default=80)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    section = run(args.beds, args.runs)
    _print(section)
    return 0 if all(r.ok is not False for r in section.rows) else 1


if __name__ == "__main__":
    sys.exit(main())
