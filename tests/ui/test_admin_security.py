"""Security tab (plain words) and Settings tab (saved, audited, refused when bad)."""

from __future__ import annotations

import json

import keyring
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.installation import Installation
from clinic_desk.core.security import status
from clinic_desk.ui.admin import AdminPage, render_admin_screens
from clinic_desk.ui.admin.security_view import SecurityView
from clinic_desk.ui.admin.settings_view import SettingsView
from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from tests.memory_keyring import NoKeyring


@pytest.fixture
def security(qtbot, workspace):
    v = SecurityView(workspace)
    qtbot.addWidget(v)
    return v


@pytest.fixture
def settings_view(qtbot, workspace):
    v = SettingsView(workspace)
    qtbot.addWidget(v)
    v.show()
    return v


def _audit(ws, action):
    with ws.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                         .order_by(AuditEntry.seq)).all()
        return [(r.target, json.loads(r.detail)) for r in rows]


def test_keyring_available_in_plain_words(security):
    text = security.text("keyring")
    assert text.startswith("Available: MemoryKeyring")
    assert "Passwords are combined with a secret kept in this PC's key store" in text
    assert security.text("slots").startswith("Combined with this PC's key store")
    assert security.text("backup").startswith("Never")
    assert security.text("autolock").startswith("After 5 minutes without use")


def test_no_keyring_in_plain_words(qtbot, tmp_path):
    keyring.set_keyring(NoKeyring())  # the autouse fixture restores the previous one
    inst = Installation(tmp_path / "nokeyring", kdf=FAST_KDF)
    inst.initialize("ESPERANZA-02", "Casa", "admin", "Ana Admin", ADMIN_PASSWORD)
    ws = inst.unlock("admin", ADMIN_PASSWORD)
    try:
        v = SecurityView(ws)
        qtbot.addWidget(v)
        assert v.text("keyring") == (
            "Not available No key store works on this PC: the database is protected by "
            "passwords alone. Keep the recovery sheet safe.")
        assert v.text("slots").startswith("Protected by the passwords alone")
    finally:
        ws.close()


@pytest.mark.parametrize(("state", "word"), [
    (status.CORE_DUMPS_DISABLED, "Disabled"),
    (status.CORE_DUMPS_ALLOWED, "Allowed"),
    (status.CORE_DUMPS_NOT_APPLICABLE, "Not applicable"),
])
def test_core_dump_status(qtbot, workspace, monkeypatch, state, word):
    monkeypatch.setattr(status, "core_dump_state", lambda: state)
    v = SecurityView(workspace)
    qtbot.addWidget(v)
    assert v.values["core_dumps"][0].text() == word


def test_settings_show_current_values(settings_view):
    assert settings_view.autolock.value() == 5
    assert settings_view.language.currentData() == "es"
    assert settings_view.reminder.value() == 7
    assert not settings_view.save_button.isEnabled()  # nothing to save yet


def test_settings_change_persists_and_is_audited(qtbot, settings_view, workspace):
    emitted = []
    settings_view.changed.connect(lambda k, v: emitted.append((k, v)))
    settings_view.autolock.selectAll()
    qtbot.keyClicks(settings_view.autolock, "12")
    settings_view.language.setCurrentIndex(settings_view.language.findData("en"))
    assert settings_view.save_button.isEnabled()
    qtbot.mouseClick(settings_view.save_button, Qt.MouseButton.LeftButton)
    assert settings_view.message.kind == "ok"
    assert workspace.setting("autolock_minutes") == 12
    assert workspace.setting("language") == "en"
    assert workspace.setting("backup_reminder_days") == 7
    changes = _audit(workspace, "setting_changed")
    assert ("autolock_minutes", {"old": 5, "new": 12}) in changes
    assert ("language", {"old": "es", "new": "en"}) in changes
    assert len(changes) == 2  # unchanged settings are not written
    assert sorted(emitted) == [("autolock_minutes", 12), ("language", "en")]
    assert not settings_view.save_button.isEnabled()


def test_bad_setting_value_shows_message_and_saves_nothing(qtbot, settings_view, workspace):
    settings_view.reminder.setValue(30)
    settings_view.autolock.setMinimum(0)  # what the spin box normally prevents
    settings_view.autolock.setValue(0)
    qtbot.mouseClick(settings_view.save_button, Qt.MouseButton.LeftButton)
    assert settings_view.message.kind == "error"
    assert settings_view.message.text() == "Auto-lock must be between 1 and 60 minutes."
    assert workspace.setting("autolock_minutes") == 5
    assert workspace.setting("backup_reminder_days") == 7  # all or nothing
    assert _audit(workspace, "setting_changed") == []


def test_undo_changes(qtbot, settings_view, workspace):
    settings_view.reminder.setValue(30)
    qtbot.mouseClick(settings_view.revert_button, Qt.MouseButton.LeftButton)
    assert settings_view.reminder.value() == 7
    assert not settings_view.save_button.isEnabled()


def test_page_passes_setting_changes_on(qtbot, workspace):
    page = AdminPage(workspace)
    qtbot.addWidget(page)
    seen = []
    page.settingsChanged.connect(lambda k, v: seen.append((k, v)))
    page.settings.autolock.setValue(15)
    page.settings.save()
    assert seen == [("autolock_minutes", 15)]
    assert page.security.text("autolock").startswith("After 15 minutes without use")


def test_render_admin_screens(qtbot, workspace, tmp_path):
    paths = render_admin_screens(workspace, tmp_path / "shots")
    names = sorted(p.name for p in paths)
    assert names == ["admin-audit-verified.png", "admin-audit.png", "admin-security.png",
                     "admin-settings.png", "admin-users-add-dialog.png", "admin-users.png"]
    assert all(p.stat().st_size > 5000 for p in paths)
