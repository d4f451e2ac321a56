"""Reading her file again after a change: permission checked in the core, not audited
a second time."""

from __future__ import annotations

import pytest

from clinic_desk.core.errors import PermissionDenied
from clinic_desk.core.intake import people
from tests.unit.intake.conftest import TODAY, woman


def test_reload_checks_permission_and_does_not_audit_again(team):
    with team.write(team.staff) as s:
        pid = people.register_person(s, team.staff, woman(), today=TODAY).id
    with team.write(team.staff) as s:
        people.get_person_file(s, team.staff, pid, today=TODAY)
    opened = len(team.audits("person_opened"))
    with team.read() as s:
        again = people.reload_person_file(s, team.staff, pid, today=TODAY)
        assert again.person.id == pid
        with pytest.raises(PermissionDenied):
            people.reload_person_file(s, team.promoter, pid, today=TODAY)
    assert len(team.audits("person_opened")) == opened
