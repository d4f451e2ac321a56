"""Export: what changed since the last export to the centre (or everything), shaped by
consent (see policy), signed and encrypted into one bundle file, written atomically.

    path = export_bundle(ws, folder)            # incremental
    path = export_bundle(ws, folder, full=True)
    preview = export_preview(ws)                # counts for the dialog, nothing written
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
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
from clinic_desk.core.exchange import bulk, bundle, digest, keys, shaping
from clinic_desk.core.exchange.models import ExchangeState
from clinic_desk.core.exchange.policy import CONSENTS, PEOPLE, RISK, TablePolicy, build
from clinic_desk.core.prefetch import Background, Prefetched, prefetched
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Perm, require

STATE_KEY = "export.central"
AGE_BANDS = ((0, 11, "0-11"), (12, 17, "12-17"), (18, 29, "18-29"), (30, 44, "30-44"),
             (45, 59, "45-59"), (60, 200, "60+"))
VIOLENCE = ("physical", "psychological", "sexual", "economic")

Progress = Callable[[int, int], bool | None]  # (done, total) -> False to cancel

def age_band(birth_year: int | None, today: dt.date | None = None) -> str:
    if birth_year is None:
        return "unknown"
    age = (today or dt.date.today()).year - int(birth_year)
    for lo, hi, label in AGE_BANDS:
        if lo <= age <= hi:
            return label
    return "unknown"


def latest_consent(s: Session, kind: str) -> dict[str, bool]:
    """person id -> her current decision of this kind (the rule of consent._rows: the
    latest recorded, then the highest version)."""
    return dict(_latest(s, kind))


def consenting(s: Session, kind: str) -> set[str]:
    """The people whose current decision of this kind is yes."""
    return {person for person, granted in _latest(s, kind) if granted}


def _latest(s: Session, kind: str) -> Iterator[tuple[str, bool]]:
    """(person id, her current decision of this kind), streamed in her order: SQLite
    sorts within each person (its index gives the people in order), Python keeps each
    person's first row — nothing held per row (a site has hundreds of thousands)."""
    from clinic_desk.core.intake.models import Consent

    t = Consent.__table__
    q = (select(t.c.person_id, t.c.granted)
         .where(t.c.kind == kind, t.c.deleted.is_(False))
         .order_by(t.c.person_id, t.c.recorded_at.desc(), t.c.version.desc()))
    last = None
    for batch in shaping.batches(s, q):
        for person, granted in batch:
            if person != last:
                last = person
                yield person, bool(granted)


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
    forced_people: set[str] = field(default_factory=set)
    secret: bytes = b""


def make_plan(s: Session, site_id: str, full: bool, second: Session | None = None) -> Plan:
    """What this export sends. `second`: another session on the same state (see
    Database.reads), which reads half of it meanwhile."""
    from clinic_desk.core.intake.consent import SEND_TO_CENTRAL, STATISTICS

    meanwhile = (Background(lambda: consenting(second, STATISTICS), name="export-plan")
                 if second is not None else None)

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
    central = consenting(s, SEND_TO_CENTRAL)
    stats = meanwhile.result() if meanwhile is not None else consenting(s, STATISTICS)
    plan = Plan(site_id, full, from_seq, to_seq, int(vmin or 0), int(vmax or 0), central,
                stats, build())
    if not full:
        # a changed consent re-sends (or stops sending) everything of that person
        cl = ChangeLog
        plan.forced_people = set(s.scalars(
            select(_table(plan, CONSENTS).c.person_id).where(
                _table(plan, CONSENTS).c.id.in_(
                    select(cl.row_id).where(cl.table_name == CONSENTS, cl.seq > from_seq,
                                            cl.seq <= to_seq)))))
    return plan


def _whole_first(policies: list[TablePolicy]) -> tuple[list[TablePolicy], list[TablePolicy]]:
    """(WHOLE tables, the others), each in foreign-key order: the whole ones link only
    to whole ones, so they may travel first (the import asks parents before children).
    Should a whole table ever link to another kind, all travel in one list."""
    whole = [p for p in policies if p.whole]
    names = {p.name for p in whole}
    if any(parent not in names for p in whole for _, parent, _ in p.parent_cols):
        return [], list(policies)
    return whole, [p for p in policies if not p.whole]


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


