"""The first hour of a new site, as the user guide (docs/guia/guia.md) tells it, in
Spanish, through the real windows: the set-up wizard, the login window, the main window
and its sections. Buttons, tabs and fields are found by the words the guide uses, so a
renamed button breaks this test before it makes the guide wrong.

wizard → log in → accounts, rooms and beds, a botiquín (administration) → register a
woman and her son → admit them → a session → receive and dispense a medicine → the
central office's key → export a bundle to a folder → back up → restore and the statistics
(the command line, as the guide says) — checking the database after each step."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QRadioButton,
    QTabWidget,
    QWidget,
)
from sqlalchemy import func, select

from clinic_desk.core.installation import Installation
from clinic_desk.ui import messages
from clinic_desk.ui.app import Shell
from clinic_desk.ui.login import LoginWindow
from clinic_desk.ui.main_window import MainWindow
from clinic_desk.ui.wizard import SetupWizard
from tests.conftest import FAST_KDF

PASSWORD = "el mango de mi abuela en Chosica"
TEAM_PASSWORD = "una frase larga del equipo"
WAIT = 20_000


# -- finding things by the guide's words ----------------------------------------------
def plain(text: str) -> str:
    return text.replace("&", "").strip()


def button(root: QWidget, text: str) -> QAbstractButton:
    """The one visible button labelled `text` (accelerators ignored) inside root."""
    found = [b for b in root.findChildren(QAbstractButton)
             if plain(b.text()) == text and b.isVisibleTo(root)]
    assert found, f"no button «{text}» in {type(root).__name__}: " + ", ".join(
        sorted({plain(b.text()) for b in root.findChildren(QAbstractButton)
                if b.isVisibleTo(root) and b.text()}))
    assert len(found) == 1, f"{len(found)} buttons «{text}»"
    return found[0]


def click(qtbot, widget: QAbstractButton) -> None:
    assert widget.isEnabled(), f"«{plain(widget.text())}» is disabled"
    if isinstance(widget, QCheckBox | QRadioButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(qtbot, root: QWidget, text: str) -> None:
    click(qtbot, button(root, text))


def open_tab(root: QWidget, text: str) -> QWidget:
    """Open the tab titled `text` (in any tab widget inside root); return its page."""
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if plain(tabs.tabText(i)) == text and tabs.isVisibleTo(root):
                tabs.setCurrentIndex(i)
                return tabs.widget(i)
    titles = [plain(t.tabText(i)) for t in root.findChildren(QTabWidget)
              for i in range(t.count())]
    raise AssertionError(f"no tab «{text}»: {titles}")


def open_section(window: MainWindow, text: str) -> QWidget:
    """Click the section called `text` in the list on the left."""
    nav: QListWidget = window.nav
    names = [nav.item(i).text() for i in range(nav.count())]
    assert text in names, f"no section «{text}»: {names}"
    nav.setCurrentRow(names.index(text))
    return window.stack.currentWidget()


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest cannot type accented letters
        field.insert(text)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"«{text}» not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def when_modal(action: Callable[[QDialog], None], kind: type[QDialog] = QDialog) -> None:
    """Run `action` on the next modal dialog of that kind (one opened with exec(), which
    blocks the click that opens it). If the action fails, the dialog is closed so the
    test fails instead of waiting for ever (pytest-qt reports the error)."""
    deadline = time.monotonic() + WAIT / 1000

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            assert time.monotonic() < deadline, f"no {kind.__name__} opened"
            QTimer.singleShot(10, attempt)
            return
        try:
            action(dialog)
        except BaseException:
            dialog.reject()
            raise
    QTimer.singleShot(0, attempt)


def dialog(qtbot, kind: type[QDialog] = QDialog, title: str | None = None) -> QDialog:
    """The dialog that just opened (of that class, or with that window title)."""
    def matches(w: QWidget) -> bool:
        return isinstance(w, kind) and w.isVisible() and (
            title is None or w.windowTitle() == title)
    try:
        qtbot.waitUntil(lambda: any(matches(w) for w in QApplication.topLevelWidgets()),
                        timeout=WAIT)
    except Exception:
        shown = [w.windowTitle() for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible()]
        raise AssertionError(f"no dialog «{title}»; open: {shown}") from None
    return next(w for w in QApplication.topLevelWidgets() if matches(w))  # type: ignore[return-value]


def gone(widget: QWidget) -> bool:
    """Closed (and perhaps deleted already)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def count(ws, model, *where) -> int:
    with ws.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


