"""The Intercambio section driven through its real widgets (offscreen): export with the
preview first, import with a dry run and the trust question, a tampered bundle, a
backup, a cancelled export, a restore, and who sees what."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from clinic_desk.core.db.models import AuditEntry
from clinic_desk.core.exchange import export, keys
from clinic_desk.core.intake.models import Person
from clinic_desk.ui.exchange import ExchangePage
from clinic_desk.ui.main_window import visible_sections
from tests.conftest import ADMIN_PASSWORD
from tests.integration.exchange.conftest import SECRET_NAME, SHARED_NAME, add_person, snapshot


def _people(net) -> None:
    add_person(net.a, SECRET_NAME, central=False, doc="47110815")
    add_person(net.a, SHARED_NAME, central=True)


def _page(qtbot, ws) -> ExchangePage:
    page = ExchangePage(ws)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_export_shows_the_preview_then_writes_the_bundle(qtbot, net, usb, monkeypatch):
    _people(net)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    page = _page(qtbot, net.a)
    view = page.export
    assert view is not None and page.importer is None  # a site does not import
    assert not view.write_button.isEnabled()  # nothing is written before the preview
    view.choose_folder()
    assert view.folder.text() == str(usb)
    view.preview_button.click()
    qtbot.waitUntil(lambda: view.preview is not None, timeout=10000)
    assert view.preview_panel.isVisible()
    # %n plurals: "1 person travels", never "1 people travel"
    assert view.identified.text().startswith("1 person travels with their name")
    assert view.pseudonymised.text().startswith("1 person travels without their name")
    assert "audit log" in view.withheld.text()
    kinds = {view.rows.item(r, 0).text(): (int(view.rows.item(r, 1).text()),
                                           int(view.rows.item(r, 2).text()))
             for r in range(view.rows.rowCount())}
    assert kinds["People"] == (1, 1)
    assert list(usb.iterdir()) == []  # the preview wrote nothing
    assert view.write_button.isEnabled()
    view.write_button.click()
    qtbot.waitUntil(lambda: view.result is not None, timeout=20000)
    files = list(usb.glob("*.cdbundle"))
    assert files == [view.result.path]
    assert view.done_banner.isVisible() and str(files[0]) in view.done_banner.text()
    assert "safe to remove" in view.done_banner.text()
    assert "Last export" in view.last_label.text()
    # the folder is remembered (inside the database) for the next time
    again = _page(qtbot, net.a)
    assert again.export.folder.text() == str(usb)


def test_cancel_during_export_leaves_no_file(qtbot, net, usb):
    _people(net)
    page = _page(qtbot, net.a)
    view = page.export
    view.folder.setText(str(usb))
    view.preview_button.click()
    qtbot.waitUntil(lambda: view.preview is not None, timeout=10000)
    seen = []

    def hook(progress):  # the user presses Cancel while rows are being written
        seen.append(progress.done)
        progress.cancel()

    view.progress_hook = hook
    view.write_button.click()
    qtbot.waitUntil(lambda: "cancelled" in view.message.text(), timeout=20000)
    assert seen and view.result is None
    assert list(usb.iterdir()) == []
    with net.a.db.read() as s:
        assert export.read_state(s, export.STATE_KEY) is None  # the export did not move


def test_missing_central_key_is_explained_and_imported(qtbot, tmp_path, monkeypatch):
    from tests.integration.exchange.conftest import open_site

    site = open_site(tmp_path, "lone", "LONE-01")
    centre = open_site(tmp_path, "hq", "HQ")
    try:
        with centre.db.write(centre.actor.user_id) as s:
            public, _ = keys.central_init(s)
        key_file = tmp_path / "central.json"
        key_file.write_bytes(public.to_json())
        page = _page(qtbot, site)
        view = page.export
        assert view.key_banner.isVisible() and "keys central-import" in view.key_banner.text()
        assert not view.preview_button.isEnabled()
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, **k: (str(key_file), ""))
        view.import_key_button.click()
        assert not view.key_banner.isVisible() and view.preview_button.isEnabled()
        assert keys.pretty(public.fingerprint) in view.message.text()
        page.keys.refresh()
        assert page.keys.central_fp.text() == keys.pretty(public.fingerprint)
    finally:
        site.close()
        centre.close()


def test_import_shows_a_dry_run_then_the_report(qtbot, net, monkeypatch):
    _people(net)
    path = export.export_bundle(net.a, net.root).path
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    page = _page(qtbot, net.centre)
    view = page.importer
    assert view is not None and page.conflicts is not None
    asked = []
    view.confirm_trust = lambda info: asked.append(info) or True
    view.choose()
    qtbot.waitUntil(lambda: view.dry_run_done, timeout=20000)
    assert [i.site_code for i in asked] == ["HUAYCAN-01"]
    with net.a.db.read() as s:
        site_fp = keys.site_public(s, net.a.site.id, net.a.site.code).fingerprint
    assert asked[0].fingerprint == site_fp  # shown before anything is trusted
    assert "nothing has been imported" in view.report_title.text()
    with net.centre.db.read() as s:  # the dry run changed nothing, not even the trust
        assert s.scalar(select(func.count()).select_from(Person)) == 0
        assert keys.trusted(s, net.a.site.id) is None
    view.import_button.click()
    qtbot.waitUntil(lambda: view.report_title.text() == "Imported", timeout=20000)
    rows = {view.table.item(r, 0).text(): [int(view.table.item(r, c).text())
                                           for c in range(1, 5)]
            for r in range(view.table.rowCount())}
    assert rows["People"] == [1, 0, 0, 0]
    assert rows["People without their name (pseudonymised)"][0] == 1
    assert "was imported" in view.report_summary.text()
    with net.centre.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1
        trusted = s.scalar(select(AuditEntry).where(AuditEntry.action == "site_key_trusted"))
        assert trusted is not None and trusted.target == "HUAYCAN-01"  # audited


def test_untrusted_site_refused_changes_nothing(qtbot, net):
    _people(net)
    path = export.export_bundle(net.a, net.root).path
    page = _page(qtbot, net.centre)
    view = page.importer
    view.confirm_trust = lambda info: False
    before = snapshot(net.centre)
    view.load([path])
    qtbot.waitUntil(lambda: bool(view.message.text()), timeout=10000)
    assert "not trusted" in view.message.text()
    assert not view.import_button.isEnabled()
    assert snapshot(net.centre) == before


def test_tampered_bundle_shows_one_sentence_and_changes_nothing(qtbot, net):
    _people(net)
    good = export.export_bundle(net.a, net.root).path
    bad = net.root / "tampered.cdbundle"
    raw = bytearray(good.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    bad.write_bytes(bytes(raw))
    page = _page(qtbot, net.centre)
    view = page.importer
    view.confirm_trust = lambda info: True
    before = snapshot(net.centre)
    view.load([bad])
    qtbot.waitUntil(lambda: bool(view.message.text()), timeout=10000)
    text = view.message.text()
    assert "damaged" in text and "nothing was imported" in text
    assert text.count(". ") == 0 and "\n" not in text  # one sentence
    assert not view.report_panel.isVisible() and not view.import_button.isEnabled()
    assert snapshot(net.centre) == before


def test_a_bundle_before_its_earlier_one_is_kept_then_applied_in_the_page(qtbot, net):
    _people(net)
    first = export.export_bundle(net.a, net.root).path
    add_person(net.a, ("Nueva", "Persona", None), central=True)
    second = export.export_bundle(net.a, net.root).path
    page = _page(qtbot, net.centre)
    view = page.importer
    view.confirm_trust = lambda info: True
    view.load([second])
    qtbot.waitUntil(lambda: view.dry_run_done, timeout=10000)
    assert "is kept and applied by itself" in view.report_summary.text()
    view.import_button.click()
    qtbot.waitUntil(lambda: not view.dry_run_done, timeout=10000)
    assert "Changes 1.." in view.report_summary.text()
    assert view.report_title.text().startswith("Kept until the earlier bundle arrives")
    assert not view.table.isVisible()
    assert len(list(net.centre.installation.paths.waiting.iterdir())) == 1
    view.load([first])
    qtbot.waitUntil(lambda: view.dry_run_done, timeout=10000)
    view.import_button.click()
    qtbot.waitUntil(lambda: not view.dry_run_done, timeout=10000)
    text = view.report_summary.text()
    assert text.count("was imported") == 2 and "applied now" in text
    assert view.report_title.text() == "Imported" and view.table.isVisible()
    assert list(net.centre.installation.paths.waiting.iterdir()) == []


def test_backup_now_writes_a_file_and_updates_last_backup(qtbot, net, usb, monkeypatch):
    page = _page(qtbot, net.a)
    view = page.backups
    assert view is not None
    page.show_tab(view)
    assert view.last.text() == "Last backup: never" and view.reminder.isVisible()
    view.now_button.click()
    qtbot.waitUntil(lambda: view.last_result is not None, timeout=20000)
    assert view.last_result.path.exists()
    assert view.last.text().startswith("Last backup: ") and "today" in view.last.text()
    assert not view.reminder.isVisible()
    assert view.list.rowCount() == 1
    # and to a USB stick (a copy stays in the data folder)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    first = view.last_result
    view.usb_button.click()
    qtbot.waitUntil(lambda: view.last_result is not first, timeout=20000)
    assert view.last_result.path.parent == usb and view.last_result.path.exists()
    # the security tab of Administration shows it too
    from clinic_desk.ui.admin.security_view import SecurityView

    security = SecurityView(net.a)
    qtbot.addWidget(security)
    assert not security.text("backup").startswith("Never")


def test_restore_asks_strongly_then_puts_the_backup_in_place(qtbot, net, monkeypatch):
    page = _page(qtbot, net.a)
    view = page.backups
    page.show_tab(view)
    view.now_button.click()
    qtbot.waitUntil(lambda: view.last_result is not None, timeout=20000)
    made = view.last_result.path
    add_person(net.a, ("Despues", "Del Respaldo", None), central=True)  # will be lost
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made), ""))
    view.restore_button.click()
    dialog = view.dialog
    assert dialog is not None and not dialog.ok.isEnabled()
    assert "replaced" in dialog.findChildren(type(view.last))[1].text()
    dialog.understand.setChecked(True)
    dialog.password.setText("not the password")
    dialog.submit()
    assert "password" in dialog.message.text().lower() and dialog.isVisible()
    assert net.a.actor is not None  # nothing happened yet
    restarted = []
    view.restart_required.connect(lambda: restarted.append(True))
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.submit()
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "restore_outcome") is not None,
                    timeout=20000)
    assert net.a.actor is None  # the session was closed for the restore
    box = view.findChild(QMessageBox, "restore_outcome")
    assert box is not None and "is in place" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: bool(restarted), timeout=5000)
    ws = net.a.installation.unlock("admin", ADMIN_PASSWORD)
    try:
        with ws.db.read() as s:
            names = set(s.scalars(select(Person.first_surname)))
        assert "Del Respaldo" not in names
        assert any(p.name.startswith("before-restore-")
                   for p in Path(ws.installation.paths.backups).iterdir())
    finally:
        ws.close()


def test_only_exchange_roles_see_the_section(net):
    from clinic_desk.core.security.roles import Actor, Role

    admin = net.a.actor
    assert "exchange" in [s.key for s in visible_sections(net.a)]
    net.a.actor = Actor(admin.user_id, "educa", "Lucía", frozenset({Role.STAFF}))
    try:
        assert "exchange" not in [s.key for s in visible_sections(net.a)]
    finally:
        net.a.actor = admin
