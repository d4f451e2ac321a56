"""Core errors in the user's language (until clinic_desk/ui/messages.py takes over)."""

from PySide6.QtCore import QCoreApplication

from clinic_desk.core.errors import ClinicDeskError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ClinicDeskError):
        return QCoreApplication.translate("core", exc.template).format(**exc.params)
    return QCoreApplication.translate("core", "Something went wrong and nothing was changed.")