@pytest.fixture(autouse=True)
def _spanish(qapp):
    messages.set_language("es")
    yield
    messages.set_language("en")


# -- the steps ---------------------------------------------------------------------------
def set_up_the_site(qtbot, shell: Shell, tmp_path: Path, monkeypatch) -> LoginWindow:
    """Primer inicio: the wizard, from the language to the recovery sheet."""
    wizard = shell.start()
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    assert wizard.language_page.spanish.isChecked()  # 1. el idioma
    press(qtbot, wizard, "Siguiente >")
    type_into(qtbot, wizard.site_page.code, "HUAYCAN-01")  # 2. código y nombre
    type_into(qtbot, wizard.site_page.name, "Casa Refugio Esperanza")
    press(qtbot, wizard, "Siguiente >")
    page = wizard.admin_page  # 3. la primera cuenta de administración
    assert page.username.text() == "admin"
    type_into(qtbot, page.full_name, "Ana Quispe Mamani")
    type_into(qtbot, page.password, PASSWORD)
    type_into(qtbot, page.confirm, PASSWORD)
    press(qtbot, wizard, "Crear")  # 4.
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=WAIT)
    sheet = tmp_path / "hoja-de-recuperacion.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    press(qtbot, wizard, "Guardar la hoja de recuperación (PDF)…")
    qtbot.waitUntil(lambda: sheet.is_file() and sheet.read_bytes().startswith(b"%PDF"),
                    timeout=WAIT)
    click(qtbot, button(wizard, "Ya anoté o imprimí el código de recuperación"))
    press(qtbot, wizard, "Finalizar")
    login = shell.login
    assert isinstance(login, LoginWindow)
    return login


def log_in(qtbot, shell: Shell, username: str, password: str) -> MainWindow:
    """Ingresar: usuario, contraseña, «Ingresar»."""
    login = shell.login
    assert login is not None
    type_into(qtbot, login.username, username)
    type_into(qtbot, login.password, password)
    press(qtbot, login, "Ingresar")
    qtbot.waitUntil(lambda: shell.main is not None and shell.login is None, timeout=WAIT)
    window = shell.main
    assert window is not None and window.workspace.actor.username == username
    return window


def log_out(qtbot, shell: Shell) -> None:
    """Archivo → Cerrar sesión."""
    window = shell.main
    assert window is not None
    action = next(a for a in window.file_menu.actions() if plain(a.text()) == "Cerrar sesión")
    action.trigger()
    qtbot.waitUntil(lambda: shell.main is None and shell.login is not None, timeout=WAIT)


def add_user(qtbot, window: MainWindow, username: str, full_name: str, role: str) -> None:
    """Administración → Usuarios → «Agregar usuario…»."""
    page = open_section(window, "Administración")
    users = open_tab(page, "Usuarios")
    press(qtbot, users, "Agregar usuario…")
    form = dialog(qtbot, title="Agregar usuario")
    type_into(qtbot, form.username, username)
    type_into(qtbot, form.full_name, full_name)
    click(qtbot, button(form, role))
    type_into(qtbot, form.password, TEAM_PASSWORD)
    type_into(qtbot, form.password_again, TEAM_PASSWORD)
    press(qtbot, form, "Agregar usuario")
    qtbot.waitUntil(lambda: gone(form), timeout=WAIT)


