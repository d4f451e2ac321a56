"""The exchange's building blocks: table policies from the models, keys, pseudonyms."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.exchange import export, keys, policy


def test_every_travelling_table_has_a_policy():
    pols = policy.by_name()
    names = {c.__tablename__ for c in policy.travelling_classes()}
    assert set(pols) == names
    assert pols["people"].is_people
    assert pols["consents"].person_cols == ["person_id"]
    assert pols["inv_ledger"].whole and pols["inv_ledger"].soft_person_cols == ["person_id"]
    assert "label" in pols["households"].blank
    assert any(link == "household_members" for link, _, _ in pols["households"].reverse)
    assert not any(n.startswith("exchange_") for n in pols)  # local tables never travel


def test_parents_come_before_children():
    order = [p.name for p in policy.build()]
    for p in policy.build():
        for _, parent, _ in p.parent_cols:
            assert order.index(parent) < order.index(p.name)


def test_pseudonym_codes_are_stable_and_secret_dependent():
    a = keys.pseudonym_code(b"k" * 32, "person-1")
    assert a == keys.pseudonym_code(b"k" * 32, "person-1")
    assert a != keys.pseudonym_code(b"j" * 32, "person-1")
    assert len(a) == 36 and "person" not in a


def test_age_bands():
    today = dt.date(2026, 6, 1)
    assert export.age_band(None, today) == "unknown"
    assert export.age_band(2020, today) == "0-11"
    assert export.age_band(1992, today) == "30-44"
    assert export.age_band(1950, today) == "60+"


def test_central_public_file_round_trip_and_rejects_edits(workspace):
    with workspace.db.write(workspace.actor.user_id) as s:
        public, created = keys.central_init(s)
        again, created_again = keys.central_init(s)
    assert created and not created_again and again == public
    assert keys.CentralPublic.parse(public.to_json()) == public
    data = json.loads(public.to_json())
    data["age_recipient"] = data["age_recipient"][:-2] + "qq"
    with pytest.raises(InvalidInput):
        keys.CentralPublic.parse(json.dumps(data).encode())
    with pytest.raises(InvalidInput):
        keys.CentralPublic.parse(b"not json")


def test_secrets_stay_in_the_database(workspace):
    from clinic_desk.core.exchange.models import ExchangeKey

    with workspace.db.write(workspace.actor.user_id) as s:
        public, _ = keys.central_init(s)
        keys.site_signing_key(s, workspace.site.id)
        secret = keys.pseudonym_secret(s)
        rows = list(s.scalars(select(ExchangeKey)))
    assert {r.name for r in rows} == {"central_age", "central_sign", "site_sign", "pseudonym"}
    assert len(secret) == 32
    assert "AGE-SECRET" not in public.to_json().decode()
    assert "AGE-SECRET" not in repr(public)


def test_bulk_consent_agrees_with_can_share(workspace):
    from clinic_desk.core.intake import consent, people
    from clinic_desk.core.intake.validation import PersonInput
    from clinic_desk.core.security.roles import Actor, Role

    actor = Actor(workspace.actor.user_id, "admin", "Ana", frozenset({Role.STAFF}))
    decisions = [[True], [True, False], [False, True], []]
    ids = []
    with workspace.db.write(actor.user_id) as s:
        for i, seq in enumerate(decisions):
            p = people.register_person(s, actor, PersonInput("Ana", "Perez" + "abcd"[i],
                                                             approx_age=30))
            ids.append(p.id)
            for granted in seq:
                consent.record_consent(s, actor, p.id, "send_to_central", granted)
    with workspace.db.read() as s:
        bulk = export.latest_consent(s, "send_to_central")
        for pid in ids:
            assert bulk.get(pid, False) == consent.can_share(s, pid, "central")


def _encrypted_zip(tmp_path, members: list[tuple[str, bytes]], name: str = "b.cdbundle",
                   ident=None):
    import io
    import zipfile

    import pyrage
    from pyrage import x25519

    ident = ident or x25519.Identity.generate()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for member, data in members:
            zf.writestr(member, data)
    path = tmp_path / name
    path.write_bytes(pyrage.encrypt(buf.getvalue(), [ident.to_public()]))
    return path, ident


def test_an_oversized_manifest_is_refused_before_it_is_read_whole(tmp_path):
    """Anyone can encrypt to the centre's public key: a huge unsigned manifest (a zip
    bomb) is cut off at the limit and refused, never kept whole."""
    import pytest

    from clinic_desk.core.errors import TamperedOrForeign
    from clinic_desk.core.exchange import bundle

    path, ident = _encrypted_zip(tmp_path, [
        (bundle.MANIFEST, b"{" + b" " * (bundle.MAX_MANIFEST_BYTES + 10) + b"}"),
        (bundle.SIGNATURE, b"x" * 64)])
    with pytest.raises(TamperedOrForeign):
        bundle.scan(path, ident, path.name)


def test_a_bundle_changed_between_its_two_readings_is_caught(tmp_path):
    """The import reads the file twice (scan, then stream): a part that differs at the
    second reading raises at its end, before anything can be committed."""
    import pytest

    from clinic_desk.core.errors import TamperedOrForeign
    from clinic_desk.core.exchange import bundle

    part = bundle.part_name("people")
    tail = [(bundle.MANIFEST, b"{}"), (bundle.SIGNATURE, b"s")]
    path, ident = _encrypted_zip(tmp_path, [(part, b'{"id":"a"}\n{"id":"b"}\n'), *tail])
    b = bundle.scan(path, ident, path.name)
    assert b.members[part].rows == 2 and b.order == [part, bundle.MANIFEST, bundle.SIGNATURE]
    assert [(name, list(rows)) for name, rows in b.stream()] == [
        (part, [{"id": "a"}, {"id": "b"}]), (bundle.MANIFEST, []), (bundle.SIGNATURE, [])]
    # the stick now holds another file under the same name, encrypted to the same key
    _encrypted_zip(tmp_path, [(part, b'{"id":"a"}\n{"id":"c"}\n'), *tail], ident=ident)
    with pytest.raises(TamperedOrForeign):
        for _name, rows in b.stream():
            list(rows)


def test_parts_travel_parents_first():
    from clinic_desk.core.exchange import import_
    from clinic_desk.core.exchange.policy import build

    pols = build()
    by = {p.name: p for p in pols}
    order = [p.name for p in pols]
    assert import_._parents_first(order, by)
    whole, others = export._whole_first(pols)  # the order the export writes
    assert whole and all(p.whole for p in whole) and not any(p.whole for p in others)
    assert import_._parents_first([p.name for p in whole + others], by)
    for child, parent in (("household_members", "households"), ("consents", "people"),
                          ("inv_ledger", "inv_batches")):
        bad = list(order)
        i, j = bad.index(child), bad.index(parent)
        bad[i], bad[j] = bad[j], bad[i]
        assert not import_._parents_first(bad, by), child
    assert not import_._parents_first(order + ["people"], by)  # a part twice
