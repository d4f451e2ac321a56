"""Search as you type over names, document number and phone.

Two phases, both accent- and case-insensitive:
1. prefix: the folded query is a prefix of "given first second", of "first second
   given", or of the document number. Plain index range scans: a handful of
   milliseconds even for one or two letters, and the most natural results first.
2. substring (SQLite): when phase 1 found fewer than `limit`, the FTS5 trigram index
   `person_fts` (created by migration 0002 and kept in sync by triggers) finds every
   word of three letters or more anywhere in the names, document or phone
   ("quispe jose", "uisp", "654 321"); shorter words must begin a word of the name.
   Other databases (PostgreSQL) use LIKE over the folded columns instead.

Results are ranked (prefix matches first, then matches with more words matching at a
word start, shorter names first) and limited (default 50).
Search is not audited (the list shows no more than lookup does); opening a file is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from clinic_desk.core.intake.models import Person, RiskAssessment
from clinic_desk.core.intake.validation import age_of, fold
from clinic_desk.core.security.roles import Actor, Perm, require

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
_NUMBERISH = re.compile(r"^\+?[\d ]+$")
_HIGH = "\U0010ffff"


@dataclass(frozen=True)
class PersonHit:
    id: str
    full_name: str
    doc_type: str
    doc_number: str | None
    age: int | None
    age_is_approx: bool
    # only for roles that may read the file (None for lookup-only roles)
    sex: str | None = None
    phone: str | None = None
    sector: str | None = None
    risk_level: str | None = None


_COLUMNS = (
    Person.id, Person.given_names, Person.first_surname, Person.second_surname,
    Person.doc_type, Person.doc_number, Person.birth_date, Person.birth_year,
    Person.age_is_approx, Person.sex, Person.phone, Person.sector,
)


def _prefix(column: object, value: str) -> object:
    return and_(column >= value, column < value + _HIGH)  # type: ignore[operator]


def search_people(session: Session, actor: Actor, query: str, limit: int = DEFAULT_LIMIT,
                  today: dt.date | None = None) -> list[PersonHit]:
    """People matching what has been typed so far, best first."""
    require(actor, Perm.PEOPLE_LOOKUP)
    limit = max(1, min(int(limit), MAX_LIMIT))
    raw = (query or "").strip()
    if not raw:
        return []
    return _hits(session, actor, find_ids(session, raw, limit), today)


def _hits(session: Session, actor: Actor, ids: list[str],
          today: dt.date | None) -> list[PersonHit]:
    if not ids:
        return []
    rows = {r.id: r for r in session.execute(select(*_COLUMNS).where(Person.id.in_(ids)))}
    full = actor.can(Perm.PEOPLE_READ)
    risks = _current_levels(session, ids) if full else {}
    hits = []
    for pid in ids:
        r = rows.get(pid)
        if r is None:
            continue
        name = " ".join(x for x in (r.given_names, r.first_surname, r.second_surname) if x)
        hits.append(PersonHit(
            r.id, name, r.doc_type, r.doc_number, age_of(r.birth_date, r.birth_year, today),
            bool(r.age_is_approx),
            sex=r.sex if full else None, phone=r.phone if full else None,
            sector=r.sector if full else None, risk_level=risks.get(pid),
        ))
    return hits


def find_ids(session: Session, raw: str, limit: int) -> list[str]:
    """Ids of matching live people, ranked. No permission check: callers do it."""
    numberish = bool(_NUMBERISH.match(raw))
    folded = raw.replace(" ", "").lstrip("+") if numberish else fold(raw)
    if not folded:
        return []
    ids: list[str] = []
    seen: set[str] = set()

    def take(values: object) -> None:
        for pid in values:  # type: ignore[attr-defined]
            if pid not in seen and len(ids) < limit:
                seen.add(pid)
                ids.append(pid)

    live = Person.deleted.is_(False)
    if numberish:
        take(session.scalars(select(Person.id).where(_prefix(Person.doc_number, folded), live)
                             .order_by(Person.doc_number).limit(limit)))
    else:
        take(session.scalars(select(Person.id).where(_prefix(Person.name_norm, folded), live)
                             .order_by(Person.name_norm).limit(limit)))
        if len(ids) < limit:
            take(session.scalars(select(Person.id)
                                 .where(_prefix(Person.surname_norm, folded), live)
                                 .order_by(Person.surname_norm).limit(limit)))
    if len(ids) >= limit:
        return ids
    tokens = [folded] if numberish else folded.split()
    indexable = [t for t in tokens if len(t) >= (3 if numberish else 2)]
    if not indexable:
        return ids
    if session.get_bind().dialect.name == "sqlite":
        take(_fts(session, tokens, limit + len(ids)))
    else:
        take(_like(session, [t for t in tokens if len(t) >= 3],
                   [t for t in tokens if len(t) < 3], limit + len(ids)))
    return ids


def fts_match(tokens: list[str], joiner: str = " AND ") -> str:
    """An FTS5 query: each token as a quoted string (tokens are folded: [0-9a-z]+)."""
    return joiner.join(f'"{t}"' for t in tokens)


# The index's name column starts with a space, so " qu" (a trigram) is "a word starting
# with qu". One-letter words are checked on the folded name kept in the index (`norm`).
# No ORDER BY rank: ranking every match of a common word ("maria") costs tens of
# milliseconds at 100,000 people; the first CANDIDATES matches are ranked here instead.
CANDIDATES = 200
_FTS_SQL = "SELECT person_id, norm FROM person_fts WHERE person_fts MATCH :m{extra} LIMIT :n"


def _fts(session: Session, tokens: list[str], n: int) -> list[str]:
    terms = [f'"{t}"' if len(t) >= 3 else f'" {t}"' for t in tokens if len(t) >= 2]
    singles = [t for t in tokens if len(t) == 1]
    extra = "".join(f" AND norm LIKE :s{i}" for i in range(len(singles)))
    params: dict[str, object] = {"m": " AND ".join(terms), "n": max(n, CANDIDATES)}
    params.update({f"s{i}": f"% {t}%" for i, t in enumerate(singles)})
    rows = session.execute(text(_FTS_SQL.format(extra=extra)), params).all()
    starts = [f" {t}" for t in tokens]

    def key(row: tuple[str, str]) -> tuple[int, int, str]:
        norm = row[1] or ""
        return (-sum(1 for t in starts if t in norm), len(norm), norm)

    return [r[0] for r in sorted(rows, key=key)[:n]]


def _like(session: Session, long_tokens: list[str], short_tokens: list[str],
          n: int) -> list[str]:
    conds = []
    for t in long_tokens:
        pattern = f"%{t}%"
        conds.append(or_(Person.name_norm.like(pattern), Person.doc_number.like(pattern),
                         Person.phone.like(pattern)))
    for t in short_tokens:
        conds.append((" " + Person.name_norm).like(f"% {t}%"))
    q = (select(Person.id).where(Person.deleted.is_(False), *conds)
         .order_by(Person.surname_norm).limit(n))
    return list(session.scalars(q))


def _current_levels(session: Session, ids: list[str]) -> dict[str, str]:
    rows = session.execute(
        select(RiskAssessment.person_id, RiskAssessment.level, RiskAssessment.assessed_at,
               RiskAssessment.version)
        .where(RiskAssessment.person_id.in_(ids), RiskAssessment.deleted.is_(False))
    )
    best: dict[str, tuple[object, int, str]] = {}
    for pid, level, at, version in rows:
        key = (at, version)
        if pid not in best or key > best[pid][:2]:  # type: ignore[operator]
            best[pid] = (at, version, level)
    return {pid: v[2] for pid, v in best.items()}


def recent_people(session: Session, actor: Actor, limit: int = DEFAULT_LIMIT,
                  today: dt.date | None = None) -> list[PersonHit]:
    """The most recently registered or changed people (the list before anything is typed)."""
    require(actor, Perm.PEOPLE_LOOKUP)
    ids = list(session.scalars(select(Person.id).where(Person.deleted.is_(False))
                               .order_by(Person.version.desc()).limit(limit)))
    return _hits(session, actor, ids, today)
