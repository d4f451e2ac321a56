"""Small dialogs of a person's file: consent, risk assessment, screening, emergency
contact, referral, service, the referral PDF and (administrators) merging.

Each calls one core service inside a writing transaction; a refusal is shown next to
the field it is about and the dialog stays open, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import consent, merge, referrals, risk, services_log
from clinic_desk.core.intake.models import CONSENT_KINDS
from clinic_desk.core.reports.person_file import write_person_file_pdf
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.messages import current_language, error_text
from clinic_desk.ui.people.common import (
    CONSENT_KINDS as KIND_WORDS,
)
from clinic_desk.ui.people.common import (
    DATE_ERROR,
    DATE_HINT,
    DIRECTIONS,
    INSTITUTIONS,
    REFERRAL_STATUSES,
    RISK_LEVELS,
    SERVICE_KINDS,
    VIOLENCE_TYPES,
    BadDate,
    FieldBox,
    fmt_date,
    parse_date,
    risk_icon,
    tr,
    word,
)
from clinic_desk.ui.people.picker import PersonPicker
from clinic_desk.ui.tasks import run_task

SPACING = 10


def combo(table: dict[str, str], codes: tuple[str, ...] | list[str], name: str,
          parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    for code in codes:
        box.addItem(word(table, code), code)
    return box


def text_edit(name: str, parent: QWidget, height: int = 70, placeholder: str = ""
              ) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class FileDialog(QDialog):
    """A titled form of FieldBoxes; `save()` runs the core call in a write session."""

    saved = Signal(object)

    def __init__(self, workspace: Workspace, person_id: str, title: str,
                 parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.person_id = person_id
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        self.fields: dict[str, FieldBox] = {}
        self.col = QVBoxLayout(self)
        self.col.setContentsMargins(20, 18, 20, 14)
        self.col.setSpacing(SPACING)
        if intro:
            hint = QLabel(intro, self)
            hint.setWordWrap(True)
            hint.setObjectName("hintLabel")
            self.col.addWidget(hint)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setProperty("primary", True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def add(self, key: str, caption: str, widget: QWidget, required: bool = False) -> QWidget:
        holder = FieldBox(caption, widget, self, required)
        self.fields[key] = holder
        self.col.addWidget(holder)
        return widget

    def finish(self) -> None:
        self.col.addWidget(self.message)
        self.col.addStretch(1)
        self.col.addWidget(self.buttons)

    def clear_errors(self) -> None:
        self.message.clear()
        for holder in self.fields.values():
            holder.clear_error()

    def refuse(self, fld: str | None, text: str) -> None:
        holder = self.fields.get(fld or "")
        if holder is not None:
            holder.show_error(text)
            holder.widget.setFocus()
        else:
            self.message.show_message(text)

    def write(self, fn: Callable[[Session], Any]) -> bool:
        """Run fn(session) in one writing transaction; show a refusal; True when saved."""
        self.clear_errors()
        try:
            with self.workspace.db.write(self.workspace.actor.user_id) as s:
                result = fn(s)
        except InvalidInput as exc:
            self.refuse(exc.field, error_text(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return False
        self.saved.emit(result)
        self.accept()
        return True

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ConsentDialog(FileDialog):
    """Record a decision: she gives, or withdraws, one kind of consent."""

    def __init__(self, workspace: Workspace, person_id: str, kind: str | None = None,
                 granted: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(workspace, person_id, self.tr("Record her consent"), parent,
                         self.tr("Each decision is kept with the date and who recorded it. "
                                 "A withdrawal is a new decision; the earlier ones stay in "
                                 "the history."))
        self.kind = self.add("kind", self.tr("Kind of consent"),
                             combo(KIND_WORDS, CONSENT_KINDS, "kind", self))
        if kind:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.decision = QComboBox(self)
        self.decision.setObjectName("granted")
        self.decision.addItem(self.tr("She gives her consent"), True)
        self.decision.addItem(self.tr("She withdraws her consent"), False)
        self.decision.setCurrentIndex(0 if granted else 1)
        self.add("granted", self.tr("Her decision"), self.decision)
        self.institutions_box = QWidget(self)
        grid = QGridLayout(self.institutions_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.institutions: dict[str, QCheckBox] = {}
        for i, code in enumerate(INSTITUTIONS):
            box = QCheckBox(word(INSTITUTIONS, code), self.institutions_box)
            box.setObjectName(f"institution_{code}")
            grid.addWidget(box, i // 2, i % 2)
            self.institutions[code] = box
        self.add("institutions", self.tr("Institutions she agrees to share with"),
                 self.institutions_box)
        self.note = self.add("note", self.tr("Note"), QLineEdit(self))
        self.kind.currentIndexChanged.connect(self._update)
        self.decision.currentIndexChanged.connect(self._update)
        self._update()
        self.finish()

    def _update(self) -> None:
        share = self.kind.currentData() == "share_institutions" and bool(
            self.decision.currentData())
        self.fields["institutions"].setVisible(share)

    def submit(self) -> None:
        kind, granted = self.kind.currentData(), bool(self.decision.currentData())
        insts = ([c for c, b in self.institutions.items() if b.isChecked()]
                 if kind == "share_institutions" and granted else None)
        note = self.note.text()
        actor = self.workspace.actor
        self.write(lambda s: consent.record_consent(s, actor, self.person_id, kind, granted,
                                                    insts, note))


class RiskDialog(FileDialog):
    def __init__(self, workspace: Workspace, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, person_id, self.tr("New risk assessment"), parent,
                         self.tr("The newest assessment is her current risk level. Earlier "
                                 "ones stay in the history."))
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        self.level.addItem(self.tr("Choose…"), None)
        for code in RISK_LEVELS:
            self.level.addItem(risk_icon(code), word(RISK_LEVELS, code), code)
        self.add("level", self.tr("Risk level"), self.level, True)
        types = QWidget(self)
        row = QHBoxLayout(types)
        row.setContentsMargins(0, 0, 0, 0)
        self.types: dict[str, QCheckBox] = {}
        for code in VIOLENCE_TYPES:
            box = QCheckBox(word(VIOLENCE_TYPES, code), types)
            box.setObjectName(f"violence_{code}")
            row.addWidget(box)
            self.types[code] = box
        row.addStretch(1)
        self.add("violence_types", self.tr("Types of violence"), types)
        self.note = self.add("note", self.tr("Note"), text_edit("note", self))
        self.finish()

    def submit(self) -> None:
        level = self.level.currentData()
        if level is None:
            self.clear_errors()
            self.refuse("level", self.tr("Choose the risk level."))
            return
        types = [c for c, b in self.types.items() if b.isChecked()]
        note = self.note.toPlainText()
        actor = self.workspace.actor
        self.write(lambda s: risk.assess_risk(s, actor, self.person_id, level, types, note))


class ScreeningDialog(FileDialog):
    def __init__(self, workspace: Workspace, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, person_id, self.tr("Substance-use screening"), parent,
                         self.tr("Write the name of the instrument used (for example "
                                 "AUDIT-C or ASSIST) and the total score."))
        self.instrument = self.add("instrument", self.tr("Instrument"), QLineEdit("AUDIT-C",
                                                                                  self), True)
        self.score = QSpinBox(self)
        self.score.setObjectName("score")
        self.score.setRange(0, 1000)
        self.add("score", self.tr("Total score"), self.score, True)
        self.note = self.add("note", self.tr("Note"), text_edit("note", self))
        self.finish()

    def submit(self) -> None:
        name, score, note = self.instrument.text(), self.score.value(), self.note.toPlainText()
        actor = self.workspace.actor
        self.write(lambda s: risk.record_screening(s, actor, self.person_id, name, score,
                                                   None, note))


class ContactDialog(FileDialog):
    def __init__(self, workspace: Workspace, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, person_id, self.tr("Add an emergency contact"), parent)
        self.name = self.add("name", self.tr("Name"), QLineEdit(self), True)
        self.relation = self.add("relation", self.tr("Relation to her"),
                                 QLineEdit(self))
        self.relation.setPlaceholderText(self.tr("e.g. sister, neighbour"))
        self.phone = self.add("phone", self.tr("Phone"), QLineEdit(self))
        self.never = QCheckBox(self.tr("NEVER CONTACT — this person is the aggressor"), self)
        self.never.setObjectName("never_contact")
        self.never.setStyleSheet("QCheckBox { color: #b3261e; font-weight: bold; }")
        self.add("never_contact", self.tr("Warning"), self.never)
        self.note = self.add("note", self.tr("Note"), QLineEdit(self))
        self.finish()

    def submit(self) -> None:
        name, rel, phone = self.name.text(), self.relation.text(), self.phone.text()
        never, note = self.never.isChecked(), self.note.text()
        actor = self.workspace.actor
        self.write(lambda s: risk.add_emergency_contact(s, actor, self.person_id, name, rel,
                                                        phone, never, note))


def _date_field(parent: QWidget, value: dt.date) -> QLineEdit:
    edit = QLineEdit(fmt_date(value), parent)
    edit.setPlaceholderText(tr(DATE_HINT))
    edit.setMaxLength(10)
    return edit


class ReferralDialog(FileDialog):
    def __init__(self, workspace: Workspace, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, person_id, self.tr("New referral"), parent)
        self.direction = self.add("direction", self.tr("Direction"),
                                  combo(DIRECTIONS, ("out", "in"), "direction", self))
        self.institution = self.add("institution", self.tr("Institution"),
                                    combo(INSTITUTIONS, tuple(INSTITUTIONS), "institution",
                                          self))
        self.institution_name = self.add("institution_name", self.tr("Name of the office"),
                                         QLineEdit(self))
        self.institution_name.setPlaceholderText(self.tr("e.g. CEM Ate"))
        self.referred_on = self.add("referred_on", self.tr("Date (dd/mm/yyyy)"),
                                    _date_field(self, dt.date.today()))
        self.reason = self.add("reason", self.tr("Reason"), text_edit("reason", self, 60))
        self.status = self.add("status", self.tr("Status"),
                               combo(REFERRAL_STATUSES, tuple(REFERRAL_STATUSES), "status",
                                     self))
        self.finish()

    def submit(self) -> None:
        try:
            when = parse_date(self.referred_on.text())
        except BadDate:
            self.clear_errors()
            self.refuse("referred_on", tr(DATE_ERROR))
            return
        args = (self.direction.currentData(), self.institution.currentData(),
                self.reason.toPlainText())
        name, status = self.institution_name.text(), self.status.currentData()
        actor = self.workspace.actor
        self.write(lambda s: referrals.add_referral(
            s, actor, self.person_id, *args, referred_on=when, institution_name=name,
            status=status))


class ReferralStatusDialog(FileDialog):
    def __init__(self, workspace: Workspace, person_id: str, referral: referrals.ReferralInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, person_id, self.tr("Follow up a referral"), parent)
        self.referral_id = referral.id
        self.status = self.add("status", self.tr("Status"),
                               combo(REFERRAL_STATUSES, tuple(REFERRAL_STATUSES), "status",
                                     self))
        self.status.setCurrentIndex(self.status.findData(referral.status))
        self.outcome = self.add("outcome", self.tr("What came of it"),
                                text_edit("outcome", self, 60))
        self.outcome.setPlainText(referral.outcome or "")
        self.finish()

    def submit(self) -> None:
        status, outcome = self.status.currentData(), self.outcome.toPlainText()
        actor = self.workspace.actor
        self.write(lambda s: referrals.update_referral(s, actor, self.referral_id, status,
                                                       outcome))


class ServiceDialog(FileDialog):
    def __init__(self, workspace: Workspace, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, person_id, self.tr("Log a service given"), parent)
        self.kind = self.add("kind", self.tr("Service"),
                             combo(SERVICE_KINDS, tuple(SERVICE_KINDS), "kind", self))
        self.given_on = self.add("given_on", self.tr("Date (dd/mm/yyyy)"),
                                 _date_field(self, dt.date.today()))
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(1, 1000)
        self.add("quantity", self.tr("Quantity"), self.quantity)
        self.note = self.add("note", self.tr("Note"), QLineEdit(self))
        self.finish()

    def submit(self) -> None:
        try:
            when = parse_date(self.given_on.text())
        except BadDate:
            self.clear_errors()
            self.refuse("given_on", tr(DATE_ERROR))
            return
        kind, qty, note = self.kind.currentData(), self.quantity.value(), self.note.text()
        actor = self.workspace.actor
        self.write(lambda s: services_log.log_service(s, actor, self.person_id, kind, when,
                                                      qty, note))


class PdfDialog(FileDialog):
    """The person file PDF for a referral: her consent must name the institution; an
    administrator may override in an emergency, giving a reason (audited)."""

    def __init__(self, workspace: Workspace, person_id: str, consented: tuple[str, ...],
                 default_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(workspace, person_id, self.tr("Person file PDF for a referral"),
                         parent, self.tr(
                             "The file carries only what a referral needs: no staff notes, "
                             "no gender identity or orientation, no safety plan. Every PDF "
                             "is written to the audit log."))
        self.result_path: Path | None = None
        self.busy = False
        self.institution = self.add("institution", self.tr("Institution that receives it"),
                                    combo(INSTITUTIONS, tuple(INSTITUTIONS), "institution",
                                          self))
        if consented:
            self.institution.setCurrentIndex(self.institution.findData(consented[0]))
            covered = self.tr("Her consent covers: {list}.").format(
                list=", ".join(word(INSTITUTIONS, c) for c in consented))
        else:
            covered = self.tr("She has not agreed to share her record with any institution.")
        self.covered = QLabel("ⓘ " + covered, self)
        self.covered.setWordWrap(True)
        self.covered.setObjectName("consentCovers")
        self.col.addWidget(self.covered)
        path_row = QWidget(self)
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        folder = default_dir or Path.home()
        self.path = QLineEdit(str(folder / "ficha-derivacion.pdf"), path_row)
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Choose…"), path_row)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.add("path", self.tr("Save as"), path_row)
        self.fields["path"].widget = self.path
        self.override = QCheckBox(self.tr("Emergency: share WITHOUT her consent"), self)
        self.override.setObjectName("override")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("override_reason")
        self.reason.setPlaceholderText(self.tr("Why it cannot wait for her consent"))
        self.reason.setEnabled(False)
        self.override.toggled.connect(self.reason.setEnabled)
        can_override = workspace.actor is not None and workspace.actor.can(
            Perm.CONSENT_OVERRIDE)
        if can_override:
            self.add("override", self.tr("Administrator override (audited)"), self.override)
            self.add("override_reason", self.tr("Reason"), self.reason)
        else:
            self.override.hide()
            self.reason.hide()
        self.ok_button.setText(self.tr("Write PDF"))
        self.finish()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), self.path.text(),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.path.setText(name)

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_errors()
        text = self.path.text().strip()
        if not text:
            self.refuse("path", self.tr("Choose where to save the PDF."))
            return
        path = Path(text)
        institution = self.institution.currentData()
        reason = self.reason.text() if self.override.isChecked() else None
        if self.override.isChecked() and not (reason or "").strip():
            self.refuse("override_reason", self.tr("Write the reason for the override."))
            return
        lang = current_language()
        ws, actor, pid = self.workspace, self.workspace.actor, self.person_id

        def work(_progress: object) -> object:
            with ws.db.write(actor.user_id) as s:
                return write_person_file_pdf(s, actor, pid, path, institution,
                                             override_reason=reason, lang=lang)

        self.busy = True
        self.buttons.setEnabled(False)
        run_task(self, self.tr("Writing the PDF…"), work, on_done=self._done,
                 on_error=self._failed)

    def _done(self, result: object) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.result_path = getattr(result, "path", None)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        field = getattr(exc, "field", None)
        self.refuse(field if field in self.fields else None, error_text(exc))


class MergeDialog(FileDialog):
    """Administrators: another record of the same person is merged into this one."""

    def __init__(self, workspace: Workspace, person_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, person_id, self.tr("Merge two records"), parent,
                         self.tr("Choose the other record of {name}. Everything it holds "
                                 "(consents, risk, referrals, services, household) moves to "
                                 "this record; the other one is closed. The merge is "
                                 "recorded and cannot be undone here.").format(name=name))
        self.setMinimumSize(640, 520)
        self.picker = PersonPicker(workspace, self)
        self.picker.setObjectName("merge_picker")
        self.chosen: str | None = None
        self.add("merge_id", self.tr("The other record"), self.picker, True)
        self.chosen_label = QLabel(self.tr("No record chosen yet."), self)
        self.chosen_label.setObjectName("muted")
        self.col.addWidget(self.chosen_label)
        self.reason = self.add("reason", self.tr("Why they are the same person"),
                               QLineEdit(self), True)
        self.picker.person_selected.connect(self._chosen)
        self.ok_button.setText(self.tr("Merge"))
        self.finish()

    def _chosen(self, person_id: str) -> None:
        self.chosen = person_id
        row = self.picker.model.row_of(person_id)
        hit = self.picker.model.hit_at(row)
        self.chosen_label.setText(self.tr("Chosen: {name}").format(
            name=hit.full_name if hit else person_id))

    def submit(self) -> None:
        if self.chosen is None:
            self.clear_errors()
            self.refuse("merge_id", self.tr("Choose the other record first."))
            return
        other, reason = self.chosen, self.reason.text()
        actor = self.workspace.actor
        self.write(lambda s: merge.merge_people(s, actor, self.person_id, other, reason))


__all__ = ["ConsentDialog", "ContactDialog", "FileDialog", "MergeDialog", "PdfDialog",
           "ReferralDialog", "ReferralStatusDialog", "RiskDialog", "ScreeningDialog",
           "ServiceDialog"]
