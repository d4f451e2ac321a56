"""Small shared widgets and helpers: icons, password field, clipboard guard, and a
way to run slow core calls (Argon2) off the UI thread with a busy cursor."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from clinic_desk.resources import icon_path

log = logging.getLogger(__name__)

CLIPBOARD_CLEAR_MS = 60_000


def icon(name: str) -> QIcon:
    return QIcon(str(icon_path(name)))


def make_primary(button: QPushButton) -> QPushButton:
    button.setProperty("primary", True)
    button.style().unpolish(button)
    button.style().polish(button)
    return button


def label(text: str = "", object_name: str | None = None, wrap: bool = False,
          parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    if object_name:
        widget.setObjectName(object_name)
    widget.setWordWrap(wrap)
    return widget


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class PasswordField(QLineEdit):
    """A password line edit with a show/hide toggle at its end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QAction(icon("eye"), "", self)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        self.addAction(self.toggle, QLineEdit.ActionPosition.TrailingPosition)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                 | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhSensitiveData)
        self._retranslate()

    def _toggled(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setIcon(icon("eye-off" if shown else "eye"))
        self._retranslate()

    def _retranslate(self) -> None:
        text = (self.tr("Hide password") if self.toggle.isChecked()
                else self.tr("Show password"))
        self.toggle.setText(text)
        self.toggle.setToolTip(text)

    def hide_text(self) -> None:
        self.toggle.setChecked(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class ClipboardGuard(QObject):
    """Copies text and removes it again later, but only if the clipboard still holds
    what we put there (never wipes what the user copied elsewhere)."""

    def __init__(self) -> None:
        super().__init__()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str, clear_after_ms: int = CLIPBOARD_CLEAR_MS) -> None:
        QGuiApplication.clipboard().setText(text)
        self._ours = text
        self._timer.start(clear_after_ms)

    def holds_ours(self) -> bool:
        return self._ours is not None and QGuiApplication.clipboard().text() == self._ours

    def clear_if_ours(self) -> bool:
        self._timer.stop()
        cleared = False
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
            cleared = True
        self._ours = None
        return cleared


_guard: ClipboardGuard | None = None


def clipboard_guard() -> ClipboardGuard:
    global _guard
    if _guard is None:
        _guard = ClipboardGuard()
    return _guard


class Task(QObject):
    """Runs `fn` in a worker thread; `succeeded`/`failed` arrive on the UI thread.

    Shows a busy cursor while it runs. Keep a reference (the owner stores it)."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.running = False
        self.succeeded.connect(self._finish)
        self.failed.connect(self._finish)

    def start(self) -> None:
        self.running = True
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        threading.Thread(target=self._run, name="clinic-desk-task", daemon=True).start()

    def _run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def _finish(self, _value: object) -> None:
        if self.running:
            self.running = False
            QApplication.restoreOverrideCursor()


def run_task(parent: QObject, fn: Callable[[], Any], on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None]) -> Task:
    task = Task(fn, parent)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.start()
    return task
