"""Smoke test of the BUILT program in dist/clinic-desk (after `make package`).

Runs the frozen executable offscreen, as a new user would: set up a site in a temporary
folder (writing the recovery sheet PDF), log in through the real login window and open
every section (the hidden `self-test` command), verify the database, and open the
application to its login window. Skipped when there is no build, as inside `make test`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "clinic-desk"
EXE = DIST / ("clinic-desk-cli.exe" if sys.platform == "win32" else "clinic-desk")
INTERNAL = DIST / "_internal"
PASSWORD = "una frase de prueba larga"

# CI sets CLINIC_DESK_TEST_FROZEN=1 right after `make package`: then a missing or stale
# build fails instead of being skipped.
REQUIRED = os.environ.get("CLINIC_DESK_TEST_FROZEN") == "1"


def _why_skip() -> str | None:
    if not EXE.is_file():
        return f"no built program at {EXE.relative_to(ROOT)}: run `make package` first"
    built = EXE.stat().st_mtime
    sources = [ROOT / "pyproject.toml", *(ROOT / "i18n").glob("*.qm"),
               *(ROOT / "clinic_desk").rglob("*.py"), *(ROOT / "resources").rglob("*")]
    newer = [p for p in sources if p.is_file() and p.stat().st_mtime > built]
    if newer:
        return (f"the build in dist/ is older than {newer[0].relative_to(ROOT)}: "
                "run `make package` again")
    return None


SKIP = None if REQUIRED else _why_skip()
pytestmark = pytest.mark.skipif(SKIP is not None, reason=SKIP or "")


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Offscreen, null keyring, every user folder inside tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    base = {k: v for k, v in os.environ.items() if not k.startswith(("CLINIC_DESK_", "QT_"))}
    base.update({
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "CLINIC_DESK_PASSWORD": PASSWORD,
        "CLINIC_DESK_DATA_DIR": str(tmp_path / "default-data"),
        "HOME": str(home),
        "USERPROFILE": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(home),
    })
    return base


def run(env: dict[str, str], *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXE), *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout)


def test_version_comes_from_pyproject(env):
    result = run(env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"clinic-desk {project_version()}"


def test_bundle_holds_what_the_program_reads_as_files():
    migrations = INTERNAL / "clinic_desk" / "core" / "db" / "migrations"
    sources = ROOT / "clinic_desk" / "core" / "db" / "migrations" / "versions"
    assert (migrations / "env.py").is_file()
    shipped = {p.name for p in (migrations / "versions").glob("*.py")}
    assert shipped == {p.name for p in sources.glob("*.py")}, "rebuild: migrations changed"
    assert {p.name for p in (INTERNAL / "i18n").glob("*.qm")} >= {
        "clinic_desk_es.qm", "clinic_desk_en.qm"}
    assert (INTERNAL / "resources" / "icons" / "clinic-desk.svg").is_file()
    assert (INTERNAL / "resources" / "catalogue" / "essential_medicines.csv").is_file()
    assert any((INTERNAL / "reportlab" / "fonts").glob("Vera*.ttf"))
    plugins = INTERNAL / "PySide6" / "Qt" / "plugins"
    if not plugins.is_dir():  # Windows wheels keep plugins beside the bindings
        plugins = INTERNAL / "PySide6" / "plugins"
    names = {p.name for p in plugins.rglob("*") if p.is_file()}
    assert any("qoffscreen" in n for n in names)
    assert any("qsvgicon" in n for n in names) and any("qsvg." in n for n in names)
    heavy = [p.name for p in INTERNAL.rglob("*")
             if re.search(r"Qt6?(WebEngine|Quick|Qml|3D|Multimedia|Pdf)", p.name)]
    assert heavy == [], f"unneeded Qt modules in the bundle: {heavy[:5]}"


def test_smoke_set_up_log_in_open_every_section_write_a_pdf(env, tmp_path: Path):
    data = tmp_path / "data"
    pdf = tmp_path / "hoja de recuperación.pdf"
    timings: dict[str, float] = {}

    started = time.monotonic()
    result = run(env, "init", "--data-dir", str(data), "--site-code", "HUAYCAN-01",
                 "--site-name", "Casa Refugio Esperanza", "--admin", "admin",
                 "--admin-name", "Ana Admin", "--recovery-pdf", str(pdf))
    timings["init"] = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert re.search(r"^Recovery code: \S+", result.stdout, re.M)
    assert pdf.read_bytes().startswith(b"%PDF")

    started = time.monotonic()
    result = run(env, "self-test", "--data-dir", str(data), "--user", "admin")
    timings["self-test"] = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(frozen: yes)" in result.stdout
    assert "ok translations: Home -> Inicio" in result.stdout
    sections = re.search(r"^ok sections: (.+)$", result.stdout, re.M)
    assert sections and "home" in sections.group(1).split(", ")
    assert "self-test passed" in result.stdout

    result = run(env, "verify", "--data-dir", str(data), "--user", "admin")
    assert result.returncode == 0, result.stderr
    assert "Audit log: ok" in result.stdout

    wrong = dict(env, CLINIC_DESK_PASSWORD="not the password at all")
    result = run(wrong, "user", "list", "--data-dir", str(data), "--user", "admin")
    assert result.returncode == 3
    assert "Traceback" not in result.stderr

    started = time.monotonic()
    result = run(env, "--data-dir", str(data), "--quit-after-start")
    timings["start to login window"] = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    print("frozen timings: " + ", ".join(f"{k} {v:.2f} s" for k, v in timings.items()))


def test_usage_error_is_one_line_and_exit_2(env):
    result = run(env, "user", "add")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
