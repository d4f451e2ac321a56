"""Receive, dispense (FEFO), transfer, adjust and refuse bad input — through the real
dialogs of the Botiquines section."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from clinic_desk.core.inventory import catalogue, stock
from clinic_desk.ui.inventory import InventoryPage
from clinic_desk.ui.inventory.common import from_qdate, to_qdate
from clinic_desk.ui.inventory.dispense_dialog import DispenseDialog
from clinic_desk.ui.inventory.receive_dialog import ReceiveDialog
from clinic_desk.ui.inventory.transfer_dialog import TransferDialog
from tests.ui.inventory.conftest import TODAY

PARA = "PAR-500-TAB"


@pytest.fixture
def page(qtbot, inv):
    p = InventoryPage(inv.ws)
    qtbot.addWidget(p)
    p.resize(1136, 700)
    p.show()
    p.select_location(inv.b1)
    return p


def _closed(widget) -> bool:
    return not isValid(widget) or not widget.isVisible()


def _on_hand(inv, location, code) -> Decimal:
    with inv.ws.db.read() as s:
        return stock.item_on_hand_milli(s, location, inv.items[code]) / Decimal(1000)


def _type(qtbot, widget, text) -> None:
    """Type like a person (QTest types ASCII only; the rest is inserted)."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def test_receive_a_batch(qtbot, page, inv):
    dlg = page.stock.receive()
    assert isinstance(dlg, ReceiveDialog) and dlg.isVisible()
    assert dlg.item.select(inv.items[PARA])
    _type(qtbot, dlg.lot, "l2405a")
    dlg.expiry.setDate(to_qdate(TODAY + dt.timedelta(days=500)))
    _type(qtbot, dlg.quantity, "200")
    _type(qtbot, dlg.source, "Almacén central")
    assert dlg.unit_hint.text() == "tableta"
    before = inv.ledger_rows()
    qtbot.keyClick(dlg.quantity, Qt.Key.Key_Return)  # Enter submits
    qtbot.waitUntil(lambda: _closed(dlg))
    assert inv.ledger_rows() == before + 1
    entry = inv.entries(inv.b1)[-1]
    assert (entry.kind, entry.qty_milli, entry.source) == ("receipt", 200_000, "Almacén central")
    assert _on_hand(inv, inv.b1, PARA) == 200
    row = page.stock.selected()
    assert row is not None and row.code == PARA and row.on_hand == 200
    assert page.stock.model.data(page.stock.model.index(page.stock.model.row_of(row.item_id),
                                                        page.stock.model.ON_HAND)) == "200"
    assert page.stock.batches.row_at(0).lot == "L2405A"
    assert page.stock.message.kind == "ok"


def _gtin(body: str) -> str:
    return body + str(catalogue.gtin_check_digit(body))


def test_gs1_scan_fills_item_lot_and_expiry(qtbot, page, inv):
    gtin = _gtin("0775123456789")
    with inv.ws.db.write(inv.ws.actor.user_id) as s:
        catalogue.update_item(s, inv.ws.actor, inv.items["AMX-500-CAP"], gtin=gtin)
    dlg = page.stock.receive()
    assert dlg.focusWidget() is dlg.barcode  # ready for the scanner
    qtbot.keyClicks(dlg.barcode, f"(01){gtin}(17)281200(10)AMX77")
    qtbot.keyClick(dlg.barcode, Qt.Key.Key_Return)
    assert dlg.isVisible()  # Enter in the barcode field does not submit
    assert dlg.item.item() is not None and dlg.item.item().code == "AMX-500-CAP"
    assert dlg.lot.text() == "AMX77"
    assert from_qdate(dlg.expiry.date()) == dt.date(2028, 12, 31)  # day 00: end of month
    assert dlg.focusWidget() is dlg.quantity
    # the raw form a scanner types, with the GS separator (Ctrl+])
    dlg.lot.clear()
    qtbot.keyClicks(dlg.barcode, f"01{gtin}17290615")
    qtbot.keyClicks(dlg.barcode, "10LOTE9")
    qtbot.keyClick(dlg.barcode, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dlg.barcode, "21SER1")
    qtbot.keyClick(dlg.barcode, Qt.Key.Key_Return)
    assert dlg.lot.text() == "LOTE9"
    assert from_qdate(dlg.expiry.date()) == dt.date(2029, 6, 15)
    # a code nobody knows: said next to the field, nothing filled
    qtbot.keyClicks(dlg.barcode, "(01)" + _gtin("0000000000001"))
    qtbot.keyClick(dlg.barcode, Qt.Key.Key_Return)
    assert "No medicine in the catalogue has this code" in dlg.field_error("barcode")
    dlg.reject()


