"""Per-table digests of a site's whole state, so the centre can tell that its copy of a
site equals the site (and say which tables differ when it does not).

What is digested is what the centre can hold of the site: for every travelling table,
the rows the site created (origin_site) that travel (rows withheld by consent never
reach the centre, so they are left out) and are not deleted, as (id, version). A
tombstone leaves the set at both ends, so a deletion the centre has not received yet
shows as a difference, and a redaction (the centre tombstones the rows of a woman who
withdrew her consent; the site withholds them) leaves both ends alike. People who
travel pseudonymised are digested by their pseudonym's content (code, age band, sector,
counts…), without its version (which is the bundle's, not the person's).

The digest is order-independent — the sum modulo 2**256 of the SHA-256 of every row's
entry — so each end streams its rows in any order (no sort, constant memory) and the
database's collation never matters. Together with the row count it is compared; it
detects divergence, it is not a signature (the manifest carrying it is signed).

At the centre, a site's row that was merged with a record already there (same natural
key: a setting, a catalogue code; see import_.Applier) is held under another id and
may carry another site's later version: for those rows the centre keeps, per site, the
id and version that site last sent (ExchangeState "seen:SITE", small: catalogues and
settings only), and digests that instead. The same holds for rows whose free text the
centre blanked for a woman who withdrew her consent (a redaction raises their version
at the centre only).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, cast, literal, select, type_coerce
from sqlalchemy.orm import Session

from clinic_desk.core.exchange import bundle, shaping
from clinic_desk.core.exchange.models import ExchangeState, Pseudonym
from clinic_desk.core.exchange.policy import TablePolicy

PSEUDONYMS = "(pseudonymised people)"
ALGORITHM = "sha256-sum"
MOD = 1 << 256
PSEUDONYM_FIELDS = ("code", "intake_month", "age_band", "sex", "sector", "violence_types",
                    "risk_level", "counts", "statistics_consent")
SEEN_PREFIX = "seen:"


class Accumulator:
    __slots__ = ("rows", "total")

    def __init__(self) -> None:
        self.rows = 0
        self.total = 0

    def add_text(self, text: str) -> None:
        self.total = (self.total + int.from_bytes(
            hashlib.sha256(text.encode("utf-8")).digest(), "big")) % MOD
        self.rows += 1

    def add_row(self, row_id: str, version: int) -> None:
        self.add_text(f"{row_id}\x1f{int(version)}")

    def add_many(self, rows: Iterable[tuple[str, int]]) -> None:
        """add_row for many rows at once (the same sum, faster)."""
        self.add_entries(f"{row_id}\x1f{int(version)}" for row_id, version in rows)

    def add_entries(self, entries: Iterable[str]) -> None:
        """add_text for many entries at once (the same sum, faster)."""
        n = 0
        total = 0
        sha, from_bytes = hashlib.sha256, int.from_bytes
        for text in entries:
            total += from_bytes(sha(text.encode()).digest(), "big")
            n += 1
        self.total = (self.total + total) % MOD
        self.rows += n

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "sha256": f"{self.total:064x}"}


def entry(t: Any) -> Any:
    """SQL giving a row's digest entry, as Accumulator.add_row writes it."""
    return (type_coerce(t.c.id, String) + literal("\x1f", String)
            + cast(t.c.version, String))


