"""Stocktake (variance reasons, recount flag), planning (AMC corrected for stock-out
days, suggested order, alerts), reports (stock card, monthly report, CSV, PDF)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.inventory import ledger, planning, reports, stock, stocktake
from clinic_desk.core.reports import stock_pdf
from tests.unit.inventory.conftest import TODAY, receive

D = dt.timedelta


def _sheet(inv):
    receive(inv, inv.b1, "PAR-500-TAB", "T1", 100)
    receive(inv, inv.b1, "AMX-500-CAP", "T2", 50)
    with inv.write(inv.promoter) as s:
        return stocktake.create_sheet(s, inv.promoter, inv.b1)


def test_stocktake_posts_variances_with_reasons(inv):
    sheet = _sheet(inv)
    par, amx = sorted(sheet.lines, key=lambda x: x.item_code != "PAR-500-TAB")
    assert (par.expected, amx.expected) == (100, 50)
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput, match="number"):
        stocktake.enter_count(s, inv.promoter, sheet.id, par.line_id, "cien")
    with inv.write(inv.promoter) as s:
        stocktake.enter_count(s, inv.promoter, sheet.id, par.line_id, "97")
        stocktake.enter_count(s, inv.promoter, sheet.id, amx.line_id, 50)
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput, match="reason"):
        stocktake.post(s, inv.promoter, sheet.id)
    with inv.write(inv.promoter) as s:
        stocktake.enter_count(s, inv.promoter, sheet.id, par.line_id, 97, "loss")
        res = stocktake.post(s, inv.promoter, sheet.id)
    assert res.posted == 2 and res.recount == [] and len(res.adjustments) == 1
    assert res.adjustments[0].quantity == -3 and res.adjustments[0].kind == "stocktake"
    with inv.read() as s:
        assert stocktake.load_sheet(s, inv.promoter, sheet.id).status == "posted"
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "stocktake_posted")) == 1
        assert stock.check_balances(s) == []


def test_stock_moved_after_the_sheet_flags_recount(inv):
    sheet = _sheet(inv)
    par = next(x for x in sheet.lines if x.item_code == "PAR-500-TAB")
    amx = next(x for x in sheet.lines if x.item_code == "AMX-500-CAP")
    with inv.write(inv.promoter) as s:
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"], 4)
        stocktake.enter_count(s, inv.promoter, sheet.id, par.line_id, 96, "count_error")
        stocktake.enter_count(s, inv.promoter, sheet.id, amx.line_id, 49, "damage")
        res = stocktake.post(s, inv.promoter, sheet.id)
    assert res.recount == [par.line_id] and res.posted == 1
    with inv.write(inv.promoter) as s:
        again = stocktake.recount(s, inv.promoter, sheet.id)
        line = next(x for x in again.lines if x.line_id == par.line_id)
        assert line.expected == 96 and line.counted is None and line.status == "open"
        stocktake.enter_count(s, inv.promoter, sheet.id, par.line_id, 96)
        res = stocktake.post(s, inv.promoter, sheet.id)
    assert res.posted == 1 and not res.adjustments
    with inv.read() as s:
        on = {r.code: r.quantity for r in stock.on_hand(s, inv.promoter, inv.b1)}
    assert on == {"PAR-500-TAB": 96, "AMX-500-CAP": 49}


def test_corrected_amc():
    assert planning.corrected_amc(300, 90, 0) == Decimal("101.33")
    # 30 days without stock: the same consumption over 60 days with stock
    assert planning.corrected_amc(300, 90, 30) == Decimal("152.00")
    assert planning.corrected_amc(0, 90, 90) is None
    assert planning.suggested_order(Decimal("100"), 3, Decimal("120")) == 180
    assert planning.suggested_order(Decimal("10"), 3, Decimal("120")) == 0
    assert planning.months_of_stock(Decimal(150), Decimal(100)) == Decimal("1.5")


def test_amc_counts_stock_out_days_from_the_ledger(inv):
    start = planning.month_start(TODAY, 2)
    receive(inv, inv.b1, "SRO-1-SAC", "O1", 60, on=start)
    with inv.write(inv.promoter) as s:
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["SRO-1-SAC"], 60,
                        on=start + D(9))
    with inv.read() as s:
        a = planning.amc(s, inv.promoter, inv.b1, inv.items["SRO-1-SAC"])
    days = (TODAY - start).days + 1
    assert a.consumed == 60 and a.days == days and a.stockout_days == days - 9
    assert a.amc == planning.corrected_amc(60, days, days - 9)  # 60 in 9 days: 202.67
    with inv.write(inv.promoter) as s:
        planning.set_reorder_level(s, inv.promoter, inv.b1, inv.items["SRO-1-SAC"], 20, 2)
    with inv.read() as s:
        row = next(r for r in planning.plan(s, inv.promoter, inv.b1)
                   if r.code == "SRO-1-SAC")
        kinds = [a.kind for a in planning.alerts(s, inv.promoter)]
    assert row.on_hand == 0 and row.low and row.suggested_order == (a.amc * 2).to_integral_value(
        "ROUND_CEILING")
    assert "out_of_stock" in kinds


def test_alerts_for_low_stock_and_expiry(inv):
    receive(inv, inv.b1, "PAR-500-TAB", "E1", 30, TODAY + D(45))
    receive(inv, inv.b1, "IBU-400-TAB", "E2", 30, TODAY + D(400))
    with inv.write(inv.promoter) as s:
        planning.set_reorder_level(s, inv.promoter, inv.b1, inv.items["IBU-400-TAB"], 40)
    with pytest.raises(InvalidInput), inv.write(inv.promoter) as s:
        planning.set_reorder_level(s, inv.promoter, inv.b1, inv.items["IBU-400-TAB"], "x")
    with inv.read() as s:
        al = planning.alerts(s, inv.promoter)
        narrow = planning.alerts(s, inv.promoter, expiry_days=30)
        exp = reports.expiring_batches(s, inv.admin, within_days=90)
    assert [(a.kind, a.lot) for a in al] == [("expiring", "E1"), ("low_stock", None)]
    assert [a.kind for a in narrow] == ["low_stock"]
    assert [(r.lot, r.days_to_expiry) for r in exp] == [("E1", 45)]


def _month_fixture(inv):
    first = planning.month_start(TODAY, 1)  # last month
    receive(inv, inv.central, "PAR-500-TAB", "C1", 1000, on=first - D(20))
    with inv.write(inv.keeper) as s:
        ledger.transfer(s, inv.keeper, inv.central, inv.b1, inv.items["PAR-500-TAB"], 100,
                        on=first - D(10))
        ledger.transfer(s, inv.keeper, inv.central, inv.b1, inv.items["PAR-500-TAB"], 200,
                        on=first + D(3))
    with inv.write(inv.promoter) as s:
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"], 30, on=first - D(2))
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"], 50, on=first + D(5))
        batch = stock.batch_stock(s, inv.promoter, inv.b1)[0].batch_id
        ledger.adjust(s, inv.promoter, inv.b1, batch, 5, "loss", on=first + D(6))
        ledger.adjust(s, inv.promoter, inv.b1, batch, 2, "correction", increase=True,
                      on=first + D(7))
        ledger.dispense(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"], 7)  # this month
    return first


def test_monthly_report_and_stock_card(inv, tmp_path):
    first = _month_fixture(inv)
    with inv.read() as s:
        rep = reports.monthly_report(s, inv.promoter, inv.b1, first.year, first.month)
        card = reports.stock_card(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"])
        window = reports.stock_card(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"],
                                    start=first)
        all_reps = reports.monthly_reports(s, inv.admin, first.year, first.month)
    row = rep.rows[0]
    assert (row.opening, row.receipts, row.consumption, row.losses, row.adjustments,
            row.closing) == (70, 200, 50, 5, 2, 217)
    assert row.opening + row.receipts - row.consumption - row.transfers_out - row.losses \
        + row.adjustments == row.closing
    assert row.amc is not None and row.months_of_stock is not None
    assert [r.location_code for r in all_reps] == ["HUA-A", "JIC-8"]
    assert [r.balance for r in card.rows] == [100, 70, 270, 220, 215, 217, 210]
    assert window.opening == 70 and window.rows[0].balance == 270
    # CSV: UTF-8 with BOM, Spanish headings, the same numbers
    path = reports.monthly_report_csv(rep, tmp_path / "mensual.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0][:6] == ["Código", "Medicamento", "Concentración", "Forma", "Unidad",
                            "Saldo anterior"]
    assert lines[1][:1] == ["PAR-500-TAB"] and lines[1][5:12] == ["70", "200", "50", "0", "5",
                                                                 "2", "217"]
    card_csv = reports.stock_card_csv(card, tmp_path / "kardex.csv", lang="en")
    rows = list(csv.reader(card_csv.read_bytes().decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "Date" and [r[7] for r in rows[1:]] == ["100", "70", "270", "220",
                                                                 "215", "217", "210"]
    assert rows[2][9] == "" and rows[1][8] == "Almacén central"
    many = reports.monthly_report_csv(all_reps, tmp_path / "todos.csv")
    assert "Jicamarca" not in many.read_text(encoding="utf-8-sig")  # JIC-8 had no rows
    exp = reports.expiring_csv([], tmp_path / "vencer.csv")
    assert exp.read_text(encoding="utf-8-sig").startswith("Ubicación,")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_pdfs_read_back(inv, tmp_path):
    first = _month_fixture(inv)
    with inv.read() as s:
        rep = reports.monthly_report(s, inv.promoter, inv.b1, first.year, first.month)
        card = reports.stock_card(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"])
    with inv.write(inv.promoter) as s:
        sheet = stocktake.create_sheet(s, inv.promoter, inv.b1)

    def read(path):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout

    text = read(stock_pdf.write_monthly(rep, tmp_path / "m.pdf", site="Casa"))
    assert "Informe mensual de consumo" in text and "Huaycán Zona A" in text
    assert "PAR-500-TAB" in text and "217" in text
    text = read(stock_pdf.write_stock_card(card, tmp_path / "k.pdf", lang="en"))
    assert "Stock card" in text and "Paracetamol" in text and "Transfer in" in text
    text = read(stock_pdf.write_count_sheet(sheet, tmp_path / "c.pdf"))
    assert "Hoja de conteo" in text and "210" in text and "C1" in text
    text = read(stock_pdf.write_count_sheet(sheet, tmp_path / "b.pdf", blind=True))
    assert "210" not in text
    assert oct((tmp_path / "m.pdf").stat().st_mode & 0o777) == "0o600"
