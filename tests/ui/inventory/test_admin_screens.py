"""Locations and promoter assignments, reorder levels, reversing an entry from the stock
card, and the expiring lots tab — through the real widgets; bad input shows the core's
message and writes nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid
from sqlalchemy import func, select

from clinic_desk.core.inventory import ledger, locations, planning
from clinic_desk.core.inventory.models import Location, LocationAssignment, ReorderLevel
from clinic_desk.ui.inventory import InventoryPage
from clinic_desk.ui.inventory.common import fmt_date, fmt_qty
from clinic_desk.ui.inventory.expiring_view import ExpiringModel
from clinic_desk.ui.inventory.locations_view import LocationModel, LocationsView
from tests.ui.inventory.conftest import TODAY

PARA = "PAR-500-TAB"
IBU = "IBU-400-TAB"
D = dt.timedelta


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


def _count(inv, model, *where) -> int:
    with inv.ws.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)))


def _pdf_text(path: Path) -> str:
    return subprocess.run(["/usr/bin/pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


# -- locations and assignments ------------------------------------------------------------

def test_add_rename_close_and_reopen_a_botiquin(qtbot, page, inv):
    view = page.locations_view
    assert view is not None and "Locations" in page.tab_titles()
    page.show_tab(view)
    m = view.model
    assert [m.row_at(r).code for r in range(m.rowCount())] == ["CENTRAL", "HUA-A", "JIC-8"]
    assert m.data(m.index(0, LocationModel.KIND)) == "Central store"
    before = _count(inv, Location)

    dlg = view.add_location()
    dlg.code.setText("pac-3")
    dlg.name.setText("   ")
    dlg.submit()  # an empty name: the core's message next to the field, nothing saved
    assert dlg.field_error("name") == "This field is required."
    dlg.name.setText("Pachacámac 3")
    dlg.code.setText("hua-a")
    dlg.submit()
    assert dlg.field_error("code") == "There is already a location with code HUA-A."
    assert dlg.field_error("name") == ""
    assert _count(inv, Location) == before
    dlg.code.setText("pac-3")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dlg))
    assert _count(inv, Location) == before + 1
    assert view.selected().code == "PAC-3" and view.message.text() == "Pachacámac 3 added."
    new_id = view.selected().id
    assert new_id in page.location_ids()  # the botiquín list at the top has it now

    dlg = view.rename_location()
    assert dlg.code.isReadOnly()
    dlg.name.setText("Pachacámac Sector 3")
    dlg.submit()
    qtbot.waitUntil(lambda: _closed(dlg))
    assert view.selected().name == "Pachacámac Sector 3"
    assert page.location.itemText(page.location.findData(new_id)) == "Pachacámac Sector 3"

    # a botiquín that holds stock cannot be closed
    inv.receive(inv.b1, PARA, "CL1", 10)
    view.select_location(inv.b1)
    assert view.close_button.text().replace("&", "") == "Close location"
    assert not view.toggle_active()
    assert view.message.text() == ("Huaycán Zona A still holds stock. Send it to another "
                                   "location or write it off before closing it.")
    assert inv.b1 in page.location_ids()

    view.select_location(new_id)
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert view.message.kind == "ok" and "is closed" in view.message.text()
    assert new_id not in page.location_ids()
    row = m.row_of(new_id)
    assert m.data(m.index(row, LocationModel.STATE)) == "Closed"
    assert view.close_button.text().replace("&", "") == "Reopen location"
    assert view.toggle_active()
    assert new_id in page.location_ids()
    assert m.data(m.index(m.row_of(new_id), LocationModel.STATE)) == "Open"


def test_assign_and_unassign_a_promoter(qtbot, inv):
    ana = inv.ws.add_user("ana", "Ana Huamán", ["promoter"], "otra clave bastante larga")
    inv.ws.add_user("eva", "Eva Educadora", ["staff"], "oficina con llave segura")
    page = InventoryPage(inv.ws)
    qtbot.addWidget(page)
    view = page.locations_view
    view.select_location(inv.b2)
    offered = [view.promoter.itemText(i) for i in range(view.promoter.count())]
    assert offered == ["Ana Huamán (ana)", "Carmen Coordinadora (coord)"]  # promoters only
    assert view.assigned.count() == 0 and not view.unassign_button.isEnabled()
    assert "Nobody is assigned here" in view.people_hint.text()

    def assigned():
        return _count(inv, LocationAssignment, LocationAssignment.location_id == inv.b2,
                      LocationAssignment.deleted.is_(False))

    view.promoter.setCurrentIndex(view.promoter.findData(ana.id))
    qtbot.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Ana Huamán now works at Jicamarca Anexo 8."
    assert assigned() == 1 and view.assigned_ids() == [ana.id]
    assert view.promoter.findData(ana.id) < 0  # not offered twice
    m = view.model
    assert m.data(m.index(m.row_of(inv.b2), LocationModel.PROMOTERS)) == "Ana Huamán"
    with inv.ws.db.read() as s:
        assert locations.assignments(s, inv.ws.actor, inv.b2) == [ana.id]

    view.assigned.setCurrentRow(0)
    assert view.unassign_button.isEnabled()
    qtbot.mouseClick(view.unassign_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Ana Huamán no longer sees Jicamarca Anexo 8."
    assert assigned() == 0 and view.assigned.count() == 0
    assert not view.unassign()  # nothing selected: nothing written
    assert assigned() == 0


def test_a_promoter_has_no_locations_tab(qtbot, promoter_inv):
    page = InventoryPage(promoter_inv.ws)
    qtbot.addWidget(page)
    assert page.locations_view is None and "Locations" not in page.tab_titles()
    view = LocationsView(promoter_inv.ws)  # even if built, it offers nothing to change
    qtbot.addWidget(view)
    assert not view.can_edit and not view.can_assign
    assert [view.model.row_at(r).id for r in range(view.model.rowCount())] == [promoter_inv.b1]
    assert view.add_location() is None


# -- reorder levels -----------------------------------------------------------------------

def test_set_a_reorder_level_from_the_stock_view(qtbot, page, inv):
    inv.receive(inv.b1, PARA, "RL1", 100, on=TODAY - D(60))
    actor = inv.ws.actor
    with inv.ws.db.write(actor.user_id) as s:
        ledger.dispense(s, actor, inv.b1, inv.items[PARA], 60, on=TODAY - D(30))
    stock = page.stock
    stock.select_item(inv.items[PARA])
    assert stock.reorder_button.isVisible() and stock.reorder_button.isEnabled()
    dlg = stock.set_reorder_level()
    assert dlg.item.item().id == inv.items[PARA] and dlg.level.text() == ""
    assert dlg.unit_hint.text() == "tableta" and dlg.months.value() == 3
    assert "On hand: 40 tableta" in dlg.current.text()
    for text, message in (("diez", "The quantity must be a number."),
                          ("-5", "The reorder level cannot be negative."),
                          ("2.5", "A tableta cannot be split: enter a whole number.")):
        dlg.level.setText(text)
        dlg.submit()
        assert dlg.field_error("reorder_level") == message
    assert _count(inv, ReorderLevel) == 0
    dlg.level.setText("50")
    dlg.months.setValue(2)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dlg))
    assert _count(inv, ReorderLevel) == 1
    assert stock.message.text() == "Reorder level saved."
    model = stock.model
    row = model.row_of(inv.items[PARA])
    with inv.ws.db.read() as s:
        plan = next(p for p in planning.plan(s, actor, inv.b1) if p.code == PARA)
    assert plan.reorder_level == 50 and plan.target_months == 2 and plan.suggested_order > 0
    assert model.data(model.index(row, model.REORDER)) == "50"
    assert model.data(model.index(row, model.ORDER)) == fmt_qty(plan.suggested_order)
    assert model.row_at(row).status == "low_stock"

    dlg = stock.set_reorder_level()  # opens with what is saved
    assert dlg.level.text() == "50" and dlg.months.value() == 2
    dlg.months.setValue(6)
    dlg.submit()
    with inv.ws.db.read() as s:
        more = next(p for p in planning.plan(s, actor, inv.b1) if p.code == PARA)
    assert more.suggested_order > plan.suggested_order
    assert model.data(model.index(model.row_of(inv.items[PARA]), model.ORDER)) == \
        fmt_qty(more.suggested_order)


# -- reversal -------------------------------------------------------------------------------

def test_reverse_a_dispensing_from_the_stock_card(qtbot, page, inv):
    inv.receive(inv.b1, PARA, "RV1", 100, on=TODAY - D(3))
    actor = inv.ws.actor
    with inv.ws.db.write(actor.user_id) as s:
        ledger.dispense(s, actor, inv.b1, inv.items[PARA], 10, on=TODAY - D(2))
    page.show_card(inv.items[PARA])
    card = page.card
    m = card.model
    assert m.rowCount() == 2 and card.reverse_button.isVisible()
    card.select_row(1)
    dlg = card.reverse()
    assert dlg.entry.text() == f"Dispensed · 10 tableta out · lot RV1 · " \
        f"{fmt_date(TODAY - D(2))}"
    before = inv.ledger_rows()
    dlg.submit()  # no reason given: refused, nothing written
    assert dlg.field_error("note") == "Say why this entry is reversed."
    assert inv.ledger_rows() == before
    dlg.note.setText("dispensado dos veces")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dlg))
    assert inv.ledger_rows() == before + 1
    assert card.message.kind == "ok" and "Entry reversed" in card.message.text()
    assert m.rowCount() == 3
    assert m.data(m.index(2, m.KIND)) == "Dispensed (reversal)"
    ref = m.data(m.index(2, m.REFERENCE))
    assert f"reverses: Dispensed of {fmt_date(TODAY - D(2))}" in ref
    assert "dispensado dos veces" in ref
    assert f"reversed on {fmt_date(TODAY)}" in m.data(m.index(1, m.REFERENCE))
    assert [m.data(m.index(r, m.BALANCE)) for r in range(3)] == ["100", "90", "100"]
    assert m.data(m.index(2, m.KIND), Qt.ItemDataRole.FontRole).italic()
    e = inv.entries(inv.b1)[-1]
    assert e.reverses_id == m.row_at(1).entry_id and e.note == "dispensado dos veces"
    stock_row = page.stock.model.row_at(page.stock.model.row_of(inv.items[PARA]))
    assert stock_row.on_hand == 100  # the stock tab follows

    # reversed once only; a reversal is never reversed: the core's message, nothing written
    before = inv.ledger_rows()
    card.select_row(1)
    dlg = card.reverse()
    dlg.note.setText("otra vez")
    dlg.submit()
    assert dlg.field_error("entry") == "This entry was already reversed."
    dlg.reject()
    card.select_row(2)
    dlg = card.reverse()
    dlg.note.setText("otra vez")
    dlg.submit()
    assert dlg.field_error("entry") == ("A reversal cannot itself be reversed; record the "
                                        "movement again.")
    dlg.reject()
    assert inv.ledger_rows() == before


def test_reversing_a_transfer_names_it_on_both_cards(qtbot, page, inv):
    inv.receive(inv.b1, PARA, "TR1", 50, on=TODAY - D(1))
    actor = inv.ws.actor
    with inv.ws.db.write(actor.user_id) as s:
        ledger.transfer(s, actor, inv.b1, inv.b2, inv.items[PARA], 20)
    page.show_card(inv.items[PARA])
    card = page.card
    card.select_row(1)
    dlg = card.reverse()
    assert "both locations" in " ".join(w.text() for w in dlg.findChildren(type(dlg.entry)))
    dlg.on.setDate(dlg.on.date().addDays(-5))  # before the transfer: the core says no
    dlg.note.setText("botiquín equivocado")
    before = inv.ledger_rows()
    dlg.submit()
    assert dlg.field_error("on") == "A reversal cannot be dated before the entry it reverses."
    assert inv.ledger_rows() == before
    dlg.on.setDate(dlg.on.date().addDays(5))
    dlg.submit()
    qtbot.waitUntil(lambda: _closed(dlg))
    assert inv.ledger_rows() == before + 2
    page.select_location(inv.b2)
    page.show_card(inv.items[PARA])
    m = card.model
    assert [m.data(m.index(r, m.KIND)) for r in range(m.rowCount())] == [
        "Transfer received", "Transfer received (reversal)"]
    assert m.data(m.index(1, m.BALANCE)) == "0"


# -- expiring lots --------------------------------------------------------------------------

def test_expiring_lots_tab_with_exports(qtbot, page, inv, tmp_path):
    inv.receive(inv.b1, PARA, "SOON", 5, TODAY + D(40))
    inv.receive(inv.b1, IBU, "GONE", 3, TODAY - D(3), on=TODAY - D(30))
    inv.receive(inv.b2, PARA, "LATE", 7, TODAY + D(200))
    view = page.expiring
    page.show_tab(view)
    m = view.model
    assert view.days.value() == 90
    assert [m.row_at(r).lot for r in range(m.rowCount())] == ["GONE", "SOON"]
    assert [m.data(m.index(r, ExpiringModel.STATUS)) for r in range(2)] == [
        "Expired", "Expires soon"]
    assert m.data(m.index(0, ExpiringModel.STATUS), Qt.ItemDataRole.DecorationRole)
    assert m.data(m.index(1, ExpiringModel.LOCATION)) == "Huaycán Zona A"
    assert "already expired, to write off: <b>1</b>" in view.summary.text()
    view.days.setValue(365)
    assert [m.row_at(r).lot for r in range(m.rowCount())] == ["GONE", "SOON", "LATE"]
    view.only_here.setChecked(True)
    assert view.only_here.text().replace("&", "") == "Only Huaycán Zona A"
    assert [m.row_at(r).lot for r in range(m.rowCount())] == ["GONE", "SOON"]
    view.days.setValue(10)
    assert [m.row_at(r).lot for r in range(m.rowCount())] == ["GONE"]
    view.only_here.setChecked(False)
    view.days.setValue(1000)  # the spin box holds it to the core's bound
    assert view.days.value() == 730 and view.message.kind == ""
    view.days.setValue(90)

    task = view.export_csv(tmp_path / "vencer.csv")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    lines = (tmp_path / "vencer.csv").read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("Location,Code,Medicine") and len(lines) == 3
    assert "GONE" in lines[1] and "Expired" in lines[1]
    task = view.export_pdf(tmp_path / "vencer.pdf")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    text = _pdf_text(tmp_path / "vencer.pdf")
    assert "Expiring batches" in text and "SOON" in text and "90 days" in text
    assert view.message.kind == "ok" and "vencer.pdf" in view.message.text()

    view._open_card(1)  # a double-click opens the stock card of that lot's medicine
    assert page.tabs.currentWidget().isAncestorOf(page.card)
    assert page.card.model.card.item_code == PARA
    assert page.card.model.card.location_name == "Huaycán Zona A"


def test_first_botiquin_is_added_from_an_empty_section(qtbot, workspace):
    """An administrator on a new installation lands on Locations, not on a dead end."""
    page = InventoryPage(workspace)
    qtbot.addWidget(page)
    page.show()
    assert page.location_ids() == [] and not page.no_location.isVisible()
    assert page.tabs.currentWidget().isAncestorOf(page.locations_view)
    view = page.locations_view
    assert view.people_stack.currentIndex() == 1  # the hint, not an empty list
    dlg = view.add_location()
    dlg.code.setText("CENTRAL")
    dlg.name.setText("Almacén central")
    dlg.kind.setCurrentIndex(dlg.kind.findData("central"))
    dlg.submit()
    qtbot.waitUntil(lambda: _closed(dlg))
    assert len(page.location_ids()) == 1
    assert page.location.currentText() == "Almacén central (central store)"
