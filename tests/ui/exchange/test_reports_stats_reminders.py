"""The import report saved as PDF from the import view, the statistics tab, and the
backup reminders of the main window (status bar, automatic backup on exit)."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from clinic_desk.core.exchange import backup, export, stats
from clinic_desk.core.exchange.export import write_state
from clinic_desk.core.security.roles import Actor, Role
from clinic_desk.ui import backup_reminder
from clinic_desk.ui.exchange import ExchangePage
from clinic_desk.ui.main_window import MainWindow
from tests.integration.exchange.conftest import SECRET_NAME, SHARED_NAME, add_person


def _page(qtbot, ws) -> ExchangePage:
    page = ExchangePage(ws)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_import_report_is_saved_as_pdf(qtbot, net, tmp_path, monkeypatch):
    add_person(net.a, SECRET_NAME, central=False)
    add_person(net.a, SHARED_NAME, central=True)
    path = export.export_bundle(net.a, net.root).path
    page = _page(qtbot, net.centre)
    view = page.importer
    view.confirm_trust = lambda info: True
    view.load([path])
    qtbot.waitUntil(lambda: view.dry_run_done, timeout=20000)
    assert view.save_pdf_button.isVisible()  # a preview can be saved too
    assert "Your copy of site HUAYCAN-01" in view.report_summary.text()
    view.import_button.click()
    qtbot.waitUntil(lambda: view.report_title.text() == "Imported", timeout=20000)
    assert "Your copy of site HUAYCAN-01 equals the site." in view.report_summary.text()
    out = tmp_path / "informe.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.save_pdf_button.click()
    qtbot.waitUntil(lambda: out.exists() and "Report saved" in view.message.text(),
                    timeout=20000)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Import report" in text and "Site HUAYCAN-01" in text
    assert "Your copy of site HUAYCAN-01 equals the site." in text
    assert "Changes received from each site" in text
    assert SHARED_NAME[1] not in text and SECRET_NAME[1] not in text
    from clinic_desk.ui.exchange.common import table_name

    # tables named in words, as on the screen
    assert table_name("consents") != "consents" and table_name("consents") in text
    assert "consents" not in text.split()


def test_statistics_tab_shows_the_rows_and_saves_them(qtbot, net, tmp_path, monkeypatch):
    for i in range(6):
        add_person(net.a, ("Rosa", "Quispe" + "abcdef"[i], None), central=True)
    add_person(net.a, SECRET_NAME, central=False)
    page = _page(qtbot, net.a)
    view = page.stats
    assert view is not None and "Statistics" in page.tab_titles()
    page.show_tab(view)
    qtbot.waitUntil(lambda: view.loaded, timeout=20000)
    expected = stats.stats_rows(net.a)
    assert view.rows == expected and view.table.rowCount() == len(expected)
    shown = {tuple(view.table.item(r, c).text() for c in range(1, 5))
             for r in range(view.table.rowCount())}
    month = dt.date.today().strftime("%Y-%m")
    assert (month, "Total", "all", "7") in shown  # seven intakes this month
    assert (month, "Risk level", "Severe", "7") in shown  # the codes in words
    names = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert "Intakes (people)" in names
    everything = " ".join(view.table.item(r, c).text() for r in range(view.table.rowCount())
                          for c in range(5))
    assert SECRET_NAME[1] not in everything
    # filter by section
    view.section.setCurrentIndex(view.section.findData("intakes"))
    assert view.table.rowCount() == sum(1 for r in expected if r[0] == "intakes")
    out = tmp_path / "stats.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.save_button.click()
    qtbot.waitUntil(lambda: out.exists() and "Saved" in view.message.text(), timeout=20000)
    lines = out.read_text().splitlines()
    assert lines[0] == ",".join(stats.HEADER) and len(lines) == len(expected) + 1


def _backed_up(ws, days_ago: float) -> None:
    at = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    with ws.db.write(ws.actor.user_id) as s:
        write_state(s, backup.STATE_KEY, {"at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                          "file": "x"})


def _window(qtbot, ws) -> MainWindow:
    window = MainWindow(ws, autolock_ms=600_000)
    qtbot.addWidget(window)
    window.show()
    return window


def test_status_bar_warns_when_the_last_backup_is_old(qtbot, net):
    window = _window(qtbot, net.a)
    lab = window.backup_reminder
    assert lab.isVisible() and "No backup has been made yet" in lab.text()
    _backed_up(net.a, 3)
    backup_reminder.refresh_reminder(window)
    assert not lab.isVisible() and lab.text() == ""
    _backed_up(net.a, 10)
    backup_reminder.refresh_reminder(window)
    assert lab.isVisible() and "The last backup is 10 days old" in lab.text()
    net.a.set_setting("backup_reminder_days", 14)  # the setting moves the threshold
    backup_reminder.refresh_reminder(window)
    assert not lab.isVisible()
    window.locker.stop()
    _backed_up(net.a, 0)  # no automatic backup at the teardown's close


def _backups(ws) -> list[Path]:
    return sorted(ws.installation.paths.backups.glob("*.cdbackup"))


def test_automatic_backup_on_exit_when_the_last_is_a_day_old(qtbot, net):
    _backed_up(net.a, 2)
    window = _window(qtbot, net.a)
    closed = []
    window.closed.connect(lambda: closed.append(net.a.actor is not None))
    assert _backups(net.a) == []
    window.close()
    assert closed == [True]  # the workspace was still open when the backup ran
    made = _backups(net.a)
    assert len(made) == 1
    assert backup.days_since_backup(net.a) == 0
    # a backup less than a day old: none on the next exit
    again = _window(qtbot, net.a)
    again.close()
    assert _backups(net.a) == made


def test_no_automatic_backup_without_the_permission(qtbot, net):
    admin = net.a.actor
    net.a.actor = Actor(admin.user_id, "educa", "Lucía", frozenset({Role.STAFF}))
    try:
        window = _window(qtbot, net.a)
        assert backup_reminder.backup_on_exit(net.a) is None
        window.close()
        assert _backups(net.a) == []
    finally:
        net.a.actor = admin


def test_a_failed_automatic_backup_never_blocks_the_exit(qtbot, net, monkeypatch, caplog):
    _backed_up(net.a, 5)
    secret_path = "/media/usb/Zoila-Quispicondori"

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device", secret_path)

    monkeypatch.setattr(backup, "backup_to", broken)
    window = _window(qtbot, net.a)
    closed = []
    window.closed.connect(lambda: closed.append(True))
    with caplog.at_level(logging.WARNING):
        window.close()
    assert closed == [True] and not window.isVisible()
    logged = [r.getMessage() for r in caplog.records if "automatic backup" in r.getMessage()]
    assert logged == ["automatic backup on exit failed: OSError"]
    assert "Zoila" not in caplog.text and "space" not in caplog.text
