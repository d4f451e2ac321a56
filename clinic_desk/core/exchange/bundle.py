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

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import queue
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

import pyrage
import stream_unzip
from pyrage import x25519
from sqlalchemy import BigInteger, Boolean, Date, Integer, Table

from clinic_desk.core.db.types import UTCDateTime
from clinic_desk.core.errors import ClinicDeskError, InvalidInput, TamperedOrForeign

FORMAT = 1
KIND = "clinic-desk-bundle"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PSEUDONYMS = "pseudonyms.ndjson"
REDACTIONS = "redactions.ndjson"
SIGN_CONTEXT = b"clinic-desk bundle v1\n"
SUFFIX = ".cdbundle"
# deflate level 1: twice as fast as 6 on NDJSON for a bundle about 17% larger (measured
# on a 164 MB stock-movement part: 14.3 MB in 0.57 s against 12.2 MB in 1.37 s)
ZIP_LEVEL = 1


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


def _utc_datetime(v: str) -> dt.datetime:
    """'YYYY-MM-DDTHH:MM:SS.ffffffZ' (encode_value's form only) as an aware UTC datetime."""
    if len(v) != 27 or v[10] != "T" or v[-1] != "Z":
        raise ValueError(v)
    return dt.datetime.fromisoformat(v)


def decoder(table: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A function turning a bundle row back into Python values for `table`."""
    conv: dict[str, Callable[[Any], Any]] = {}
    for col in table.columns:
        t = col.type
        if isinstance(t, UTCDateTime):
            conv[col.name] = _utc_datetime
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
            try:
                out[k] = v if v is None or f is None else f(v)
            except (ValueError, TypeError):
                raise TamperedOrForeign(
                    "The bundle has a value this version cannot read in {column}; nothing "
                    "was imported.", column=f"{table.name}.{k}") from None
        return out

    return decode


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                         default=encode_value).encode


_loads = json.JSONDecoder().decode


def dumps_row(row: dict[str, Any]) -> bytes:
    """One NDJSON line; datetimes and dates become encode_value's text."""
    return (_dumps(row) + "\n").encode("utf-8")


def stored_datetime(v: Any) -> Any:
    """SQLAlchemy's SQLite text of a UTC datetime -> the bundle's text (encode_value)."""
    if isinstance(v, str):
        if len(v) == 26 and v[10] == " ":
            return f"{v[:10]}T{v[11:]}Z"
        if len(v) == 19 and v[10] == " ":
            return f"{v[:10]}T{v[11:]}.000000Z"
    if v is None:
        return None
    parsed = dt.datetime.fromisoformat(str(v))
    return encode_value(parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC))


def stored_to_json(table: Table) -> tuple[list[str], Callable[[dict[str, Any]], dict[str, Any]]]:
    """(column names, row -> row) turning a row of `table` as SQLite stores it (columns
    read without their SQLAlchemy types) into the values dumps_row writes for it: the
    same JSON as encode_value gives for the row read through SQLAlchemy."""
    names = [c.name for c in table.columns]
    stamps = [c.name for c in table.columns if isinstance(c.type, UTCDateTime)]
    flags = [c.name for c in table.columns if isinstance(c.type, Boolean)]
    ints = [c.name for c in table.columns if isinstance(c.type, Integer | BigInteger)]

    def to_json(row: dict[str, Any]) -> dict[str, Any]:
        for k in stamps:
            row[k] = stored_datetime(row[k])
        for k in flags:
            v = row[k]
            if v is not None:
                row[k] = bool(int(v))
        for k in ints:
            v = row[k]
            if v is not None and not isinstance(v, int):
                row[k] = int(v)
        return row

    return names, to_json


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
    """Writes parts one by one into an open ZipFile, hashing and counting. `check(rows)`
    is told how many rows went in after every chunk (progress; it may raise Cancelled)."""

    def __init__(self, zf: zipfile.ZipFile, check: Callable[[int], None]) -> None:
        self.zf = zf
        self.parts: list[PartInfo] = []
        self._check = check

    def write_part(self, name: str, table: str | None, rows: Iterable[dict[str, Any]]) -> int:
        return self.write_chunks(name, table, _chunked(dumps_row(row) for row in rows))

    def write_chunks(self, name: str, table: str | None,
                     chunks: Iterable[tuple[bytes, int]]) -> int:
        """A part from ready NDJSON chunks: (lines, each ending in a newline; how many)."""
        h = hashlib.sha256()
        count = size = 0
        with self.zf.open(name, "w", force_zip64=True) as fh:
            for chunk, rows in chunks:
                h.update(chunk)
                size += len(chunk)
                fh.write(chunk)
                count += rows
                self._check(rows)
        self.parts.append(PartInfo(name, table, count, size, h.hexdigest()))
        return count


