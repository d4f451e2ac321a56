"""The people list (search as you type, keyboard), a person's file (audit, risk,
never-contact warning, consent, PDF), the picker, and who may see the section."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from clinic_desk.core.intake import consent, risk
from clinic_desk.core.intake import models as m
from clinic_desk.ui.main_window import visible_sections
from clinic_desk.ui.people import PeoplePage, PersonPicker, render_people_screens
from clinic_desk.ui.people.file_dialogs import PdfDialog, RiskDialog
from clinic_desk.ui.people.person_view import PersonView
from tests.conftest import ADMIN_PASSWORD
from tests.ui.people.conftest import audits, register


@pytest.fixture
def page(qtbot, staff):
    p = PeoplePage(staff)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    return p


def test_empty_list_has_a_hint(page):
    assert page.list.stack.currentWidget() is page.list.empty_none
    page.list.search.setText("zzzz")
    page.list.flush()
    assert page.list.stack.currentWidget() is page.list.empty_found


def test_search_as_you_type_without_accents_and_open_with_the_keyboard(qtbot, page, staff):
    her = register(staff, children=[("Killa", dt.date(2015, 3, 2))])
    register(staff, given="Rosa", first="Huamán", second="Ccori", dni="11223344")
    page.list.refresh()
    search = page.list.search
    search.setFocus()
    qtbot.keyClicks(search, "maria jose")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=3000)
    hit = page.list.model.hit_at(0)
    assert hit.id == her and hit.full_name == "María José Quispe Mamani"
    assert page.list.model.data(page.list.model.index(0, 1)) == "DNI 45678912"
    assert "People found: 1" in page.list.summary.text()
    search.clear()
    qtbot.keyClicks(search, "jose")
    qtbot.waitUntil(lambda: page.list.model.rowCount() >= 1
                    and page.list.model.hit_at(0).id == her, timeout=3000)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert page.list.table.hasFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.view, PersonView), timeout=3000)
    assert page.view.person_id == her
    qtbot.mouseClick(page.view.back_button, Qt.MouseButton.LeftButton)
    assert page.view is None and page.stack.currentWidget() is page.list


def test_opening_a_file_is_audited(qtbot, page, staff):
    her = register(staff)
    before = audits(staff, "person_opened")
    view = page.open_person(her)
    assert isinstance(view, PersonView)
    assert audits(staff, "person_opened") == before + 1
    view.reload()  # after a change made in the file: no second entry
    assert audits(staff, "person_opened") == before + 1


def test_header_shows_risk_as_icon_and_text(qtbot, page, staff):
    her = register(staff)
    view = page.open_person(her)
    assert view.risk_level.text() == "Not assessed"
    view.show_tab("risk")
    qtbot.mouseClick(view.findChild(type(view.back_button), "new_risk"),
                     Qt.MouseButton.LeftButton)
    dlg = view.dialog
    assert isinstance(dlg, RiskDialog)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # no level chosen
    assert "Choose the risk level" in dlg.fields["level"].error_text()
    dlg.level.setCurrentIndex(dlg.level.findData("severo"))
    dlg.types["physical"].setChecked(True)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.risk_level.text() == "Severe (severo)", timeout=3000)
    assert not view.risk_pic.pixmap().isNull()
    assert view.risk_table.rowCount() == 1
    assert view.risk_table.item(0, 1).text() == "Severe (severo)"
    assert not view.risk_table.item(0, 1).icon().isNull()
    assert page.list.model.hit_at(page.list.model.row_of(her)).risk_level == "severo"


def test_never_contact_is_impossible_to_miss(qtbot, page, staff):
    her = register(staff)
    with staff.db.write(staff.actor.user_id) as s:
        risk.add_emergency_contact(s, staff.actor, her, "Carmen Huamán", "hermana",
                                   "987123456")
        risk.add_emergency_contact(s, staff.actor, her, "Julio Rojas Paucar", "expareja",
                                   "912345678", never_contact=True)
    view = page.open_person(her)
    assert view.never_banner.isVisible()
    assert "NEVER CONTACT — aggressor: Julio Rojas Paucar" in view.never_banner.label.text()
    view.show_tab("contacts")
    labels = view.findChildren(type(view.name), "never_contact_label")
    assert len(labels) == 1
    label = labels[0]
    assert label.isVisible() and label.text() == "NEVER CONTACT — aggressor"
    assert label.font().bold()
    row = label.parentWidget()
    assert row.objectName() == "neverRow"
    names = [w.text() for w in row.findChildren(type(view.name), "contact_name")]
    assert names == ["Julio Rojas Paucar"]
    assert row.accessibleName().startswith("NEVER CONTACT")
    # the ordinary contact has no warning
    plain = [f for f in view.contact_rows if f.objectName() == "contactRow"]
    assert len(plain) == 1 and not plain[0].findChildren(type(view.name),
                                                         "never_contact_label")


def test_consent_withdrawal_keeps_the_history(qtbot, page, staff):
    her = register(staff)
    with staff.db.write(staff.actor.user_id) as s:
        consent.record_consent(s, staff.actor, her, "statistics", True)
    view = page.open_person(her)
    view.show_tab("consent")
    state = view.consent_rows["statistics"][1]
    assert state.text().startswith("✔ Given on")
    qtbot.mouseClick(view.consent_rows["statistics"][3], Qt.MouseButton.LeftButton)
    dlg = view.dialog
    assert dlg.decision.currentData() is False
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state.text().startswith("✖ Withdrawn on"), timeout=3000)
    assert view.consent_table.rowCount() == 2
    assert {view.consent_table.item(r, 2).text() for r in range(2)} == {"Given", "Withdrawn"}


def _pdf(qtbot, view, path: Path, institution="cem") -> PdfDialog:
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    assert isinstance(dlg, PdfDialog)
    dlg.institution.setCurrentIndex(dlg.institution.findData(institution))
    dlg.path.setText(str(path))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    return dlg


def test_pdf_with_consent_is_written(qtbot, page, staff, tmp_path):
    her = register(staff)
    with staff.db.write(staff.actor.user_id) as s:
        consent.record_consent(s, staff.actor, her, "share_institutions", True, ["cem"])
    view = page.open_person(her)
    before = audits(staff, "person_file_pdf")
    out = tmp_path / "ficha.pdf"
    dlg = _pdf(qtbot, view, out)
    assert "Women's Emergency Centre (CEM)" in dlg.covered.text()
    assert dlg.override.isHidden()  # staff cannot override
    qtbot.waitUntil(lambda: "PDF written" in view.message.text(), timeout=15000)
    assert out.read_bytes().startswith(b"%PDF")
    assert audits(staff, "person_file_pdf") == before + 1


def test_pdf_without_consent_is_refused(qtbot, page, staff, tmp_path):
    her = register(staff)
    view = page.open_person(her)
    out = tmp_path / "ficha.pdf"
    dlg = _pdf(qtbot, view, out, "police")
    assert "has not agreed" in dlg.covered.text()
    qtbot.waitUntil(lambda: "consent does not cover" in dlg.message.text(), timeout=15000)
    assert dlg.isVisible()
    assert not out.exists()
    assert audits(staff, "person_file_pdf") == 0


def test_admin_override_needs_a_reason_and_is_audited(qtbot, workspace, tmp_path):
    her = None
    workspace.add_user("educa2", "Rosa", ["staff"], "otra clave bastante larga")
    from clinic_desk.core.intake.people import register_person
    from clinic_desk.core.intake.validation import PersonInput
    from clinic_desk.core.users import actor_for, find
    with workspace.db.write(workspace.actor.user_id) as s:
        staff_actor = actor_for(find(s, "educa2"))
    with workspace.db.write(staff_actor.user_id) as s:
        her = register_person(s, staff_actor, PersonInput("Ana", "Quispe")).id
    page = PeoplePage(workspace)
    qtbot.addWidget(page)
    page.show()
    assert not page.list.register_button.isVisible()  # admins do not register people
    view = page.open_person(her)
    assert view.merge_button.isVisible()
    assert not view.findChild(type(view.back_button), "new_risk").isVisible()
    out = tmp_path / "urgente.pdf"
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    dlg.path.setText(str(out))
    assert dlg.override.isVisible()
    dlg.override.setChecked(True)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert "reason" in dlg.fields["override_reason"].error_text()
    dlg.reason.setText("Riesgo de feminicidio; la fiscal lo pide hoy")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PDF written" in view.message.text(), timeout=15000)
    assert out.exists()
    assert audits(workspace, "consent_override") == 1


def test_promoter_cannot_open_the_people_section(workspace, installation):
    workspace.add_user("promotora", "Rosa Huamán", ["promoter"], "botiquin de jicamarca 7")
    assert "people" in [s.key for s in visible_sections(workspace)]
    workspace.close()
    ws = installation.unlock("promotora", "botiquin de jicamarca 7")
    try:
        assert "people" not in [s.key for s in visible_sections(ws)]
    finally:
        ws.close()
    ws = installation.unlock("admin", ADMIN_PASSWORD)
    ws.close()


def test_staff_sees_the_section_and_it_is_the_people_page(qtbot, staff):
    from clinic_desk.ui.main_window import MainWindow

    window = MainWindow(staff, autolock_ms=60_000)
    qtbot.addWidget(window)
    assert "people" in window.section_keys()
    window.open_section("people")
    assert isinstance(window.stack.currentWidget(), PeoplePage)
    window.locker.stop()


def test_picker_emits_the_chosen_person(qtbot, staff):
    her = register(staff)
    picker = PersonPicker(staff)
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "quispe")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1, timeout=3000)
    assert picker.model.columnCount() == 3  # name, document, age only
    with qtbot.waitSignal(picker.person_selected, timeout=3000) as blocker:
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert blocker.args == [her]
    assert picker.selected_id() == her


def test_screens_render(qtbot, staff, tmp_path):
    written = render_people_screens(staff, tmp_path, people=30)
    names = {p.name for p in written}
    assert {"people-list.png", "people-intake-duplicate.png", "people-file.png",
            "people-file-contacts.png"} <= names
    assert all(p.stat().st_size > 10_000 for p in written)
    with staff.db.read() as s:
        assert s.scalar(select(m.Person).limit(1)) is not None
