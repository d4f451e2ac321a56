"""Keys of the exchange, all kept inside the encrypted database.

- The centre has an age X25519 identity (bundles are encrypted to it) and an Ed25519
  key; `central_public_file` is what sites import.
- Every site has an Ed25519 signing key (made on first use) that signs its bundles;
  the centre trusts it from a site key file or on first import (fingerprint shown).
- Every site has a pseudonym secret: a person's stable code is an HMAC of her id.

Secrets never leave this module except as the identity file an administrator asks for
explicitly (`write_identity_file`), written atomically with owner-only permissions.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_desk.core.atomic import atomic_write_bytes
from clinic_desk.core.db.types import utcnow
from clinic_desk.core.errors import InvalidInput, TamperedOrForeign
from clinic_desk.core.exchange.models import ExchangeKey, TrustedSite
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Actor, Perm, require

CENTRAL_AGE = "central_age"
CENTRAL_SIGN = "central_sign"
SITE_SIGN = "site_sign"
PSEUDONYM = "pseudonym"
CENTRAL_PUBLIC = "central_public"

KEY_FILE_FORMAT = 1
CENTRAL_KIND = "clinic-desk-central-key"
SITE_KIND = "clinic-desk-site-key"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def pretty(fingerprint: str) -> str:
    """The first 128 bits of a fingerprint in groups of four, for reading aloud."""
    head = fingerprint[:32].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


def central_fingerprint(recipient: str, ed25519_b64: str) -> str:
    text = f"clinic-desk central v1\n{recipient}\n{ed25519_b64}\n".encode("ascii")
    return hashlib.sha256(text).hexdigest()


def site_fingerprint(site_id: str, ed25519_b64: str) -> str:
    text = f"clinic-desk site v1\n{site_id}\n{ed25519_b64}\n".encode("ascii")
    return hashlib.sha256(text).hexdigest()


def _get(s: Session, name: str) -> ExchangeKey | None:
    return s.get(ExchangeKey, name)


def _put(s: Session, name: str, public: str | None, secret: str | None,
         fingerprint: str | None) -> ExchangeKey:
    row = ExchangeKey(name=name, public=public, secret=secret, fingerprint=fingerprint,
                      created_at=utcnow())
    s.add(row)
    s.flush()
    return row


# -- the centre ------------------------------------------------------------------------
@dataclass(frozen=True)
class CentralPublic:
    recipient: str  # age1…
    ed25519: str  # base64 of 32 bytes
    fingerprint: str

    def to_json(self) -> bytes:
        data = {"format": KEY_FILE_FORMAT, "kind": CENTRAL_KIND,
                "age_recipient": self.recipient, "ed25519": self.ed25519,
                "fingerprint": self.fingerprint}
        return (json.dumps(data, indent=1) + "\n").encode("ascii")

    @classmethod
    def parse(cls, raw: bytes) -> CentralPublic:
        bad = InvalidInput("That file is not a Clinic Desk central public key file.",
                           field="file")
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != KEY_FILE_FORMAT or data.get("kind") != CENTRAL_KIND:
                raise bad
            recipient, ed = str(data["age_recipient"]), str(data["ed25519"])
            x25519.Recipient.from_str(recipient)
            Ed25519PublicKey.from_public_bytes(_unb64(ed))
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError,
                pyrage.RecipientError):
            raise bad from None
        fp = central_fingerprint(recipient, ed)
        if data.get("fingerprint") != fp:
            raise bad
        return cls(recipient, ed, fp)


def has_central_keys(s: Session) -> bool:
    return _get(s, CENTRAL_AGE) is not None


def central_init(s: Session) -> tuple[CentralPublic, bool]:
    """Create the centre's key pair once. Returns (public part, created now?)."""
    age_row, sign_row = _get(s, CENTRAL_AGE), _get(s, CENTRAL_SIGN)
    created = False
    if age_row is None or sign_row is None:
        ident = x25519.Identity.generate()
        recipient = str(ident.to_public())
        sign = Ed25519PrivateKey.generate()
        ed = _b64(sign.public_key().public_bytes_raw())
        fp = central_fingerprint(recipient, ed)
        age_row = _put(s, CENTRAL_AGE, recipient, str(ident), fp)
        sign_row = _put(s, CENTRAL_SIGN, ed, _b64(sign.private_bytes_raw()), fp)
        created = True
    assert age_row.public and sign_row.public
    return CentralPublic(age_row.public, sign_row.public,
                         central_fingerprint(age_row.public, sign_row.public)), created