def _json_lines(s: Session, sh: shaping.Shaper, pol: TablePolicy, plan: Plan,
                forced: dict[str, set[str]], acc: digest.Accumulator | None,
                ) -> Iterator[tuple[bytes, int]]:
    """The table's travelling rows as NDJSON, in chunks of (lines, how many): SQLite
    decides which rows travel and writes each one's JSON, shaped (shaping.Shaper);
    Python only sums the digest and finishes the few rows SQLite marked (_finished)."""
    t = pol.table
    site = plan.site_id
    entry = case((and_(t.c.origin_site == site, t.c.deleted.is_(False)), digest.entry(t)),
                 else_=None)
    q = sh.travelling(pol, _select_rows_query(pol, plan, forced), sh.json(pol),
                      entry if acc is not None else literal(None))
    marked = shaping.MARKED
    for batch in shaping.batches(s, q):
        if acc is not None:
            acc.add_entries(e for _, e in batch if e is not None)
        lines = [text if marked not in text else _finished(pol, plan, text)
                 for text, _ in batch]
        yield ("\n".join(lines) + "\n").encode("utf-8"), len(lines)


def _finished(pol: TablePolicy, plan: Plan, text: str) -> str:
    """A row SQLite wrote with marked values (shaping.MARK + the value as stored) that
    Python finishes: the pseudonym code of someone not consenting, a datetime stored in
    an unusual form. Any other value is left as it is, even one that happens to hold the
    mark (pasted text)."""
    row = json.loads(text)
    for col in pol.soft_person_cols:
        v = row.get(col)
        if isinstance(v, str) and v.startswith(shaping.MARK):
            row[col] = keys.pseudonym_code(plan.secret, v[1:])
    for col in pol.table.columns:
        v = row.get(col.name)
        if (isinstance(col.type, UTCDateTime) and isinstance(v, str)
                and v.startswith(shaping.MARK)):
            row[col.name] = bundle.stored_datetime(v[1:])
    return bundle.dumps_row(row).decode("utf-8")[:-1]


# -- redactions: consent to the centre withdrawn (or given again) ---------------------------
def consent_history(s: Session, kind: str) -> Iterator[tuple[str, bool, bool]]:
    """(person id, ever granted, ever refused or withdrawn) for consents of `kind`,
    streamed."""
    from clinic_desk.core.intake.models import Consent

    t = Consent.__table__
    q = (select(t.c.person_id, func.max(t.c.granted), func.min(t.c.granted))
         .where(t.c.kind == kind, t.c.deleted.is_(False)).group_by(t.c.person_id))
    for batch in shaping.batches(s, q):
        for person, most, least in batch:
            yield person, bool(most), not least


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

    actions: list[tuple[str, str]] = []
    for pid, ever_yes, ever_no in consent_history(s, SEND_TO_CENTRAL):
        if not plan.full and pid not in plan.forced_people:
            continue
        if pid not in plan.central and ever_yes:
            actions.append((pid, "redact"))
        elif pid in plan.central and ever_no:
            actions.append((pid, "restore"))
    for pid, action in sorted(actions):
        if action == "redact":
            yield {"action": "redact", "person_id": pid, "origin_site": plan.site_id}
        else:
            yield {"action": "restore", "person_id": pid, "origin_site": plan.site_id,
                   "code": keys.pseudonym_code(plan.secret, pid)}


