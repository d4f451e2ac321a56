"""Bundles that came before an earlier bundle of their site, kept until it arrives.

An incremental bundle carries only what changed at its site in its change range; the
records it refers to may be in the range before it (a session of a woman registered
in the bundle before). When that range has not been imported here yet, the bundle is
checked (encryption, signature, hashes) and then kept, exactly as it came (still
encrypted to this office), in the data folder's `waiting` folder, and the report names
the gap. Each later import of that site applies whatever now follows without a gap,
in the order of the site's changes; a full export of the site closes any gap. So the
order in which sticks arrive never matters, and nothing half-linked is ever applied.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.atomic import atomic_writer
from clinic_desk.core.db.types import utcnow
from clinic_desk.core.exchange.models import ExchangeState

PREFIX = "waiting:"


@dataclass(frozen=True)
class Waiting:
    sha256: str  # of the bundle file
    site_id: str
    site_code: str
    from_seq: int
    to_seq: int
    name: str  # the file's name on the stick
    kept_at: str

    @property
    def key(self) -> str:
        return PREFIX + self.sha256[:48]

    def path(self, folder: Path) -> Path:
        return Path(folder) / f"{self.sha256}.cdbundle"


def keep(s: Session, folder: Path, source: Path, w: Waiting) -> bool:
    """Copy the bundle into `folder` and note it; False when it is kept already."""
    if s.get(ExchangeState, w.key) is not None:
        return False
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with open(source, "rb") as src, atomic_writer(w.path(folder)) as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
    s.add(ExchangeState(key=w.key, value=json.dumps(asdict(w), sort_keys=True)))
    return True


def make(sha256: str, site_id: str, site_code: str, from_seq: int, to_seq: int,
         name: str) -> Waiting:
    return Waiting(sha256, site_id, site_code, from_seq, to_seq, name,
                   utcnow().isoformat(timespec="seconds"))


def listed(s: Session, site_id: str | None = None) -> list[Waiting]:
    """The bundles kept, each site's in the order of its changes."""
    out = []
    for row in s.scalars(select(ExchangeState).where(ExchangeState.key.startswith(PREFIX))):
        w = Waiting(**json.loads(row.value))
        if site_id is None or w.site_id == site_id:
            out.append(w)
    return sorted(out, key=lambda w: (w.site_code, w.from_seq, w.to_seq))


def release(s: Session, w: Waiting) -> None:
    """Forget a kept bundle (applied now); the caller removes its copy once the
    transaction is committed."""
    row = s.get(ExchangeState, w.key)
    if row is not None:
        s.delete(row)
