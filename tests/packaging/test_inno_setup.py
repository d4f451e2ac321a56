"""The Windows installer, checked on Linux: compile packaging/clinic-desk.iss with the real
Inno Setup compiler (ISCC.exe 6.3.1 from the npm package `innosetup-compiler`) under wine,
then install the setup program silently into a fresh wine prefix, look at what landed,
and uninstall it silently: the program and its start-menu entries go, the data folder
(%LOCALAPPDATA%\\ClinicDesk, where clinic_desk.core.paths keeps the data on Windows) stays.

The program inside is a stand-in (a tiny folder with a placeholder clinic-desk.exe laid out
like the PyInstaller one-folder build): this checks the installer, not the Windows build.

The last test answers the uninstaller's questions as a person would, in a virtual X display
(Xvfb, keys sent with xdotool): "No" by default keeps the data, only "Sí" twice deletes it.

Needs `wine` able to run 32-bit programs (Debian: wine + wine64 + wine32:i386) and ISCC.exe:
CLINIC_DESK_ISCC=/path/to/ISCC.exe, or the npm package installed with
    npm install --prefix build/innosetup innosetup-compiler@6.3.1
(and `Xvfb` and `xdotool` for the last test).
Skipped with the reason when one is missing; CLINIC_DESK_TEST_INSTALLER=1 makes that a
failure (for CI). See packaging/README.md "Checking the installer on Linux".
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
KNOWN_ISCC = ROOT / "build/innosetup/node_modules/innosetup-compiler/bin/ISCC.exe"
APP_ID_KEY = ("HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
              "{6F2B7C1E-3D4A-4E8B-9C21-5A7D0E4F9B13}_is1")
START_MENU_ENTRIES = {"Clinic Desk.lnk", "Clinic Desk (datos de prueba).lnk",
                      "Desinstalar Clinic Desk.lnk"}

REQUIRED = os.environ.get("CLINIC_DESK_TEST_INSTALLER") == "1"
ISCC = Path(os.environ.get("CLINIC_DESK_ISCC") or KNOWN_ISCC)
WINE = shutil.which("wine")


def _why_skip() -> str | None:
    if WINE is None:
        return "wine is not installed (Debian: wine wine64 wine32:i386)"
    if not ISCC.is_file():
        return (f"no Inno Setup compiler at {ISCC}: set CLINIC_DESK_ISCC or run "
                "`npm install --prefix build/innosetup innosetup-compiler@6.3.1`")
    return None


SKIP = None if REQUIRED else _why_skip()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(SKIP is not None, reason=SKIP or "")]


def _skip_or_fail(reason: str):
    if REQUIRED:
        pytest.fail(reason)
    pytest.skip(reason)


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


@dataclass
class Wine:
    """One wine prefix in a temporary folder, headless (no X server: wine's null driver)."""

    prefix: Path
    env: dict[str, str]

    @classmethod
    def create(cls, base: Path) -> Wine:
        home = base / "home"
        home.mkdir(parents=True)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("WINE", "DISPLAY", "WAYLAND"))}
        env.update({"WINEPREFIX": str(base / "prefix"), "WINEDEBUG": "-all",
                    "WINEARCH": "win64", "HOME": str(home), "LC_ALL": "C.UTF-8",
                    # no wine-mono / wine-gecko: nothing here needs .NET or a browser
                    "WINEDLLOVERRIDES": "mscoree,mshtml="})
        wine = cls(base / "prefix", env)
        wine.run("wineboot", "--init", timeout=300, wait_all=True)
        # Windows 10 (MinVersion=10.0) and the null display driver (Setup creates windows
        # even when silent; without a driver it stops with "Call not implemented").
        wine.run("winecfg", "-v", "win10")
        wine.set_display_driver("null")
        return wine

    def set_display_driver(self, driver: str) -> None:
        """"null" (no windows to see) or "x11" (windows on $DISPLAY)."""
        self.run("reg", "add", "HKCU\\Software\\Wine\\Drivers", "/v", "Graphics",
                 "/d", driver, "/f", wait_all=True)

    def run(self, *args: str, timeout: float = 180,
            wait_all: bool = False) -> subprocess.CompletedProcess:
        """Run a program; with wait_all, also wait until every process of the prefix has
        ended (the uninstaller hands over to a copy of itself and returns at once)."""
        result = subprocess.run([WINE, *args], env=self.env, capture_output=True, text=True,
                                encoding="utf-8", errors="replace", timeout=timeout)
        if wait_all:
            subprocess.run(["wineserver", "-w"], env=self.env, timeout=timeout)
        return result

    def unix(self, windows_path: str) -> Path:
        """C:\\x\\y -> <prefix>/drive_c/x/y (the default drive mapping of a new prefix)."""
        p = PureWindowsPath(windows_path)
        assert p.drive.upper() == "C:", windows_path
        return self.prefix / "drive_c" / Path(*p.parts[1:])

    def expand(self, variable: str) -> str:
        out = self.run("cmd", "/c", f"echo %{variable}%").stdout.strip()
        assert out and "%" not in out, f"{variable}: {out!r}"
        return out

    def registry(self, key: str) -> dict[str, str]:
        """The values of a registry key (64-bit view); {} when there is no such key."""
        result = self.run("reg", "query", key, "/reg:64")
        return dict(re.findall(r"^ {4}(\S.*?) {4}REG_\w+ {4}(.*?)\r?$", result.stdout, re.M))

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)


