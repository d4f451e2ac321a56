"""Run an iterator in a thread of its own, a few items ahead of whoever reads it.

    for chunk in prefetched(rows_as_text(), depth=8):
        compress(chunk)

Worth it where both sides spend their time outside Python's lock — SQLite stepping
through pages on one side, zlib or hashing on the other — so two cores work at once.
The reader sees the items in order, the thread's exception at the point it happened,
and stopping early (break, an exception) stops and closes the iterator in its thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
_END = object()
_WAIT = 0.2  # seconds between looks at the stop flag while the queue is full


def prefetched(items: Iterable[T], depth: int = 8, name: str = "prefetch") -> Iterator[T]:
    q: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()
    failure: list[BaseException] = []

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=_WAIT)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        it = iter(items)
        try:
            for item in it:
                if not put(item):
                    break
        except BaseException as exc:  # noqa: BLE001 - handed to the reading thread
            failure.append(exc)
        finally:
            close = getattr(it, "close", None)
            if close is not None:
                close()
            put(_END)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    try:
        while True:
            item = q.get()
            if item is _END:
                break
            yield item  # type: ignore[misc]
        if failure:
            raise failure[0]
    finally:
        stop.set()
        while thread.is_alive():
            try:
                q.get(timeout=_WAIT)
            except queue.Empty:
                continue
        thread.join()
