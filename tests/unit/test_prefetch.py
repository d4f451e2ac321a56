"""core/prefetch.py: items in order, the thread's error where it happened, an early
stop that closes the source in its own thread, and Background's result or error."""

from __future__ import annotations

import threading

import pytest

from clinic_desk.core.prefetch import Background, Prefetched, prefetched


def test_items_arrive_in_order_from_another_thread():
    seen_in: set[str] = set()

    def source():
        for i in range(1000):
            seen_in.add(threading.current_thread().name)
            yield i

    assert list(prefetched(source(), depth=3, name="reader")) == list(range(1000))
    assert seen_in == {"reader"}


def test_an_error_in_the_thread_is_raised_after_the_items_before_it():
    def source():
        yield 1
        yield 2
        raise ValueError("broken stick")

    got = []
    with pytest.raises(ValueError, match="broken stick"):
        for item in prefetched(source(), depth=1):
            got.append(item)
    assert got == [1, 2]


def test_stopping_early_closes_the_source_and_ends_the_thread():
    closed = threading.Event()

    def source():
        try:
            yield from range(10**9)
        finally:
            closed.set()

    it = Prefetched(source(), depth=2, name="early")
    assert next(it) == 0
    it.close()
    assert closed.is_set()
    assert not any(t.name == "early" for t in threading.enumerate())
    with pytest.raises(StopIteration):
        next(it)
    for item in prefetched(source(), depth=2):  # a loop left by break does the same
        if item == 3:
            break
    assert closed.is_set()


def test_a_prefetched_source_starts_at_once():
    started = threading.Event()

    def source():
        started.set()
        yield "x"

    with Prefetched(source()) as it:
        assert started.wait(5)
        assert list(it) == ["x"]


def test_background_gives_its_result_or_its_error():
    assert Background(lambda: 6 * 7).result() == 42

    def fails() -> int:
        raise KeyError("no key")

    with pytest.raises(KeyError):
        Background(fails).result()
