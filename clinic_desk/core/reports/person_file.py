"""The person file PDF for a referral: only what her consent allows.

Sharing is checked first (`consent.authorize_sharing`): her current consent must name
the receiving institution, or an administrator overrides with a reason (audited, and
printed on the file). What the file carries: identification (names, document, date of
birth or age, sex, languages, phone, sector), her dependants' ages, her current risk
level and violence types, the referral(s) to that institution, and the names flagged
"never contact — aggressor". What it never carries: staff notes, gender identity,
sexual orientation, substance-use screening, the safety plan, other emergency
contacts, referrals to other institutions, services given.

Site header, "page X of Y", a confidentiality footer. Rendered in memory, written
atomically (clinic_desk.core.atomic), audited as "person_file_pdf".
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from clinic_desk.core.atomic import atomic_write_bytes
from clinic_desk.core.db.base import WriteContext
from clinic_desk.core.db.models import Site
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import consent
from clinic_desk.core.intake.common import live_person, require_write_session
from clinic_desk.core.intake.people import PersonFile, _assemble
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require

ACCENT = HexColor("#5b3f8c")
MUTED = HexColor("#555555")
WARN = HexColor("#9b1c1c")

LABELS = {
    "es": {
        "title": "Ficha de derivación",
        "site": "Sede", "date": "Fecha", "to": "Derivada a",
        "ident": "Identificación", "name": "Nombre", "doc": "Documento",
        "birth": "Fecha de nacimiento", "age": "Edad", "approx": "aprox.",
        "sex": "Sexo", "langs": "Idiomas", "phone": "Teléfono", "sector": "Sector",
        "household": "Dependientes a su cargo", "none": "Ninguno registrado",
        "years": "años", "risk": "Riesgo actual", "level": "Nivel",
        "types": "Tipos de violencia", "assessed": "Evaluado el", "no_risk": "Sin evaluación",
        "referral": "Derivación", "reason": "Motivo", "status": "Estado",
        "never": "NO CONTACTAR — agresor", "override":
        "Compartida SIN consentimiento, por decisión de la administración. Motivo: {reason}",
        "consent": "Compartida con el consentimiento informado de la usuaria.",
        "footer": "CONFIDENCIAL — Información protegida. No copiar ni reenviar. "
                  "Solo para la institución destinataria.",
        "page": "Página {n} de {total}",
        "doc_none": "Sin documento",
    },
    "en": {
        "title": "Referral person file",
        "site": "Site", "date": "Date", "to": "Referred to",
        "ident": "Identification", "name": "Name", "doc": "Document",
        "birth": "Date of birth", "age": "Age", "approx": "approx.",
        "sex": "Sex", "langs": "Languages", "phone": "Phone", "sector": "Sector",
        "household": "Dependants in her care", "none": "None recorded",
        "years": "years", "risk": "Current risk", "level": "Level",
        "types": "Violence types", "assessed": "Assessed on", "no_risk": "Not assessed",
        "referral": "Referral", "reason": "Reason", "status": "Status",
        "never": "NEVER CONTACT — aggressor", "override":
        "Shared WITHOUT her consent, by administrative override. Reason: {reason}",
        "consent": "Shared with her informed consent.",
        "footer": "CONFIDENTIAL — Protected information. Do not copy or forward. "
                  "For the receiving institution only.",
        "page": "Page {n} of {total}",
        "doc_none": "No document",
    },
}
VALUES = {
    "es": {
        "female": "Mujer", "male": "Hombre", "intersex": "Intersexual",
        "es": "castellano", "qu": "quechua", "ay": "aimara", "other": "otro",
        "physical": "física", "psychological": "psicológica", "sexual": "sexual",
        "economic": "económica", "dni": "DNI", "ce": "Carné de extranjería",
        "cem": "Centro Emergencia Mujer (CEM)", "police": "Policía Nacional",
        "fiscalia": "Fiscalía", "poder_judicial": "Poder Judicial", "demuna": "DEMUNA",
        "health_centre": "Establecimiento de salud", "pending": "pendiente",
        "accepted": "aceptada", "completed": "concluida", "rejected": "rechazada",
        "cancelled": "anulada", "child": "hijo/a", "dependant": "dependiente",
        "partner": "pareja", "leve": "leve", "moderado": "moderado", "severo": "severo",
    },
    "en": {
        "female": "Female", "male": "Male", "intersex": "Intersex",
        "es": "Spanish", "qu": "Quechua", "ay": "Aymara", "other": "other",
        "dni": "DNI", "ce": "Foreigner's card (CE)", "cem": "Women's Emergency Centre (CEM)",
        "police": "National Police", "fiscalia": "Public Prosecutor", "poder_judicial":
        "Judiciary", "demuna": "DEMUNA", "health_centre": "Health centre", "child": "child",
        "dependant": "dependant", "partner": "partner",
    },
}


@dataclass(frozen=True)
class PdfResult:
    path: Path
    allowed_by: str  # "consent" or "override"
    pages: int


def write_person_file_pdf(session: Session, actor: Actor, person_id: str, path: Path,
                          institution: str, referral_id: str | None = None,
                          override_reason: str | None = None, lang: str = "es",
                          today: dt.date | None = None) -> PdfResult:
    """Check sharing, render, audit, then write `path` atomically. A failure at any step
    leaves no file and no audit entry (the audit entry is in the caller's transaction)."""
    require(actor, Perm.PEOPLE_READ)
    require_write_session(session)
    person = live_person(session, person_id)
    decision = consent.authorize_sharing(session, actor, person.id,
                                         consent.PURPOSE_INSTITUTION, institution,
                                         override_reason)
    file = _assemble(session, person, today)
    refs = [r for r in file.referrals if r.direction == "out" and r.institution == institution]
    if referral_id is not None:
        refs = [r for r in file.referrals if r.id == referral_id]
        if not refs:
            raise InvalidInput("This referral was not found.", field="referral_id")
    ctx: WriteContext = session.info[WriteContext.KEY]
    site = session.get(Site, ctx.site_id)
    site_line = f"{site.name} ({site.code})" if site else ""
    data, pages = render(file, refs, institution, site_line, decision,
                         override_reason, lang if lang in LABELS else "es",
                         today or dt.date.today())
    audit.record(session, "person_file_pdf", actor, target=person.id,
                 institution=institution, allowed_by=decision.allowed_by, pages=pages)
    atomic_write_bytes(Path(path), data)
    return PdfResult(Path(path), decision.allowed_by, pages)


class _NumberedCanvas(Canvas):
    """Defers pages so each can say "page X of Y"."""

    def __init__(self, *args: object, labels: dict[str, str], site: str,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._saved: list[dict[str, object]] = []
        self._labels = labels
        self._site = site

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = A4
        self.saveState()
        self.setFillColor(ACCENT)
        self.rect(0, height - 10 * mm, width, 10 * mm, stroke=0, fill=1)
        self.setFillColor(HexColor("#ffffff"))
        self.setFont("Helvetica-Bold", 10)
        self.drawString(18 * mm, height - 6.8 * mm, self._site)
        self.setFillColor(WARN)
        self.setFont("Helvetica-Bold", 7.5)
        self.drawString(18 * mm, 12 * mm, self._labels["footer"])
        self.setFillColor(MUTED)
        self.setFont("Helvetica", 8)
        self.drawRightString(width - 18 * mm, 7 * mm,
                             self._labels["page"].format(n=self._pageNumber, total=total))
        self.restoreState()


def render(file: PersonFile, refs: list[object], institution: str, site: str,
           decision: consent.SharingDecision, override_reason: str | None, lang: str,
           today: dt.date) -> tuple[bytes, int]:
    L = LABELS[lang]  # noqa: N806
    V = VALUES[lang]  # noqa: N806

    def v(code: str | None) -> str:
        return escape(V.get(code or "", code or ""))

    def d(day: dt.date) -> str:
        return day.strftime("%d/%m/%Y") if lang == "es" else day.isoformat()

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica",
                          fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", parent=styles["Title"], fontName="Helvetica-Bold",
                        fontSize=17, textColor=ACCENT, alignment=0, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold",
                        fontSize=12, textColor=ACCENT, spaceBefore=10, spaceAfter=4)
    warn = ParagraphStyle("warn", parent=body, textColor=WARN, fontName="Helvetica-Bold")
    p = file.person
    story: list[object] = [
        Paragraph(escape(L["title"]), h1),
        Paragraph(f"{escape(L['date'])}: {d(today)} &nbsp;&nbsp; "
                  f"{escape(L['to'])}: {v(institution)}", body),
    ]
    if decision.allowed_by == "override":
        story.append(Paragraph(escape(L["override"].format(reason=override_reason or "")),
                               warn))
    else:
        story.append(Paragraph(escape(L["consent"]), body))

    def table(rows: list[tuple[str, str]]) -> Table:
        t = Table([[Paragraph(f"<b>{escape(k)}</b>", body), Paragraph(val, body)]
                   for k, val in rows], colWidths=[45 * mm, 125 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, HexColor("#dddddd"))]))
        return t

    doc = (f"{v(p.doc_type)} {escape(p.doc_number)}" if p.doc_number
           else escape(L["doc_none"]))
    age = "" if p.age is None else f"{p.age} {L['years']}" + (
        f" ({L['approx']})" if p.age_is_approx else "")
    story += [Paragraph(escape(L["ident"]), h2), table([
        (L["name"], escape(p.full_name)),
        (L["doc"], doc),
        (L["birth"], d(p.birth_date) if p.birth_date else "—"),
        (L["age"], escape(age) or "—"),
        (L["sex"], v(p.sex)),
        (L["langs"], ", ".join(v(x) for x in p.languages) or "—"),
        (L["phone"], escape(p.phone or "—")),
        (L["sector"], escape(p.sector or "—")),
    ])]
    deps = [m for m in (file.household.members if file.household else ())
            if m.person_id != p.id and m.relationship != "head"]
    story.append(Paragraph(escape(L["household"]), h2))
    if deps:
        story.append(Paragraph(", ".join(
            f"{v(m.relationship)}: {m.age if m.age is not None else '?'} {escape(L['years'])}"
            for m in deps), body))
    else:
        story.append(Paragraph(escape(L["none"]), body))
    story.append(Paragraph(escape(L["risk"]), h2))
    if file.risk:
        story.append(table([
            (L["level"], v(file.risk.level).upper()),
            (L["types"], ", ".join(v(t) for t in file.risk.violence_types) or "—"),
            (L["assessed"], d(file.risk.assessed_at.date())),
        ]))
    else:
        story.append(Paragraph(escape(L["no_risk"]), body))
    for ref in refs:
        story += [Paragraph(escape(L["referral"]), h2), table([
            (L["to"], v(ref.institution) + (f" — {escape(ref.institution_name)}"  # type: ignore[attr-defined]
                                             if ref.institution_name else "")),  # type: ignore[attr-defined]
            (L["date"], d(ref.referred_on)),  # type: ignore[attr-defined]
            (L["reason"], escape(ref.reason or "—")),  # type: ignore[attr-defined]
            (L["status"], v(ref.status)),  # type: ignore[attr-defined]
        ])]
    never = file.never_contact
    if never:
        story.append(Paragraph(escape(L["never"]), h2))
        for c in never:
            story.append(Paragraph(
                f"{escape(c.name)}" + (f" ({escape(c.relation)})" if c.relation else ""), warn))
    story.append(Spacer(1, 6 * mm))

    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title=L["title"],
                            author="Clinic Desk", invariant=True)
    made: list[_NumberedCanvas] = []

    def canvasmaker(*args: object, **kwargs: object) -> _NumberedCanvas:
        made.append(_NumberedCanvas(*args, labels=L, site=site, **kwargs))
        return made[-1]

    pdf.build(story, canvasmaker=canvasmaker)
    return buf.getvalue(), len(made[-1]._saved) if made else 1
