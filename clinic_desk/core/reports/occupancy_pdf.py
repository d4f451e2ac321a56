"""The monthly shelter occupancy report: the key figures, a chart of beds occupied and
available per night (reportlab graphics), admissions by referral source and
discharges by reason. No names: figures only, fit to send to partners.

Rendered in memory (A4 portrait), written atomically. Spanish by default, English
with lang="en".
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from clinic_desk.core.atomic import atomic_write_bytes
from clinic_desk.core.shelter.models import DISCHARGE_REASONS, REFERRAL_SOURCES
from clinic_desk.core.shelter.stats import PeriodFigures

ACCENT = colors.HexColor("#5b3f8c")
OCCUPIED = colors.HexColor("#7a5cb0")
AVAILABLE = colors.HexColor("#d9822b")
GRID = colors.HexColor("#bbbbbb")
ZEBRA = colors.HexColor("#f3f0f8")

MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "setiembre", "octubre", "noviembre", "diciembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

TEXT = {
    "es": {
        "title": "Informe mensual de ocupación del albergue", "period": "Periodo",
        "nights": "noches", "printed": "Impreso", "page": "Página",
        "figures": "Cifras del mes", "bed_nights": "Camas-noche ocupadas",
        "women": "de mujeres", "children": "de niñas, niños y dependientes",
        "available": "Camas-noche disponibles", "occupancy": "Ocupación",
        "peak": "Máximo de camas ocupadas en una noche",
        "admissions": "Ingresos (personas)", "families": "Ingresos (familias)",
        "admitted_children": "de ellos, niñas, niños y dependientes",
        "discharges": "Egresos", "avg": "Estancia promedio de los egresos",
        "avg_unit": "noches", "start": "Personas alojadas al inicio",
        "end": "Personas alojadas al final",
        "chart": "Camas ocupadas y disponibles por noche",
        "occupied_legend": "Ocupadas", "available_legend": "Disponibles",
        "by_referral": "Ingresos por fuente de derivación (familias)",
        "by_reason": "Egresos por motivo", "source": "Fuente", "reason": "Motivo",
        "count": "Cantidad", "indicator": "Indicador", "none": "Ninguno en el periodo.",
        "day": "Día",
        "beds": "Camas",
        "note": "Una cama-noche es una persona en una cama una noche. La ocupación es "
                "camas-noche ocupadas entre camas-noche disponibles (sin las camas fuera "
                "de servicio). La estancia promedio cuenta las estancias que terminaron "
                "en el periodo.",
    },
    "en": {
        "title": "Monthly shelter occupancy report", "period": "Period", "nights": "nights",
        "printed": "Printed", "page": "Page", "figures": "The month in figures",
        "bed_nights": "Bed-nights occupied", "women": "by women",
        "children": "by children and dependants", "available": "Bed-nights available",
        "occupancy": "Occupancy", "peak": "Most beds occupied on one night",
        "admissions": "Admissions (people)", "families": "Admissions (families)",
        "admitted_children": "of whom children and dependants", "discharges": "Discharges",
        "avg": "Average length of the stays that ended", "avg_unit": "nights",
        "start": "People staying at the start", "end": "People staying at the end",
        "chart": "Beds occupied and available per night",
        "occupied_legend": "Occupied", "available_legend": "Available",
        "by_referral": "Admissions by referral source (families)",
        "by_reason": "Discharges by reason", "source": "Source", "reason": "Reason",
        "count": "Count", "indicator": "Indicator", "none": "None in the period.",
        "day": "Day", "beds": "Beds",
        "note": "A bed-night is one person in one bed for one night. Occupancy is "
                "bed-nights occupied over bed-nights available (beds out of service "
                "excluded). The average length counts the stays that ended in the period.",
    },
}

REFERRAL_LABELS = {
    "es": {"self": "Ella misma", "cem": "CEM", "police": "Policía / comisaría",
           "fiscalia": "Fiscalía", "health_centre": "Centro de salud",
           "mobile_team": "Equipo itinerante", "demuna": "DEMUNA",
           "community": "Comunidad / organización", "other_shelter": "Otro albergue",
           "other": "Otra"},
    "en": {"self": "Herself", "cem": "CEM", "police": "Police", "fiscalia": "Prosecutor",
           "health_centre": "Health centre", "mobile_team": "Mobile team",
           "demuna": "DEMUNA", "community": "Community / organisation",
           "other_shelter": "Another shelter", "other": "Other"},
}
REASON_LABELS = {
    "es": {"reintegrated_family": "Reintegración familiar", "own_home": "Vivienda propia",
           "other_institution": "Otra institución", "left_without_notice": "Salió sin avisar",
           "expelled_safety": "Separada por seguridad", "other": "Otro"},
    "en": {"reintegrated_family": "Reintegrated with family", "own_home": "Own home",
           "other_institution": "Other institution", "left_without_notice":
           "Left without notice", "expelled_safety": "Expelled for safety", "other": "Other"},
}


def _t(lang: str) -> dict[str, str]:
    return TEXT.get(lang, TEXT["es"])


def _lang(lang: str) -> str:
    return lang if lang in TEXT else "es"


def period_title(fig: PeriodFigures, lang: str) -> str:
    months = MONTHS[_lang(lang)]
    if fig.start.day == 1 and fig.start.month == fig.end.month and \
            fig.start.year == fig.end.year:
        return f"{months[fig.start.month - 1]} {fig.start.year}"
    return f"{fig.start.isoformat()} – {fig.end.isoformat()}"


def _pct(value: float, lang: str) -> str:
    """Peru writes a decimal point, in Spanish as in English (es_PE: 68.9 %)."""
    return f"{value * 100:.1f} %"


def _num(value: float, lang: str) -> str:
    return f"{value:.1f}"


def chart(fig: PeriodFigures, lang: str = "es", width: float = 180 * mm,
          height: float = 70 * mm) -> Drawing:
    """Bars: beds occupied each night; line: beds available."""
    t = _t(lang)
    d = Drawing(width, height)
    nights = list(fig.nights)
    occupied = [n.occupied for n in nights] or [0]
    available = [n.available for n in nights] or [0]
    top = max(max(available), max(occupied), 1)
    step = 1 if top <= 10 else 2 if top <= 20 else 5 if top <= 50 else 10
    top = ((top // step) + 1) * step

    left, bottom, cw, ch = 12 * mm, 16 * mm, width - 16 * mm, height - 26 * mm
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = left, bottom, cw, ch
    bars.data = [occupied]
    bars.bars[0].fillColor = OCCUPIED
    bars.bars[0].strokeColor = None
    bars.barSpacing = 1
    bars.groupSpacing = 2
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = top
    bars.valueAxis.valueStep = step
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = GRID
    bars.valueAxis.gridStrokeWidth = 0.25
    labels = [str(n.night.day) if (i % 2 == 0 or len(nights) <= 16) else ""
              for i, n in enumerate(nights)]
    bars.categoryAxis.categoryNames = labels or [""]
    bars.categoryAxis.labels.fontSize = 6.5
    bars.categoryAxis.labels.dy = -2
    d.add(bars)

    line = LinePlot()
    line.x, line.y, line.width, line.height = left, bottom, cw, ch
    n = max(len(available), 1)
    line.data = [[(i + 0.5, v) for i, v in enumerate(available)]]
    line.xValueAxis.valueMin = 0
    line.xValueAxis.valueMax = n
    line.xValueAxis.visible = False
    line.yValueAxis.valueMin = 0
    line.yValueAxis.valueMax = top
    line.yValueAxis.valueStep = step
    line.yValueAxis.visible = False
    line.lines[0].strokeColor = AVAILABLE
    line.lines[0].strokeWidth = 1.6
    line.lines[0].symbol = makeMarker("FilledCircle", size=1.8, fillColor=AVAILABLE)
    d.add(line)

    legend = Legend()
    legend.x, legend.y = left, height - 4 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontSize = 7.5
    legend.deltax = 70
    legend.dxTextSpace = 4
    legend.colorNamePairs = [(OCCUPIED, t["occupied_legend"]),
                             (AVAILABLE, t["available_legend"])]
    d.add(legend)
    d.add(String(left - 9 * mm, bottom + ch + 3 * mm, t["beds"], fontSize=7,
                 fillColor=colors.HexColor("#555555")))
    d.add(String(left + cw / 2, 7 * mm, t["day"], fontSize=7, textAnchor="middle",
                 fillColor=colors.HexColor("#555555")))
    return d


def _table(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=8.5, leading=10.5)
    head = styles["BodyText"].clone("head", fontSize=8.5, leading=10.5, textColor=colors.white,
                                    fontName="Helvetica-Bold")
    data = [[Paragraph(h, head) for h in header]] + \
        [[Paragraph(str(v), cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("GRID", (0, 0), (-1, -1), 0.25, GRID),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table


def render_occupancy(fig: PeriodFigures, lang: str = "es", site: str | None = None,
                     printed: dt.date | None = None) -> bytes:
    lang = _lang(lang)
    t = _t(lang)
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=16 * mm, title=t["title"],
                            author="Clinic Desk", invariant=1)
    body = styles["BodyText"].clone("b", fontSize=9)
    h2 = styles["Heading3"].clone("h", textColor=ACCENT, spaceBefore=8, spaceAfter=4)
    printed = printed or dt.date.today()
    story: list = [
        Paragraph(t["title"], styles["Title"].clone("t", fontSize=15, textColor=ACCENT)),
        Paragraph(f"{site}" if site else "", body),
        Paragraph(f"<b>{t['period']}:</b> {period_title(fig, lang)} "
                  f"({len(fig.nights)} {t['nights']}) · <b>{t['printed']}:</b> "
                  f"{printed.isoformat()}", body),
        Spacer(1, 3 * mm),
        Paragraph(t["chart"], h2),
        chart(fig, lang),
    ]
    avg = fig.average_stay
    figures = [
        [t["bed_nights"], str(fig.bed_nights)],
        [f"&nbsp;&nbsp;· {t['women']}", str(fig.bed_nights_women)],
        [f"&nbsp;&nbsp;· {t['children']}", str(fig.bed_nights_children)],
        [t["available"], str(fig.available_bed_nights)],
        [f"<b>{t['occupancy']}</b>", f"<b>{_pct(fig.occupancy, lang)}</b>"],
        [t["peak"], str(fig.peak)],
        [t["start"], str(fig.staying_at_start)],
        [t["end"], str(fig.staying_at_end)],
        [t["admissions"], str(fig.admissions)],
        [f"&nbsp;&nbsp;· {t['admitted_children']}", str(fig.admissions_children)],
        [t["families"], str(fig.families)],
        [t["discharges"], str(fig.discharges)],
        [t["avg"], f"{_num(avg, lang)} {t['avg_unit']}" if avg is not None else "—"],
    ]
    story += [Paragraph(t["figures"], h2),
              _table([t["indicator"], t["count"]], figures, [120 * mm, 40 * mm])]

    ref_labels, reason_labels = REFERRAL_LABELS[lang], REASON_LABELS[lang]
    referral_rows = [[ref_labels[k], str(fig.by_referral[k])] for k in REFERRAL_SOURCES
                     if fig.by_referral.get(k)]
    reason_rows = [[reason_labels[k], str(fig.by_reason[k])] for k in DISCHARGE_REASONS
                   if fig.by_reason.get(k)]
    for title, head, rows in ((t["by_referral"], t["source"], referral_rows),
                              (t["by_reason"], t["reason"], reason_rows)):
        block = [Paragraph(title, h2)]
        block.append(_table([head, t["count"]], rows, [120 * mm, 40 * mm]) if rows
                     else Paragraph(t["none"], body))
        story.append(KeepTogether(block))
    story += [Spacer(1, 4 * mm),
              Paragraph(t["note"], styles["BodyText"].clone("n", fontSize=7.5,
                                                           textColor=colors.HexColor("#555555")))]

    def footer(canvas, d) -> None:  # noqa: ANN001 - reportlab callback
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(d.leftMargin, 8 * mm, f"Clinic Desk · {site}" if site else
                          "Clinic Desk")
        canvas.drawRightString(d.pagesize[0] - d.rightMargin, 8 * mm, f"{t['page']} {d.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def write_occupancy_pdf(path: Path, fig: PeriodFigures, lang: str = "es",
                        site: str | None = None, printed: dt.date | None = None) -> Path:
    path = Path(path)
    atomic_write_bytes(path, render_occupancy(fig, lang, site, printed))
    return path
