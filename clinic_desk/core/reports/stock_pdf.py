"""Inventory PDFs: the stock card, the monthly consumption report, the count sheet and
the expiring batches.

Rendered in memory with reportlab (A4, landscape for the wide tables), then written
atomically (clinic_desk.core.atomic). Spanish by default, English with lang="en".
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from clinic_desk.core.atomic import atomic_write_bytes
from clinic_desk.core.inventory.quantities import fmt
from clinic_desk.core.inventory.reports import (
    HEADERS,
    ExpiringRow,
    MonthlyReport,
    StockCard,
    expiring_rows,
    monthly_rows,
    stock_card_rows,
)
from clinic_desk.core.inventory.stocktake import Sheet

ACCENT = colors.HexColor("#5b3f8c")
GRID = colors.HexColor("#bbbbbb")
ZEBRA = colors.HexColor("#f3f0f8")

TEXT = {
    "es": {
        "card": "Tarjeta de control visible (kárdex)", "monthly": "Informe mensual de consumo",
        "count": "Hoja de conteo de inventario", "location": "Ubicación", "item": "Producto",
        "unit": "Unidad", "period": "Periodo", "opening": "Saldo inicial",
        "closing": "Saldo final", "printed": "Impreso", "all": "todo", "page": "Página",
        "counted_on": "Fecha del conteo", "expected": "Saldo en sistema", "counted": "Contado",
        "difference": "Diferencia", "reason": "Motivo", "lot": "Lote", "expiry": "Vence",
        "medicine": "Medicamento", "code": "Código", "sign": "Contó: ____________________   "
        "Revisó: ____________________", "none": "Sin movimientos.",
        "expiring": "Lotes por vencer", "within": "Vencen en los próximos {days} días "
        "(incluye los ya vencidos)", "locations": "Ubicaciones",
        "no_expiring": "Ningún lote vence en ese plazo.",
    },
    "en": {
        "card": "Stock card", "monthly": "Monthly consumption report",
        "count": "Stocktake count sheet", "location": "Location", "item": "Item",
        "unit": "Unit", "period": "Period", "opening": "Opening balance",
        "closing": "Closing balance", "printed": "Printed", "all": "all", "page": "Page",
        "counted_on": "Count date", "expected": "Expected", "counted": "Counted",
        "difference": "Difference", "reason": "Reason", "lot": "Lot", "expiry": "Expiry",
        "medicine": "Medicine", "code": "Code", "sign": "Counted by: ____________________   "
        "Checked by: ____________________", "none": "No movements.",
        "expiring": "Expiring batches", "within": "Expiring within the next {days} days "
        "(expired ones included)", "locations": "Locations",
        "no_expiring": "No lot expires within that time.",
    },
}


def _t(lang: str) -> dict[str, str]:
    return TEXT.get(lang, TEXT["es"])


def _doc(buf: io.BytesIO, title: str, wide: bool) -> SimpleDocTemplate:
    size = landscape(A4) if wide else A4
    return SimpleDocTemplate(buf, pagesize=size, leftMargin=12 * mm, rightMargin=12 * mm,
                             topMargin=14 * mm, bottomMargin=14 * mm, title=title,
                             author="Clinic Desk", invariant=1)


def _footer(lang: str, site: str | None):
    def draw(canvas, doc) -> None:  # noqa: ANN001 - reportlab callback
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        left = f"Clinic Desk · {site}" if site else "Clinic Desk"
        canvas.drawString(doc.leftMargin, 8 * mm, left)
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 8 * mm,
                               f"{_t(lang)['page']} {doc.page}")
        canvas.restoreState()
    return draw


def _table(header: Sequence[str], rows: list[list[str]], widths: list[float] | None = None,
           right_from: int = 0) -> Table:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=7.5, leading=9)
    head = styles["BodyText"].clone("head", fontSize=7.5, leading=9, textColor=colors.white,
                                    fontName="Helvetica-Bold")
    data = [[Paragraph(h, head) for h in header]]
    data += [[Paragraph(_esc(v), cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table


def _esc(value: object) -> str:
    return (str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _head(story: list, title: str, lines: list[str]) -> None:
    styles = getSampleStyleSheet()
    story.append(Paragraph(_esc(title), styles["Title"].clone("t", fontSize=15,
                                                              textColor=ACCENT)))
    for line in lines:
        story.append(Paragraph(line, styles["BodyText"].clone("b", fontSize=9)))
    story.append(Spacer(1, 4 * mm))


def render_stock_card(card: StockCard, lang: str = "es", site: str | None = None,
                      printed: dt.date | None = None) -> bytes:
    t = _t(lang)
    buf = io.BytesIO()
    doc = _doc(buf, t["card"], wide=True)
    period = (f"{card.start.isoformat() if card.start else t['all']} – "
              f"{card.end.isoformat() if card.end else (printed or dt.date.today()).isoformat()}")
    story: list = []
    _head(story, t["card"], [
        f"<b>{t['location']}:</b> {_esc(card.location_name)}",
        f"<b>{t['item']}:</b> {_esc(card.item_code)} · {_esc(card.item_label)} "
        f"· <b>{t['unit']}:</b> {_esc(card.unit)}",
        f"<b>{t['period']}:</b> {period} · <b>{t['opening']}:</b> {fmt(card.opening)} "
        f"· <b>{t['closing']}:</b> {fmt(card.closing)}",
    ])
    rows = stock_card_rows(card, lang)
    if rows:
        story.append(_table(HEADERS["stock_card"].get(lang, HEADERS["stock_card"]["es"]),
                            rows))
    else:
        story.append(Paragraph(t["none"], getSampleStyleSheet()["BodyText"]))
    doc.build(story, onFirstPage=_footer(lang, site), onLaterPages=_footer(lang, site))
    return buf.getvalue()


def render_monthly(reports: MonthlyReport | Sequence[MonthlyReport], lang: str = "es",
                   site: str | None = None) -> bytes:
    """One report per page group (all 16 botiquines in one file when given a list)."""
    t = _t(lang)
    if isinstance(reports, MonthlyReport):
        reports = [reports]
    buf = io.BytesIO()
    doc = _doc(buf, t["monthly"], wide=True)
    story: list = []
    header = HEADERS["monthly"].get(lang, HEADERS["monthly"]["es"])
    for n, rep in enumerate(reports):
        if n:
            story.append(PageBreak())
        _head(story, t["monthly"], [
            f"<b>{t['location']}:</b> {_esc(rep.location_code)} · {_esc(rep.location_name)}",
            f"<b>{t['period']}:</b> {rep.year:04d}-{rep.month:02d} "
            f"({rep.start.isoformat()} – {rep.end.isoformat()})",
        ])
        rows = monthly_rows(rep)
        if rows:
            story.append(_table(header, rows))
        else:
            story.append(Paragraph(t["none"], getSampleStyleSheet()["BodyText"]))
    doc.build(story, onFirstPage=_footer(lang, site), onLaterPages=_footer(lang, site))
    return buf.getvalue()


def render_count_sheet(sheet: Sheet, lang: str = "es", site: str | None = None,
                       blind: bool = False) -> bytes:
    """The sheet to count on paper. `blind` leaves the expected column empty, so the
    count is not influenced by the system's figure."""
    t = _t(lang)
    buf = io.BytesIO()
    doc = _doc(buf, t["count"], wide=False)
    story: list = []
    _head(story, t["count"], [
        f"<b>{t['location']}:</b> {_esc(sheet.location_name)}",
        f"<b>{t['counted_on']}:</b> {sheet.counted_on.isoformat()}",
    ])
    header = [t["code"], t["medicine"], t["lot"], t["expiry"], t["unit"], t["expected"],
              t["counted"], t["difference"], t["reason"]]
    rows = []
    for ln in sheet.lines:
        rows.append([ln.item_code, f"{ln.item_name} {ln.strength} {ln.form}".strip(), ln.lot,
                     ln.expiry.isoformat(), ln.unit, "" if blind else fmt(ln.expected),
                     fmt(ln.counted) if ln.counted is not None else "",
                     fmt(ln.variance) if ln.variance is not None else "", ln.reason or ""])
    widths = [w * mm for w in (18, 52, 18, 18, 16, 16, 16, 16, 16)]
    story.append(_table(header, rows, widths) if rows else
                 Paragraph(t["none"], getSampleStyleSheet()["BodyText"]))
    story.append(Spacer(1, 10 * mm))
    story.append(Paragraph(t["sign"], getSampleStyleSheet()["BodyText"]))
    doc.build(story, onFirstPage=_footer(lang, site), onLaterPages=_footer(lang, site))
    return buf.getvalue()


