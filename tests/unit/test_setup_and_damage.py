"""Set-up validation, damaged or missing files, a second copy, unwritable folders."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text

from clinic_desk.core.errors import (
    AlreadySetUp,
    DamagedData,
    InUse,
    InvalidInput,
    NewerSchema,
    NotSetUp,
    NotWritable,
)
from clinic_desk.core.installation import Installation
from clinic_desk.core.security.instance_lock import InstanceLock
from tests.conftest import ADMIN_PASSWORD, FAST_KDF


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("code", ["HUAY 01", "HUAYCÁN", "", "X", "A" * 17, "ÑAÑA-1", "a_b"])
def test_bad_site_codes_leave_nothing(installation, code):
    with pytest.raises(InvalidInput) as err:
        installation.initialize(code, "Sitio", "admin", "Ana", ADMIN_PASSWORD)
    assert err.value.field == "site_code"
    assert installation.state() == "new"
    assert not installation.paths.root.exists() or not any(installation.paths.root.iterdir())


@pytest.mark.parametrize("password", ["", "corta", "aaaaaaaaaaaa", "contraseña"])
def test_weak_admin_password_leaves_nothing(installation, password):
    with pytest.raises(InvalidInput):
        installation.initialize("SITE-1", "Sitio", "admin", "Ana", password)
    assert installation.state() == "new"
    leftovers = [p.name for p in installation.paths.root.iterdir() if p.name.endswith(".db")]
    assert leftovers == []


def test_second_set_up_is_refused(installation, setup_result):
    before = digest(installation.paths.database)
    with pytest.raises(AlreadySetUp):
        installation.initialize("OTHER", "Otro", "admin", "Ana", ADMIN_PASSWORD)
    assert digest(installation.paths.database) == before


def test_unlock_before_set_up(installation):
    with pytest.raises(NotSetUp):
        installation.unlock("admin", ADMIN_PASSWORD)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip"])
def test_damaged_database_is_reported_and_never_touched(installation, setup_result, damage):
    db = installation.paths.database
    data = db.read_bytes()
    if damage == "truncate":
        db.write_bytes(data[:1000])
    elif damage == "garbage":
        db.write_bytes(b"\x00" * len(data))
    else:  # one flipped byte in the first page: SQLCipher's HMAC notices
        db.write_bytes(data[:100] + bytes([data[100] ^ 0xFF]) + data[101:])
    before = digest(db)
    with pytest.raises(DamagedData) as err:
        installation.unlock("admin", ADMIN_PASSWORD)
    assert "damaged" in err.value.message
    assert digest(db) == before
    assert not installation.lock.held


def test_flipped_byte_in_a_later_page_is_found_by_verify(installation, setup_result):
    db = installation.paths.database
    data = bytearray(db.read_bytes())
    data[4096 * 3 + 200] ^= 0xFF
    db.write_bytes(bytes(data))
    try:
        ws = installation.unlock("admin", ADMIN_PASSWORD)
    except DamagedData:
        return  # found at open: also fine
    report = ws.verify()
    ws.close()
    assert not report.ok


@pytest.mark.parametrize("damage", ["missing", "garbage", "truncated", "wrong-format"])
def test_damaged_key_file(installation, setup_result, damage):
    keys = installation.paths.keys
    if damage == "missing":
        keys.unlink()
    elif damage == "garbage":
        keys.write_bytes(b"\xff\xfe not json")
    elif damage == "truncated":
        keys.write_bytes(keys.read_bytes()[:100])
    else:
        keys.write_text('{"format": 99}')
    before = digest(installation.paths.database)
    with pytest.raises(DamagedData):
        installation.unlock("admin", ADMIN_PASSWORD)
    assert digest(installation.paths.database) == before


def test_key_file_from_another_installation(tmp_path, installation, setup_result):
    other = Installation(tmp_path / "other", kdf=FAST_KDF)
    other.initialize("OTHER", "Otro", "admin", "Ana", ADMIN_PASSWORD)
    installation.paths.keys.write_bytes(other.paths.keys.read_bytes())
    with pytest.raises(DamagedData):
        installation.unlock("admin", ADMIN_PASSWORD)


def test_second_copy_on_the_same_folder_is_refused(installation, setup_result):
    ws = installation.unlock("admin", ADMIN_PASSWORD)
    second = Installation(installation.paths.root, kdf=FAST_KDF)
    with pytest.raises(InUse):
        second.unlock("admin", ADMIN_PASSWORD)
    ws.close()
    second.unlock("admin", ADMIN_PASSWORD).close()


def test_lock_is_exclusive_across_lock_objects(tmp_path):
    a, b = InstanceLock(tmp_path / "x.lock"), InstanceLock(tmp_path / "x.lock")
    a.acquire()
    with pytest.raises(InUse):
        b.acquire()
    a.release()
    b.acquire()
    b.release()


def test_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    inst = Installation(blocker / "data", kdf=FAST_KDF)
    with pytest.raises(NotWritable):
        inst.initialize("SITE-1", "Sitio", "admin", "Ana", ADMIN_PASSWORD)


def test_newer_database_is_refused_and_left_alone(installation, setup_result):
    ws = installation.unlock("admin", ADMIN_PASSWORD)
    with ws.db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    ws.close()
    before = digest(installation.paths.database)
    with pytest.raises(NewerSchema) as err:
        installation.unlock("admin", ADMIN_PASSWORD)
    assert "newer version" in err.value.message
    assert digest(installation.paths.database) == before
