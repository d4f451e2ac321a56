"""Translating core errors and installing the interface language.

Core errors carry an English template and parameters; the template is translated in
the context "core" and only then filled in, so the Spanish text keeps the values."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from clinic_desk.core.errors import ClinicDeskError
from clinic_desk.resources import translation_path

log = logging.getLogger(__name__)

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def error_text(exc: BaseException) -> str:
    """Any error as one sentence in the interface language. Only core errors say what
    happened; anything else (a bug) never shows its message, which may hold data."""
    if not isinstance(exc, ClinicDeskError):
        return QCoreApplication.translate("core", "Something went wrong and nothing was changed.")
    template = QCoreApplication.translate("core", exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        return exc.template.format(**exc.params) if exc.params else exc.template


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("messages", "Clinic Desk"))
    box.setText(error_text(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def current_language() -> str:
    return _current


def set_language(language: str) -> str:
    """Install Qt's own and our translations for `language` ('es' or 'en').

    Widgets receive a LanguageChange event and retranslate themselves."""
    global _current
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if app is None:
        _current = lang
        return lang
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", qt_dir):
        QCoreApplication.installTranslator(qt_base)
        _installed.append(qt_base)
    ours = QTranslator(app)
    path = translation_path(lang)
    if path.exists() and ours.load(str(path)):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    elif lang != "en":
        log.info("no compiled translation for %s; showing English", lang)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Peru)
                       if lang == "es" else QLocale(QLocale.Language.English))
    _current = lang
    # Deliver the LanguageChange now, so the very next page is already translated.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang
