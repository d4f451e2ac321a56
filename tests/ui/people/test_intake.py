"""The intake form, driven through real widgets: register a woman with her children,
live duplicate warnings, and bad input refused next to its field with nothing saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from clinic_desk.core.intake import models as m
from clinic_desk.ui.people import PeoplePage
from clinic_desk.ui.people.intake_dialog import IntakeDialog
from clinic_desk.ui.people.person_view import PersonView
from tests.ui.people.conftest import counts, register, type_text


@pytest.fixture
def page(qtbot, staff):
    p = PeoplePage(staff)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    return p


def _tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _open_form(qtbot, page) -> IntakeDialog:
    qtbot.mouseClick(page.list.register_button, Qt.MouseButton.LeftButton)
    dlg = page.dialog
    assert isinstance(dlg, IntakeDialog) and dlg.isVisible()
    return dlg


def _fill_her(qtbot, dlg, given="María José", first="Quispe", second="Mamani",
              dni="45678912", birth="17/05/1990", phone="987 654 321") -> None:
    head = dlg.head
    type_text(qtbot, head.given_names, given)
    type_text(qtbot, head.first_surname, first)
    type_text(qtbot, head.second_surname, second)
    type_text(qtbot, head.doc_number, dni)
    type_text(qtbot, head.birth_date, birth)
    type_text(qtbot, head.phone, phone)
    type_text(qtbot, head.sector, "Huaycán Zona B")
    _tick(qtbot, head.language_boxes["qu"])


def _add_child(qtbot, dlg, given, birth, sex="female"):
    qtbot.mouseClick(dlg.add_member_button, Qt.MouseButton.LeftButton)
    row = dlg.members[-1]
    type_text(qtbot, row.form.given_names, given)
    type_text(qtbot, row.form.first_surname, "Rojas")
    type_text(qtbot, row.form.second_surname, "Quispe")
    row.form.sex.setCurrentIndex(row.form.sex.findData(sex))
    type_text(qtbot, row.form.birth_date, birth)
    return row


def test_register_a_woman_with_two_children(qtbot, page, staff):
    dlg = _open_form(qtbot, page)
    _fill_her(qtbot, dlg)
    _add_child(qtbot, dlg, "Killa", "02/03/2015")
    _add_child(qtbot, dlg, "Inti", "10/11/2019", sex="male")
    _tick(qtbot, dlg.consent.checks["services"])
    _tick(qtbot, dlg.consent.checks["statistics"])
    _tick(qtbot, dlg.consent.checks["share_institutions"])
    _tick(qtbot, dlg.consent.institutions["cem"])
    qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.view, PersonView), timeout=5000)

    with staff.db.read() as s:
        people = {p.given_names: p for p in s.scalars(select(m.Person))}
        assert set(people) == {"María José", "Killa", "Inti"}
        her = people["María José"]
        assert (her.first_surname, her.second_surname) == ("Quispe", "Mamani")
        assert her.doc_type == "dni" and her.doc_number == "45678912"
        assert her.birth_date == dt.date(1990, 5, 17)
        assert her.phone == "987654321"
        assert her.languages == "es,qu"
        assert people["Inti"].sex == "male"
        assert people["Killa"].birth_date == dt.date(2015, 3, 2)
        links = {(lk.person_id, lk.relationship) for lk in s.scalars(select(m.HouseholdMember))}
        assert links == {(her.id, "head"), (people["Killa"].id, "child"),
                         (people["Inti"].id, "child")}
        consents = {(c.kind, c.granted, c.institutions)
                    for c in s.scalars(select(m.Consent).where(m.Consent.person_id == her.id))}
        assert consents == {("services", True, "[]"), ("statistics", True, "[]"),
                            ("share_institutions", True, '["cem"]')}
    # her file opened at once, with her children in the household tab
    view = page.view
    assert view.name.text() == "María José Quispe Mamani"
    assert view.household_table.rowCount() == 3


def test_services_consent_is_required(qtbot, page, staff):
    dlg = _open_form(qtbot, page)
    _fill_her(qtbot, dlg)
    before = counts(staff)
    qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
    assert "must agree to receive services" in dlg.consent.errors["services"].error_text()
    assert dlg.consent.errors["services"].error.isVisible()
    assert counts(staff) == before
    assert dlg.isVisible()


def test_sharing_consent_needs_institutions(qtbot, page, staff):
    dlg = _open_form(qtbot, page)
    _fill_her(qtbot, dlg)
    _tick(qtbot, dlg.consent.checks["services"])
    _tick(qtbot, dlg.consent.checks["share_institutions"])
    before = counts(staff)
    qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
    assert "Name the institutions" in dlg.consent.errors["institutions"].error_text()
    assert counts(staff) == before  # her record was rolled back with the consent


BAD = [
    ("doc_number", {"dni": "1234567"}, None, "A DNI has exactly 8 digits."),
    ("birth_date", {"birth": (dt.date.today() + dt.timedelta(days=3)).strftime("%d/%m/%Y")},
     None, "The date of birth cannot be in the future."),
    ("approx_age", {"birth": ""}, "130", "The age must be between 0 and 120 years."),
    ("phone", {"phone": "98765abcd"}, None,
     "A phone number may contain only digits, spaces and a leading +."),
    ("given_names", {"given": ""}, None, "Enter the given names."),
    ("birth_date", {"birth": "31/02/1990"}, None, "Enter the date as dd/mm/yyyy"),
]


@pytest.mark.parametrize(("field", "her", "age", "message"), BAD,
                         ids=[b[0] + "-" + str(i) for i, b in enumerate(BAD)])
def test_bad_input_is_shown_next_to_the_field(qtbot, page, staff, field, her, age, message):
    dlg = _open_form(qtbot, page)
    _fill_her(qtbot, dlg, **her)
    if age is not None:
        type_text(qtbot, dlg.head.approx_age, age)
    _add_child(qtbot, dlg, "Killa", "02/03/2015")
    _tick(qtbot, dlg.consent.checks["services"])
    before = counts(staff)
    qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
    holder = dlg.head.fields[field]
    assert message in holder.error_text()
    assert holder.error.isVisible()
    assert "Nothing was saved" in dlg.message.text()
    for other, box in dlg.head.fields.items():
        if box is not holder:
            assert not box.error_text(), other
    assert counts(staff) == before
    assert dlg.isVisible()
    # fixing it and registering again works (nothing typed was lost)
    if field == "given_names":
        type_text(qtbot, dlg.head.given_names, "Rosa")
        qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: counts(staff)["people"] == before["people"] + 2, timeout=5000)


def test_child_older_than_her_mother(qtbot, page, staff):
    dlg = _open_form(qtbot, page)
    _fill_her(qtbot, dlg, birth="17/05/1990")
    _add_child(qtbot, dlg, "Killa", "02/03/2015")
    row = _add_child(qtbot, dlg, "Carmen", "01/01/1985")
    _tick(qtbot, dlg.consent.checks["services"])
    before = counts(staff)
    qtbot.mouseClick(dlg.register_button, Qt.MouseButton.LeftButton)
    holder = row.fields["birth_date"]
    assert holder.error_text() == "A child cannot be older than her mother."
    assert holder.error.isVisible()
    assert not dlg.members[0].fields["birth_date"].error_text()
    assert counts(staff) == before


def test_same_dni_warns_with_the_reason_and_opens_the_existing_record(qtbot, page, staff):
    existing = register(staff)
    dlg = _open_form(qtbot, page)
    type_text(qtbot, dlg.head.doc_number, "45678912")
    qtbot.waitUntil(lambda: bool(dlg.duplicates.matches), timeout=3000)
    match = dlg.duplicates.matches[0]
    assert match.person_id == existing
    assert "Same document number" in dlg.duplicates.reasons_text()
    assert dlg.duplicates.head.text().startswith("⚠")
    assert dlg.duplicates.buttons and dlg.duplicates.buttons[0].isVisible()
    qtbot.mouseClick(dlg.duplicates.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view is not None, timeout=3000)
    assert page.view.person_id == existing
    assert not dlg.isVisible()


def test_similar_name_warns_while_typing(qtbot, page, staff):
    register(staff)
    dlg = _open_form(qtbot, page)
    type_text(qtbot, dlg.head.given_names, "Maria Jose")
    type_text(qtbot, dlg.head.first_surname, "Quispe")
    type_text(qtbot, dlg.head.second_surname, "Mamany")  # one letter wrong
    qtbot.waitUntil(lambda: bool(dlg.duplicates.matches), timeout=3000)
    assert "Similar name" in dlg.duplicates.reasons_text()