def windows(path: Path) -> str:
    """A Linux path as wine sees it (Z: is / in a new prefix)."""
    return "Z:" + str(path).replace("/", "\\")


def fake_bundle(dist: Path) -> Path:
    """A stand-in for dist/clinic-desk (PyInstaller one-folder, Windows): the two programs
    and a few files in _internal/. The .exe are placeholders, never started here."""
    bundle = dist / "clinic-desk"
    files = {
        "clinic-desk.exe": b"MZ placeholder: the windowed program",
        "clinic-desk-cli.exe": b"MZ placeholder: the console program",
        "_internal/base_library.zip": b"PK\x05\x06" + bytes(18),
        "_internal/clinic_desk/core/db/migrations/env.py": b"# alembic env\n",
        "_internal/PySide6/plugins/platforms/qwindows.dll": b"MZ placeholder",
        "_internal/i18n/clinic_desk_es.qm": b"qm",
    }
    for name, content in files.items():
        path = bundle / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return bundle


@dataclass
class Compiled:
    wine: Wine
    setup: Path
    output: str
    tree: Path


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory):
    """The project's layout in a temporary folder (packaging/ with the script and the icon,
    build/version.iss written by packaging/version.py as the spec does, dist/clinic-desk),
    compiled with ISCC using the script's own defaults for every path."""
    if SKIP is None and (WINE is None or not ISCC.is_file()):
        pytest.fail(_why_skip() or "")
    base = tmp_path_factory.mktemp("inno")
    tree = base / "tree"
    (tree / "packaging").mkdir(parents=True)
    shutil.copy2(PACKAGING / "clinic-desk.iss", tree / "packaging")
    shutil.copytree(PACKAGING / "icons", tree / "packaging" / "icons")
    subprocess.run([sys.executable, str(PACKAGING / "version.py"),
                    "--iss", str(tree / "build" / "version.iss")], check=True,
                   capture_output=True, timeout=60)
    fake_bundle(tree / "dist")

    wine = Wine.create(base / "wine")
    try:
        result = wine.run(str(ISCC), windows(tree / "packaging" / "clinic-desk.iss"),
                          timeout=600)
        output = result.stdout + result.stderr
        if "Inno Setup 6 Command-Line Compiler" not in output:
            _skip_or_fail("wine did not run ISCC.exe (a 32-bit program): install wine32:i386 "
                          f"(exit {result.returncode}, output {output[-500:]!r})")
        assert result.returncode == 0, output
        yield Compiled(wine, tree / "dist" / f"clinic-desk-{project_version()}-setup.exe",
                       output, tree)
    finally:
        wine.stop()


