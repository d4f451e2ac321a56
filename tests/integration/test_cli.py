"""The clinic-desk command through a subprocess: exit codes, stderr, no tracebacks."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_desk.core.security.instance_lock import InstanceLock

PW = "frase de prueba de la jefa"


def run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {
        k: v for k, v in os.environ.items()
        if not k.startswith("CLINIC_DESK_") and k != "PYTHON_KEYRING_BACKEND"
    }
    full_env.update(
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # never the real key store
        HOME=str(tmp_path / "home"),
        CLINIC_DESK_DATA_DIR=str(tmp_path / "default"),
        QT_QPA_PLATFORM="offscreen",
    )
    full_env.update(env)
    proc = subprocess.run(
        [sys.executable, "-m", "clinic_desk", *args], capture_output=True, text=True,
        env=full_env, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    proc = run(["init", "--data-dir", str(data), "--site-code", "huaycan-01", "--site-name",
                "Casa Refugio Huaycán", "--admin", "admin", "--admin-name", "Ana Admin"],
               tmp_path, CLINIC_DESK_PASSWORD=PW)
    assert proc.returncode == 0, proc.stderr
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("Recovery code: ")]
    assert len(lines) == 1
    return data, lines[0].removeprefix("Recovery code: ")


def test_init_then_list_users(site, tmp_path):
    data, code = site
    assert len(code.replace("-", "")) == 24
    proc = run(["user", "list", "--data-dir", str(data), "--user", "admin"], tmp_path,
               CLINIC_DESK_PASSWORD=PW)
    assert proc.returncode == 0
    assert proc.stdout.strip() == "admin\tAna Admin\tadmin\tactive"


def test_global_options_before_the_command(site, tmp_path):
    data, _ = site
    proc = run(["--data-dir", str(data), "--user", "admin", "user", "list"], tmp_path,
               CLINIC_DESK_PASSWORD=PW)
    assert proc.returncode == 0, proc.stderr


def test_wrong_password_is_exit_3_with_one_sentence(site, tmp_path):
    data, _ = site
    proc = run(["verify", "--data-dir", str(data), "--user", "admin"], tmp_path,
               CLINIC_DESK_PASSWORD="not the right one")
    assert proc.returncode == 3
    assert proc.stderr.strip() == "clinic-desk: Wrong user name or password."


def test_password_file(site, tmp_path):
    data, _ = site
    pwfile = tmp_path / "pw.txt"
    pwfile.write_text(PW + "\n")
    proc = run(["verify", "--data-dir", str(data), "--user", "admin", "--password-file",
                str(pwfile)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Audit log: ok" in proc.stdout


def test_no_password_and_no_terminal_is_usage(site, tmp_path):
    data, _ = site
    proc = run(["verify", "--data-dir", str(data), "--user", "admin"], tmp_path)
    assert proc.returncode == 2
    assert "password" in proc.stderr.lower()


def test_user_add_passwd_disable(site, tmp_path):
    data, _ = site
    base = ["--data-dir", str(data), "--user", "admin"]
    proc = run(["user", "add", "carmen", "--name", "Carmen Rojas", "--roles",
                "counsellor,staff", *base], tmp_path, CLINIC_DESK_PASSWORD=PW,
               CLINIC_DESK_NEW_PASSWORD="clave secreta bien larga")
    assert proc.returncode == 0, proc.stderr
    proc = run(["user", "add", "lucia", "--roles", "chef", *base], tmp_path,
               CLINIC_DESK_PASSWORD=PW, CLINIC_DESK_NEW_PASSWORD="clave de prueba larga")
    assert proc.returncode == 1 and "Unknown role" in proc.stderr
    proc = run(["user", "passwd", "carmen", *base], tmp_path, CLINIC_DESK_PASSWORD=PW,
               CLINIC_DESK_NEW_PASSWORD="otra clave secreta larga")
    assert proc.returncode == 0, proc.stderr
    proc = run(["user", "list", "--data-dir", str(data), "--user", "carmen"], tmp_path,
               CLINIC_DESK_PASSWORD="otra clave secreta larga")
    assert proc.returncode == 1 and "role does not allow" in proc.stderr
    proc = run(["user", "disable", "carmen", *base], tmp_path, CLINIC_DESK_PASSWORD=PW)
    assert proc.returncode == 0, proc.stderr
    proc = run(["verify", "--data-dir", str(data), "--user", "carmen"], tmp_path,
               CLINIC_DESK_PASSWORD="otra clave secreta larga")
    assert proc.returncode == 3


def test_recover(site, tmp_path):
    data, code = site
    proc = run(["recover", "--data-dir", str(data), "--user", "admin"], tmp_path,
               CLINIC_DESK_RECOVERY_CODE="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF",
               CLINIC_DESK_NEW_PASSWORD="una frase nueva larga")
    assert proc.returncode == 3 and "recovery code" in proc.stderr
    proc = run(["recover", "--data-dir", str(data), "--user", "admin"], tmp_path,
               CLINIC_DESK_RECOVERY_CODE=code, CLINIC_DESK_NEW_PASSWORD="una frase nueva larga")
    assert proc.returncode == 0, proc.stderr
    proc = run(["verify", "--data-dir", str(data), "--user", "admin"], tmp_path,
               CLINIC_DESK_PASSWORD="una frase nueva larga")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--site-code", "HUAY 01", "--site-name", "X", "--admin", "admin"], "site code"),
        (["--site-code", "HUAYCÁN", "--site-name", "X", "--admin", "admin"], "site code"),
        (["--site-code", "OK-1", "--site-name", "X", "--admin", "a b"], "user name"),
        (["--site-code", "OK-1", "--site-name", " ", "--admin", "admin"], "site name"),
    ],
)
def test_init_bad_input_writes_nothing(tmp_path, args, needle):
    data = tmp_path / "data"
    proc = run(["init", "--data-dir", str(data), *args], tmp_path, CLINIC_DESK_PASSWORD=PW)
    assert proc.returncode == 1
    assert needle in proc.stderr
    assert not data.exists() or not any(data.glob("*.db")) and not (data / "keys.json").exists()


def test_init_weak_password_and_second_init(site, tmp_path):
    proc = run(["init", "--data-dir", str(tmp_path / "d2"), "--site-code", "OK-1",
                "--site-name", "X", "--admin", "admin"], tmp_path, CLINIC_DESK_PASSWORD="short")
    assert proc.returncode == 1 and "too short" in proc.stderr
    data, _ = site
    before = hashlib.sha256((data / "clinic-desk.db").read_bytes()).digest()
    proc = run(["init", "--data-dir", str(data), "--site-code", "OK-1", "--site-name", "X",
                "--admin", "admin"], tmp_path, CLINIC_DESK_PASSWORD=PW)
    assert proc.returncode == 1 and "already holds" in proc.stderr
    assert hashlib.sha256((data / "clinic-desk.db").read_bytes()).digest() == before


def test_usage_errors_are_exit_2(tmp_path):
    assert run(["user", "frobnicate"], tmp_path).returncode == 2
    assert run(["init", "--site-code", "X1"], tmp_path).returncode == 2
    proc = run(["verify", "--data-dir", str(tmp_path / "d")], tmp_path)
    assert proc.returncode == 2 and "--user" in proc.stderr


def test_damaged_database_is_exit_1_and_untouched(site, tmp_path):
    data, _ = site
    db = data / "clinic-desk.db"
    db.write_bytes(db.read_bytes()[:2048])
    before = db.read_bytes()
    proc = run(["verify", "--data-dir", str(data), "--user", "admin"], tmp_path,
               CLINIC_DESK_PASSWORD=PW)
    assert proc.returncode == 1
    assert "damaged" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_missing_key_file(site, tmp_path):
    data, _ = site
    (data / "keys.json").unlink()
    proc = run(["verify", "--data-dir", str(data), "--user", "admin"], tmp_path,
               CLINIC_DESK_PASSWORD=PW)
    assert proc.returncode == 1 and "key file" in proc.stderr


def test_second_copy_is_refused(site, tmp_path):
    data, _ = site
    lock = InstanceLock(data / "clinic-desk.lock")
    lock.acquire()
    try:
        proc = run(["verify", "--data-dir", str(data), "--user", "admin"], tmp_path,
                   CLINIC_DESK_PASSWORD=PW)
    finally:
        lock.release()
    assert proc.returncode == 1 and "already open" in proc.stderr


def test_not_set_up(tmp_path):
    proc = run(["verify", "--data-dir", str(tmp_path / "empty"), "--user", "admin"], tmp_path,
               CLINIC_DESK_PASSWORD=PW)
    assert proc.returncode == 1 and "Run the set-up first" in proc.stderr


def test_app_starts_on_a_new_folder_and_on_a_set_up_one(site, tmp_path):
    data, _ = site
    for folder in (tmp_path / "brand-new", data):
        proc = run(["--data-dir", str(folder), "--quit-after-start"], tmp_path)
        assert proc.returncode == 0, proc.stderr
    assert not (tmp_path / "brand-new" / "clinic-desk.db").exists()  # the wizard wrote nothing


def test_demo_opens_and_leaves_nothing_behind(tmp_path):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    proc = run(["--demo", "--quit-after-start"], tmp_path, TMPDIR=str(tmpdir))
    assert proc.returncode == 0, proc.stderr
    assert list(tmpdir.iterdir()) == []  # the throwaway folder is gone


def test_demo_data_only_into_a_new_folder(tmp_path):
    data = tmp_path / "demo"
    proc = run(["demo-data", "--data-dir", str(data), "--people", "40", "--botiquines", "1",
                "--years", "0"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "admin" in proc.stdout
    password = next(ln.split("\t")[1] for ln in proc.stdout.splitlines()
                    if ln.strip().startswith("admin"))
    listed = run(["user", "list", "--data-dir", str(data), "--user", "admin"], tmp_path,
                 CLINIC_DESK_PASSWORD=password)
    assert listed.returncode == 0 and "promotora" in listed.stdout
    again = run(["demo-data", "--data-dir", str(data)], tmp_path)
    assert again.returncode == 2 and "new, empty data folder" in again.stderr
