"""The import report as PDF (read back with pdftotext): figures per kind of record and
site, the comparison of this office's copy with each site, and gaps."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from clinic_desk.core.errors import NotWritable
from clinic_desk.core.exchange import digest, export, import_
from clinic_desk.core.reports.import_report_pdf import render_import_report, write_import_report_pdf
from tests.integration.exchange.test_bundles import _fill


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_report_pdf_has_the_figures_the_comparison_and_the_coverage(net, tmp_path):
    _fill(net)
    ra = export.export_bundle(net.a, net.root)
    rb = export.export_bundle(net.b, net.root)
    reports = import_.import_bundles(net.centre, [ra.path, rb.path], trust_new_site=True)
    ranges = import_.coverage(net.centre)
    assert ranges == {"HUAYCAN-01": [(1, ra.to_seq)], "JICAMARCA-02": [(1, rb.to_seq)]}
    out = tmp_path / "report.pdf"
    assert write_import_report_pdf(out, reports, lang="en", office="CENTRO",
                                   coverage=ranges) == out
    assert out.stat().st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    text = _text(out)
    assert "Import report" in text and "Office: CENTRO" in text
    for r in reports:
        assert f"Site {r.site_code}" in text and r.bundle in text
        assert f"Your copy of site {r.site_code} equals the site." in text
    a = next(r for r in reports if r.site_code == "HUAYCAN-01")
    ledger = a.tables["inv_ledger"]
    assert any(line.split()[:2] == ["inv_ledger", str(ledger.new)] for line in text.splitlines())
    t = a.totals
    assert any(line.split() == ["Total", str(t.new), str(t.updated), str(t.unchanged),
                                str(t.conflicts)] for line in text.splitlines())
    assert "Changes received from each site" in text
    assert f"1..{ra.to_seq}" in text and "none" in text
    assert "Marisol" not in text and "Condorcanqui" not in text  # figures only


def test_report_pdf_names_differing_tables_and_gaps_in_spanish(tmp_path):
    report = import_.ImportReport("X-1.cdbundle", "site-id", "HUAYCAN-01", False, 10, 20,
                                  dry_run=True)
    report.tables["people"] = import_.TableReport(new=2, updated=1)
    report.state = digest.Comparison(True, ["people", "services_given"],
                                     {"people": (5, 4), "services_given": (3, 2)})
    data = render_import_report([report], lang="es", coverage={
        "HUAYCAN-01": [(1, 10), (15, 20)], "JICAMARCA-02": [(3, 7)]})
    out = tmp_path / "r.pdf"
    out.write_bytes(data)
    text = _text(out)
    assert "Vista previa: no se cambió nada" in text
    assert "Su copia de la sede HUAYCAN-01 difiere de la sede en 2 tabla(s):" in text
    assert "people: 5 filas en la sede, 4 aquí" in text
    assert "11..14" in text and "1..2" in text  # the holes in what was received
    # a bundle kept until an earlier one arrives: listed, and the gap is before it
    out.write_bytes(render_import_report([report], lang="en", coverage={
        "HUAYCAN-01": [(1, 100)]}, waiting={"HUAYCAN-01": [(115, 134)],
                                             "CHOSICA-03": [(40, 60)]}))
    rows = {line.split()[0]: line.split()[1:] for line in _text(out).splitlines()
            if line.strip().startswith(("HUAYCAN-01", "CHOSICA-03"))}
    assert rows["HUAYCAN-01"] == ["1..100", "115..134", "101..114"]
    assert rows["CHOSICA-03"] == ["—", "40..60", "1..39"]
    older = import_.ImportReport("Y.cdbundle", "s", "B", True, 0, 3, False,
                                 state=digest.Comparison(False, reason="older bundle"))
    held = import_.ImportReport("Z.cdbundle", "s", "B", False, 9, 12, False, gap=(4, 9),
                                held=True)
    later = import_.ImportReport("Z.cdbundle", "s", "B", False, 9, 12, False,
                                 kept_since="2026-11-20T09:30:00+00:00")
    out.write_bytes(render_import_report([older, held, later], lang="en"))
    text = " ".join(_text(out).split())
    assert "not compared: a later bundle was imported already" in text
    assert "Gap: changes 5..9 of this site are missing." in text
    assert "This bundle is kept and will be applied by itself once those changes" in text
    assert "Kept since 2026-11-20 09:30 until the changes before it arrived" in text


def test_waiting_ranges_list_the_kept_bundles(net):
    _fill(net, small_inventory=False)
    export.export_bundle(net.a, net.root)
    from tests.integration.exchange.conftest import add_person

    add_person(net.a, ("Nueva", "Persona", None), central=True)
    second = export.export_bundle(net.a, net.root)
    import_.import_bundles(net.centre, [second.path], trust_new_site=True)
    assert import_.waiting_ranges(net.centre) == {
        "HUAYCAN-01": [(second.from_seq + 1, second.to_seq)]}


def test_report_pdf_to_a_missing_or_full_destination(tmp_path, monkeypatch):
    with pytest.raises(NotWritable):  # the stick was pulled out: its folder is gone
        write_import_report_pdf(tmp_path / "gone" / "r.pdf", [], lang="en")
    out = tmp_path / "r.pdf"
    out.write_bytes(b"the old report")
    import clinic_desk.core.reports.import_report_pdf as mod

    real = mod.atomic_writer

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            self.fh.write(data[:100])
            raise OSError(28, "No space left on device")

    import contextlib

    @contextlib.contextmanager
    def full_writer(path):
        with real(path) as fh:
            yield Full(fh)

    monkeypatch.setattr(mod, "atomic_writer", full_writer)
    with pytest.raises(NotWritable):
        write_import_report_pdf(out, [], lang="en")
    assert out.read_bytes() == b"the old report"  # the old file, never half a new one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]
