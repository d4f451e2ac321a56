"""Two sites and a centre in temporary folders, built through the services."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519
from sqlalchemy import select

from clinic_desk.core.db.base import Base
from clinic_desk.core.exchange import keys
from clinic_desk.core.installation import Installation
from clinic_desk.core.intake import consent, people, risk, services_log
from clinic_desk.core.intake.validation import PersonInput
from clinic_desk.core.workspace import Workspace
from tests.conftest import ADMIN_PASSWORD, FAST_KDF

SECRET_NAME = ("Zoila", "Quispicondori", "Huamanyauri")
SECRET_DOC = "47110815"
SECRET_PHONE = "987650321"
SHARED_NAME = ("Marisol", "Condorcanqui", "Yupanqui")


def open_site(root: Path, name: str, code: str) -> Workspace:
    inst = Installation(root / name, kdf=FAST_KDF)
    inst.initialize(code, f"Sede {code}", "admin", "Ana Admin", ADMIN_PASSWORD)
    return inst.unlock("admin", ADMIN_PASSWORD)


def add_person(ws: Workspace, names: tuple[str, str, str], central: bool, stats: bool = True,
               doc: str | None = None, phone: str | None = None,
               notes: str | None = None) -> str:
    actor = ws.actor
    with ws.db.write(actor.user_id) as s:
        p = people.register_person(s, actor, PersonInput(
            names[0], names[1], names[2], doc_type="dni" if doc else "none", doc_number=doc,
            approx_age=34, phone=phone, sector="Zona A", staff_notes=notes))
        consent.record_consent(s, actor, p.id, "services", True)
        consent.record_consent(s, actor, p.id, "send_to_central", central)
        consent.record_consent(s, actor, p.id, "statistics", stats)
        risk.assess_risk(s, actor, p.id, "severo", ["physical", "psychological"],
                         note=f"Nota sobre {names[0]}")
        services_log.log_service(s, actor, p.id, "food_basket", dt.date.today())
    return p.id


@dataclass
class Net:
    root: Path
    centre: Workspace
    a: Workspace
    b: Workspace
    public: keys.CentralPublic
    identity_file: Path

    def close(self) -> None:
        for ws in (self.centre, self.a, self.b):
            if ws.actor is not None:
                ws.close()


def make_net(root: Path) -> Net:
    from clinic_desk.core.security.roles import Role

    centre = open_site(root, "centre", "CENTRO")
    a = open_site(root, "a", "HUAYCAN-01")
    b = open_site(root, "b", "JICAMARCA-02")
    with centre.db.write(centre.actor.user_id) as s:
        public, _ = keys.central_init(s)
        keys.write_identity_file(s, root / "central-identity.txt")
    for ws in (a, b):
        with ws.db.write(ws.actor.user_id) as s:
            keys.central_import(s, public.to_json())
        # the admin also registers people in these tests
        from clinic_desk.core.security.roles import Actor

        ws.actor = Actor(ws.actor.user_id, ws.actor.username, ws.actor.full_name,
                         frozenset({Role.ADMIN, Role.STAFF}))
    centre.actor = type(centre.actor)(centre.actor.user_id, centre.actor.username,
                                      centre.actor.full_name, frozenset({Role.ADMIN}))
    return Net(root, centre, a, b, public, root / "central-identity.txt")


@pytest.fixture
def net(tmp_path: Path):
    n = make_net(tmp_path)
    yield n
    n.close()


def snapshot(ws: Workspace) -> str:
    """A digest of every row of every table (the database 'as it was')."""
    import clinic_desk.core.db.registry  # noqa: F401

    h = hashlib.sha256()
    with ws.db.read() as s:
        for table in Base.metadata.sorted_tables:
            pk = list(table.primary_key.columns)
            for row in s.execute(select(table).order_by(*pk)):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def decrypt_bundle(path: Path, identity_file: Path) -> bytes:
    text = identity_file.read_text().splitlines()
    ident = x25519.Identity.from_str(next(ln for ln in text if ln.startswith("AGE-SECRET")))
    return pyrage.decrypt(path.read_bytes(), [ident])


def rewrap(plain_zip: bytes, recipient: str, out: Path,
           change: dict[str, bytes | None]) -> None:
    """Rebuild a bundle with some members replaced (None: removed), re-encrypted."""
    src = zipfile.ZipFile(io.BytesIO(plain_zip))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = change.get(name, src.read(name))
            if data is not None:
                dst.writestr(name, data)
        for name, data in change.items():
            if name not in src.namelist() and data is not None:
                dst.writestr(name, data)
    out.write_bytes(pyrage.encrypt(buf.getvalue(), [x25519.Recipient.from_str(recipient)]))


def manifest_of(plain_zip: bytes) -> dict:
    return json.loads(zipfile.ZipFile(io.BytesIO(plain_zip)).read("manifest.json"))
