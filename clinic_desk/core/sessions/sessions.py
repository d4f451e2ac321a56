"""Psychosocial sessions: write a draft, sign it, add addenda, read the note.

Who may do what (the services check it themselves):
- every role with SESSIONS_LOG sees that a session happened: date, type, duration,
  counsellors, the people present (`list_sessions`, `SessionSummary`) — never the note;
- counsellors (NOTES_WRITE) write drafts; only the author and the counsellors named on
  a session edit or sign it;
- counsellors (NOTES_READ) and the author read the note (`read_note`); a restricted
  note only its author and the counsellors named on it. Every read is audited
  ("note_read"), so it needs a writing session.

A signed note never changes (the database refuses too, see migration 0004);
corrections are addenda. A risk re-assessment recorded with a session goes through
`intake.risk.assess_risk`, so it becomes the person's current risk level (when it is
the latest).

Everything is validated before the first write: a refused input leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, load_only

from clinic_desk.core.db.base import tombstone
from clinic_desk.core.db.models import User
from clinic_desk.core.db.types import utcnow
from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.exchange.policy import WITHHELD_TEXT
from clinic_desk.core.intake import risk as risk_mod
from clinic_desk.core.intake.common import live_person, require_write_session
from clinic_desk.core.intake.models import RISK_LEVELS, VIOLENCE_TYPES, RiskAssessment
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import ROLE_PERMS, Actor, Perm, Role, require
from clinic_desk.core.sessions import templates
from clinic_desk.core.sessions.common import (
    FUTURE_TOLERANCE,
    active_user,
    person_names,
    text_limit,
    times,
    user_names,
)
from clinic_desk.core.sessions.models import (
    SESSION_KINDS,
    Addendum,
    Appointment,
    Attendance,
    CounsellingSession,
    Group,
    SessionCounsellor,
)

NOTE_LIMIT = 100_000
TEXT_LIMIT = 20_000
# kinds that may be recorded with nobody registered present (street outreach)
NOBODY_ALLOWED = ("outreach",)


class SignedNote(InvalidInput):
    """The note is signed: it can no longer change."""

    def __init__(self) -> None:
        super().__init__("This note is signed and can no longer change. Add an addendum to "
                         "correct or complete it.", field="status")


# -- inputs and views ----------------------------------------------------------------------
@dataclass(frozen=True)
class AttendanceInput:
    person_id: str
    present: bool = True
    note: str | None = None  # her own note (group sessions)
    risk_level: str | None = None  # a re-assessment: leve / moderado / severo
    violence_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionInput:
    kind: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    duration_min: int | None = None  # instead of ends_at
    people: Sequence[AttendanceInput] = ()
    counsellor_ids: Sequence[str] = ()  # besides the author
    place: str | None = None
    group_id: str | None = None
    note: str = ""
    agreements: str = ""
    interventions: Sequence[str] = ()
    restricted: bool = False
    template_code: str | None = None
    appointment_id: str | None = None  # the appointment this session keeps


@dataclass(frozen=True)
class PersonAtSession:
    person_id: str
    name: str
    present: bool


@dataclass(frozen=True)
class SessionSummary:
    """That a session happened: what every role with SESSIONS_LOG may see."""

    id: str
    kind: str
    status: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    duration_min: int
    place: str | None
    group_id: str | None
    group_name: str | None
    author_id: str
    author_name: str
    counsellors: tuple[tuple[str, str], ...]  # (user id, full name), the author first
    people: tuple[PersonAtSession, ...]
    restricted: bool
    signed_at: dt.datetime | None
    addenda_count: int
    readable: bool  # may the acting user read the note?

    @property
    def signed(self) -> bool:
        return self.status == "signed"

    @property
    def present(self) -> tuple[PersonAtSession, ...]:
        return tuple(p for p in self.people if p.present)


@dataclass(frozen=True)
class AttendanceNote:
    attendance_id: str
    person_id: str
    name: str
    present: bool
    note: str | None
    risk_level: str | None
    violence_types: tuple[str, ...]


@dataclass(frozen=True)
class AddendumInfo:
    id: str
    author_id: str
    author_name: str
    written_at: dt.datetime
    text: str


@dataclass(frozen=True)
class SessionNote:
    """The whole session with its note: only from `read_note` (audited)."""

    summary: SessionSummary
    note: str
    agreements: str
    interventions: tuple[str, ...]
    intervention_labels: tuple[str, ...]
    template_code: str | None
    attendance: tuple[AttendanceNote, ...]
    addenda: tuple[AddendumInfo, ...]
    signed_by: str | None
    signed_by_name: str | None
    editable: bool = field(default=False)  # a draft the acting user may edit

    @property
    def id(self) -> str:
        return self.summary.id


# -- access rules ----------------------------------------------------------------------------
def _counsellor_ids(session: Session, session_id: str) -> list[str]:
    return list(session.scalars(
        select(SessionCounsellor.user_id).where(SessionCounsellor.session_id == session_id,
                                                SessionCounsellor.deleted.is_(False))))


def may_read(actor: Actor, author_id: str, restricted: bool,
             counsellor_ids: Iterable[str]) -> bool:
    """Note text: counsellors and the author; a restricted note only its author and the
    counsellors named on it."""
    if actor.user_id == author_id:
        return True
    if restricted:
        return actor.can(Perm.NOTES_READ) and actor.user_id in set(counsellor_ids)
    return actor.can(Perm.NOTES_READ)


def _may_edit(actor: Actor, row: CounsellingSession, counsellor_ids: Iterable[str]) -> bool:
    return actor.can(Perm.NOTES_WRITE) and (
        actor.user_id == row.author_id or actor.user_id in set(counsellor_ids))


def _row(session: Session, session_id: str) -> CounsellingSession:
    row = session.get(CounsellingSession, session_id) if session_id else None
    if row is None or row.deleted:
        raise InvalidInput("This session was not found.", field="session_id")
    return row


def _require_edit(actor: Actor, row: CounsellingSession, counsellors: list[str]) -> None:
    require(actor, Perm.NOTES_WRITE)
    if not _may_edit(actor, row, counsellors):
        raise PermissionDenied("Only the author of this note and the counsellors named on it "
                               "may change it.")


# -- validation ------------------------------------------------------------------------------
@dataclass
class _Clean:
    kind: str
    start: dt.datetime
    end: dt.datetime
    minutes: int
    place: str | None
    group_id: str | None
    counsellors: list[str]
    people: list[AttendanceInput]
    note: str
    agreements: str
    interventions: list[str]
    restricted: bool
    template_code: str | None
    appointment: Appointment | None


def _counselling_user(session: Session, user_id: str) -> bool:
    user = session.get(User, user_id)
    if user is None:
        return False
    perms: set[Perm] = set()
    for name in user.role_names:
        try:
            perms |= ROLE_PERMS[Role(name)]
        except ValueError:
            continue
    return Perm.NOTES_READ in perms


def _validate(session: Session, actor: Actor, inp: SessionInput, now: dt.datetime,
              allowed_interventions: set[str],
              existing: CounsellingSession | None = None) -> _Clean:
    if inp.kind not in SESSION_KINDS:
        raise InvalidInput("Choose the type of session.", field="kind")
    start, end, minutes = times(inp.starts_at, inp.ends_at, inp.duration_min)
    if start > now + FUTURE_TOLERANCE:
        raise InvalidInput("A session that was held cannot be dated in the future. Book an "
                           "appointment instead.", field="starts_at")
    place = text_limit(inp.place, "place", 120) or None
    if place and "\n" in place:
        place = " ".join(place.split())

    group_id = inp.group_id or None
    if inp.kind == "group":
        if not group_id:
            raise InvalidInput("Choose the group.", field="group_id")
        group = session.get(Group, group_id)
        if group is None or group.deleted:
            raise InvalidInput("This group was not found.", field="group_id")
    elif group_id:
        raise InvalidInput("Only a group session belongs to a group.", field="group_id")

    author = existing.author_id if existing is not None else actor.user_id
    counsellors = [author]
    for uid in inp.counsellor_ids:
        if uid in counsellors:
            continue
        active_user(session, uid, "counsellor_ids")
        if not _counselling_user(session, uid):
            raise InvalidInput("Only counsellors can be named on a session.",
                               field="counsellor_ids")
        counsellors.append(uid)

    seen: set[str] = set()
    people: list[AttendanceInput] = []
    for n, a in enumerate(inp.people):
        fld = f"people.{n}"
        if a.person_id in seen:
            raise InvalidInput("This person is listed twice.", field=fld)
        seen.add(a.person_id)
        live_person(session, a.person_id, fld=fld)
        if a.risk_level is not None:
            if a.risk_level not in RISK_LEVELS:
                raise InvalidInput("Choose the risk level: leve, moderado or severo.",
                                   field=fld + ".risk_level")
            if not a.present:
                raise InvalidInput("Risk can be re-assessed only for someone present.",
                                   field=fld + ".risk_level")
        for t in a.violence_types:
            if t not in VIOLENCE_TYPES:
                raise InvalidInput("Choose violence types from the list.",
                                   field=fld + ".violence_types")
        note = text_limit(a.note, fld + ".note", TEXT_LIMIT) or None
        people.append(AttendanceInput(a.person_id, bool(a.present), note, a.risk_level,
                                      tuple(dict.fromkeys(a.violence_types))))
    present = [p for p in people if p.present]
    if inp.kind == "group" and not present:
        raise InvalidInput("A group session needs at least one person present.",
                           field="people")
    if inp.kind not in NOBODY_ALLOWED and not present:
        raise InvalidInput("Choose the person or people seen in this session.",
                           field="people")

    interventions: list[str] = []
    for code in inp.interventions:
        if code not in allowed_interventions:
            raise InvalidInput("Choose interventions from the list.", field="interventions")
        if code not in interventions:
            interventions.append(code)

    template_code = (inp.template_code or "").strip() or None
    if template_code and len(template_code) > 40:
        raise InvalidInput("This template was not found.", field="template_code")

    appointment = None
    if inp.appointment_id:
        appointment = session.get(Appointment, inp.appointment_id)
        if appointment is None or appointment.deleted:
            raise InvalidInput("This appointment was not found.", field="appointment_id")
        if appointment.session_id and (existing is None
                                       or appointment.session_id != existing.id):
            raise InvalidInput("This appointment already has its session.",
                               field="appointment_id")

    return _Clean(
        kind=inp.kind, start=start, end=end, minutes=minutes, place=place, group_id=group_id,
        counsellors=counsellors, people=people,
        note=text_limit(inp.note, "note", NOTE_LIMIT),
        agreements=text_limit(inp.agreements, "agreements", TEXT_LIMIT),
        interventions=interventions, restricted=bool(inp.restricted),
        template_code=template_code, appointment=appointment,
    )


# -- writing -----------------------------------------------------------------------------------
def _apply(session: Session, actor: Actor, row: CounsellingSession, c: _Clean) -> None:
    row.kind, row.starts_at, row.ends_at, row.duration_min = c.kind, c.start, c.end, c.minutes
    row.place, row.group_id, row.restricted = c.place, c.group_id, c.restricted
    row.note, row.agreements = c.note, c.agreements
    row.interventions = json.dumps(c.interventions, ensure_ascii=False)
    row.template_code = c.template_code
    session.flush()

    # counsellors: keep, revive or add; tombstone the ones no longer named
    links = {x.user_id: x for x in session.scalars(
        select(SessionCounsellor).where(SessionCounsellor.session_id == row.id))}
    for uid, link in links.items():
        if uid not in c.counsellors and not link.deleted:
            tombstone(session, link)
        elif uid in c.counsellors and link.deleted:
            link.deleted = False
    for uid in c.counsellors:
        if uid not in links:
            session.add(SessionCounsellor(session_id=row.id, user_id=uid))

    # attendance, with her risk re-assessment
    current = {a.person_id: a for a in session.scalars(
        select(Attendance).where(Attendance.session_id == row.id,
                                 Attendance.deleted.is_(False)))}
    wanted = {p.person_id for p in c.people}
    for pid, a in current.items():
        if pid not in wanted:
            _drop_risk(session, a)
            tombstone(session, a)
    for p in c.people:
        a = current.get(p.person_id)
        if a is None:
            a = Attendance(session_id=row.id, person_id=p.person_id)
            session.add(a)
        a.present, a.note = p.present, p.note
        session.flush()
        _sync_risk(session, actor, a, p, c.start)

    if c.appointment is not None:
        c.appointment.session_id = row.id
        c.appointment.status = "attended"
    session.flush()


def _drop_risk(session: Session, a: Attendance) -> None:
    if a.risk_assessment_id:
        old = session.get(RiskAssessment, a.risk_assessment_id)
        if old is not None and not old.deleted:
            tombstone(session, old)
        a.risk_assessment_id = None


def _sync_risk(session: Session, actor: Actor, a: Attendance, p: AttendanceInput,
               at: dt.datetime) -> None:
    """The re-assessment of a draft follows the draft: unchanged, replaced or removed."""
    old = session.get(RiskAssessment, a.risk_assessment_id) if a.risk_assessment_id else None
    if p.risk_level is None:
        _drop_risk(session, a)
        return
    if old is not None and not old.deleted and old.level == p.risk_level \
            and set(risk_mod.risk_info(old).violence_types) == set(p.violence_types) \
            and old.assessed_at == at and old.person_id == p.person_id:
        return
    _drop_risk(session, a)
    info = risk_mod.assess_risk(session, actor, p.person_id, p.risk_level, p.violence_types,
                                note=None, at=at)
    a.risk_assessment_id = info.id


def create_draft(session: Session, actor: Actor, inp: SessionInput,
                 now: dt.datetime | None = None) -> SessionNote:
    """Record a held session as a draft note. Audited as "session_created" (no content)."""
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    now = now or utcnow()
    clean = _validate(session, actor, inp, now, templates.active_intervention_codes(session))
    row = CounsellingSession(author_id=actor.user_id, status="draft", kind=clean.kind,
                             starts_at=clean.start, ends_at=clean.end,
                             duration_min=clean.minutes)
    session.add(row)
    session.flush()
    _apply(session, actor, row, clean)
    audit.record(session, "session_created", actor, target=row.id, kind=clean.kind)
    return _note(session, actor, row)


def update_draft(session: Session, actor: Actor, session_id: str, inp: SessionInput,
                 now: dt.datetime | None = None) -> SessionNote:
    """Replace a draft's content with `inp`. A signed note refuses (SignedNote)."""
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    row = _row(session, session_id)
    if row.status == "signed":
        raise SignedNote()
    counsellors = _counsellor_ids(session, row.id)
    _require_edit(actor, row, counsellors)
    allowed = templates.active_intervention_codes(session) | set(_codes(row))
    clean = _validate(session, actor, inp, now or utcnow(), allowed, existing=row)
    _apply(session, actor, row, clean)
    return _note(session, actor, row)


