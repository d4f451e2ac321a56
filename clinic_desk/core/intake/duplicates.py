"""Is this new person already known? Checked while the intake form is typed.

Candidates come from indexes, never from a scan of every person:
- the same document number (index on people.doc_number);
- the same date of birth (index on people.birth_date);
- the FTS5 trigram index: every name word must match by its first or its last half
  (so one wrong letter still matches), or any two whole words must match.
Candidates are then scored with rapidfuzz on accent-folded full names.

Reasons: "same_document", "similar_name_same_birth_date", "similar_name".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from clinic_desk.core.intake.models import Person
from clinic_desk.core.intake.search import fts_match
from clinic_desk.core.intake.validation import PersonInput, age_of, fold
from clinic_desk.core.security.roles import Actor, Perm, require

SAME_DOCUMENT = "same_document"
SIMILAR_NAME_SAME_BIRTH = "similar_name_same_birth_date"
SIMILAR_NAME = "similar_name"
REASON_TEXT = {  # templates for the UI to translate
    SAME_DOCUMENT: "Same document number",
    SIMILAR_NAME_SAME_BIRTH: "Similar name and same date of birth",
    SIMILAR_NAME: "Similar name",
}
_ORDER = {SAME_DOCUMENT: 0, SIMILAR_NAME_SAME_BIRTH: 1, SIMILAR_NAME: 2}

SIMILAR_NAME_MIN = 88.0  # token_sort_ratio for "similar name"
SAME_BIRTH_NAME_MIN = 70.0  # lower bar when the date of birth is the same
MAX_CANDIDATES = 300


@dataclass(frozen=True)
class DuplicateMatch:
    person_id: str
    full_name: str
    doc_type: str
    doc_number: str | None
    birth_date: dt.date | None
    age: int | None
    reason: str  # the strongest reason
    reasons: tuple[str, ...]
    score: float  # 0-100: name similarity (100 for the same document)


def _pieces(token: str) -> list[str]:
    if len(token) <= 4:
        return [token[:3], token[-3:]] if len(token) == 4 else [token]
    half = max(3, (len(token) + 1) // 2)
    return [token[:half], token[-half:]]


def name_query(tokens: list[str]) -> str | None:
    """The FTS5 expression for candidate names (tokens folded, 3+ characters)."""
    tokens = [t for t in tokens if len(t) >= 3]
    if not tokens:
        return None
    halves = " AND ".join("(" + fts_match(sorted(set(_pieces(t))), " OR ") + ")"
                          for t in tokens)
    if len(tokens) < 3:
        return halves
    pairs = " OR ".join("(" + fts_match(list(p)) + ")" for p in combinations(tokens, 2))
    return f"({halves}) OR {pairs}"


def find_duplicates(session: Session, actor: Actor, given_names: str = "",
                    first_surname: str = "", second_surname: str | None = None,
                    doc_number: str | None = None, birth_date: dt.date | None = None,
                    exclude_id: str | None = None, limit: int = 10,
                    today: dt.date | None = None) -> list[DuplicateMatch]:
    """Likely matches for what has been typed so far (fields may be incomplete)."""
    require(actor, Perm.PEOPLE_READ)
    name = fold(f"{given_names} {first_surname} {second_surname or ''}")
    short = fold(f"{given_names} {first_surname}")
    number = "".join((doc_number or "").split()).upper() or None
    if number is not None and len(number) < 8:
        number = None

    found: dict[str, set[str]] = {}
    if number:
        for pid in session.scalars(select(Person.id).where(
                Person.doc_number == number, Person.deleted.is_(False))):
            found.setdefault(pid, set()).add(SAME_DOCUMENT)
    same_birth: set[str] = set()
    if birth_date is not None:
        same_birth = set(session.scalars(select(Person.id).where(
            Person.birth_date == birth_date, Person.deleted.is_(False))))
    name_ids: list[str] = []
    tokens = name.split()
    if len(tokens) >= 2 or (tokens and len(tokens[0]) >= 5):
        name_ids = _name_candidates(session, tokens)
    candidates = set(found) | same_birth | set(name_ids)
    candidates.discard(exclude_id)  # type: ignore[arg-type]
    if not candidates:
        return []
    rows = session.execute(
        select(Person.id, Person.given_names, Person.first_surname, Person.second_surname,
               Person.name_norm, Person.doc_type, Person.doc_number, Person.birth_date,
               Person.birth_year)
        .where(Person.id.in_(candidates))
    ).all()
    matches = []
    for r in rows:
        reasons = set(found.get(r.id, ()))
        score = 0.0
        if name:
            score = fuzz.token_sort_ratio(name, r.name_norm)
            if not second_surname:  # compare like with like when she gave one surname
                cand_short = fold(f"{r.given_names} {r.first_surname}")
                score = max(score, fuzz.token_sort_ratio(short, cand_short))
        if r.id in same_birth and score >= SAME_BIRTH_NAME_MIN:
            reasons.add(SIMILAR_NAME_SAME_BIRTH)
        elif score >= SIMILAR_NAME_MIN:
            reasons.add(SIMILAR_NAME)
        if not reasons:
            continue
        ordered = tuple(sorted(reasons, key=_ORDER.__getitem__))
        matches.append(DuplicateMatch(
            r.id, " ".join(x for x in (r.given_names, r.first_surname, r.second_surname) if x),
            r.doc_type, r.doc_number, r.birth_date, age_of(r.birth_date, r.birth_year, today),
            ordered[0], ordered, 100.0 if SAME_DOCUMENT in reasons else round(score, 1),
        ))
    matches.sort(key=lambda m: (_ORDER[m.reason], -m.score, m.full_name))
    return matches[:limit]


def find_duplicates_for(session: Session, actor: Actor, inp: PersonInput,
                        exclude_id: str | None = None, limit: int = 10,
                        today: dt.date | None = None) -> list[DuplicateMatch]:
    return find_duplicates(session, actor, inp.given_names, inp.first_surname,
                           inp.second_surname, inp.doc_number, inp.birth_date,
                           exclude_id=exclude_id, limit=limit, today=today)


def _name_candidates(session: Session, tokens: list[str]) -> list[str]:
    if session.get_bind().dialect.name != "sqlite":
        return _like_candidates(session, tokens)
    query = name_query(tokens)
    if query is None:
        return []
    return list(session.scalars(text(
        "SELECT person_id FROM person_fts WHERE person_fts MATCH :m ORDER BY rank LIMIT :n"
    ), {"m": "name : (" + query + ")", "n": MAX_CANDIDATES}))


def _like_candidates(session: Session, tokens: list[str]) -> list[str]:
    from sqlalchemy import or_

    conds = [Person.name_norm.like(f"%{p}%") for t in tokens if len(t) >= 3
             for p in _pieces(t)]
    if not conds:
        return []
    return list(session.scalars(select(Person.id).where(or_(*conds), Person.deleted.is_(False))
                                .limit(MAX_CANDIDATES)))
