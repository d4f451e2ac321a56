"""First-run wizard: language, site, first administrator, recovery code.

Validation comes from the core (site code, names, password rules); the wizard only
shows the core's message next to the field. Installation.initialize runs off the UI
thread; the recovery code is shown once, with Copy and Save recovery sheet."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from clinic_desk.core.errors import ClinicDeskError, InvalidInput
from clinic_desk.core.installation import Installation, SetupResult
from clinic_desk.core.reports.recovery_sheet import write_recovery_sheet
from clinic_desk.core.security.passwords import (
    check_password,
    clean_text,
    normalize_site_code,
    normalize_username,
)
from clinic_desk.ui import messages
from clinic_desk.ui.widgets import (
    PasswordField,
    clipboard_guard,
    icon,
    label,
    run_task,
    set_invalid,
)

log = logging.getLogger(__name__)

PAGE_LANGUAGE, PAGE_SITE, PAGE_ADMIN, PAGE_RECOVERY = range(4)


def _field_error(widget: QLineEdit, error_label: QLabel, exc: ClinicDeskError | None,
                 show: bool = True) -> None:
    text = messages.error_text(exc) if exc is not None and show else ""
    error_label.setText(text)
    error_label.setVisible(bool(text))
    set_invalid(widget, bool(text))


class _Page(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass


class LanguagePage(_Page):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.intro = label(wrap=True)
        layout.addWidget(self.intro)
        # Language names are written in their own language and never translated.
        self.spanish = QRadioButton("Español (Perú)")
        self.english = QRadioButton("English")
        self.group = QButtonGroup(self)
        self.group.addButton(self.spanish)
        self.group.addButton(self.english)
        (self.english if language == "en" else self.spanish).setChecked(True)
        layout.addSpacing(6)
        layout.addWidget(self.spanish)
        layout.addWidget(self.english)
        layout.addStretch(1)
        self.later = label(object_name="muted", wrap=True)
        layout.addWidget(self.later)
        # a new computer for a site that has a backup: restore it instead of a new set-up
        self.restore_note = label(object_name="muted", wrap=True)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self._restore)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_note, 1)
        restore_row.addWidget(self.restore_button)
        layout.addSpacing(8)
        layout.addLayout(restore_row)
        self.spanish.toggled.connect(self._changed)
        self.retranslate()

    def _restore(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard):
            wizard.restore_backup()

    @property
    def language(self) -> str:
        return "en" if self.english.isChecked() else "es"

    def _changed(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard):
            wizard.set_language(self.language)

    def retranslate(self) -> None:
        self.setTitle(_title(self.tr("Welcome to Clinic Desk")))
        self.setSubTitle(self.tr("Let's set up this computer. It takes about two minutes."))
        self.intro.setText(self.tr("Choose the language of the program:"))
        self.later.setText(self.tr("Each person can change the language later in the settings."))
        self.restore_note.setText(self.tr(
            "Is this a new computer for a site that already used Clinic Desk? Restore its "
            "backup instead of setting it up again."))
        self.restore_button.setText(self.tr("Restore a &backup…"))


class SitePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.code.setPlaceholderText("HUAYCAN-01")
        self.code_error = label(object_name="errorLabel", wrap=True)
        self.code_hint = label(object_name="hintLabel", wrap=True)
        self.name = QLineEdit()
        self.name.setMaxLength(160)
        self.name_error = label(object_name="errorLabel", wrap=True)
        self.code_label = QLabel()
        self.name_label = QLabel()
        self.code_label.setBuddy(self.code)
        self.name_label.setBuddy(self.name)
        form.addRow(self.code_label, _block(self.code, self.code_hint, self.code_error))
        form.addRow(_spacer())
        form.addRow(self.name_label, _block(self.name, self.name_error))
        self.code_error.hide()
        self.name_error.hide()
        self.code.textChanged.connect(self._validate)
        self.name.textChanged.connect(self._validate)
        self._valid = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_title(self.tr("This site")))
        self.setSubTitle(self.tr("The code identifies this site in the reports the central "
                                 "office receives. It cannot be changed later."))
        self.code_label.setText(self.tr("Site &code:"))
        self.name_label.setText(self.tr("Site &name:"))
        self.name.setPlaceholderText(self.tr("for example: Casa Refugio Huaycán"))
        self.code_hint.setText(self.tr("Capital letters, digits and dashes, no spaces."))
        self._validate()

    def _validate(self) -> None:
        code_exc = name_exc = None
        try:
            normalize_site_code(self.code.text())
        except InvalidInput as exc:
            code_exc = exc
        try:
            clean_text(self.name.text(), "site_name", "The site name is required.")
        except InvalidInput as exc:
            name_exc = exc
        _field_error(self.code, self.code_error, code_exc, show=bool(self.code.text()))
        _field_error(self.name, self.name_error, name_exc, show=bool(self.name.text()))
        valid = code_exc is None and name_exc is None
        if valid != self._valid:
            self._valid = valid
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._valid

    def site_code(self) -> str:
        return normalize_site_code(self.code.text())


class FirstAdminPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.username.setText("admin")
        self.username_error = label(object_name="errorLabel", wrap=True)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(120)
        self.full_name_error = label(object_name="errorLabel", wrap=True)
        self.password = PasswordField()
        self.password_hint = label(object_name="hintLabel", wrap=True)
        self.confirm = PasswordField()
        self.confirm_error = label(object_name="errorLabel", wrap=True)
        self.labels = [QLabel() for _ in range(4)]
        for lab, field in zip(self.labels, (self.username, self.full_name, self.password,
                                            self.confirm), strict=True):
            lab.setBuddy(field)
        form.addRow(self.labels[0], _block(self.username, self.username_error))
        form.addRow(self.labels[1], _block(self.full_name, self.full_name_error))
        form.addRow(_spacer())
        form.addRow(self.labels[2], _block(self.password, self.password_hint))
        form.addRow(self.labels[3], _block(self.confirm, self.confirm_error))
        for error in (self.username_error, self.full_name_error, self.confirm_error):
            error.hide()
        for field in (self.username, self.full_name, self.password, self.confirm):
            field.textChanged.connect(self._validate)
        self._valid = False
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_title(self.tr("First administrator")))
        self.setSubTitle(self.tr("This person manages users and backups. Choose a long "
                                 "password: a phrase of several words is easy to remember "
                                 "and hard to guess."))
        texts = (self.tr("&User name:"), self.tr("&Full name:"), self.tr("&Password:"),
                 self.tr("&Repeat password:"))
        for lab, text in zip(self.labels, texts, strict=True):
            lab.setText(text)
        self.full_name.setPlaceholderText(self.tr("for example: Ana Quispe"))
        self._validate()

    def _validate(self) -> None:
        user_exc = full_exc = None
        try:
            username = normalize_username(self.username.text())
        except InvalidInput as exc:
            user_exc, username = exc, ""
        try:
            clean_text(self.full_name.text(), "full_name", "The full name is required.")
        except InvalidInput as exc:
            full_exc = exc
        _field_error(self.username, self.username_error, user_exc,
                     show=bool(self.username.text()))
        _field_error(self.full_name, self.full_name_error, full_exc,
                     show=bool(self.full_name.text()))
        password = self.password.text()
        pw_ok = False
        if not password:
            self.password_hint.setObjectName("hintLabel")
            self.password_hint.setText(self.tr("At least 10 characters. A phrase of several "
                                               "words is best."))
        else:
            try:
                check_password(password, username)
            except InvalidInput as exc:
                self.password_hint.setObjectName("errorLabel")
                self.password_hint.setText(messages.error_text(exc))
            else:
                pw_ok = True
                self.password_hint.setObjectName("okLabel")
                if len(password) >= 16 and " " in password.strip():
                    self.password_hint.setText(self.tr("Strong password."))
                else:
                    self.password_hint.setText(self.tr("Acceptable password. A longer phrase "
                                                       "would be stronger."))
        self.password_hint.style().unpolish(self.password_hint)
        self.password_hint.style().polish(self.password_hint)
        set_invalid(self.password, bool(password) and not pw_ok)
        mismatch = bool(self.confirm.text()) and self.confirm.text() != password
        self.confirm_error.setText(self.tr("The two passwords are different.") if mismatch
                                   else "")
        self.confirm_error.setVisible(mismatch)
        set_invalid(self.confirm, mismatch)
        valid = (user_exc is None and full_exc is None and pw_ok
                 and self.confirm.text() == password)
        if valid != self._valid:
            self._valid = valid
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._valid


class RecoveryPage(_Page):
    """Creates the installation, then shows the recovery code once."""

    created = Signal()

    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.result: SetupResult | None = None
        self.error: ClinicDeskError | None = None
        self._task = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.busy = QWidget()
        busy_layout = QVBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 20, 0, 0)
        self.busy_label = label(wrap=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.progress)
        busy_layout.addStretch(1)
        layout.addWidget(self.busy)

        self.failure = QWidget()
        fail_layout = QVBoxLayout(self.failure)
        self.failure_label = label(object_name="errorLabel", wrap=True)
        self.retry = QPushButton()
        self.retry.clicked.connect(self._start)
        fail_layout.addWidget(self.failure_label)
        fail_layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        fail_layout.addStretch(1)
        layout.addWidget(self.failure)

        self.done = QWidget()
        done_layout = QVBoxLayout(self.done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.setSpacing(10)
        self.explain = label(wrap=True)
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(22)
        mono.setWeight(QFont.Weight.Bold)
        self.code.setFont(mono)
        buttons = QHBoxLayout()
        self.copy = QPushButton(icon("copy"), "")
        self.save = QPushButton(icon("save"), "")
        self.copy.clicked.connect(self.copy_code)
        self.save.clicked.connect(self._ask_save)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        self.status = label(wrap=True)
        self.keyring = label(object_name="infoBox", wrap=True)
        self.confirm = QCheckBox()
        self.confirm.toggled.connect(lambda _checked: self.completeChanged.emit())
        done_layout.addWidget(self.explain)
        done_layout.addWidget(self.code)
        done_layout.addLayout(buttons)
        done_layout.addWidget(self.status)
        done_layout.addWidget(self.keyring)
        done_layout.addStretch(1)
        done_layout.addWidget(self.confirm)
        layout.addWidget(self.done)
        self._show("busy")
        self.retranslate()

    # -- state ----------------------------------------------------------------
    def _show(self, which: str) -> None:
        self.busy.setVisible(which == "busy")
        self.failure.setVisible(which == "failure")
        self.done.setVisible(which == "done")

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.result is None:
            self._start()

    def _start(self) -> None:
        if self._task is not None and self._task.running:
            return
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        site_page, admin_page = wizard.site_page, wizard.admin_page
        args = (site_page.code.text(), site_page.name.text(), admin_page.username.text(),
                admin_page.full_name.text(), admin_page.password.text(), wizard.language)
        self.error = None
        self._show("busy")
        self._task = run_task(self, lambda: self.installation.initialize(*args),
                              self._succeeded, self._failed)

    def _succeeded(self, result: SetupResult) -> None:
        self.result = result
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard):
            wizard.admin_page.password.clear()
            wizard.admin_page.confirm.clear()
        self.code.setText(result.recovery_code)
        self._show("done")
        self.retranslate()
        self.completeChanged.emit()
        self.created.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ClinicDeskError):
            self.error = exc
            text = messages.error_text(exc)
        else:
            log.error("set-up failed: %s", type(exc).__name__)
            text = self.tr("The set-up could not finish. Nothing was saved.")
        self.failure_label.setText(text)
        self._show("failure")

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.result is not None and self.confirm.isChecked()

    # -- actions ----------------------------------------------------------------
    def copy_code(self) -> None:
        if self.result is None:
            return
        clipboard_guard().copy(self.result.recovery_code)
        self.status.setText(self.tr("Copied. The clipboard is emptied again in 60 seconds."))

    def _ask_save(self) -> None:
        name = f"recovery-sheet-{self._site_code()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery sheet"), str(Path.home() / name),
            self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_sheet(Path(path))

    def _site_code(self) -> str:
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard):
            try:
                return wizard.site_page.site_code()
            except InvalidInput:
                pass
        return "site"

    def save_sheet(self, path: Path) -> bool:
        if self.result is None:
            return False
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_recovery_sheet(path, wizard.site_page.site_code(),
                                 wizard.site_page.name.text().strip(),
                                 self.result.recovery_code)
        except OSError:
            self.status.setText(self.tr("The recovery sheet could not be saved in {folder}. "
                                        "Choose another folder.").format(folder=path.parent))
            return False
        self.status.setText(self.tr("Recovery sheet saved: {file}. Print it, then delete "
                                    "the file.").format(file=path))
        return True

    def retranslate(self) -> None:
        self.setTitle(_title(self.tr("Recovery code")))
        self.setSubTitle(self.tr("Shown only this once."))
        self.busy_label.setText(self.tr("Creating the encrypted database and the first "
                                        "administrator… This takes a few seconds."))
        self.retry.setText(self.tr("Try again"))
        self.explain.setText(self.tr(
            "If every password is forgotten, this code is the only way to open the data. "
            "Write it on paper or print the recovery sheet, and keep it under lock and key, "
            "away from this computer. Do not photograph it or send it by message."))
        self.copy.setText(self.tr("&Copy"))
        self.save.setText(self.tr("&Save recovery sheet (PDF)…"))
        self.confirm.setText(self.tr("I have written down or printed the recovery code"))
        if self.result is not None:
            if self.result.keyring_used:
                self.keyring.setText(self.tr(
                    "This computer's key store (keyring) also protects the passwords: a "
                    "copy of the data folder cannot be opened on another computer with a "
                    "password alone."))
            else:
                self.keyring.setText(self.tr(
                    "No key store (keyring) works on this computer, so the data is "
                    "protected by the passwords alone. That is safe with long passwords. "
                    "Keep the recovery code safe."))


def _block(field: QWidget, *notes: QLabel) -> QWidget:
    """A field with its hint and error lines underneath, aligned with the field."""
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(4)
    layout.addWidget(field)
    for note in notes:
        layout.addWidget(note)
    return block


def _title(text: str) -> str:
    return ("<span style='font-size:15pt; font-weight:600; color:#2d1f4d'>"
            f"{html.escape(text)}</span>")


def _spacer() -> QWidget:
    spacer = QWidget()
    spacer.setFixedHeight(8)
    return spacer


class SetupWizard(QWizard):
    """The first-run wizard. After Finish, `result` holds the SetupResult."""

    language_changed = Signal(str)

    def __init__(self, installation: Installation, language: str = "es",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.language = language
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWindowIcon(icon("clinic-desk"))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("clinic-desk").pixmap(48, 48))
        self.language_page = LanguagePage(language)
        self.site_page = SitePage()
        self.admin_page = FirstAdminPage()
        self.recovery_page = RecoveryPage(installation)
        self.setPage(PAGE_LANGUAGE, self.language_page)
        self.setPage(PAGE_SITE, self.site_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setMinimumSize(760, 580)
        self.resize(820, 620)
        self.recovery_page.created.connect(self._created)
        self.restored: Any = None  # backup.RestoreResult, when a backup was restored
        self._retranslate()

    @property
    def result(self) -> SetupResult | None:
        return self.recovery_page.result

    def restore_backup(self) -> bool:
        """A backup put in place instead of a new set-up: the wizard closes, accepted,
        with `restored` set (the application then shows the login window)."""
        from clinic_desk.ui.restore_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.installation, self)
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted or dialog.restored is None:
            return False
        self.restored = dialog.restored
        self.accept()
        return True

    @property
    def admin_username(self) -> str:
        return self.admin_page.username.text().strip().lower()

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = messages.set_language(language)
        self.language_changed.emit(self.language)

    def _created(self) -> None:
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        confirm = self.recovery_page.confirm
        QTimer.singleShot(0, confirm, confirm.setFocus)

    def reject(self) -> None:
        if self.result is not None:
            if self.recovery_page.confirm.isChecked():
                self.accept()
            else:
                self.recovery_page.confirm.setFocus()
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clinic Desk — set-up"))
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.CommitButton: self.tr("&Create"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)
