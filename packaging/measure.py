"""Figures for packaging/README.md: size of dist/clinic-desk and start-up time of the
frozen program to its login window (median of N runs, offscreen, set-up data folder).

    .venv/bin/python packaging/measure.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "clinic-desk"
EXE = DIST / ("clinic-desk-cli.exe" if sys.platform == "win32" else "clinic-desk")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not EXE.is_file():
        print(f"no build at {EXE}: run `make package` first", file=sys.stderr)
        return 1
    size = folder_size(DIST)
    files = sum(1 for p in DIST.rglob("*") if p.is_file())
    print(f"dist/clinic-desk: {size / 2**20:.0f} MiB in {files} files")
    with tempfile.TemporaryDirectory(prefix="clinic-desk-measure-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLINIC_DESK_")}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=tmp, USERPROFILE=tmp,
                   PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
                   CLINIC_DESK_PASSWORD="una frase de prueba larga")
        data = str(Path(tmp) / "data")
        subprocess.run([str(EXE), "init", "--data-dir", data, "--site-code", "M-01",
                        "--site-name", "Medida", "--admin", "admin"], env=env, check=True,
                       capture_output=True)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            subprocess.run([str(EXE), "--data-dir", data, "--quit-after-start"], env=env,
                           check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        started = time.perf_counter()
        subprocess.run([str(EXE), "self-test", "--data-dir", data, "--user", "admin"], env=env,
                       check=True, capture_output=True)
        self_test = time.perf_counter() - started
    print("start-up to the login window: median "
          f"{statistics.median(times):.2f} s of {args.runs} "
          f"({', '.join(f'{t:.2f}' for t in times)})")
    print(f"self-test (log in, open every section, close): {self_test:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
