"""Synthetic sessions for the demo and for benchmarks: several per woman, mostly
signed, some with addenda and risk re-assessments; the women's group "Las Pioneras"
meeting weekly; this week's appointments (a few missed); follow-up tasks; community
talks. Nobody described here exists: notes are stock phrases about invented people.

Rows are added directly in batches (the flush hook still stamps them and writes the
change log; signed rows carry their real content hash). Importing this module
registers a small filler in clinic_desk.core.demo.DEMO_FILLERS.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from clinic_desk.core.db.models import User
from clinic_desk.core.intake.models import RISK_LEVELS, Person, RiskAssessment
from clinic_desk.core.intake.names_pe import SECTORS
from clinic_desk.core.sessions import sessions as svc
from clinic_desk.core.sessions.models import (
    AGE_BANDS,
    Addendum,
    Appointment,
    Attendance,
    CommunityActivity,
    CounsellingSession,
    FollowUpTask,
    Group,
    GroupMember,
    SessionCounsellor,
)
from clinic_desk.core.sessions.templates import DEFAULT_INTERVENTIONS

if TYPE_CHECKING:
    from clinic_desk.core.workspace import Workspace

BATCH = 500
LIMA = dt.datetime.now().astimezone().tzinfo or dt.UTC  # the PC's zone: Lima on site
OPENINGS = (
    "Llega puntual y con disposición a conversar.",
    "Llega acompañada de su hija menor; se la nota cansada.",
    "Refiere que durmió mal los últimos días.",
    "Se muestra más tranquila que en la sesión anterior.",
    "Llega llorosa; se brinda contención antes de iniciar.",
)
MIDDLES = (
    "Se revisa el plan de seguridad y se actualizan los números de emergencia.",
    "Se trabaja el reconocimiento del ciclo de la violencia.",
    "Conversamos sobre sus redes de apoyo: su hermana y una vecina de confianza.",
    "Expresa preocupación por la audiencia en la Fiscalía; se explica el proceso.",
    "Se practican ejercicios de respiración para los momentos de angustia.",
    "Relata avances en la búsqueda de trabajo en el mercado de la zona.",
)
CLOSINGS = (
    "Se acuerda una nueva sesión la próxima semana.",
    "Se compromete a llamar a la línea 100 si la situación se repite.",
    "Se coordinará con el CEM para el acompañamiento legal.",
    "Se deja tarea: anotar los momentos del día en que se siente segura.",
)
AGREEMENTS = ("Asistir a la próxima cita.", "Guardar sus documentos en lugar seguro.",
              "Retomar el control de salud de los niños.", "Participar en el grupo del jueves.")
TASKS = ("Coordinar acompañamiento al CEM", "Llamar para confirmar la cita",
         "Solicitar vacante escolar para su hijo", "Gestionar pasaje para la audiencia",
         "Derivar a control en el centro de salud")
TOPICS = ("Prevención de la violencia en el enamoramiento", "Derechos de las mujeres y la "
          "línea 100", "Crianza sin violencia", "Autocuidado y salud mental",
          "Cómo acompañar a una vecina que sufre violencia")
PLACES = ("Consultorio 1", "Consultorio 2", "Sala de talleres", "Domicilio")


@dataclass(frozen=True)
class FillReport:
    sessions: int
    appointments: int
    activities: int


def _id() -> str:
    return str(uuid.uuid4())


def _counsellors(ws: Workspace) -> list[str]:
    with ws.db.read() as s:
        users = list(s.scalars(select(User).where(User.deleted.is_(False),
                                                  User.active.is_(True))))
    return [u.id for u in users if "counsellor" in u.role_names]


def _note(r: random.Random) -> str:
    return " ".join((r.choice(OPENINGS), r.choice(MIDDLES), r.choice(MIDDLES),
                     r.choice(CLOSINGS)))


def fill(ws: Workspace, per_person: int = 3, max_people: int | None = None, seed: int = 11,
         today: dt.date | None = None, progress: Callable[[int, int], None] | None = None
         ) -> FillReport:
    """About `per_person` sessions for every adult woman (up to `max_people`)."""
    counsellors = _counsellors(ws)
    if not counsellors:
        return FillReport(0, 0, 0)
    r = random.Random(seed)
    today = today or dt.date.today()
    now = dt.datetime.now(dt.UTC)
    actor_id = counsellors[0]
    with ws.db.read() as s:
        q = select(Person.id).where(Person.deleted.is_(False), Person.sex == "female",
                                    Person.birth_year <= today.year - 18).order_by(Person.id)
        if max_people:
            q = q.limit(max_people)
        women = list(s.scalars(q))
    codes = [c for c, _l in DEFAULT_INTERVENTIONS]
    made = 0
    for start in range(0, len(women), BATCH):
        with ws.db.write(actor_id) as s:
            parents: list[object] = []
            children: list[object] = []
            for pid in women[start:start + BATCH]:
                author = r.choice(counsellors)
                first = today - dt.timedelta(days=r.randint(20, 400))
                for i in range(max(1, per_person + r.choice((-1, 0, 0, 1)))):
                    day = first + dt.timedelta(days=7 * i + r.randint(0, 3))
                    if day >= today:
                        break
                    starts = dt.datetime.combine(day, dt.time(r.choice((9, 10, 11, 15, 16)),
                                                 r.choice((0, 30))), tzinfo=LIMA)
                    minutes = r.choice((45, 50, 60, 60, 90))
                    kind = r.choice(("individual",) * 6 + ("family", "home_visit", "phone"))
                    row = CounsellingSession(
                        id=_id(), kind=kind, status="draft", starts_at=starts,
                        ends_at=starts + dt.timedelta(minutes=minutes), duration_min=minutes,
                        place="Domicilio" if kind == "home_visit" else (
                            None if kind == "phone" else r.choice(PLACES[:3])),
                        author_id=author, restricted=r.random() < 0.05, note=_note(r),
                        agreements=r.choice(AGREEMENTS),
                        interventions=json.dumps(sorted(r.sample(codes, r.randint(1, 3)))),
                        template_code="first_interview" if i == 0 else "follow_up")
                    parents.append(row)
                    # children dated at the session, so they predate the (back-dated)
                    # signature: an import elsewhere accepts them (migration 0004)
                    att = Attendance(id=_id(), session_id=row.id, person_id=pid, present=True,
                                     created_at=starts)
                    if i == 0 or r.random() < 0.3:
                        ra = RiskAssessment(id=_id(), person_id=pid,
                                            level=r.choice(RISK_LEVELS), physical=r.random() < .6,
                                            psychological=True, sexual=r.random() < .15,
                                            economic=r.random() < .4, assessed_by=author,
                                            assessed_at=starts)
                        parents.append(ra)
                        att.risk_assessment_id = ra.id
                    children.append(att)
                    children.append(SessionCounsellor(id=_id(), session_id=row.id,
                                                      user_id=author, created_at=starts))
                    row._demo_sign = (day < today - dt.timedelta(days=2)  # type: ignore[attr-defined]
                                      or r.random() < 0.5)
                    made += 1
                if r.random() < 0.3:
                    children.append(FollowUpTask(
                        id=_id(), title=r.choice(TASKS), person_id=pid, assigned_to=author,
                        due_on=today + dt.timedelta(days=r.randint(-5, 20)), status="open"))
            s.add_all(parents)
            s.flush()
            s.add_all(children)
            s.flush()
            _sign_all(s, [p for p in parents if isinstance(p, CounsellingSession)], now, r)
        if progress is not None:
            progress(min(start + BATCH, len(women)), len(women))
    appts = _appointments(ws, counsellors, women, r, today)
    _group(ws, counsellors, women, r, today, now)
    acts = _community(ws, actor_id, r, today)
    return FillReport(made, appts, acts)


def _sign_all(s: object, rows: list[CounsellingSession], now: dt.datetime,
              r: random.Random) -> None:
    for row in rows:
        if not getattr(row, "_demo_sign", False):
            continue
        signed_at = min(now, row.ends_at + dt.timedelta(hours=r.randint(1, 30)))
        with s.no_autoflush:  # type: ignore[attr-defined]
            row.status, row.signed_at, row.signed_by = "signed", signed_at, row.author_id
            row.content_hash = svc.content_hash(s, row)  # type: ignore[arg-type]
    s.flush()  # type: ignore[attr-defined]
    for row in rows:
        if row.status == "signed" and r.random() < 0.08:
            s.add(Addendum(id=_id(), session_id=row.id, author_id=row.author_id,  # type: ignore[attr-defined]
                           written_at=row.signed_at + dt.timedelta(days=1),
                           text="Se corrige: la cita acordada es el jueves, no el miércoles."))
    s.flush()  # type: ignore[attr-defined]


def _appointments(ws: Workspace, counsellors: list[str], women: list[str],
                  r: random.Random, today: dt.date) -> int:
    if not women:
        return 0
    monday = today - dt.timedelta(days=today.weekday())
    rows = []
    for offset in range(0, 12):
        day = monday + dt.timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for c in counsellors:
            for hour in r.sample((9, 10, 11, 12, 15, 16, 17), r.randint(2, 4)):
                starts = dt.datetime.combine(day, dt.time(hour), tzinfo=LIMA)
                past = starts.astimezone(dt.UTC) < dt.datetime.now(dt.UTC)
                status = "scheduled"
                if past:
                    status = r.choice(("attended",) * 5 + ("missed", "scheduled"))
                rows.append(Appointment(
                    id=_id(), kind=r.choice(("individual",) * 5 + ("family", "home_visit")),
                    starts_at=starts, ends_at=starts + dt.timedelta(minutes=50),
                    counsellor_id=c, person_id=r.choice(women), place=r.choice(PLACES[:2]),
                    status=status))
    with ws.db.write(counsellors[0]) as s:
        s.add_all(rows)
    return len(rows)


def _group(ws: Workspace, counsellors: list[str], women: list[str], r: random.Random,
           today: dt.date, now: dt.datetime) -> None:
    if len(women) < 4:
        return
    facilitator = counsellors[0]
    members = r.sample(women, min(12, len(women)))
    start = today - dt.timedelta(days=7 * 10)
    with ws.db.write(facilitator) as s:
        group = Group(id=_id(), name="Las Pioneras", place="Sala de talleres",
                      description="Grupo de mujeres: autoestima, derechos y autonomía económica.",
                      facilitator_id=facilitator, active=True)
        s.add(group)
        s.flush()
        s.add_all([GroupMember(id=_id(), group_id=group.id, person_id=p, joined_on=start)
                   for p in members])
        s.flush()
        rows = []
        thursday = start + dt.timedelta(days=(3 - start.weekday()) % 7)
        for week in range(10):
            day = thursday + dt.timedelta(days=7 * week)
            if day >= today:
                break
            starts = dt.datetime.combine(day, dt.time(15), tzinfo=LIMA)
            row = CounsellingSession(
                id=_id(), kind="group", status="draft", starts_at=starts,
                ends_at=starts + dt.timedelta(minutes=120), duration_min=120,
                place="Sala de talleres", group_id=group.id, author_id=facilitator,
                note="Sesión grupal. " + r.choice(MIDDLES) + " Participación activa; "
                "se cierra con una dinámica de respiración.",
                agreements="Traer una foto de un momento feliz para la próxima sesión.",
                interventions=json.dumps(["group_work", "psychoeducation"]),
                template_code="follow_up")
            row._demo_sign = True  # type: ignore[attr-defined]
            s.add(row)
            s.flush()
            s.add(SessionCounsellor(id=_id(), session_id=row.id, user_id=facilitator,
                                    created_at=starts))
            for p in members:
                present = r.random() < 0.8
                s.add(Attendance(id=_id(), session_id=row.id, person_id=p, present=present,
                                 created_at=starts,
                                 note="Compartió su experiencia con el grupo."
                                 if present and r.random() < 0.2 else None))
            s.flush()
            rows.append(row)
        _sign_all(s, rows, now, r)
        nxt = thursday + dt.timedelta(days=7 * ((today - thursday).days // 7 + 1))
        starts = dt.datetime.combine(nxt, dt.time(15), tzinfo=LIMA)
        s.add(Appointment(id=_id(), kind="group", starts_at=starts,
                          ends_at=starts + dt.timedelta(minutes=120), counsellor_id=facilitator,
                          group_id=group.id, place="Sala de talleres", status="scheduled"))


def _community(ws: Workspace, actor_id: str, r: random.Random, today: dt.date) -> int:
    rows = []
    for _ in range(8):
        counts = {"female": {b: r.randint(0, 15) for b in AGE_BANDS},
                  "male": {b: r.randint(0, 6) for b in AGE_BANDS}}
        counts["female"]["30-59"] += 5
        total = sum(sum(b.values()) for b in counts.values())
        setting = r.choice(("neighbourhood", "school", "market", "community_hall"))
        rows.append(CommunityActivity(
            id=_id(), held_on=today - dt.timedelta(days=r.randint(1, 180)),
            kind=r.choice(("talk", "talk", "campaign", "workshop")), setting=setting,
            topic=r.choice(TOPICS), place={"school": "I.E. N.° 1234", "market": "Mercado Zona B",
                                           "community_hall": "Local comunal",
                                           "neighbourhood": "Losa deportiva"}[setting],
            sector=r.choice(SECTORS), facilitators="Equipo psicosocial",
            headcounts=json.dumps(counts, sort_keys=True), total=total))
    with ws.db.write(actor_id) as s:
        s.add_all(rows)
    return len(rows)


def _demo_filler(ws: Workspace) -> None:
    fill(ws, per_person=3)


def _register() -> None:
    from clinic_desk.core import demo as core_demo

    if _demo_filler not in core_demo.DEMO_FILLERS:
        core_demo.DEMO_FILLERS.append(_demo_filler)


_register()
