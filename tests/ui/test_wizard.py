"""The first-run wizard, driven through its real widgets."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QPushButton, QWizard

from clinic_desk.core.installation import Installation
from clinic_desk.ui import messages
from clinic_desk.ui.app import Shell
from clinic_desk.ui.login import LoginWindow
from clinic_desk.ui.widgets import ClipboardGuard
from clinic_desk.ui.wizard import SetupWizard
from tests.conftest import ADMIN_PASSWORD, FAST_KDF

SITE_NAME = "Casa Refugio Esperanza"


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")
    yield
    messages.set_language("en")


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), f"{widget.text()!r} is disabled"
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QPushButton):
        # check boxes and radio buttons react on their box and text, at the left
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot, field, text: str) -> None:
    """Type like a user; QTest cannot synthesise accented keys, so insert those."""
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)


def make_wizard(qtbot, installation: Installation, language: str = "en") -> SetupWizard:
    wizard = SetupWizard(installation, language)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def fill_site(qtbot, wizard: SetupWizard, code: str = "HUAYCAN-01") -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    type_text(qtbot, wizard.site_page.code, code)
    type_text(qtbot, wizard.site_page.name, SITE_NAME)


def fill_admin(qtbot, wizard: SetupWizard, password: str = ADMIN_PASSWORD,
               confirm: str | None = None) -> None:
    page = wizard.admin_page
    assert page.username.text() == "admin"
    qtbot.keyClicks(page.full_name, "Ana Quispe")
    qtbot.keyClicks(page.password, password)
    qtbot.keyClicks(page.confirm, password if confirm is None else confirm)


def run_to_code(qtbot, wizard: SetupWizard) -> str:
    fill_site(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    fill_admin(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    return wizard.recovery_page.code.text()


def test_complete_wizard_creates_admin_and_shows_working_code(qtbot, installation):
    wizard = make_wizard(qtbot, installation)
    code = run_to_code(qtbot, wizard)
    assert code == wizard.result.recovery_code
    assert wizard.recovery_page.code.isVisible()
    assert wizard.recovery_page.keyring.text()  # keyring status said in plain words
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # until the user confirms writing it down
    wizard.reject()  # closing now is refused
    assert wizard.isVisible()
    click(qtbot, wizard.recovery_page.confirm)
    click(qtbot, finish)
    assert not wizard.isVisible()
    assert wizard.admin_page.password.text() == ""  # not kept in the widgets

    assert installation.state() == "ready"
    ws = installation.unlock("admin", ADMIN_PASSWORD)
    try:
        assert ws.site.code == "HUAYCAN-01" and ws.site.name == SITE_NAME
        assert [u.username for u in ws.list_users()] == ["admin"]
        assert ws.actor.full_name == "Ana Quispe"
    finally:
        ws.close()
    installation.recover("admin", code, "otra frase nueva bastante larga")
    installation.unlock("admin", "otra frase nueva bastante larga").close()


@pytest.mark.parametrize("code", ["HUAY CAN", "huaycán-01", "X", "HUAYCAN_01"])
def test_bad_site_code_is_refused_inline(qtbot, installation, code):
    wizard = make_wizard(qtbot, installation)
    fill_site(qtbot, wizard, code)
    page = wizard.site_page
    assert page.code_error.isVisible()
    assert "site code" in page.code_error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.code.clear()
    qtbot.keyClicks(page.code, "huaycan-01")  # lower case is fine: the core upper-cases it
    assert not page.code_error.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not installation.paths.root.exists()


def test_weak_or_mismatched_password_writes_nothing(qtbot, installation):
    wizard = make_wizard(qtbot, installation)
    fill_site(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.admin_page
    create = wizard.button(QWizard.WizardButton.CommitButton)

    fill_admin(qtbot, wizard, password="1234567890")
    assert page.password_hint.objectName() == "errorLabel"
    assert "too easy" in page.password_hint.text()
    assert not create.isEnabled()

    page.password.clear()
    page.confirm.clear()
    qtbot.keyClicks(page.password, "corta")
    assert "too short" in page.password_hint.text()
    assert not create.isEnabled()

    page.password.clear()
    qtbot.keyClicks(page.password, ADMIN_PASSWORD)
    qtbot.keyClicks(page.confirm, ADMIN_PASSWORD + "x")
    assert page.confirm_error.isVisible()
    assert not create.isEnabled()

    page.username.clear()
    type_text(qtbot, page.username, "Ana María")
    assert page.username_error.isVisible()
    assert not installation.paths.root.exists()
    assert not installation.paths.database.exists()


def test_copy_and_save_recovery_sheet(qtbot, installation, tmp_path, monkeypatch):
    wizard = make_wizard(qtbot, installation)
    code = run_to_code(qtbot, wizard)
    page = wizard.recovery_page
    click(qtbot, page.copy)
    assert QGuiApplication.clipboard().text() == code

    target = tmp_path / "out" / "hoja"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF documents (*.pdf)"))
    click(qtbot, page.save)
    pdf = target.with_name("hoja.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                              check=True).stdout.decode()
        assert code in text
    assert str(pdf) in page.status.text()
    page.confirm.setChecked(True)
    wizard.accept()


def test_clipboard_guard_clears_only_its_own_text(qtbot):
    guard = ClipboardGuard()
    clipboard = QGuiApplication.clipboard()
    guard.copy("SECRET-CODE", clear_after_ms=50)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    guard.copy("SECRET-CODE", clear_after_ms=50)
    clipboard.setText("something the user copied")
    qtbot.wait(150)
    assert clipboard.text() == "something the user copied"


def test_language_choice_applies_and_shell_opens_login(qtbot, data_dir: Path):
    installation = Installation(data_dir, kdf=FAST_KDF)
    shell = Shell(installation, "es")
    wizard = shell.start()
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    assert wizard.language_page.spanish.isChecked()
    assert messages.current_language() == "es"
    click(qtbot, wizard.language_page.english)
    assert wizard.language == "en" and messages.current_language() == "en"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    run_to_code(qtbot, wizard)
    wizard.recovery_page.confirm.setChecked(True)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    login = shell.login
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    assert login.username.text() == "admin"
    assert "HUAYCAN-01" in login.subtitle.text()
    assert json.loads(installation.paths.config.read_text()) == {"language": "en"}


def _backup_of_a_site(tmp_path: Path) -> tuple[Path, str]:
    from clinic_desk.core.exchange import backup

    old = Installation(tmp_path / "old-pc", kdf=FAST_KDF)
    code = old.initialize("HUAYCAN-01", SITE_NAME, "admin", "Ana Admin",
                          ADMIN_PASSWORD).recovery_code
    ws = old.unlock("admin", ADMIN_PASSWORD)
    try:
        (tmp_path / "usb").mkdir()
        made = backup.backup_to(ws, tmp_path / "usb")
    finally:
        ws.close()
    return made.path, code


def _answer_restore(qtbot, file: str, code: str, outcome: dict) -> None:
    """When the modal restore dialog is up: fill it in as a person would and press OK."""
    from PySide6.QtWidgets import QApplication

    from clinic_desk.ui.restore_dialog import RestoreBackupDialog

    def act() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, RestoreBackupDialog)
        type_text(qtbot, dlg.file, file)
        type_text(qtbot, dlg.code, code)
        click(qtbot, dlg.ok_button)
        outcome["message"] = dlg.message.text()
        if dlg.isVisible():
            dlg.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, act)


def test_a_new_computer_restores_a_backup_from_the_wizard(qtbot, tmp_path):
    path, code = _backup_of_a_site(tmp_path)
    installation = Installation(tmp_path / "new-pc", kdf=FAST_KDF)
    shell = Shell(installation, "en")
    wizard = shell.start()
    qtbot.addWidget(wizard)
    page = wizard.language_page
    assert page.restore_button.text() == "Restore a &backup…"
    # a wrong code: refused in the dialog, nothing written
    outcome: dict = {}
    _answer_restore(qtbot, str(path), "0000-0000-0000-0000-0000-0000", outcome)
    click(qtbot, page.restore_button)
    assert outcome["message"] and wizard.isVisible() and wizard.restored is None
    assert installation.state() != "ready"
    assert not installation.paths.database.exists()
    # the right code: the backup is checked and put in place, the login window opens
    outcome = {}
    _answer_restore(qtbot, str(path), code, outcome)
    click(qtbot, page.restore_button)
    assert outcome["message"] == ""
    assert wizard.restored is not None and wizard.restored.audit_entries > 0
    login = shell.login
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    assert installation.state() == "ready"
    # at the login window «Forgot your password?» with the same code sets a new one
    installation.recover("admin", code, "a new long passphrase 2026")
    ws = installation.unlock("admin", "a new long passphrase 2026")
    try:
        from sqlalchemy import select

        from clinic_desk.core.db.models import AuditEntry

        assert ws.site.code == "HUAYCAN-01"
        with ws.db.read() as s:
            assert "backup_restored" in set(s.scalars(select(AuditEntry.action)))
    finally:
        ws.close()


def test_the_restore_dialog_asks_for_what_is_missing(qtbot, tmp_path):
    from clinic_desk.ui.restore_dialog import RestoreBackupDialog

    installation = Installation(tmp_path / "new-pc", kdf=FAST_KDF)
    dlg = RestoreBackupDialog(installation)
    qtbot.addWidget(dlg)
    dlg.show()
    click(qtbot, dlg.ok_button)
    assert dlg.message.text() == "Choose the backup file." and dlg.isVisible()
    type_text(qtbot, dlg.file, str(tmp_path / "nowhere.cdbackup"))
    click(qtbot, dlg.ok_button)
    assert dlg.message.text() == "Type the recovery code."
    type_text(qtbot, dlg.code, "ABCD")
    click(qtbot, dlg.ok_button)
    assert "does not exist" in dlg.message.text() and dlg.restored is None
    assert installation.state() == "new"
