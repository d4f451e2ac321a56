"""Import: consolidate bundles at the centre (or any site in consolidation mode).

Everything about the bundle is checked before the database is touched: it opens with
the centre's identity, was made for this centre, its manifest is signed by the key the
centre trusts for that site, every part matches its hash and row count, and its format
and schema are not newer than this version. Then the rows are applied in one
transaction, parents before children:

- a row not there yet is inserted with the sender's stamps (RAW_IMPORT);
- ledgers (append-only) never conflict: an entry already there is unchanged;
- an editable row merges last-writer-wins by version (ties: by content, so every
  order of import ends the same); when the two versions were written at different
  sites, the values that lost go to the conflict log;
- a row with the natural key of a row already there under another id (a setting, a
  catalogue code) is the same record: the ids are mapped, and it merges as above;
- users of other sites arrive disabled and named USER@SITE, so they never become
  users of the centre.

Importing the same bundle again changes nothing. `dry_run` applies everything, reports,
and rolls back.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, create_engine, select
from sqlalchemy.orm import Session

from clinic_desk.core.db import migrate
from clinic_desk.core.db.base import RAW_IMPORT
from clinic_desk.core.db.models import User
from clinic_desk.core.db.types import utcnow
from clinic_desk.core.errors import InvalidInput, TamperedOrForeign
from clinic_desk.core.exchange import bundle, keys
from clinic_desk.core.exchange.models import Conflict, IdMap, ImportRecord, Pseudonym
from clinic_desk.core.exchange.policy import NEVER_MERGE, SENDER_ONLY, TablePolicy, build
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Perm, require

STAMP_COLS = ("updated_at", "updated_by", "version")
IDENTITY_COLS = ("id", "origin_site", "created_at")  # never change once a row exists
BATCH = 500


@dataclass
class TableReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "conflicts": self.conflicts}


@dataclass
class ImportReport:
    bundle: str
    site_id: str
    site_code: str
    full: bool
    from_seq: int
    to_seq: int
    dry_run: bool
    tables: dict[str, TableReport] = field(default_factory=dict)
    pseudonyms: TableReport = field(default_factory=TableReport)
    already_imported: bool = False
    gap: tuple[int, int] | None = None  # (last seq seen, first seq of this bundle)
    trusted_now: str | None = None  # fingerprint, when trusted on this import
    max_version: int = 0

    @property
    def totals(self) -> TableReport:
        t = TableReport()
        for r in [*self.tables.values(), self.pseudonyms]:
            t.new += r.new
            t.updated += r.updated
            t.unchanged += r.unchanged
            t.conflicts += r.conflicts
        return t

    def to_dict(self) -> dict[str, Any]:
        return {"bundle": self.bundle, "site_id": self.site_id, "site_code": self.site_code,
                "full": self.full, "from_seq": self.from_seq, "to_seq": self.to_seq,
                "dry_run": self.dry_run, "already_imported": self.already_imported,
                "gap": list(self.gap) if self.gap else None,
                "tables": {k: v.to_dict() for k, v in self.tables.items()},
                "pseudonyms": self.pseudonyms.to_dict(), "totals": self.totals.to_dict()}

    def lines(self) -> list[str]:
        """The report as text lines (the CLI prints these)."""
        mode = " (dry run: nothing was changed)" if self.dry_run else ""
        out = [f"Bundle {self.bundle} from site {self.site_code}{mode}",
               f"  changes {self.from_seq + 1}..{self.to_seq}"
               + (" (full export)" if self.full else "")]
        if self.trusted_now:
            out.append(f"  site key trusted now, fingerprint {keys.pretty(self.trusted_now)}")
        if self.already_imported:
            out.append("  this bundle was imported before")
        if self.gap:
            out.append(f"  gap: changes {self.gap[0] + 1}..{self.gap[1]} of this site have "
                       "not been imported yet (a bundle is missing)")
        out.append(f"  {'table':<28}{'new':>8}{'updated':>9}{'unchanged':>11}{'conflicts':>11}")
        for name, r in [*sorted(self.tables.items()), ("(pseudonymised people)",
                                                        self.pseudonyms)]:
            if r.new or r.updated or r.unchanged or r.conflicts:
                out.append(f"  {name:<28}{r.new:>8}{r.updated:>9}{r.unchanged:>11}"
                           f"{r.conflicts:>11}")
        t = self.totals
        out.append(f"  {'total':<28}{t.new:>8}{t.updated:>9}{t.unchanged:>11}{t.conflicts:>11}")
        return out


# -- checking a bundle ---------------------------------------------------------------------
def open_bundle(path: Path, identity: Any, centre_fp: str) -> bundle.OpenedBundle:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError:
        raise InvalidInput("The bundle {name} cannot be read.", field="bundle",
                           name=path.name) from None
    sha = hashlib.sha256(raw).hexdigest()
    plain = bundle.decrypt(raw, identity, path.name)
    del raw
    b = bundle.open_zip(plain, path.name, sha)
    m = b.manifest
    if m.get("kind") != bundle.KIND:
        raise TamperedOrForeign(bundle.DAMAGED, name=path.name)
    if not isinstance(m.get("format"), int) or m["format"] > bundle.FORMAT:
        raise TamperedOrForeign("The bundle {name} was made by a newer version of Clinic "
                                "Desk; update the central office first.", name=path.name)
    if m.get("centre") != centre_fp:
        raise TamperedOrForeign("The bundle {name} was made for another central office; "
                                "nothing was imported.", name=path.name)
    schema = str(m.get("schema", ""))
    if not migrate.is_known(schema):
        raise TamperedOrForeign("The bundle {name} comes from a newer version of Clinic Desk "
                                "(database {schema}); update the central office first.",
                                name=path.name, schema=schema)
    return b


def check_signature(s: Session, b: bundle.OpenedBundle, trust_new_site: bool,
                    local_site: str) -> str | None:
    """Verify the manifest's signature with the trusted key. Returns the fingerprint when
    the site was trusted just now."""
    m = b.manifest
    try:
        site = m["site"]
        pub = keys.SitePublic(str(site["id"]), str(site["code"]), str(m["signing_key"]),
                              keys.site_fingerprint(str(site["id"]), str(m["signing_key"])))
    except (KeyError, TypeError):
        raise TamperedOrForeign(bundle.DAMAGED, name=b.name) from None
    if pub.site_id == local_site:
        raise TamperedOrForeign("The bundle {name} was made by this very site; nothing was "
                                "imported.", name=b.name)
    known = keys.trusted(s, pub.site_id)
    trusted_now = None
    if known is None:
        if not trust_new_site:
            raise TamperedOrForeign(
                "The bundle {name} comes from site {code}, whose key (fingerprint {fp}) this "
                "office does not trust yet; check the fingerprint with the site, then import "
                "with --trust-new-site or use keys site-trust.",
                name=b.name, code=pub.site_code, fp=keys.pretty(pub.fingerprint))
        key_b64 = pub.ed25519
        trusted_now = pub.fingerprint
    else:
        if known.public_key != pub.ed25519:
            raise TamperedOrForeign(
                "The bundle {name} of site {code} is signed with a key that is not the one "
                "this office trusts for it; nothing was imported.",
                name=b.name, code=pub.site_code)
        key_b64 = known.public_key
    if not keys.verify(key_b64, bundle.SIGN_CONTEXT + b.manifest_bytes, b.signature):
        raise TamperedOrForeign(bundle.DAMAGED, name=b.name)
    bundle.verify_parts(b)
    if trusted_now:
        keys.trust_site(s, pub, "first_import")
    return trusted_now


# -- applying ----------------------------------------------------------------------------------
def _canon(row: dict[str, Any]) -> str:
    return json.dumps({k: bundle.encode_value(v) for k, v in row.items()}, sort_keys=True,
                      ensure_ascii=False)


def _values_equal(a: Any, b: Any) -> bool:
    return bundle.encode_value(a) == bundle.encode_value(b)


class Applier:
    def __init__(self, s: Session, b: bundle.OpenedBundle, report: ImportReport,
                 local_site: str) -> None:
        self.s = s
        self.b = b
        self.report = report
        self.local_site = local_site
        self.sender = report.site_id
        self.id_map: dict[str, dict[str, str]] = defaultdict(dict)
        for r in s.scalars(select(IdMap)):
            self.id_map[r.table_name][r.foreign_id] = r.local_id
        self.user_site: dict[str, str] = dict(s.execute(select(User.id, User.origin_site)).all())
        self.now = utcnow()

    def writer_site(self, row: dict[str, Any]) -> str | None:
        return self.user_site.get(row.get("updated_by") or "", row.get("origin_site"))

    # -- per row transforms
    def remap(self, pol: TablePolicy, row: dict[str, Any]) -> dict[str, Any]:
        for col, target, _ in pol.parent_cols:
            v = row.get(col)
            if v is not None and v in self.id_map.get(target, {}):
                row[col] = self.id_map[target][v]
        for col, _ in pol.self_cols:
            v = row.get(col)
            if v is not None and v in self.id_map.get(pol.name, {}):
                row[col] = self.id_map[pol.name][v]
        if row["id"] in self.id_map.get(pol.name, {}):
            row["id"] = self.id_map[pol.name][row["id"]]
        if pol.name == "users" and row.get("origin_site") != self.local_site:
            code = self.report.site_code.lower()
            name = str(row["username"])
            if not name.endswith("@" + code):
                row["username"] = f"{name}@{code}"[:32]
            row["active"] = False
        return row

    def check_origin(self, pol: TablePolicy, row: dict[str, Any]) -> None:
        if pol.name in SENDER_ONLY and row.get("origin_site") != self.sender:
            raise TamperedOrForeign(
                "The bundle {name} carries {table} records of another site; nothing was "
                "imported.", name=self.b.name, table=pol.name)

    def find_by_key(self, pol: TablePolicy, row: dict[str, Any]) -> dict[str, Any] | None:
        t = pol.table
        for cols in pol.uniques:
            if any(row.get(c) is None for c in cols):
                continue
            hit = self.s.execute(select(t).where(and_(*[t.c[c] == row[c] for c in cols]))
                                 ).first()
            if hit is not None:
                return dict(hit._mapping)
        return None

    def apply_table(self, pol: TablePolicy, part: str) -> None:
        rep = self.report.tables.setdefault(pol.name, TableReport())
        decode = bundle.decoder(pol.table)
        batch: list[dict[str, Any]] = []
        for raw in self.b.rows(part):
            batch.append(decode(raw))
            if len(batch) >= BATCH:
                self._apply_batch(pol, batch, rep)
                batch = []
        if batch:
            self._apply_batch(pol, batch, rep)

    def _apply_batch(self, pol: TablePolicy, rows: list[dict[str, Any]],
                     rep: TableReport) -> None:
        t = pol.table
        for row in rows:
            self.check_origin(pol, row)
            self.remap(pol, row)
            self.report.max_version = max(self.report.max_version, int(row["version"]))
            if pol.name == "users":
                self.user_site[row["id"]] = row["origin_site"]
        existing = {r._mapping["id"]: dict(r._mapping) for r in self.s.execute(
            select(t).where(t.c.id.in_([r["id"] for r in rows])))}
        inserts: list[dict[str, Any]] = []
        for row in rows:
            old = existing.get(row["id"])
            if old is None and pol.uniques:
                old = self.find_by_key(pol, row)
                if old is not None:
                    if pol.append_only or pol.name in NEVER_MERGE or (
                            pol.name == "users" and old.get("origin_site") == self.local_site):
                        raise TamperedOrForeign(
                            "The bundle {name} has a {table} record that clashes with one "
                            "already here (same {key}); nothing was imported.",
                            name=self.b.name, table=pol.name, key=", ".join(pol.uniques[0]))
                    self.s.add(IdMap(table_name=pol.name, foreign_id=row["id"],
                                     local_id=old["id"]))
                    self.id_map[pol.name][row["id"]] = old["id"]
                    row["id"] = old["id"]
                    row["origin_site"] = old["origin_site"]
                    row["created_at"] = old["created_at"]
            if old is None:
                inserts.append(row)
                existing[row["id"]] = row
                rep.new += 1
                continue
            self._merge(pol, row, old, rep)
        if inserts:
            self.s.execute(t.insert(), inserts)

    def _merge(self, pol: TablePolicy, row: dict[str, Any], old: dict[str, Any],
               rep: TableReport) -> None:
        cols = [c for c in row if c in old and c not in IDENTITY_COLS]
        differing = [c for c in cols if not _values_equal(row[c], old[c])]
        if not differing:
            rep.unchanged += 1
            return
        if pol.append_only:
            rep.unchanged += 1  # ledgers never change; the first copy stays
            return
        content = [c for c in differing if c not in STAMP_COLS]
        inc_key = (int(row["version"]), _canon(row))
        old_key = (int(old["version"]), _canon({c: old[c] for c in cols}))
        incoming_wins = inc_key > old_key
        # a bundle carries only what was written at its site
        w_in, w_old = self.sender, self.writer_site(old)
        if content and w_in != w_old:
            winner, loser = (row, old) if incoming_wins else (old, row)
            self.s.add(Conflict(
                table_name=pol.name, row_id=old["id"], winner_version=int(winner["version"]),
                winner_site=w_in if incoming_wins else w_old,
                loser_version=int(loser["version"]), loser_site=w_old if incoming_wins else w_in,
                loser_values=json.dumps({c: bundle.encode_value(loser[c]) for c in content},
                                        ensure_ascii=False, sort_keys=True),
                bundle_site=self.sender, detected_at=self.now))
            rep.conflicts += 1
        if incoming_wins:
            values = {c: row[c] for c in differing}
            self.s.execute(pol.table.update().where(pol.table.c.id == old["id"]).values(values))
            rep.updated += 1
        else:
            rep.unchanged += 1

    def apply_pseudonyms(self) -> None:
        rep = self.report.pseudonyms
        decode = bundle.decoder(Pseudonym.__table__)
        for raw in self.b.rows(bundle.PSEUDONYMS):
            row = decode(raw)
            if row.get("origin_site") != self.sender:
                raise TamperedOrForeign(bundle.DAMAGED, name=self.b.name)
            old = self.s.get(Pseudonym, row["code"])
            if old is None:
                self.s.add(Pseudonym(**row))
                rep.new += 1
            elif int(row["version"]) > old.version:
                for k, v in row.items():
                    setattr(old, k, v)
                rep.updated += 1
            else:
                rep.unchanged += 1
        self.s.flush()


def apply_bundle(s: Session, b: bundle.OpenedBundle, local_site: str, dry_run: bool,
                 trusted_now: str | None) -> ImportReport:
    """Apply a checked bundle in the caller's transaction."""
    m = b.manifest
    rng = m.get("range", {})
    report = ImportReport(b.name, str(m["site"]["id"]), str(m["site"]["code"]),
                          bool(m.get("full")), int(rng.get("from_seq", 0)),
                          int(rng.get("to_seq", 0)), dry_run, trusted_now=trusted_now)
    policies = {p.name: p for p in build()}
    parts = {p["table"]: p["name"] for p in m["parts"] if p.get("table")}
    unknown = set(parts) - set(policies)
    if unknown:
        raise TamperedOrForeign("The bundle {name} has records of a kind this version does "
                                "not know ({table}); update the central office first.",
                                name=b.name, table=sorted(unknown)[0])
    previous = s.execute(select(ImportRecord.bundle_sha256, ImportRecord.to_seq).where(
        ImportRecord.site_id == report.site_id)).all()
    report.already_imported = any(sha == b.sha256 for sha, _ in previous)
    last = max((int(t) for _, t in previous), default=0)
    if not report.full and report.from_seq > last:
        report.gap = (last, report.from_seq)
    if s.get_bind().dialect.name == "sqlite":
        s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    applier = Applier(s, b, report, local_site)
    s.info[RAW_IMPORT] = True
    try:
        for name, pol in policies.items():  # parents before children
            if name in parts:
                applier.apply_table(pol, parts[name])
        if any(p["name"] == bundle.PSEUDONYMS for p in m["parts"]):
            applier.apply_pseudonyms()
        s.flush()
    finally:
        s.info.pop(RAW_IMPORT, None)
    s.add(ImportRecord(site_id=report.site_id, site_code=report.site_code,
                       bundle_sha256=b.sha256, full=report.full, from_seq=report.from_seq,
                       to_seq=report.to_seq, imported_at=utcnow(),
                       report=json.dumps(report.to_dict(), sort_keys=True)))
    s.flush()
    return report


