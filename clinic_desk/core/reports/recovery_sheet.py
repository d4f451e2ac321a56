"""The recovery sheet: one A4 page with the recovery code, printed once at set-up.

Bilingual (Spanish first, then English) so that whoever finds it in the safe knows what
it is without the program. Written atomically; nothing else is ever stored with it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from clinic_desk.core.atomic import atomic_write_bytes

ACCENT = HexColor("#5b3f8c")
TEXT = HexColor("#222222")
MUTED = HexColor("#555555")

ES_TITLE = "Hoja de recuperación de Clinic Desk"
EN_TITLE = "Clinic Desk recovery sheet"

ES_STEPS = [
    "Este código abre la base de datos de esta sede si se olvidan todas las contraseñas.",
    "Guarde esta hoja en un lugar bajo llave (caja fuerte o archivador con llave), lejos",
    "de la computadora. No la fotografíe, no la envíe por correo ni por WhatsApp.",
    "Quien tenga este código y una copia de los datos puede leer todos los registros.",
    "Para usarlo: en la ventana de ingreso pulse «¿Olvidó su contraseña?», escriba su",
    "usuario, este código y una contraseña nueva.",
    "Si esta hoja se pierde o alguien la vio, avise de inmediato a la coordinación.",
]
EN_STEPS = [
    "This code opens this site's database if every password is forgotten.",
    "Keep this sheet under lock and key (a safe or a locked cabinet), away from the",
    "computer. Do not photograph it, e-mail it or send it by WhatsApp.",
    "Whoever has this code and a copy of the data can read every record.",
    "To use it: on the login window press \"Forgot password?\", type your user name,",
    "this code and a new password.",
    "If this sheet is lost or someone else saw it, tell the coordinator at once.",
]


def render(site_code: str, site_name: str, recovery_code: str,
           when: dt.date | None = None) -> bytes:
    """The PDF bytes of the sheet (kept in memory, never in a temporary file)."""
    when = when or dt.date.today()
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=A4, invariant=True)
    pdf.setTitle(ES_TITLE)
    pdf.setAuthor("Clinic Desk")
    pdf.setSubject(f"{site_code}")
    width, height = A4
    left = 22 * mm
    right = width - 22 * mm
    y = height - 28 * mm

    pdf.setFillColor(ACCENT)
    pdf.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
    pdf.setFillColor(TEXT)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(left, y, ES_TITLE)
    y -= 8 * mm
    pdf.setFont("Helvetica", 12)
    pdf.setFillColor(MUTED)
    pdf.drawString(left, y, EN_TITLE)
    y -= 14 * mm

    pdf.setFillColor(TEXT)
    rows = [
        ("Sede / Site:", f"{site_name}"),
        ("Código de sede / Site code:", site_code),
        ("Fecha / Date:", when.isoformat()),
    ]
    for key, value in rows:
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(left, y, key)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(left + 62 * mm, y, value)
        y -= 7 * mm

    y -= 8 * mm
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(left, y, "Código de recuperación / Recovery code")
    y -= 6 * mm
    box_h = 24 * mm
    pdf.setStrokeColor(ACCENT)
    pdf.setLineWidth(1.5)
    pdf.setDash(4, 3)
    pdf.roundRect(left, y - box_h, right - left, box_h, 4 * mm, stroke=1, fill=0)
    pdf.setDash()
    size = 22
    while pdf.stringWidth(recovery_code, "Courier-Bold", size) > (right - left) - 10 * mm:
        size -= 1
    pdf.setFont("Courier-Bold", size)
    pdf.drawCentredString((left + right) / 2, y - box_h / 2 - size / 3, recovery_code)
    y -= box_h + 12 * mm

    for title, steps in (("Cómo guardarlo", ES_STEPS), ("How to keep it", EN_STEPS)):
        pdf.setFont("Helvetica-Bold", 12)
        pdf.setFillColor(ACCENT)
        pdf.drawString(left, y, title)
        y -= 7 * mm
        pdf.setFillColor(TEXT)
        pdf.setFont("Helvetica", 10.5)
        for line in steps:
            pdf.drawString(left, y, line)
            y -= 5.5 * mm
        y -= 7 * mm

    pdf.setFont("Helvetica", 10.5)
    pdf.drawString(left, y, "Guardada por / Kept by: ______________________________")
    y -= 9 * mm
    pdf.drawString(left, y, "Lugar / Where: ______________________________________")

    pdf.setFont("Helvetica", 8.5)
    pdf.setFillColor(MUTED)
    pdf.drawString(left, 14 * mm, "Clinic Desk — confidencial / confidential")
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def write_recovery_sheet(path: Path, site_code: str, site_name: str, recovery_code: str,
                         when: dt.date | None = None) -> Path:
    """Write the sheet to `path` atomically (owner-only permissions) and return it."""
    path = Path(path)
    atomic_write_bytes(path, render(site_code, site_name, recovery_code, when))
    return path
