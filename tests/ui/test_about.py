"""Help → About: versions, data folder, copy diagnostics without personal data, guide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from clinic_desk import __version__
from clinic_desk.core.installation import Installation
from clinic_desk.ui import about, messages
from clinic_desk.ui.about import AboutDialog, redact_path
from clinic_desk.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, FAST_KDF, SITE_NAME

SITE_CODE = "HUAYCAN-07"
FULL_NAME = "Ana Quispe Mamani"
USERNAME = "anaquispe"


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")


@pytest.fixture
def home_workspace(tmp_path: Path):
    """A data folder inside the (test) home folder, so the path shows "~"."""
    home = Path.home()
    assert str(home).startswith(str(tmp_path))  # conftest points HOME at tmp_path
    inst = Installation(home / "ClinicDesk" / "data", kdf=FAST_KDF)
    inst.initialize(SITE_CODE, SITE_NAME, USERNAME, FULL_NAME, ADMIN_PASSWORD)
    ws = inst.unlock(USERNAME, ADMIN_PASSWORD)
    yield ws
    if ws.actor is not None:
        ws.close()


def test_diagnostics_hold_the_version_and_no_personal_data(qtbot, home_workspace):
    dialog = AboutDialog(home_workspace)
    qtbot.addWidget(dialog)
    text = dialog.diagnostics_text()
    assert f"Clinic Desk {__version__}" in text
    for secret in (USERNAME, FULL_NAME, "Quispe", SITE_NAME, "Esperanza", SITE_CODE):
        assert secret.lower() not in text.lower()
    assert "data folder: ~/ClinicDesk/data" in text.replace("\\", "/")
    assert str(Path.home()) not in text
    for key in ("qt:", "pyside6:", "sqlcipher:", "database size:", "keyring:", "core dumps:"):
        assert key in text
    assert "sqlcipher: unknown" not in text

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    assert dialog.copied.isVisibleTo(dialog)


def test_dialog_shows_folder_size_keyring_and_versions(qtbot, home_workspace):
    dialog = AboutDialog(home_workspace)
    qtbot.addWidget(dialog)
    values = {k: v.text() for k, v in dialog.values.items()}
    assert values["version"] == __version__
    assert values["data_folder"].endswith("data")
    assert values["database_size"].endswith(("KB", "MB"))
    assert values["keyring"].startswith("Available")  # the in-memory test keyring
    assert values["core_dumps"]
    assert "SQLCipher" in values["libraries"] and "PySide6" in values["libraries"]


def test_redaction_replaces_home_and_login_name(monkeypatch):
    monkeypatch.setattr(about, "_login_name", lambda: "mariaq")
    home = Path.home()
    assert redact_path(home / "AppData" / "ClinicDesk") == str(Path("~/AppData/ClinicDesk"))
    assert redact_path("/srv/MariaQ/clinic") == "/srv/<user>/clinic"


def test_guide_missing_then_present(qtbot, home_workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(about, "guide_path", lambda: tmp_path / "missing.pdf")
    dialog = AboutDialog(home_workspace)
    qtbot.addWidget(dialog)
    assert dialog.guide_button.isHidden() and not dialog.guide_missing.isHidden()
    assert dialog.open_guide() is False
    assert "user guide installed: no" in dialog.diagnostics_text()

    pdf = tmp_path / "guia.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(about, "guide_path", lambda: pdf)
    opened = []
    monkeypatch.setattr(about.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    dialog = AboutDialog(home_workspace)
    qtbot.addWidget(dialog)
    assert not dialog.guide_button.isHidden()
    dialog.guide_button.click()
    assert opened == [str(pdf)]


def test_help_menu_opens_the_about_dialog(qtbot, workspace, monkeypatch):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(workspace, autolock_ms=600_000)
    qtbot.addWidget(window)
    window.about_action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], AboutDialog)
    window.locker.stop()