# -- pseudonyms --------------------------------------------------------------------------------
def _pseudonym_rows(s: Session, sh: shaping.Shaper, plan: Plan, affected: set[str] | None
                    ) -> Iterator[dict]:
    """A pseudonym for every person who does not consent to the centre (or only those
    in `affected`). Only her rows are read: the consenting majority is left out in SQL
    (the Shaper's lookups), and nothing is read in an index's order."""
    people = _table(plan, PEOPLE)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for pol in plan.policies:
        if pol.is_people or pol.name == CONSENTS:
            continue
        t = pol.table
        for col in [*pol.person_cols, *pol.soft_person_cols]:
            q = (select(t.c[col]).select_from(t)
                 .where(t.c.deleted.is_(False), t.c[col].is_not(None),
                        ~sh.consents(pol, t.c[col])))
            if "kind" in t.c and pol.soft_person_cols:
                q = q.where(t.c.kind == "dispense")
            q = q.select_from(sh.source(pol))
            for batch in shaping.batches(s, q):
                for (pid,) in batch:
                    mine = counts[pid]
                    mine[pol.name] = mine.get(pol.name, 0) + 1
    risk: dict[str, tuple[str, tuple[Any, ...], list[str]]] = {}
    if any(p.name == RISK for p in plan.policies):
        pol = next(p for p in plan.policies if p.name == RISK)
        rt = pol.table
        q = (select(rt.c.person_id, type_coerce(rt.c.assessed_at, String), rt.c.version,
                    rt.c.level, *[rt.c[v] for v in VIOLENCE])
             .where(rt.c.deleted.is_(False), ~sh.consents(pol, rt.c.person_id)))
        for batch in shaping.batches(s, q.select_from(sh.source(pol))):
            for pid, at, version, level, *flags in batch:
                key = (at, int(version))
                if pid not in risk or key > risk[pid][1]:
                    risk[pid] = (level, key, [v for v, f in zip(VIOLENCE, flags, strict=True)
                                              if f])
    pol = next(p for p in plan.policies if p.is_people)
    q = (select(people.c.id, people.c.birth_year, people.c.sex, people.c.sector,
                people.c.created_at, people.c.deleted)
         .where(~sh.consents(pol, people.c.id)).order_by(people.c.version))
    for pid, birth_year, sex, sector, created, deleted in s.execute(
            q.select_from(sh.source(pol))):
        if affected is not None and pid not in affected:
            continue
        level, _, types = risk.get(pid, (None, (), []))
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
    needed = shaping.referenced(plan.policies)
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
        with shaping.Shaper(s, plan) as sh:
            for pol in plan.policies:
                inner = sh.statuses(pol, _select_rows_query(pol, plan, forced)
                                    ).order_by(None).subquery()
                for st, n in s.execute(select(inner.c.st, func.count())
                                       .group_by(inner.c.st)):
                    if st == shaping.WITHHELD:
                        withheld[pol.name] += int(n)
                    else:
                        rows[pol.name] += int(n)
            pseudo = sum(1 for _ in _pseudonym_rows(s, sh, plan, _affected_people(s, plan)))
        identified = next((rows[p.name] for p in plan.policies if p.is_people), 0)
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
    with ws.db.reads(2) as (s, s2):  # one state, two connections: two cores read
        plan = make_plan(s, ws.site.id, full, s2)
        plan.secret = keys.pseudonym_secret(s)
        sign_key = keys.site_signing_key(s, ws.site.id)
        site_pub = keys.site_public(s, ws.site.id, ws.site.code)
        assert site_pub is not None
        total = max(1, sum(bulk.rows_held(s, p.name) for p in plan.policies) if plan.full
                    else plan.to_seq - plan.from_seq)
        done = 0

        def check(rows: int) -> None:
            nonlocal done
            done += rows
            if progress is not None and progress(done, total) is False:
                raise bundle.Cancelled("Export cancelled; nothing was written.")

        counts: dict[str, int] = {}
        identified = pseudonymised = 0

        def write_tables(parts: bundle.ZipParts, s: Session, sh: shaping.Shaper,
                         policies: list[TablePolicy], forced: dict[str, set[str]],
                         accs: dict[str, digest.Accumulator] | None) -> None:
            nonlocal identified
            for pol in policies:
                # SQLite reads (in a thread of its own) while zlib compresses
                chunks = prefetched(_json_lines(
                    s, sh, pol, plan, forced, accs[pol.name] if accs is not None else None),
                    name="export-rows")
                n = parts.write_chunks(bundle.part_name(pol.name), pol.name, chunks)
                counts[pol.name] = n
                if pol.is_people:
                    identified = n

        def produce(zf: Any) -> None:
            nonlocal pseudonymised
            parts = bundle.ZipParts(zf, check)
            forced = _forced_ids(s, plan)
            affected = _affected_people(s, plan)
            # a full export reads every row once: the digests are summed on the way
            accs = ({p.name: digest.Accumulator() for p in plan.policies} if plan.full
                    else None)
            whole, others = _whole_first(plan.policies)
            # while the second connection writes the WHOLE tables (the stock ledger: a
            # third of a site), the first works out every row's consent status, and
            # then, while the first writes the rest, the second counts the pseudonyms
            building = Background(shaping.Shaper(s, plan).build, name="export-statuses")
            try:
                with contextlib.ExitStack() as stack:  # left in reverse: sh, pseudonyms, light
                    light = stack.enter_context(shaping.Shaper(s2, plan, statuses=False))
                    write_tables(parts, s2, light, whole, forced, accs)
                    pseudonyms = stack.enter_context(Prefetched(
                        _pseudonym_rows(s2, light, plan, affected), depth=256,
                        name="export-pseudonyms"))
                    sh = building.result()
                    stack.push(sh)  # its __exit__ drops its tables
                    write_tables(parts, s, sh, others, forced, accs)
                    rows: Iterator[dict] = pseudonyms
                    if accs is not None:
                        accs[digest.PSEUDONYMS] = digest.Accumulator()
                        rows = digest.summing_pseudonyms(rows, accs[digest.PSEUDONYMS])
                    pseudonymised = parts.write_part(bundle.PSEUDONYMS, None, rows)
                    parts.write_part(bundle.REDACTIONS, None, _redaction_rows(s, plan))
                    state = (accs if accs is not None else digest.site_digests(
                        s, sh, plan, _pseudonym_rows(s, sh, plan, None)))
            except BaseException:  # the statuses may still be building: wait, drop them
                with contextlib.suppress(BaseException):
                    building.result().close(after_error=True)
                raise
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