def test_dispense_suggests_and_uses_the_earliest_expiry(qtbot, page, inv):
    inv.receive(inv.b1, PARA, "LATE", 100, TODAY + dt.timedelta(days=700))
    inv.receive(inv.b1, PARA, "EARLY", 30, TODAY + dt.timedelta(days=200))
    page.stock.refresh()
    page.stock.select_item(inv.items[PARA])
    dlg = page.stock.dispense()
    assert isinstance(dlg, DispenseDialog)
    assert dlg.item.item().code == PARA  # the selected row
    _type(qtbot, dlg.quantity, "40")
    dlg.update_plan()
    assert dlg.suggested_lots() == [("EARLY", Decimal(30)), ("LATE", Decimal(10))]
    assert dlg.plan_table.item(0, 0).text() == "EARLY"
    assert "Available to dispense: 130" in dlg.plan_hint.text()
    _type(qtbot, dlg.prescriber, "Obst. Rojas")
    before = inv.ledger_rows()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dlg))
    assert inv.ledger_rows() == before + 2
    taken = {(e.kind, e.qty_milli, e.prescriber) for e in inv.entries(inv.b1)[-2:]}
    assert taken == {("dispense", -30_000, "Obst. Rojas"), ("dispense", -10_000, "Obst. Rojas")}
    with inv.ws.db.read() as s:
        left = {b.lot: b.quantity for b in stock.batches_at(s, inv.b1, inv.items[PARA])}
    assert left == {"LATE": 90}
    assert page.stock.selected().on_hand == 90


def test_transfer_between_two_botiquines(qtbot, page, inv):
    inv.receive(inv.b1, PARA, "T1", 50)
    page.stock.select_item(inv.items[PARA])
    dlg = page.stock.transfer()
    assert isinstance(dlg, TransferDialog)
    dlg.select_destination(inv.b2)
    _type(qtbot, dlg.quantity, "20")
    assert "On hand here: 50" in dlg.available.text()
    before = inv.ledger_rows()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dlg))
    assert inv.ledger_rows() == before + 2
    assert _on_hand(inv, inv.b1, PARA) == 30
    assert _on_hand(inv, inv.b2, PARA) == 20
    out, inn = inv.entries()[-2:]
    assert (out.kind, inn.kind) == ("transfer_out", "transfer_in")
    assert out.transfer_id == inn.transfer_id
    page.select_location(inv.b2)
    assert page.stock.model.row_at(0).on_hand == 20


@pytest.mark.parametrize(("text", "message"), [
    ("0", "The quantity must be more than zero."),
    ("-3", "The quantity must be more than zero."),
    ("abc", "The quantity must be a number."),
    ("2.5", "A tableta cannot be split: enter a whole number."),
    ("500", "Only 50 tableta of Paracetamol can be dispensed at Huaycán Zona A."),
])
def test_bad_dispense_quantity_is_refused_next_to_the_field(qtbot, page, inv, text, message):
    inv.receive(inv.b1, PARA, "B1", 50)
    page.stock.select_item(inv.items[PARA])
    dlg = page.stock.dispense()
    _type(qtbot, dlg.quantity, text)
    before = inv.ledger_rows()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.field_error("quantity") == message
    assert dlg.errors["quantity"].isVisible()
    assert dlg.isVisible() and dlg.quantity.text() == text
    assert inv.ledger_rows() == before
    assert _on_hand(inv, inv.b1, PARA) == 50


def test_bad_receipt_and_transfer_are_refused(qtbot, page, inv):
    inv.receive(inv.b1, PARA, "B1", 50)
    before = inv.ledger_rows()
    dlg = page.stock.receive()
    dlg.item.select(inv.items[PARA])
    _type(qtbot, dlg.lot, "X1")
    _type(qtbot, dlg.quantity, "diez")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.field_error("quantity") == "The quantity must be a number."
    _type(qtbot, dlg.quantity, "10")
    dlg.expiry.setDate(to_qdate(TODAY - dt.timedelta(days=3)))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert "It can only be recorded as an expiry write-off." in dlg.field_error("expiry")
    assert dlg.field_error("quantity") == ""
    dlg.reject()
    dlg = page.stock.receive()
    _type(qtbot, dlg.quantity, "10")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.field_error("item") == "Choose a medicine from the list."
    dlg.reject()
    assert inv.ledger_rows() == before

    page.stock.select_item(inv.items[PARA])
    dlg = page.stock.transfer()
    dlg.select_destination(inv.b1)  # the same botiquín
    _type(qtbot, dlg.quantity, "5")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.field_error("to_location") == "A transfer needs two different locations."
    dlg.select_destination(inv.b2)
    _type(qtbot, dlg.quantity, "51")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.field_error("quantity").startswith("Only 50 tableta of Paracetamol")
    assert dlg.field_error("to_location") == ""
    dlg.reject()
    assert inv.ledger_rows() == before


def test_adjust_a_loss(qtbot, page, inv):
    inv.receive(inv.b1, PARA, "ADJ", 40)
    page.stock.select_item(inv.items[PARA])
    dlg = page.stock.adjust()
    dlg.select_action("damage")
    _type(qtbot, dlg.quantity, "4")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dlg))
    e = inv.entries(inv.b1)[-1]
    assert (e.kind, e.reason, e.qty_milli) == ("adjustment", "damage", -4000)
    dlg = page.stock.adjust()
    dlg.select_action("damage")
    _type(qtbot, dlg.quantity, "99")
    before = inv.ledger_rows()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert "Only 36 tableta of lot ADJ are on hand" in dlg.field_error("quantity")
    assert inv.ledger_rows() == before
    dlg.reject()