def prepare_the_site(qtbot, window: MainWindow) -> None:
    """Preparar la sede: the team's accounts, rooms and beds, the medicines and a
    botiquín with its promoter."""
    from clinic_desk.core.db.models import User
    from clinic_desk.core.inventory.models import CatalogueItem, Location, LocationAssignment
    from clinic_desk.core.shelter.models import Bed, Room
    from clinic_desk.ui.shelter.setup_view import BedDialog

    ws = window.workspace
    add_user(qtbot, window, "lucia.rojas", "Lucía Rojas Cárdenas", "Personal del albergue")
    add_user(qtbot, window, "carmen.huaman", "Carmen Huamán Ccori",
             "Consejero/a (psicología, trabajo social)")
    add_user(qtbot, window, "juana.flores", "Juana Flores Quispe", "Promotora/or de salud")
    assert count(ws, User) == 4

    page = open_section(window, "Albergue")
    rooms = open_tab(page, "Habitaciones y camas")

    def name_the_room(ask: QDialog) -> None:
        ask.setTextValue("Girasol")
        press(qtbot, ask, "Aceptar")
    when_modal(name_the_room, QInputDialog)
    press(qtbot, rooms, "Agregar habitación…")  # 2.
    for label in ("GIR-1", "GIR-2"):
        tree = rooms.findChild(QWidget, "rooms_tree")  # 3. la habitación, una cama
        tree.setCurrentItem(tree.topLevelItem(0))

        def fill(form: QDialog, label: str = label) -> None:
            type_into(qtbot, form.label, label)
            choose(form.kind, "Cama")
            press(qtbot, form, "Guardar")
        when_modal(fill, BedDialog)
        press(qtbot, rooms, "Agregar cama…")
    assert count(ws, Room) == 1 and count(ws, Bed) == 2

    page = open_section(window, "Botiquines")
    catalogue = open_tab(page, "Catálogo")
    press(qtbot, catalogue, "Cargar el catálogo inicial")
    qtbot.waitUntil(lambda: count(ws, CatalogueItem) > 20, timeout=WAIT)
    places = open_tab(page, "Lugares")
    press(qtbot, places, "Agregar botiquín…")
    form = dialog(qtbot, title="Agregar un botiquín")
    type_into(qtbot, form.code, "HUA-A")
    type_into(qtbot, form.name, "Huaycán Zona A")
    press(qtbot, form, "Agregar")
    qtbot.waitUntil(lambda: count(ws, Location) == 1, timeout=WAIT)
    choose(places.findChild(QComboBox, "promoter"), "Juana Flores Quispe")
    press(qtbot, places, "Asignar")
    assert count(ws, LocationAssignment) == 1


def register_a_woman_and_her_son(qtbot, window: MainWindow) -> str:
    """Personal del albergue → Registrar a una mujer y a sus hijos."""
    from clinic_desk.core.intake.models import Consent, Household, Person

    ws = window.workspace
    page = open_section(window, "Personas")
    press(qtbot, page, "Registrar a una persona…")  # 1.
    form = dialog(qtbot, title="Registrar a una persona")
    head = form.head  # 2. nombres, apellidos, documento, fecha de nacimiento
    type_into(qtbot, head.given_names, "Rosa Elena")
    type_into(qtbot, head.first_surname, "Quispe")
    type_into(qtbot, head.second_surname, "Mamani")
    choose(head.doc_type, "DNI")
    type_into(qtbot, head.doc_number, "45678912")
    type_into(qtbot, head.birth_date, "14/02/1991")
    type_into(qtbot, head.sector, "Huaycán Zona B")  # 3. lo demás es opcional
    press(qtbot, form, "Agregar hija, hijo o dependiente")  # 4.
    son = form.members[0].form
    type_into(qtbot, son.given_names, "Jhon")
    type_into(qtbot, son.first_surname, "Rojas")
    type_into(qtbot, son.birth_date, "03/06/2018")
    choose(son.sex, "Masculino")
    click(qtbot, button(form, "Recibir servicios y guardar su ficha"))  # 5.
    click(qtbot, button(form, "Contarla en estadísticas, sin su nombre"))
    press(qtbot, form, "Registrar")  # 6.
    qtbot.waitUntil(lambda: gone(form), timeout=WAIT)
    assert count(ws, Person) == 2 and count(ws, Household) == 1
    with ws.db.read() as s:
        person = s.scalars(select(Person).where(Person.doc_number == "45678912")).one()
        assert {c.kind for c in s.scalars(select(Consent).where(
            Consent.person_id == person.id))} == {"services", "statistics"}
        return person.id