def test_compiles_without_warnings_into_a_windows_program(compiled):
    assert "Successful compile" in compiled.output
    assert "Compiler engine version: Inno Setup 6." in compiled.output
    warnings = [line for line in compiled.output.splitlines() if line.startswith("Warning")]
    assert warnings == []
    # the Spanish messages file, and the version from pyproject.toml through build/version.iss
    assert re.search(r"Reading file: .*\\Languages\\Spanish\.isl", compiled.output)
    assert re.search(r"Including file: .*\\build\\version\.iss", compiled.output)
    assert compiled.setup.is_file(), compiled.output[-2000:]
    data = compiled.setup.read_bytes()
    assert data[:2] == b"MZ"
    (pe_offset,) = struct.unpack_from("<I", data, 0x3C)
    assert data[pe_offset:pe_offset + 4] == b"PE\0\0"
    # Inno Setup's loader and wizard alone are ~1.5 MiB; the stand-in adds almost nothing.
    assert 1_000_000 < len(data) < 5_000_000, len(data)


def test_compile_stops_without_a_build(compiled, tmp_path):
    """No dist/clinic-desk (or no build/version.iss): a clear error, not an empty setup."""
    script = windows(compiled.tree / "packaging" / "clinic-desk.iss")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = compiled.wine.run(str(ISCC), "/Q", f"/DBundleDir={windows(empty)}",
                               f"/O{windows(tmp_path)}", script)
    assert result.returncode != 0
    assert "clinic-desk.exe is not in the bundle folder" in result.stdout + result.stderr
    version_iss = compiled.tree / "build" / "version.iss"
    saved = version_iss.read_bytes()
    version_iss.unlink()
    try:
        result = compiled.wine.run(str(ISCC), "/Q", f"/O{windows(tmp_path)}", script)
    finally:
        version_iss.write_bytes(saved)
    assert result.returncode != 0
    assert "build\\version.iss is missing" in result.stdout + result.stderr
    assert not list(tmp_path.glob("*.exe"))


@dataclass
class Installed:
    wine: Wine
    app: Path
    group: Path
    data: Path
    data_file: Path
    data_windows: str
    log: str


