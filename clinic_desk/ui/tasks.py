"""The one way to run long work (export, import, backup, PDF, verify, key derivation)
off the UI thread — the idea of Anki's CollectionOp.

    run_task(parent, self.tr("Checking the database…"), lambda progress: ws.verify(),
             on_done=self.show_report, on_error=self.show_error)

`fn(progress)` runs on a worker thread. It stays Qt-free: `progress` is a duck type with
`progress.report(done, total, text)` (or `progress(done, total, text)`), a
`progress.cancelled` flag to poll, and `progress.raise_if_cancelled()`.

Outcome, always delivered on the UI thread:
- `fn` returned            -> on_done(result)  (even if a cancel came too late to matter)
- `fn` raised, no cancel   -> on_error(exc)    (default: a message box with the text)
- `fn` raised after cancel -> on_cancelled()   (a cancelled function must leave nothing
                                                half-written: roll back, then raise)

A modal progress dialog appears only when the work takes longer than SHOW_AFTER_MS.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

from clinic_desk.ui.messages import error_text

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 300


class TaskCancelled(Exception):
    """Raised by Progress.raise_if_cancelled(); any exception after a cancel counts."""


class Progress:
    """Handed to the worker function. Thread-safe; no Qt in its interface."""

    def __init__(self, emit: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._emit = emit
        self.done = 0
        self.total = 0
        self.text = ""

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.done, self.total, self.text = int(done), int(total), str(text)
        if self._emit is not None:
            self._emit(self.done, self.total, self.text)

    __call__ = report

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()


class _TaskDialog(QProgressDialog):
    """Escape or the close button only ask to cancel; the dialog closes with the work."""

    def reject(self) -> None:
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()
        self.canceled.emit()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress,
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._progress = progress
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class TaskHandle(QObject):
    """One running task. Lives on the UI thread; worker signals arrive queued."""

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[[Progress], Any],
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None,
                 on_cancelled: Callable[[], None] | None, cancellable: bool) -> None:
        super().__init__(None)
        self._parent = parent
        self._title = title
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._cancellable = cancellable
        self.running = True
        self.dialog: QProgressDialog | None = None
        self._signals = _Signals()
        self._signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.progress = Progress(self._signals.progressed.emit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._timer.start(SHOW_AFTER_MS)
        self._runnable = _Runnable(fn, self.progress, self._signals)

    # -- control ---------------------------------------------------------------
    def cancel(self) -> None:
        if not self._cancellable or not self.running:
            return
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling… nothing will be half-written."))
            button = self.dialog.findChild(QWidget, "task_cancel_button")
            if button is not None:
                button.setEnabled(False)

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    # -- dialog ----------------------------------------------------------------
    def _show_dialog(self) -> None:
        if not self.running:
            return
        dlg = _TaskDialog(self._parent)
        dlg.setWindowTitle(self._title)
        dlg.setLabelText(self._title)
        dlg.setWindowModality(Qt.WindowModality.WindowModal if self._parent
                              else Qt.WindowModality.ApplicationModal)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumDuration(0)
        dlg.setMinimumWidth(420)
        if self._cancellable:
            button = QPushButton(self.tr("Cancel"), dlg)
            button.setObjectName("task_cancel_button")
            dlg.setCancelButton(button)
        else:
            dlg.setCancelButton(None)
        dlg.canceled.disconnect()  # no auto-hide: we close it when the worker ends
        dlg.canceled.connect(self.cancel)
        if self.progress.total:
            dlg.setRange(0, self.progress.total)
            dlg.setValue(self.progress.done)
        else:
            dlg.setRange(0, 0)  # busy indicator until the function reports a total
        if self.progress.text:
            dlg.setLabelText(self.progress.text)
        self.dialog = dlg
        dlg.show()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        if text and not self.progress.cancelled:
            self.dialog.setLabelText(text)

    # -- outcome ---------------------------------------------------------------
    def _end(self) -> None:
        self.running = False
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        _RUNNING.discard(self)
        # The worker thread may still be unwinding `run()` when its outcome arrives here:
        # if the last reference to the runnable (and so to the signals QObject) dropped
        # there, Qt objects would be destroyed on the wrong thread (a rare crash). Finished
        # handles are kept a while and released later, on this thread.
        _FINISHED.append(self)

    def _parent_gone(self) -> bool:
        return self._parent is not None and not isValid(self._parent)

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._end()
        if not self._parent_gone():
            self._on_done(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._end()
        if self._parent_gone():
            log.info("task %r ended after its window closed", self._title)
            return
        if self.progress.cancelled:
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit…
            log.error("task %r stopped by %s", self._title, type(exc).__name__)
        if self._on_error is not None:
            self._on_error(exc)
        else:
            _show_error(self._parent, self._title, exc)


_RUNNING: set[TaskHandle] = set()  # keeps handles alive until their outcome arrives
_FINISHED: collections.deque[TaskHandle] = collections.deque(maxlen=64)


def _show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    from clinic_desk.core.errors import ClinicDeskError

    if not isinstance(exc, ClinicDeskError):
        log.error("task %r failed", title, exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def run_task(parent: QWidget | None, title: str, fn: Callable[[Progress], Any],
             on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None,
             cancellable: bool = False,
             on_cancelled: Callable[[], None] | None = None) -> TaskHandle:
    """Run `fn(progress)` on a worker thread; see the module docstring."""
    handle = TaskHandle(parent, title, fn, on_done, on_error, on_cancelled, cancellable)
    _RUNNING.add(handle)
    QThreadPool.globalInstance().start(handle._runnable)
    return handle


def wait_for_tasks(msecs: int = 30000) -> bool:
    """Wait for the worker threads (at application exit)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