def admit_them(qtbot, window: MainWindow, person_id: str) -> None:
    """Albergue → a free bed → «Ingresar…»: she and her son, each in a bed."""
    from clinic_desk.core.shelter.models import BedAssignment, Stay

    ws = window.workspace
    page = open_section(window, "Albergue")
    open_tab(page, "Tablero de camas")
    tile = next(iter(page.board_view.tiles.values()))
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # 1. una cama libre
    qtbot.waitUntil(lambda: page.menu is not None and page.menu.isVisible(), timeout=WAIT)
    next(a for a in page.menu.actions() if plain(a.text()) == "Ingresar…").trigger()
    page.menu.close()
    form = dialog(qtbot, title="Ingresar al albergue")
    type_into(qtbot, form.picker.search, "Quispe")  # 2. búsquela por su nombre
    qtbot.waitUntil(lambda: form.picker.model.rowCount() == 1, timeout=WAIT)
    qtbot.keyClick(form.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(form.members), timeout=WAIT)
    box, bed, _pid = form.members[0]  # 3. la cama de cada uno
    assert box.isChecked() and bed.currentData() != form.head_bed.currentData()
    choose(form.source, "CEM")  # 4. quién la derivó, la estancia prevista
    form.expected.setValue(30)
    press(qtbot, form, "Ingresar")
    qtbot.waitUntil(lambda: gone(form), timeout=WAIT)
    assert count(ws, Stay) == 2 and count(ws, BedAssignment) == 2
    with ws.db.read() as s:
        assert s.scalars(select(Stay.person_id)).all().count(person_id) == 1


def write_a_session(qtbot, window: MainWindow, person_id: str) -> None:
    """Sesiones → «Nueva sesión…»: who came, the note, an intervention; save the draft,
    then sign it."""
    from clinic_desk.core.sessions.models import Attendance, CounsellingSession
    from clinic_desk.ui.sessions.editor import NoteEditor

    ws = window.workspace
    page = open_section(window, "Sesiones")
    seen: dict[str, object] = {}

    def fill(editor: QDialog) -> None:
        assert isinstance(editor, NoteEditor)
        choose(editor.kind, "Individual")  # 2. el tipo
        type_into(qtbot, editor.picker.search, "Rosa Elena")  # 3. personas presentes
        qtbot.waitUntil(lambda: editor.picker.model.rowCount() == 1, timeout=WAIT)
        qtbot.keyClick(editor.picker.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: editor.attendance.rowCount() == 1, timeout=WAIT)
        editor.text.setFocus()  # 4. la nota
        qtbot.keyClicks(editor.text, "Llega tranquila. Conversamos sobre su plan de seguridad.")
        first = editor.interventions.item(0)  # 5. las intervenciones
        first.setCheckState(Qt.CheckState.Checked)
        press(qtbot, editor, "Guardar borrador")  # 6.
        seen["draft"] = editor.session_id
        when_modal(lambda box: press(qtbot, box, "Sí"), QMessageBox)  # firmar, y confirmar
        press(qtbot, editor, "Firmar…")
        seen["signed"] = editor.signed()
        press(qtbot, editor, "Cerrar")

    when_modal(fill, NoteEditor)
    press(qtbot, page, "Nueva sesión…")  # 1.
    assert seen == {"draft": seen["draft"], "signed": True}
    with ws.db.read() as s:
        session = s.get(CounsellingSession, seen["draft"])
        assert session.status == "signed" and "plan de seguridad" in session.note
        assert s.scalars(select(Attendance.person_id).where(
            Attendance.session_id == session.id, Attendance.present)).all() == [person_id]


