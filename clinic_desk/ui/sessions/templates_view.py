"""Administrators edit the note templates (first interview, follow-up, crisis
intervention…) and the list of interventions a note can name. Every save is audited
by the core. Entries are switched off, never removed: old notes keep naming them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.sessions import templates
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.widgets import label, make_primary


def say(widget: QLabel, text: str, ok: bool = False) -> None:
    """A message under a form: red for a refusal, green for "saved"."""
    widget.setObjectName("okLabel" if ok else "errorLabel")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.setText(text)


def _list_text(name: str, active: bool) -> str:
    if active:
        return name
    return QCoreApplication.translate("TemplatesView", "{name} (switched off)").format(
        name=name)


class TemplatesView(QWidget):
    """Two boxes: the note templates, and the interventions list."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates_view")
        self.workspace = workspace
        self.actor = workspace.actor
        self.templates: list[templates.TemplateInfo] = []
        self.interventions: list[templates.InterventionInfo] = []

        # -- templates ---------------------------------------------------------------------
        self.tpl_list = QListWidget(self)
        self.tpl_list.setObjectName("template_list")
        self.tpl_code = QLineEdit(self)
        self.tpl_code.setObjectName("template_code")
        self.tpl_code.setMaxLength(40)
        self.tpl_code.setPlaceholderText(self.tr("e.g. home_visit"))
        self.tpl_name = QLineEdit(self)
        self.tpl_name.setObjectName("template_name")
        self.tpl_name.setMaxLength(120)
        self.tpl_body = QPlainTextEdit(self)
        self.tpl_body.setObjectName("template_body")
        self.tpl_active = QCheckBox(self.tr("Offered in the note editor"), self)
        self.tpl_active.setObjectName("template_active")
        self.tpl_new = QPushButton(self.tr("&New template"), self)
        self.tpl_new.setObjectName("new_template")
        self.tpl_save = make_primary(QPushButton(self.tr("&Save template"), self))
        self.tpl_save.setObjectName("save_template")
        self.tpl_message = label("", "errorLabel", wrap=True)
        tform = QFormLayout()
        tform.addRow(self.tr("&Code:"), self.tpl_code)
        tform.addRow(self.tr("&Name:"), self.tpl_name)
        tform.addRow("", self.tpl_active)
        tbox = QGroupBox(self.tr("Note templates"), self)
        tcol = QVBoxLayout(tbox)
        trow = QHBoxLayout()
        tleft = QVBoxLayout()
        tleft.addWidget(self.tpl_list, 1)
        tleft.addWidget(self.tpl_new, 0, Qt.AlignmentFlag.AlignLeft)
        tright = QVBoxLayout()
        tright.addLayout(tform)
        tright.addWidget(self.tpl_body, 1)
        trow.addLayout(tleft, 1)
        trow.addLayout(tright, 2)
        tcol.addLayout(trow, 1)
        tfoot = QHBoxLayout()
        tfoot.addWidget(self.tpl_message, 1)
        tfoot.addWidget(self.tpl_save)
        tcol.addLayout(tfoot)

        # -- interventions -----------------------------------------------------------------
        self.iv_list = QListWidget(self)
        self.iv_list.setObjectName("intervention_list")
        self.iv_code = QLineEdit(self)
        self.iv_code.setObjectName("intervention_code")
        self.iv_code.setMaxLength(40)
        self.iv_label = QLineEdit(self)
        self.iv_label.setObjectName("intervention_label")
        self.iv_label.setMaxLength(120)
        self.iv_order = QSpinBox(self)
        self.iv_order.setRange(0, 10000)
        self.iv_order.setValue(1000)
        self.iv_active = QCheckBox(self.tr("Offered in the note editor"), self)
        self.iv_active.setObjectName("intervention_active")
        self.iv_new = QPushButton(self.tr("New &intervention"), self)
        self.iv_save = make_primary(QPushButton(self.tr("Save interv&ention"), self))
        self.iv_save.setObjectName("save_intervention")
        self.iv_message = label("", "errorLabel", wrap=True)
        iform = QFormLayout()
        iform.addRow(self.tr("Co&de:"), self.iv_code)
        iform.addRow(self.tr("&Label:"), self.iv_label)
        iform.addRow(self.tr("&Order in the list:"), self.iv_order)
        iform.addRow("", self.iv_active)
        ibox = QGroupBox(self.tr("Interventions"), self)
        icol = QVBoxLayout(ibox)
        icol.addWidget(self.iv_list, 1)
        icol.addWidget(self.iv_new, 0, Qt.AlignmentFlag.AlignLeft)
        icol.addLayout(iform)
        ifoot = QHBoxLayout()
        ifoot.addWidget(self.iv_message, 1)
        ifoot.addWidget(self.iv_save)
        icol.addLayout(ifoot)

        intro = label(self.tr("Templates speed up writing notes; the interventions are the "
                              "list a counsellor ticks on each note. Switch an entry off "
                              "rather than renaming it into something else: old notes keep "
                              "its name. Every change is written to the audit log."),
                      "muted", wrap=True)
        row = QHBoxLayout()
        row.addWidget(tbox, 3)
        row.addWidget(ibox, 2)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(intro)
        col.addLayout(row, 1)

        self.tpl_list.currentRowChanged.connect(self._template_chosen)
        self.iv_list.currentRowChanged.connect(self._intervention_chosen)
        self.tpl_new.clicked.connect(self.new_template)
        self.iv_new.clicked.connect(self.new_intervention)
        self.tpl_save.clicked.connect(self.save_template)
        self.iv_save.clicked.connect(self.save_intervention)
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self, template: str | None = None, intervention: str | None = None) -> None:
        try:
            with self.workspace.db.read() as s:
                self.templates = templates.list_templates(s, self.actor, include_inactive=True)
                self.interventions = templates.list_interventions(s, self.actor,
                                                                  include_inactive=True)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            say(self.tpl_message, error_text(exc))
            return
        self.tpl_list.blockSignals(True)
        self.tpl_list.clear()
        for t in self.templates:
            QListWidgetItem(_list_text(t.name, t.active), self.tpl_list)
        self.tpl_list.blockSignals(False)
        self.iv_list.blockSignals(True)
        self.iv_list.clear()
        for i in self.interventions:
            QListWidgetItem(_list_text(i.label, i.active), self.iv_list)
        self.iv_list.blockSignals(False)
        codes = [t.code for t in self.templates]
        self.tpl_list.setCurrentRow(codes.index(template) if template in codes else
                                    (0 if codes else -1))
        if self.tpl_list.currentRow() >= 0:
            self._template_chosen(self.tpl_list.currentRow())
        icodes = [i.code for i in self.interventions]
        self.iv_list.setCurrentRow(icodes.index(intervention) if intervention in icodes else
                                   (0 if icodes else -1))
        if self.iv_list.currentRow() >= 0:
            self._intervention_chosen(self.iv_list.currentRow())

    def _template_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.templates):
            return
        t = self.templates[row]
        self.tpl_code.setText(t.code)
        self.tpl_code.setReadOnly(True)
        self.tpl_name.setText(t.name)
        self.tpl_body.setPlainText(t.body)
        self.tpl_active.setChecked(t.active)
        self.tpl_message.clear()

    def _intervention_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.interventions):
            return
        i = self.interventions[row]
        self.iv_code.setText(i.code)
        self.iv_code.setReadOnly(True)
        self.iv_label.setText(i.label)
        self.iv_order.setValue(i.sort_order)
        self.iv_active.setChecked(i.active)
        self.iv_message.clear()

    # -- writing ---------------------------------------------------------------------------
    def new_template(self) -> None:
        self.tpl_list.blockSignals(True)
        self.tpl_list.setCurrentRow(-1)
        self.tpl_list.blockSignals(False)
        self.tpl_code.setReadOnly(False)
        for w in (self.tpl_code, self.tpl_name):
            w.clear()
        self.tpl_body.clear()
        self.tpl_active.setChecked(True)
        self.tpl_message.clear()
        self.tpl_code.setFocus()

    def new_intervention(self) -> None:
        self.iv_list.blockSignals(True)
        self.iv_list.setCurrentRow(-1)
        self.iv_list.blockSignals(False)
        self.iv_code.setReadOnly(False)
        for w in (self.iv_code, self.iv_label):
            w.clear()
        self.iv_order.setValue(1000)
        self.iv_active.setChecked(True)
        self.iv_message.clear()
        self.iv_code.setFocus()

    def save_template(self) -> bool:
        self.tpl_message.clear()
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                info = templates.save_template(s, self.actor, self.tpl_code.text(),
                                               self.tpl_name.text(),
                                               self.tpl_body.toPlainText(),
                                               self.tpl_active.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            say(self.tpl_message, error_text(exc))
            return False
        self.reload(template=info.code, intervention=self._iv_code())
        say(self.tpl_message, self.tr("Template saved."), ok=True)
        return True

    def save_intervention(self) -> bool:
        self.iv_message.clear()
        try:
            with self.workspace.db.write(self.actor.user_id) as s:
                info = templates.save_intervention(s, self.actor, self.iv_code.text(),
                                                   self.iv_label.text(),
                                                   self.iv_active.isChecked(),
                                                   self.iv_order.value())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            say(self.iv_message, error_text(exc))
            return False
        self.reload(template=self._tpl_code(), intervention=info.code)
        say(self.iv_message, self.tr("Intervention saved."), ok=True)
        return True

    def _tpl_code(self) -> str | None:
        row = self.tpl_list.currentRow()
        return self.templates[row].code if 0 <= row < len(self.templates) else None

    def _iv_code(self) -> str | None:
        row = self.iv_list.currentRow()
        return self.interventions[row].code if 0 <= row < len(self.interventions) else None
