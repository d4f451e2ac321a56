from clinic_desk.core.security.roles import Role


def test_workspace_fixture_logs_in_admin(workspace):
    assert workspace.actor.username == "admin"
    assert Role.ADMIN in workspace.actor.roles