def central_public(s: Session) -> CentralPublic | None:
    age_row, sign_row = _get(s, CENTRAL_AGE), _get(s, CENTRAL_SIGN)
    if age_row is None or sign_row is None or not age_row.public or not sign_row.public:
        return None
    return CentralPublic(age_row.public, sign_row.public,
                         central_fingerprint(age_row.public, sign_row.public))


def central_identity(s: Session) -> x25519.Identity:
    row = _get(s, CENTRAL_AGE)
    if row is None or not row.secret:
        raise TamperedOrForeign(
            "This database holds no central keys, so it cannot open bundles; run "
            "keys central-init at the central office."
        )
    return x25519.Identity.from_str(row.secret)


IDENTITY_WARNING = (
    "# Clinic Desk central office: PRIVATE age identity.\n"
    "# Anyone with this file can read every export bundle of every site.\n"
    "# Keep it on an encrypted disk or a safe; never e-mail it or leave it on a USB stick.\n"
    "# Open a bundle with the standard tool: age -d -i THIS_FILE BUNDLE > bundle.zip\n"
)


def write_identity_file(s: Session, path: Path) -> None:
    ident = central_identity(s)
    public = central_public(s)
    assert public is not None
    text = (IDENTITY_WARNING + f"# public key: {public.recipient}\n"
            f"# fingerprint: {pretty(public.fingerprint)}\n{ident}\n")
    atomic_write_bytes(Path(path), text.encode("ascii"), mode=0o600)


# -- on a site: the centre's public key ----------------------------------------------------
def central_import(s: Session, raw: bytes) -> tuple[CentralPublic, CentralPublic | None]:
    """Store the centre's public key on a site. Returns (new, previous)."""
    new = CentralPublic.parse(raw)
    row = _get(s, CENTRAL_PUBLIC)
    previous = None
    if row is not None and row.public:
        previous = CentralPublic.parse(row.public.encode("utf-8"))
        row.public = new.to_json().decode("ascii")
        row.fingerprint = new.fingerprint
        row.created_at = utcnow()
    else:
        _put(s, CENTRAL_PUBLIC, new.to_json().decode("ascii"), None, new.fingerprint)
    return new, previous


def install_central_key(s: Session, actor: Actor, raw: bytes
                        ) -> tuple[CentralPublic, CentralPublic | None]:
    """The one door for a site to take the centre's public key file: permission and
    audit here, so the CLI and the UI cannot differ."""
    require(actor, Perm.EXPORT)
    new, previous = central_import(s, raw)
    audit.record(s, "central_key_imported", actor, target=new.fingerprint[:16],
                 replaced=previous is not None and previous != new)
    return new, previous


def create_central_keys(s: Session, actor: Actor, public_out: Path,
                        identity_out: Path | None = None) -> tuple[CentralPublic, bool]:
    """The one door for the centre's key pair: create it once, write the public file the
    sites import (and, on request, the private identity), audited."""
    require(actor, Perm.IMPORT)
    public, created = central_init(s)
    atomic_write_bytes(Path(public_out), public.to_json(), mode=0o644)
    if identity_out is not None:
        write_identity_file(s, Path(identity_out))
    audit.record(s, "central_keys_created" if created else "central_key_written", actor,
                 target=public.fingerprint[:16], identity_written=identity_out is not None)
    return public, created


def imported_central(s: Session) -> CentralPublic | None:
    row = _get(s, CENTRAL_PUBLIC)
    if row is None or not row.public:
        return None
    return CentralPublic.parse(row.public.encode("utf-8"))


