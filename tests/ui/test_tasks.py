"""run_task: work off the UI thread, delayed progress dialog, cancel, errors."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from clinic_desk.core.errors import InvalidInput
from clinic_desk.ui import tasks
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import Progress, run_task


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def test_result_arrives_on_ui_thread(qtbot, parent):
    seen = {}

    def work(progress):
        seen["worker_thread"] = threading.get_ident()
        progress.report(1, 2, "half")
        progress(2, 2, "all")  # the progress object is also a plain callable
        return 42

    def done(result):
        seen["result"] = result
        seen["done_thread"] = QThread.currentThread()

    handle = run_task(parent, "Working", work, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker_thread"] != threading.get_ident()
    assert seen["done_thread"] == QApplication.instance().thread()
    assert not handle.running
    assert handle.dialog is None  # quick work: no dialog ever shown


def test_dialog_appears_only_for_slow_work(qtbot, parent):
    release = threading.Event()
    outcome = []
    handle = run_task(parent, "Slow work", lambda p: release.wait(5), on_done=outcome.append)
    qtbot.wait(tasks.SHOW_AFTER_MS // 3)
    assert handle.dialog is None
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible(),
                    timeout=3000)
    assert handle.dialog.windowTitle() == "Slow work"
    assert handle.dialog.findChild(QPushButton, "task_cancel_button") is None  # not cancellable
    handle.dialog.reject()  # Escape must not hide a non-cancellable task
    assert handle.dialog.isVisible() and not handle.cancelled
    release.set()
    qtbot.waitUntil(lambda: outcome == [True], timeout=5000)
    assert handle.dialog is None
    assert all(not d.isVisible() for d in parent.findChildren(QProgressDialog))


def test_progress_updates_the_dialog(qtbot, parent):
    step = threading.Event()
    finish = threading.Event()
    outcome = []

    def work(progress):
        step.wait(5)
        progress.report(3, 10, "Copying part 3 of 10")
        finish.wait(5)
        return "ok"

    handle = run_task(parent, "Copying", work, on_done=outcome.append)
    qtbot.waitUntil(lambda: handle.dialog is not None, timeout=3000)
    step.set()
    qtbot.waitUntil(lambda: handle.dialog.value() == 3, timeout=3000)
    assert handle.dialog.maximum() == 10
    assert handle.dialog.labelText() == "Copying part 3 of 10"
    finish.set()
    qtbot.waitUntil(lambda: outcome == ["ok"], timeout=5000)


def test_cancel_button_sets_the_flag_and_reports_cancelled(qtbot, parent):
    polled = []
    done, errors, cancelled = [], [], []

    def work(progress):
        for i in range(500):
            polled.append(i)
            progress.report(i, 500, f"step {i}")
            progress.raise_if_cancelled()
            time.sleep(0.01)
        return "finished"

    handle = run_task(parent, "Long export", work, on_done=done.append,
                      on_error=errors.append, cancellable=True,
                      on_cancelled=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible(),
                    timeout=3000)
    button = handle.dialog.findChild(QPushButton, "task_cancel_button")
    assert button is not None and button.isEnabled()
    button.click()
    assert handle.cancelled
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert done == [] and errors == []
    assert len(polled) < 500
    assert handle.dialog is None and not handle.running


def test_function_that_polls_and_returns_reports_done(qtbot, parent):
    outcome = []

    def work(progress):
        while not progress.cancelled:
            time.sleep(0.01)
        return "stopped early, nothing written"

    handle = run_task(parent, "Polling", work, on_done=outcome.append, cancellable=True)
    qtbot.wait(50)
    handle.cancel()
    qtbot.waitUntil(lambda: outcome == ["stopped early, nothing written"], timeout=5000)


def test_exception_goes_to_on_error(qtbot, parent):
    errors, done = [], []

    def work(progress):
        raise InvalidInput("There is no user called {name}.", name="rosa")

    run_task(parent, "Failing", work, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert done == []
    assert isinstance(errors[0], InvalidInput)
    assert str(errors[0]) == "There is no user called rosa."


def test_default_error_handler_shows_a_message(qtbot, parent):
    def work(progress):
        raise InvalidInput("The password is empty.", field="password")

    run_task(parent, "Saving", work, on_done=lambda r: None)

    def box():
        boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: box() is not None, timeout=5000)
    assert box().text() == "The password is empty."
    box().close()


def test_unexpected_exception_text_is_generic(qtbot, parent):
    errors = []
    run_task(parent, "Boom", lambda p: 1 / 0, on_done=lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    assert error_text(errors[0]) == "Something went wrong and nothing was changed."


def test_cancel_is_ignored_when_not_cancellable(qtbot, parent):
    outcome = []
    release = threading.Event()
    handle = run_task(parent, "Fixed", lambda p: release.wait(5), on_done=outcome.append)
    handle.cancel()
    assert not handle.cancelled
    release.set()
    qtbot.waitUntil(lambda: outcome == [True], timeout=5000)


def test_progress_is_qt_free_duck_type():
    p = Progress()
    p.report(1, 3, "one")
    assert (p.done, p.total, p.text) == (1, 3, "one")
    assert not p.cancelled
    p.cancel()
    assert p.cancelled
    with pytest.raises(tasks.TaskCancelled):
        p.raise_if_cancelled()