def pseudonym_text(row: dict[str, Any]) -> str:
    return json.dumps({k: bundle.encode_value(row.get(k)) for k in PSEUDONYM_FIELDS},
                      sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def manifest_entry(accs: dict[str, Accumulator]) -> dict[str, Any]:
    return {"algorithm": ALGORITHM, "tables": {k: a.to_dict() for k, a in sorted(accs.items())}}


# -- at the site -------------------------------------------------------------------------------
def site_digests(s: Session, shaper: Any, plan: Any,
                 pseudonyms: Iterable[dict[str, Any]] = ()) -> dict[str, Accumulator]:
    """Digest of every travelling table as the site holds it now (export.Plan decides
    what travels, shaping.Shaper says it in SQL). `pseudonyms`: the site's pseudonym
    rows for everyone not travelling identified (export._pseudonym_rows with
    affected=None)."""
    out: dict[str, Accumulator] = {}
    for pol in plan.policies:
        out[pol.name] = acc = Accumulator()
        t = pol.table
        q = shaper.travelling(pol, select(t.c.id, t.c.version).where(
            t.c.origin_site == plan.site_id, t.c.deleted.is_(False)))
        for batch in shaping.batches(s, q):
            acc.add_many(batch)
    out[PSEUDONYMS] = Accumulator()
    for _ in summing_pseudonyms(pseudonyms, out[PSEUDONYMS]):
        pass
    return out


def summing_pseudonyms(rows: Iterable[dict[str, Any]], acc: Accumulator
                       ) -> Iterator[dict[str, Any]]:
    for row in rows:
        if not row.get("deleted"):
            acc.add_text(pseudonym_text(row))
        yield row


# -- at the centre -----------------------------------------------------------------------------
def seen_key(site_id: str) -> str:
    return SEEN_PREFIX + site_id


def read_seen(s: Session, site_id: str) -> dict[str, dict[str, list[Any]]]:
    row = s.get(ExchangeState, seen_key(site_id))
    return json.loads(row.value) if row is not None else {}


def write_seen(s: Session, site_id: str, seen: dict[str, dict[str, list[Any]]]) -> None:
    row = s.get(ExchangeState, seen_key(site_id))
    text = json.dumps(seen, sort_keys=True)
    if row is None:
        s.add(ExchangeState(key=seen_key(site_id), value=text))
    elif row.value != text:
        row.value = text


def centre_digests(s: Session, site_id: str, policies: list[TablePolicy],
                   tables: set[str] | None = None) -> dict[str, Accumulator]:
    """The same digests over what this office holds of `site_id`."""
    seen = read_seen(s, site_id)
    out: dict[str, Accumulator] = {}
    for pol in policies:
        if tables is not None and pol.name not in tables:
            continue
        out[pol.name] = acc = Accumulator()
        t = pol.table
        mine = seen.get(pol.name, {})
        q = select(t.c.id, entry(t)).where(t.c.origin_site == site_id,
                                           t.c.deleted.is_(False))
        for batch in shaping.batches(s, q):
            acc.add_entries(e for row_id, e in batch if row_id not in mine)
        for row_id, (version, deleted) in mine.items():
            if not deleted:
                acc.add_row(row_id, version)
    if tables is None or PSEUDONYMS in tables:
        acc = out[PSEUDONYMS] = Accumulator()
        for p in s.scalars(select(Pseudonym).where(Pseudonym.origin_site == site_id,
                                                   Pseudonym.deleted.is_(False))):
            acc.add_text(pseudonym_text({k: getattr(p, k) for k in PSEUDONYM_FIELDS}))
    return out


@dataclass
class Comparison:
    """The centre's copy of one site against the digest in the site's bundle."""

    compared: bool  # False: an older bundle, or one without digests
    differing: list[str] = field(default_factory=list)  # tables
    rows: dict[str, tuple[int, int]] = field(default_factory=dict)  # table -> (site, centre)
    reason: str = ""  # why not compared: "no digest" | "older bundle"

    @property
    def equal(self) -> bool:
        return self.compared and not self.differing

    def to_dict(self) -> dict[str, Any]:
        return {"compared": self.compared, "equal": self.equal, "differing": self.differing,
                "rows": {k: list(v) for k, v in self.rows.items()}, "reason": self.reason}


def compare(s: Session, site_id: str, manifest: dict[str, Any],
            policies: list[TablePolicy]) -> Comparison:
    entry = manifest.get("digests")
    if not isinstance(entry, dict) or entry.get("algorithm") != ALGORITHM:
        return Comparison(False, reason="no digest")
    site = entry.get("tables")
    if not isinstance(site, dict):
        return Comparison(False, reason="no digest")
    known = {p.name for p in policies} | {PSEUDONYMS}
    here = centre_digests(s, site_id, policies, set(site) & known)
    out = Comparison(True)
    for name in sorted(site):
        theirs = site[name] if isinstance(site[name], dict) else {}
        mine = here.get(name, Accumulator()).to_dict()
        out.rows[name] = (int(theirs.get("rows", 0) or 0), mine["rows"])
        if theirs.get("sha256") != mine["sha256"] or theirs.get("rows") != mine["rows"]:
            out.differing.append(name)
    return out
