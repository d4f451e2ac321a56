"""Any exception as one sentence in the user's language (core errors via messages.py)."""

from PySide6.QtCore import QCoreApplication

from clinic_desk.core.errors import ClinicDeskError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ClinicDeskError):
        from clinic_desk.ui.messages import error_text as core_error_text

        return core_error_text(exc)
    return QCoreApplication.translate("core", "Something went wrong and nothing was changed.")
