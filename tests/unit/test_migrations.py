"""Migrations on open: safety copy first, one transaction, refuse newer versions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from clinic_desk.core.db import migrate
from tests.conftest import ADMIN_PASSWORD

GOOD = '''
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
    {extra}


def downgrade():
    op.drop_table("test_extra")
'''


@pytest.fixture
def future_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the real migrations plus one more, as a later version would ship."""

    def make(extra: str = "pass") -> Path:
        folder = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS, folder)
        head = migrate.head_revision()
        (folder / "versions" / "0002_test.py").write_text(GOOD.format(head=head, extra=extra))
        monkeypatch.setattr(migrate, "MIGRATIONS", folder)
        return folder

    return make


def test_upgrade_on_open_makes_a_safety_copy_first(installation, setup_result,
                                                   future_migrations):
    future_migrations()
    ws = installation.unlock("admin", ADMIN_PASSWORD)
    try:
        assert ws.upgrade_copy is not None and ws.upgrade_copy.exists()
        assert ws.upgrade_copy.parent == installation.paths.backups
        assert not ws.upgrade_copy.read_bytes().startswith(b"SQLite format 3")
        with ws.db.engine.connect() as c:
            assert "test_extra" in inspect(c).get_table_names()
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
                "0002_test"
    finally:
        ws.close()


def test_failed_upgrade_leaves_the_database_as_it_was(installation, setup_result,
                                                      future_migrations):
    future_migrations('op.execute("SELECT no_such_function()")')
    with pytest.raises(Exception):  # noqa: B017 - any failure; the point is what remains
        installation.unlock("admin", ADMIN_PASSWORD)
    assert not installation.lock.held
    # back to this version's migrations: the old schema is intact and opens
    import importlib

    importlib.reload(migrate)
    ws = installation.unlock("admin", ADMIN_PASSWORD)
    try:
        with ws.db.engine.connect() as c:
            assert "test_extra" not in inspect(c).get_table_names()
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
                migrate.head_revision()
    finally:
        ws.close()


def test_every_model_table_is_in_the_migrations(workspace):
    from clinic_desk.core.db.registry import metadata

    with workspace.db.engine.connect() as c:
        tables = set(inspect(c).get_table_names())
    assert set(metadata.tables) <= tables


def test_models_and_migrations_agree(workspace):
    """A model change without its migration fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from clinic_desk.core.db.registry import metadata

    with workspace.db.engine.connect() as c:
        ctx = MigrationContext.configure(c, opts={"compare_type": True})
        diffs = [
            d for d in compare_metadata(ctx, metadata)
            # search indexes (FTS5 virtual tables and their shadow tables) are not models
            if not (d[0] == "remove_table" and "_fts" in d[1].name)
        ]
        assert diffs == []
