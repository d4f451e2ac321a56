"""The session summary PDF (counsellors only): for an institution — her consent must
name it, which the core checks and, if not, refuses with its own message — or her own
copy. Written off the UI thread through `run_task`; audited by the core.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.intake import consent
from clinic_desk.core.intake.models import INSTITUTIONS
from clinic_desk.core.reports.session_summary import PURPOSE_OWN, write_session_summary_pdf
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import current_language, error_text
from clinic_desk.ui.people.common import INSTITUTIONS as INSTITUTION_WORDS
from clinic_desk.ui.people.common import word
from clinic_desk.ui.tasks import run_task
from clinic_desk.ui.widgets import label


def may_write_summary(workspace: Workspace) -> bool:
    return workspace.actor is not None and workspace.actor.can(Perm.NOTES_READ)


class SummaryPdfDialog(QDialog):
    """Signals: `written(SummaryResult)`."""

    written = Signal(object)

    def __init__(self, workspace: Workspace, person_id: str, name: str = "",
                 parent: QWidget | None = None, default_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_pdf_dialog")
        self.setWindowTitle(self.tr("Session summary PDF"))
        self.workspace = workspace
        self.person_id = person_id
        self.busy = False
        self.result_path: Path | None = None
        intro = label(self.tr("A summary of her signed sessions, for a referral or for her "
                              "to keep. Group notes about other women are never printed. "
                              "Every PDF is written to the audit log."), "muted", wrap=True)
        self.for_institution = QRadioButton(self.tr("For an &institution (needs her consent)"),
                                            self)
        self.for_institution.setObjectName("for_institution")
        self.own_copy = QRadioButton(self.tr("Her &own copy"), self)
        self.own_copy.setObjectName("own_copy")
        purpose = QButtonGroup(self)
        purpose.addButton(self.for_institution)
        purpose.addButton(self.own_copy)
        self.for_institution.setChecked(True)
        self.institution = QComboBox(self)
        self.institution.setObjectName("summary_institution")
        for code in INSTITUTIONS:
            self.institution.addItem(word(INSTITUTION_WORDS, code), code)
        path_row = QHBoxLayout()
        folder = default_dir or Path.home()
        self.path = QLineEdit(str(folder / "resumen-sesiones.pdf"), self)
        self.path.setObjectName("summary_path")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        if name:
            form.addRow(self.tr("Person:"), label(name, "heading"))
        form.addRow(self.for_institution)
        form.addRow(self.tr("Institution:"), self.institution)
        form.addRow(self.own_copy)
        form.addRow(self.tr("Save as:"), path_row)
        self.error = label("", "errorLabel", wrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write PDF"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addLayout(form)
        col.addWidget(self.error)
        col.addWidget(self.buttons)
        self.for_institution.toggled.connect(self.institution.setEnabled)
        self.resize(520, 300)

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), self.path.text(),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def submit(self) -> None:
        if self.busy:
            return
        self.error.clear()
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose where to save the PDF."))
            return
        path = Path(text)
        own = self.own_copy.isChecked()
        purpose = PURPOSE_OWN if own else consent.PURPOSE_INSTITUTION
        institution = None if own else self.institution.currentData()
        ws, actor, pid, lang = self.workspace, self.workspace.actor, self.person_id, \
            current_language()

        def work(_progress: object) -> object:
            with ws.db.write(actor.user_id) as s:
                return write_session_summary_pdf(s, actor, pid, path, purpose=purpose,
                                                 institution=institution, lang=lang)

        self.busy = True
        self.buttons.setEnabled(False)
        run_task(self, self.tr("Writing the PDF…"), work, on_done=self._done,
                 on_error=self._failed)

    def _done(self, result: object) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.result_path = getattr(result, "path", None)
        self.written.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))  # the core's refusal, e.g. no consent


def attach_to_case(case: QWidget, row_layout: QHBoxLayout | None = None,
                   note: QLabel | None = None) -> QPushButton:
    """A "Session summary PDF…" button for the case view (counsellors only)."""
    button = QPushButton(
        QCoreApplication.translate("SummaryPdfDialog", "Session summary &PDF…"), case)
    button.setObjectName("summary_pdf")
    button.setVisible(may_write_summary(case.workspace))  # type: ignore[attr-defined]

    def open_dialog(modal: bool = True) -> SummaryPdfDialog | None:
        pid = getattr(case, "person_id", None)
        if not pid:
            case.message.setText(  # type: ignore[attr-defined]
                QCoreApplication.translate("SummaryPdfDialog", "Find a person first."))
            return None
        view = getattr(case, "view", None)
        dlg = SummaryPdfDialog(case.workspace, pid,  # type: ignore[attr-defined]
                               view.name if view is not None else "", case)
        shown = note if note is not None else case.message  # type: ignore[attr-defined]
        dlg.written.connect(lambda r: shown.setText(
            QCoreApplication.translate(
                "SummaryPdfDialog",
                "PDF written: {path}. It is confidential: hand it over in person.").format(
                path=str(getattr(r, "path", "")))))
        case.summary_dialog = dlg  # type: ignore[attr-defined]
        if modal:
            dlg.exec()
        return dlg

    button.clicked.connect(lambda: open_dialog())
    case.open_summary_pdf = open_dialog  # type: ignore[attr-defined]
    if row_layout is not None:
        row_layout.addWidget(button)
    return button
