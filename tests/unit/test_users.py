"""Users, roles and permission checks inside the services."""

from __future__ import annotations

import pytest

from clinic_desk.core.errors import InvalidInput, PermissionDenied
from clinic_desk.core.security.roles import Perm, Role

PW = "una clave bastante larga"


def test_admin_adds_users_with_several_roles(workspace):
    info = workspace.add_user("Carmen.R", "Carmen Rojas", ["counsellor", "staff"], PW)
    assert info.username == "carmen.r"
    assert info.roles == {Role.COUNSELLOR, Role.STAFF}
    names = [u.username for u in workspace.list_users()]
    assert names == ["admin", "carmen.r"]


@pytest.mark.parametrize(
    ("username", "full_name", "roles", "password", "field"),
    [
        ("ab", "Ana", ["staff"], PW, "username"),
        ("josé", "José", ["staff"], PW, "username"),
        ("con espacio", "X", ["staff"], PW, "username"),
        ("lucia", "", ["staff"], PW, "full_name"),
        ("lucia", "Lucía", [], PW, "roles"),
        ("lucia", "Lucía", ["boss"], PW, "roles"),
        ("lucia", "Lucía", ["staff"], "", "password"),
        ("lucia", "Lucía", ["staff"], "corta", "password"),
        ("lucia", "Lucía", ["staff"], "1234567890", "password"),
        ("lucia", "Lucía", ["staff"], "lucia es mi clave", "password"),
        ("admin", "Otra", ["staff"], PW, "username"),
    ],
)
def test_bad_new_users_are_refused_and_nothing_is_written(
    workspace, installation, username, full_name, roles, password, field
):
    keys_before = installation.paths.keys.read_bytes()
    with pytest.raises(InvalidInput) as err:
        workspace.add_user(username, full_name, roles, password)
    assert err.value.field == field
    assert [u.username for u in workspace.list_users()] == ["admin"]
    assert installation.paths.keys.read_bytes() == keys_before


def test_non_admins_cannot_manage_users(workspace, installation):
    workspace.add_user("educa", "Lucía", ["staff"], PW)
    workspace.close()
    ws = installation.unlock("educa", PW)
    assert not ws.actor.can(Perm.MANAGE_USERS)
    with pytest.raises(PermissionDenied):
        ws.add_user("otra", "Otra", ["staff"], PW)
    with pytest.raises(PermissionDenied):
        ws.disable_user("admin")
    with pytest.raises(PermissionDenied):
        ws.change_password("admin", "frase nueva para admin")
    with pytest.raises(PermissionDenied):
        ws.set_setting("autolock_minutes", 1)
    ws.change_password("educa", "nueva clave bastante larga", current_password=PW)
    ws.close()
    installation.unlock("educa", "nueva clave bastante larga").close()


def test_an_admin_keeps_the_admin_role_and_account(workspace):
    with pytest.raises(InvalidInput):
        workspace.set_roles("admin", ["staff"])
    with pytest.raises(InvalidInput):
        workspace.disable_user("admin")
    workspace.add_user("otra", "Otra Admin", ["admin"], PW)
    workspace.set_roles("otra", ["staff", "promoter"])
    roles = {u.username: u.roles for u in workspace.list_users()}
    assert roles["otra"] == {Role.STAFF, Role.PROMOTER}


def test_roles_decide_permissions():
    from clinic_desk.core.security.roles import Actor

    promoter = Actor("1", "p", "P", frozenset({Role.PROMOTER}))
    counsellor = Actor("2", "c", "C", frozenset({Role.COUNSELLOR}))
    assert promoter.can(Perm.STOCK_WRITE) and not promoter.can(Perm.PEOPLE_READ)
    assert counsellor.can(Perm.NOTES_READ) and not counsellor.can(Perm.MANAGE_USERS)


def test_settings_are_validated(workspace):
    for bad in (0, 61, "x"):
        with pytest.raises(InvalidInput):
            workspace.set_setting("autolock_minutes", bad)
    workspace.set_setting("autolock_minutes", 3)
    assert workspace.setting("autolock_minutes") == 3
