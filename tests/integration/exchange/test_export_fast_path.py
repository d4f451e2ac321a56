"""The export's fast path (SQLite writes each row's JSON, Python re-writes only what the
consent rules change) gives exactly the rows of the reference path (every row read
through SQLAlchemy, shaped, dumped), on a site filled with every kind of record and
every consent decision — including a datetime stored in an unusual form."""

from __future__ import annotations

import json

from sqlalchemy import text

from clinic_desk.core import demo
from clinic_desk.core.exchange import bundle, export, keys, shaping
from clinic_desk.core.exchange.policy import build

from .reference_shape import WITHHELD, Reference


def _lines(chunks) -> list[dict]:
    return [json.loads(line) for chunk, n in chunks
            for line in chunk.decode("utf-8").splitlines()]


def test_fast_rows_equal_the_reference_rows(net):
    ws = net.a
    demo.fill_sized(ws, people=60, botiquines=1, years=1, seed=5)
    with ws.db.write(ws.actor.user_id) as s:  # stamps written without microseconds,
        s.execute(text("UPDATE people SET created_at = substr(created_at, 1, 19) "
                       "WHERE rowid IN (SELECT rowid FROM people LIMIT 3)"))
        s.execute(text(  # and one in another ISO form (the slow way)
            "UPDATE people SET updated_at = substr(updated_at, 1, 10) || 'T' || "
            "substr(updated_at, 12, 8) || '+00:00' WHERE rowid = (SELECT max(rowid) FROM people)"))
    seen_tables = changed = withheld = 0
    with ws.db.read() as s:
        for full in (True, False):
            plan = export.make_plan(s, ws.site.id, full)
            plan.secret = keys.pseudonym_secret(s) or b"x" * 32
            forced = export._forced_ids(s, plan)
            ref = Reference(s, plan)
            with shaping.Shaper(s, plan) as sh:
                for pol in build():
                    fast = _lines(export._json_lines(s, sh, pol, plan, forced, None))
                    rows = ref.rows(s, pol, forced)
                    expected = [json.loads(bundle.dumps_row(shaped))
                                for status, _, shaped in rows if status != WITHHELD]
                    assert fast == expected, pol.name
                    seen_tables += bool(expected)
                    withheld += sum(status == WITHHELD for status, _, _ in rows)
                    changed += sum(status != WITHHELD and stored != shaped
                                   for status, stored, shaped in rows)
    assert seen_tables >= 15 and changed > 10 and withheld > 10


def test_the_preview_counts_what_the_export_writes(net):
    ws = net.a
    demo.fill_sized(ws, people=40, botiquines=1, years=1, seed=9)
    preview = export.export_preview(ws, full=True)
    result = export.export_bundle(ws, net.root, full=True)
    assert {k: v for k, v in preview.rows.items() if v} == {
        k: v for k, v in result.rows.items() if v}
    assert preview.identified_people == result.identified_people
    assert preview.pseudonymised_people == result.pseudonymised_people
    assert sum(preview.withheld.values()) > 0
