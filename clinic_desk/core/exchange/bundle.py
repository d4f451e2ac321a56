"""The bundle file: one age-encrypted zip.

Inside the zip:
  manifest.json       format, schema (Alembic head), site, centre fingerprint, change
                      range, and for every part its name, table, rows, bytes, SHA-256
  manifest.sig        Ed25519 signature of SIGN_CONTEXT + the exact manifest bytes
  tables/NAME.ndjson  one JSON object per row, in version order
  pseudonyms.ndjson   people who travel without identity
  redactions.ndjson   people whose consent to the centre changed: "redact" (blank her
                      identity and free text there) or "restore" (see export)

The signature covers the manifest, the manifest covers every part by hash and row
count, and the site's key must be the one the centre trusts: a changed byte, part,
manifest or signature, or a part too many, is detected before anything is imported.
The zip is produced in a background thread into a pipe that pyrage encrypts as it
reads, so no plain bundle ever touches the disk.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

import pyrage
from pyrage import x25519
from sqlalchemy import BigInteger, Boolean, Date, Integer, Table

from clinic_desk.core.db.types import UTCDateTime
from clinic_desk.core.errors import ClinicDeskError, TamperedOrForeign

FORMAT = 1
KIND = "clinic-desk-bundle"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PSEUDONYMS = "pseudonyms.ndjson"
REDACTIONS = "redactions.ndjson"
SIGN_CONTEXT = b"clinic-desk bundle v1\n"
SUFFIX = ".cdbundle"


class Cancelled(ClinicDeskError):
    """The user cancelled; nothing was written."""


def part_name(table: str) -> str:
    return f"tables/{table}.ndjson"


# -- values ------------------------------------------------------------------------------
def encode_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def decoder(table: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A function turning a bundle row back into Python values for `table`."""
    conv: dict[str, Callable[[Any], Any]] = {}
    for col in table.columns:
        t = col.type
        if isinstance(t, UTCDateTime):
            conv[col.name] = lambda v: dt.datetime.strptime(
                v, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
        elif isinstance(t, Date):
            conv[col.name] = dt.date.fromisoformat
        elif isinstance(t, Boolean):
            conv[col.name] = bool
        elif isinstance(t, Integer | BigInteger):
            conv[col.name] = int
    known = set(table.columns.keys())

    def decode(row: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in row.items():
            if k not in known:
                raise TamperedOrForeign(
                    "The bundle has a column {column} this version does not know; update "
                    "Clinic Desk at the central office.", column=f"{table.name}.{k}")
            f = conv.get(k)
            out[k] = v if v is None or f is None else f(v)
        return out

    return decode


def dumps_row(row: dict[str, Any]) -> bytes:
    return (json.dumps({k: encode_value(v) for k, v in row.items()}, ensure_ascii=False,
                       separators=(",", ":"), sort_keys=True) + "\n").encode("utf-8")


# -- writing -------------------------------------------------------------------------------
@dataclass
class PartInfo:
    name: str
    table: str | None
    rows: int
    bytes: int
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "table": self.table, "rows": self.rows,
                "bytes": self.bytes, "sha256": self.sha256}


class ZipParts:
    """Writes parts one by one into an open ZipFile, hashing and counting."""

    def __init__(self, zf: zipfile.ZipFile, check: Callable[[], None]) -> None:
        self.zf = zf
        self.parts: list[PartInfo] = []
        self._check = check

    def write_part(self, name: str, table: str | None, rows: Iterable[dict[str, Any]]) -> int:
        h = hashlib.sha256()
        count = size = 0
        with self.zf.open(name, "w", force_zip64=True) as fh:
            buf: list[bytes] = []
            for row in rows:
                line = dumps_row(row)
                h.update(line)
                buf.append(line)
                count += 1
                size += len(line)
                self._check()
                if len(buf) >= 512:
                    fh.write(b"".join(buf))
                    buf.clear()
            if buf:
                fh.write(b"".join(buf))
        self.parts.append(PartInfo(name, table, count, size, h.hexdigest()))
        return count


class _HashingWriter(io.RawIOBase):
    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.sha = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:  # type: ignore[override]
        data = bytes(b)
        self.out.write(data)
        self.sha.update(data)
        self.size += len(data)
        return len(data)


def write_encrypted(out: IO[bytes], recipient: str,
                    produce: Callable[[zipfile.ZipFile], None]) -> tuple[str, int]:
    """Run `produce(zipfile)` in a thread; encrypt its zip stream to `recipient` into
    `out`. Returns (SHA-256 of the encrypted bytes, size). Re-raises the producer's
    exception (the caller's atomic writer then removes the temporary file)."""
    rec = x25519.Recipient.from_str(recipient)
    r_fd, w_fd = os.pipe()
    reader = os.fdopen(r_fd, "rb", buffering=1024 * 1024)
    writer = os.fdopen(w_fd, "wb", buffering=1024 * 1024)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            with zipfile.ZipFile(writer, "w", compression=zipfile.ZIP_DEFLATED,
                                 compresslevel=6, allowZip64=True) as zf:
                produce(zf)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            failure.append(exc)
        finally:
            try:
                writer.close()
            except OSError:
                pass

    thread = threading.Thread(target=run, name="bundle-zip", daemon=True)
    hashing = _HashingWriter(out)
    thread.start()
    try:
        pyrage.encrypt_io(reader, hashing, [rec])
    finally:
        reader.close()  # a writer still blocked on the pipe gets EPIPE and stops
        thread.join()
    if failure:
        raise failure[0]
    return hashing.sha.hexdigest(), hashing.size


# -- reading ---------------------------------------------------------------------------------
DAMAGED = ("The bundle {name} is damaged, was changed after it was made, or is not for "
           "this central office; nothing was imported.")


@dataclass
class OpenedBundle:
    name: str
    sha256: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    zf: zipfile.ZipFile

    def rows(self, part: str) -> Iterator[dict[str, Any]]:
        with self.zf.open(part) as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                yield json.loads(line)

    def part_bytes(self, part: str) -> bytes:
        return self.zf.read(part)


def decrypt(raw: bytes, identity: x25519.Identity, name: str) -> bytes:
    try:
        return pyrage.decrypt(raw, [identity])
    except (pyrage.DecryptError, ValueError, TypeError):
        raise TamperedOrForeign(DAMAGED, name=name) from None


MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024


def _read_at_most(zf: zipfile.ZipFile, member: str, limit: int) -> bytes | None:
    """The member's bytes, or None when it is larger than `limit` (whatever its header
    claims: the stream is cut, never trusted)."""
    with zf.open(member) as fh:
        data = fh.read(limit + 1)
    return None if len(data) > limit else data


def open_zip(plain: bytes, name: str, sha256: str) -> OpenedBundle:
    bad = TamperedOrForeign(DAMAGED, name=name)
    try:
        zf = zipfile.ZipFile(io.BytesIO(plain))
        names = zf.namelist()
        if len(names) != len(set(names)) or MANIFEST not in names or SIGNATURE not in names:
            raise bad
        # Anyone can encrypt to the centre's public key: until the signature is checked,
        # read no more than a manifest and a signature can honestly be (no zip bomb).
        manifest_bytes = _read_at_most(zf, MANIFEST, MAX_MANIFEST_BYTES)
        signature = _read_at_most(zf, SIGNATURE, MAX_SIGNATURE_BYTES)
        if manifest_bytes is None or signature is None:
            raise bad
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, KeyError, OSError,
            EOFError, UnicodeDecodeError):
        raise bad from None
    if not isinstance(manifest, dict):
        raise bad
    return OpenedBundle(name, sha256, manifest, manifest_bytes, signature, zf)


def verify_parts(b: OpenedBundle) -> None:
    """Every part listed, hashed and counted as the (signed) manifest says; nothing else."""
    bad = TamperedOrForeign(DAMAGED, name=b.name)
    parts = b.manifest.get("parts")
    if not isinstance(parts, list):
        raise bad
    listed = {MANIFEST, SIGNATURE}
    try:
        for part in parts:
            name = str(part["name"])
            listed.add(name)
            h = hashlib.sha256()
            rows = size = 0
            with b.zf.open(name) as fh:
                for line in fh:
                    h.update(line)
                    rows += 1
                    size += len(line)
            if (h.hexdigest() != part["sha256"] or rows != int(part["rows"])
                    or size != int(part["bytes"])):
                raise bad
    except (KeyError, TypeError, ValueError, zipfile.BadZipFile, OSError, EOFError):
        raise bad from None
    if set(b.zf.namelist()) != listed:
        raise bad
