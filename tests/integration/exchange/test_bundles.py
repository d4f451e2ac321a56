"""Export -> import between two sites and a centre: counts, idempotence, consent,
last-writer-wins conflicts, tampering, and a power cut in the middle of an export."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from clinic_desk.core.db.models import AuditEntry, Setting
from clinic_desk.core.errors import TamperedOrForeign
from clinic_desk.core.exchange import bundle, export, import_, keys, waiting
from clinic_desk.core.exchange.models import Conflict, Pseudonym
from clinic_desk.core.intake import services_log
from clinic_desk.core.intake.models import Person
from clinic_desk.core.inventory import demo as inventory_demo
from clinic_desk.core.security.audit import verify_chain
from tests.integration.exchange.conftest import (
    SECRET_DOC,
    SECRET_NAME,
    SECRET_PHONE,
    SHARED_NAME,
    add_person,
    decrypt_bundle,
    make_net,
    manifest_of,
    rewrap,
    snapshot,
)


def _fill(net, small_inventory: bool = True) -> tuple[str, str]:
    secret = add_person(net.a, SECRET_NAME, central=False, doc=SECRET_DOC, phone=SECRET_PHONE,
                        notes="Vive con el agresor en Zona A")
    shared = add_person(net.a, SHARED_NAME, central=True)
    for i in range(3):
        add_person(net.b, ("Rosa", "Mamani" + "abc"[i], None), central=i == 0)
    if small_inventory:
        inventory_demo.fill(net.a, botiquines=1, months=1)
    return secret, shared


def test_export_import_counts_match_and_reimport_changes_nothing(net):
    secret, shared = _fill(net)
    ra = export.export_bundle(net.a, net.root)
    rb = export.export_bundle(net.b, net.root)
    assert ra.path.exists() and ra.path.parent == net.root
    assert (ra.identified_people, ra.pseudonymised_people) == (1, 1)
    assert (rb.identified_people, rb.pseudonymised_people) == (1, 2)

    reports = import_.import_bundles(net.centre, [ra.path, rb.path], trust_new_site=True)
    by_bundle = {r.bundle: r for r in reports}  # applied in each site's order, by site id
    for report, result in ((by_bundle[x.path.name], x) for x in (ra, rb)):
        for table, n in result.rows.items():
            got = report.tables.get(table, import_.TableReport())
            assert got.new + got.updated + got.unchanged == n, table
        assert report.pseudonyms.new == result.pseudonymised_people
        assert report.trusted_now
    with net.centre.db.read() as s:
        assert {p.given_names for p in s.scalars(select(Person))} == {"Marisol", "Rosa"}
        assert s.scalar(select(func.count()).select_from(Pseudonym)) == 3
        assert verify_chain(s).ok  # three sites' chains, each whole
        from clinic_desk.core.inventory import stock

        assert stock.check_balances(s) == []  # the replay of the ledger equals balances
    # row-by-row: every shared intake row is at the centre as it is at the site
    with net.a.db.read() as sa, net.centre.db.read() as sc:
        site_row = sa.get(Person, shared)
        centre_row = sc.get(Person, shared)
        assert centre_row is not None and centre_row.version == site_row.version
        assert centre_row.doc_number == site_row.doc_number
        assert sc.get(Person, secret) is None

    before = snapshot(net.centre)
    again = import_.import_bundles(net.centre, [ra.path, rb.path])
    assert all(r.already_imported for r in again)
    assert all(r.totals.new == r.totals.updated == r.totals.conflicts == 0 for r in again)
    # only the bookkeeping of the import itself (import record, audit entry) was added
    from clinic_desk.core.exchange.models import ImportRecord

    with net.centre.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ImportRecord)) == 4
    assert before != snapshot(net.centre)

    dry_before = snapshot(net.centre)
    dry = import_.import_bundles(net.centre, [ra.path], dry_run=True)
    assert dry[0].dry_run and dry[0].totals.new == 0
    assert snapshot(net.centre) == dry_before


def test_incremental_export_takes_only_what_changed(net):
    _, shared = _fill(net, small_inventory=False)
    first = export.export_bundle(net.a, net.root)
    add_person(net.a, ("Nueva", "Persona", None), central=True)
    with net.a.db.write(net.a.actor.user_id) as s:  # refers to a person of the first
        services_log.log_service(s, net.a.actor, shared, "transport", dt.date.today())
    second = export.export_bundle(net.a, net.root)
    assert not second.full and second.from_seq == first.to_seq
    assert second.rows["people"] == 1 and second.rows.get("inv_ledger", 0) == 0
    assert second.rows["services_given"] == 2
    kept_folder = net.centre.installation.paths.waiting

    # the first bundle has not arrived: the second is checked and kept, nothing applied
    before_people = _count(net.centre, Person)
    dry = import_.import_bundles(net.centre, [second.path], dry_run=True,
                                 trust_new_site=True)
    assert dry[0].held and dry[0].dry_run and not kept_folder.exists()
    [held] = import_.import_bundles(net.centre, [second.path], trust_new_site=True)
    assert held.held and held.gap == (0, first.to_seq) and held.totals.new == 0
    text = "\n".join(held.lines())
    assert f"gap: changes 1..{first.to_seq} of site HUAYCAN-01" in text
    assert "is kept and applied by itself once they arrive" in text
    assert _count(net.centre, Person) == before_people
    assert len(list(kept_folder.iterdir())) == 1
    with net.centre.db.read() as s:
        assert [w.name for w in waiting.listed(s)] == [second.path.name]
        actions = [e.action for e in s.scalars(select(AuditEntry))]
    assert "bundle_kept" in actions and "bundle_imported" not in actions
    assert import_.coverage(net.centre) == {}  # nothing of the site applied yet
    # the same stick again: still kept once
    [again] = import_.import_bundles(net.centre, [second.path])
    assert again.held and len(list(kept_folder.iterdir())) == 1

    # the first arrives: it is applied, then the kept one follows by itself
    reports = import_.import_bundles(net.centre, [first.path])
    assert [r.to_seq for r in reports] == [first.to_seq, second.to_seq]
    assert reports[1].kept_since and reports[1].bundle == second.path.name
    assert "applied now" in "\n".join(reports[1].lines())
    assert list(kept_folder.iterdir()) == []
    with net.centre.db.read() as s:
        assert waiting.listed(s) == []
    assert _count(net.centre, Person) == 2
    assert import_.coverage(net.centre) == {"HUAYCAN-01": [(1, second.to_seq)]}
    # duplicates change nothing (only the bookkeeping of the import itself)
    again = import_.import_bundles(net.centre, [first.path, second.path])
    assert all(r.already_imported and r.totals.new == r.totals.updated == 0 for r in again)

    # a full bundle fills any gap: the fourth waits for the third (full), then follows
    third_full = export.export_bundle(net.a, net.root, full=True)
    add_person(net.a, ("Otra", "Nueva", None), central=True)
    fourth = export.export_bundle(net.a, net.root)
    assert third_full.from_seq == 0
    assert import_.import_bundles(net.centre, [fourth.path])[0].held
    reports = import_.import_bundles(net.centre, [third_full.path])
    assert [(r.full, r.held) for r in reports] == [(True, False), (False, False)]
    assert _count(net.centre, Person) == 3
    assert list(kept_folder.iterdir()) == []
    with net.centre.db.read() as s:
        assert verify_chain(s).ok


def test_a_kept_bundle_that_fails_later_leaves_it_kept(net, monkeypatch):
    """A power cut (here: an error) while the kept bundle is applied rolls it back and
    keeps it waiting; the bundle that filled the gap stays imported."""
    _fill(net, small_inventory=False)
    first = export.export_bundle(net.a, net.root)
    add_person(net.a, ("Nueva", "Persona", None), central=True)
    second = export.export_bundle(net.a, net.root)
    import_.import_bundles(net.centre, [second.path], trust_new_site=True)
    real = import_.apply_bundle
    calls = []

    def failing(s, b, *args, **kwargs):
        calls.append(b.name)
        if b.name == second.path.name and len(calls) > 1:
            raise OSError("power cut")
        return real(s, b, *args, **kwargs)

    monkeypatch.setattr(import_, "apply_bundle", failing)
    with pytest.raises(OSError):
        import_.import_bundles(net.centre, [first.path])
    monkeypatch.setattr(import_, "apply_bundle", real)
    with net.centre.db.read() as s:
        assert [w.name for w in waiting.listed(s)] == [second.path.name]
    assert len(list(net.centre.installation.paths.waiting.iterdir())) == 1
    assert _count(net.centre, Person) == 1  # the first's identified person only
    # the next import of that site applies it
    third = export.export_bundle(net.a, net.root)
    reports = import_.import_bundles(net.centre, [third.path])
    assert [(r.bundle, r.held) for r in reports] == [
        (third.path.name, True), (second.path.name, False), (third.path.name, False)]
    assert _count(net.centre, Person) == 2
    with net.centre.db.read() as s:
        assert waiting.listed(s) == []


def _count(ws, model) -> int:
    with ws.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_consent_decides_what_leaves_and_age_opens_the_bundle(net):
    _fill(net, small_inventory=False)
    result = export.export_bundle(net.a, net.root, full=True)
    out = net.root / "plain.zip"
    proc = subprocess.run(["age", "-d", "-i", str(net.identity_file), "-o", str(out),
                           str(result.path)], capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    plain = out.read_bytes()
    zf = zipfile.ZipFile(io.BytesIO(plain))
    everything = b"".join(zf.read(n) for n in zf.namelist()).lower()
    for word in (*SECRET_NAME, SECRET_DOC, SECRET_PHONE, "agresor", "nota sobre zoila"):
        assert word.lower().encode() not in everything, word
    assert b"condorcanqui" in everything  # she agreed to send her record
    assert SECRET_NAME[0].encode() not in result.path.read_bytes()
    pseudo = [json.loads(line) for line in zf.read("pseudonyms.ndjson").splitlines()]
    assert len(pseudo) == 1
    assert pseudo[0]["risk_level"] == "severo" and pseudo[0]["age_band"] == "30-44"
    assert json.loads(pseudo[0]["violence_types"]) == ["physical", "psychological"]
    assert json.loads(pseudo[0]["counts"]) == {"risk_assessments": 1, "services_given": 1}


def test_consent_granted_later_sends_her_whole_record(net):
    secret, _ = _fill(net, small_inventory=False)
    export.export_bundle(net.a, net.root)
    from clinic_desk.core.intake import consent

    with net.a.db.write(net.a.actor.user_id) as s:
        consent.record_consent(s, net.a.actor, secret, "send_to_central", True)
    second = export.export_bundle(net.a, net.root)
    assert second.rows["people"] == 1
    assert second.rows["services_given"] == 1 and second.rows["risk_assessments"] == 1


def test_same_setting_edited_at_two_sites_later_wins_and_conflict_is_kept(tmp_path):
    finals = []
    for order in ("ab", "ba"):
        net = make_net(tmp_path / order)
        try:
            net.a.set_setting("autolock_minutes", 10)
            net.b.set_setting("autolock_minutes", 15)  # later
            ra = export.export_bundle(net.a, net.root)
            rb = export.export_bundle(net.b, net.root)
            paths = [ra.path, rb.path] if order == "ab" else [rb.path, ra.path]
            import_.import_bundles(net.centre, paths, trust_new_site=True)
            with net.centre.db.read() as s:
                value = s.scalar(select(Setting.value).where(Setting.key == "autolock_minutes"))
                lost = [json.loads(c.loser_values) for c in s.scalars(
                    select(Conflict).where(Conflict.table_name == "settings"))]
            finals.append(value)
            assert value == "15"
            assert {"value": "10"} in lost
        finally:
            net.close()
    assert finals[0] == finals[1]


def test_same_person_edited_at_two_sites(net):
    """A record both sites hold (as after consolidation mode): the later edit wins."""
    from clinic_desk.core.db.base import RAW_IMPORT
    from clinic_desk.core.intake import people
    from clinic_desk.core.intake.validation import PersonInput

    pid = add_person(net.a, SHARED_NAME, central=True)
    with net.a.db.read() as s:
        rows = {t: [dict(r._mapping) for r in s.execute(select(t))]
                for t in (Person.__table__,)}
        from clinic_desk.core.intake.models import Consent

        consents = [dict(r._mapping) for r in s.execute(
            select(Consent.__table__).where(Consent.person_id == pid))]
    with net.b.db.write(net.b.actor.user_id) as s:  # B holds A's record too
        s.info[RAW_IMPORT] = True
        s.execute(Person.__table__.insert(), rows[Person.__table__])
        s.execute(Consent.__table__.insert(), consents)
    for ws, phone in ((net.a, "911111111"), (net.b, "922222222")):
        with ws.db.write(ws.actor.user_id) as s:
            people.update_person(s, ws.actor, pid, PersonInput(
                SHARED_NAME[0], SHARED_NAME[1], SHARED_NAME[2], approx_age=34, phone=phone,
                sector="Zona A"))
    ra = export.export_bundle(net.a, net.root)
    rb = export.export_bundle(net.b, net.root)
    import_.import_bundles(net.centre, [rb.path, ra.path], trust_new_site=True)
    with net.centre.db.read() as s:
        assert s.get(Person, pid).phone == "922222222"
        lost = [json.loads(c.loser_values) for c in s.scalars(
            select(Conflict).where(Conflict.table_name == "people"))]
    assert any(v.get("phone") == "911111111" for v in lost)


# -- bad bundles ------------------------------------------------------------------------------
def _bad_bundles(net, good: Path) -> dict[str, Path]:
    plain = decrypt_bundle(good, net.identity_file)
    out: dict[str, Path] = {}

    flipped = net.root / "flipped.cdbundle"
    raw = bytearray(good.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    flipped.write_bytes(bytes(raw))
    out["flipped byte"] = flipped

    truncated = net.root / "truncated.cdbundle"
    truncated.write_bytes(good.read_bytes()[: len(raw) * 2 // 3])
    out["truncated"] = truncated

    zf = zipfile.ZipFile(io.BytesIO(plain))
    people = zf.read("tables/people.ndjson").replace(b"Otra", b"Otro")
    assert people != zf.read("tables/people.ndjson")
    replaced = net.root / "replaced-part.cdbundle"
    rewrap(plain, net.public.recipient, replaced, {"tables/people.ndjson": people})
    out["replaced part"] = replaced

    extra = net.root / "extra-part.cdbundle"
    rewrap(plain, net.public.recipient, extra, {"tables/evil.ndjson": b"{}\n"})
    out["part too many"] = extra

    manifest = manifest_of(plain)
    manifest["full"] = False
    raw_m = json.dumps(manifest).encode()
    changed = net.root / "changed-manifest.cdbundle"
    rewrap(plain, net.public.recipient, changed, {"manifest.json": raw_m})
    out["changed manifest"] = changed

    other = Ed25519PrivateKey.generate()
    manifest["signing_key"] = keys._b64(other.public_key().public_bytes_raw())
    raw_m = json.dumps(manifest).encode()
    resigned = net.root / "resigned.cdbundle"
    rewrap(plain, net.public.recipient, resigned, {
        "manifest.json": raw_m, "manifest.sig": other.sign(bundle.SIGN_CONTEXT + raw_m)})
    out["re-signed by another key"] = resigned

    no_sig = net.root / "no-signature.cdbundle"
    rewrap(plain, net.public.recipient, no_sig, {"manifest.sig": None})
    out["signature removed"] = no_sig

    newer = manifest_of(plain)
    newer["schema"] = "9999_future"
    newer_path = net.root / "newer.cdbundle"
    rewrap(plain, net.public.recipient, newer_path, {"manifest.json": json.dumps(newer).encode()})
    out["newer schema"] = newer_path
    return out


def test_bad_bundles_are_refused_and_change_nothing(net):
    _fill(net, small_inventory=False)
    good = export.export_bundle(net.a, net.root).path
    import_.import_bundles(net.centre, [good], trust_new_site=True)  # the key is trusted
    add_person(net.a, ("Otra", "Mujer", None), central=True)
    good2 = export.export_bundle(net.a, net.root).path
    before = snapshot(net.centre)
    for label, path in _bad_bundles(net, good2).items():
        with pytest.raises(TamperedOrForeign):
            import_.import_bundles(net.centre, [path], trust_new_site=True)
        assert snapshot(net.centre) == before, label
    import_.import_bundles(net.centre, [good2])  # the good one still goes in


def test_unknown_site_key_is_refused_without_trust(net):
    _fill(net, small_inventory=False)
    path = export.export_bundle(net.a, net.root).path
    before = snapshot(net.centre)
    with pytest.raises(TamperedOrForeign, match="does not trust"):
        import_.import_bundles(net.centre, [path])
    assert snapshot(net.centre) == before


def test_bundle_for_another_centre_is_refused(net, tmp_path):
    from tests.integration.exchange.conftest import open_site

    other = open_site(tmp_path, "other-centre", "OTRO")
    try:
        with other.db.write(other.actor.user_id) as s:
            other_pub, _ = keys.central_init(s)
        with net.a.db.write(net.a.actor.user_id) as s:
            keys.central_import(s, other_pub.to_json())
        path = export.export_bundle(net.a, net.root).path
    finally:
        other.close()
    before = snapshot(net.centre)
    with pytest.raises(TamperedOrForeign):
        import_.import_bundles(net.centre, [path], trust_new_site=True)
    assert snapshot(net.centre) == before


def test_power_cut_mid_export_leaves_nothing(net, monkeypatch):
    _fill(net, small_inventory=False)
    usb = net.root / "usb"
    usb.mkdir()
    real = bundle.ZipParts.write_chunks
    calls = {"n": 0}

    def failing(self, *a, **k):
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("device unplugged")
        return real(self, *a, **k)

    monkeypatch.setattr(bundle.ZipParts, "write_chunks", failing)
    with pytest.raises(Exception):  # noqa: B017,PT011 - whatever the failure is
        export.export_bundle(net.a, usb)
    assert list(usb.iterdir()) == []
    with net.a.db.read() as s:
        assert export.read_state(s, export.STATE_KEY) is None
    monkeypatch.setattr(bundle.ZipParts, "write_chunks", real)
    cancelled = {"n": 0}

    def cancel(done, total):
        cancelled["n"] += 1
        return False

    inventory_demo.fill(net.a, botiquines=1, months=1)
    with pytest.raises(bundle.Cancelled):
        export.export_bundle(net.a, usb, progress=cancel)
    assert list(usb.iterdir()) == [] and cancelled["n"] == 1
    result = export.export_bundle(net.a, usb)
    assert result.full and [p.name for p in usb.iterdir()] == [result.path.name]


def test_preview_counts_before_writing(net):
    _fill(net, small_inventory=False)
    preview = export.export_preview(net.b)
    assert (preview.identified_people, preview.pseudonymised_people) == (1, 2)
    assert preview.withheld["people"] == 2
    assert list(net.root.glob("*.cdbundle")) == []


def test_read_only_destination(net, tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    with pytest.raises(Exception):  # noqa: B017,PT011
        export.export_bundle(net.a, ro)
    shutil.rmtree(ro, ignore_errors=True)


def test_a_kept_copy_that_is_gone_never_blocks_later_imports(net):
    """Someone cleaned the data folder (or the disk damaged the file): the kept bundle is
    forgotten and audited, its changes show as a gap again, and imports go on."""
    _fill(net, small_inventory=False)
    first = export.export_bundle(net.a, net.root)
    add_person(net.a, ("Nueva", "Persona", None), central=True)
    second = export.export_bundle(net.a, net.root)
    add_person(net.a, ("Otra", "Persona", None), central=True)
    third = export.export_bundle(net.a, net.root)
    import_.import_bundles(net.centre, [second.path], trust_new_site=True)
    [kept_file] = list(net.centre.installation.paths.waiting.iterdir())
    kept_file.write_bytes(kept_file.read_bytes()[:-100])  # damaged
    reports = import_.import_bundles(net.centre, [first.path])
    assert [r.bundle for r in reports] == [first.path.name]
    with net.centre.db.read() as s:
        assert waiting.listed(s) == []
        actions = [e.action for e in s.scalars(select(AuditEntry))]
    assert "bundle_kept_dropped" in actions
    assert list(net.centre.installation.paths.waiting.iterdir()) == []
    # its changes are a gap again: the next bundle waits, a full export closes it
    assert import_.import_bundles(net.centre, [third.path])[0].held
    full = export.export_bundle(net.a, net.root, full=True)
    reports = import_.import_bundles(net.centre, [full.path])
    assert [r.held for r in reports] == [False, False]  # the full, then the third
    assert _count(net.centre, Person) == 3  # the identified people of site A
