"""The exchange commands through a subprocess: names, last lines, exit codes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import keyring
import keyring.backends.null
import pytest

from tests.conftest import ADMIN_PASSWORD
from tests.integration.exchange.conftest import SECRET_NAME, add_person, open_site
from tests.integration.test_cli import run


@pytest.fixture
def folders(tmp_path: Path):
    keyring.set_keyring(keyring.backends.null.Keyring())  # as the subprocess sees it
    from clinic_desk.core.security.roles import Actor, Role

    centre = open_site(tmp_path, "centre", "CENTRO")
    site = open_site(tmp_path, "site", "HUAYCAN-01")
    site.actor = Actor(site.actor.user_id, "admin", "Ana", frozenset({Role.ADMIN, Role.STAFF}))
    add_person(site, SECRET_NAME, central=False)
    dirs = centre.installation.paths.root, site.installation.paths.root
    centre.close()
    site.close()
    return dirs


def cli(args: list[str], tmp_path: Path, data: Path):
    return run([*args, "--data-dir", str(data), "--user", "admin"], tmp_path,
               CLINIC_DESK_PASSWORD=ADMIN_PASSWORD)


def test_keys_export_import_backup_restore_stats(folders, tmp_path):
    centre, site = folders
    usb = tmp_path / "usb"
    usb.mkdir()
    pub, ident = tmp_path / "central.pub.json", tmp_path / "central.identity"
    p = cli(["keys", "central-init", "--public-out", str(pub), "--identity-out", str(ident)],
            tmp_path, centre)
    assert p.returncode == 0, p.stderr
    assert "PRIVATE" in p.stderr and ident.stat().st_mode & 0o077 == 0
    p = cli(["keys", "central-import", str(pub)], tmp_path, site)
    assert p.returncode == 0, p.stderr

    p = cli(["export", "--to", str(usb)], tmp_path, site)
    assert p.returncode == 0, p.stderr
    bundle = Path(p.stdout.strip().splitlines()[-1])
    assert bundle.exists() and bundle.parent == usb

    p = cli(["import", str(bundle)], tmp_path, centre)
    assert p.returncode == 4 and "--trust-new-site" in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
    p = cli(["import", str(bundle), "--dry-run", "--trust-new-site"], tmp_path, centre)
    assert p.returncode == 0 and "dry run" in p.stdout
    pdf = tmp_path / "import-report.pdf"
    p = cli(["import", str(bundle), "--trust-new-site", "--report-pdf", str(pdf)], tmp_path,
            centre)
    assert p.returncode == 0, p.stderr
    assert "site key trusted now" in p.stdout and "(pseudonymised people)" in p.stdout
    assert "your copy of site HUAYCAN-01 equals the site" in p.stdout
    assert p.stdout.strip().splitlines()[-1] == f"Report written to {pdf}"
    pdf_text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
    assert "Informe de importación" in pdf_text  # the office's language: Spanish
    assert "Su copia de la sede HUAYCAN-01 es igual a la sede." in pdf_text
    assert SECRET_NAME[1] not in pdf_text

    damaged = usb / "damaged.cdbundle"
    raw = bytearray(bundle.read_bytes())
    raw[-100] ^= 0xFF
    damaged.write_bytes(bytes(raw))
    p = cli(["import", str(damaged)], tmp_path, centre)
    assert p.returncode == 4 and "damaged" in p.stderr

    site_key = tmp_path / "site.key.json"
    p = cli(["keys", "show", "--site-key-out", str(site_key)], tmp_path, site)
    assert p.returncode == 0 and "signing key" in p.stdout
    p = cli(["keys", "site-trust", str(site_key)], tmp_path, centre)
    assert p.returncode == 0 and "HUAYCAN-01 trusted" in p.stdout
    p = cli(["keys", "show"], tmp_path, centre)
    assert "Trusted site HUAYCAN-01" in p.stdout

    p = cli(["stats", "--out", str(tmp_path / "stats.csv")], tmp_path, centre)
    assert p.returncode == 0, p.stderr
    text = (tmp_path / "stats.csv").read_text()
    assert text.startswith("section,month,dimension,value,count")
    assert SECRET_NAME[1] not in text and ",1\n" not in text.split("medicine")[0]

    p = cli(["backup", "--to", str(usb)], tmp_path, site)
    assert p.returncode == 0, p.stderr
    backup_file = Path(p.stdout.strip().splitlines()[-1])
    assert backup_file.exists()
    p = cli(["restore", str(backup_file)], tmp_path, site)
    assert p.returncode == 0, p.stderr
    broken = usb / "broken.cdbackup"
    broken.write_bytes(backup_file.read_bytes()[:-5000])
    p = cli(["restore", str(broken)], tmp_path, site)
    assert p.returncode == 4, p.stderr