def sign(session: Session, actor: Actor, session_id: str,
         now: dt.datetime | None = None) -> SessionNote:
    """Sign a draft: from now on it never changes. Audited as "session_signed"."""
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    row = _row(session, session_id)
    if row.status == "signed":
        raise SignedNote()
    counsellors = _counsellor_ids(session, row.id)
    _require_edit(actor, row, counsellors)
    if not (row.note or "").strip():
        raise InvalidInput("Write the note before signing it.", field="note")
    now = now or utcnow()
    if row.starts_at > now + FUTURE_TOLERANCE:
        raise InvalidInput("A session that was held cannot be dated in the future. Book an "
                           "appointment instead.", field="starts_at")
    with session.no_autoflush:
        row.status, row.signed_at, row.signed_by = "signed", now, actor.user_id
        row.content_hash = content_hash(session, row)
    session.flush()
    audit.record(session, "session_signed", actor, target=row.id)
    return _note(session, actor, row)


def add_addendum(session: Session, actor: Actor, session_id: str, text: str,
                 now: dt.datetime | None = None) -> AddendumInfo:
    """A correction or later information on a signed note (never changes). Audited."""
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    row = _row(session, session_id)
    counsellors = _counsellor_ids(session, row.id)
    if not may_read(actor, row.author_id, row.restricted, counsellors):
        raise PermissionDenied("This note is restricted: only its author and the counsellors "
                               "named on it may read it.")
    if row.status != "signed":
        raise InvalidInput("This note is still a draft: correct it directly.", field="status")
    body = text_limit(text, "text", TEXT_LIMIT)
    if not body:
        raise InvalidInput("Write the addendum.", field="text")
    add = Addendum(session_id=row.id, author_id=actor.user_id, written_at=now or utcnow(),
                   text=body)
    session.add(add)
    session.flush()
    audit.record(session, "addendum_added", actor, target=row.id)
    return AddendumInfo(add.id, add.author_id, actor.full_name, add.written_at, add.text)