def receive_and_dispense(qtbot, window: MainWindow) -> None:
    """Botiquines: «Recibir…» 100 tablets of paracetamol, then «Entregar…» 12."""
    from clinic_desk.core.inventory.models import LedgerEntry, StockBalance
    from clinic_desk.ui.inventory.dispense_dialog import DispenseDialog
    from clinic_desk.ui.inventory.receive_dialog import ReceiveDialog

    ws = window.workspace
    page = open_section(window, "Botiquines")
    assert "Huaycán Zona A" in page.findChild(QComboBox, "location").currentText()
    stock = open_tab(page, "Existencias")
    press(qtbot, stock, "Recibir…")
    form = dialog(qtbot, ReceiveDialog)
    choose(form.item, "Paracetamol 500 mg tableta")  # el medicamento
    type_into(qtbot, form.lot, "L2611-07")  # el lote, el vencimiento, la cantidad
    form.expiry.setDate(form.expiry.date().addYears(1))
    type_into(qtbot, form.quantity, "100")
    type_into(qtbot, form.source, "Almacén central")  # la procedencia
    press(qtbot, form, "Recibir")
    qtbot.waitUntil(lambda: gone(form), timeout=WAIT)
    with ws.db.read() as s:
        assert s.scalar(select(func.sum(StockBalance.qty_milli))) == 100_000

    table = stock.findChild(QWidget, "stock_table")  # 1. elija el medicamento
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=WAIT)
    rows = [table.model().index(r, 1).data() for r in range(table.model().rowCount())]
    table.selectRow(next(r for r, name in enumerate(rows) if "Paracetamol 500" in name))
    press(qtbot, stock, "Entregar…")
    form = dialog(qtbot, DispenseDialog)
    assert "Paracetamol 500" in form.item.currentText()
    type_into(qtbot, form.quantity, "12")  # 2. la cantidad
    qtbot.waitUntil(lambda: form.plan_table.rowCount() == 1, timeout=WAIT)
    type_into(qtbot, form.prescriber, "Obst. Carmen Rojas")  # 3. quién lo recetó
    press(qtbot, form, "Entregar")  # 4.
    qtbot.waitUntil(lambda: gone(form), timeout=WAIT)
    with ws.db.read() as s:
        assert s.scalar(select(func.sum(StockBalance.qty_milli))) == 88_000
        assert sorted(s.scalars(select(LedgerEntry.kind))) == ["dispense", "receipt"]


def central_office_key(tmp_path: Path) -> Path:
    """The file the central office gives (made there with keys central-init)."""
    from clinic_desk.core.exchange import keys

    centre = Installation(tmp_path / "oficina-central", kdf=FAST_KDF)
    centre.initialize("CENTRAL", "Oficina central", "admin", "Ana Central", PASSWORD)
    ws = centre.unlock("admin", PASSWORD)
    try:
        with ws.db.write(ws.actor.user_id) as s:
            public, _ = keys.central_init(s)
    finally:
        ws.close()
    path = tmp_path / "llave-oficina-central.json"
    path.write_bytes(public.to_json())
    return path


def export_a_bundle(qtbot, window: MainWindow, key_file: Path, usb: Path,
                    monkeypatch) -> None:
    """Intercambio → Llaves: the central office's key; then «Exportar a USB»."""
    from clinic_desk.core.exchange import export, keys

    ws = window.workspace
    page = open_section(window, "Intercambio")
    key_tab = open_tab(page, "Llaves")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key_file), ""))
    press(qtbot, key_tab, "Importar la llave de la oficina central…")
    with ws.db.read() as s:
        assert keys.imported_central(s) is not None

    tab = open_tab(page, "Exportar a USB")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    press(qtbot, tab, "Elegir carpeta…")  # 2. la memoria
    assert button(tab, "Solo lo que cambió desde el último envío").isChecked()  # 3.
    press(qtbot, tab, "Ver qué se enviará")  # 4.
    view = page.export
    qtbot.waitUntil(lambda: view.preview is not None, timeout=WAIT)
    press(qtbot, tab, "Guardar el paquete")  # 5.
    qtbot.waitUntil(lambda: view.done_banner.isVisible(), timeout=WAIT)
    bundle = next(usb.glob("HUAYCAN-01-*.cdbundle"))
    with ws.db.read() as s:  # the next export starts after this one
        assert export.read_state(s, export.STATE_KEY)["file"] == bundle.name


def back_up(qtbot, window: MainWindow, usb: Path, monkeypatch) -> Path:
    """Intercambio → Copias de seguridad: «Hacer copia ahora», then a copy on the stick."""
    ws = window.workspace
    page = open_section(window, "Intercambio")
    backups = open_tab(page, "Copias de seguridad")
    assert not window.backup_reminder.isVisible()  # the copy made on leaving, today
    folder = ws.installation.paths.backups
    made = set(folder.glob("*.cdbackup"))
    press(qtbot, backups, "Hacer copia ahora")
    qtbot.waitUntil(lambda: page.backups.message.kind == "ok", timeout=WAIT)
    assert len(set(folder.glob("*.cdbackup")) - made) == 1
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    press(qtbot, backups, "Copiar a una memoria USB…")
    qtbot.waitUntil(lambda: page.backups.message.kind == "ok", timeout=WAIT)
    return next(usb.glob("*.cdbackup"))


