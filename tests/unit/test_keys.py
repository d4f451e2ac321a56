"""Key slots: passwords, recovery code, keyring pepper, rewrap and removal."""

from __future__ import annotations

import json

import keyring
import pytest

from clinic_desk.core.errors import InvalidInput, KeyringSecretMissing, WrongCredentials
from clinic_desk.core.installation import Installation
from clinic_desk.core.security import keystore
from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from tests.memory_keyring import NoKeyring


def slots(inst: Installation) -> dict:
    return json.loads(inst.paths.keys.read_text())["slots"]


def test_right_password_opens_and_wrong_ones_do_not(installation, setup_result):
    ws = installation.unlock("admin", ADMIN_PASSWORD)
    assert ws.actor.username == "admin"
    ws.close()
    for user, pw in [("admin", "not the password"), ("nobody", ADMIN_PASSWORD), ("admin", "")]:
        with pytest.raises(WrongCredentials) as err:
            installation.unlock(user, pw)
        assert err.value.message == "Wrong user name or password."
        assert err.value.exit_code == 3


def test_user_name_is_case_insensitive(installation, setup_result):
    installation.unlock("  ADMIN ", ADMIN_PASSWORD).close()


def test_recovery_code_sets_new_password(installation, setup_result):
    code = setup_result.recovery_code
    installation.recover("admin", code.lower().replace("-", " "), "otra frase nueva y larga")
    with pytest.raises(WrongCredentials):
        installation.unlock("admin", ADMIN_PASSWORD)
    ws = installation.unlock("admin", "otra frase nueva y larga")
    actions = [e.action for e in _audit(ws)]
    assert "password_recovered" in actions
    ws.close()


def test_wrong_recovery_code_changes_nothing(installation, setup_result):
    before = installation.paths.keys.read_bytes()
    for bad in ["", "1234", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"]:
        with pytest.raises(WrongCredentials):
            installation.recover("admin", bad, "otra frase nueva y larga")
    assert installation.paths.keys.read_bytes() == before


def test_recovery_rejects_weak_password_and_unknown_user(installation, setup_result):
    before = installation.paths.keys.read_bytes()
    with pytest.raises(InvalidInput):
        installation.recover("admin", setup_result.recovery_code, "short")
    with pytest.raises(InvalidInput):
        installation.recover("ghost", setup_result.recovery_code, "otra frase nueva y larga")
    assert installation.paths.keys.read_bytes() == before


def test_password_change_rewraps_only_that_slot(workspace, installation):
    workspace.add_user("maria", "María Quispe", ["counsellor"], "frase secreta muy larga")
    before = slots(installation)
    workspace.change_password("maria", "nueva frase secreta larga")
    after = slots(installation)
    maria = keystore.slot_id(workspace.keyfile.install_id, "maria")
    admin = keystore.slot_id(workspace.keyfile.install_id, "admin")
    assert after[admin] == before[admin]
    assert after[maria] != before[maria]
    workspace.close()
    installation.unlock("maria", "nueva frase secreta larga").close()


def test_disabling_a_user_removes_the_slot(workspace, installation):
    workspace.add_user("maria", "María Quispe", ["counsellor"], "frase secreta muy larga")
    workspace.disable_user("maria")
    sid = keystore.slot_id(workspace.keyfile.install_id, "maria")
    assert sid not in slots(installation)
    workspace.close()
    with pytest.raises(WrongCredentials):
        installation.unlock("maria", "frase secreta muy larga")


def test_keyring_pepper_is_used_and_recovery_does_not_need_it(installation, memory_keyring):
    result = installation.initialize("SITE-1", "Sitio", "admin", "Ana", ADMIN_PASSWORD)
    assert result.keyring_used
    data = json.loads(installation.paths.keys.read_text())
    assert all(s["pepper"] for s in data["slots"].values())
    assert data["recovery"]["pepper"] is False
    memory_keyring.store.clear()  # the folder copied to another PC
    with pytest.raises(KeyringSecretMissing):
        installation.unlock("admin", ADMIN_PASSWORD)
    installation.recover("admin", result.recovery_code, "frase nueva sin llavero")
    installation.unlock("admin", "frase nueva sin llavero").close()


def test_no_keyring_works_with_passwords_alone(data_dir):
    keyring.set_keyring(NoKeyring())
    inst = Installation(data_dir, kdf=FAST_KDF)
    result = inst.initialize("SITE-1", "Sitio", "admin", "Ana", ADMIN_PASSWORD)
    assert not result.keyring_used
    ws = inst.unlock("admin", ADMIN_PASSWORD)
    assert not ws.keyring_status().available
    assert not ws.slots_use_keyring()
    ws.close()


def test_key_file_holds_no_names(installation, setup_result):
    text = installation.paths.keys.read_text()
    assert "admin" not in text and "Ana" not in text and "Esperanza" not in text


def _audit(ws):
    from clinic_desk.core.security import audit

    with ws.db.read() as s:
        return audit.list_entries(s, ws.actor)
