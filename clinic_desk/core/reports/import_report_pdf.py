"""The import report as PDF: per bundle (site) the records new, updated, unchanged and in
conflict per kind of record, whether this office's copy of the site equals the site
(the manifest's state digest, see exchange.digest), and the changes received from each
site with any gap in them.

Figures and record kinds only: no names. Rendered in memory (A4 portrait) with
reportlab, written through clinic_desk.core.atomic.atomic_writer (a stick pulled out
leaves the old file or none). Spanish by default, English with lang="en".
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from clinic_desk.core.atomic import atomic_writer
from clinic_desk.core.errors import NotWritable

ACCENT = colors.HexColor("#5b3f8c")
GRID = colors.HexColor("#bbbbbb")
ZEBRA = colors.HexColor("#f3f0f8")
OK = colors.HexColor("#1f6b35")
WARN = colors.HexColor("#9a4b00")

TEXT = {
    "es": {
        "title": "Informe de importación", "printed": "Impreso", "office": "Oficina",
        "dry": "Vista previa: no se cambió nada", "bundle": "Paquete", "site": "Sede",
        "changes": "Cambios", "full": "exportación completa", "kind": "Tipo de registro",
        "new": "Nuevos", "updated": "Actualizados", "unchanged": "Sin cambios",
        "conflicts": "Conflictos", "total": "Total", "pseudo": "(personas seudonimizadas)",
        "again": "Este paquete ya se había importado: no cambió nada.",
        "trusted": "Clave de la sede aceptada ahora; huella {fp}.",
        "redacted": "Se quitó la identidad de {n} personas que retiraron su consentimiento.",
        "equal": "Su copia de la sede {code} es igual a la sede.",
        "differs": "Su copia de la sede {code} difiere de la sede en {n} tabla(s):",
        "rows": "{site} filas en la sede, {here} aquí",
        "no_digest": "Copia de la sede {code} no comparada: el paquete no trae resumen "
                     "(versión anterior de Clinic Desk).",
        "older": "Copia de la sede {code} no comparada: ya se importó un paquete posterior.",
        "coverage": "Cambios recibidos de cada sede", "received": "Recibidos",
        "waiting": "Guardados, en espera",
        "gaps": "Huecos", "none": "ninguno", "empty": "Ningún paquete.",
        "gap": "Hueco: faltan los cambios {a}..{b} de esta sede.",
        "held": "Este paquete se guarda y se aplicará solo cuando lleguen esos cambios "
                "(importe el paquete que falta o pida a la sede una exportación completa).",
        "kept": "Se guardó desde {since} hasta que llegaron los cambios anteriores; "
                "aplicado ahora.",
    },
    "en": {
        "title": "Import report", "printed": "Printed", "office": "Office",
        "dry": "Preview: nothing was changed", "bundle": "Bundle", "site": "Site",
        "changes": "Changes", "full": "full export", "kind": "Kind of record",
        "new": "New", "updated": "Updated", "unchanged": "Unchanged",
        "conflicts": "Conflicts", "total": "Total", "pseudo": "(pseudonymised people)",
        "again": "This bundle was imported before: nothing changed.",
        "trusted": "Site key trusted now; fingerprint {fp}.",
        "redacted": "Identity removed for {n} people who withdrew their consent.",
        "equal": "Your copy of site {code} equals the site.",
        "differs": "Your copy of site {code} differs from the site in {n} table(s):",
        "rows": "{site} rows at the site, {here} here",
        "no_digest": "Copy of site {code} not compared: the bundle carries no digest "
                     "(an older version of Clinic Desk).",
        "older": "Copy of site {code} not compared: a later bundle was imported already.",
        "coverage": "Changes received from each site", "received": "Received",
        "waiting": "Kept, waiting",
        "gaps": "Gaps", "none": "none", "empty": "No bundles.",
        "gap": "Gap: changes {a}..{b} of this site are missing.",
        "held": "This bundle is kept and will be applied by itself once those changes "
                "arrive (import the missing bundle, or ask the site for a full export).",
        "kept": "Kept since {since} until the changes before it arrived; applied now.",
    },
}


def _t(lang: str) -> dict[str, str]:
    return TEXT.get(lang, TEXT["es"])


def _esc(text: Any) -> str:
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _table(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=8.5, leading=10.5)
    head = styles["BodyText"].clone("head", fontSize=8.5, leading=10.5, textColor=colors.white,
                                    fontName="Helvetica-Bold")
    data = [[Paragraph(h, head) for h in header]] + \
        [[Paragraph(str(v), cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("GRID", (0, 0), (-1, -1), 0.25, GRID),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table


def state_text(report: Any, lang: str = "es") -> list[str]:
    """The digest comparison of one report in words (first line, then one per table)."""
    t = _t(lang)
    st = report.state
    if st is None:
        return []
    if not st.compared:
        key = "no_digest" if st.reason == "no digest" else "older"
        return [t[key].format(code=report.site_code)]
    if st.equal:
        return [t["equal"].format(code=report.site_code)]
    out = [t["differs"].format(code=report.site_code, n=len(st.differing))]
    for name in st.differing:
        site_rows, here = st.rows.get(name, (0, 0))
        out.append(f"{name}: " + t["rows"].format(site=site_rows, here=here))
    return out


def _report_block(report: Any, lang: str, body: Any, h2: Any,
                  label: Callable[[str], str] | None = None) -> list[Flowable]:
    t = _t(lang)
    rng = f"{report.from_seq + 1}..{report.to_seq}" + (f" ({t['full']})" if report.full else "")
    out: list[Flowable] = [
        Paragraph(f"{t['site']} {_esc(report.site_code)}", h2),
        Paragraph(f"<b>{t['bundle']}:</b> {_esc(report.bundle)} · <b>{t['changes']}:</b> "
                  f"{rng}", body),
    ]
    notes = []
    if report.already_imported:
        notes.append(t["again"])
    if report.trusted_now:
        from clinic_desk.core.exchange import keys

        notes.append(t["trusted"].format(fp=keys.pretty(report.trusted_now)))
    if report.redacted:
        notes.append(t["redacted"].format(n=report.redacted))
    if report.gap:
        notes.append(t["gap"].format(a=report.gap[0] + 1, b=report.gap[1]))
        if report.held:
            notes.append(t["held"])
    if report.kept_since:
        notes.append(t["kept"].format(since=report.kept_since.replace("T", " ")[:16]))
    out += [Paragraph(_esc(n), body) for n in notes]
    rows = []
    named = sorted((label(k) if label else k, r) for k, r in report.tables.items())
    for name, r in [*named, (t["pseudo"], report.pseudonyms)]:
        if r.new or r.updated or r.unchanged or r.conflicts:
            rows.append([_esc(name), str(r.new), str(r.updated), str(r.unchanged),
                         str(r.conflicts)])
    tot = report.totals
    rows.append([f"<b>{t['total']}</b>", f"<b>{tot.new}</b>", f"<b>{tot.updated}</b>",
                 f"<b>{tot.unchanged}</b>", f"<b>{tot.conflicts}</b>"])
    out.append(Spacer(1, 2 * mm))
    out.append(_table([t["kind"], t["new"], t["updated"], t["unchanged"], t["conflicts"]],
                      rows, [70 * mm, 25 * mm, 27 * mm, 27 * mm, 27 * mm]))
    lines = state_text(report, lang)
    if lines:
        st = report.state
        color = OK if st is not None and st.equal else WARN
        style = body.clone("state", textColor=color, spaceBefore=4)
        out.append(Paragraph(f"<b>{_esc(lines[0])}</b>", style))
        out += [Paragraph("&nbsp;&nbsp;· " + _esc(ln), body) for ln in lines[1:]]
    return out


def render_import_report(reports: Sequence[Any], lang: str = "es", office: str | None = None,
                         coverage: dict[str, list[tuple[int, int]]] | None = None,
                         printed: dt.datetime | None = None,
                         waiting: dict[str, list[tuple[int, int]]] | None = None,
                         table_label: Callable[[str], str] | None = None) -> bytes:
    """`reports`: import_.ImportReport; `coverage`: site code -> change ranges received
    (import_.received_ranges); `waiting`: site code -> change ranges of bundles kept
    until an earlier one arrives (import_.waiting_ranges); `table_label`: a table's name
    in words (the screen's translation; without it, the table's own name)."""
    lang = lang if lang in TEXT else "es"
    t = _t(lang)
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=16 * mm, title=t["title"],
                            author="Clinic Desk", invariant=1)
    body = styles["BodyText"].clone("b", fontSize=9)
    h2 = styles["Heading3"].clone("h", textColor=ACCENT, spaceBefore=10, spaceAfter=3)
    printed = printed or dt.datetime.now().astimezone()
    head = f"<b>{t['printed']}:</b> {printed.strftime('%Y-%m-%d %H:%M')}"
    if office:
        head = f"<b>{t['office']}:</b> {_esc(office)} · " + head
    story: list[Flowable] = [
        Paragraph(t["title"], styles["Title"].clone("t", fontSize=15, textColor=ACCENT)),
        Paragraph(head, body),
    ]
    if any(r.dry_run for r in reports):
        story.append(Paragraph(f"<b>{t['dry']}</b>", body.clone("d", textColor=WARN)))
    if not reports:
        story.append(Paragraph(t["empty"], body))
    for r in reports:
        story.append(KeepTogether(_report_block(r, lang, body, h2, table_label)))
    waiting = waiting or {}
    if coverage or waiting:
        rows = []
        for code in sorted({*(coverage or {}), *waiting}):
            ranges = (coverage or {}).get(code, [])
            kept = waiting.get(code, [])
            got = ", ".join(f"{a}..{b}" for a, b in ranges) or "—"
            known = sorted([*ranges, *kept])  # a gap: changes neither applied nor kept
            holes = [f"{known[i][1] + 1}..{known[i + 1][0] - 1}"
                     for i in range(len(known) - 1) if known[i + 1][0] > known[i][1] + 1]
            if known and known[0][0] > 1:
                holes.insert(0, f"1..{known[0][0] - 1}")
            rows.append([_esc(code), got, ", ".join(f"{a}..{b}" for a, b in kept) or "—",
                         ", ".join(holes) or t["none"]])
        story += [Paragraph(t["coverage"], h2),
                  _table([t["site"], t["received"], t["waiting"], t["gaps"]], rows,
                         [40 * mm, 50 * mm, 46 * mm, 44 * mm])]
    doc.build(story)
    return buf.getvalue()


def write_import_report_pdf(path: Path, reports: Sequence[Any], lang: str = "es",
                            office: str | None = None,
                            coverage: dict[str, list[tuple[int, int]]] | None = None,
                            waiting: dict[str, list[tuple[int, int]]] | None = None,
                            table_label: Callable[[str], str] | None = None) -> Path:
    data = render_import_report(reports, lang, office, coverage, waiting=waiting,
                                table_label=table_label)
    path = Path(path)
    try:
        with atomic_writer(path) as fh:
            fh.write(data)
    except OSError:
        raise NotWritable("The report cannot be written to {folder} (full or read-only?).",
                          folder=str(path.parent)) from None
    return path
