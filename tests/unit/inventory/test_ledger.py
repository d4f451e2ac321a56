"""Ledger rules: receipts, FEFO dispensing, transfers, adjustments, write-offs,
reversals, no negative stock (backdated too), bad input, append-only in the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.errors import ClinicDeskError, InvalidInput, PermissionDenied
from clinic_desk.core.inventory import catalogue, ledger, locations, stock
from clinic_desk.core.inventory.models import LedgerEntry
from tests.unit.inventory.conftest import TODAY, receive

D = dt.timedelta


def _ledger_count(inv) -> int:
    with inv.read() as s:
        return s.scalar(select(func.count()).select_from(LedgerEntry))


def _on_hand(inv, loc, code) -> Decimal:
    with inv.read() as s:
        return {r.code: r.quantity for r in stock.on_hand(s, inv.admin, loc)}.get(code, Decimal(0))


def test_fefo_dispense_splits_batches_and_refuses_unusable(inv):
    receive(inv, inv.b1, "AMX-500-CAP", "LATE", 30, TODAY + D(300))
    receive(inv, inv.b1, "AMX-500-CAP", "SOON", 10, TODAY + D(40))
    receive(inv, inv.b1, "AMX-500-CAP", "QUAR", 50, TODAY + D(100))
    with inv.write(inv.admin) as s:
        b = next(x for x in catalogue.list_batches(s, inv.admin, inv.items["AMX-500-CAP"])
                 if x.lot == "QUAR")
        catalogue.set_batch_status(s, inv.admin, b.id, "quarantined", "cold chain")
    with inv.read() as s:
        sug = stock.suggest_fefo(s, inv.promoter, inv.b1, inv.items["AMX-500-CAP"], 15)
    assert [(p.lot, p.quantity) for p in sug.picks] == [("SOON", 10), ("LATE", 5)]
    assert sug.short_dated and [b.lot for b in sug.excluded] == ["QUAR"]
    with inv.write(inv.promoter) as s:
        res = ledger.dispense(s, inv.promoter, inv.b1, inv.items["AMX-500-CAP"], 15,
                              person_id="0b7c9f5e-1111-4222-8333-944455556666",
                              prescriber="Dra. Quispe")
    assert [e.lot for e in res.entries] == ["SOON", "LATE"]
    assert [w.code for w in res.warnings] == ["short_dated"]
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput) as err:
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["AMX-500-CAP"], 26)
    assert err.value.field == "quantity" and "25" in str(err.value)
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput, match="quarantine"):
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["AMX-500-CAP"], 1,
                        batch_id=b.id)


def test_expired_batch_refused_for_dispense_and_written_off(inv):
    receive(inv, inv.b1, "PAR-500-TAB", "OLD", 20, TODAY - D(5), on=TODAY - D(60))
    with inv.read() as s:
        batch = stock.batch_stock(s, inv.promoter, inv.b1)[0]
    assert batch.expired
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput, match="expired"):
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"], 1,
                        batch_id=batch.batch_id)
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput):
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"], 1)
    with inv.write(inv.promoter) as s:
        ledger.write_off_expired(s, inv.promoter, inv.b1, batch.batch_id)
    assert _on_hand(inv, inv.b1, "PAR-500-TAB") == 0


def test_receipt_with_past_expiry_refused_unless_write_off(inv):
    before = _ledger_count(inv)
    with pytest.raises(InvalidInput) as err:
        receive(inv, inv.central, "PAR-500-TAB", "X1", 10, TODAY - D(1))
    assert err.value.field == "expiry"
    assert _ledger_count(inv) == before
    res = receive(inv, inv.central, "PAR-500-TAB", "X1", 10, TODAY - D(1),
                  expired_writeoff=True)
    assert [e.kind for e in res.entries] == ["receipt", "expiry_writeoff"]
    assert [w.code for w in res.warnings] == ["expired_written_off"]
    assert ledger.receipt_warnings(TODAY + D(30)) == ["short_dated"]
    assert ledger.receipt_warnings(TODAY - D(30)) == ["expired"]
    assert ledger.receipt_warnings(TODAY + D(300)) == []


@pytest.mark.parametrize("qty,field_msg", [
    (0, "more than zero"), (-5, "more than zero"), ("2.5", "cannot be split"),
    ("abc", "must be a number"), ("", "must be a number"), (True, "must be a number"),
    ("1.0001", "three decimals"),
])
def test_bad_quantities_save_nothing(inv, qty, field_msg):
    before = _ledger_count(inv)
    with pytest.raises(InvalidInput, match=field_msg) as err:
        receive(inv, inv.central, "PAR-500-TAB", "B1", qty)
    assert err.value.field == "quantity"
    assert _ledger_count(inv) == before


def test_divisible_unit_takes_decimals(inv):
    receive(inv, inv.b1, "CLF-4-TAB", "H1", "10")
    with inv.write(inv.promoter) as s:
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["CLF-4-TAB"], "2,5")
    assert _on_hand(inv, inv.b1, "CLF-4-TAB") == Decimal("7.5")


def test_transfer_creates_both_sides_and_refuses_same_location(inv):
    receive(inv, inv.central, "SRO-1-SAC", "S1", 100)
    with inv.write(inv.keeper) as s:
        res = ledger.transfer(s, inv.keeper, inv.central, inv.b2, inv.items["SRO-1-SAC"], 40)
    kinds = sorted((e.kind, e.location_id, e.quantity) for e in res.entries)
    assert kinds == sorted([("transfer_out", inv.central, -40), ("transfer_in", inv.b2, 40)])
    assert len({e.transfer_id for e in res.entries}) == 1
    with inv.write(inv.keeper) as s, pytest.raises(InvalidInput) as err:
        ledger.transfer(s, inv.keeper, inv.central, inv.central, inv.items["SRO-1-SAC"], 1)
    assert err.value.field == "to_location"
    with inv.write(inv.keeper) as s, pytest.raises(InvalidInput):
        ledger.transfer(s, inv.keeper, inv.central, inv.b2, inv.items["SRO-1-SAC"], 61)
    assert _on_hand(inv, inv.central, "SRO-1-SAC") == 60
    assert _on_hand(inv, inv.b2, "SRO-1-SAC") == 40


def test_adjustments_need_a_valid_reason(inv):
    receive(inv, inv.b1, "IBU-400-TAB", "I1", 50)
    with inv.read() as s:
        batch = stock.batch_stock(s, inv.promoter, inv.b1)[0].batch_id
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput):
        ledger.adjust(s, inv.promoter, inv.b1, batch, 2, "whim")
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput):
        ledger.adjust(s, inv.promoter, inv.b1, batch, 2, "loss", increase=True)
    with inv.write(inv.promoter) as s:
        ledger.adjust(s, inv.promoter, inv.b1, batch, 3, "damage")
        ledger.adjust(s, inv.promoter, inv.b1, batch, 10, "donation", increase=True)
    assert _on_hand(inv, inv.b1, "IBU-400-TAB") == 57
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput):
        ledger.write_off_expired(s, inv.promoter, inv.b1, batch)  # not expired


def test_backdated_dispense_cannot_make_history_negative(inv):
    item = inv.items["PAR-500-TAB"]
    receive(inv, inv.b1, "PAR-500-TAB", "P1", 10, on=TODAY - D(10))
    with inv.write(inv.promoter) as s:
        ledger.dispense(s, inv.promoter, inv.b1, item, 8, on=TODAY - D(5))
    receive(inv, inv.b1, "PAR-500-TAB", "P1", 100, on=TODAY - D(1))
    # 102 on hand today, but only 2 were left between day -5 and day -1
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput, match="Later movements"):
        ledger.dispense(s, inv.promoter, inv.b1, item, 5, on=TODAY - D(7))
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput, match="only"):
        ledger.dispense(s, inv.promoter, inv.b1, item, 11, on=TODAY - D(9))
    with inv.write(inv.promoter) as s:
        ledger.dispense(s, inv.promoter, inv.b1, item, 2, on=TODAY - D(7))  # exactly fits
        ledger.dispense(s, inv.promoter, inv.b1, item, 50)
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput):
        ledger.dispense(s, inv.promoter, inv.b1, item, 1, on=TODAY + D(1))  # future
    with inv.read() as s:
        assert stock.negative_history(s) == []
        assert stock.check_balances(s) == []


def test_reversal_names_the_entry_and_happens_once(inv):
    res = receive(inv, inv.central, "MET-500-TAB", "M1", 100)
    with inv.write(inv.keeper) as s:
        tr = ledger.transfer(s, inv.keeper, inv.central, inv.b1, inv.items["MET-500-TAB"], 30)
    out = next(e for e in tr.entries if e.kind == "transfer_out")
    with inv.write(inv.keeper) as s:
        rev = ledger.reverse(s, inv.keeper, out.id, note="wrong botiquín")
    assert {e.reverses_id for e in rev.entries} == {e.id for e in tr.entries}
    assert _on_hand(inv, inv.central, "MET-500-TAB") == 100
    assert _on_hand(inv, inv.b1, "MET-500-TAB") == 0
    with inv.write(inv.keeper) as s, pytest.raises(InvalidInput, match="already reversed"):
        ledger.reverse(s, inv.keeper, out.id)
    with inv.write(inv.keeper) as s, pytest.raises(InvalidInput, match="cannot itself"):
        ledger.reverse(s, inv.keeper, rev.entries[0].id)
    # a receipt whose stock was already sent on cannot be reversed into negative stock
    with inv.write(inv.keeper) as s:
        ledger.transfer(s, inv.keeper, inv.central, inv.b2, inv.items["MET-500-TAB"], 90)
    with inv.write(inv.keeper) as s, pytest.raises(InvalidInput):
        ledger.reverse(s, inv.keeper, res.entries[0].id)
    with inv.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "stock_entry_reversed")) == 1


def test_ledger_is_append_only_in_the_orm_and_the_database(inv):
    receive(inv, inv.central, "PAR-500-TAB", "A1", 10)
    with pytest.raises(ClinicDeskError, match="append-only"), inv.write(inv.keeper) as s:
        e = s.scalars(select(LedgerEntry)).first()
        e.qty_milli = 5
        s.flush()
    for sql in ("UPDATE inv_ledger SET qty_milli = 1", "DELETE FROM inv_ledger"):
        with pytest.raises(DatabaseError, match="append-only"), inv.ws.db.engine.begin() as c:
            c.execute(text(sql))
    assert _on_hand(inv, inv.central, "PAR-500-TAB") == 10
    # the balance table refuses a negative balance even from raw SQL
    with pytest.raises(DatabaseError), inv.ws.db.engine.begin() as c:
        c.execute(text("UPDATE inv_balances SET qty_milli = -1"))


def test_promoter_acts_only_on_her_botiquin_and_staff_not_at_all(inv):
    receive(inv, inv.central, "PAR-500-TAB", "R1", 100)
    with inv.write(inv.keeper) as s:
        ledger.transfer(s, inv.keeper, inv.central, inv.b2, inv.items["PAR-500-TAB"], 10)
    with inv.write(inv.promoter) as s, pytest.raises(PermissionDenied):
        ledger.dispense(s, inv.promoter, inv.b2, inv.items["PAR-500-TAB"], 1)
    with inv.read() as s, pytest.raises(PermissionDenied):
        stock.on_hand(s, inv.promoter, inv.b2)
    with inv.read() as s:
        assert [x.id for x in locations.list_locations(s, inv.promoter)] == [inv.b1]
        assert len(locations.list_locations(s, inv.admin)) == 3
    with inv.write(inv.staff) as s, pytest.raises(PermissionDenied):
        ledger.dispense(s, inv.staff, inv.b1, inv.items["PAR-500-TAB"], 1)
    with inv.read() as s, pytest.raises(PermissionDenied):
        stock.on_hand(s, inv.staff, inv.b1)
    # an administrator sees every location but moves no stock
    with inv.write(inv.admin) as s, pytest.raises(PermissionDenied):
        ledger.receive(s, inv.admin, inv.b1, inv.items["PAR-500-TAB"], "Z", TODAY + D(99), 1)
    # promoters do not edit the catalogue nor assign people
    with inv.write(inv.promoter) as s, pytest.raises(PermissionDenied):
        catalogue.add_item(s, inv.promoter, code="X", generic_name="X", form="t", unit="u")
    with inv.write(inv.promoter) as s, pytest.raises(PermissionDenied):
        locations.assign(s, inv.promoter, inv.promoter.user_id, inv.b2)


def test_recall_marks_the_lot_everywhere_and_is_audited(inv):
    receive(inv, inv.central, "AZI-500-TAB", "RC1", 100)
    with inv.write(inv.keeper) as s:
        ledger.transfer(s, inv.keeper, inv.central, inv.b1, inv.items["AZI-500-TAB"], 20)
        ledger.transfer(s, inv.keeper, inv.central, inv.b2, inv.items["AZI-500-TAB"], 20)
    with inv.write(inv.admin) as s:
        info, holding = catalogue.recall_lot(s, inv.admin, inv.items["AZI-500-TAB"], "rc1",
                                             "manufacturer recall")
    assert info.status == "recalled" and holding == ["CENTRAL", "HUA-A", "JIC-8"]
    for loc, actor in ((inv.b1, inv.promoter), (inv.central, inv.keeper)):
        with inv.write(actor) as s, pytest.raises(InvalidInput):
            ledger.dispense(s, actor, loc, inv.items["AZI-500-TAB"], 1)
    with inv.write(inv.promoter) as s:  # recalled stock can go back or be written off
        ledger.write_off_expired(s, inv.promoter, inv.b1, info.id)
    with inv.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "batch_recalled")) == 1


def test_catalogue_edit_is_audited_and_validated(inv):
    with inv.write(inv.admin) as s:
        item = catalogue.add_item(s, inv.admin, code="ASA-100", generic_name="Aspirin",
                                  form="tablet", strength="100 mg", unit="tablet",
                                  gtin="07501031311309")
        catalogue.update_item(s, inv.admin, item.id, strength="81 mg")
        assert catalogue.find_by_gtin(s, inv.admin, "7501031311309").id == item.id
    with inv.write(inv.admin) as s, pytest.raises(InvalidInput):
        catalogue.add_item(s, inv.admin, code="asa-100", generic_name="Dup", form="t", unit="u")
    with inv.write(inv.admin) as s, pytest.raises(InvalidInput, match="check digit"):
        catalogue.add_item(s, inv.admin, code="B", generic_name="B", form="t", unit="u",
                           gtin="07501031311308")
    with inv.read() as s:
        actions = list(s.scalars(select(AuditEntry.action)))
    assert "catalogue_item_added" in actions and "catalogue_item_changed" in actions
