"""A woman withdraws her consent to the central office after her record was sent: the
next bundle removes her identity and free text at the centre (pseudonym kept); given
again, her record comes back whole. Audit entries travel without their detail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text

from clinic_desk.core.db.base import Base
from clinic_desk.core.exchange import export, import_, stats
from clinic_desk.core.exchange.models import Pseudonym
from clinic_desk.core.intake import consent, risk
from clinic_desk.core.intake.models import Person
from clinic_desk.core.security.audit import verify_chain
from clinic_desk.core.security.roles import Actor, Role
from clinic_desk.core.sessions import sessions as ses
from clinic_desk.core.workspace import Workspace
from tests.integration.exchange.conftest import (
    SECRET_DOC,
    SECRET_NAME,
    SECRET_PHONE,
    add_person,
)

CONTACT = "Teodosia Ccahuana"
NOTE = "Zoila contó que el agresor la busca en el mercado"


def _everything(ws: Workspace) -> str:
    """Every value of every table at this office (and the name index), as text."""
    import clinic_desk.core.db.registry  # noqa: F401

    chunks = []
    with ws.db.read() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)):
                chunks.append(repr(tuple(row)))
        for row in s.execute(text("SELECT * FROM person_fts")):
            chunks.append(repr(tuple(row)))
    return "\n".join(chunks).lower()


def _secret_words() -> list[str]:
    return [*SECRET_NAME, SECRET_DOC, SECRET_PHONE, CONTACT, "agresor la busca",
            "vive con el agresor"]


def _her_record(ws: Workspace) -> str:
    actor = Actor(ws.actor.user_id, ws.actor.username, ws.actor.full_name,
                  frozenset({Role.ADMIN, Role.STAFF, Role.COUNSELLOR}))
    pid = add_person(ws, SECRET_NAME, central=True, doc=SECRET_DOC, phone=SECRET_PHONE,
                     notes="Vive con el agresor en Zona A")
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
    with ws.db.write(actor.user_id) as s:
        risk.add_emergency_contact(s, actor, pid, CONTACT, "hermana", "912345678")
        note = ses.create_draft(s, actor, ses.SessionInput(
            "individual", start, duration_min=50, people=[ses.AttendanceInput(pid)],
            note=NOTE, agreements="Volver el lunes"))
        ses.sign(s, actor, note.id)
        ses.add_addendum(s, actor, note.id, "Addendum: Teodosia Ccahuana llamó")
    return pid


def _signature(ws: Workspace) -> str:
    from clinic_desk.core.sessions.models import CounsellingSession

    with ws.db.read() as s:
        [note_id] = s.scalars(select(CounsellingSession.id)).all()
        return ses.signature_state(s, note_id)


def test_withdrawn_consent_removes_her_identity_at_the_centre(net):
    pid = _her_record(net.a)
    add_person(net.a, ("Marisol", "Condorcanqui", None), central=True)
    first = export.export_bundle(net.a, net.root)
    import_.import_bundles(net.centre, [first.path], trust_new_site=True)
    sent = _everything(net.centre)
    for word in _secret_words():
        assert word.lower() in sent, word  # she had agreed: her record is there
    assert _signature(net.centre) == "intact"  # the signed note checks at the centre

    with net.a.db.write(net.a.actor.user_id) as s:
        consent.record_consent(s, net.a.actor, pid, "send_to_central", False)
    preview = export.export_preview(net.a)
    assert preview.redacted_people == 1
    second = export.export_bundle(net.a, net.root)
    report = import_.import_bundles(net.centre, [second.path])[0]
    assert report.redacted == 1
    assert any("identity removed for 1 people" in line for line in report.lines())

    left = _everything(net.centre)
    for word in _secret_words():
        assert word.lower() not in left, word
    assert "condorcanqui" in left  # nobody else is touched
    # her signed note's text is gone here: its signature is marked withheld, not broken;
    # the site's copy still checks
    assert _signature(net.centre) == "withheld" and _signature(net.a) == "intact"
    with net.centre.db.read() as s:
        row = s.get(Person, pid)
        assert row is not None and row.deleted and row.doc_number is None
        assert row.phone is None and row.doc_type == "none"
        # the pseudonymised figures stay: she is counted once, without a name
        assert s.scalar(select(func.count()).select_from(Pseudonym)
                        .where(Pseudonym.deleted.is_(False))) == 1
        assert verify_chain(s).ok
        counts = stats.people_counts(s)
    assert counts[("intakes", row.created_at.strftime("%Y-%m"), "all", "all")] == 2

    # the old bundle carried again changes nothing: her data does not come back
    import_.import_bundles(net.centre, [first.path, second.path])
    left = _everything(net.centre)
    for word in _secret_words():
        assert word.lower() not in left, word
    # a full export made now agrees
    full = export.export_bundle(net.a, net.root, full=True)
    import_.import_bundles(net.centre, [full.path])
    assert SECRET_NAME[1].lower() not in _everything(net.centre)

    # she agrees again: her whole record replaces the redacted copy
    with net.a.db.write(net.a.actor.user_id) as s:
        consent.record_consent(s, net.a.actor, pid, "send_to_central", True)
    third = export.export_bundle(net.a, net.root)
    back = import_.import_bundles(net.centre, [third.path])[0]
    assert back.restored == 1
    with net.centre.db.read() as s:
        row = s.get(Person, pid)
        assert not row.deleted and row.doc_number == SECRET_DOC
    back_again = _everything(net.centre)
    for word in _secret_words():
        assert word.lower() in back_again, word
    assert _signature(net.centre) == "intact"
    with net.centre.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Pseudonym)
                        .where(Pseudonym.deleted.is_(False))) == 0
        assert verify_chain(s).ok


def test_audit_entries_travel_without_detail_and_the_chain_verifies(net):
    pid = add_person(net.a, SECRET_NAME, central=False)
    with net.a.db.write(net.a.actor.user_id) as s:  # an override reason naming her
        from clinic_desk.core.security import audit

        audit.record(s, "consent_override", net.a.actor, target=pid,
                     reason=f"{SECRET_NAME[0]} pidió ayuda urgente")
    result = export.export_bundle(net.a, net.root)
    import_.import_bundles(net.centre, [result.path], trust_new_site=True)
    from clinic_desk.core.db.models import AuditEntry

    with net.centre.db.read() as s:
        theirs = list(s.scalars(select(AuditEntry).where(
            AuditEntry.origin_site == net.a.site.id)))
        assert theirs and all(e.detail == "" and len(e.detail_sha256) == 64 for e in theirs)
        assert verify_chain(s).ok  # every site's chain, whole
    assert SECRET_NAME[0].lower() not in _everything(net.centre)
    with net.a.db.read() as s:  # at the site the detail stays
        assert verify_chain(s, detail_required_for=net.a.site.id).ok
    assert net.centre.verify().ok