@pytest.fixture(scope="module")
def installed(compiled):
    """A silent install "for all users" (/ALLUSERS). The default per-user mode cannot be run
    under wine 8: its {autopf} is FOLDERID_UserProgramFiles, which wine does not implement
    ("Failed to expand shell folder constant autopf")."""
    wine = compiled.wine
    data_windows = wine.expand("LOCALAPPDATA") + "\\ClinicDesk"
    data = wine.unix(data_windows)
    (data / "backups").mkdir(parents=True)
    data_file = data / "clinic-desk.db"
    data_file.write_bytes(b"encrypted data that must survive")
    (data / "backups" / "copy-1.db").write_bytes(b"a safety copy")
    log = compiled.tree / "install.log"
    result = wine.run(str(compiled.setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
                      "/ALLUSERS", f"/LOG={windows(log)}", timeout=300, wait_all=True)
    text = log.read_text("utf-8-sig", errors="replace") if log.exists() else ""
    assert result.returncode == 0, text[-3000:] or result.stderr
    app = wine.unix(re.search(r"Directory for uninstall files: (.+)", text).group(1).strip())
    links = [wine.unix(m.strip()) for m in re.findall(r"Dest filename: (.+\.lnk)", text)]
    assert links, text
    yield Installed(wine, app, links[0].parent, data, data_file, data_windows, text)


def test_silent_install_lays_out_the_program_and_the_start_menu(installed):
    assert "Installation process succeeded." in installed.log
    assert (installed.app / "clinic-desk.exe").is_file()
    assert (installed.app / "clinic-desk-cli.exe").is_file()
    assert (installed.app / "_internal" / "clinic_desk" / "core" / "db" / "migrations"
            / "env.py").is_file()
    assert (installed.app / "unins000.exe").read_bytes()[:2] == b"MZ"
    # the start-menu folder "Clinic Desk", with the program, the demo and the uninstaller
    assert installed.group.name == "Clinic Desk"
    assert installed.group.parent.name == "Programs"
    assert {p.name for p in installed.group.iterdir()} == START_MENU_ENTRIES
    main = (installed.group / "Clinic Desk.lnk").read_bytes()
    assert b"Clinic Desk\\clinic-desk.exe" in main
    demo = (installed.group / "Clinic Desk (datos de prueba).lnk").read_bytes()
    assert "--demo".encode("utf-16-le") in demo
    assert b"unins000.exe" in (installed.group / "Desinstalar Clinic Desk.lnk").read_bytes()
    # no desktop shortcut unless the box is ticked
    assert "Desktop" not in "".join(re.findall(r"Dest filename: (.+\.lnk)", installed.log))
    # Windows' list of programs: the version from pyproject.toml, Spanish
    entry = installed.wine.registry(APP_ID_KEY)
    assert entry["DisplayVersion"] == project_version()
    assert entry["DisplayName"] == "Clinic Desk"
    assert entry["Inno Setup: Language"] == "spanish"
    assert entry["UninstallString"].endswith('Clinic Desk\\unins000.exe"')
    assert installed.data_file.read_bytes() == b"encrypted data that must survive"


def test_silent_uninstall_removes_the_program_and_keeps_the_data(installed, tmp_path):
    wine = installed.wine
    log = tmp_path / "uninstall.log"
    result = wine.run(windows(installed.app / "unins000.exe"), "/VERYSILENT",
                      "/SUPPRESSMSGBOXES", "/NORESTART", f"/LOG={windows(log)}", timeout=300,
                      wait_all=True)
    text = log.read_text("utf-8-sig", errors="replace")
    assert result.returncode == 0, text
    assert "Uninstallation process succeeded." in text
    assert not installed.app.exists(), list(installed.app.rglob("*"))
    assert not installed.group.exists()
    assert wine.registry(APP_ID_KEY) == {}
    # the data folder, untouched (our [Code] logs why)
    assert f"Silent uninstall: the data folder {installed.data_windows} is kept" in text
    assert installed.data_file.read_bytes() == b"encrypted data that must survive"
    assert (installed.data / "backups" / "copy-1.db").read_bytes() == b"a safety copy"


# -- the questions of an interactive uninstall, answered with keys in a virtual display --

YES = "y"  # the accelerator of wine's (English) "&Yes"; Windows shows "Sí"
DEFAULT = "Return"  # the focused button, which must be "No" for both of our questions


@pytest.fixture(scope="module")
def gui_wine(compiled, tmp_path_factory):
    """The same prefix, drawing its windows on a private Xvfb display."""
    missing = [name for name in ("Xvfb", "xdotool") if shutil.which(name) is None]
    if missing:
        _skip_or_fail(f"{' and '.join(missing)} not installed (Debian: xvfb xdotool)")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x768x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        number = fh.readline().strip()
    wine = Wine(compiled.wine.prefix, {**compiled.wine.env, "DISPLAY": f":{number}"})
    try:
        assert number.isdigit(), "Xvfb did not start"
        wine.set_display_driver("x11")
        yield wine
    finally:
        wine.stop()
        compiled.wine.set_display_driver("null")
        compiled.wine.stop()
        xvfb.terminate()
        xvfb.wait(timeout=30)


def _wait_for(condition, what: str, timeout: float = 90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _read(log: Path) -> str:
    return log.read_text("utf-8-sig", errors="replace") if log.exists() else ""


def _press(wine: Wine, key: str) -> None:
    """A key to the uninstaller's visible message box (its title is "Desinstalar")."""
    def window():
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Desinstalar$"],
                               env=wine.env, capture_output=True, text=True, timeout=30)
        return found.stdout.split()
    (window_id, *_) = _wait_for(window, "the uninstaller's message box")
    subprocess.run(["xdotool", "key", "--window", window_id, key], env=wine.env,
                   capture_output=True, timeout=30)


def uninstall_answering(wine: Wine, app_windows: str, log: Path, keys: list[str]) -> str:
    """Run the uninstaller (not silent), answer its message boxes with `keys` in turn, then
    OK to whatever message follows; return its log (Inno Setup logs every message box, its
    text and the answer)."""
    subprocess.Popen([WINE, app_windows + "\\unins000.exe", f"/LOG={windows(log)}"],
                     env=wine.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    asked = 0
    while True:
        # the next message box, or the end
        _wait_for(lambda n=asked: (_read(log).count("Message box") > n
                                   or "Log closed." in _read(log)), f"message box {asked + 1}")
        if "Log closed." in _read(log):
            break
        assert asked < len(keys) + 3, _read(log)
        key = keys[asked] if asked < len(keys) else DEFAULT  # past our answers: OK
        asked += 1
        _press(wine, key)
        _wait_for(lambda n=asked: _read(log).count("User chose") >= n, f"answer {asked}")
    subprocess.run(["wineserver", "-w"], env=wine.env, timeout=180)
    return _read(log)


@pytest.mark.parametrize(("keys", "answers", "kept"), [
    ([YES, DEFAULT], ["Yes", "No"], True),           # uninstall: Sí; delete the data? Enter
    ([YES, YES, DEFAULT], ["Yes", "Yes", "No"], True),  # sure? Enter
    ([YES, YES, YES], ["Yes", "Yes", "Yes"], False),    # Sí, Sí: deleted
], ids=["enter-keeps", "si-then-enter-keeps", "si-si-deletes"])
def test_uninstall_deletes_the_data_only_after_two_yes(gui_wine, compiled, tmp_path, keys,
                                                       answers, kept):
    wine = gui_wine
    data_windows = wine.expand("LOCALAPPDATA") + "\\ClinicDesk"
    data = wine.unix(data_windows)
    data.mkdir(parents=True, exist_ok=True)
    (data / "clinic-desk.db").write_bytes(b"encrypted data")
    install_log = tmp_path / "install.log"
    result = wine.run(str(compiled.setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
                      "/ALLUSERS", f"/LOG={windows(install_log)}", timeout=300, wait_all=True)
    assert result.returncode == 0, _read(install_log)[-2000:]
    app = re.search(r"Directory for uninstall files: (.+)", _read(install_log)).group(1).strip()

    text = uninstall_answering(wine, app, tmp_path / "uninstall.log", keys)

    chosen = re.findall(r"User chose (\w+)\.", text)
    assert chosen[:len(answers)] == answers, text
    assert "Uninstallation process succeeded." in text
    assert not wine.unix(app).exists()
    boxes = text.split("Message box")
    assert "desinstalar completamente Clinic Desk" in boxes[1]  # Inno Setup's, from Spanish.isl
    assert "Sus datos se CONSERVAN en:" in boxes[2] and data_windows in boxes[2]
    assert "¿Quiere BORRAR también estos datos?" in boxes[2]  # accents survive the compiler
    if len(answers) > 2:
        assert "Se borrarán para siempre" in boxes[3] and "¿Está segura" in boxes[3]
    assert data.exists() is kept
    if kept:
        assert (data / "clinic-desk.db").read_bytes() == b"encrypted data"
    else:
        assert "Los datos de Clinic Desk fueron borrados." in text