def restore(qtbot, shell: Shell, backup: Path, person_id: str, monkeypatch) -> None:
    """After the copy, someone is registered by mistake; the copy is put back with the
    command line (clinic-desk restore, the program closed), and the login window opens
    the restored data."""
    from clinic_desk import cli
    from clinic_desk.core.intake.models import Person
    from clinic_desk.core.intake.people import register_person
    from clinic_desk.core.intake.validation import PersonInput

    data = shell.installation.paths.root
    ws = shell.installation.unlock("lucia.rojas", TEAM_PASSWORD)
    try:
        with ws.db.write(ws.actor.user_id) as s:
            register_person(s, ws.actor, PersonInput("Registro", "Equivocado", approx_age=30))
        assert count(ws, Person) == 3
    finally:
        ws.close()

    monkeypatch.setenv("CLINIC_DESK_PASSWORD", PASSWORD)
    assert cli.main(["restore", str(backup), "--data-dir", str(data), "--user", "admin"]) == 0
    assert any((data / "backups").glob("before-restore-*/clinic-desk.db"))
    window = log_in(qtbot, shell, "admin", PASSWORD)
    ws = window.workspace
    assert count(ws, Person) == 2
    with ws.db.read() as s:
        assert s.get(Person, person_id) is not None
    assert ws.verify().ok
    log_out(qtbot, shell)


def statistics(data: Path, out: Path) -> None:
    """The figures for the municipality, as a technician takes them with the guide's
    command: she is counted (she agreed), never named."""
    from clinic_desk import cli

    assert cli.main(["stats", "--data-dir", str(data), "--user", "admin",
                     "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "section,month,dimension,value,count"
    assert any(line.startswith("intakes,") and line.endswith(",all,all,<5") for line in lines)
    assert not any("Quispe" in line or "45678912" in line for line in lines)


@pytest.fixture
def shell(tmp_path: Path):
    shell = Shell(Installation(tmp_path / "datos", kdf=FAST_KDF), "es")
    yield shell
    for window in (shell.main, shell.login, shell.wizard):
        if window is not None:
            window.close()
            window.deleteLater()
    if shell.workspace is not None:
        shell.workspace.close()


def test_the_first_hour_of_a_new_site(qtbot, shell: Shell, tmp_path: Path, monkeypatch) -> None:
    set_up_the_site(qtbot, shell, tmp_path, monkeypatch)
    window = log_in(qtbot, shell, "admin", PASSWORD)
    ws = window.workspace
    assert ws.site.code == "HUAYCAN-01"
    assert window.backup_reminder.isVisible()  # no backup yet: the status bar says so
    prepare_the_site(qtbot, window)
    log_out(qtbot, shell)  # an administrator leaving: the automatic backup
    assert len(list(ws.installation.paths.backups.glob("*.cdbackup"))) == 1

    window = log_in(qtbot, shell, "lucia.rojas", TEAM_PASSWORD)
    person_id = register_a_woman_and_her_son(qtbot, window)
    admit_them(qtbot, window, person_id)
    log_out(qtbot, shell)

    window = log_in(qtbot, shell, "carmen.huaman", TEAM_PASSWORD)
    write_a_session(qtbot, window, person_id)
    log_out(qtbot, shell)

    window = log_in(qtbot, shell, "juana.flores", TEAM_PASSWORD)
    receive_and_dispense(qtbot, window)
    log_out(qtbot, shell)

    window = log_in(qtbot, shell, "admin", PASSWORD)
    key_file = central_office_key(tmp_path)
    usb = tmp_path / "memoria-usb"
    usb.mkdir()
    export_a_bundle(qtbot, window, key_file, usb, monkeypatch)
    backup = back_up(qtbot, window, usb, monkeypatch)
    log_out(qtbot, shell)
    restore(qtbot, shell, backup, person_id, monkeypatch)
    statistics(shell.installation.paths.root, tmp_path / "estadisticas.csv")
