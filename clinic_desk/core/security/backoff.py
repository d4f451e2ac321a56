"""Slowing down password guessing, and remembering failures until someone logs in.

The state file holds salted hashes of typed user names and times, never a name or a
password. Failures are written into the audit log at the next successful unlock (the
audit log lives inside the encrypted database, which is closed while nobody is in).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from clinic_desk.core.atomic import atomic_write_bytes

FREE_TRIES = 5
FIRST_DELAY = 30  # seconds after the fifth wrong password in a row
MAX_DELAY = 15 * 60


def delay_after(failures: int) -> int:
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_DELAY * 2 ** (failures - FREE_TRIES), MAX_DELAY)


class Backoff:
    def __init__(self, path: Path, now: Callable[[], float] = time.time) -> None:
        self.path = path
        self.now = now

    def _load(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            if isinstance(data, dict) and isinstance(data.get("counters"), dict):
                data.setdefault("events", [])
                return data
        except (OSError, ValueError):
            pass
        return {"counters": {}, "events": []}

    def _save(self, data: dict[str, object]) -> None:
        atomic_write_bytes(self.path, json.dumps(data).encode("utf-8"))

    def wait_seconds(self, key: str) -> int:
        counter = self._load()["counters"].get(key)  # type: ignore[union-attr]
        if not counter:
            return 0
        remaining = counter["last"] + delay_after(counter["count"]) - self.now()
        return max(0, int(remaining + 0.999))

    def failed(self, key: str, kind: str = "password") -> int:
        data = self._load()
        counters: dict[str, dict[str, float]] = data["counters"]  # type: ignore[assignment]
        counter = counters.setdefault(key, {"count": 0, "last": 0.0})
        counter["count"] += 1
        counter["last"] = self.now()
        events: list[dict[str, object]] = data["events"]  # type: ignore[assignment]
        events.append(
            {"who": key, "at": counter["last"], "kind": kind,
             "backoff": delay_after(int(counter["count"]))}
        )
        del events[:-500]
        self._save(data)
        return int(counter["count"])

    def succeeded(self, key: str) -> list[dict[str, object]]:
        """Reset this key's counter; return (and forget) every pending failure event."""
        data = self._load()
        events: list[dict[str, object]] = data["events"]  # type: ignore[assignment]
        data["counters"].pop(key, None)  # type: ignore[union-attr]
        data["events"] = []
        if events or self.path.exists():
            self._save(data)
        return events

    def drop_events(self) -> None:
        """Forget pending events that the caller has audited itself."""
        data = self._load()
        if data["events"]:
            data["events"] = []
            self._save(data)
