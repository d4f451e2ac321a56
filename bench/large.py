"""The capability benchmarks on large synthetic data, each in its own process:
intake (100,000 people), inventory (1,000,000 ledger entries), shelter, exchange.

    python -m bench.large                 # all that exist
    python -m bench.large intake          # one
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

MODULES = ("bench_intake", "bench_inventory", "bench_shelter", "bench_sessions",
           "bench_exchange")
ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    wanted = argv if argv is not None else sys.argv[1:]
    chosen = [m for m in MODULES if not wanted or m.removeprefix("bench_") in wanted]
    failed = 0
    for module in chosen:
        if importlib.util.find_spec(f"bench.{module}") is None:
            continue
        print(f"\n=== {module} ===", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, "-m", f"bench.{module}"], cwd=ROOT)
        print(f"({module}: {time.perf_counter() - started:.0f} s, exit {code})", flush=True)
        failed += code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
