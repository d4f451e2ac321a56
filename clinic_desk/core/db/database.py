"""The unit of work: `Database.write(actor)` and `Database.read()` sessions."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from clinic_desk.core.clock import HybridClock
from clinic_desk.core.db.base import ChangeLog, WriteContext


class Database:
    def __init__(self, engine: Engine, site_id: str) -> None:
        self.engine = engine
        self.site_id = site_id
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(clinic_immediate=True), expire_on_commit=False
        )
        with self._reader() as s:
            last = s.scalar(select(func.max(ChangeLog.version))) or 0
        self.clock = HybridClock(last)

    @contextlib.contextmanager
    def write(self, actor_id: str | None) -> Iterator[Session]:
        """A writing transaction (BEGIN IMMEDIATE): commits on success, else rolls back."""
        with self._writer() as session:
            session.info[WriteContext.KEY] = WriteContext(self.site_id, actor_id, self.clock)
            with session.begin():
                yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def reads(self, n: int) -> Iterator[list[Session]]:
        """`n` reading sessions (separate connections, to read in several threads) that
        see the same state: they start while the write lock is held, so no one commits
        between them."""
        with contextlib.ExitStack() as stack:
            with self._writer() as lock, lock.begin():
                lock.connection()  # BEGIN IMMEDIATE: writers wait a moment
                sessions = []
                for _ in range(n):
                    s = stack.enter_context(self._reader())
                    stack.enter_context(s.begin())
                    # a first read fixes what this session sees
                    s.connection().exec_driver_sql("SELECT count(*) FROM sqlite_master")
                    sessions.append(s)
            yield sessions

    def dispose(self) -> None:
        self.engine.dispose()
