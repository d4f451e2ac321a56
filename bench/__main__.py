"""Run every benchmark, print a table, write bench/results/latest.json.

    python -m bench                      # everything (about a minute)
    python -m bench --only storage       # one benchmark: unlock, storage, startup
    python -m bench --runs 9             # more runs per median
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import Row, Section, bench_folder, fmt_seconds

BENCHES = ("unlock", "storage", "startup")
RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


def machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
    }


def _cells(row: Row) -> list[str]:
    spread = ("" if row.spread is None
              else f"{fmt_seconds(row.spread[0])}..{fmt_seconds(row.spread[1])}")
    ratio = "" if row.ratio is None else f"{row.ratio:.2f}x"
    verdict = {True: "ok", False: "OVER", None: ""}[row.ok]
    if row.note:
        verdict = (verdict + " " + row.note).strip()
    return [row.label, fmt_seconds(row.median), spread, row.baseline_label,
            fmt_seconds(row.baseline_median) if row.baseline_label else "", ratio,
            row.target, verdict]


def print_table(sections: list[Section]) -> None:
    header = ["benchmark", "median", "min..max", "baseline", "baseline median", "ratio",
              "target", ""]
    body = [(s, [_cells(r) for r in s.rows]) for s in sections]
    widths = [len(h) for h in header]
    for _, rows in body:
        for cells in rows:
            widths = [max(w, len(c)) for w, c in zip(widths, cells, strict=True)]

    def line(cells: list[str]) -> str:
        out = [cells[0].ljust(widths[0])]
        out += [c.rjust(w) if i in (0, 1, 3, 4) else c.ljust(w)
                for i, (c, w) in enumerate(zip(cells[1:], widths[1:], strict=True))]
        return "  ".join(out).rstrip()

    print(line(header))
    print("-" * len(line(header)))
    for section, rows in body:
        print(f"[{section.title}]")
        for cells in rows:
            print(line(cells))
        for note in section.notes:
            print(f"  note: {note}")
        print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", choices=BENCHES,
                        help="run only this benchmark (repeatable)")
    parser.add_argument("--runs", type=int, default=None,
                        help="runs per median (default: 7 each)")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write results")
    args = parser.parse_args(argv)
    chosen = args.only or list(BENCHES)
    runs = {"runs": args.runs} if args.runs else {}

    info = machine()
    print(f"Clinic Desk benchmarks - {info['cpu']} ({info['cpu_count']} cores), "
          f"Python {info['python']}, {info['platform']}")
    print("Medians of repeated runs; a laptop with a slow disk or CPU will differ.\n")
    started = time.perf_counter()
    sections: list[Section] = []
    with bench_folder() as root:
        for name in chosen:
            t0 = time.perf_counter()
            print(f"running {name}...", file=sys.stderr, flush=True)
            if name == "unlock":
                from bench import bench_unlock as mod
            elif name == "storage":
                from bench import bench_storage as mod  # type: ignore[no-redef]
            else:
                from bench import bench_startup as mod  # type: ignore[no-redef]
            section = mod.run(root, **runs)
            section.info["seconds"] = round(time.perf_counter() - t0, 1)
            sections.append(section)
    print()
    print_table(sections)
    total = time.perf_counter() - started
    print(f"total {total:.0f} s")

    args.json.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": info,
        "total_seconds": round(total, 1),
        "sections": [{"title": s.title, "rows": [r.to_json() for r in s.rows],
                      "notes": s.notes, "info": s.info} for s in sections],
    }
    args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    print(f"results written to {args.json}")
    over = [r for s in sections for r in s.rows if r.ok is False]
    if over:
        print(f"{len(over)} figure(s) over target: "
              + "; ".join(r.label.strip() for r in over))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
