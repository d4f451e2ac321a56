"""Asking where to save a report, and saving it off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.messages import current_language, error_text
from clinic_desk.ui.tasks import TaskHandle, run_task


def ask_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder or ".") / suggested),
                                          pattern)
    return Path(path) if path else None


def language() -> str:
    return current_language()


def safe_name(text: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_" else "-" for c in text)
    return "-".join(x for x in keep.split("-") if x)[:60] or "report"


def save_in_background(parent: QWidget, message: InlineMessage, title: str,
                       write: Callable[[], Path], done: Callable[[Path], None] | None = None
                       ) -> TaskHandle:
    """Write a file with `write()` on a worker thread; say where it went, or why not."""
    message.clear()

    def finished(path: Path) -> None:
        message.show_message(QCoreApplication.translate("Inventory", "Saved: {path}").format(
            path=str(path)), InlineMessage.OK)
        if done is not None:
            done(path)

    return run_task(parent, title, lambda _p: write(), on_done=finished,
                    on_error=lambda exc: message.show_message(error_text(exc)))


def export_to(view: QWidget, path: Path | None, title: str, suggested: str, pattern: str,
              busy: str, write: Callable[[Path], Path]) -> TaskHandle | None:
    """Ask where to save (unless `path` is given), then `write(path)` off the UI thread.

    `view` has a `message` (InlineMessage) that tells the outcome and a `task` attribute
    that keeps the handle; nothing changes when the question is cancelled."""
    path = path or ask_path(view, title, suggested, pattern)
    if path is None:
        return None
    chosen = path
    task = save_in_background(view, view.message, busy,  # type: ignore[attr-defined]
                              lambda: write(chosen))
    view.task = task  # type: ignore[attr-defined]
    return task
