"""Start-up to the login window, against a bare Qt window, in the same run.

Each run is a new process (wall clock from spawn to exit), offscreen:
- app:      python -m clinic_desk --data-dir DIR --quit-after-start  (a prepared folder,
            so the login window is what opens; the flag quits once it is shown);
- baseline: python -c "<QApplication, an empty QWidget shown, quit>".
Both pay the interpreter start and the PySide6 import; the difference is Clinic Desk's
own imports and window set-up. One untimed warm-up run of each goes first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Row, Section, median

SECTION = "startup"
MAX_RATIO = None  # no target given; the ratio is reported
TIMEOUT = 60

BASELINE_CODE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv)\n"
    "w = QWidget()\n"
    "w.resize(640, 480)\n"
    "w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)


def _env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        CLINIC_DESK_DATA_DIR=str(root / "default-data"),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_DATA_HOME=str(root / "share"),
    )
    return env


def _timed(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)
    elapsed = time.perf_counter() - start
    return elapsed, proc.returncode, (proc.stderr or "").strip()


def prepare(root: Path) -> Path:
    """A set-up data folder (cheap KDF: unlocking is not part of this benchmark)."""
    from bench.common import PASSWORD
    from clinic_desk.core.installation import Installation
    from clinic_desk.core.security.kdf import KdfParams

    data = root / "startup-data"
    Installation(data, kdf=KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)) \
        .initialize("BENCH-01", "Casa de Prueba", "admin", "Ana Admin", PASSWORD)
    return data


def run(root: Path, runs: int = 7, python: str | None = None) -> Section:
    section = Section("Start-up to the login window (offscreen)")
    python = python or sys.executable
    repo = Path(__file__).resolve().parent.parent
    env = _env(root)
    data = prepare(root)
    app_cmd = [python, "-m", "clinic_desk", "--data-dir", str(data), "--quit-after-start"]
    base_cmd = [python, "-c", BASELINE_CODE]

    import_cmd = [python, "-c", "import clinic_desk.ui.app"]

    app_times: list[float] = []
    base_times: list[float] = []
    import_times: list[float] = []
    failure = ""
    for i in range(runs + 1):  # round 0 is a warm-up
        t_base, rc, err = _timed(base_cmd, env, repo)
        if rc != 0:
            section.notes.append(f"baseline failed (exit {rc}): {err[-300:]}")
            return section
        if i > 0:
            base_times.append(t_base)
        if failure:
            continue
        t_app, rc, err = _timed(app_cmd, env, repo)
        if rc != 0:
            failure = f"exit {rc}: {err.splitlines()[-1] if err else 'no message'}"
            continue
        t_import, rc, _ = _timed(import_cmd, env, repo)
        if i > 0:
            app_times.append(t_app)
            if rc == 0:
                import_times.append(t_import)

    base_row = Row(SECTION, "bare QApplication + empty QWidget", median(base_times),
                   len(base_times), (min(base_times), max(base_times)))
    if failure:
        section.rows.append(Row(SECTION, "clinic_desk --quit-after-start", None,
                                baseline_label="bare Qt window",
                                baseline_median=base_row.median,
                                note="did not run"))
        section.notes.append(
            "The app run failed (" + failure + "). The benchmark needs "
            "`python -m clinic_desk --data-dir DIR --quit-after-start` to open the login "
            "window and exit 0; it measures it as soon as that works.")
    else:
        section.rows.append(Row(SECTION, "clinic_desk --quit-after-start (login window)",
                                median(app_times), len(app_times),
                                (min(app_times), max(app_times)),
                                baseline_label="bare Qt window",
                                baseline_median=base_row.median, max_ratio=MAX_RATIO))
    if import_times:
        section.rows.append(Row(SECTION, "  of which: python -c 'import clinic_desk.ui.app'",
                                median(import_times), len(import_times),
                                (min(import_times), max(import_times)),
                                baseline_label="bare Qt window",
                                baseline_median=base_row.median))
    section.rows.append(base_row)
    section.notes.append("Wall clock per process, including the Python interpreter start; "
                         "files are in the OS cache after the warm-up run (a first start "
                         "after boot is slower).")
    return section
