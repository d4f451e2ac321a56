"""The packaging files, checked without building: one version, icons that match the SVG,
a valid .desktop entry, an installer that never deletes data silently, and the hidden
self-test command working from the source tree."""

from __future__ import annotations

import configparser
import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from clinic_desk import __version__
from clinic_desk.cli import build_parser
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_version_from_pyproject():
    version = _load("version")
    with (ROOT / "pyproject.toml").open("rb") as fh:
        declared = tomllib.load(fh)["project"]["version"]
    assert version.project_version() == declared == __version__
    assert version.windows_version_tuple("1.2.3") == (1, 2, 3, 0)
    assert version.windows_version_tuple("2.0.0rc1+local") == (2, 0, 0, 1)
    assert '#define AppVersion "1.2.3"' in version.iss_text("1.2.3")


def test_icons_match_the_svg():
    names = {p.name for p in (PACKAGING / "icons").iterdir()}
    assert {f"clinic-desk-{s}.png" for s in (16, 24, 32, 48, 64, 128, 256, 512)} <= names
    assert "clinic-desk.ico" in names
    result = subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), "--check"],
                            capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, "run packaging/make_icons.py: " + result.stderr


def test_desktop_entry():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(PACKAGING / "clinic-desk.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "clinic-desk" and entry["Icon"] == "clinic-desk"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert "Name[es]" in entry or "GenericName[es]" in entry


def test_installer_is_spanish_and_keeps_data_unless_asked_twice():
    raw = (PACKAGING / "clinic-desk.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "keep the UTF-8 BOM (older Inno Setup 6)"
    text = raw.decode("utf-8-sig")
    assert 'MessagesFile: "compiler:Languages\\Spanish.isl"' in text
    assert 'Name: "desktopicon"' in text and "Flags: unchecked" in text
    code = text.split("[Code]", 1)[1]
    assert "UninstallSilent()" in code
    assert code.count("MB_DEFBUTTON2") == 2  # both questions default to "No"
    assert code.count("DelTree(") == 1
    before_delete = code.split("DelTree(", 1)[0]
    assert before_delete.count("<> IDYES then") == 2


def test_self_test_command_is_hidden():
    assert "self-test" not in build_parser().format_help()


def test_self_test_runs_from_the_source_tree(qapp, installation, setup_result, capsys):
    pytest.importorskip("clinic_desk.ui.self_test")
    from clinic_desk.ui import messages
    from clinic_desk.ui.self_test import run_self_test

    try:
        assert run_self_test(installation.paths.root, "admin", ADMIN_PASSWORD) == 0
    finally:
        messages.set_language("en")
    out = capsys.readouterr().out
    assert "ok sections: home" in out and "self-test passed" in out
    assert run_self_test(installation.paths.root, "admin", "wrong password, wrong") == 1
    assert "logging in failed" in capsys.readouterr().err
