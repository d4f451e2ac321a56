"""Shared fixtures: a temporary data folder, an in-memory keyring, cheap KDF settings."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest

from clinic_desk.core.installation import Installation
from clinic_desk.core.security.kdf import KdfParams
from clinic_desk.core.workspace import Workspace
from tests.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Argon2id at 8 MiB, one pass: the same code path as production, fast enough for tests.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
ADMIN_PASSWORD = "una frase de prueba larga"
SITE_NAME = "Casa Refugio Esperanza"


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Every test: in-memory keyring, data folder under tmp_path, no real user folders."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("CLINIC_DESK_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(_isolate: MemoryKeyring) -> MemoryKeyring:
    return _isolate


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def installation(data_dir: Path) -> Installation:
    return Installation(data_dir, kdf=FAST_KDF)


@pytest.fixture
def setup_result(installation: Installation):
    return installation.initialize("ESPERANZA-01", SITE_NAME, "admin", "Ana Admin", ADMIN_PASSWORD)


@pytest.fixture
def workspace(installation: Installation, setup_result) -> Workspace:
    ws = installation.unlock("admin", ADMIN_PASSWORD)
    yield ws
    if ws.actor is not None or installation.lock.held:
        ws.close()
