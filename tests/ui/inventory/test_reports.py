"""Stocktake with a variance, the stock card of every step, exports, alerts, what a
promoter sees, and the screenshots."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clinic_desk.core.inventory import ledger, planning
from clinic_desk.ui.inventory import InventoryAlertsWidget, InventoryPage, render_inventory_screens
from clinic_desk.ui.inventory.stocktake_view import SheetModel
from clinic_desk.ui.main_window import MainWindow
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


def _pdf_text(path: Path) -> str:
    return subprocess.run(["/usr/bin/pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_stocktake_with_a_variance_then_the_card_shows_every_step(qtbot, page, inv, tmp_path):
    actor = inv.ws.actor
    inv.receive(inv.b1, PARA, "STK1", 100, on=TODAY - dt.timedelta(days=5))
    with inv.ws.db.write(actor.user_id) as s:
        ledger.dispense(s, actor, inv.b1, inv.items[PARA], 10, on=TODAY - dt.timedelta(days=3))
        ledger.transfer(s, actor, inv.b1, inv.b2, inv.items[PARA], 20,
                        on=TODAY - dt.timedelta(days=2))
    view = page.stocktake
    page.show_tab(view)
    assert view.stack.currentIndex() == 1  # the empty state, with its hint
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    model = view.model
    assert model.rowCount() == 1 and model.line_at(0).expected == 70
    assert view.message.kind == "ok"

    # the paper sheet
    task = view.print_sheet(tmp_path / "conteo.pdf")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert "STK1" in _pdf_text(tmp_path / "conteo.pdf")

    counted = model.index(0, SheetModel.COUNTED)
    before = inv.ledger_rows()
    assert not model.setData(counted, "sesenta")  # letters: refused, nothing saved
    assert view.message.text() == "The quantity must be a number."
    assert model.line_at(0).counted is None
    assert not model.setData(counted, "-1")
    assert view.message.text() == "A count cannot be negative."
    assert model.setData(counted, "67")
    assert view.message.kind == ""
    assert model.data(model.index(0, SheetModel.DIFFERENCE)) == "-3"
    assert model.data(model.index(0, SheetModel.STATUS)) == "Reason needed"

    task = view.post()  # a difference without a reason: refused, nothing posted
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert view.message.text() == "Give a reason for the difference in lot STK1."
    assert inv.ledger_rows() == before

    # the reason through the editor a person uses
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(0, SheetModel.REASON))
    view.table.edit(model.index(0, SheetModel.REASON))
    editor = view.table.findChild(type(view.sheets), "reason_editor")
    assert editor is not None
    editor.setCurrentIndex(editor.findData("loss"))
    view.table.commitData(editor)
    view.table.closeEditor(editor, view.table.itemDelegate().EndEditHint.NoHint)
    assert model.line_at(0).reason == "loss"
    assert model.data(model.index(0, SheetModel.REASON)) == "Loss"

    task = view.post()
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert view.message.kind == "ok", view.message.text()
    assert model.sheet.status == "posted"
    assert not model.flags(counted) & Qt.ItemFlag.ItemIsEditable
    e = inv.entries(inv.b1)[-1]
    assert (e.kind, e.qty_milli, e.reason) == ("stocktake", -3000, "loss")
    assert inv.ledger_rows() == before + 1

    # the stock card: every step with its running balance
    page.show_card(inv.items[PARA])
    card = page.card
    kinds = [card.model.data(card.model.index(r, card.model.KIND))
             for r in range(card.model.rowCount())]
    balances = [card.model.data(card.model.index(r, card.model.BALANCE))
                for r in range(card.model.rowCount())]
    assert kinds == ["Receipt", "Dispensed", "Transfer sent", "Stocktake"]
    assert balances == ["100", "90", "70", "67"]
    assert "Jicamarca Anexo 8" in card.model.data(card.model.index(2, card.model.REFERENCE))
    assert "closing balance <b>67</b>" in card.summary.text()

    task = card.export_csv(tmp_path / "kardex.csv")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    text = (tmp_path / "kardex.csv").read_text("utf-8-sig")
    assert text.splitlines()[0].startswith("Date,Movement")
    assert len(text.splitlines()) == 5
    task = card.export_pdf(tmp_path / "kardex.pdf")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    pdf = _pdf_text(tmp_path / "kardex.pdf")
    assert "Stock card" in pdf and "Huaycán Zona A" in pdf and "67" in pdf
    assert card.message.kind == "ok" and "kardex.pdf" in card.message.text()


def test_recount_is_flagged_clearly(qtbot, page, inv):
    inv.receive(inv.b1, PARA, "RC1", 30, on=TODAY - dt.timedelta(days=1))
    view = page.stocktake
    view.new_sheet()
    assert view.model.setData(view.model.index(0, SheetModel.COUNTED), "30")
    actor = inv.ws.actor
    with inv.ws.db.write(actor.user_id) as s:  # someone dispenses while counting
        ledger.dispense(s, actor, inv.b1, inv.items[PARA], 2)
    task = view.post()
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    model = view.model
    assert model.line_at(0).status == "recount"
    assert model.data(model.index(0, SheetModel.STATUS)) == "Count again: stock moved"
    assert model.data(model.index(0, SheetModel.STATUS), Qt.ItemDataRole.DecorationRole)
    assert model.data(model.index(0, SheetModel.ITEM), Qt.ItemDataRole.BackgroundRole)
    assert "Count again" in view.message.text()
    assert view.recount_button.isEnabled()
    qtbot.mouseClick(view.recount_button, Qt.MouseButton.LeftButton)
    assert model.line_at(0).status == "open" and model.line_at(0).expected == 28


def test_monthly_report_and_exports(qtbot, page, inv, tmp_path):
    last = planning.month_start(TODAY, 1)
    inv.receive(inv.b1, PARA, "M1", 300, on=last)
    actor = inv.ws.actor
    with inv.ws.db.write(actor.user_id) as s:
        ledger.dispense(s, actor, inv.b1, inv.items[PARA], 45, on=last + dt.timedelta(days=3))
    view = page.monthly
    page.show_tab(view)
    view.set_month(last.year, last.month)
    m = view.model
    assert m.rowCount() == 1
    assert [m.data(m.index(0, c)) for c in (m.OPENING, m.RECEIPTS, m.CONSUMPTION, m.CLOSING)] \
        == ["0", "300", "45", "255"]
    task = view.export_csv(tmp_path / "m.csv")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert "PAR-500-TAB" in (tmp_path / "m.csv").read_text("utf-8-sig")
    task = view.export_pdf(tmp_path / "m.pdf")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert "Monthly consumption report" in _pdf_text(tmp_path / "m.pdf")
    task = view.export_all_pdf(tmp_path / "all.pdf")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    text = _pdf_text(tmp_path / "all.pdf")
    assert "Huaycán Zona A" in text and "Jicamarca Anexo 8" in text
    view.set_month(2001, 1)
    assert view.stack.currentIndex() == 1  # empty state with a hint


def test_alerts_widget_low_stock_and_expiring(qtbot, inv):
    actor = inv.ws.actor
    inv.receive(inv.b1, PARA, "SOON", 5, TODAY + dt.timedelta(days=40))
    with inv.ws.db.write(actor.user_id) as s:
        planning.set_reorder_level(s, actor, inv.b1, inv.items[PARA], 20)
    w = InventoryAlertsWidget(inv.ws)
    qtbot.addWidget(w)
    kinds = {(a.kind, a.item_name) for a in w.alerts()}
    assert kinds == {("low_stock", "Paracetamol"), ("expiring", "Paracetamol")}
    texts = [w.model.data(w.model.index(r, 0)) for r in range(w.model.rowCount())]
    assert set(texts) == {"Expires soon", "Low stock"}  # words, not colour alone
    assert w.model.data(w.model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert "Lot SOON" in w.model.data(w.model.index(0, w.model.DETAIL))
    w.set_locations([inv.b2])
    assert w.stack.currentIndex() == 1  # no alerts: the hint


def test_promoter_sees_only_her_botiquin(qtbot, promoter_inv):
    inv = promoter_inv
    inv.receive(inv.b1, PARA, "P1", 10)
    p = InventoryPage(inv.ws)
    qtbot.addWidget(p)
    assert p.location_ids() == [inv.b1]
    assert not p.location.isEnabled()
    assert p.catalogue is None
    assert "Catalogue" not in p.tab_titles()
    assert p.stock.model.row_at(0).code == PARA
    dlg = p.stock.transfer()  # she may send anywhere, but only from her botiquín
    assert dlg.location_id == inv.b1
    dlg.reject()


def test_main_window_opens_the_section(qtbot, inv):
    window = MainWindow(inv.ws, autolock_ms=60_000)
    qtbot.addWidget(window)
    window.open_section("stock")
    assert isinstance(window.stack.currentWidget(), InventoryPage)
    window.locker.stop()


def test_render_inventory_screens(qtbot, inv, tmp_path):
    written = render_inventory_screens(inv.ws, tmp_path, botiquines=2, months=3)
    names = {p.name for p in written}
    for name in ("stock", "dispense-dialog", "stocktake", "stock-card", "monthly",
                 "reorder-dialog", "reorder-dialog-refused", "reverse-dialog",
                 "stock-card-reversal", "expiring", "catalogue", "locations"):
        assert f"inventory-{name}.png" in names
    assert all(p.stat().st_size > 5000 for p in written)
