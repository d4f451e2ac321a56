"""`clinic-desk self-test` (hidden from --help): prove that a built (frozen) program works.

It checks what a PyInstaller build most often loses — the Qt platform and SVG plugins,
the compiled translations (ours and Qt's), the stylesheet, the icons, the version
metadata — then logs in through the real login window on a data folder set up with
`clinic-desk init`, opens every section of the main window and closes cleanly.
One line per check on stdout; on a failure one sentence on stderr and exit code 1.
Used by tests/packaging/test_frozen.py; harmless to run from a source tree too.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader
from PySide6.QtWidgets import QApplication

from clinic_desk import __version__
from clinic_desk.resources import resources_dir, stylesheet_path, translation_path


class SelfTestFailed(Exception):
    pass


def _check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def _wait(app: QApplication, predicate: Callable[[], object], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


def _say(name: str, detail: str) -> None:
    print(f"ok {name}: {detail}", flush=True)


def _check_bundle(app: QApplication) -> None:
    frozen = bool(getattr(sys, "frozen", False))
    _say("version", f"{__version__} (frozen: {'yes' if frozen else 'no'})")
    _check(not __version__.startswith("0.0.0"), "the version metadata is missing.")
    _say("platform", QGuiApplication.platformName())
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    _check("svg" in formats, "the Qt SVG image format plugin is missing.")
    _say("image formats", ", ".join(sorted(formats)))
    icons = sorted((resources_dir() / "icons").glob("*.svg"))
    _check(icons, "no icons were found in the resources folder.")
    for path in icons:
        pixmap = QIcon(str(path)).pixmap(32, 32)
        _check(not pixmap.isNull(), f"the icon {path.name} does not render.")
    _say("icons", f"{len(icons)} SVG icons render")
    _check(stylesheet_path().is_file() and app.styleSheet(), "the stylesheet is missing.")
    _say("stylesheet", f"{len(app.styleSheet())} characters")
    catalogue = resources_dir() / "catalogue" / "essential_medicines.csv"
    _check(catalogue.is_file(), "the starter medicine catalogue is missing.")
    _say("catalogue", catalogue.name)
    from clinic_desk.ui import messages

    for lang in ("es", "en"):
        _check(translation_path(lang).is_file(), f"the compiled translation {lang} is missing.")
    messages.set_language("es")
    home = QCoreApplication.translate("Sections", "Home")
    _check(home != "Home", "the Spanish translation is not loaded.")
    # through variables, so lupdate does not copy Qt's own string into our .ts files:
    # "Cancel" must come from qtbase_es, or this check proves nothing
    qt_context, qt_text = "QPlatformTheme", "Cancel"
    cancel = QCoreApplication.translate(qt_context, qt_text)
    _check(cancel != "Cancel", "Qt's own Spanish translation (qtbase_es) is not loaded.")
    _say("translations", f"Home -> {home}, Cancel -> {cancel}")


def _check_gui(app: QApplication, data_dir: Path, username: str, password: str) -> None:
    from clinic_desk.core.installation import Installation
    from clinic_desk.ui.app import Shell

    installation = Installation(data_dir)
    state = installation.state()
    _check(state == "ready", f"the data folder is not set up (state: {state}); run init first.")
    shell = Shell(installation, "es")
    first = shell.start()
    _check(shell.login is not None and first is shell.login, "the login window did not open.")
    _check(_wait(app, first.isVisible, 10), "the login window is not shown.")
    _say("login window", first.windowTitle())
    started = time.monotonic()
    shell.login.fill(username, password)
    shell.login.submit()
    login = shell.login
    if not _wait(app, lambda: shell.main is not None or login.error.isVisible(), 60):
        raise SelfTestFailed("logging in took more than a minute.")
    _check(shell.main is not None, f"logging in failed: {login.error.text()}")
    main = shell.main
    _check(_wait(app, main.isVisible, 10), "the main window is not shown.")
    _say("login", f"{username} in {time.monotonic() - started:.2f} s")
    try:
        keys = main.section_keys()
        _check(keys, "the main window has no sections.")
        for key in keys:
            main.open_section(key)
            app.processEvents()
            page = main.pages.get(key)
            _check(main.current_key() == key and page is not None
                   and main.stack.currentWidget() is page, f"the section {key} did not open.")
            _wait(app, lambda: False, 0.05)  # let the page paint and run its first timers
        _say("sections", ", ".join(keys))
    finally:
        main.close()
        _wait(app, lambda: shell.workspace is None, 10)
    _check(shell.workspace is None, "the workspace was not closed with the main window.")
    _say("logout", "main window closed, data folder released")


def run_self_test(data_dir: Path, username: str, password: str) -> int:
    from clinic_desk.ui.app import _tear_down, create_application
    from clinic_desk.ui.widgets import clipboard_guard

    started = time.monotonic()
    app = create_application()
    try:
        _check_bundle(app)
        _check_gui(app, Path(data_dir), username, password)
    except SelfTestFailed as exc:
        print(f"clinic-desk: self-test failed: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        clipboard_guard().clear_if_ours()
        _tear_down(app)
    print(f"self-test passed in {time.monotonic() - started:.2f} s", flush=True)
    return 0
