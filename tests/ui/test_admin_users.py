"""Users tab, driven through real widgets: add, refuse bad input, roles, disable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from clinic_desk.core.errors import WrongCredentials
from clinic_desk.core.security.roles import Role
from clinic_desk.ui.admin import AdminPage
from clinic_desk.ui.admin.user_dialogs import AddUserDialog
from clinic_desk.ui.admin.users_model import UsersModel
from clinic_desk.ui.admin.users_view import UsersView
from tests.conftest import ADMIN_PASSWORD

NEW_PASSWORD = "cielo azul sobre huaycan"


@pytest.fixture
def view(qtbot, workspace):
    v = UsersView(workspace)
    qtbot.addWidget(v)
    v.resize(1100, 600)
    v.show()
    return v


def _tick(qtbot, box) -> None:
    """Click a check box on its indicator (its middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _closed(widget) -> bool:
    return not isValid(widget) or not widget.isVisible()


def _users(ws):
    return {u.username: u for u in ws.list_users()}


def _select(view, username):
    view.select_user(username)
    assert view.selected().username == username


def _fill_add_dialog(qtbot, dlg: AddUserDialog, username="rosa.quispe",
                     full_name="Rosa Quispe Mamani", roles=(Role.COUNSELLOR,),
                     password=NEW_PASSWORD, again=None):
    qtbot.keyClicks(dlg.username, username)
    qtbot.keyClicks(dlg.full_name, full_name)
    for role in roles:
        _tick(qtbot, dlg.roles.boxes[role])
    qtbot.keyClicks(dlg.password, password)
    qtbot.keyClicks(dlg.password_again, password if again is None else again)


def test_table_lists_users_with_translated_roles(view, workspace):
    assert view.model.rowCount() == 1
    idx = view.model.index(0, UsersModel.ROLES)
    assert view.model.data(idx) == "Administrator"
    assert view.model.data(view.model.index(0, UsersModel.STATUS)) == "Active"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "User name"


def test_add_user_through_the_dialog(qtbot, view, workspace, installation):
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    assert isinstance(dlg, AddUserDialog) and dlg.isVisible()
    _fill_add_dialog(qtbot, dlg, roles=(Role.COUNSELLOR, Role.STAFF))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "rosa.quispe" in _users(workspace), timeout=10000)
    qtbot.waitUntil(lambda: _closed(dlg), timeout=5000)

    user = _users(workspace)["rosa.quispe"]
    assert user.full_name == "Rosa Quispe Mamani"
    assert user.roles == {Role.COUNSELLOR, Role.STAFF}
    assert user.active
    row = view.model.row_of("rosa.quispe")
    assert row >= 0
    assert view.selected().username == "rosa.quispe"
    assert (view.model.data(view.model.index(row, UsersModel.ROLES))
            == "Counsellor (psychology, social work), Shelter staff")
    assert view.message.kind == "ok" and "rosa.quispe" in view.message.text()

    workspace.close()
    ws2 = installation.unlock("rosa.quispe", NEW_PASSWORD)
    try:
        assert ws2.actor.username == "rosa.quispe"
        assert ws2.actor.roles == {Role.COUNSELLOR, Role.STAFF}
    finally:
        ws2.close()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"password": "corta"}, "The password is too short: use at least 10 characters."),
        ({"password": "aaaaaaaaaaaa"},
         "The password is too easy to guess. Use a phrase of several words."),
        ({"again": "otra frase diferente"}, "The two passwords are not the same."),
        ({"roles": ()}, "Give the user at least one role."),
        ({"username": "admin"}, "There is already a user called admin."),
        ({"username": "Rosa Quispe"}, "A user name has 3 to 32 characters"),
        ({"full_name": "   "}, "The full name is required."),
    ],
)
def test_bad_input_shows_message_and_writes_nothing(qtbot, view, workspace, installation,
                                                    fields, message):
    before = workspace.list_users()
    slots_before = set(workspace.keyfile.slots)
    dlg = view.add_user()
    _fill_add_dialog(qtbot, dlg, **fields)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.message.kind == "error", timeout=10000)
    assert message in dlg.message.text()
    assert dlg.isVisible()  # nothing typed is lost
    assert dlg.buttons.isEnabled()
    assert workspace.list_users() == before
    assert set(workspace.keyfile.slots) == slots_before
    assert view.model.rowCount() == len(before)


def test_focus_goes_to_the_field_at_fault(qtbot, view):
    dlg = view.add_user()
    _fill_add_dialog(qtbot, dlg, password="corta")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.message.kind == "error", timeout=10000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.password, timeout=2000)


def test_change_roles(qtbot, view, workspace):
    workspace.add_user("carmen", "Carmen Huamán", [Role.STAFF], NEW_PASSWORD)
    view.refresh()
    _select(view, "carmen")
    qtbot.mouseClick(view.roles_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    assert dlg.roles.boxes[Role.STAFF].isChecked()
    _tick(qtbot, dlg.roles.boxes[Role.PROMOTER])
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dlg), timeout=3000)
    assert _users(workspace)["carmen"].roles == {Role.STAFF, Role.PROMOTER}
    row = view.model.row_of("carmen")
    assert (view.model.data(view.model.index(row, UsersModel.ROLES))
            == "Shelter staff, Health promoter")