# -- the site's signing key ----------------------------------------------------------------
@dataclass(frozen=True)
class SitePublic:
    site_id: str
    site_code: str
    ed25519: str
    fingerprint: str

    def to_json(self) -> bytes:
        data = {"format": KEY_FILE_FORMAT, "kind": SITE_KIND, "site_id": self.site_id,
                "site_code": self.site_code, "ed25519": self.ed25519,
                "fingerprint": self.fingerprint}
        return (json.dumps(data, indent=1) + "\n").encode("ascii")

    @classmethod
    def parse(cls, raw: bytes) -> SitePublic:
        bad = InvalidInput("That file is not a Clinic Desk site key file.", field="file")
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != KEY_FILE_FORMAT or data.get("kind") != SITE_KIND:
                raise bad
            site_id = str(uuid.UUID(str(data["site_id"])))
            code, ed = str(data["site_code"]), str(data["ed25519"])
            Ed25519PublicKey.from_public_bytes(_unb64(ed))
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise bad from None
        fp = site_fingerprint(site_id, ed)
        if data.get("fingerprint") != fp:
            raise bad
        return cls(site_id, code, ed, fp)


def site_signing_key(s: Session, site_id: str) -> Ed25519PrivateKey:
    """This site's signing key, made on first use (in the caller's write session)."""
    row = _get(s, SITE_SIGN)
    if row is None:
        key = Ed25519PrivateKey.generate()
        ed = _b64(key.public_key().public_bytes_raw())
        _put(s, SITE_SIGN, ed, _b64(key.private_bytes_raw()), site_fingerprint(site_id, ed))
        return key
    assert row.secret
    return Ed25519PrivateKey.from_private_bytes(_unb64(row.secret))


def site_public(s: Session, site_id: str, site_code: str) -> SitePublic | None:
    row = _get(s, SITE_SIGN)
    if row is None or not row.public:
        return None
    return SitePublic(site_id, site_code, row.public, site_fingerprint(site_id, row.public))


def sign(key: Ed25519PrivateKey, message: bytes) -> bytes:
    return key.sign(message)


def verify(public_b64: str, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(public_b64)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- trust at the centre ---------------------------------------------------------------------
def trusted(s: Session, site_id: str) -> TrustedSite | None:
    return s.get(TrustedSite, site_id)


def trust_site(s: Session, site: SitePublic, how: str) -> TrustedSite:
    """Trust a site's key. A different key for a site already trusted is refused: a
    changed key is replaced only on purpose (`replace=True` through site-trust)."""
    row = trusted(s, site.site_id)
    if row is not None:
        if row.public_key == site.ed25519:
            return row
        if how != "file":
            raise TamperedOrForeign(
                "The bundle of site {code} is signed with a key that is not the one this "
                "office trusts for it; nothing was imported.", code=site.site_code)
        row.public_key, row.fingerprint = site.ed25519, site.fingerprint
        row.site_code, row.trusted_at, row.how = site.site_code, utcnow(), how
        return row
    row = TrustedSite(site_id=site.site_id, site_code=site.site_code,
                      public_key=site.ed25519, fingerprint=site.fingerprint,
                      trusted_at=utcnow(), how=how)
    s.add(row)
    s.flush()
    return row


def trusted_sites(s: Session) -> list[TrustedSite]:
    return list(s.scalars(select(TrustedSite).order_by(TrustedSite.site_code)))


# -- pseudonyms -------------------------------------------------------------------------------
def pseudonym_secret(s: Session) -> bytes:
    """This site's secret for pseudonym codes (made on first use)."""
    row = _get(s, PSEUDONYM)
    if row is None:
        row = _put(s, PSEUDONYM, None, secrets.token_hex(32), None)
    assert row.secret
    return bytes.fromhex(row.secret)


def pseudonym_code(secret: bytes, person_id: str) -> str:
    """A stable, UUID-shaped code for a person that reveals nothing without the secret."""
    digest = hmac.new(secret, f"person:{person_id}".encode("ascii"), hashlib.sha256).digest()
    return str(uuid.UUID(bytes=digest[:16]))


def utc_text(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