# -- the entry points ---------------------------------------------------------------------------
def target_engine(url: str) -> Engine:
    """An engine for a consolidation database given by URL (PostgreSQL), migrated to
    this version's schema. The URL's password stays out of every message."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, OperationalError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InvalidInput("The database URL is not valid.", field="database_url") from None
    if not parsed.drivername.startswith("postgresql"):
        raise InvalidInput("Only PostgreSQL URLs (postgresql+psycopg://…) are supported.",
                           field="database_url")
    engine = create_engine(parsed, hide_parameters=True)
    try:
        migrate.needs_upgrade(engine)
        migrate.upgrade(engine)
    except OperationalError:
        engine.dispose()
        raise InvalidInput("The database at {host} cannot be reached or refused the login.",
                           field="database_url", host=parsed.host or "localhost") from None
    return engine


@contextlib.contextmanager
def _target_session(ws: Any, engine: Engine | None) -> Iterator[Session]:
    if engine is None:
        with ws.db.write(ws.actor.user_id) as s:
            yield s
    else:
        with Session(engine) as s, s.begin():
            yield s


class _DryRun(Exception):
    pass


def import_bundles(ws: Any, paths: list[Path], dry_run: bool = False,
                   trust_new_site: bool = False, database_url: str | None = None
                   ) -> list[ImportReport]:
    """Check, then import each bundle in its own transaction (all of it or none of it).
    The first bad bundle stops the run with TamperedOrForeign; earlier ones stay."""
    actor = require(ws.actor, Perm.IMPORT)
    engine = target_engine(database_url) if database_url else None
    reports: list[ImportReport] = []
    try:
        for path in paths:
            with ws.db.read() as s:
                identity = keys.central_identity(s)
                public = keys.central_public(s)
                assert public is not None
            b = open_bundle(Path(path), identity, public.fingerprint)
            report: ImportReport | None = None
            try:
                with ws.db.write(actor.user_id) as ks:  # keys, trust and audit: local
                    trusted_now = check_signature(ks, b, trust_new_site, ws.site.id)
                    if engine is None:
                        report = apply_bundle(ks, b, ws.site.id, dry_run, trusted_now)
                    else:
                        with _target_session(ws, engine) as ts:
                            report = apply_bundle(ts, b, ws.site.id, dry_run, trusted_now)
                            if dry_run:
                                raise _DryRun
                    if dry_run:
                        raise _DryRun
                    audit.record(ks, "bundle_imported", actor, target=b.name,
                                 site=report.site_code, from_seq=report.from_seq,
                                 to_seq=report.to_seq, **report.totals.to_dict(),
                                 database="postgresql" if engine is not None else "local")
            except _DryRun:
                pass
            assert report is not None
            if not dry_run and report.max_version:
                ws.db.clock.observe(report.max_version)
            reports.append(report)
    finally:
        if engine is not None:
            engine.dispose()
    return reports


def trust_site_file(ws: Any, raw: bytes) -> keys.SitePublic:
    actor = require(ws.actor, Perm.IMPORT)
    site = keys.SitePublic.parse(raw)
    with ws.db.write(actor.user_id) as s:
        keys.trust_site(s, site, "file")
        audit.record(s, "site_key_trusted", actor, target=site.site_code,
                     fingerprint=site.fingerprint)
    return site


def conflicts(s: Session, limit: int = 500) -> list[Conflict]:
    return list(s.scalars(select(Conflict).order_by(Conflict.id.desc()).limit(limit)))
