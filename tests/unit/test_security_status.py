"""SecurityStatus: a Qt-free snapshot of how this PC protects the database."""

from __future__ import annotations

import subprocess
import sys

from clinic_desk.core.security import status
from clinic_desk.core.security.pepper import KeyringStatus


class FakeWorkspace:
    def __init__(self, available: bool, backend: str, slots: bool, minutes: object) -> None:
        self._ks = KeyringStatus(available, backend)
        self._slots = slots
        self._minutes = minutes

    def keyring_status(self) -> KeyringStatus:
        return self._ks

    def slots_use_keyring(self) -> bool:
        return self._slots

    def setting(self, key: str) -> object:
        assert key == "autolock_minutes"
        return self._minutes


def test_friendly_backend_names():
    f = status.friendly_backend_name
    assert f("keyring.backends.Windows.WinVaultKeyring") == "Windows Credential Manager"
    assert f("keyring.backends.macOS.Keyring") == "macOS Keychain"
    assert f("keyring.backends.SecretService.Keyring") == "Secret Service"
    assert f("keyring.backends.kwallet.DBusKeyring") == "KWallet"
    assert f("tests.memory_keyring.MemoryKeyring") == "MemoryKeyring"
    assert f("Plain") == "Plain"


def test_collect_from_workspace(monkeypatch):
    monkeypatch.setattr(status, "core_dump_state", lambda: status.CORE_DUMPS_DISABLED)
    st = status.collect(FakeWorkspace(True, "keyring.backends.Windows.WinVaultKeyring", True,
                                      10))
    assert st == status.SecurityStatus(True, "Windows Credential Manager", True, None, 10,
                                       status.CORE_DUMPS_DISABLED)


def test_collect_without_keyring():
    st = status.collect(FakeWorkspace(False, "keyring.backends.fail.Keyring", False, 5))
    assert not st.keyring_available and not st.slots_use_keyring
    assert st.last_backup is None
    assert st.core_dumps in {status.CORE_DUMPS_DISABLED, status.CORE_DUMPS_ALLOWED,
                             status.CORE_DUMPS_NOT_APPLICABLE}


def test_windows_is_not_applicable(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert status.core_dump_state() == status.CORE_DUMPS_NOT_APPLICABLE


def test_reads_the_limit_after_hardening():
    """In a child process (so this one keeps its limits): harden, then read it back."""
    if sys.platform == "win32":
        return
    code = (
        "from clinic_desk.core.hardening import disable_core_dumps\n"
        "from clinic_desk.core.security.status import core_dump_state\n"
        "print(disable_core_dumps(), core_dump_state())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["True", status.CORE_DUMPS_DISABLED]


def test_status_module_imports_no_qt():
    import ast

    tree = ast.parse(open(status.__file__, encoding="utf-8").read())
    modules = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    modules |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in modules)