def _chunked(lines: Iterable[bytes], rows: int = 1024) -> Iterator[tuple[bytes, int]]:
    buf: list[bytes] = []
    for line in lines:
        buf.append(line)
        if len(buf) >= rows:
            yield b"".join(buf), len(buf)
            buf.clear()
    if buf:
        yield b"".join(buf), len(buf)


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
                                 compresslevel=ZIP_LEVEL, allowZip64=True) as zf:
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
# A bundle is read as a stream, twice, and never held whole: age decrypts it chunk by
# chunk in a thread (pyrage.decrypt_io) and stream-unzip inflates the zip members as they
# go by. The first pass (scan) hashes and counts every member and keeps only the manifest,
# its signature and the small redactions part; once the signature and every hash are
# checked, the second pass (OpenedBundle.stream) hands the rows over, hashing them again,
# so a file changed between the two readings is caught before the import commits.
# Memory stays flat whatever the bundle's size; nothing plain ever touches the disk.
DAMAGED = ("The bundle {name} is damaged, was changed after it was made, or is not for "
           "this central office; nothing was imported.")
UNREADABLE = "The bundle {name} cannot be read."

MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024
MAX_REDACTIONS_BYTES = 64 * 1024 * 1024
QUEUE_CHUNKS = 32  # decrypted chunks (64 KiB each) waiting to be unzipped


@dataclass(frozen=True)
class MemberStats:
    sha256: str
    rows: int  # lines
    bytes: int


class _HashingReader(io.RawIOBase):
    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.sha = hashlib.sha256()
        self.failed = False  # the file itself could not be read (a stick pulled out)

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:  # type: ignore[override]
        try:
            n = self.fh.readinto(b)  # type: ignore[attr-defined]
        except OSError:
            self.failed = True
            raise
        if n:
            self.sha.update(memoryview(b)[:n])
        return n or 0


_END = object()


class _QueueWriter(io.RawIOBase):
    def __init__(self, q: queue.Queue[Any], stop: threading.Event) -> None:
        self.q = q
        self.stop = stop

    def writable(self) -> bool:
        return True

    def put(self, item: Any) -> None:
        while True:
            if self.stop.is_set():
                raise BrokenPipeError("reader gone")
            try:
                self.q.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def write(self, b: Any) -> int:  # type: ignore[override]
        data = bytes(b)
        self.put(data)
        return len(data)


