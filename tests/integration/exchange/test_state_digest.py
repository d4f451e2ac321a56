"""The manifest's per-table digest of the site's whole state: after a full import the
centre's copy of each site equals the site; a row lost at the centre, or a change the
centre has not received, is named by table."""

from __future__ import annotations

from sqlalchemy import select, text

from clinic_desk.core.exchange import digest, export, import_
from clinic_desk.core.intake.models import ServiceGiven
from tests.integration.exchange.conftest import make_net
from tests.integration.exchange.test_bundles import _fill
from tests.integration.exchange.test_redaction import _her_record


def test_equal_after_full_import_and_differs_after_a_row_is_lost_at_the_centre(net):
    _fill(net)
    ra = export.export_bundle(net.a, net.root)
    rb = export.export_bundle(net.b, net.root)
    reports = import_.import_bundles(net.centre, [ra.path, rb.path], trust_new_site=True)
    for r in reports:
        assert r.state is not None and r.state.compared and r.state.equal, r.state
        assert f"  your copy of site {r.site_code} equals the site" in r.lines()
        assert r.to_dict()["state"]["equal"] is True
        # every travelling table and the pseudonyms are digested
        assert digest.PSEUDONYMS in r.state.rows and "inv_ledger" in r.state.rows
    a_report = next(r for r in reports if r.site_code == "HUAYCAN-01")
    assert a_report.state.rows["inv_ledger"][0] > 0  # the site's movements are counted

    # a row of site A lost at the centre: the next bundle of A says which table differs
    with net.centre.db.write(net.centre.actor.user_id) as s:
        lost = s.scalars(select(ServiceGiven.id).where(
            ServiceGiven.origin_site == net.a.site.id)).first()
        s.execute(text("DELETE FROM services_given WHERE id = :id"), {"id": lost})
    net.a.set_setting("autolock_minutes", 9)
    again = export.export_bundle(net.a, net.root)
    report = import_.import_bundles(net.centre, [again.path])[0]
    assert report.state.compared and not report.state.equal
    assert report.state.differing == ["services_given"]
    site_rows, here = report.state.rows["services_given"]
    assert here == site_rows - 1
    lines = report.lines()
    assert "your copy of site HUAYCAN-01 differs from the site in 1 table(s):" in "\n".join(
        lines)
    assert any(ln.strip().startswith("services_given:") for ln in lines)
    # site B is untouched: still equal (compared on B's own bundle again)
    rb_again = import_.import_bundles(net.centre, [rb.path])[0]
    assert rb_again.already_imported and rb_again.state.equal


def test_a_change_not_yet_received_and_an_older_bundle(net):
    _fill(net, small_inventory=False)
    first = export.export_bundle(net.a, net.root)
    net.a.set_setting("autolock_minutes", 12)
    second = export.export_bundle(net.a, net.root)
    reports = import_.import_bundles(net.centre, [first.path, second.path],
                                     trust_new_site=True)
    assert [r.state.equal for r in reports] == [False, True] or [
        r.state.equal for r in reports] == [True, True]
    # the older bundle carried again is not compared (a later one is here)
    old = import_.import_bundles(net.centre, [first.path])[0]
    assert not old.state.compared and old.state.reason == "older bundle"
    assert any("not compared" in ln for ln in old.lines())
    # a bundle without digests (an older version of Clinic Desk) is said so
    with net.centre.db.read() as s:
        none = digest.compare(s, net.a.site.id, {}, [])
    assert not none.compared and none.reason == "no digest"


def test_settings_merged_by_key_at_the_centre_still_compare_equal(tmp_path):
    """Both sites and the centre hold the same setting keys under their own ids; the
    centre keeps what each site last sent of those, so both copies compare equal."""
    net = make_net(tmp_path)
    try:
        net.a.set_setting("autolock_minutes", 10)
        net.b.set_setting("autolock_minutes", 15)
        ra = export.export_bundle(net.a, net.root)
        rb = export.export_bundle(net.b, net.root)
        import_.import_bundles(net.centre, [ra.path, rb.path], trust_new_site=True)
        again = import_.import_bundles(net.centre, [ra.path, rb.path])
        assert all(r.state.equal for r in again), [r.state for r in again]
    finally:
        net.close()


def test_withdrawn_consent_leaves_both_ends_alike(net):
    from clinic_desk.core.intake import consent

    pid = _her_record(net.a)
    first = export.export_bundle(net.a, net.root)
    assert import_.import_bundles(net.centre, [first.path],
                                  trust_new_site=True)[0].state.equal
    with net.a.db.write(net.a.actor.user_id) as s:
        consent.record_consent(s, net.a.actor, pid, "send_to_central", False)
    second = export.export_bundle(net.a, net.root)
    report = import_.import_bundles(net.centre, [second.path])[0]
    assert report.redacted == 1
    assert report.state.equal, report.state
    # she agrees again: her record comes back and both ends are alike again
    with net.a.db.write(net.a.actor.user_id) as s:
        consent.record_consent(s, net.a.actor, pid, "send_to_central", True)
    third = export.export_bundle(net.a, net.root)
    back = import_.import_bundles(net.centre, [third.path])[0]
    assert back.restored == 1 and back.state.equal, back.state
