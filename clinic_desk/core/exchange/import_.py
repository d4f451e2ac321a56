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

Sticks may arrive in any order: an incremental bundle that starts after a change this
office has not received (an earlier bundle not imported yet) is checked and kept (see
waiting), its report naming the gap, and applied by itself once the gap is filled. A
full bundle is always applied; a bundle already imported changes nothing. Several
bundles given at once are applied in each site's order, whatever order they came in.

The bundle is read as a stream (see bundle): memory stays flat whatever its size.
Stock movements arrive without the per-insert balance trigger; the balances they
touch are summed again from the ledger at the end (balances_rebuilt).

A bundle's redactions part (see export._redaction_rows) is applied after its rows:
for a woman who withdrew her consent to the central office, her identifying columns
and the free text of every row tied to her are blanked and the rows tombstoned, with
the bundle's version so an older copy can never bring them back; a "restore" (consent
given again) lets her re-sent record replace the redacted copy.

Importing the same bundle again changes nothing. `dry_run` applies everything, reports,
and rolls back.

After the rows, the office's copy of the site is compared with the per-table digest of
the site's whole state in the manifest (see digest): the report says it equals the
site, or names the tables that differ (only for the site's latest bundle here). The
change ranges received from each site, with any gap, come from received_ranges.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Engine,
    Integer,
    create_engine,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from clinic_desk.core.db import migrate
from clinic_desk.core.db.base import RAW_IMPORT
from clinic_desk.core.db.models import User
from clinic_desk.core.db.types import UTCDateTime, utcnow
from clinic_desk.core.errors import InvalidInput, TamperedOrForeign
from clinic_desk.core.exchange import bulk, bundle, digest, keys, waiting
from clinic_desk.core.exchange.models import Conflict, IdMap, ImportRecord, Pseudonym
from clinic_desk.core.exchange.policy import NEVER_MERGE, SENDER_ONLY, TablePolicy, build
from clinic_desk.core.inventory import stock
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Perm, require

Progress = Callable[[int, int], bool | None]  # (done, total) -> False to cancel
STAMP_COLS = ("updated_at", "updated_by", "version")
IDENTITY_COLS = ("id", "origin_site", "created_at")  # never change once a row exists
BATCH = 500
IMPORT_CACHE_KIB = 128 * 1024


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
    held: bool = False  # kept until the gap is filled (see waiting); nothing applied yet
    kept_since: str | None = None  # applied now, after waiting since then
    trusted_now: str | None = None  # fingerprint, when trusted on this import
    max_version: int = 0
    redacted: int = 0  # people whose identity was removed here (consent withdrawn)
    restored: int = 0  # people whose record may replace a redacted copy again
    state: digest.Comparison | None = None  # this office's copy of the site vs the site

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
                "gap": list(self.gap) if self.gap else None, "held": self.held,
                "kept_since": self.kept_since,
                "redacted": self.redacted, "restored": self.restored,
                "state": self.state.to_dict() if self.state is not None else None,
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
        if self.kept_since:
            out.append(f"  kept since {self.kept_since} until the changes before it arrived; "
                       "applied now")
        if self.held and self.gap:
            verb = "would be kept" if self.dry_run else "is kept"
            out.append(f"  gap: changes {self.gap[0] + 1}..{self.gap[1]} of site "
                       f"{self.site_code} have not been imported here yet; this bundle "
                       f"{verb} and applied by itself once they arrive (import the missing "
                       "bundle, or ask the site for a full export)")
            return out
        if self.redacted:
            out.append(f"  identity removed for {self.redacted} people who withdrew their "
                       "consent to the central office")
        out.append(f"  {'table':<28}{'new':>8}{'updated':>9}{'unchanged':>11}{'conflicts':>11}")
        for name, r in [*sorted(self.tables.items()), ("(pseudonymised people)",
                                                        self.pseudonyms)]:
            if r.new or r.updated or r.unchanged or r.conflicts:
                out.append(f"  {name:<28}{r.new:>8}{r.updated:>9}{r.unchanged:>11}"
                           f"{r.conflicts:>11}")
        t = self.totals
        out.append(f"  {'total':<28}{t.new:>8}{t.updated:>9}{t.unchanged:>11}{t.conflicts:>11}")
        out.extend(self.state_lines())
        return out

    def state_lines(self) -> list[str]:
        """The digest comparison in words (see digest)."""
        st = self.state
        if st is None:
            return []
        if not st.compared:
            why = ("the bundle carries no digest (an older version of Clinic Desk)"
                   if st.reason == "no digest" else
                   "a later bundle of this site was imported already")
            return [f"  copy of site {self.site_code} not compared: {why}"]
        if st.equal:
            return [f"  your copy of site {self.site_code} equals the site"]
        out = [f"  your copy of site {self.site_code} differs from the site in "
               f"{len(st.differing)} table(s):"]
        for name in st.differing:
            site_rows, here = st.rows.get(name, (0, 0))
            out.append(f"    {name}: {site_rows} rows at the site, {here} here")
        return out


# -- checking a bundle ---------------------------------------------------------------------
def open_bundle(path: Path, identity: Any, centre_fp: str,
                name: str | None = None) -> bundle.OpenedBundle:
    path = Path(path)
    b = bundle.scan(path, identity, name or path.name)
    m = b.manifest
    if m.get("kind") != bundle.KIND:
        raise TamperedOrForeign(bundle.DAMAGED, name=b.name)
    if not isinstance(m.get("format"), int) or m["format"] > bundle.FORMAT:
        raise TamperedOrForeign("The bundle {name} was made by a newer version of Clinic "
                                "Desk; update the central office first.", name=b.name)
    if m.get("centre") != centre_fp:
        raise TamperedOrForeign("The bundle {name} was made for another central office; "
                                "nothing was imported.", name=b.name)
    schema = str(m.get("schema", ""))
    if not migrate.is_known(schema):
        raise TamperedOrForeign("The bundle {name} comes from a newer version of Clinic Desk "
                                "(database {schema}); update the central office first.",
                                name=b.name, schema=schema)
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


def _sqlite_datetime(v: Any) -> Any:
    """'YYYY-MM-DDTHH:MM:SS.ffffffZ' as SQLAlchemy stores a UTC datetime in SQLite."""
    if v is None:
        return None
    if not isinstance(v, str) or len(v) != 27 or v[10] != "T" or v[26] != "Z":
        raise ValueError("not a bundle timestamp")
    return f"{v[:10]} {v[11:26]}"


def _sqlite_date(v: Any) -> Any:
    if v is not None and (not isinstance(v, str) or len(v) != 10):
        raise ValueError("not a bundle date")
    return v


def _sqlite_bool(v: Any) -> Any:
    return None if v is None else int(bool(v))


def _sqlite_int(v: Any) -> Any:
    return None if v is None else int(v)


def sqlite_params(table: Any) -> tuple[str, Callable[[dict[str, Any]], list | None]]:
    """(INSERT statement, row -> its parameters) for a table on SQLite, from a bundle row
    as it is (JSON values), in the storage forms SQLAlchemy's SQLite types use. None for a
    row without exactly the table's columns (the caller goes the slow way)."""
    names = [c.name for c in table.columns]
    convs: list[tuple[int, Callable[[Any], Any]]] = []
    for i, c in enumerate(table.columns):
        t = c.type
        f = (_sqlite_datetime if isinstance(t, UTCDateTime) else
             _sqlite_date if isinstance(t, Date) else
             _sqlite_bool if isinstance(t, Boolean) else
             _sqlite_int if isinstance(t, Integer | BigInteger) else None)
        if f is not None:
            convs.append((i, f))
    width = len(names)
    values_of = operator.itemgetter(*names)
    cols = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({cols}) VALUES ({", ".join("?" * width)})'

    def params(row: dict[str, Any]) -> list | None:
        if len(row) != width:
            return None
        try:
            values = list(values_of(row))
            for i, f in convs:
                values[i] = f(values[i])
        except (KeyError, ValueError, TypeError):  # decoding it names what is wrong
            return None
        return values

    return sql, params


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
        self.policies = {p.name: p for p in build()}
        self.progress: Callable[[int], None] = lambda _n: None
        self.restored: dict[str, set[str]] = {}  # table -> ids a re-sent record replaces
        # rows merged with another site's record by natural key (see digest): local ids
        # shared by several sites, and per site the version each last sent of its rows
        self.shared: dict[str, set[str]] = {
            name: set(m.values()) for name, m in self.id_map.items()}
        self.seen: dict[str, dict[str, dict[str, list[Any]]]] = {}
        self.seen_changed: set[str] = set()
        self.ledger_keys: set[tuple[str, str]] = set()  # (location, batch) moved here
        self.decoders: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {}
        self.sqlite = s.get_bind().dialect.name == "sqlite"
        self.raw: dict[str, tuple[str, Callable[[dict[str, Any]], list | None]]] = {}
        self.empty_before: dict[str, bool] = {}  # table -> it held no row (apply_table)

    def _seen_of(self, site: str) -> dict[str, dict[str, list[Any]]]:
        if site not in self.seen:
            self.seen[site] = digest.read_seen(self.s, site)
        return self.seen[site]

    def note_seen(self, site: str, table: str, row_id: str, version: int, deleted: bool,
                  keep: bool = False) -> None:
        rows = self._seen_of(site).setdefault(table, {})
        if keep and row_id in rows:
            return
        value = [int(version), bool(deleted)]
        if rows.get(row_id) != value:
            rows[row_id] = value
            self.seen_changed.add(site)

    def save_seen(self) -> None:
        for site in sorted(self.seen_changed):
            digest.write_seen(self.s, site, self.seen[site])

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

    def by_keys(self, pol: TablePolicy, rows: list[dict[str, Any]]
                ) -> list[tuple[tuple[str, ...], dict[tuple[Any, ...], dict[str, Any]]]]:
        """For each natural key of the table, the rows already here that share it with
        one of `rows`: one query per key for the whole batch."""
        t = pol.table
        out = []
        for cols in dict.fromkeys(pol.uniques):
            wanted = {tuple(r[c] for c in cols) for r in rows
                      if all(r.get(c) is not None for c in cols)}
            found: dict[tuple[Any, ...], dict[str, Any]] = {}
            if wanted:
                key = t.c[cols[0]] if len(cols) == 1 else tuple_(*[t.c[c] for c in cols])
                values = [k[0] for k in wanted] if len(cols) == 1 else list(wanted)
                for hit in self.s.execute(select(t).where(key.in_(values))):
                    m = dict(hit._mapping)
                    found[tuple(m[c] for c in cols)] = m
            out.append((cols, found))
        return out

    @staticmethod
    def find_by_key(keyed: list[tuple[tuple[str, ...], dict[tuple[Any, ...], dict[str, Any]]]],
                    row: dict[str, Any]) -> dict[str, Any] | None:
        for cols, found in keyed:
            if found and all(row.get(c) is not None for c in cols):
                hit = found.get(tuple(row[c] for c in cols))
                if hit is not None:
                    return hit
        return None

    def apply_table(self, pol: TablePolicy, rows: Iterator[dict[str, Any]]) -> None:
        """Rows stay as the bundle has them (JSON values) until they are compared with
        a row already here (decoded) or inserted (see _insert)."""
        rep = self.report.tables.setdefault(pol.name, TableReport())
        # a table empty before this bundle holds no record a row could share a natural
        # key with (the site's own rows are unique by the same rules): none is looked up
        self.empty_before[pol.name] = self.s.execute(
            select(pol.table.c.id).limit(1)).first() is None
        for batch in _batches(rows):
            self._apply_batch(pol, batch, rep)
            self.progress(len(batch))

    def _apply_batch(self, pol: TablePolicy, rows: list[dict[str, Any]],
                     rep: TableReport) -> None:
        t = pol.table
        sent_ids: dict[int, str] = {}
        for row in rows:
            self.check_origin(pol, row)
            sent_ids[id(row)] = row["id"]
            self.remap(pol, row)
            self.report.max_version = max(self.report.max_version, int(row["version"]))
            if pol.name == "users":
                self.user_site[row["id"]] = row["origin_site"]
        ids = [r["id"] for r in rows]
        if self.sqlite:  # most rows are new: ask the primary key alone, without SQLAlchemy
            marks = ", ".join("?" * len(ids))
            ids = [i for (i,) in _driver(self.s).execute(
                f'SELECT id FROM "{t.name}" WHERE id IN ({marks})', ids)]
        existing = {r._mapping["id"]: dict(r._mapping) for r in self.s.execute(
            select(t).where(t.c.id.in_(ids)))} if ids else {}
        keyed = (self.by_keys(pol, [r for r in rows if r["id"] not in existing])
                 if pol.uniques and not self.empty_before.get(pol.name) else [])
        inserts: list[dict[str, Any]] = []
        pending: set[str] = set()
        decode = self.decoder(pol)
        for row in rows:
            old = existing.get(row["id"])
            if old is None and keyed:
                old = self.find_by_key(keyed, row)
                if old is not None:
                    if pol.append_only or pol.name in NEVER_MERGE or (
                            pol.name == "users" and old.get("origin_site") == self.local_site):
                        raise TamperedOrForeign(
                            "The bundle {name} has a {table} record that clashes with one "
                            "already here (same {key}); nothing was imported.",
                            name=self.b.name, table=pol.name, key=", ".join(pol.uniques[0]))
                    self.s.add(IdMap(table_name=pol.name, foreign_id=row["id"],
                                     local_id=old["id"]))
                    owner = old.get("origin_site")
                    if owner and owner not in (self.local_site, self.sender):
                        # the owner's copy, as it was before another site's joined it
                        self.note_seen(owner, pol.name, old["id"], old["version"],
                                       bool(old.get("deleted")), keep=True)
                    self.shared.setdefault(pol.name, set()).add(old["id"])
                    self.id_map[pol.name][row["id"]] = old["id"]
                    row["id"] = old["id"]
                    row["origin_site"] = old["origin_site"]
                    row["created_at"] = bundle.encode_value(old["created_at"])
            sent = sent_ids[id(row)]
            if (sent != row["id"] or row["id"] in self.shared.get(pol.name, ())
                    or sent in self._seen_of(self.sender).get(pol.name, {})):
                self.note_seen(self.sender, pol.name, sent, row["version"],
                               bool(row.get("deleted")))
            if old is None:
                inserts.append(row)
                existing[row["id"]] = row
                pending.add(row["id"])
                rep.new += 1
                continue
            if row["id"] in pending:  # twice in one batch: merge with the first copy
                old = decode(dict(old))
            self._merge(pol, decode(row), old, rep)
        if inserts:
            self._insert(pol, inserts)
            if pol.name == LEDGER:
                self.ledger_keys.update((r["location_id"], r["batch_id"]) for r in inserts)

    def decoder(self, pol: TablePolicy) -> Callable[[dict[str, Any]], dict[str, Any]]:
        if pol.name not in self.decoders:
            self.decoders[pol.name] = bundle.decoder(pol.table)
        return self.decoders[pol.name]

    def _insert(self, pol: TablePolicy, rows: list[dict[str, Any]]) -> None:
        """New rows in one statement. On SQLite the bundle's values go straight to the
        driver in the form SQLAlchemy stores them (see sqlite_params); elsewhere, and
        for a row that lacks a column (an older site's), through SQLAlchemy."""
        decode = self.decoder(pol)  # decoding refuses an unknown column by name
        if not self.sqlite:
            self.s.execute(pol.table.insert(), [decode(r) for r in rows])
            return
        if pol.name not in self.raw:
            self.raw[pol.name] = sqlite_params(pol.table)
        sql, to_params = self.raw[pol.name]
        fast, slow = [], []
        for r in rows:
            p = to_params(r)
            if p is None:
                slow.append(decode(r))
            else:
                fast.append(p)
        if fast:
            _driver(self.s).cursor().executemany(sql, fast)
        if slow:
            self.s.execute(pol.table.insert(), slow)

    def _merge(self, pol: TablePolicy, row: dict[str, Any], old: dict[str, Any],
               rep: TableReport) -> None:
        cols = [c for c in row if c in old and c not in IDENTITY_COLS]
        differing = [c for c in cols if not _values_equal(row[c], old[c])]
        if not differing:
            rep.unchanged += 1
            return
        restoring = old["id"] in self.restored.get(pol.name, ())
        if pol.append_only and not restoring:
            rep.unchanged += 1  # ledgers never change; the first copy stays
            return
        content = [c for c in differing if c not in STAMP_COLS]
        inc_key = (int(row["version"]), _canon(row))
        old_key = (int(old["version"]), _canon({c: old[c] for c in cols}))
        incoming_wins = inc_key > old_key or (restoring and pol.append_only)
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
            update = pol.table.update().where(pol.table.c.id == old["id"]).values(values)
            if restoring:  # a redacted ledger entry or signed note
                with _guards_off(self.s, pol.name):
                    self.s.execute(update)
            else:
                self.s.execute(update)
            rep.updated += 1
        else:
            rep.unchanged += 1

    def apply_pseudonyms(self, rows: Iterator[dict[str, Any]]) -> None:
        """People who travel without identity: newer versions replace older ones."""
        self.s.flush()  # a restore may have retired one through the ORM
        decode = bundle.decoder(Pseudonym.__table__)
        for batch in _batches(rows):
            self._pseudonym_batch([decode(raw) for raw in batch])

    def _pseudonym_batch(self, rows: list[dict[str, Any]]) -> None:
        rep = self.report.pseudonyms
        t = Pseudonym.__table__
        if any(row.get("origin_site") != self.sender for row in rows):
            raise TamperedOrForeign(bundle.DAMAGED, name=self.b.name)
        have = dict(self.s.execute(select(t.c.code, t.c.version).where(
            t.c.code.in_([r["code"] for r in rows]))).all())
        new: dict[str, dict[str, Any]] = {}
        for row in rows:
            code = row["code"]
            if code in new:  # twice in one part: the later version counts
                if int(row["version"]) > int(new[code]["version"]):
                    new[code] = row
                rep.unchanged += 1
            elif code not in have:
                new[code] = row
                rep.new += 1
            elif int(row["version"]) > int(have[code]):
                self.s.execute(t.update().where(t.c.code == code).values(row))
                have[code] = row["version"]
                rep.updated += 1
            else:
                rep.unchanged += 1
        if new:
            self.s.execute(t.insert(), list(new.values()))

    # -- consent to the centre withdrawn or given again
    def redactions(self) -> list[dict[str, Any]]:
        if not any(p["name"] == bundle.REDACTIONS for p in self.b.manifest["parts"]):
            return []
        out = []
        for row in self.b.rows(bundle.REDACTIONS):
            if (row.get("origin_site") != self.sender
                    or row.get("action") not in ("redact", "restore")
                    or not isinstance(row.get("person_id"), str)):
                raise TamperedOrForeign(bundle.DAMAGED, name=self.b.name)
            out.append(row)
        return out

    def _her_rows(self, person_id: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """(rows tied to her: table -> ids, rows whose free text names her: table -> ids)
        at this office, for a person of the sending site."""
        tied: dict[str, set[str]] = {}
        texts: dict[str, set[str]] = {}
        person = self.s.execute(select(self.policies["people"].table.c.origin_site).where(
            self.policies["people"].table.c.id == person_id)).first()
        if person is None or person[0] != self.sender:
            return tied, texts  # a site speaks only for the people it registered
        for pol in self.policies.values():
            t = pol.table
            conds = [t.c.id == person_id] if pol.is_people else []
            conds += [t.c[c] == person_id for c in pol.person_cols]
            conds += [t.c[c].in_(tied[p]) for c, p, nullable in pol.parent_cols
                      if not nullable and tied.get(p)]
            if conds:
                ids = set(self.s.scalars(select(t.c.id).where(or_(*conds))))
                if ids:
                    tied[pol.name] = ids
            if not pol.blank:
                continue
            text_ids: set[str] = set()
            for link, fkcol, pcol in pol.reverse:
                lt = self.policies[link].table
                text_ids |= {v for v in self.s.scalars(select(lt.c[fkcol]).where(
                    lt.c[pcol] == person_id)) if v is not None}
            for c, p, _ in pol.parent_cols:
                if texts.get(p):
                    text_ids |= set(self.s.scalars(select(t.c.id).where(t.c[c].in_(texts[p]))))
            for c in pol.soft_person_cols:
                text_ids |= set(self.s.scalars(select(t.c.id).where(t.c[c] == person_id)))
            text_ids -= tied.get(pol.name, set())
            if text_ids:
                texts[pol.name] = text_ids
        return tied, texts

    def _update(self, pol: TablePolicy, ids: set[str], values: dict[str, Any]) -> None:
        if not ids or not values:
            return
        t = pol.table
        with _guards_off(self.s, pol.name):
            for chunk in _chunks(sorted(ids)):
                self.s.execute(t.update().where(t.c.id.in_(chunk)).values(values))

    def redact(self, person_id: str, version: int) -> bool:
        """Blank her identity and the free text tied to her; tombstone her rows."""
        tied, texts = self._her_rows(person_id)
        if not tied:
            return False
        for name, ids in tied.items():
            pol = self.policies[name]
            self._update(pol, ids, {**pol.blank, **pol.identifying, "deleted": True,
                                    "version": version})
        for name, ids in texts.items():
            pol = self.policies[name]
            values: dict[str, Any] = dict(pol.blank)
            if not pol.append_only:
                values["version"] = version
                # the site still holds these rows as they were: digest them so (see digest)
                t = pol.table
                for chunk in _chunks(sorted(ids)):
                    for row_id, v, deleted in self.s.execute(
                            select(t.c.id, t.c.version, t.c.deleted).where(
                                t.c.id.in_(chunk), t.c.origin_site == self.sender)):
                        self.note_seen(self.sender, name, row_id, v, deleted, keep=True)
            self._update(pol, ids, values)
        touched = [i for ids in (*tied.values(), *texts.values()) for i in ids]
        for chunk in _chunks(touched):  # values that lost a merge may name her too
            self.s.execute(Conflict.__table__.update().where(
                Conflict.__table__.c.row_id.in_(chunk)).values(loser_values="{}"))
        return True

    def restore(self, person_id: str, code: str | None) -> bool:
        """Her record comes whole again in this bundle: let it replace a redacted copy,
        and retire her pseudonym (she is counted by her record now)."""
        tied, texts = self._her_rows(person_id)
        for name, ids in [*tied.items(), *texts.items()]:
            pol = self.policies[name]
            if not pol.append_only:
                self._update(pol, ids, {"version": 0})
            self.restored.setdefault(name, set()).update(ids)
        if code:
            old = self.s.get(Pseudonym, code)
            if old is not None and old.origin_site == self.sender:
                old.deleted = True
        return bool(tied)


def _chunks(items: list[str], n: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _batches(rows: Iterable[dict[str, Any]], n: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    """A stream of rows as lists of up to `n`."""
    it = iter(rows)
    while batch := list(itertools.islice(it, n)):
        yield batch


def _driver(s: Session) -> Any:
    """The SQLite driver connection under the session's transaction (the fast paths)."""
    return s.connection().connection.driver_connection


@contextlib.contextmanager
def _guards_off(s: Session, table: str, names: tuple[str, ...] = ()) -> Iterator[None]:
    """Lift, inside the caller's transaction only, the triggers that refuse changes to
    a ledger or a signed note (a redaction is the one change allowed to them), or the
    triggers named. Every trigger is back before the transaction ends (a rollback
    restores them as well)."""
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        which = (f"AND name IN ({', '.join('?' for _ in names)})" if names
                 else "AND sql LIKE '%RAISE(%'")
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            + which, (table, *names)).all()
        for name, _ in rows:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        try:
            yield
        finally:
            for _, sql in rows:
                conn.exec_driver_sql(sql)
    else:
        targets = [f'"{n}"' for n in names] or ["USER"]
        for target in targets:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER {target}')
        try:
            yield
        finally:
            for target in targets:
                conn.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER {target}')


LEDGER = "inv_ledger"
BALANCE_TRIGGER = "inv_ledger_balance"


@contextlib.contextmanager
def balances_rebuilt(s: Session, touched: set[tuple[str, str]]) -> Iterator[None]:
    """Stock movements arrive without the balance trigger of each insert (a bundle may
    come before an earlier one of its site: a dispensing before its receipt); the
    balances of the (location, batch) pairs in `touched` are then summed again from the
    whole ledger, held at zero while entries are missing (see stock.rebuild_balances_of).
    The same sum for every order of import: the balances converge with the ledger."""
    with _guards_off(s, LEDGER, (BALANCE_TRIGGER,)):
        yield
    if touched:
        stock.rebuild_balances_of(s, touched)


def _apply_rows(s: Session, b: bundle.OpenedBundle, report: ImportReport, local_site: str,
                by_part: dict[str, TablePolicy], progress: Progress | None) -> None:
    """The rows of a checked bundle, in the caller's transaction (see apply_bundle)."""
    if s.get_bind().dialect.name == "sqlite":
        s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    applier = Applier(s, b, report, local_site)
    with _import_cache(s):
        _apply_all(s, b, report, applier, by_part, progress)


@contextlib.contextmanager
def _import_cache(s: Session) -> Iterator[None]:
    """A larger page cache while a bundle is applied (SQLite): the indexes of the big
    tables are written all over, and every page that leaves the cache is encrypted and
    read back later. A fixed size: memory does not grow with the bundle."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def _apply_all(s: Session, b: bundle.OpenedBundle, report: ImportReport, applier: Applier,
               by_part: dict[str, TablePolicy], progress: Progress | None) -> None:
    m = b.manifest
    rng = m.get("range", {})
    total = max(1, sum(int(p.get("rows", 0)) for p in m["parts"]))
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None and progress(min(done, total), total) is False:
            raise bundle.Cancelled("Import cancelled; nothing of this bundle was imported.")

    applier.progress = step
    changes = applier.redactions()
    version = int(rng.get("to_version", 0) or 0)
    s.info[RAW_IMPORT] = True
    try:
        for row in changes:  # a re-sent record may replace a redacted copy
            if row["action"] == "restore":
                report.restored += applier.restore(row["person_id"], row.get("code"))
        incoming = {pol.name: b.members[part].rows for part, pol in by_part.items()
                    if part in b.members}
        with balances_rebuilt(s, applier.ledger_keys), bulk.indexes_later(s, incoming):
            for member, rows in b.stream():
                pol = by_part.get(member)
                if pol is not None:
                    applier.apply_table(pol, rows)
                elif member == bundle.PSEUDONYMS:
                    applier.apply_pseudonyms(rows)
                else:
                    for _ in rows:  # the manifest, its signature, the redactions
                        pass
        for row in changes:  # after the rows: nothing of hers may come back with them
            if row["action"] == "redact":
                report.redacted += applier.redact(row["person_id"], version)
        applier.save_seen()
        s.flush()
        if report.redacted and s.get_bind().dialect.name == "sqlite":
            # merge the name index, so her deleted entries leave its segments too
            conn = s.connection()
            if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = "
                                    "'person_fts'").first():
                conn.exec_driver_sql("INSERT INTO person_fts (person_fts) VALUES ('optimize')")
    finally:
        s.info.pop(RAW_IMPORT, None)


def apply_bundle(s: Session, b: bundle.OpenedBundle, local_site: str, dry_run: bool,
                 trusted_now: str | None, progress: Progress | None = None) -> ImportReport:
    """Apply a checked bundle in the caller's transaction. `progress(done, total)`
    returning False cancels (bundle.Cancelled; the caller's transaction rolls back)."""
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
    if not report.full and report.from_seq > last and not report.already_imported:
        report.gap = (last, report.from_seq)  # changes last+1..from_seq not received yet
        report.held = True  # its records may refer to those: kept (see waiting)
        return report
    by_part = {part: policies[table] for table, part in parts.items()}
    in_zip = [by_part[name].name for name in b.order if name in by_part]
    if not _parents_first(in_zip, policies):
        raise TamperedOrForeign(bundle.DAMAGED, name=b.name)
    if report.already_imported:  # applied before: every row is as it was then
        for table, part in parts.items():
            report.tables[table] = TableReport(unchanged=b.members[part].rows)
        if bundle.PSEUDONYMS in b.members:
            report.pseudonyms.unchanged = b.members[bundle.PSEUDONYMS].rows
    else:
        _apply_rows(s, b, report, local_site, by_part, progress)
    if report.to_seq >= last:
        report.state = digest.compare(s, report.site_id, m, list(policies.values()))
    else:
        report.state = digest.Comparison(False, reason="older bundle")
    s.add(ImportRecord(site_id=report.site_id, site_code=report.site_code,
                       bundle_sha256=b.sha256, full=report.full, from_seq=report.from_seq,
                       to_seq=report.to_seq, imported_at=utcnow(),
                       report=json.dumps(report.to_dict(), sort_keys=True)))
    s.flush()
    return report


def _parents_first(tables: list[str], policies: dict[str, TablePolicy]) -> bool:
    """Every table comes after the tables it links to (a row's parent is applied, and
    its id mapped, before the row), each once."""
    place = {t: i for i, t in enumerate(tables)}
    if len(place) != len(tables):
        return False
    for t in tables:
        pol = policies[t]
        parents = [p for _, p, _ in pol.parent_cols] + (["people"] if pol.person_cols else [])
        if any(place[p] > place[t] for p in parents if p in place):
            return False
    return True


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


@dataclass(frozen=True)
class BundleInfo:
    """What a checked bundle says about itself, before anything is imported."""

    path: Path
    site_id: str
    site_code: str
    site_name: str
    fingerprint: str
    trusted: bool  # this office trusts that key for that site already
    key_changed: bool  # the site is trusted, but with another key (will be refused)
    full: bool
    from_seq: int
    to_seq: int
    created_at: str


def _opened(ws: Any, path: Path, name: str | None = None) -> bundle.OpenedBundle:
    with ws.db.read() as s:
        identity = keys.central_identity(s)
        public = keys.central_public(s)
        assert public is not None
    return open_bundle(Path(path), identity, public.fingerprint, name)


def _info(ws: Any, path: Path, b: bundle.OpenedBundle) -> BundleInfo:
    m = b.manifest
    try:
        site, rng = m["site"], m.get("range", {})
        site_id, key = str(site["id"]), str(m["signing_key"])
        info = (str(site["code"]), str(site.get("name", "")), int(rng.get("from_seq", 0)),
                int(rng.get("to_seq", 0)))
    except (KeyError, TypeError, ValueError):
        raise TamperedOrForeign(bundle.DAMAGED, name=b.name) from None
    with ws.db.read() as s:
        known = keys.trusted(s, site_id)
    return BundleInfo(Path(path), site_id, info[0], info[1], keys.site_fingerprint(site_id, key),
                      known is not None and known.public_key == key,
                      known is not None and known.public_key != key, bool(m.get("full")),
                      info[2], info[3], str(m.get("created_at", "")))


def inspect_bundles(ws: Any, paths: list[Path]) -> list[BundleInfo]:
    """Decrypt and read each bundle's manifest (nothing is imported): which site, which
    key (fingerprint) and whether this office trusts it, which changes. Signatures and
    hashes are checked by the import itself."""
    require(ws.actor, Perm.IMPORT)
    return [_info(ws, p, _opened(ws, p)) for p in paths]


def _in_site_order(ws: Any, paths: list[Path]) -> list[Path]:
    """Several bundles: each site's in the order of its changes (a stick may hold them
    in any order)."""
    if len(paths) < 2:
        return list(paths)
    infos = inspect_bundles(ws, paths)
    infos.sort(key=lambda i: (i.site_id, i.from_seq, not i.full, i.to_seq))
    return [i.path for i in infos]


def import_bundles(ws: Any, paths: list[Path], dry_run: bool = False,
                   trust_new_site: bool = False, database_url: str | None = None,
                   progress: Progress | None = None) -> list[ImportReport]:
    """Check, then import each bundle in its own transaction (all of it or none of it),
    each site's bundles in the order of their changes. A bundle that starts after
    changes not imported here yet is checked and kept (see waiting; its report says
    held, naming the gap); it is applied, with its own report, by the import that fills
    the gap. The first bad bundle stops the run with TamperedOrForeign; earlier ones
    stay. A dry run applies them all in one transaction that is rolled back, so a later
    bundle of the same site is previewed as it would follow the earlier one.
    `progress(done, total)` returning False cancels: the bundle being applied is rolled
    back whole."""
    actor = require(ws.actor, Perm.IMPORT)
    engine = target_engine(database_url) if database_url else None
    reports: list[ImportReport] = []
    ordered = _in_site_order(ws, [Path(p) for p in paths])
    try:
        if dry_run:
            with contextlib.ExitStack() as outer:  # one transaction, rolled back
                ks = outer.enter_context(ws.db.write(actor.user_id))
                ts = (outer.enter_context(_target_session(ws, engine)) if engine is not None
                      else ks)
                for path in ordered:
                    b = _opened(ws, path)
                    trusted_now = check_signature(ks, b, trust_new_site, ws.site.id)
                    reports.append(apply_bundle(ts, b, ws.site.id, True, trusted_now, progress))
                raise _DryRun
        for path in ordered:
            report = _import_one(ws, actor, engine, path, trust_new_site, progress)
            reports.append(report)  # then what waited for it (or failed before)
            reports += _apply_waiting(ws, actor, engine, report.site_id, progress)
    except _DryRun:
        pass
    finally:
        if engine is not None:
            engine.dispose()
    return reports


def _import_one(ws: Any, actor: Any, engine: Engine | None, path: Path,
                trust_new_site: bool, progress: Progress | None,
                kept: waiting.Waiting | None = None) -> ImportReport:
    """One bundle in its own transaction: applied, or kept when it starts after a gap."""
    b = _opened(ws, path, kept.name if kept else None)
    folder = ws.installation.paths.waiting
    kept_now: waiting.Waiting | None = None
    try:
        with ws.db.write(actor.user_id) as ks:  # keys, trust, waiting, audit: local
            trusted_now = check_signature(ks, b, trust_new_site, ws.site.id)
            if engine is None:
                report = apply_bundle(ks, b, ws.site.id, False, trusted_now, progress)
            else:
                with _target_session(ws, engine) as ts:
                    report = apply_bundle(ts, b, ws.site.id, False, trusted_now, progress)
            if trusted_now:
                audit.record(ks, "site_key_trusted", actor, target=report.site_code,
                             fingerprint=trusted_now, how="first_import")
            if report.held:
                w = waiting.make(b.sha256, report.site_id, report.site_code,
                                 report.from_seq, report.to_seq, b.name)
                if waiting.keep(ks, folder, Path(path), w):
                    kept_now = w
                    audit.record(ks, "bundle_kept", actor, target=b.name,
                                 site=report.site_code, from_seq=report.from_seq,
                                 to_seq=report.to_seq)
                return report
            if kept is not None:
                waiting.release(ks, kept)
                report.kept_since = kept.kept_at
            audit.record(ks, "bundle_imported", actor, target=b.name,
                         site=report.site_code, from_seq=report.from_seq,
                         to_seq=report.to_seq, **report.totals.to_dict(),
                         redacted=report.redacted,
                         database="postgresql" if engine is not None else "local")
    except BaseException:
        if kept_now is not None:  # the note was rolled back: so goes its copy
            kept_now.path(folder).unlink(missing_ok=True)
        raise
    if kept is not None:
        kept.path(folder).unlink(missing_ok=True)
    if report.max_version:
        ws.db.clock.observe(report.max_version)
    return report


def _apply_waiting(ws: Any, actor: Any, engine: Engine | None, site_id: str,
                   progress: Progress | None) -> list[ImportReport]:
    """Apply the kept bundles of a site that follow without a gap now, in order. A kept
    copy that is missing or damaged is forgotten (audited): its changes show as a gap
    again, and it never blocks the imports after it."""
    out: list[ImportReport] = []
    folder = ws.installation.paths.waiting
    while True:
        with ws.db.read() as s:
            kept = waiting.listed(s, site_id)
        moved = False
        for w in kept:
            try:
                report = _import_one(ws, actor, engine, w.path(folder), False, progress,
                                     kept=w)
            except (InvalidInput, TamperedOrForeign):
                with ws.db.write(actor.user_id) as s:
                    waiting.release(s, w)
                    audit.record(s, "bundle_kept_dropped", actor, target=w.name,
                                 site=w.site_code, from_seq=w.from_seq, to_seq=w.to_seq)
                w.path(folder).unlink(missing_ok=True)
                moved = True
                break
            if not report.held:
                out.append(report)
                moved = True
                break
        if not moved:
            return out  # nothing kept, or every one still waits for an earlier bundle


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


def received_ranges(s: Session) -> dict[str, list[tuple[int, int]]]:
    """Site code -> the change ranges (first, last) received from it, merged; a hole
    between two ranges is a gap in that site's changes at this office."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    codes: dict[str, str] = {}
    for site_id, code, full, lo, hi in s.execute(select(
            ImportRecord.site_id, ImportRecord.site_code, ImportRecord.full,
            ImportRecord.from_seq, ImportRecord.to_seq).order_by(ImportRecord.id)):
        codes[site_id] = code
        first = 1 if full else int(lo) + 1
        if int(hi) >= first:
            spans[site_id].append((first, int(hi)))
    out: dict[str, list[tuple[int, int]]] = {}
    for site_id, code in codes.items():
        merged: list[tuple[int, int]] = []
        for a, b in sorted(spans.get(site_id, [])):
            if merged and a <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        out[code] = merged
    return out


def waiting_ranges(ws: Any) -> dict[str, list[tuple[int, int]]]:
    """Site code -> the change ranges (first, last) of the bundles kept here until an
    earlier one arrives (see waiting)."""
    require(ws.actor, Perm.IMPORT)
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with ws.db.read() as s:
        for w in waiting.listed(s):
            if w.to_seq > w.from_seq:
                out[w.site_code].append((w.from_seq + 1, w.to_seq))
    return dict(out)


def coverage(ws: Any, database_url: str | None = None) -> dict[str, list[tuple[int, int]]]:
    """received_ranges of this office's database, or of the PostgreSQL one."""
    require(ws.actor, Perm.IMPORT)
    if database_url is None:
        with ws.db.read() as s:
            return received_ranges(s)
    engine = target_engine(database_url)
    try:
        with Session(engine) as s:
            return received_ranges(s)
    finally:
        engine.dispose()
