"""Additions for the administration screens: closing a location that holds stock, the
note a reversal needs, the bounds and words of the expiring batches report, its PDF."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import func, select

from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.inventory import ledger, locations, reports
from clinic_desk.core.inventory.models import LedgerEntry, Location
from clinic_desk.core.reports import stock_pdf
from tests.unit.inventory.conftest import TODAY, receive

D = dt.timedelta


def _ledger_rows(inv) -> int:
    with inv.read() as s:
        return int(s.scalar(select(func.count()).select_from(LedgerEntry)))


def test_a_location_with_stock_cannot_be_closed(inv):
    receive(inv, inv.b1, "PAR-500-TAB", "CL1", 10)
    with inv.write(inv.admin) as s, pytest.raises(InvalidInput, match="still holds stock"):
        locations.update_location(s, inv.admin, inv.b1, name="Otro nombre", active=False)
    with inv.read() as s:
        loc = s.get(Location, inv.b1)
        assert loc.active and loc.name == "Huaycán Zona A"  # nothing changed
    with inv.write(inv.admin) as s:  # renaming alone is fine
        assert locations.update_location(s, inv.admin, inv.b1,
                                         name="Huaycán Zona A (alta)").name == \
            "Huaycán Zona A (alta)"
    with inv.write(inv.admin) as s:  # an empty one closes and reopens
        closed = locations.update_location(s, inv.admin, inv.b2, active=False)
        assert not closed.active
        assert locations.update_location(s, inv.admin, inv.b2, active=True).active
    with inv.write(inv.promoter) as s, pytest.raises(PermissionDenied):
        locations.update_location(s, inv.promoter, inv.b1, active=False)


def test_a_reversal_needs_a_note(inv):
    res = receive(inv, inv.b1, "PAR-500-TAB", "RN1", 20)
    entry = res.entries[0].id
    before = _ledger_rows(inv)
    for note in (None, "", "   "):
        with inv.write(inv.promoter) as s, pytest.raises(InvalidInput, match="Say why"):
            ledger.reverse(s, inv.promoter, entry, note=note)
    assert _ledger_rows(inv) == before
    with inv.write(inv.promoter) as s:
        rev = ledger.reverse(s, inv.promoter, entry, note="lote equivocado")
    assert rev.entries[0].reverses_id == entry
    assert _ledger_rows(inv) == before + 1
    # an entry already reversed says so, even with no note given
    with inv.write(inv.promoter) as s, pytest.raises(InvalidInput, match="already reversed"):
        ledger.reverse(s, inv.promoter, entry)


def test_expiring_report_bounds_and_status_words(inv, tmp_path):
    receive(inv, inv.b1, "PAR-500-TAB", "EX1", 5, TODAY + D(20))
    receive(inv, inv.b1, "IBU-400-TAB", "EX0", 3, TODAY - D(3), on=TODAY - D(30))
    with inv.read() as s:
        for bad in (0, -5, 731, "90", True):
            with pytest.raises(InvalidInput, match="between 1 and 730"):
                reports.expiring_batches(s, inv.admin, within_days=bad)
        rows = reports.expiring_batches(s, inv.admin, within_days=30)
    assert [(r.lot, reports.expiring_state(r)) for r in rows] == [("EX0", "expired"),
                                                                   ("EX1", "usable")]
    path = reports.expiring_csv(rows, tmp_path / "v.csv")
    lines = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert [ln[7] for ln in lines[1:]] == ["Vencido", "Utilizable"]
    path = reports.expiring_csv(rows, tmp_path / "e.csv", lang="en")
    assert "Expired" in path.read_text(encoding="utf-8-sig")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_expiring_pdf_reads_back(inv, tmp_path):
    receive(inv, inv.b1, "PAR-500-TAB", "PDF1", 5, TODAY + D(20))
    with inv.read() as s:
        rows = reports.expiring_batches(s, inv.admin, within_days=90)

    def read(path):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout

    text = read(stock_pdf.write_expiring(rows, 90, tmp_path / "v.pdf", site="Casa"))
    assert "Lotes por vencer" in text and "PDF1" in text and "Huaycán Zona A" in text
    assert "90 días" in text
    text = read(stock_pdf.write_expiring([], 30, tmp_path / "none.pdf", lang="en"))
    assert "Expiring batches" in text and "No lot expires" in text


def test_a_reorder_level_cannot_be_negative(inv):
    from clinic_desk.core.inventory import planning
    from clinic_desk.core.inventory.models import ReorderLevel

    for bad, message in (("-3", "cannot be negative"), ("tres", "must be a number"),
                         ("1.5", "cannot be split")):
        with inv.write(inv.promoter) as s, pytest.raises(InvalidInput, match=message):
            planning.set_reorder_level(s, inv.promoter, inv.b1, inv.items["PAR-500-TAB"], bad)
    with inv.read() as s:
        assert s.scalar(select(func.count()).select_from(ReorderLevel)) == 0