def set_restricted(session: Session, actor: Actor, session_id: str,
                   restricted: bool) -> SessionSummary:
    """Restrict a note to its author and named counsellors. A signed note can be
    restricted, never opened up again."""
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    row = _row(session, session_id)
    counsellors = _counsellor_ids(session, row.id)
    _require_edit(actor, row, counsellors)
    if row.restricted == bool(restricted):
        return _summaries(session, actor, [row])[0]
    if row.status == "signed" and not restricted:
        raise InvalidInput("The restriction of a signed note cannot be lifted.",
                           field="restricted")
    row.restricted = bool(restricted)
    session.flush()
    audit.record(session, "note_restricted" if restricted else "note_unrestricted", actor,
                 target=row.id)
    return _summaries(session, actor, [row])[0]


def discard_draft(session: Session, actor: Actor, session_id: str) -> None:
    """Throw away a draft (its author only). A signed note is never removed."""
    require(actor, Perm.NOTES_WRITE)
    require_write_session(session)
    row = _row(session, session_id)
    if row.status == "signed":
        raise SignedNote()
    if row.author_id != actor.user_id:
        raise PermissionDenied("Only the author of a draft may discard it.")
    for a in session.scalars(select(Attendance).where(Attendance.session_id == row.id,
                                                      Attendance.deleted.is_(False))):
        _drop_risk(session, a)
        tombstone(session, a)
    for appt in session.scalars(select(Appointment).where(Appointment.session_id == row.id)):
        appt.session_id, appt.status = None, "scheduled"
    tombstone(session, row)
    session.flush()
    audit.record(session, "session_discarded", actor, target=row.id)


