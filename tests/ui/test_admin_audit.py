"""Audit tab: entries newest first in words, the filter, paging, and the chain check."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QLocale, Qt

from clinic_desk.core.security.roles import Role
from clinic_desk.ui.admin.audit_model import (
    AuditModel,
    action_label,
    detail_text,
    format_time,
    locale_for,
)
from clinic_desk.ui.admin.audit_view import AuditView

PASSWORD = "cielo azul sobre huaycan"


@pytest.fixture
def view(qtbot, workspace):
    workspace.add_user("rosa.quispe", "Rosa Quispe", [Role.COUNSELLOR], PASSWORD)
    workspace.set_roles("rosa.quispe", [Role.COUNSELLOR, Role.STAFF])
    workspace.set_setting("autolock_minutes", 9)
    v = AuditView(workspace)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    return v


def _column(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_entries_newest_first_in_words(view):
    m = view.model
    actions = _column(m, AuditModel.ACTION)
    assert actions[:4] == ["Setting changed", "Roles changed", "User added", "Logged in"]
    assert actions[-1] == "Installed"
    assert _column(m, AuditModel.USER)[0] == "admin"
    assert _column(m, AuditModel.TARGET)[:3] == ["Auto-lock (minutes)", "rosa.quispe",
                                                  "rosa.quispe"]
    details = _column(m, AuditModel.DETAILS)
    assert details[0] == "5 → 9"
    assert details[1] == "Counsellor (psychology, social work) → " \
        "Counsellor (psychology, social work), Shelter staff"
    assert details[2] == "Roles: Counsellor (psychology, social work)"
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Time"
    assert view.stack.currentWidget() is view.table


def test_time_is_local_in_peru_format(view):
    text = view.model.data(view.model.index(0, AuditModel.TIME))
    parsed = dt.datetime.strptime(text, "%d/%m/%Y %H:%M")
    now = dt.datetime.now()
    assert abs((now - parsed).total_seconds()) < 180


def test_format_time_uses_local_zone():
    at = dt.datetime(2025, 3, 7, 15, 4, tzinfo=dt.UTC)
    expected = at.astimezone().strftime("%d/%m/%Y %H:%M")
    assert format_time(at, QLocale("es_PE")) == expected
    assert locale_for("es").name() == "es_PE"
    assert locale_for("en").name() == "en_US"


def test_filter_by_action(qtbot, view, workspace):
    labels = [view.filter.itemText(i) for i in range(view.filter.count())]
    assert labels[0] == "All actions"
    assert "Logged in" in labels and "User added" in labels
    index = view.filter.findData("user_added")
    view.filter.setCurrentIndex(index)
    actions = _column(view.model, AuditModel.ACTION)
    assert actions == ["User added", "User added"]  # admin (install) and rosa.quispe
    view.set_action_filter(None)
    assert view.model.rowCount() > 2


def test_empty_filter_shows_hint(view, workspace):
    view.model.set_action_filter("quick_hide")
    view._show_table_or_hint()
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.empty_hint


def test_unknown_action_shown_raw(qtbot, view, workspace):
    workspace.record("made_up_action", target="USB-1", parts=3)  # from a newer version
    view.refresh()
    assert view.model.data(view.model.index(0, AuditModel.ACTION)) == "made_up_action"
    assert view.model.data(view.model.index(0, AuditModel.DETAILS)) == "parts: 3"
    assert view.filter.findData("made_up_action") > 0


def test_known_action_words():
    assert action_label("login_failed") == "Failed login"
    assert action_label("quick_hide") == "Quick hide"
    assert action_label("something_new") == "something_new"
    assert detail_text("login_backoff", json.dumps({"wait_seconds": 30})) \
        == "Next try allowed after 30 s"
    assert detail_text("verified", json.dumps({"ok": True})) == "Everything in order"
    assert detail_text("password_changed", json.dumps({"reactivated": False})) == ""


def test_pages_through_long_logs(qtbot, workspace, monkeypatch):
    monkeypatch.setattr(AuditModel, "PAGE", 4)
    for i in range(9):
        workspace.record("quick_hide", n=i)
    model = AuditModel(workspace)
    model.reload()
    assert model.rowCount() == 4
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    total = model.rowCount()
    assert total >= 12
    seqs = [model.row(r).seq for r in range(total)]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == total


def test_verify_button_reports_ok(qtbot, view, workspace):
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.last_report is not None, timeout=10000)
    assert view.last_report.ok
    assert view.result.kind == "ok"
    assert view.result.text().startswith("Everything is in order.")
    assert view.verify_button.isEnabled()
    # the check itself is audited and the table shows it at once
    assert view.model.data(view.model.index(0, AuditModel.ACTION)) == "Database checked"


def test_verify_names_the_first_tampered_entry(qtbot, view, workspace):
    with workspace.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql(
            "UPDATE audit_log SET target = 'mallory' WHERE seq = 3 AND origin_site = ?",
            (workspace.site.id,))
    view.verify()
    qtbot.waitUntil(lambda: view.last_report is not None, timeout=10000)
    report = view.last_report
    assert not report.ok
    assert report.chain.first_broken_seq == 3
    text = view.result.text()
    assert view.result.kind == "error"
    assert "First broken entry: number 3 of site ESPERANZA-01" in text
    assert "its content was changed" in text
    assert "The encryption check (SQLCipher) found no damaged pages." in text
    assert "The database structure check found no problems." in text


def test_verify_refused_without_permission_is_shown(qtbot, view, workspace, monkeypatch):
    from clinic_desk.core.errors import PermissionDenied

    def refuse():
        raise PermissionDenied("Your role does not allow this action. Ask an administrator.")

    monkeypatch.setattr(workspace, "verify", refuse)
    view.verify()
    qtbot.waitUntil(lambda: view.result.kind == "error", timeout=10000)
    assert view.result.text() == "Your role does not allow this action. Ask an administrator."
    assert view.verify_button.isEnabled()
