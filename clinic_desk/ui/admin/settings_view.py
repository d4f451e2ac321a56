"""Settings tab (administrators): auto-lock, language, backup reminder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core import settings as core_settings
from clinic_desk.core.errors import ClinicDeskError
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import SPACING, InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.messages import error_text


class SettingsView(QWidget):
    changed = Signal(str, object)  # key, new value (the main window re-arms auto-lock…)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.autolock = QSpinBox(self)
        self.autolock.setObjectName("autolock_minutes")
        self.autolock.setRange(1, 60)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setMinimumWidth(120)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("Español", "es")  # each language in its own words
        self.language.addItem("English", "en")
        self.language.setMinimumWidth(200)
        self.reminder = QSpinBox(self)
        self.reminder.setObjectName("backup_reminder_days")
        self.reminder.setRange(1, 90)
        self.reminder.setSuffix(self.tr(" days"))
        self.reminder.setMinimumWidth(120)
        for spin in (self.autolock, self.reminder):
            spin.setAccelerated(True)

        form = QFormLayout()
        form.setSpacing(SPACING)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Auto-lock after:"), self._with_hint(self.autolock, self.tr(
            "Minutes without use before the screen locks (1 to 60).")))
        form.addRow(self.tr("&Language of this site:"), self._with_hint(self.language, self.tr(
            "Used for every user of this PC from the next time Clinic Desk opens.")))
        form.addRow(self.tr("&Remind about backups after:"), self._with_hint(
            self.reminder, self.tr("Days without a backup before Clinic Desk reminds you "
                                   "(1 to 90).")))

        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.save_button.setObjectName("save_settings")
        self.save_button.setDefault(True)
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo &changes"), self)
        self.revert_button.setObjectName("revert_settings")
        self.revert_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        self.message = InlineMessage(self)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(SPACING)
        col.addWidget(intro_label(self.tr(
            "These settings apply to everyone who uses Clinic Desk on this PC. Every change is "
            "written to the audit log."), self))
        col.addLayout(form)
        col.addWidget(self.message)
        col.addLayout(buttons)
        col.addStretch(1)
        for w in (self.autolock, self.language, self.reminder):
            signal = w.valueChanged if isinstance(w, QSpinBox) else w.currentIndexChanged
            signal.connect(self._update_buttons)
        self.refresh()

    def _with_hint(self, field: QWidget, hint: str) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        col.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        label = QLabel(hint, box)
        label.setObjectName("hintLabel")  # short, one line: no height-for-width surprises
        col.addWidget(label)
        return box

    def values(self) -> dict[str, Any]:
        return {
            "autolock_minutes": self.autolock.value(),
            "language": self.language.currentData(),
            "backup_reminder_days": self.reminder.value(),
        }

    def refresh(self) -> None:
        self.message.clear()
        self._saved = {key: self.workspace.setting(key) for key in self.values()}
        for w in (self.autolock, self.language, self.reminder):
            w.blockSignals(True)
        self.autolock.setValue(int(self._saved["autolock_minutes"]))
        self.language.setCurrentIndex(max(self.language.findData(self._saved["language"]), 0))
        self.reminder.setValue(int(self._saved["backup_reminder_days"]))
        for w in (self.autolock, self.language, self.reminder):
            w.blockSignals(False)
        self._update_buttons()

    def _changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v != self._saved.get(k)}

    def _update_buttons(self, *_: object) -> None:
        dirty = bool(self._changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> None:
        changes = self._changes()
        if not changes:
            return
        self.message.clear()
        try:
            for key, value in changes.items():  # check all first: all saved or none
                core_settings.validate(key, value)
        except ClinicDeskError as exc:
            self.message.show_message(error_text(exc))
            return
        saved: list[str] = []
        try:
            for key, value in changes.items():
                self.workspace.set_setting(key, value)
                saved.append(key)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        finally:
            for key in saved:
                self._saved[key] = changes[key]
                self.changed.emit(key, changes[key])
            self._update_buttons()
        self.message.show_message(self.tr("Settings saved."), InlineMessage.OK)
