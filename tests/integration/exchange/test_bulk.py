"""A centre receiving a big site builds the plain indexes of the growing tables after
the rows (exchange/bulk.py): every index is back after the import — and after an
import that fails half-way, with nothing of it kept."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from clinic_desk.core import demo
from clinic_desk.core.exchange import bulk, export, import_
from tests.integration.exchange.conftest import snapshot


def _schema(ws) -> list[tuple[str, str]]:
    with ws.db.read() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "ORDER BY name"))]


def _indexes_used(ws, table: str, column: str) -> str:
    with ws.db.read() as s:
        plan = s.execute(text(f"EXPLAIN QUERY PLAN SELECT * FROM {table} "
                              f"WHERE {column} = 'x'")).all()
    return " ".join(str(r[-1]) for r in plan)


def test_indexes_are_dropped_for_the_rows_and_built_again(net, monkeypatch):
    demo.fill_sized(net.a, people=30, botiquines=1, years=1, seed=3)
    path = export.export_bundle(net.a, net.root, full=True).path
    before = _schema(net.centre)
    monkeypatch.setattr(bulk, "MIN_ROWS", 1)  # every table of this small site counts
    seen: list[list[str]] = []
    real = bulk.indexes_later

    def watching(s, incoming):
        cm = real(s, incoming)
        tables = cm.__enter__()
        seen.append(tables)
        # inside: the plain indexes of the growing tables are gone, unique ones stay
        names = {r[0] for r in s.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index'"))}
        assert "ix_inv_ledger_card" not in names
        assert "uq_shelter_stays_active_person" in names
        return _Exit(cm, tables)

    monkeypatch.setattr(bulk, "indexes_later", watching)
    import_.import_bundles(net.centre, [path], trust_new_site=True)
    assert "inv_ledger" in seen[0] and "people" in seen[0]
    assert _schema(net.centre) == before
    assert "USING INDEX ix_inv_ledger_" in _indexes_used(net.centre, "inv_ledger",
                                                         "location_id")


class _Exit:
    def __init__(self, cm, tables) -> None:
        self.cm, self.tables = cm, tables

    def __enter__(self):
        return self.tables

    def __exit__(self, *exc):
        return self.cm.__exit__(*exc)


def test_a_failure_half_way_leaves_the_centre_as_it_was(net, monkeypatch):
    demo.fill_sized(net.a, people=30, botiquines=1, years=1, seed=4)
    path = export.export_bundle(net.a, net.root, full=True).path
    monkeypatch.setattr(bulk, "MIN_ROWS", 1)
    before_schema, before_rows = _schema(net.centre), snapshot(net.centre)
    real = import_.Applier._insert
    calls = {"n": 0}

    def failing(self, pol, rows):
        calls["n"] += 1
        if pol.name == "inv_ledger":
            raise OSError("disk unplugged")
        return real(self, pol, rows)

    monkeypatch.setattr(import_.Applier, "_insert", failing)
    with pytest.raises(OSError):
        import_.import_bundles(net.centre, [path], trust_new_site=True)
    assert calls["n"] > 3
    assert _schema(net.centre) == before_schema
    assert snapshot(net.centre) == before_rows
    monkeypatch.setattr(import_.Applier, "_insert", real)
    import_.import_bundles(net.centre, [path], trust_new_site=True)
    assert _schema(net.centre) == before_schema
