from __future__ import annotations

from clinic_desk.core.demo import DEMO_FILLERS
from clinic_desk.core.inventory import demo, locations, stock


def test_demo_filler_is_registered_and_consistent(workspace):
    assert demo.demo_filler in DEMO_FILLERS
    demo.fill(workspace, botiquines=2, months=2, seed=3)
    with workspace.db.read() as s:
        assert [x.code for x in locations.list_locations(s, workspace.actor)] == [
            "CENTRAL", "HUA-A", "JIC-8"]
        assert stock.check_balances(s) == []
        assert stock.negative_history(s) == []
        assert stock.on_hand(s, workspace.actor, locations.list_locations(
            s, workspace.actor)[1].id)