# -- signature -----------------------------------------------------------------------------------
def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ")


def content_hash(session: Session, row: CounsellingSession) -> str:
    """SHA-256 over what a signature covers: the content, the counsellors and the
    attendance (not person_id, which a merge of two records of one person moves)."""
    counsellors = sorted(_counsellor_ids(session, row.id))
    attendance = sorted(
        [a.id, bool(a.present), a.note, a.risk_assessment_id]
        for a in session.scalars(select(Attendance).where(Attendance.session_id == row.id,
                                                          Attendance.deleted.is_(False))))
    fields = [row.id, row.kind, _iso(row.starts_at), _iso(row.ends_at), row.duration_min,
              row.place, row.group_id, row.author_id, row.note, row.agreements,
              json.loads(row.interventions or "[]"), row.template_code, _iso(row.signed_at),
              row.signed_by, counsellors, attendance]
    data = json.dumps(fields, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def verify_signature(session: Session, session_id: str) -> bool:
    """Does a signed session still hold exactly what was signed?"""
    return signature_state(session, session_id) == "intact"


def signature_state(session: Session, session_id: str) -> str:
    """'unsigned'; 'intact' (holds exactly what was signed); 'withheld' (a copy at the
    central office whose note was not shared or was removed when her consent to the
    centre was withdrawn: the text the signature covers is not here, so it cannot be
    checked — the site's copy can); or 'changed' (it differs from what was signed)."""
    row = _row(session, session_id)
    if row.status != "signed":
        return "unsigned"
    if row.content_hash == content_hash(session, row):
        return "intact"
    if row.note == WITHHELD_TEXT and row.agreements in (WITHHELD_TEXT, None):
        return "withheld"
    return "changed"


# -- reading -------------------------------------------------------------------------------------
def _codes(row: CounsellingSession) -> list[str]:
    try:
        value = json.loads(row.interventions or "[]")
    except ValueError:
        return []
    return [str(x) for x in value] if isinstance(value, list) else []


def _summaries(session: Session, actor: Actor,
               rows: Sequence[CounsellingSession]) -> list[SessionSummary]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    couns: dict[str, list[str]] = {i: [] for i in ids}
    for sid, uid in session.execute(
            select(SessionCounsellor.session_id, SessionCounsellor.user_id).where(
                SessionCounsellor.session_id.in_(ids), SessionCounsellor.deleted.is_(False))):
        couns[sid].append(uid)
    att: dict[str, list[tuple[str, bool]]] = {i: [] for i in ids}
    for sid, pid, present in session.execute(
            select(Attendance.session_id, Attendance.person_id, Attendance.present).where(
                Attendance.session_id.in_(ids), Attendance.deleted.is_(False))):
        att[sid].append((pid, bool(present)))
    addenda = dict(session.execute(
        select(Addendum.session_id, func.count()).where(Addendum.session_id.in_(ids))
        .group_by(Addendum.session_id)).all())
    group_ids = {r.group_id for r in rows if r.group_id}
    groups = dict(session.execute(select(Group.id, Group.name).where(
        Group.id.in_(group_ids))).all()) if group_ids else {}
    users = user_names(session, [r.author_id for r in rows]
                       + [u for lst in couns.values() for u in lst])
    people = person_names(session, [p for lst in att.values() for p, _ in lst])
    out = []
    for r in rows:
        order = [r.author_id] + sorted((u for u in couns[r.id] if u != r.author_id),
                                       key=lambda u: users.get(u, ""))
        present = sorted(att[r.id], key=lambda x: (not x[1], people.get(x[0], "")))
        out.append(SessionSummary(
            id=r.id, kind=r.kind, status=r.status, starts_at=r.starts_at, ends_at=r.ends_at,
            duration_min=r.duration_min, place=r.place, group_id=r.group_id,
            group_name=groups.get(r.group_id) if r.group_id else None,
            author_id=r.author_id, author_name=users.get(r.author_id, ""),
            counsellors=tuple((u, users.get(u, "")) for u in order if u in couns[r.id]
                              or u == r.author_id),
            people=tuple(PersonAtSession(p, people.get(p, ""), pr) for p, pr in present),
            restricted=bool(r.restricted), signed_at=r.signed_at,
            addenda_count=int(addenda.get(r.id, 0)),
            readable=may_read(actor, r.author_id, bool(r.restricted), couns[r.id]),
        ))
    return out


def _note(session: Session, actor: Actor, row: CounsellingSession) -> SessionNote:
    summary = _summaries(session, actor, [row])[0]
    labels = templates.intervention_labels(session)
    codes = _codes(row)
    rows = list(session.scalars(select(Attendance).where(Attendance.session_id == row.id,
                                                         Attendance.deleted.is_(False))))
    names = person_names(session, [a.person_id for a in rows])
    risks = {r.id: r for r in session.scalars(select(RiskAssessment).where(
        RiskAssessment.id.in_([a.risk_assessment_id for a in rows if a.risk_assessment_id])))}
    attendance = []
    for a in sorted(rows, key=lambda x: (not x.present, names.get(x.person_id, ""))):
        risk = risks.get(a.risk_assessment_id) if a.risk_assessment_id else None
        attendance.append(AttendanceNote(
            a.id, a.person_id, names.get(a.person_id, ""), bool(a.present), a.note,
            risk.level if risk is not None else None,
            risk_mod.risk_info(risk).violence_types if risk is not None else ()))
    adds = list(session.scalars(select(Addendum).where(Addendum.session_id == row.id)
                                .order_by(Addendum.written_at, Addendum.version)))
    authors = user_names(session, [a.author_id for a in adds] + [row.signed_by])
    counsellors = [u for u, _n in summary.counsellors]
    return SessionNote(
        summary=summary, note=row.note, agreements=row.agreements, interventions=tuple(codes),
        intervention_labels=tuple(labels.get(c, c) for c in codes),
        template_code=row.template_code, attendance=tuple(attendance),
        addenda=tuple(AddendumInfo(a.id, a.author_id, authors.get(a.author_id, ""),
                                   a.written_at, a.text) for a in adds),
        signed_by=row.signed_by, signed_by_name=authors.get(row.signed_by or ""),
        editable=row.status == "draft" and _may_edit(actor, row, counsellors),
    )


def read_note(session: Session, actor: Actor, session_id: str) -> SessionNote:
    """The note with its addenda. Audited as "note_read" (needs a writing session)."""
    require_write_session(session)
    row = _row(session, session_id)
    counsellors = _counsellor_ids(session, row.id)
    if actor.user_id != row.author_id:
        require(actor, Perm.NOTES_READ)
    if not may_read(actor, row.author_id, bool(row.restricted), counsellors):
        raise PermissionDenied("This note is restricted: only its author and the counsellors "
                               "named on it may read it.")
    audit.record(session, "note_read", actor, target=row.id)
    return _note(session, actor, row)


def get_summary(session: Session, actor: Actor, session_id: str) -> SessionSummary:
    require(actor, Perm.SESSIONS_LOG)
    return _summaries(session, actor, [_row(session, session_id)])[0]


SUMMARY_COLUMNS = (
    CounsellingSession.kind, CounsellingSession.status, CounsellingSession.starts_at,
    CounsellingSession.ends_at, CounsellingSession.duration_min, CounsellingSession.place,
    CounsellingSession.group_id, CounsellingSession.author_id, CounsellingSession.restricted,
    CounsellingSession.signed_at,
)


def list_sessions(session: Session, actor: Actor, person_id: str | None = None,
                  counsellor_id: str | None = None, group_id: str | None = None,
                  start: dt.datetime | None = None, end: dt.datetime | None = None,
                  status: str | None = None, limit: int = 500) -> list[SessionSummary]:
    """Sessions, newest first, without content (every role with SESSIONS_LOG)."""
    require(actor, Perm.SESSIONS_LOG)
    # Only the columns a summary shows: never the note text (faster, and no content in
    # memory for roles that may not read it).
    q = select(CounsellingSession).options(load_only(*SUMMARY_COLUMNS)).where(
        CounsellingSession.deleted.is_(False))
    if person_id:
        q = q.where(CounsellingSession.id.in_(
            select(Attendance.session_id).where(Attendance.person_id == person_id,
                                                Attendance.deleted.is_(False))))
    if counsellor_id:
        q = q.where(CounsellingSession.id.in_(
            select(SessionCounsellor.session_id).where(
                SessionCounsellor.user_id == counsellor_id,
                SessionCounsellor.deleted.is_(False))))
    if group_id:
        q = q.where(CounsellingSession.group_id == group_id)
    if start is not None:
        q = q.where(CounsellingSession.starts_at >= start)
    if end is not None:
        q = q.where(CounsellingSession.starts_at < end)
    if status:
        q = q.where(CounsellingSession.status == status)
    q = q.order_by(CounsellingSession.starts_at.desc()).limit(max(1, min(int(limit), 5000)))
    return _summaries(session, actor, list(session.scalars(q)))


def my_drafts(session: Session, actor: Actor, limit: int = 100) -> list[SessionSummary]:
    """Drafts the acting user wrote or is named on: notes still to sign."""
    require(actor, Perm.NOTES_WRITE)
    return list_sessions(session, actor, counsellor_id=actor.user_id, status="draft",
                         limit=limit)
