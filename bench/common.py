"""Shared pieces of the benchmarks: isolation, timing, result rows.

Isolation: every benchmark runs on a throwaway folder under the system temp folder
(or CLINIC_DESK_BENCH_TMP), CLINIC_DESK_DATA_DIR points there, and the keyring is the
null backend, so the real user data folder and the real keyring are never touched.
Subprocesses inherit the same environment (PYTHON_KEYRING_BACKEND names the null
backend for them).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

NULL_KEYRING = "keyring.backends.null.Keyring"
PASSWORD = "una frase de prueba larga para medir"


@dataclass
class Row:
    """One line of the results table. Times are in seconds."""

    section: str
    label: str
    median: float | None
    runs: int = 0
    spread: tuple[float, float] | None = None  # (min, max) of the runs
    baseline_label: str = ""
    baseline_median: float | None = None
    max_seconds: float | None = None  # target: median below this
    max_ratio: float | None = None  # target: median / baseline_median at most this
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.baseline_median:
            return None
        return self.median / self.baseline_median

    @property
    def target(self) -> str:
        if self.max_seconds is not None:
            return f"< {self.max_seconds:g} s"
        if self.max_ratio is not None:
            return f"<= {self.max_ratio:g}x"
        return ""

    @property
    def ok(self) -> bool | None:
        if self.median is None:
            return None
        if self.max_seconds is not None:
            return self.median < self.max_seconds
        if self.max_ratio is not None and self.ratio is not None:
            return self.ratio <= self.max_ratio
        return None

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data.update(ratio=self.ratio, target=self.target, ok=self.ok)
        return data


@dataclass
class Section:
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    info: dict[str, object] = field(default_factory=dict)


def median(times: list[float]) -> float:
    return statistics.median(times)


def row_from_times(section: str, label: str, times: list[float], **kwargs: object) -> Row:
    return Row(section, label, median(times), len(times), (min(times), max(times)),
               **kwargs)  # type: ignore[arg-type]


def time_once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def repeat(fn: Callable[[], object], runs: int, warmup: int = 1,
           setup: Callable[[], object] | None = None) -> list[float]:
    """Times of `runs` calls of fn (after `warmup` untimed calls); setup is untimed."""
    times: list[float] = []
    for i in range(warmup + runs):
        if setup is not None:
            setup()
        elapsed = time_once(fn)
        if i >= warmup:
            times.append(elapsed)
    return times


def use_null_keyring() -> None:
    """Make this process and its children use the null keyring (never the real one)."""
    os.environ["PYTHON_KEYRING_BACKEND"] = NULL_KEYRING
    import keyring
    from keyring.backends.null import Keyring

    keyring.set_keyring(Keyring())


@contextmanager
def bench_folder() -> Iterator[Path]:
    """A throwaway folder; CLINIC_DESK_DATA_DIR and the XDG folders point inside it."""
    use_null_keyring()
    root = Path(tempfile.mkdtemp(prefix="clinic-desk-bench-",
                                 dir=os.environ.get("CLINIC_DESK_BENCH_TMP")))
    saved = {k: os.environ.get(k) for k in
             ("CLINIC_DESK_DATA_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    os.environ["CLINIC_DESK_DATA_DIR"] = str(root / "default-data")
    os.environ["XDG_CONFIG_HOME"] = str(root / "config")
    os.environ["XDG_DATA_HOME"] = str(root / "share")
    try:
        yield root
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(root, ignore_errors=True)


def fmt_seconds(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.001:
        return f"{value * 1000:.1f} ms"
    return f"{value * 1e6:.0f} us"
