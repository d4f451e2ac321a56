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


def test_an_oversized_manifest_is_refused_before_it_is_read_whole():
    """Anyone can encrypt to the centre's public key: a huge unsigned manifest (a zip
    bomb) is cut off at the limit and refused, never decompressed whole."""
    import io
    import zipfile

    import pytest

    from clinic_desk.core.errors import TamperedOrForeign
    from clinic_desk.core.exchange import bundle

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(bundle.MANIFEST, b"{" + b" " * (bundle.MAX_MANIFEST_BYTES + 10) + b"}")
        zf.writestr(bundle.SIGNATURE, b"x" * 64)
    with pytest.raises(TamperedOrForeign):
        bundle.open_zip(buf.getvalue(), "bomb.age", "0" * 64)
