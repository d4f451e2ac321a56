"""Every committed golden data folder (one per released schema) opens with today's
code: upgraded on open when older, its records all still there."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from clinic_desk.core.db import migrate
from clinic_desk.core.db.registry import metadata
from clinic_desk.core.installation import Installation

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FOLDERS = sorted(p for p in FIXTURES.glob("schema-*") if p.is_dir())


def test_there_is_a_fixture_for_the_current_schema():
    heads = {json.loads((p / "expected.json").read_text())["head"] for p in FOLDERS}
    assert migrate.head_revision() in heads, (
        "the schema changed: run `python -m tests.fixtures.make_schema_fixture` and commit "
        "the new folder (keep the old ones)")


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_golden_folder_opens_and_keeps_every_record(folder, tmp_path):
    expected = json.loads((folder / "expected.json").read_text())
    data = tmp_path / "data"
    shutil.copytree(folder, data, ignore=shutil.ignore_patterns("expected.json"))
    ws = Installation(data).unlock(expected["user"], expected["password"])
    try:
        with ws.db.engine.connect() as conn:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert rev == migrate.head_revision()
        if expected["head"] != rev:
            assert ws.upgrade_copy is not None and ws.upgrade_copy.exists()
        with ws.db.read() as s:
            for name, count in expected["counts"].items():
                if name in metadata.tables:
                    table = metadata.tables[name]
                    assert s.scalar(select(func.count()).select_from(table)) >= count, name
        assert ws.verify().ok
    finally:
        ws.close()
