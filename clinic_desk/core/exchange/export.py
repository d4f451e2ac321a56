"""Export: what changed since the last export to the centre (or everything), shaped by
consent (see policy), signed and encrypted into one bundle file, written atomically.

    path = export_bundle(ws, folder)            # incremental
    path = export_bundle(ws, folder, full=True)
    preview = export_preview(ws)                # counts for the dialog, nothing written
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Integer,
    String,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from clinic_desk import __version__
from clinic_desk.core.atomic import atomic_writer
from clinic_desk.core.db import migrate
from clinic_desk.core.db.base import ChangeLog
from clinic_desk.core.db.types import UTCDateTime, utcnow
from clinic_desk.core.errors import InvalidInput, NotWritable
from clinic_desk.core.exchange import bundle, digest, keys
from clinic_desk.core.exchange.models import ExchangeState
from clinic_desk.core.exchange.policy import CONSENTS, PEOPLE, RISK, TablePolicy, build
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Perm, require

STATE_KEY = "export.central"
AGE_BANDS = ((0, 11, "0-11"), (12, 17, "12-17"), (18, 29, "18-29"), (30, 44, "30-44"),
             (45, 59, "45-59"), (60, 200, "60+"))
VIOLENCE = ("physical", "psychological", "sexual", "economic")

Progress = Callable[[int, int], bool | None]  # (done, total) -> False to cancel

WITHHELD, OWNED, FREE = "withheld", "owned", "free"


def age_band(birth_year: int | None, today: dt.date | None = None) -> str:
    if birth_year is None:
        return "unknown"
    age = (today or dt.date.today()).year - int(birth_year)
    for lo, hi, label in AGE_BANDS:
        if lo <= age <= hi:
            return label
    return "unknown"


def latest_consent(s: Session, kind: str) -> dict[str, bool]:
    """person id -> her current decision of this kind (the rule of consent._rows)."""
    from clinic_desk.core.intake.models import Consent

    out: dict[str, bool] = {}
    rows = s.execute(
        select(Consent.person_id, Consent.granted)
        .where(Consent.kind == kind, Consent.deleted.is_(False))
        .order_by(Consent.person_id, Consent.recorded_at.desc(), Consent.version.desc()))
    for person_id, granted in rows:
        if person_id not in out:
            out[person_id] = bool(granted)
    return out


def read_state(s: Session, key: str) -> dict[str, Any] | None:
    row = s.get(ExchangeState, key)
    return json.loads(row.value) if row is not None else None


def write_state(s: Session, key: str, value: dict[str, Any]) -> None:
    row = s.get(ExchangeState, key)
    text = json.dumps(value, sort_keys=True)
    if row is None:
        s.add(ExchangeState(key=key, value=text))
    else:
        row.value = text


# -- the plan: which rows, shaped how --------------------------------------------------------
@dataclass
class Plan:
    site_id: str
    full: bool
    from_seq: int
    to_seq: int
    from_version: int
    to_version: int
    central: set[str]  # people whose consent covers the centre
    statistics: set[str]
    policies: list[TablePolicy]
    status: dict[str, dict[str, str]] = field(default_factory=dict)  # table -> id -> status
    reverse_ok: dict[str, dict[str, bool]] = field(default_factory=dict)
    forced_people: set[str] = field(default_factory=set)
    secret: bytes = b""


def _row_status(pol: TablePolicy, row: dict[str, Any], plan: Plan) -> str:
    if pol.is_people:
        return OWNED if row["id"] in plan.central else WITHHELD
    status = FREE
    for col in pol.person_cols:
        v = row.get(col)
        if v is None:
            continue
        if v not in plan.central:
            return WITHHELD
        status = OWNED
    for col, parent, nullable in pol.parent_cols:
        v = row.get(col)
        if v is None:
            continue
        ps = plan.status.get(parent, {}).get(v)
        if ps == WITHHELD:
            if not nullable:
                return WITHHELD
        elif ps == OWNED:
            status = OWNED
    if status == FREE and pol.reverse and plan.reverse_ok.get(pol.name, {}).get(row["id"]):
        status = OWNED
    return status


def _referenced_tables(policies: list[TablePolicy]) -> set[str]:
    return {t for p in policies for _, t, _ in p.parent_cols}


def _compute_statuses(s: Session, plan: Plan) -> None:
    """Status of every row of every table some other table links to (parents first),
    and which reverse-owned rows are covered by consent of everyone linked."""
    needed = _referenced_tables(plan.policies)
    by = {p.name: p for p in plan.policies}
    for pol in plan.policies:
        if pol.reverse:
            ok: dict[str, bool] = {}
            for link, fkcol, pcol in pol.reverse:
                lt = by[link].table
                for target, person in s.execute(
                        select(lt.c[fkcol], lt.c[pcol]).where(lt.c.deleted.is_(False),
                                                               lt.c[fkcol].is_not(None))):
                    ok[target] = ok.get(target, True) and person in plan.central
            plan.reverse_ok[pol.name] = ok
        if pol.name not in needed or pol.whole:
            continue
        cols = ["id", *pol.person_cols, *[c for c, _, _ in pol.parent_cols]]
        st: dict[str, str] = {}
        for r in s.execute(select(*[pol.table.c[c] for c in cols])):
            row = dict(zip(cols, r, strict=True))
            v = _row_status(pol, row, plan)
            if v != FREE:
                st[row["id"]] = v
        plan.status[pol.name] = st


def make_plan(s: Session, site_id: str, full: bool) -> Plan:
    from clinic_desk.core.intake.consent import SEND_TO_CENTRAL, STATISTICS

    state = read_state(s, STATE_KEY) or {}
    central_pub = keys.imported_central(s)
    last_seq = int(state.get("last_seq", 0))
    if central_pub is None or state.get("centre") != central_pub.fingerprint:
        full = True  # a new centre gets everything
    to_seq = int(s.scalar(select(func.max(ChangeLog.seq))) or 0)
    from_seq = 0 if full else min(last_seq, to_seq)
    rng = select(func.min(ChangeLog.version), func.max(ChangeLog.version)).where(
        ChangeLog.seq > from_seq, ChangeLog.seq <= to_seq)
    vmin, vmax = s.execute(rng).one()
    consent = latest_consent(s, SEND_TO_CENTRAL)
    stats = latest_consent(s, STATISTICS)
    plan = Plan(site_id, full, from_seq, to_seq, int(vmin or 0), int(vmax or 0),
                {p for p, g in consent.items() if g}, {p for p, g in stats.items() if g},
                build())
    _compute_statuses(s, plan)
    if not full:
        # a changed consent re-sends (or stops sending) everything of that person
        cl = ChangeLog
        plan.forced_people = set(s.scalars(
            select(_table(plan, CONSENTS).c.person_id).where(
                _table(plan, CONSENTS).c.id.in_(
                    select(cl.row_id).where(cl.table_name == CONSENTS, cl.seq > from_seq,
                                            cl.seq <= to_seq)))))
    return plan


def _table(plan: Plan, name: str):  # noqa: ANN202
    for p in plan.policies:
        if p.name == name:
            return p.table
    raise KeyError(name)


def _select_rows_query(pol: TablePolicy, plan: Plan, forced: dict[str, set[str]]):  # noqa: ANN202
    t = pol.table
    q = select(t)
    if not plan.full:
        cl = ChangeLog
        changed = select(cl.row_id).where(cl.table_name == pol.name, cl.seq > plan.from_seq,
                                          cl.seq <= plan.to_seq)
        conds = [t.c.id.in_(changed)]
        if plan.forced_people:
            people = list(plan.forced_people)
            if pol.is_people:
                conds.append(t.c.id.in_(people))
            for col in pol.person_cols:
                conds.append(t.c[col].in_(people))
            for col, parent, _ in pol.parent_cols:
                ids = forced.get(parent)
                if ids:
                    conds.append(t.c[col].in_(list(ids)))
            for link, fkcol, pcol in pol.reverse:
                lt = _table(plan, link)
                conds.append(t.c.id.in_(select(lt.c[fkcol]).where(lt.c[pcol].in_(people))))
        q = q.where(or_(*conds))
    return q.order_by(t.c.version)


def _select_stored(s: Session, pol: TablePolicy, plan: Plan, forced: dict[str, set[str]],
                   row_id: str | None = None) -> Iterator[dict[str, Any]]:
    """The rows of a table that travel in this plan, as the bundle writes them: the
    values as SQLite stores them, turned straight into the bundle's JSON forms
    (bundle.stored_to_json) — no Python datetimes on the way."""
    q = _select_rows_query(pol, plan, forced)
    t = pol.table
    raw = q.with_only_columns(*[type_coerce(c, String).label(c.name) for c in t.columns])
    if row_id is not None:
        raw = raw.where(t.c.id == row_id)
    names, to_json = bundle.stored_to_json(t)
    for r in s.execute(raw.execution_options(yield_per=5000)):
        yield to_json(dict(zip(names, r, strict=True)))


def shape(pol: TablePolicy, row: dict[str, Any], plan: Plan) -> dict[str, Any] | None:
    """The row as it may travel, or None when it stays at the site."""
    status = _row_status(pol, row, plan)
    if status == WITHHELD:
        return None
    out = dict(row)
    out.update(changes(pol, row, status, plan))
    return out


def changes(pol: TablePolicy, row: dict[str, Any], status: str, plan: Plan) -> dict[str, Any]:
    """What shape changes in a travelling row: links to withheld rows dropped, a person
    not consenting named by her pseudonym code, free text blanked where it could name
    her, withheld columns emptied. `row` needs only the columns these rules read
    (shape_columns)."""
    out: dict[str, Any] = {}
    for col, parent, nullable in pol.parent_cols:
        v = row.get(col)
        if v is not None and nullable and plan.status.get(parent, {}).get(v) == WITHHELD:
            out[col] = None
    for col, nullable in pol.self_cols:
        v = row.get(col)
        if v is not None and nullable and pol.is_people and v not in plan.central:
            out[col] = None
    tied_to_withheld = False
    for col in pol.soft_person_cols:
        v = row.get(col)
        if v is not None and v not in plan.central:
            out[col] = keys.pseudonym_code(plan.secret, v)
            tied_to_withheld = True
    if tied_to_withheld or (status == FREE and not pol.whole):
        for col, value in pol.blank.items():
            if (out[col] if col in out else row.get(col)) is not None:
                out[col] = value
    for col, value in pol.withheld.items():
        out[col] = value
    return out


def shape_columns(pol: TablePolicy) -> list[str]:
    """The columns _row_status, changes and the digest read."""
    return list(dict.fromkeys([
        "id", "version", "origin_site", "deleted", *pol.person_cols,
        *[c for c, _, _ in pol.parent_cols], *[c for c, _ in pol.self_cols],
        *pol.soft_person_cols, *pol.blank]))


def _shape_query(pol: TablePolicy, plan: Plan, forced: dict[str, set[str]],
                 *extra: Any):  # noqa: ANN202 - a Select
    """The plan's rows of the table: the shape_columns as stored (no SQLAlchemy types),
    then `extra` columns."""
    t = pol.table
    return _select_rows_query(pol, plan, forced).with_only_columns(
        *[type_coerce(t.c[c], String).label(c) for c in shape_columns(pol)], *extra)


def _json_value(col: Any) -> Any:
    """SQL giving a column's bundle value inside json_object (see bundle.stored_to_json):
    a UTC datetime as encode_value writes it, a flag as true/false."""
    if isinstance(col.type, UTCDateTime):
        text = type_coerce(col, String)
        iso = func.substr(text, 1, 10) + "T" + func.substr(text, 12)
        return case((func.length(text) == 26, iso + "Z"),
                    (func.length(text) == 19, iso + ".000000Z"), else_=None)
    if isinstance(col.type, Boolean):
        return func.json(case((col.is_(None), "null"), (col != 0, "true"), else_="false"))
    return type_coerce(col, String) if not isinstance(col.type, Integer | BigInteger) else col


def _json_lines(s: Session, pol: TablePolicy, plan: Plan, forced: dict[str, set[str]],
                acc: digest.Accumulator | None) -> Iterator[bytes]:
    """The table's travelling rows as NDJSON lines, fast: SQLite writes each row's JSON
    (json_object, keys sorted as dumps_row sorts them); Python reads only the columns the
    consent rules need, and re-writes the few rows they change. A datetime stored in an
    unusual form goes the slow way (shape and dumps_row)."""
    t = pol.table
    small = shape_columns(pol)
    args: list[Any] = []
    for col in sorted(t.columns, key=lambda c: c.name):
        args += [literal(col.name, String), _json_value(col)]
    stamps = [c for c in t.columns if isinstance(c.type, UTCDateTime)]
    odd = or_(*[and_(c.is_not(None), func.length(type_coerce(c, String)).not_in([19, 26]))
                for c in stamps]) if stamps else literal(False)
    q = _shape_query(pol, plan, forced, func.json_object(*args).label("_json"),
                     case((odd, 1), else_=0).label("_odd"))
    width = len(small)
    site = plan.site_id
    for r in s.execute(q.execution_options(yield_per=5000)):
        row = dict(zip(small, r[:width], strict=True))
        status = _row_status(pol, row, plan)
        if status == WITHHELD:
            continue
        if acc is not None and row["origin_site"] == site and not int(row["deleted"]):
            acc.add_row(row["id"], int(row["version"]))
        change = changes(pol, row, status, plan)
        if r[width + 1]:  # unusual datetimes: read it whole, as the preview does
            whole = next(_select_stored(s, pol, plan, forced, row_id=row["id"]))
            whole.update(change)
            yield bundle.dumps_row(whole)
        elif change:
            out = json.loads(r[width])
            out.update(change)
            yield bundle.dumps_row(out)
        else:
            yield (r[width] + "\n").encode("utf-8")


# -- redactions: consent to the centre withdrawn (or given again) ---------------------------
def consent_history(s: Session, kind: str) -> dict[str, tuple[bool, bool]]:
    """person id -> (ever granted, ever refused or withdrawn) for consents of `kind`."""
    from clinic_desk.core.intake.models import Consent

    out: dict[str, tuple[bool, bool]] = {}
    for person_id, granted in s.execute(
            select(Consent.person_id, Consent.granted)
            .where(Consent.kind == kind, Consent.deleted.is_(False))):
        yes, no = out.get(person_id, (False, False))
        out[person_id] = (yes or bool(granted), no or not granted)
    return out


def _redaction_rows(s: Session, plan: Plan) -> Iterator[dict[str, Any]]:
    """What the centre must do about people whose consent to it changed:

    - "redact": she does not consent now but did once, so her identified record may be
      at the centre: it blanks her identity and free text there (her pseudonym, in the
      same bundle, keeps the statistics);
    - "restore": she consents now but refused once: her record, re-sent whole in this
      bundle, replaces a redacted copy, and her pseudonym there is retired (`code`).

    An incremental bundle speaks of the people whose consent changed since the last
    export; a full one of everyone (a centre may hold an older copy)."""
    from clinic_desk.core.intake.consent import SEND_TO_CENTRAL

    history = consent_history(s, SEND_TO_CENTRAL)
    people = history.keys() if plan.full else plan.forced_people
    for pid in sorted(people):
        ever_yes, ever_no = history.get(pid, (False, False))
        if pid not in plan.central and ever_yes:
            yield {"action": "redact", "person_id": pid, "origin_site": plan.site_id}
        elif pid in plan.central and ever_no:
            yield {"action": "restore", "person_id": pid, "origin_site": plan.site_id,
                   "code": keys.pseudonym_code(plan.secret, pid)}


# -- pseudonyms --------------------------------------------------------------------------------
def _pseudonym_rows(s: Session, plan: Plan, affected: set[str] | None) -> Iterator[dict]:
    people = _table(plan, PEOPLE)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for pol in plan.policies:
        if pol.is_people or pol.name == CONSENTS:
            continue
        for col in [*pol.person_cols, *pol.soft_person_cols]:
            t = pol.table
            q = select(t.c[col], func.count()).where(t.c.deleted.is_(False),
                                                     t.c[col].is_not(None))
            if "kind" in t.c and pol.soft_person_cols:
                q = q.where(t.c.kind == "dispense")
            for pid, n in s.execute(q.group_by(t.c[col])):
                if pid not in plan.central:
                    counts[pid][pol.name] = counts[pid].get(pol.name, 0) + int(n)
    risk: dict[str, tuple[str, list[str]]] = {}
    if any(p.name == RISK for p in plan.policies):
        rt = _table(plan, RISK)
        for r in s.execute(select(rt).where(rt.c.deleted.is_(False))
                           .order_by(rt.c.person_id, rt.c.assessed_at.desc(),
                                     rt.c.version.desc())):
            m = r._mapping
            if m["person_id"] not in risk:
                risk[m["person_id"]] = (m["level"], [v for v in VIOLENCE if m.get(v)])
    q = select(people.c.id, people.c.birth_year, people.c.sex, people.c.sector,
               people.c.created_at, people.c.deleted).order_by(people.c.version)
    for pid, birth_year, sex, sector, created, deleted in s.execute(q):
        if pid in plan.central or (affected is not None and pid not in affected):
            continue
        level, types = risk.get(pid, (None, []))
        yield {
            "code": keys.pseudonym_code(plan.secret, pid),
            "origin_site": plan.site_id,
            "version": plan.to_version,
            "intake_month": created.strftime("%Y-%m") if created else None,
            "age_band": age_band(birth_year),
            "sex": sex,
            "sector": sector,
            "violence_types": json.dumps(types),
            "risk_level": level,
            "counts": json.dumps(counts.get(pid, {}), sort_keys=True),
            "statistics_consent": pid in plan.statistics,
            "deleted": bool(deleted),
        }


def _affected_people(s: Session, plan: Plan) -> set[str] | None:
    """People (not consenting) whose pseudonym changed: None means everyone."""
    if plan.full:
        return None
    cl = ChangeLog
    out = set(plan.forced_people)
    for pol in plan.policies:
        cols = ([pol.table.c.id] if pol.is_people else
                [pol.table.c[c] for c in [*pol.person_cols, *pol.soft_person_cols]])
        for col in cols:
            out.update(v for v in s.scalars(select(col).where(
                pol.table.c.id.in_(select(cl.row_id).where(
                    cl.table_name == pol.name, cl.seq > plan.from_seq,
                    cl.seq <= plan.to_seq)))) if v is not None)
    return out


def _forced_ids(s: Session, plan: Plan) -> dict[str, set[str]]:
    """Ids of rows tied to people whose consent changed (parents for children)."""
    forced: dict[str, set[str]] = {}
    if not plan.forced_people:
        return forced
    people = list(plan.forced_people)
    needed = _referenced_tables(plan.policies)
    for pol in plan.policies:
        if pol.name not in needed:
            continue
        t = pol.table
        conds = []
        if pol.is_people:
            conds.append(t.c.id.in_(people))
        conds += [t.c[c].in_(people) for c in pol.person_cols]
        conds += [t.c[c].in_(list(forced[p])) for c, p, _ in pol.parent_cols if forced.get(p)]
        if conds:
            forced[pol.name] = set(s.scalars(select(t.c.id).where(or_(*conds))))
    return forced


# -- preview -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportPreview:
    full: bool
    identified_people: int
    pseudonymised_people: int
    rows: dict[str, int]  # table -> rows that will travel
    withheld: dict[str, int]  # table -> rows that stay (counted in pseudonyms)
    changes: int
    redacted_people: int = 0  # consent withdrawn: the centre removes their identity

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _statuses(s: Session, pol: TablePolicy, plan: Plan, forced: dict[str, set[str]]
              ) -> Iterator[str]:
    """The consent status of each row of the table in the plan, reading only the columns
    the rules need (the preview counts; the export itself is _json_lines)."""
    small = shape_columns(pol)
    q = _shape_query(pol, plan, forced)
    for r in s.execute(q.execution_options(yield_per=5000)):
        yield _row_status(pol, dict(zip(small, r, strict=True)), plan)


def export_preview(ws: Any, full: bool = False) -> ExportPreview:
    """How many people travel identified or pseudonymised, rows per table: nothing
    written. `ws` is an unlocked Workspace."""
    actor = require(ws.actor, Perm.EXPORT)
    del actor
    with ws.db.read() as s:
        plan = make_plan(s, ws.site.id, full)
        plan.secret = b"\0" * 32  # codes are not shown
        rows: dict[str, int] = defaultdict(int)
        withheld: dict[str, int] = defaultdict(int)
        forced = _forced_ids(s, plan)
        for pol in plan.policies:
            for status in _statuses(s, pol, plan, forced):
                if status == WITHHELD:
                    withheld[pol.name] += 1
                else:
                    rows[pol.name] += 1
        identified = next((rows[p.name] for p in plan.policies if p.is_people), 0)
        pseudo = sum(1 for _ in _pseudonym_rows(s, plan, _affected_people(s, plan)))
        redacted = sum(1 for r in _redaction_rows(s, plan) if r["action"] == "redact")
    return ExportPreview(plan.full, identified, pseudo, dict(rows), dict(withheld),
                         plan.to_seq - plan.from_seq, redacted)


# -- export ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    sha256: str
    full: bool
    from_seq: int
    to_seq: int
    rows: dict[str, int]
    identified_people: int
    pseudonymised_people: int


def bundle_filename(site_code: str, at: dt.datetime, to_seq: int) -> str:
    return f"{site_code}-{at.strftime('%Y%m%dT%H%M%SZ')}-{to_seq}{bundle.SUFFIX}"


def export_bundle(ws: Any, folder: Path, full: bool = False,
                  progress: Progress | None = None) -> ExportResult:
    """Write one bundle into `folder` and return where. On any failure or cancel no
    file is left and the export state does not move."""
    actor = require(ws.actor, Perm.EXPORT)
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput("The folder {folder} does not exist.", field="folder",
                           folder=str(folder))
    with ws.db.write(actor.user_id) as s:  # make the site key and secret once
        keys.site_signing_key(s, ws.site.id)
        keys.pseudonym_secret(s)
        central = keys.imported_central(s)
    if central is None:
        raise InvalidInput("Import the central office's public key first "
                           "(clinic-desk keys central-import FILE).", field="central")
    now = utcnow()
    with ws.db.read() as s:
        plan = make_plan(s, ws.site.id, full)
        plan.secret = keys.pseudonym_secret(s)
        sign_key = keys.site_signing_key(s, ws.site.id)
        site_pub = keys.site_public(s, ws.site.id, ws.site.code)
        assert site_pub is not None
        total = max(1, sum(int(s.scalar(select(func.count()).select_from(p.table)) or 0)
                           for p in plan.policies) if plan.full else plan.to_seq - plan.from_seq)
        done = 0

        def check() -> None:
            nonlocal done
            done += 1
            if progress is not None and done % 200 == 1 and progress(done, total) is False:
                raise bundle.Cancelled("Export cancelled; nothing was written.")

        counts: dict[str, int] = {}
        identified = pseudonymised = 0

        def produce(zf: Any) -> None:
            nonlocal identified, pseudonymised
            parts = bundle.ZipParts(zf, check)
            forced = _forced_ids(s, plan)
            # a full export reads every row once: the digests are summed on the way
            accs = ({p.name: digest.Accumulator() for p in plan.policies} if plan.full
                    else None)
            for pol in plan.policies:
                lines = _json_lines(s, pol, plan, forced,
                                    accs[pol.name] if accs is not None else None)
                n = parts.write_lines(bundle.part_name(pol.name), pol.name, lines)
                counts[pol.name] = n
                if pol.is_people:
                    identified = n
            pseudonyms = _pseudonym_rows(s, plan, _affected_people(s, plan))
            if accs is not None:
                accs[digest.PSEUDONYMS] = digest.Accumulator()
                pseudonyms = digest.summing_pseudonyms(pseudonyms, accs[digest.PSEUDONYMS])
            pseudonymised = parts.write_part(bundle.PSEUDONYMS, None, pseudonyms)
            parts.write_part(bundle.REDACTIONS, None, _redaction_rows(s, plan))
            state = (accs if accs is not None else
                     digest.site_digests(s, plan, _pseudonym_rows(s, plan, None)))
            manifest = {
                "format": bundle.FORMAT,
                "kind": bundle.KIND,
                "schema": migrate.head_revision(),
                "app_version": __version__,
                "created_at": keys.utc_text(now),
                "bundle_id": secrets.token_hex(16),
                "site": {"id": ws.site.id, "code": ws.site.code, "name": ws.site.name},
                "signing_key": site_pub.ed25519,
                "signing_fingerprint": site_pub.fingerprint,
                "centre": central.fingerprint,
                "full": plan.full,
                "range": {"from_seq": plan.from_seq, "to_seq": plan.to_seq,
                          "from_version": plan.from_version, "to_version": plan.to_version},
                "parts": [p.to_dict() for p in parts.parts],
                "digests": digest.manifest_entry(state),
            }
            raw = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
            zf.writestr(bundle.MANIFEST, raw)
            zf.writestr(bundle.SIGNATURE, keys.sign(sign_key, bundle.SIGN_CONTEXT + raw))

        path = folder / bundle_filename(ws.site.code, now, plan.to_seq)
        try:
            with atomic_writer(path) as fh:
                sha, size = bundle.write_encrypted(fh, central.recipient, produce)
        except OSError:
            raise NotWritable("The bundle cannot be written to {folder} (full or read-only?); "
                              "nothing was exported.", folder=str(folder)) from None
    _read_back(path, sha, size)
    with ws.db.write(actor.user_id) as s:
        write_state(s, STATE_KEY, {"centre": central.fingerprint, "last_seq": plan.to_seq,
                                   "at": keys.utc_text(now), "file": path.name})
        audit.record(s, "bundle_exported", actor, target=path.name, full=plan.full,
                     from_seq=plan.from_seq, to_seq=plan.to_seq, rows=sum(counts.values()),
                     identified=identified, pseudonymised=pseudonymised)
    return ExportResult(path, size, sha, plan.full, plan.from_seq, plan.to_seq, counts,
                        identified, pseudonymised)


def _read_back(path: Path, sha: str, size: int) -> None:
    """Read the file back from the stick: what is there is what was written."""
    import hashlib

    h = hashlib.sha256()
    n = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            h.update(chunk)
            n += len(chunk)
    if h.hexdigest() != sha or n != size:
        path.unlink(missing_ok=True)
        raise NotWritable("The bundle written to {path} does not read back correctly; it "
                          "was removed. Try another USB stick.", path=str(path))