def render_expiring(rows: Sequence[ExpiringRow], within_days: int, lang: str = "es",
                    site: str | None = None, printed: dt.date | None = None) -> bytes:
    """The batches expiring within `within_days` over the locations given, soonest
    first (reports.expiring_batches)."""
    t = _t(lang)
    buf = io.BytesIO()
    doc = _doc(buf, t["expiring"], wide=True)
    places = sorted({r.location_name for r in rows})
    story: list = []
    lines = [f"<b>{t['period']}:</b> {_esc(t['within'].format(days=within_days))}",
             f"<b>{t['printed']}:</b> {(printed or dt.date.today()).isoformat()}"]
    if places:
        lines.append(f"<b>{t['locations']}:</b> {_esc(', '.join(places))}")
    _head(story, t["expiring"], lines)
    if rows:
        widths = [w * mm for w in (44, 28, 56, 24, 26, 22, 20, 28, 20)]
        story.append(_table(HEADERS["expiring"].get(lang, HEADERS["expiring"]["es"]),
                            expiring_rows(rows, lang), widths))
    else:
        story.append(Paragraph(t["no_expiring"], getSampleStyleSheet()["BodyText"]))
    doc.build(story, onFirstPage=_footer(lang, site), onLaterPages=_footer(lang, site))
    return buf.getvalue()


def write_stock_card(card: StockCard, path: Path, lang: str = "es",
                     site: str | None = None) -> Path:
    atomic_write_bytes(Path(path), render_stock_card(card, lang, site))
    return Path(path)


def write_monthly(reports: MonthlyReport | Sequence[MonthlyReport], path: Path,
                  lang: str = "es", site: str | None = None) -> Path:
    atomic_write_bytes(Path(path), render_monthly(reports, lang, site))
    return Path(path)


def write_count_sheet(sheet: Sheet, path: Path, lang: str = "es", site: str | None = None,
                      blind: bool = False) -> Path:
    atomic_write_bytes(Path(path), render_count_sheet(sheet, lang, site, blind))
    return Path(path)


def write_expiring(rows: Sequence[ExpiringRow], within_days: int, path: Path,
                   lang: str = "es", site: str | None = None) -> Path:
    atomic_write_bytes(Path(path), render_expiring(rows, within_days, lang, site))
    return Path(path)
