"""The audit chain and `verify` naming the first broken entry."""

from __future__ import annotations

import pytest

from clinic_desk.core.errors import PermissionDenied
from clinic_desk.core.security import audit


def _drop_triggers(ws) -> None:
    with ws.db.engine.begin() as c:
        c.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        c.exec_driver_sql("DROP TRIGGER audit_log_no_delete")


def test_verify_ok_on_a_fresh_database(workspace):
    report = workspace.verify()
    assert report.ok and report.chain.entries >= 3


def test_changed_entry_is_named(workspace):
    workspace.record("locked")
    workspace.record("unlock")
    _drop_triggers(workspace)
    with workspace.db.engine.begin() as c:
        c.exec_driver_sql("UPDATE audit_log SET target = 'someone else' WHERE seq = 3")
    report = workspace.verify()
    assert not report.ok
    assert report.chain.first_broken_seq == 3
    assert report.chain.reason == "its content was changed"


def test_removed_entry_is_named(workspace):
    workspace.record("locked")
    workspace.record("unlock")
    _drop_triggers(workspace)
    with workspace.db.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM audit_log WHERE seq = 2")
    report = workspace.verify()
    assert report.chain.first_broken_seq == 2
    assert report.chain.reason == "an entry is missing"


def test_only_admins_read_the_audit_log(workspace, installation):
    workspace.add_user("educa", "Lucía", ["staff"], "una clave bastante larga")
    workspace.close()
    ws = installation.unlock("educa", "una clave bastante larga")
    with pytest.raises(PermissionDenied), ws.db.read() as s:
        audit.list_entries(s, ws.actor)
    with pytest.raises(PermissionDenied):
        ws.verify()
    ws.close()


def test_changed_detail_is_named_even_when_the_hash_still_matches(workspace):
    workspace.record("locked")
    _drop_triggers(workspace)
    with workspace.db.engine.begin() as c:  # the chain covers the digest, not the text
        c.exec_driver_sql("UPDATE audit_log SET detail = '{\"x\": 1}' WHERE seq = 2")
    report = workspace.verify()
    assert report.chain.first_broken_seq == 2
    assert report.chain.reason == "its content was changed"


def test_withheld_detail_verifies_elsewhere_but_not_at_its_own_site(workspace):
    from sqlalchemy import select

    from clinic_desk.core.db.models import AuditEntry

    with workspace.db.write(workspace.actor.user_id) as s:
        entry = audit.record(s, "consent_override", workspace.actor, target="p1",
                             reason="Rosa Quispe pidió ayuda")
        assert entry.detail_sha256 == audit.detail_digest(entry.detail)
    _drop_triggers(workspace)
    with workspace.db.engine.begin() as c:  # as an export sends it: detail withheld
        c.exec_driver_sql("UPDATE audit_log SET detail = '' WHERE action = 'consent_override'")
    with workspace.db.read() as s:
        assert audit.verify_chain(s).ok  # at the centre: the chain still verifies
        withheld = s.scalar(select(AuditEntry).where(AuditEntry.action == "consent_override"))
        assert withheld.detail == "" and len(withheld.detail_sha256) == 64
        broken = audit.verify_chain(s, detail_required_for=workspace.site.id)
    assert broken.first_broken_seq == withheld.seq  # its own site never withholds
    assert not workspace.verify().ok
