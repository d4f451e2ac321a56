"""Property: any sequence of movements, valid or not, backdated or not, never leaves a
negative running balance, and the balance table always equals the ledger's replay."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.inventory import ledger, stock
from tests.unit.inventory.conftest import TODAY

ITEMS = ("PAR-500-TAB", "CLF-4-TAB")
op = st.tuples(
    st.sampled_from(["receive", "dispense", "transfer", "adjust", "reverse", "writeoff"]),
    st.sampled_from(ITEMS),
    st.sampled_from(["central", "b1", "b2"]),
    st.one_of(st.integers(-3, 40), st.sampled_from(["2.5", "x", "0"])),
    st.integers(0, 30),  # days back
    st.sampled_from(["L1", "L2", "L3"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=st.lists(op, min_size=1, max_size=25))
def test_random_movements_never_go_negative(inv, ops):
    actor = inv.keeper.__class__(inv.keeper.user_id, "almacen", "Alma", frozenset(
        {"admin", "promoter"}))  # every location
    locs = {"central": inv.central, "b1": inv.b1, "b2": inv.b2}
    entries: list[str] = []
    for kind, code, where, qty, back, lot in ops:
        on = TODAY - dt.timedelta(days=back)
        loc, item = locs[where], inv.items[code]
        expiry = TODAY + dt.timedelta(days={"L1": 20, "L2": 200, "L3": 400}[lot])
        try:
            with inv.write(actor) as s:
                if kind == "receive":
                    r = ledger.receive(s, actor, loc, item, f"{code}-{lot}", expiry, qty, on=on)
                elif kind == "dispense":
                    r = ledger.dispense(s, actor, loc, item, qty, on=on)
                elif kind == "transfer":
                    dst = inv.b1 if loc != inv.b1 else inv.b2
                    r = ledger.transfer(s, actor, loc, dst, item, qty, on=on)
                elif kind == "adjust":
                    batches = stock.batches_at(s, loc, item)
                    if not batches:
                        continue
                    r = ledger.adjust(s, actor, loc, batches[0].batch_id, qty, "loss", on=on)
                elif kind == "writeoff":
                    batches = stock.batches_at(s, loc, item)
                    if not batches:
                        continue
                    r = ledger.write_off_expired(s, actor, loc, batches[0].batch_id, qty, on=on)
                else:
                    if not entries:
                        continue
                    r = ledger.reverse(s, actor, entries[qty % len(entries)
                                                         if isinstance(qty, int) else 0],
                                       note="property test")
                entries += [e.id for e in r.entries]
        except InvalidInput:
            pass
        with inv.read() as s:
            assert stock.check_balances(s) == []
            assert stock.negative_history(s) == []
