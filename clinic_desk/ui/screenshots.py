"""Render every main screen of the application to PNG files, offscreen, on demo data,
in Spanish and in English:

    python -m clinic_desk.ui.screenshots OUTDIR          (make screenshots)

writes OUTDIR/es/NAME.png and OUTDIR/en/NAME.png for every NAME in `SHOTS`. The user
guides (docs/guia/guia.md, docs/guide/guide.md) show these files, so they never go
stale; `make guide` renders them, then builds the PDFs (docs/build_guide.py).

Uses temporary data folders, an in-memory keyring and cheap KDF settings: it never
touches the real keyring or the real data folder. The pictures show what a user's PC
shows, though: every temporary folder of a run lies under one root, and the screens
write a data folder there as the installed program's (C:\\Users\\…\\ClinicDesk), any
other folder as a USB stick (E:\\), and the in-memory keyring as Windows' key store
(clinic_desk/ui/display.py). One screen group that fails is reported and skipped; the
others are still rendered (the exit status is then 1)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path, PureWindowsPath

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

SIZE = (1366, 768)
PASSWORD = "una frase de prueba larga"
LANGUAGES = ("es", "en")
# what the screens show for the run's temporary folders and keyring (see the docstring)
SHOWN_DATA_FOLDER = r"C:\Users\Coordinacion\AppData\Local\ClinicDesk"
SHOWN_USB = "E:\\"
SHOWN_KEY_STORE = "keyring.backends.Windows.WinVaultKeyring"

# Every screenshot, by group, as the file name without ".png". The guides may show only
# these (tests/unit/test_guide.py checks it); a render that no longer writes one of them
# is reported as missing.
SHOTS: dict[str, tuple[str, ...]] = {
    "wizard": ("wizard-1-language", "wizard-2-site", "wizard-2-site-error", "wizard-3-admin",
               "wizard-4-recovery"),
    "login": ("login", "login-error", "login-demo", "login-recovery"),
    "lock": ("main-window", "lock", "quick-hide"),
    "home": ("home-admin", "home-counsellor", "home-staff", "home-promoter", "about"),
    "people": ("people-list", "people-list-empty", "people-intake-duplicate",
               "people-intake-errors", "people-file", "people-file-risk",
               "people-file-contacts"),
    "sessions": ("sessions-agenda", "sessions-list", "sessions-case", "sessions-community",
                 "sessions-editor-draft", "sessions-editor-signed"),
    "shelter": ("shelter-board", "shelter-admit", "shelter-occupancy-p1"),
    "inventory": ("inventory-stock", "inventory-dispense-dialog",
                  "inventory-dispense-dialog-refused", "inventory-stocktake",
                  "inventory-stocktake-recount", "inventory-stock-card", "inventory-monthly"),
    "exchange": ("exchange-export-preview", "exchange-export-written",
                 "exchange-import-report", "exchange-conflicts", "exchange-backups",
                 "exchange-keys"),
    "admin": ("admin-users", "admin-users-add-dialog", "admin-audit", "admin-audit-verified",
              "admin-security", "admin-settings"),
    "setup": ("shelter-rooms", "inventory-catalogue", "inventory-locations"),
    "reports": ("exchange-stats", "main-backup-reminder", "exchange-import-gap",
                "exchange-import-report-pdf"),
}
SCREEN_NAMES: frozenset[str] = frozenset(f"{n}.png" for names in SHOTS.values() for n in names)


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise PasswordDeleteError("not found") from None


def shown_path(root: Path) -> Callable[[Path], str | None]:
    """How the screens write a path under the run's root: inside a data folder (one
    holding keys.json) as the installed program's data folder; anything else as a USB
    stick, whose root is the first folder under `root` (or under root/tmp, where the
    run's temporary folders go)."""
    def shown(path: Path) -> str | None:
        try:
            parts = path.relative_to(root).parts
        except ValueError:
            return None
        for i in range(len(parts), 0, -1):
            if (root.joinpath(*parts[:i]) / "keys.json").is_file():
                return str(PureWindowsPath(SHOWN_DATA_FOLDER, *parts[i:]))
        stick = 2 if parts[:1] == ("tmp",) else 1
        return str(PureWindowsPath(SHOWN_USB, *parts[stick:]))
    return shown


def _settle(app: object, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def _wait(app: object, predicate: object, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not predicate() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)
    if not predicate():  # type: ignore[operator]
        raise RuntimeError("timed out while preparing a screenshot")


class _Run:
    """One language's rendering: the output folder, a demo installation, helpers."""

    def __init__(self, app: object, lang: str, out: Path, tmp: Path) -> None:
        from clinic_desk.core.security.kdf import KdfParams

        self.app = app
        self.lang = lang
        self.out = out
        self.tmp = tmp
        self.kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
        self._demo = None

    def save(self, widget: object, name: str) -> Path:
        _settle(self.app)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        return path

    def demo(self) -> object:
        """The demo installation of this language (made the first time it is needed)."""
        if self._demo is None:
            from clinic_desk.core.demo import create_demo

            self._demo = create_demo(self.tmp / f"demo-{self.lang}", kdf=self.kdf)
        return self._demo

    def unlock(self, username: str) -> object:
        from clinic_desk.core.demo import DEMO_USERS

        user = next(u for u in DEMO_USERS if u.username == username)
        return self.demo().unlock(user.username, user.password)  # type: ignore[attr-defined]


# -- the groups ------------------------------------------------------------------------
def _wizard(run: _Run) -> list[Path]:
    from clinic_desk.core.installation import Installation
    from clinic_desk.ui.wizard import SetupWizard

    written = []
    inst = Installation(run.tmp / f"wizard-{run.lang}", kdf=run.kdf)
    wizard = SetupWizard(inst, run.lang)
    wizard.show()
    written.append(run.save(wizard, "wizard-1-language"))
    wizard.next()
    wizard.site_page.code.setText("HUAYCAN-01")
    wizard.site_page.name.setText("Casa Refugio Esperanza")
    written.append(run.save(wizard, "wizard-2-site"))
    wizard.site_page.code.setText("huaycán 01")
    written.append(run.save(wizard, "wizard-2-site-error"))
    wizard.site_page.code.setText("HUAYCAN-01")
    wizard.next()
    wizard.admin_page.full_name.setText("Ana Quispe Mamani")
    wizard.admin_page.password.setText(PASSWORD)
    wizard.admin_page.confirm.setText(PASSWORD[:-3])
    written.append(run.save(wizard, "wizard-3-admin"))
    wizard.admin_page.confirm.setText(PASSWORD)
    wizard.next()
    _wait(run.app, lambda: wizard.result is not None)
    written.append(run.save(wizard, "wizard-4-recovery"))
    wizard.recovery_page.confirm.setChecked(True)
    wizard.accept()
    wizard.deleteLater()
    return written


def _login(run: _Run) -> list[Path]:
    from clinic_desk.core.demo import DEMO_USERS
    from clinic_desk.ui.login import LoginWindow, RecoveryDialog

    written = []
    inst = run.demo()
    login = LoginWindow(inst, site_hint="HUAYCAN-01", username="admin")  # type: ignore[arg-type]
    login.resize(760, 600)  # the window as it opens; the guide shows it small
    login.show()
    written.append(run.save(login, "login"))
    login.password.setText("wrong password here")
    login.submit()
    _wait(run.app, lambda: login.error.isVisible())
    written.append(run.save(login, "login-error"))
    dialog = RecoveryDialog(inst, "admin", login)  # type: ignore[arg-type]
    dialog.code.setText("7KQ2-M9XP-4HTR-")
    dialog.show()
    written.append(run.save(dialog, "login-recovery"))
    dialog.reject()
    dialog.deleteLater()
    login.close()
    login.deleteLater()

    roles = {"admin": "admin", "psicologa": "counsellor", "educadora": "staff",
             "promotora": "promoter"}
    demo = LoginWindow(inst, demo_users=[  # type: ignore[arg-type]
        (u.username, u.password, roles.get(u.username, ",".join(u.roles))) for u in DEMO_USERS])
    demo.resize(1040, 640)
    demo.show()
    written.append(run.save(demo, "login-demo"))
    demo.close()
    demo.deleteLater()
    return written


def _lock(run: _Run) -> list[Path]:
    from clinic_desk.ui.main_window import MainWindow

    written = []
    ws = run.unlock("admin")
    try:
        window = MainWindow(ws, autolock_ms=3_600_000)  # type: ignore[arg-type]
        window.resize(*SIZE)
        window.show()
        window.open_section("people")
        written.append(run.save(window, "main-window"))
        window.open_section("home")
        window.locker.lock("manual")
        written.append(run.save(window, "lock"))
        window.locker.unlock()
        window.locker.quick_hide()
        written.append(run.save(window, "quick-hide"))
        window.locker.unlock()
        window.locker.stop()
        window.close()
        window.deleteLater()
        _settle(run.app)
    finally:
        ws.close()  # type: ignore[attr-defined]
    return written


def _home(run: _Run) -> list[Path]:
    from clinic_desk.ui import about
    from clinic_desk.ui.home import render_home_screens

    # About shows the guide's button as in an installed program, even before the guide
    # PDF is built (the guide is built from these pictures)
    real = about.guide_path
    about.guide_path = lambda: Path(__file__)  # type: ignore[assignment]
    try:
        return render_home_screens(run.out, SIZE, languages=(run.lang,))
    finally:
        about.guide_path = real  # type: ignore[assignment]


def _section(username: str, render: Callable[[object, Path], list[Path]]
             ) -> Callable[[_Run], list[Path]]:
    def group(run: _Run) -> list[Path]:
        ws = run.unlock(username)
        try:
            return list(render(ws, run.out))
        finally:
            _settle(run.app)
            ws.close()  # type: ignore[attr-defined]
    return group


def _people(ws: object, out: Path) -> list[Path]:
    from clinic_desk.ui.people import render_people_screens

    return render_people_screens(ws, out, SIZE)  # type: ignore[arg-type]


def _sessions(ws: object, out: Path) -> list[Path]:
    from clinic_desk.ui.sessions import render_sessions_screens

    return render_sessions_screens(ws, out, SIZE)  # type: ignore[arg-type]


def _shelter(ws: object, out: Path) -> list[Path]:
    from clinic_desk.ui.shelter.screens import render_shelter_screens

    written = render_shelter_screens(ws, out, SIZE)  # type: ignore[arg-type]
    pdf = out / "shelter-occupancy.pdf"  # the PDF itself is not a screenshot
    pdf.unlink(missing_ok=True)
    return [p for p in written if p != pdf]


def _inventory(ws: object, out: Path) -> list[Path]:
    from clinic_desk.ui.inventory import render_inventory_screens

    return render_inventory_screens(ws, out, SIZE)  # type: ignore[arg-type]


def _exchange(ws: object, out: Path) -> list[Path]:
    from clinic_desk.ui.exchange.screens import render_exchange_screens

    return render_exchange_screens(ws, out, SIZE)  # type: ignore[arg-type]


def _admin(ws: object, out: Path) -> list[Path]:
    from clinic_desk.ui.admin import render_admin_screens

    return render_admin_screens(ws, out, SIZE)  # type: ignore[arg-type]


def _setup(ws: object, out: Path) -> list[Path]:
    """Preparing a site (administration): rooms and beds, the medicine catalogue, the
    botiquines and who works at each."""
    from PySide6.QtCore import Qt

    from clinic_desk.ui.inventory.page import InventoryPage
    from clinic_desk.ui.shelter.page import ShelterPage

    written = []
    shelter = ShelterPage(ws)  # type: ignore[arg-type]
    shelter.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    shelter.resize(*SIZE)
    shelter.show()
    assert shelter.setup is not None
    shelter.tabs.setCurrentWidget(shelter.setup)
    tree = shelter.setup.tree
    if tree.topLevelItemCount():
        tree.setCurrentItem(tree.topLevelItem(0).child(0) or tree.topLevelItem(0))
    written.append(_grab(shelter, out / "shelter-rooms.png"))
    shelter.close()
    shelter.deleteLater()

    page = InventoryPage(ws)  # type: ignore[arg-type]
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    page.resize(*SIZE)
    page.show()
    assert page.catalogue is not None and page.locations_view is not None
    page.show_tab(page.catalogue)
    written.append(_grab(page, out / "inventory-catalogue.png"))
    page.show_tab(page.locations_view)
    page.locations_view.table.selectRow(1)  # a botiquín, after the central store
    written.append(_grab(page, out / "inventory-locations.png"))
    page.close()
    page.deleteLater()
    return written


def _grab(widget: object, path: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    _settle(QApplication.instance(), 6)
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def _reports(run: _Run) -> list[Path]:
    """The statistics tab, the backup reminder in the status bar, and an import report
    at a central office with a gap: a site's second bundle lost on the way, its third
    kept until the second arrives (also as the PDF's first page, when pdftoppm is
    there)."""
    import shutil
    import subprocess

    from PySide6.QtCore import QRect, Qt

    from clinic_desk.core.exchange import export, import_, keys
    from clinic_desk.core.installation import Installation
    from clinic_desk.core.intake import demo as intake_demo
    from clinic_desk.core.reports.import_report_pdf import write_import_report_pdf
    from clinic_desk.core.security.roles import Actor, Role
    from clinic_desk.ui.exchange.page import ExchangePage
    from clinic_desk.ui.main_window import MainWindow

    written = []
    ws = run.unlock("admin")
    try:
        page = ExchangePage(ws)  # type: ignore[arg-type]
        page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        page.resize(*SIZE)
        page.show()
        assert page.stats is not None
        page.show_tab(page.stats)
        _wait(run.app, lambda: page.stats.loaded)
        written.append(_grab(page, run.out / "exchange-stats.png"))
        page.close()
        page.deleteLater()
    finally:
        _settle(run.app)
        ws.close()  # type: ignore[attr-defined]

    # a new site (no backup yet) and a central office
    folder = run.tmp / f"reports-{run.lang}"
    usb = folder / "usb"
    usb.mkdir(parents=True)
    site_inst = Installation(folder / "site", kdf=run.kdf)
    site_inst.initialize("HUAYCAN-01", "Casa Refugio Esperanza", "admin", "Ana Quispe Mamani",
                         PASSWORD)
    centre_inst = Installation(folder / "centre", kdf=run.kdf)
    centre_inst.initialize("CENTRAL", "Oficina central", "admin", "Rosa Central", PASSWORD)
    site = site_inst.unlock("admin", PASSWORD)
    centre = centre_inst.unlock("admin", PASSWORD)
    try:
        window = MainWindow(site, autolock_ms=3_600_000)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(*SIZE)
        window.show()
        _settle(run.app, 6)
        bar = window.statusBar()
        crop = QRect(0, bar.y() - 12, window.width(), bar.height() + 12)
        window.grab(crop).save(str(run.out / "main-backup-reminder.png"))
        written.append(run.out / "main-backup-reminder.png")
        window.locker.stop()
        window.deleteLater()

        with centre.db.write(centre.actor.user_id) as s:
            public, _ = keys.central_init(s)
        with site.db.write(site.actor.user_id) as s:
            keys.install_central_key(s, site.actor, public.to_json())
        admin = site.actor
        site.actor = Actor(admin.user_id, admin.username, admin.full_name,
                           frozenset({*admin.roles, Role.STAFF}))
        bundles = []
        for n, people in enumerate((12, 2, 3)):
            intake_demo.fill(site, people=people, seed=11 + n)  # type: ignore[arg-type]
            bundles.append(export.export_bundle(site, usb, full=n == 0).path)
        site.actor = admin
        first = import_.import_bundles(centre, [bundles[0]], trust_new_site=True)
        held = import_.import_bundles(centre, [bundles[2]])  # the second one never came
        page = ExchangePage(centre)
        page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        page.resize(*SIZE)
        page.show()
        assert page.importer is not None
        page.show_tab(page.importer)
        page.importer.show_chosen([bundles[2]])
        page.importer.reports = held
        page.importer.show_reports(held, dry_run=False)
        written.append(_grab(page, run.out / "exchange-import-gap.png"))
        page.close()
        page.deleteLater()
        pdf = folder / "import-report.pdf"
        write_import_report_pdf(pdf, [*first, *held], lang=run.lang, office="CENTRAL",
                                coverage=import_.coverage(centre))
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(run.out / "exchange-import-report-pdf")],
                           check=True)
            written.append(run.out / "exchange-import-report-pdf.png")
    finally:
        _settle(run.app)
        site.close()
        centre.close()
    return written


GROUPS: dict[str, Callable[[_Run], list[Path]]] = {
    "wizard": _wizard,
    "login": _login,
    "lock": _lock,
    "home": _home,
    "people": _section("educadora", _people),
    "sessions": _section("psicologa", _sessions),
    "shelter": _section("educadora", _shelter),
    "inventory": _section("promotora", _inventory),
    # administration before the exchange: its audit log and security tab as a site's
    # first weeks show them (the exchange group stores a setting again for its conflict)
    "admin": _section("admin", _admin),
    "setup": _section("admin", _setup),
    "exchange": _section("admin", _exchange),
    "reports": _reports,
}


def _unsuffixed(path: Path, lang: str) -> Path:
    """home-admin-es.png -> home-admin.png: the language is the folder."""
    suffix = f"-{lang}.png"
    if path.name.endswith(suffix):
        target = path.with_name(path.name[: -len(suffix)] + ".png")
        path.replace(target)
        return target
    return path


def _close_top_levels(app: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _settle(app)


@contextlib.contextmanager
def _shown_as_installed(root: Path, display: object, key_store: str) -> Iterator[None]:
    """Every temporary folder of the run under root/tmp; paths and the keyring shown as
    on an installed PC (see shown_path)."""
    previous = tempfile.tempdir
    (root / "tmp").mkdir()
    tempfile.tempdir = str(root / "tmp")
    display.stand_in(shown_path(root), key_store)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        display.stand_in(None, None)  # type: ignore[attr-defined]
        tempfile.tempdir = previous


def render_all(out: Path, languages: tuple[str, ...] = LANGUAGES,
               groups: tuple[str, ...] | None = None) -> tuple[list[Path], list[str]]:
    """Render the groups (all by default) in each language into out/LANG/.

    Returns the files written and the problems (a failed group, a missing screenshot)."""
    keyring.set_keyring(MemoryKeyring())
    from PySide6.QtWidgets import QApplication

    from clinic_desk.core.security.status import friendly_backend_name
    from clinic_desk.ui import display, messages
    from clinic_desk.ui.app import create_application

    app = QApplication.instance() or create_application()
    chosen = tuple(groups or GROUPS)
    written: list[Path] = []
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="clinic-desk-shots-") as tmp, \
            _shown_as_installed(Path(tmp), display, friendly_backend_name(SHOWN_KEY_STORE)):
        for lang in languages:
            folder = out / lang
            folder.mkdir(parents=True, exist_ok=True)
            run = _Run(app, lang, folder, Path(tmp))
            for name in chosen:
                messages.set_language(lang)
                started = time.monotonic()
                try:
                    paths = [_unsuffixed(Path(p), lang) for p in GROUPS[name](run)]
                except Exception:  # noqa: BLE001 - report it, render the other groups
                    problems.append(f"{lang}/{name}: failed\n{traceback.format_exc()}")
                    print(f"FAILED {lang}/{name} (see the end of the output)", flush=True)
                    _close_top_levels(app)
                    continue
                for path in paths:
                    print(path, flush=True)
                written.extend(paths)
                missing = [n for n in SHOTS[name] if not (folder / f"{n}.png").is_file()]
                for n in missing:
                    problems.append(f"{lang}/{n}.png: not written by the {name} group")
                print(f"  {lang}/{name}: {len(paths)} files in "
                      f"{time.monotonic() - started:.1f} s", flush=True)
                _close_top_levels(app)
    return written, problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0].startswith("-"):
        print("usage: python -m clinic_desk.ui.screenshots OUTDIR [GROUP...]\n"
              f"groups: {' '.join(GROUPS)}", file=sys.stderr)
        return 2
    unknown = [g for g in args[1:] if g not in GROUPS]
    if unknown:
        print(f"unknown group: {' '.join(unknown)}; groups: {' '.join(GROUPS)}",
              file=sys.stderr)
        return 2
    started = time.monotonic()
    written, problems = render_all(Path(args[0]), groups=tuple(args[1:]) or None)
    print(f"{len(written)} screenshots in {Path(args[0])}/{{{','.join(LANGUAGES)}}} "
          f"in {time.monotonic() - started:.0f} s")
    for problem in problems:
        print("PROBLEM: " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
