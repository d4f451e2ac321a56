"""Note templates (first interview, follow-up, crisis intervention) and the
configurable list of interventions.

The built-in templates and interventions live here, with fixed ids (UUID5 of their
code), so every site has the same ones without seeding rows. An administrator's edit
writes a row with the built-in's id and code: it overrides the built-in here and, as
the same record everywhere, merges cleanly at the central office. New entries get
their own rows. Entries are switched off (`active=False`), never removed: old notes
keep naming them.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.common import require_write_session
from clinic_desk.core.intake.validation import clean_text
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require
from clinic_desk.core.sessions.common import text_limit
from clinic_desk.core.sessions.models import Intervention, NoteTemplate

_NS = uuid.UUID("7c1f3a52-4d0e-4a8e-9a53-2f1c0d6b9e11")
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


def builtin_id(kind: str, code: str) -> str:
    return str(uuid.uuid5(_NS, f"{kind}:{code}"))


DEFAULT_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("first_interview", "Primera entrevista", (
        "Motivo de consulta:\n\n"
        "Situación actual (violencia, convivencia, hijas e hijos):\n\n"
        "Red de apoyo:\n\n"
        "Estado emocional observado:\n\n"
        "Evaluación de riesgo:\n\n"
        "Necesidades identificadas:\n\n"
        "Acuerdos y próximos pasos:\n"
    )),
    ("follow_up", "Seguimiento", (
        "Cómo llega hoy:\n\n"
        "Avances desde la última sesión:\n\n"
        "Temas trabajados:\n\n"
        "Cambios en el riesgo:\n\n"
        "Acuerdos:\n"
    )),
    ("crisis_intervention", "Intervención en crisis", (
        "Situación que desencadena la crisis:\n\n"
        "Estado al llegar (orientación, llanto, ideas de daño):\n\n"
        "Contención realizada:\n\n"
        "Riesgo inmediato y medidas de protección:\n\n"
        "Derivación o acompañamiento:\n\n"
        "Seguimiento acordado (en las próximas 24-72 horas):\n"
    )),
)

DEFAULT_INTERVENTIONS: tuple[tuple[str, str], ...] = (
    ("active_listening", "Escucha activa"),
    ("emotional_containment", "Contención emocional"),
    ("psychoeducation", "Psicoeducación sobre la violencia"),
    ("safety_planning", "Plan de seguridad"),
    ("risk_assessment", "Evaluación de riesgo"),
    ("self_esteem", "Fortalecimiento de la autoestima"),
    ("relaxation", "Técnicas de relajación y respiración"),
    ("parenting", "Orientación en crianza"),
    ("legal_guidance", "Orientación legal"),
    ("referral", "Derivación a otra institución"),
    ("accompaniment", "Acompañamiento (CEM, comisaría, fiscalía)"),
    ("group_work", "Trabajo grupal"),
)
_BUILTIN_TEMPLATES = frozenset(c for c, _n, _b in DEFAULT_TEMPLATES)


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    code: str
    name: str
    body: str
    active: bool
    builtin: bool


@dataclass(frozen=True)
class InterventionInfo:
    id: str
    code: str
    label: str
    active: bool
    builtin: bool
    sort_order: int


# -- templates ---------------------------------------------------------------------------
def _all_templates(session: Session) -> list[TemplateInfo]:
    out: dict[str, TemplateInfo] = {
        code: TemplateInfo(builtin_id("template", code), code, name, body, True, True)
        for code, name, body in DEFAULT_TEMPLATES
    }
    for row in session.scalars(select(NoteTemplate).where(NoteTemplate.deleted.is_(False))):
        out[row.code] = TemplateInfo(row.id, row.code, row.name, row.body, bool(row.active),
                                     row.code in _BUILTIN_TEMPLATES)
    order = [c for c, _n, _b in DEFAULT_TEMPLATES]
    return sorted(out.values(), key=lambda t: (order.index(t.code) if t.code in order
                                               else len(order), t.name.lower()))


def list_templates(session: Session, actor: Actor,
                   include_inactive: bool = False) -> list[TemplateInfo]:
    """Templates to insert into a note (counsellors; administrators to edit them)."""
    if not (actor.can(Perm.NOTES_WRITE) or actor.can(Perm.MANAGE_SETTINGS)):
        require(actor, Perm.NOTES_WRITE)
    return [t for t in _all_templates(session) if include_inactive or t.active]


def get_template(session: Session, actor: Actor, code: str) -> TemplateInfo:
    for t in list_templates(session, actor, include_inactive=True):
        if t.code == code:
            return t
    raise InvalidInput("This template was not found.", field="code")


def save_template(session: Session, actor: Actor, code: str, name: str, body: str,
                  active: bool = True) -> TemplateInfo:
    """Add or edit a template (administrators). Audited."""
    require(actor, Perm.MANAGE_SETTINGS)
    require_write_session(session)
    code = (code or "").strip().lower()
    if not _CODE.match(code):
        raise InvalidInput("The code uses lower-case letters, digits and _ (2 to 40).",
                           field="code")
    clean_name = clean_text(name)
    if not clean_name:
        raise InvalidInput("Enter the template's name.", field="name")
    if len(clean_name) > 120:
        raise InvalidInput("This text is too long (at most {max} characters).", field="name",
                           max=120)
    text = text_limit(body, "body", 20_000)
    if not text:
        raise InvalidInput("Write the template's text.", field="body")
    row = session.scalar(select(NoteTemplate).where(NoteTemplate.code == code))
    builtin = code in _BUILTIN_TEMPLATES
    if row is None:
        row = NoteTemplate(code=code)
        if builtin:
            row.id = builtin_id("template", code)
        session.add(row)
    row.name, row.body, row.active, row.deleted = clean_name, text, bool(active), False
    session.flush()
    audit.record(session, "note_template_saved", actor, target=code, active=bool(active))
    return TemplateInfo(row.id, code, clean_name, text, bool(active), builtin)


# -- interventions -----------------------------------------------------------------------
def _all_interventions(session: Session) -> list[InterventionInfo]:
    out: dict[str, InterventionInfo] = {
        code: InterventionInfo(builtin_id("intervention", code), code, label, True, True,
                               (i + 1) * 10)
        for i, (code, label) in enumerate(DEFAULT_INTERVENTIONS)
    }
    builtin = {c for c, _l in DEFAULT_INTERVENTIONS}
    for row in session.scalars(select(Intervention).where(Intervention.deleted.is_(False))):
        out[row.code] = InterventionInfo(row.id, row.code, row.label, bool(row.active),
                                         row.code in builtin, row.sort_order)
    return sorted(out.values(), key=lambda i: (i.sort_order, i.label.lower()))


def list_interventions(session: Session, actor: Actor,
                       include_inactive: bool = False) -> list[InterventionInfo]:
    require(actor, Perm.SESSIONS_LOG)
    return [i for i in _all_interventions(session) if include_inactive or i.active]


def intervention_labels(session: Session) -> dict[str, str]:
    """Every code ever offered, with its label (for showing old notes)."""
    return {i.code: i.label for i in _all_interventions(session)}


def active_intervention_codes(session: Session) -> set[str]:
    return {i.code for i in _all_interventions(session) if i.active}


def save_intervention(session: Session, actor: Actor, code: str, label: str,
                      active: bool = True, sort_order: int | None = None) -> InterventionInfo:
    """Add, rename or switch off an intervention of the list (administrators)."""
    require(actor, Perm.MANAGE_SETTINGS)
    require_write_session(session)
    code = (code or "").strip().lower()
    if not _CODE.match(code):
        raise InvalidInput("The code uses lower-case letters, digits and _ (2 to 40).",
                           field="code")
    text = clean_text(label)
    if not text:
        raise InvalidInput("Enter the intervention's name.", field="label")
    if len(text) > 120:
        raise InvalidInput("This text is too long (at most {max} characters).",
                           field="label", max=120)
    current = {i.code: i for i in _all_interventions(session)}
    order = sort_order if sort_order is not None else (
        current[code].sort_order if code in current else 1000)
    row = session.scalar(select(Intervention).where(Intervention.code == code))
    builtin = code in {c for c, _l in DEFAULT_INTERVENTIONS}
    if row is None:
        row = Intervention(code=code)
        if builtin:
            row.id = builtin_id("intervention", code)
        session.add(row)
    row.label, row.active, row.sort_order, row.deleted = text, bool(active), int(order), False
    session.flush()
    audit.record(session, "intervention_saved", actor, target=code, active=bool(active))
    return InterventionInfo(row.id, code, text, bool(active), builtin, row.sort_order)
