"""Bad input: a clear message on the right field, and nothing written."""

from __future__ import annotations

import datetime as dt

import pytest

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import people
from clinic_desk.core.intake.people import MemberInput
from clinic_desk.core.intake.validation import clean_phone, validate_person
from tests.unit.intake.conftest import TODAY, child, woman

BAD_PERSON = [
    (dict(doc_number="1234567"), "doc_number"),
    (dict(doc_number="123456789"), "doc_number"),
    (dict(doc_number="1234567A"), "doc_number"),
    (dict(doc_type="ce", doc_number="12345678"), "doc_number"),
    (dict(doc_type="ce", doc_number="ABC-12345678901"), "doc_number"),
    (dict(doc_type="passport"), "doc_type"),
    (dict(doc_type="none", doc_number="12345678"), "doc_type"),
    (dict(birth_date=TODAY + dt.timedelta(days=1)), "birth_date"),
    (dict(birth_date=dt.date(1900, 1, 1)), "birth_date"),
    (dict(birth_date=None, approx_age=121), "approx_age"),
    (dict(birth_date=None, approx_age=-1), "approx_age"),
    (dict(approx_age=30), "approx_age"),  # both a date and an age
    (dict(phone="98765432l"), "phone"),
    (dict(phone="llámame"), "phone"),
    (dict(phone="12345"), "phone"),
    (dict(phone="887654321"), "phone"),
    (dict(given_names="   "), "given_names"),
    (dict(given_names=""), "given_names"),
    (dict(first_surname=""), "first_surname"),
    (dict(given_names="R0sa"), "given_names"),
    (dict(sex=""), "sex"),
    (dict(languages=()), "languages"),
    (dict(languages=("fr",)), "languages"),
    (dict(gender_identity="wizard"), "gender_identity"),
    (dict(sexual_orientation="x"), "sexual_orientation"),
]


@pytest.mark.parametrize(("changes", "field"), BAD_PERSON)
def test_bad_person_is_refused_on_its_field_and_nothing_is_written(team, changes, field):
    before = team.counts()
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        people.register_person(s, team.staff, woman(**changes), today=TODAY)
    assert err.value.field == field
    assert err.value.template and "{" not in err.value.message
    assert team.counts() == before


def test_error_templates_are_not_formatted_strings():
    with pytest.raises(InvalidInput) as err:
        validate_person(woman(birth_date=None, approx_age=150), TODAY)
    assert err.value.template == "The age must be between 0 and {max} years."
    assert err.value.params == {"max": 120}


@pytest.mark.parametrize(("raw", "stored"), [
    ("987 654 321", "987654321"),
    ("+51 987 654 321", "+51987654321"),
    ("01 4261234", "014261234"),
    ("4261234", "4261234"),
    ("064 123456", "064123456"),
    ("+51 1 4261234", "+5114261234"),
    ("+58 412 1234567", "+584121234567"),
    ("", None),
])
def test_good_phones(raw, stored):
    assert clean_phone(raw) == stored


@pytest.mark.parametrize(("kind", "number", "stored"), [
    ("dni", "45678912", "45678912"),
    ("dni", " 4567 8912 ", "45678912"),
    ("ce", "001234567", "001234567"),
    ("ce", "e1234567890", "E1234567890"),
    ("none", None, None),
])
def test_good_documents(kind, number, stored):
    clean = validate_person(woman(doc_type=kind, doc_number=number), TODAY)
    assert clean.doc_number == stored


def test_approximate_age_is_stored_as_a_birth_year_with_a_flag():
    clean = validate_person(woman(birth_date=None, approx_age=35), TODAY)
    assert (clean.birth_date, clean.birth_year, clean.age_is_approx) == (None, 1991, True)
    assert validate_person(woman(birth_date=None, approx_age=0), TODAY).birth_year == 2026
    assert validate_person(woman(birth_date=None, approx_age=120), TODAY).birth_year == 1906


def test_names_are_trimmed_and_folded_for_search():
    clean = validate_person(woman(given_names="  María   del Pilar ", first_surname="Ñaupari",
                                  second_surname="Huamán"), TODAY)
    assert clean.given_names == "María del Pilar"
    assert clean.name_norm == "maria del pilar naupari huaman"
    assert clean.surname_norm == "naupari huaman maria del pilar"


@pytest.mark.parametrize(("member", "field"), [
    (MemberInput(child(birth_date=dt.date(1985, 1, 1))), "members.0.birth_date"),  # older
    (MemberInput(child(birth_date=dt.date(1999, 1, 1))), "members.0.birth_date"),  # 8 years
    (MemberInput(child(birth_date=None, approx_age=30)), "members.0.birth_date"),
    (MemberInput(child(phone="abc")), "members.0.phone"),
    (MemberInput(child(given_names="")), "members.0.given_names"),
    (MemberInput(child(), relationship="boss"), "members.0.relationship"),
    (MemberInput(child(), relationship="head"), "members.0.relationship"),
])
def test_bad_household_member_saves_nothing(team, member, field):
    before = team.counts()
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        people.register_household(s, team.staff, woman(), [member], today=TODAY)
    assert err.value.field == field
    assert team.counts() == before


def test_second_member_invalid_nothing_saved_not_even_the_first(team):
    before = team.counts()
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        people.register_household(s, team.staff, woman(), [
            MemberInput(child()), MemberInput(child(birth_date=TODAY + dt.timedelta(days=3)))
        ], today=TODAY)
    assert err.value.field == "members.1.birth_date"
    assert team.counts() == before


def test_dependant_may_be_older_than_her(team):
    with team.write(team.staff) as s:
        hh = people.register_household(s, team.staff, woman(), [
            MemberInput(child(given_names="Saturnina", birth_date=dt.date(1950, 1, 1)),
                        relationship="dependant")], today=TODAY)
    assert len(hh.members) == 2


def test_mother_with_approximate_age_gets_two_years_of_tolerance():
    from clinic_desk.core.intake.validation import check_mother_child

    mother = validate_person(woman(birth_date=None, approx_age=24), TODAY)  # ~2002
    ok_child = validate_person(child(birth_date=dt.date(2012, 6, 1)), TODAY)  # 10 y gap
    check_mother_child(mother, ok_child, "f")
    too_old = validate_person(child(birth_date=dt.date(2011, 6, 1)), TODAY)
    with pytest.raises(InvalidInput):
        check_mother_child(mother, too_old, "f")


def test_update_with_bad_input_changes_nothing(team):
    with team.write(team.staff) as s:
        p = people.register_person(s, team.staff, woman(), today=TODAY)
    before = team.counts()
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        people.update_person(s, team.staff, p.id, woman(phone="98x"), today=TODAY)
    assert err.value.field == "phone"
    assert team.counts() == before
    with team.read() as s:
        assert people.lookup_person(s, team.staff, p.id).full_name == "Rosa Quispe Mamani"


def test_update_that_makes_her_younger_than_her_child_is_refused(team):
    with team.write(team.staff) as s:
        hh = people.register_household(s, team.staff, woman(), [MemberInput(child())],
                                       today=TODAY)
    with pytest.raises(InvalidInput) as err, team.write(team.staff) as s:
        people.update_person(s, team.staff, hh.head.person_id,
                             woman(birth_date=dt.date(2010, 1, 1)), today=TODAY)
    assert err.value.field == "birth_date"
