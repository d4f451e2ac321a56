"""Storage settings, the change log, versions, tombstones, append-only ledgers."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
from sqlalchemy import select

from clinic_desk.core.clock import HybridClock
from clinic_desk.core.db.base import ChangeLog, tombstone
from clinic_desk.core.db.models import AuditEntry, Setting, User
from clinic_desk.core.errors import ClinicDeskError


def test_storage_pragmas(workspace):
    with workspace.db.engine.connect() as conn:
        def value(name: str):
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert value("journal_mode") == "wal"
        assert value("synchronous") == 2  # FULL
        assert value("foreign_keys") == 1
        assert value("secure_delete") == 1
        assert value("temp_store") == 2  # MEMORY
        assert value("cipher_version").startswith("4.")


def test_change_log_written_with_the_change_and_rolled_back_with_it(workspace):
    with workspace.db.read() as s:
        before = s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
    with pytest.raises(RuntimeError), workspace.db.write(workspace.actor.user_id) as s:
        s.add(Setting(key="autolock_minutes", value="9"))
        s.flush()
        raise RuntimeError("power cut")
    with workspace.db.read() as s:
        assert s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1)) == before
        assert s.scalar(select(Setting).where(Setting.key == "autolock_minutes")) is None

    workspace.set_setting("autolock_minutes", 9)
    with workspace.db.read() as s:
        row = s.scalar(select(Setting).where(Setting.key == "autolock_minutes"))
        log = s.scalars(select(ChangeLog).where(ChangeLog.row_id == row.id)).all()
    assert [c.op for c in log] == ["insert"]
    assert log[0].version == row.version
    assert row.origin_site == workspace.site.id
    assert row.updated_by == workspace.actor.user_id
    assert row.created_at.tzinfo is not None


def test_versions_grow_and_tombstones_travel(workspace):
    workspace.set_setting("autolock_minutes", 9)
    with workspace.db.read() as s:
        first = s.scalar(select(Setting).where(Setting.key == "autolock_minutes")).version
    workspace.set_setting("autolock_minutes", 10)
    with workspace.db.write(workspace.actor.user_id) as s:
        row = s.scalar(select(Setting).where(Setting.key == "autolock_minutes"))
        assert row.version > first
        tombstone(s, row)
    with workspace.db.read() as s:
        row = s.scalar(select(Setting).where(Setting.key == "autolock_minutes"))
        ops = s.scalars(select(ChangeLog.op).where(ChangeLog.row_id == row.id)
                        .order_by(ChangeLog.seq)).all()
    assert row.deleted and ops == ["insert", "update", "delete"]


def test_hard_delete_of_a_travelling_record_is_refused(workspace):
    with pytest.raises(ClinicDeskError), workspace.db.write(workspace.actor.user_id) as s:
        s.delete(s.scalar(select(User)))
    with workspace.db.read() as s:
        assert s.scalar(select(User)) is not None


def test_audit_log_is_append_only_in_the_database_itself(workspace):
    for sql in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sqlalchemy.exc.DatabaseError), workspace.db.engine.begin() as c:
            c.exec_driver_sql(sql)
    with pytest.raises(ClinicDeskError), workspace.db.write(workspace.actor.user_id) as s:
        s.scalar(select(AuditEntry)).action = "changed"


def test_hybrid_clock_never_goes_back():
    now = [1_000]
    clock = HybridClock(0, now_ms=lambda: now[0])
    a = clock.tick()
    now[0] = 500  # the PC's clock was set back
    b = clock.tick()
    clock.observe(b + 10_000)
    c = clock.tick()
    assert a < b < c and c > b + 10_000