def _decrypted(path: Any, identity: x25519.Identity, name: str,
               file_sha: list[str]) -> Iterator[bytes]:
    """The plain zip of the bundle at `path`, chunk by chunk. At the end, appends the
    SHA-256 of the encrypted file to `file_sha`. A wrong key, a changed or missing byte
    (age authenticates every chunk and the end) raises TamperedOrForeign."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError:
        raise InvalidInput(UNREADABLE, field="bundle", name=name) from None
    reader = _HashingReader(fh)
    q: queue.Queue[Any] = queue.Queue(maxsize=QUEUE_CHUNKS)
    stop = threading.Event()
    writer = _QueueWriter(q, stop)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            pyrage.decrypt_io(reader, writer, [identity])
        except BaseException as exc:  # noqa: BLE001 - handed to the reading thread
            failure.append(exc)
        with contextlib.suppress(BrokenPipeError):
            writer.put(_END)

    thread = threading.Thread(target=run, name="bundle-decrypt", daemon=True)
    thread.start()
    try:
        while True:
            item = q.get()
            if item is _END:
                break
            yield item
        if failure:
            if reader.failed:
                raise InvalidInput(UNREADABLE, field="bundle", name=name)
            raise TamperedOrForeign(DAMAGED, name=name)
        file_sha.append(reader.sha.hexdigest())
    finally:
        stop.set()
        with contextlib.suppress(queue.Empty):
            while True:
                q.get_nowait()
        thread.join()
        fh.close()


_UNZIP_ERRORS = (stream_unzip.UnzipError, UnicodeDecodeError, ValueError, zlib.error, EOFError)


def _guarded(chunks: Iterable[bytes], name: str) -> Iterator[bytes]:
    try:
        yield from chunks
    except _UNZIP_ERRORS:
        raise TamperedOrForeign(DAMAGED, name=name) from None


def _members(path: Any, identity: x25519.Identity, name: str,
             file_sha: list[str]) -> Iterator[tuple[str, Iterator[bytes]]]:
    """(member name, its chunks) in the order of the zip; each member's chunks must be
    read to the end before the next member is asked for."""
    chunks = _decrypted(path, identity, name, file_sha)
    try:
        for raw_name, _size, data in stream_unzip.stream_unzip(
                chunks, allowed_encryption_mechanisms=(stream_unzip.NO_ENCRYPTION,)):
            yield raw_name.decode("utf-8"), _guarded(data, name)
    except _UNZIP_ERRORS:
        raise TamperedOrForeign(DAMAGED, name=name) from None
    finally:
        chunks.close()


def _lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    rest = b""
    for chunk in chunks:
        if rest:
            chunk = rest + chunk
        lines = chunk.split(b"\n")
        rest = lines.pop()
        yield from lines
    if rest:
        yield rest


class _Tally:
    """SHA-256, line count and size of a member, as verify_parts compares them."""

    __slots__ = ("sha", "rows", "size", "last")

    def __init__(self) -> None:
        self.sha = hashlib.sha256()
        self.rows = self.size = 0
        self.last = b"\n"

    def add(self, chunk: bytes) -> None:
        if chunk:
            self.sha.update(chunk)
            self.size += len(chunk)
            self.rows += chunk.count(b"\n")
            self.last = chunk[-1:]

    def stats(self) -> MemberStats:
        return MemberStats(self.sha.hexdigest(), self.rows + (self.last != b"\n"), self.size)


@dataclass
class OpenedBundle:
    """A bundle scanned once: its manifest and signature (not yet trusted: see
    import_.check_signature and verify_parts), every member's hash, and the small
    parts kept in memory. `stream()` reads it again for the import."""

    name: str
    sha256: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    members: dict[str, MemberStats]
    order: list[str]
    kept: dict[str, bytes]
    path: Any = None
    identity: Any = None

    def rows(self, part: str) -> Iterator[dict[str, Any]]:
        """The rows of a part kept in memory (the redactions)."""
        for line in _lines([self.kept.get(part, b"")]):
            yield json.loads(line)

    def stream(self) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
        """Every member again, in the zip's order, as (name, rows). Each part's rows are
        hashed as they are read; a part (or the file) that no longer matches what was
        scanned raises TamperedOrForeign when it ends — the caller's transaction must
        then roll back. Each rows iterator must be read to the end (the manifest and its
        signature give no rows)."""
        bad = TamperedOrForeign(DAMAGED, name=self.name)
        file_sha: list[str] = []
        seen: list[str] = []
        for member, chunks in _members(self.path, self.identity, self.name, file_sha):
            seen.append(member)
            if member not in self.members:
                raise bad
            yield member, self._checked_rows(member, chunks,
                                             parse=member not in (MANIFEST, SIGNATURE))
        if seen != self.order or file_sha != [self.sha256]:
            raise bad

    def _checked_rows(self, member: str, chunks: Iterator[bytes], parse: bool = True
                      ) -> Iterator[dict[str, Any]]:
        tally = _Tally()

        def counted() -> Iterator[bytes]:
            for chunk in chunks:
                tally.add(chunk)
                yield chunk

        try:
            if parse:
                for line in _lines(counted()):
                    yield _loads(line.decode("utf-8"))
            else:
                for _ in counted():
                    pass
        except ValueError:
            raise TamperedOrForeign(DAMAGED, name=self.name) from None
        if tally.stats() != self.members[member]:
            raise TamperedOrForeign(DAMAGED, name=self.name)


# members read into memory during the scan, with their limits; anyone can encrypt to
# the centre's public key, so until the signature is checked nothing larger is kept
KEPT = {MANIFEST: MAX_MANIFEST_BYTES, SIGNATURE: MAX_SIGNATURE_BYTES,
        REDACTIONS: MAX_REDACTIONS_BYTES}


def scan(path: Any, identity: x25519.Identity, name: str) -> OpenedBundle:
    """First reading of a bundle file: decrypt and unzip it as a stream, hash and count
    every member, keep the manifest, its signature and the redactions."""
    bad = TamperedOrForeign(DAMAGED, name=name)
    file_sha: list[str] = []
    members: dict[str, MemberStats] = {}
    order: list[str] = []
    kept: dict[str, bytes] = {}
    for member, chunks in _members(path, identity, name, file_sha):
        if member in members:
            raise bad
        tally = _Tally()
        limit = KEPT.get(member)
        buf: list[bytes] = []
        for chunk in chunks:
            tally.add(chunk)
            if limit is not None:
                if tally.size > limit:
                    raise bad
                buf.append(chunk)
        members[member] = tally.stats()
        order.append(member)
        if limit is not None:
            kept[member] = b"".join(buf)
    if MANIFEST not in kept or SIGNATURE not in kept or not file_sha:
        raise bad
    try:
        manifest = json.loads(kept[MANIFEST].decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise bad from None
    if not isinstance(manifest, dict):
        raise bad
    return OpenedBundle(name, file_sha[0], manifest, kept.pop(MANIFEST), kept.pop(SIGNATURE),
                        members, order, kept, path, identity)


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
            got = b.members.get(name)
            if got is None or got != MemberStats(str(part["sha256"]), int(part["rows"]),
                                                 int(part["bytes"])):
                raise bad
    except (KeyError, TypeError, ValueError):
        raise bad from None
    if set(b.members) != listed:
        raise bad
