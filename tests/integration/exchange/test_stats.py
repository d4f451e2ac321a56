"""`stats` includes the shelter's monthly figures and community activities with their
headcounts, and still suppresses small cells of people."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from clinic_desk.core.exchange import stats
from clinic_desk.core.security.roles import Actor, Role
from clinic_desk.core.sessions import community
from clinic_desk.core.shelter import demo as shelter_demo


def _rows(path: Path) -> dict[tuple[str, str, str, str], str]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        assert next(reader) == list(stats.HEADER)
        return {tuple(r[:4]): r[4] for r in reader}


def test_stats_has_shelter_and_community_figures(workspace, tmp_path):
    shelter_demo.fill(workspace, beds=8, days=60)
    actor = Actor(workspace.actor.user_id, "admin", "Ana", frozenset({Role.ADMIN, Role.STAFF}))
    held = dt.date.today().replace(day=1)
    with workspace.db.write(actor.user_id) as s:
        community.record_activity(s, actor, held, "talk", "market", "Prevención", "Mercado 1",
                                  {"female": {"18-29": 12, "30-59": 3}, "male": {"60+": 1}})
    out = tmp_path / "stats.csv"
    stats.write_stats(workspace, out)
    rows = _rows(out)
    month = held.strftime("%Y-%m")
    assert rows[("community_activities", month, "kind", "talk")] == "1"
    assert rows[("community_reached", month, "all", "all")] == "16"
    assert rows[("community_reached", month, "age_band", "18-29")] == "12"
    assert rows[("community_reached", month, "age_band", "30-59")] == "<5"
    assert rows[("community_reached", month, "sex", "male")] == "<5"
    shelter = {k: v for k, v in rows.items() if k[0] == "shelter"}
    assert any(k[2] == "bed_nights" and int(v) > 0 for k, v in shelter.items())
    assert any(k[2] == "occupancy_percent" for k in shelter)
    assert any(k[2] == "admissions" for k in shelter)
    for key, value in rows.items():  # no cell of people under 5 is written as a number
        if key[0] in ("intakes", "community_reached") or key[2] in (
                "admissions", "discharges", "referral_source", "discharge_reason"):
            assert value == "<5" or int(value) >= 5, key


def test_stats_rows_are_what_the_csv_holds(workspace, tmp_path):
    shelter_demo.fill(workspace, beds=4, days=20)
    rows = stats.stats_rows(workspace)
    assert rows and all(len(r) == 5 for r in rows) and rows == sorted(rows)
    out = tmp_path / "stats.csv"
    assert stats.write_stats(workspace, out, rows) == len(rows)
    assert _rows(out) == {tuple(r[:4]): r[4] for r in rows}
    assert stats.write_stats(workspace, tmp_path / "again.csv") == len(rows)
    assert (tmp_path / "again.csv").read_bytes() == out.read_bytes()