def test_change_roles_refusals_are_shown(qtbot, view, workspace):
    _select(view, "admin")
    dlg = view.change_roles()
    _tick(qtbot, dlg.roles.boxes[Role.ADMIN])  # untick own admin
    _tick(qtbot, dlg.roles.boxes[Role.STAFF])
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.message.text() == "You cannot remove your own administrator role."
    assert dlg.isVisible()
    _tick(qtbot, dlg.roles.boxes[Role.STAFF])  # none ticked
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.message.text() == "Give the user at least one role."
    assert _users(workspace)["admin"].roles == {Role.ADMIN}


def test_disable_user_greys_and_labels_the_row(qtbot, view, workspace, installation):
    workspace.add_user("carmen", "Carmen Huamán", [Role.STAFF], NEW_PASSWORD)
    view.refresh()
    _select(view, "carmen")
    qtbot.mouseClick(view.disable_button, Qt.MouseButton.LeftButton)
    box = view.dialog
    assert box.isVisible() and "Carmen Huamán" in box.text()
    box.findChild(type(view.disable_button), "confirm_disable").click()
    qtbot.waitUntil(lambda: not _users(workspace)["carmen"].active, timeout=3000)
    row = view.model.row_of("carmen")
    status = view.model.index(row, UsersModel.STATUS)
    assert view.model.data(status) == "Disabled"
    grey = QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert view.model.data(status, Qt.ItemDataRole.ForegroundRole) == grey
    assert not view.disable_button.isEnabled()  # already disabled
    workspace.close()
    with pytest.raises(WrongCredentials):
        installation.unlock("carmen", NEW_PASSWORD)


def test_cancel_disable_changes_nothing(qtbot, view, workspace):
    workspace.add_user("carmen", "Carmen Huamán", [Role.STAFF], NEW_PASSWORD)
    view.refresh()
    _select(view, "carmen")
    box = view.disable_user()
    box.reject()
    assert _users(workspace)["carmen"].active


def test_admin_cannot_disable_themself(qtbot, view, workspace):
    _select(view, "admin")
    box = view.disable_user()
    box.findChild(type(view.disable_button), "confirm_disable").click()
    qtbot.waitUntil(lambda: view.message.kind == "error", timeout=3000)
    assert view.message.text() == "You cannot disable your own account."
    assert _users(workspace)["admin"].active


def test_set_password_enables_a_disabled_user(qtbot, view, workspace, installation):
    workspace.add_user("carmen", "Carmen Huamán", [Role.STAFF], NEW_PASSWORD)
    workspace.disable_user("carmen")
    view.refresh()
    _select(view, "carmen")
    qtbot.mouseClick(view.password_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    qtbot.keyClicks(dlg.password, "luna nueva en jicamarca")
    qtbot.keyClicks(dlg.password_again, "luna nueva en jicamarca")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _users(workspace)["carmen"].active, timeout=10000)
    qtbot.waitUntil(lambda: _closed(dlg), timeout=3000)
    workspace.close()
    ws2 = installation.unlock("carmen", "luna nueva en jicamarca")
    ws2.close()


def test_set_password_refuses_mismatch_and_weak(qtbot, view, workspace):
    _select(view, "admin")
    dlg = view.set_password()
    qtbot.keyClicks(dlg.password, "luna nueva en jicamarca")
    qtbot.keyClicks(dlg.password_again, "luna nueva")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.message.text() == "The two passwords are not the same."
    dlg.password.clear()
    dlg.password_again.clear()
    qtbot.keyClicks(dlg.password, "corta")
    qtbot.keyClicks(dlg.password_again, "corta")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "too short" in dlg.message.text(), timeout=10000)
    workspace.check_own_password(ADMIN_PASSWORD, audit_as=None)  # unchanged


def test_users_tab_only_for_user_managers(qtbot, workspace, installation):
    workspace.add_user("rosa.quispe", "Rosa Quispe", [Role.COUNSELLOR], NEW_PASSWORD)
    admin_page = AdminPage(workspace)
    qtbot.addWidget(admin_page)
    assert admin_page.tab_titles() == ["Users", "Audit log", "Security", "Settings"]
    workspace.close()
    ws2 = installation.unlock("rosa.quispe", NEW_PASSWORD)
    try:
        page = AdminPage(ws2)
        qtbot.addWidget(page)
        assert page.users is None and page.audit is None and page.settings is None
        assert page.tab_titles() == ["Security"]
    finally:
        ws2.close()


def test_keyboard_only_add_user(qtbot, view, workspace):
    """Tab order and mnemonics: the whole dialog works without a mouse."""
    dlg = view.add_user()
    dlg.activateWindow()
    dlg.username.setFocus()
    qtbot.keyClicks(dlg.username, "lucia.p")
    qtbot.keyClick(dlg.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dlg.focusWidget(), "Lucia Palomino")
    assert dlg.full_name.text() == "Lucia Palomino"
    qtbot.keyClick(dlg.full_name, Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.roles.boxes[Role.ADMIN]
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.roles.boxes[Role.PROMOTER]
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dlg.focusWidget(), NEW_PASSWORD)
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dlg.focusWidget(), NEW_PASSWORD)
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "lucia.p" in _users(workspace), timeout=10000)
    assert _users(workspace)["lucia.p"].roles == {Role.PROMOTER}
