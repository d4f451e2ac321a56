"""Backup -> restore round trip; damaged, truncated and foreign backups are refused."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clinic_desk.core.errors import TamperedOrForeign, WrongCredentials
from clinic_desk.core.exchange import backup
from clinic_desk.core.installation import Installation
from clinic_desk.core.intake.models import Person
from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from tests.integration.exchange.conftest import SECRET_NAME, add_person, make_net


def _people(data_dir: Path) -> int:
    ws = Installation(data_dir, kdf=FAST_KDF).unlock("admin", ADMIN_PASSWORD)
    try:
        with ws.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Person)))
    finally:
        ws.close()


@pytest.fixture
def site(tmp_path):
    net = make_net(tmp_path)
    add_person(net.a, SECRET_NAME, central=False)
    yield net
    net.close()


def test_backup_restore_round_trip(site, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    result = backup.backup_to(site.a, usb)
    assert result.path.parent == usb and result.path.suffix == ".cdbackup"
    assert (site.a.installation.paths.backups / result.path.name).exists()
    assert backup.days_since_backup(site.a) == 0
    raw = result.path.read_bytes()
    assert SECRET_NAME[1].encode() not in raw and b"SQLite format 3" not in raw
    data_dir = site.a.installation.paths.root
    add_person(site.a, ("Despues", "Del Respaldo", None), central=False)
    site.a.close()

    restored = backup.restore(result.path, data_dir, "admin", ADMIN_PASSWORD)
    assert restored.safety_copy is not None and (restored.safety_copy / "keys.json").exists()
    assert _people(data_dir) == 1  # as it was at the backup

    fresh = tmp_path / "fresh"
    backup.restore(result.path, fresh, "admin", ADMIN_PASSWORD)
    assert _people(fresh) == 1


def test_bad_backups_are_refused_and_change_nothing(site, tmp_path):
    result = backup.backup_to(site.a, tmp_path)
    data_dir = site.a.installation.paths.root
    site.a.close()
    db_before = (data_dir / "clinic-desk.db").read_bytes()

    raw = bytearray(result.path.read_bytes())
    info = zipfile.ZipFile(result.path).getinfo("clinic-desk.db")
    flipped = tmp_path / "flipped.cdbackup"
    raw[info.header_offset + 200 + 4096] ^= 0x01  # a byte inside the database
    flipped.write_bytes(bytes(raw))
    truncated = tmp_path / "truncated.cdbackup"
    truncated.write_bytes(result.path.read_bytes()[: len(raw) // 2])
    for bad in (flipped, truncated):
        with pytest.raises(TamperedOrForeign):
            backup.restore(bad, data_dir, "admin", ADMIN_PASSWORD)
        assert (data_dir / "clinic-desk.db").read_bytes() == db_before
    with pytest.raises(WrongCredentials):
        backup.restore(result.path, data_dir, "admin", "not the password")
    assert (data_dir / "clinic-desk.db").read_bytes() == db_before

    other = backup.backup_to(site.b, tmp_path)
    with pytest.raises(TamperedOrForeign, match="another installation"):
        backup.restore(other.path, data_dir, "admin", ADMIN_PASSWORD)
    assert (data_dir / "clinic-desk.db").read_bytes() == db_before
    backup.restore(other.path, data_dir, "admin", ADMIN_PASSWORD, allow_other_installation=True)


def test_thinning_keeps_recent_daily_weekly_monthly(tmp_path):
    now = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
    for hours in [1, 5, 30, *range(50, 24 * 400, 12)]:
        (tmp_path / backup.backup_name(now - dt.timedelta(hours=hours))).write_bytes(b"x")
    backup.thin(tmp_path, now)
    left = sorted(backup._stamp(p) for p in tmp_path.glob("*.cdbackup"))
    assert len([t for t in left if now - t <= dt.timedelta(days=2)]) == 3
    assert 15 <= len(left) <= 30
