"""Hybrid logical clock: versions that order changes across sites.

A version is one integer: milliseconds since the epoch shifted left 16 bits, plus a
counter for changes within the same millisecond. It never goes backwards on one site,
even when the PC's clock does, and it moves past any version seen from another site.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def physical_ms(version: int) -> int:
    return version >> COUNTER_BITS


class HybridClock:
    def __init__(self, last: int = 0, now_ms: Callable[[], int] | None = None) -> None:
        self._last = last
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def tick(self) -> int:
        with self._lock:
            wall = self._now_ms() << COUNTER_BITS
            self._last = wall if wall > self._last else self._last + 1
            return self._last

    def observe(self, remote: int) -> None:
        """Move past a version received from elsewhere (import)."""
        with self._lock:
            if remote > self._last:
                self._last = remote
