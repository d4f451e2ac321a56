"""Render the shell's windows to PNG files, offscreen, on throwaway data.

    python -m clinic_desk.ui.screenshots OUTDIR

Uses a temporary data folder, an in-memory keyring and cheap KDF settings: it never
touches the real keyring or the real data folder."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

SIZE = (1366, 768)
PASSWORD = "una frase de prueba larga"


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


def _settle(app: object, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def _save(widget: object, path: Path, app: object) -> None:
    _settle(app)
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def _wait(app: object, predicate: object, timeout: float = 30.0) -> None:
    import time

    end = time.monotonic() + timeout
    while not predicate() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)
    if not predicate():  # type: ignore[operator]
        raise RuntimeError("timed out while preparing a screenshot")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m clinic_desk.ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())

    from clinic_desk.core.installation import Installation
    from clinic_desk.core.security.kdf import KdfParams
    from clinic_desk.ui import messages
    from clinic_desk.ui.app import create_application
    from clinic_desk.ui.login import LoginWindow
    from clinic_desk.ui.main_window import MainWindow
    from clinic_desk.ui.wizard import SetupWizard

    fast = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="clinic-desk-shots-") as tmp:
        for lang in ("es", "en"):
            messages.set_language(lang)
            inst = Installation(Path(tmp) / f"wizard-{lang}", kdf=fast)
            wizard = SetupWizard(inst, lang)
            wizard.show()
            _save(wizard, out / f"wizard-1-language-{lang}.png", app)
            wizard.next()
            wizard.site_page.code.setText("HUAYCAN-01")
            wizard.site_page.name.setText("Casa Refugio Esperanza")
            _save(wizard, out / f"wizard-2-site-{lang}.png", app)
            wizard.site_page.code.setText("huaycán 01")
            _save(wizard, out / f"wizard-2-site-error-{lang}.png", app)
            wizard.site_page.code.setText("HUAYCAN-01")
            wizard.next()
            wizard.admin_page.full_name.setText("Ana Quispe Mamani")
            wizard.admin_page.password.setText(PASSWORD)
            wizard.admin_page.confirm.setText(PASSWORD[:-3])
            _save(wizard, out / f"wizard-3-admin-{lang}.png", app)
            wizard.admin_page.confirm.setText(PASSWORD)
            wizard.next()
            _wait(app, lambda w=wizard: w.result is not None)
            _save(wizard, out / f"wizard-4-recovery-{lang}.png", app)
            wizard.recovery_page.confirm.setChecked(True)
            wizard.accept()
            wizard.deleteLater()

        messages.set_language("es")
        inst = Installation(Path(tmp) / "wizard-es", kdf=fast)
        login = LoginWindow(inst, site_hint="HUAYCAN-01", username="admin")
        login.resize(*SIZE)
        login.show()
        _save(login, out / "login-es.png", app)
        login.password.setText("wrong password here")
        login.submit()
        _wait(app, lambda: login.error.isVisible())
        _save(login, out / "login-error-es.png", app)
        login.close()

        demo = LoginWindow(inst, demo_users=[
            ("admin", "demo-admin-2024", "Administrator"),
            ("psicologa", "demo-psico-2024", "Counsellor"),
            ("educadora", "demo-educa-2024", "Shelter staff"),
            ("promotora", "demo-botica-2024", "Health promoter"),
        ])
        demo.resize(*SIZE)
        demo.show()
        _save(demo, out / "login-demo-es.png", app)
        demo.close()

        for lang in ("es", "en"):
            messages.set_language(lang)
            ws = inst.unlock("admin", PASSWORD)
            main_window = MainWindow(ws)
            main_window.resize(*SIZE)
            main_window.show()
            _save(main_window, out / f"main-home-{lang}.png", app)
            main_window.open_section("people")
            _save(main_window, out / f"main-placeholder-{lang}.png", app)
            main_window.open_section("admin")
            _save(main_window, out / f"main-admin-{lang}.png", app)
            main_window.open_section("home")
            main_window.locker.lock("manual")
            _save(main_window, out / f"lock-{lang}.png", app)
            main_window.locker.unlock()
            main_window.locker.quick_hide()
            _save(main_window, out / f"quick-hide-{lang}.png", app)
            main_window.locker.unlock()
            main_window.close()
            ws.close()
            _settle(app)
        from clinic_desk.ui.home import render_home_screens

        for path in render_home_screens(out):  # every role's home, and About, on demo data
            print(path)
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        _settle(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
