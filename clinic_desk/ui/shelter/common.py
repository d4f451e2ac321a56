"""Shared pieces of the Albergue section: words for bed kinds, states, referral sources
and discharge reasons; the colours and symbols of the board (a colour never alone);
date helpers; and a dialog base that shows a core refusal inside the form.

No domain logic here: every rule is the core's; this only shows its answers.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from clinic_desk.core.shelter import common as core_common
from clinic_desk.core.shelter.models import BED_KINDS, DISCHARGE_REASONS, REFERRAL_SOURCES
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.messages import error_text

CTX = "Shelter"
DATE_FORMAT = "dd/MM/yyyy"
DATETIME_FORMAT = "dd/MM/yyyy HH:mm"

# state -> (fill, border, text colour, symbol). The symbol and the words say the state;
# the colour only helps.
STATE_STYLE = {
    "occupied": ("#ede6f7", "#7a5cb0", "#3b2566", "●"),
    "free": ("#e8f4ea", "#3f8a4f", "#1f4d2a", "○"),
    "held": ("#fdf1e2", "#d9822b", "#6b3d0f", "◔"),
    "out_of_service": ("#ececec", "#8a8a8a", "#4a4a4a", "✕"),
}


def t(text: str) -> str:
    return QCoreApplication.translate("Shelter", text)


def state_label(state: str) -> str:
    return {
        "occupied": QCoreApplication.translate("Shelter", "Occupied"),
        "free": QCoreApplication.translate("Shelter", "Free"),
        "held": QCoreApplication.translate("Shelter", "Held"),
        "out_of_service": QCoreApplication.translate("Shelter", "Out of service"),
    }.get(state, state)


def kind_label(kind: str) -> str:
    return {
        "bed": QCoreApplication.translate("Shelter", "Bed"),
        "crib": QCoreApplication.translate("Shelter", "Crib"),
        "mattress": QCoreApplication.translate("Shelter", "Mattress"),
    }.get(kind, kind)


def referral_label(source: str) -> str:
    return {
        "self": QCoreApplication.translate("Shelter", "Herself"),
        "cem": QCoreApplication.translate("Shelter", "CEM (women's emergency centre)"),
        "police": QCoreApplication.translate("Shelter", "Police"),
        "fiscalia": QCoreApplication.translate("Shelter", "Prosecutor's office"),
        "health_centre": QCoreApplication.translate("Shelter", "Health centre"),
        "mobile_team": QCoreApplication.translate("Shelter", "Mobile team"),
        "demuna": QCoreApplication.translate("Shelter", "DEMUNA"),
        "community": QCoreApplication.translate("Shelter", "Community or organisation"),
        "other_shelter": QCoreApplication.translate("Shelter", "Another shelter"),
        "other": QCoreApplication.translate("Shelter", "Other"),
    }.get(source, source)


def reason_label(reason: str) -> str:
    return {
        "reintegrated_family": QCoreApplication.translate("Shelter", "Reintegrated with family"),
        "own_home": QCoreApplication.translate("Shelter", "Own home"),
        "other_institution": QCoreApplication.translate("Shelter", "Other institution"),
        "left_without_notice": QCoreApplication.translate("Shelter", "Left without notice"),
        "expelled_safety": QCoreApplication.translate("Shelter", "Expelled for safety"),
        "other": QCoreApplication.translate("Shelter", "Other"),
    }.get(reason, reason)


def risk_label(level: str | None) -> str:
    return {
        "severo": QCoreApplication.translate("Shelter", "Severe"),
        "moderado": QCoreApplication.translate("Shelter", "Moderate"),
        "leve": QCoreApplication.translate("Shelter", "Mild"),
    }.get(level or "", QCoreApplication.translate("Shelter", "Not assessed"))


KINDS = BED_KINDS
REASONS = DISCHARGE_REASONS
SOURCES = REFERRAL_SOURCES


def colour(state: str, part: int) -> QColor:
    return QColor(STATE_STYLE.get(state, STATE_STYLE["free"])[part])


# -- dates -----------------------------------------------------------------------------
def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def qdatetime(at: dt.datetime) -> QDateTime:
    local = at.astimezone(core_common.LIMA)
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute))


def pydatetime(q: QDateTime) -> dt.datetime:
    d, tm = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), tm.hour(), tm.minute(),
                       tzinfo=core_common.LIMA)


def fmt_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def fmt_datetime(at: dt.datetime | None) -> str:
    return at.astimezone(core_common.LIMA).strftime("%d/%m/%Y %H:%M") if at else ""


def default_time(night: dt.date) -> dt.datetime:
    """Now for tonight; 20:00 of that night for a past night."""
    if night >= core_common.today():
        return core_common.local_now()
    return core_common.at_local(night, 20)


# -- dialogs ---------------------------------------------------------------------------
class FormDialog(QDialog):
    """A dialog with a form body, an inline message and OK/Cancel; `save()` runs the
    core call and returns True, or raises (the message shows, the dialog stays)."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.message = InlineMessage(self)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 18, 20, 14)
        col.setSpacing(12)
        col.addLayout(self.body, 1)
        col.addWidget(self.message)
        col.addWidget(self.buttons)
        self.result_value: object = None

    def save(self) -> object:  # pragma: no cover - subclasses
        raise NotImplementedError

    def submit(self) -> None:
        self.message.clear()
        try:
            self.result_value = self.save()
        except Exception as exc:  # noqa: BLE001 - shown in the form
            self.message.show_message(error_text(exc))
            return
        self.accept()
