"""The version, read from pyproject.toml — the one place it is written.

    python packaging/version.py                       # prints it, e.g. 0.1.0
    python packaging/version.py --iss build/version.iss   # #define AppVersion for Inno Setup

The PyInstaller spec uses `project_version()` for the Windows file properties and writes
build/version.iss (which packaging/clinic-desk.iss includes); the running program reads
the same number from its packaged metadata (clinic_desk.__version__).
"""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"


def project_version(pyproject: Path = PYPROJECT) -> str:
    with pyproject.open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); pre-release or local parts are dropped (Windows wants 4
    integers)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0].split("-")[0])[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def iss_text(version: str) -> str:
    return (f'#define AppVersion "{version}"\n'
            f'#define AppVersionQuad "{".".join(map(str, windows_version_tuple(version)))}"\n')


def write_iss(path: Path, version: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(iss_text(version or project_version()), "utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the version from pyproject.toml.")
    parser.add_argument("--iss", type=Path, help="write an Inno Setup include to this file")
    args = parser.parse_args(argv)
    if args.iss:
        write_iss(args.iss)
    print(project_version())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
