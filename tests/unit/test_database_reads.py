"""Database.reads(n): sessions on separate connections that see one and the same state,
whatever is written while they read (the export reads with two)."""

from __future__ import annotations

from sqlalchemy import func, select

from clinic_desk.core.db.models import Setting


def _count(s) -> int:
    return int(s.scalar(select(func.count()).select_from(Setting)))


def test_two_reads_see_the_same_state_while_someone_writes(workspace):
    ws = workspace
    with ws.db.read() as s:
        before = _count(s)
    with ws.db.reads(2) as (a, b):
        assert a.connection().connection is not b.connection().connection
        with ws.db.write(ws.actor.user_id) as w:  # commits while both read
            w.add(Setting(key="reads.test", value='"x"'))
        assert _count(a) == _count(b) == before
    with ws.db.read() as s:
        assert _count(s) == before + 1
