"""The session summary PDF: for a referral (with her consent) or her own copy.

Only counsellors (NOTES_READ) make it. For an institution, `consent.authorize_sharing`
with purpose "institution" must allow it (her consent names the institution, or an
administrator overrides with a reason — and an administrator is not a counsellor, so
in practice: her consent). Her own copy (`purpose="own"`) needs no sharing consent.

What it carries: her name and document, then each signed session she attended (date,
type, duration, counsellors, interventions, the note, agreements, addenda) and her
upcoming appointment. For a group session only her own note is printed, never the
group's shared note (it speaks of other women). Restricted notes the counsellor may
not read are left out and counted. Drafts are never printed.

Audited as "session_summary_pdf"; written atomically.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.atomic import atomic_write_bytes
from clinic_desk.core.db.base import WriteContext
from clinic_desk.core.db.models import Site
from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import consent
from clinic_desk.core.intake.common import live_person, require_write_session
from clinic_desk.core.intake.people import person_info
from clinic_desk.core.reports.person_file import ACCENT, MUTED, WARN, _NumberedCanvas
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.sessions import appointments
from clinic_desk.core.sessions.models import Attendance, CounsellingSession
from clinic_desk.core.sessions.sessions import _note, _row, may_read

PURPOSE_OWN = "own"

LABELS = {
    "es": {
        "title": "Resumen de sesiones", "date": "Fecha", "to": "Para",
        "own": "Copia para la usuaria", "name": "Nombre", "doc": "Documento",
        "doc_none": "Sin documento", "sessions": "Sesiones", "none": "Sin sesiones firmadas.",
        "duration": "{n} min", "counsellors": "Profesionales", "interventions": "Intervenciones",
        "note": "Nota", "own_note": "Nota sobre ella (sesión grupal)", "agreements": "Acuerdos",
        "addenda": "Adenda", "next": "Próxima cita", "left_out":
        "{n} sesión(es) reservada(s) no incluida(s).", "consent":
        "Compartido con el consentimiento informado de la usuaria.", "override":
        "Compartido SIN consentimiento, por decisión de la administración. Motivo: {reason}",
        "signed": "Firmada por {name} el {date}",
        "footer": "CONFIDENCIAL — Información protegida. No copiar ni reenviar.",
        "page": "Página {n} de {total}",
    },
    "en": {
        "title": "Session summary", "date": "Date", "to": "For",
        "own": "Her own copy", "name": "Name", "doc": "Document",
        "doc_none": "No document", "sessions": "Sessions", "none": "No signed sessions.",
        "duration": "{n} min", "counsellors": "Counsellors", "interventions": "Interventions",
        "note": "Note", "own_note": "Note about her (group session)", "agreements": "Agreements",
        "addenda": "Addendum", "next": "Next appointment", "left_out":
        "{n} restricted session(s) left out.", "consent": "Shared with her informed consent.",
        "override": "Shared WITHOUT her consent, by administrative override. Reason: {reason}",
        "signed": "Signed by {name} on {date}",
        "footer": "CONFIDENTIAL — Protected information. Do not copy or forward.",
        "page": "Page {n} of {total}",
    },
}
KINDS = {
    "es": {"individual": "Individual", "family": "Familiar", "group": "Grupal",
           "home_visit": "Visita domiciliaria", "outreach": "Trabajo de calle",
           "phone": "Telefónica"},
    "en": {"individual": "Individual", "family": "Family", "group": "Group",
           "home_visit": "Home visit", "outreach": "Outreach", "phone": "Phone"},
}
INSTITUTION_NAMES = {
    "cem": "Centro Emergencia Mujer (CEM)", "police": "Policía Nacional",
    "fiscalia": "Fiscalía", "poder_judicial": "Poder Judicial", "demuna": "DEMUNA",
    "health_centre": "Establecimiento de salud", "other": "Otra institución",
}


@dataclass(frozen=True)
class SummaryResult:
    path: Path
    allowed_by: str  # "consent", "override" or "own"
    sessions: int
    left_out: int
    pages: int


def write_session_summary_pdf(session: Session, actor: Actor, person_id: str, path: Path,
                              purpose: str = consent.PURPOSE_INSTITUTION,
                              institution: str | None = None,
                              override_reason: str | None = None,
                              session_ids: list[str] | None = None, lang: str = "es",
                              today: dt.date | None = None) -> SummaryResult:
    require(actor, Perm.NOTES_READ)
    require_write_session(session)
    person = live_person(session, person_id)
    if purpose == PURPOSE_OWN:
        allowed_by = "own"
    elif purpose == consent.PURPOSE_INSTITUTION:
        if not institution:
            raise InvalidInput("Choose the institution that receives the summary.",
                               field="institution")
        allowed_by = consent.authorize_sharing(session, actor, person.id, purpose, institution,
                                               override_reason).allowed_by
    else:
        raise InvalidInput("Unknown sharing purpose.", field="purpose")

    q = (select(CounsellingSession)
         .join(Attendance, Attendance.session_id == CounsellingSession.id)
         .where(Attendance.person_id == person.id, Attendance.deleted.is_(False),
                Attendance.present.is_(True), CounsellingSession.deleted.is_(False),
                CounsellingSession.status == "signed")
         .order_by(CounsellingSession.starts_at))
    rows = list(session.scalars(q))
    if session_ids is not None:
        wanted = set(session_ids)
        for sid in wanted:
            _row(session, sid)
        rows = [r for r in rows if r.id in wanted]
    notes, left_out = [], 0
    for r in rows:
        note = _note(session, actor, r)
        if not may_read(actor, r.author_id, bool(r.restricted),
                        [u for u, _n in note.summary.counsellors]):
            left_out += 1
            continue
        notes.append(note)
    nxt = appointments.upcoming_for_person(session, actor, person.id, limit=1)
    ctx: WriteContext = session.info[WriteContext.KEY]
    site = session.get(Site, ctx.site_id)
    site_line = f"{site.name} ({site.code})" if site else ""
    lang = lang if lang in LABELS else "es"
    data, pages = render(person_info(person, today), person.id, notes, nxt[0] if nxt else None,
                         left_out, institution if allowed_by != "own" else None, allowed_by,
                         override_reason, site_line, lang, today or dt.date.today())
    audit.record(session, "session_summary_pdf", actor, target=person.id, purpose=purpose,
                 institution=institution, allowed_by=allowed_by, sessions=len(notes),
                 pages=pages)
    atomic_write_bytes(Path(path), data)
    return SummaryResult(Path(path), allowed_by, len(notes), left_out, pages)


def render(p: object, person_id: str, notes: list, nxt: object, left_out: int,
           institution: str | None, allowed_by: str, override_reason: str | None,
           site: str, lang: str, today: dt.date) -> tuple[bytes, int]:
    L = LABELS[lang]  # noqa: N806
    K = KINDS[lang]  # noqa: N806

    def d(day: dt.date) -> str:
        return day.strftime("%d/%m/%Y") if lang == "es" else day.isoformat()

    def local(t: dt.datetime) -> dt.datetime:
        return t.astimezone()

    def para(text: str) -> str:
        return "<br/>".join(escape(line) for line in (text or "").split("\n"))

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica",
                          fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, textColor=MUTED)
    h1 = ParagraphStyle("h1", parent=styles["Title"], fontName="Helvetica-Bold",
                        fontSize=17, textColor=ACCENT, alignment=0, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold",
                        fontSize=12, textColor=ACCENT, spaceBefore=10, spaceAfter=4)
    h3 = ParagraphStyle("h3", parent=body, fontName="Helvetica-Bold", spaceBefore=8)
    warn = ParagraphStyle("warn", parent=body, textColor=WARN, fontName="Helvetica-Bold")
    to = L["own"] if institution is None else INSTITUTION_NAMES.get(institution, institution)
    story: list[object] = [
        Paragraph(escape(L["title"]), h1),
        Paragraph(f"{escape(L['date'])}: {d(today)} &nbsp;&nbsp; {escape(L['to'])}: "
                  f"{escape(to)}", body),
    ]
    if allowed_by == "override":
        story.append(Paragraph(escape(L["override"].format(reason=override_reason or "")),
                               warn))
    elif allowed_by == "consent":
        story.append(Paragraph(escape(L["consent"]), body))
    doc = (f"{p.doc_type.upper()} {p.doc_number}" if p.doc_number  # type: ignore[attr-defined]
           else L["doc_none"])
    story += [
        Spacer(1, 3 * mm),
        Paragraph(f"<b>{escape(L['name'])}:</b> {escape(p.full_name)}", body),  # type: ignore[attr-defined]
        Paragraph(f"<b>{escape(L['doc'])}:</b> {escape(doc)}", body),
        Paragraph(escape(L["sessions"]), h2),
    ]
    if not notes:
        story.append(Paragraph(escape(L["none"]), body))
    for n in notes:
        s = n.summary
        start = local(s.starts_at)
        head = (f"{d(start.date())} {start:%H:%M} · {escape(K.get(s.kind, s.kind))}"
                f"{' — ' + escape(s.group_name) if s.group_name else ''} · "
                f"{escape(L['duration'].format(n=s.duration_min))}")
        block: list[object] = [Paragraph(head, h3)]
        block.append(Paragraph(f"<b>{escape(L['counsellors'])}:</b> "
                               + escape(", ".join(name for _u, name in s.counsellors)), body))
        if n.intervention_labels:
            block.append(Paragraph(f"<b>{escape(L['interventions'])}:</b> "
                                   + escape(", ".join(n.intervention_labels)), body))
        if s.kind == "group":
            mine = next((a for a in n.attendance if a.person_id == person_id), None)
            if mine is not None and mine.note:
                block.append(Paragraph(f"<b>{escape(L['own_note'])}:</b><br/>"
                                       + para(mine.note), body))
        else:
            block.append(Paragraph(f"<b>{escape(L['note'])}:</b><br/>" + para(n.note), body))
            if n.agreements:
                block.append(Paragraph(f"<b>{escape(L['agreements'])}:</b><br/>"
                                       + para(n.agreements), body))
        if s.signed_at is not None:
            block.append(Paragraph(escape(L["signed"].format(
                name=n.signed_by_name or "", date=d(local(s.signed_at).date()))), small))
        story.append(KeepTogether(block[:3]))
        story += block[3:]
        if s.kind != "group":
            for a in n.addenda:
                story.append(Paragraph(
                    f"<b>{escape(L['addenda'])} ({d(local(a.written_at).date())}, "
                    f"{escape(a.author_name)}):</b><br/>" + para(a.text), body))
    if left_out:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(escape(L["left_out"].format(n=left_out)), small))
    if nxt is not None:
        when = local(nxt.starts_at)  # type: ignore[attr-defined]
        story += [Paragraph(escape(L["next"]), h2),
                  Paragraph(f"{d(when.date())} {when:%H:%M} · "
                            f"{escape(nxt.counsellor_name)}", body)]  # type: ignore[attr-defined]
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
