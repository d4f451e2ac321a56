"""Five wrong passwords in a row slow further tries down, and the audit log says so."""

from __future__ import annotations

import pytest

from clinic_desk.core.errors import TooManyAttempts, WrongCredentials
from clinic_desk.core.installation import Installation
from clinic_desk.core.security import audit
from clinic_desk.core.security.backoff import delay_after
from tests.conftest import ADMIN_PASSWORD, FAST_KDF


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def test_delay_grows_and_is_capped():
    assert [delay_after(n) for n in range(1, 5)] == [0, 0, 0, 0]
    assert delay_after(5) == 30 and delay_after(6) == 60
    assert delay_after(50) == 900


def test_five_wrong_passwords_slow_down_then_audit(data_dir):
    clock = Clock()
    inst = Installation(data_dir, kdf=FAST_KDF, now=clock)
    inst.initialize("SITE-1", "Sitio", "admin", "Ana", ADMIN_PASSWORD)
    for _ in range(5):
        with pytest.raises(WrongCredentials) as err:
            inst.unlock("admin", "wrong password here")
        assert not isinstance(err.value, TooManyAttempts)
    with pytest.raises(TooManyAttempts) as err:  # even the right password waits
        inst.unlock("admin", ADMIN_PASSWORD)
    assert err.value.wait_seconds == 30
    assert err.value.exit_code == 3
    clock.t += 31
    ws = inst.unlock("admin", ADMIN_PASSWORD)
    with ws.db.read() as s:
        actions = [e.action for e in audit.list_entries(s, ws.actor)]
    assert actions.count("login_failed") == 5
    assert actions.count("login_backoff") == 1
    ws.close()
    # the counter was reset by the good login
    assert inst.backoff.wait_seconds("anything") == 0


def test_unknown_user_failures_are_audited_without_names_on_disk(data_dir):
    inst = Installation(data_dir, kdf=FAST_KDF)
    inst.initialize("SITE-1", "Sitio", "admin", "Ana", ADMIN_PASSWORD)
    with pytest.raises(WrongCredentials):
        inst.unlock("rosalinda", "some password")
    assert b"rosalinda" not in inst.paths.unlock_state.read_bytes()
    ws = inst.unlock("admin", ADMIN_PASSWORD)
    with ws.db.read() as s:
        failed = [e for e in audit.list_entries(s, ws.actor) if e.action == "login_failed"]
    assert failed and failed[0].target == "(unknown user)"
    ws.close()


def test_lock_screen_failures_are_audited_and_slowed(workspace):
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            workspace.check_own_password("not it at all")
    with pytest.raises(TooManyAttempts):
        workspace.check_own_password(ADMIN_PASSWORD)
    with workspace.db.read() as s:
        actions = [e.action for e in audit.list_entries(s, workspace.actor)]
    assert actions.count("unlock_failed") == 5
    assert "login_backoff" in actions
