"""Work in a thread of its own while this one goes on.

    for chunk in prefetched(rows_as_text()):     # an iterator, a few items ahead
        compress(chunk)

    with Prefetched(pseudonyms(...)) as later:   # starts now, read later
        ...
        write(later)

    job = Background(lambda: build_tables())     # one call, its result awaited later
    ...
    tables = job.result()

Worth it where both sides spend their time outside Python's lock — SQLite stepping
through pages on one side, zlib or another SQLite connection on the other — so two
cores work at once. The reader sees the items in order, the thread's exception at the
point it happened, and stopping early (break, an exception, close) stops the iterator
and closes it in its own thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
_END = object()
_WAIT = 0.2  # seconds between looks at the stop flag while the queue is full


class Prefetched(Generic[T]):
    """Iterates `items` in a thread started at once, `depth` items ahead."""

    def __init__(self, items: Iterable[T], depth: int = 8, name: str = "prefetch") -> None:
        self._q: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._failure: list[BaseException] = []
        self._done = False
        self._thread = threading.Thread(target=self._run, args=(items,), name=name,
                                        daemon=True)
        self._thread.start()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._q.put(item, timeout=_WAIT)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, items: Iterable[T]) -> None:
        it = iter(items)
        try:
            for item in it:
                if not self._put(item):
                    break
        except BaseException as exc:  # noqa: BLE001 - handed to the reading thread
            self._failure.append(exc)
        finally:
            close = getattr(it, "close", None)
            if close is not None:
                close()
            self._put(_END)

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        if self._done:
            raise StopIteration
        item = self._q.get()
        if item is _END:
            self.close()
            if self._failure:
                raise self._failure[0]
            raise StopIteration
        return item  # type: ignore[return-value]

    def close(self) -> None:
        """Stop the thread (if it still runs) and wait for it."""
        self._done = True
        self._stop.set()
        while self._thread.is_alive():
            try:
                self._q.get(timeout=_WAIT)
            except queue.Empty:
                continue
        self._thread.join()

    def __enter__(self) -> Prefetched[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def prefetched(items: Iterable[T], depth: int = 8, name: str = "prefetch") -> Iterator[T]:
    """`items`, read in a thread of its own; the thread stops when the loop does."""
    it = Prefetched(items, depth, name)
    try:
        yield from it
    finally:
        it.close()


class Background(Generic[T]):
    """`fn()` in a thread started at once; result() waits and returns (or raises) it."""

    def __init__(self, fn: Callable[[], T], name: str = "background") -> None:
        self._value: list[T] = []
        self._failure: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, args=(fn,), name=name,
                                        daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[[], T]) -> None:
        try:
            self._value.append(fn())
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            self._failure.append(exc)

    def result(self) -> T:
        self._thread.join()
        if self._failure:
            raise self._failure[0]
        return self._value[0]
