"""Search as you type (accents, case, partial words, document, phone, short queries)
and duplicate detection (DNI, accents, typos, birth date)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from clinic_desk.core.intake import duplicates, people, search
from clinic_desk.core.intake.duplicates import (
    SAME_DOCUMENT,
    SIMILAR_NAME,
    SIMILAR_NAME_SAME_BIRTH,
)
from tests.unit.intake.conftest import TODAY, woman


@pytest.fixture
def known(team):
    rows = [
        woman(given_names="José", first_surname="Quispe", second_surname="Mamani", sex="male",
              doc_number="40112233", phone="987 654 321", birth_date=dt.date(1988, 4, 9)),
        woman(given_names="María Elena", first_surname="Ñaupari", second_surname="Huamán",
              doc_number="41223344", phone="912 345 678"),
        woman(given_names="Marleni", first_surname="Condori", second_surname="Ccori",
              doc_type="ce", doc_number="001234567", phone=None),
        woman(given_names="Rosa", first_surname="Mamani", second_surname="Quispe",
              doc_type="none", doc_number=None, phone="01 4261234"),
    ]
    with team.write(team.staff) as s:
        return {r.given_names: people.register_person(s, team.staff, r, today=TODAY).id
                for r in rows}


def names(team, q, actor=None):
    with team.read() as s:
        return [h.full_name for h in search.search_people(s, actor or team.staff, q)]


@pytest.mark.parametrize(("query", "expected"), [
    ("jose quispe", "José Quispe Mamani"),
    ("José Quispe", "José Quispe Mamani"),
    ("JOSE", "José Quispe Mamani"),
    ("quispe jose", "José Quispe Mamani"),
    ("uisp", "José Quispe Mamani"),  # partial word, inside
    ("jos qui", "José Quispe Mamani"),  # partial words
    ("naupari", "María Elena Ñaupari Huamán"),
    ("maria huaman", "María Elena Ñaupari Huamán"),
    ("elena", "María Elena Ñaupari Huamán"),
    ("ccori", "Marleni Condori Ccori"),
    ("40112233", "José Quispe Mamani"),  # document
    ("4011", "José Quispe Mamani"),  # document prefix
    ("1223", "María Elena Ñaupari Huamán"),  # inside the document
    ("001234567", "Marleni Condori Ccori"),  # CE
    ("987 654 321", "José Quispe Mamani"),  # phone as typed
    ("654321", "José Quispe Mamani"),
    ("4261234", "Rosa Mamani Quispe"),
    ("ma", "María Elena Ñaupari Huamán"),  # short: prefix of a name
    ("ma", "Rosa Mamani Quispe"),  # short: prefix of the surnames
    ("ñ", "María Elena Ñaupari Huamán"),
    ("maria q", None),
])
def test_search(team, known, query, expected):
    found = names(team, query)
    if expected is None:
        assert found == []
    else:
        assert expected in found


def test_short_words_must_begin_a_word(team, known):
    # words in any order; the prefix match ("mamani q…" starts her surnames) comes first
    assert names(team, "mamani q") == ["Rosa Mamani Quispe", "José Quispe Mamani"]
    assert names(team, "rosa m") == ["Rosa Mamani Quispe"]
    assert names(team, "ose q") == ["José Quispe Mamani"]
    assert names(team, "ose u") == []  # 'u' begins no word of his name
    assert names(team, "quispe x") == []


def test_ranking_puts_prefix_matches_first_and_limit_applies(team, known):
    assert names(team, "mam")[0] == "Rosa Mamani Quispe"  # surname starts with it
    with team.read() as s:
        assert len(search.search_people(s, team.staff, "m", limit=2)) == 2
    assert names(team, "") == [] and names(team, "   ") == []


def test_fts_follows_edits_and_tombstones(team, known):
    from clinic_desk.core.db.base import tombstone
    from clinic_desk.core.intake.models import Person

    with team.write(team.staff) as s:
        people.update_person(s, team.staff, known["Marleni"],
                             woman(given_names="Marlene", first_surname="Condori",
                                   second_surname="Apaza", doc_number="42000000"), today=TODAY)
    assert names(team, "ccori") == []
    assert names(team, "apaza") == ["Marlene Condori Apaza"]
    with team.write(team.staff) as s:
        tombstone(s, s.get(Person, known["Marleni"]))
    assert names(team, "apaza") == [] and names(team, "marlene") == []


def test_rows_written_without_the_orm_are_indexed_too(team, known):
    """Imports write rows directly: the triggers keep the index in sync."""
    with team.write(team.staff) as s:
        s.execute(text(
            "INSERT INTO people (id, given_names, first_surname, name_norm, surname_norm, "
            "doc_type, age_is_approx, sex, languages, origin_site, created_at, updated_at, "
            "version, deleted) VALUES ('imp-1', 'Sabina', 'Huillca', 'sabina huillca', "
            "'huillca sabina', 'none', 0, 'female', 'es', 'x', '2026-01-01', '2026-01-01', "
            "1, 0)"))
    assert names(team, "huillca") == ["Sabina Huillca"]
    with team.write(team.staff) as s:
        s.execute(text("DELETE FROM people WHERE id = 'imp-1'"))
        assert s.scalar(text("SELECT count(*) FROM person_fts_keys WHERE person_id='imp-1'")) \
            == 0
    assert names(team, "huillca") == []


def test_promoter_sees_lookup_fields_only(team, known):
    with team.read() as s:
        [hit] = search.search_people(s, team.promoter, "jose quispe")
        assert hit.doc_number == "40112233" and hit.age == 38
        assert hit.phone is None and hit.sector is None and hit.risk_level is None


# -- duplicates --------------------------------------------------------------------------
def dups(team, **kw):
    with team.read() as s:
        return duplicates.find_duplicates(s, team.staff, **kw)


def test_same_dni(team, known):
    [m] = dups(team, given_names="Otra", first_surname="Persona", doc_number="40112233")
    assert (m.person_id, m.reason, m.score) == (known["José"], SAME_DOCUMENT, 100.0)


def test_accents_do_not_hide_a_duplicate(team, known):
    [m] = dups(team, given_names="Jose", first_surname="Quispe", second_surname="Mamani")
    assert m.person_id == known["José"] and m.reason == SIMILAR_NAME and m.score == 100


@pytest.mark.parametrize(("given", "first", "second"), [
    ("Jose", "Qispe", "Mamani"),  # one letter missing
    ("Josr", "Quispe", "Mamani"),  # one letter wrong in a short word
    ("Jose", "Quispe", "Mamany"),
    ("Jose", "Quispe", None),  # one surname given
    ("Maria Elena", "Naupari", "Huaman"),
    ("Maria Elena", "Ñaupary", None),
])
def test_typos_still_match(team, known, given, first, second):
    found = dups(team, given_names=given, first_surname=first, second_surname=second)
    assert found, (given, first, second)
    assert found[0].reason in (SIMILAR_NAME, SIMILAR_NAME_SAME_BIRTH)


def test_similar_name_and_same_birth_date(team, known):
    found = dups(team, given_names="José Luis", first_surname="Quispe",
                 second_surname="Mamani", birth_date=dt.date(1988, 4, 9))
    assert found[0].person_id == known["José"]
    assert found[0].reason == SIMILAR_NAME_SAME_BIRTH


def test_different_people_do_not_match(team, known):
    assert dups(team, given_names="Luz", first_surname="Torres", second_surname="Vega") == []
    assert dups(team, given_names="Rosa", first_surname="Torres", second_surname="Vega",
                birth_date=dt.date(1988, 4, 9)) == []
    assert dups(team, given_names="", first_surname="") == []


def test_exclude_the_record_being_edited(team, known):
    assert dups(team, given_names="José", first_surname="Quispe", second_surname="Mamani",
                doc_number="40112233", exclude_id=known["José"]) == []


def test_duplicates_for_a_form_input(team, known):
    with team.read() as s:
        found = duplicates.find_duplicates_for(
            s, team.staff, woman(given_names="Jose", doc_number="40112233"))
    assert found[0].reasons == (SAME_DOCUMENT, SIMILAR_NAME)
