"""The import view's "Save report as PDF…": the reports on screen (and the changes
received from each site) written by reports.import_report_pdf, off the UI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from clinic_desk.core.exchange import import_
from clinic_desk.core.reports.import_report_pdf import write_import_report_pdf
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.display import path_text
from clinic_desk.ui.exchange.common import last_folder, remember_folder, table_name
from clinic_desk.ui.messages import current_language, error_text
from clinic_desk.ui.tasks import TaskHandle, run_task

CONTEXT = "ImportReportPdf"  # lupdate reads only literal contexts: spelled out below


def make_button(view: Any) -> QPushButton:
    """The button, hidden until there is a report; wired to save_pdf(view)."""
    button = QPushButton(QCoreApplication.translate(
        "ImportReportPdf", "Save report as &PDF…"), view)
    button.setObjectName("save_report_pdf")
    button.clicked.connect(lambda: save_pdf(view))
    return button


def suggested_name(at: dt.datetime | None = None) -> str:
    at = at or dt.datetime.now()
    return f"import-report-{at.strftime('%Y%m%d-%H%M')}.pdf"


def save_pdf(view: Any, path: Path | None = None,
             on_done: Callable[[Path], None] | None = None) -> TaskHandle | None:
    """Ask where (unless `path`), then write the PDF of `view.reports` in a task."""
    reports = list(getattr(view, "reports", []) or [])
    if not reports:
        return None
    ws = view.workspace
    if path is None:
        folder = last_folder(ws)
        chosen, _ = QFileDialog.getSaveFileName(
            view, QCoreApplication.translate("ImportReportPdf", "Save the import report"),
            str(Path(folder or ".") / suggested_name()),
            QCoreApplication.translate("ImportReportPdf", "PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        remember_folder(ws, str(path.parent))
    lang, office = current_language(), ws.site.code
    message: InlineMessage = view.message

    def work(_progress: Any) -> Path:
        return write_import_report_pdf(path, reports, lang=lang, office=office,
                                       coverage=import_.coverage(ws),
                                       waiting=import_.waiting_ranges(ws),
                                       table_label=table_name)

    def done(p: Path) -> None:
        message.show_message(QCoreApplication.translate(
            "ImportReportPdf", "Report saved: {path}").format(path=path_text(p)), InlineMessage.OK)
        if on_done is not None:
            on_done(p)

    handle = run_task(view if isinstance(view, QWidget) else None,
                      QCoreApplication.translate("ImportReportPdf", "Saving the import report…"),
                      work, on_done=done,
                      on_error=lambda exc: message.show_message(error_text(exc)))
    view.pdf_task = handle
    return handle


def state_lines(report: import_.ImportReport) -> list[str]:
    """The digest comparison of one report, for the screen."""
    st = report.state
    if st is None:
        return []
    code = report.site_code
    if not st.compared:
        if st.reason == "no digest":
            return [QCoreApplication.translate(
                "ImportReportPdf", "Your copy of site {code} was not compared: the bundle "
                "carries no digest (an older version of Clinic Desk).").format(code=code)]
        return [QCoreApplication.translate(
            "ImportReportPdf", "Your copy of site {code} was not compared: a later bundle of "
            "that site was imported already.").format(code=code)]
    if st.equal:
        return [QCoreApplication.translate(
            "ImportReportPdf", "Your copy of site {code} equals the site.").format(code=code)]
    from clinic_desk.ui.exchange.common import table_name

    kinds = ", ".join(table_name(n) for n in st.differing)
    return [QCoreApplication.translate(
        "ImportReportPdf", "Your copy of site {code} differs from the site in: {kinds}.").format(
        code=code, kinds=kinds)]
