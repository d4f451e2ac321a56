"""Shared pieces of the Personas section: words for the core's codes, dates the
Peruvian way (dd/mm/yyyy), risk-level and "never contact" icons (a shape and a word,
never colour alone), and a field holder that shows a core refusal next to its field.

No domain logic here: every rule is the core's; this only shows its answers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clinic_desk.ui.widgets import set_invalid

CTX = "People"
DATE_HINT = QT_TRANSLATE_NOOP("People", "dd/mm/yyyy")
# texts translated later through tr(CONSTANT): marked here, where lupdate sees the context
ABOUT_AGE = QT_TRANSLATE_NOOP("People", "about {age}")
NOT_ASSESSED = QT_TRANSLATE_NOOP("People", "Not assessed")
AGE_ERROR = QT_TRANSLATE_NOOP("People", "Enter the age as a whole number of years.")
DATE_ERROR = QT_TRANSLATE_NOOP("People", "Enter the date as dd/mm/yyyy, for example 17/05/1990.")

DOC_TYPES = {
    "dni": QT_TRANSLATE_NOOP("People", "DNI"),
    "ce": QT_TRANSLATE_NOOP("People", "Carné de extranjería"),
    "none": QT_TRANSLATE_NOOP("People", "No document"),
}
SEXES = {
    "female": QT_TRANSLATE_NOOP("People", "Female"),
    "male": QT_TRANSLATE_NOOP("People", "Male"),
    "intersex": QT_TRANSLATE_NOOP("People", "Intersex"),
}
GENDER_IDENTITIES = {
    "woman": QT_TRANSLATE_NOOP("People", "Woman"),
    "man": QT_TRANSLATE_NOOP("People", "Man"),
    "trans_woman": QT_TRANSLATE_NOOP("People", "Trans woman"),
    "trans_man": QT_TRANSLATE_NOOP("People", "Trans man"),
    "non_binary": QT_TRANSLATE_NOOP("People", "Non-binary"),
    "other": QT_TRANSLATE_NOOP("People", "Other"),
    "prefers_not_to_say": QT_TRANSLATE_NOOP("People", "Prefers not to say"),
}
SEXUAL_ORIENTATIONS = {
    "heterosexual": QT_TRANSLATE_NOOP("People", "Heterosexual"),
    "lesbian": QT_TRANSLATE_NOOP("People", "Lesbian"),
    "gay": QT_TRANSLATE_NOOP("People", "Gay"),
    "bisexual": QT_TRANSLATE_NOOP("People", "Bisexual"),
    "other": QT_TRANSLATE_NOOP("People", "Other"),
    "prefers_not_to_say": QT_TRANSLATE_NOOP("People", "Prefers not to say"),
}
LANGUAGES = {
    "es": QT_TRANSLATE_NOOP("People", "Spanish"),
    "qu": QT_TRANSLATE_NOOP("People", "Quechua"),
    "ay": QT_TRANSLATE_NOOP("People", "Aymara"),
    "other": QT_TRANSLATE_NOOP("People", "Other"),
}
REFERRAL_SOURCES = {
    "self": QT_TRANSLATE_NOOP("People", "She came on her own"),
    "mobile_team": QT_TRANSLATE_NOOP("People", "Mobile team"),
    "police": QT_TRANSLATE_NOOP("People", "Police"),
    "cem": QT_TRANSLATE_NOOP("People", "Women's Emergency Centre (CEM)"),
    "health_centre": QT_TRANSLATE_NOOP("People", "Health centre"),
    "family": QT_TRANSLATE_NOOP("People", "Family"),
    "community": QT_TRANSLATE_NOOP("People", "Community"),
    "other": QT_TRANSLATE_NOOP("People", "Other"),
}
RELATIONSHIPS = {
    "head": QT_TRANSLATE_NOOP("People", "Head of household"),
    "child": QT_TRANSLATE_NOOP("People", "Child"),
    "dependant": QT_TRANSLATE_NOOP("People", "Dependant"),
    "partner": QT_TRANSLATE_NOOP("People", "Partner"),
    "other": QT_TRANSLATE_NOOP("People", "Other"),
}
CONSENT_KINDS = {
    "services": QT_TRANSLATE_NOOP("People", "Receive services and keep her record"),
    "share_institutions": QT_TRANSLATE_NOOP("People", "Share her record with institutions"),
    "send_to_central": QT_TRANSLATE_NOOP("People", "Send her record to the central office"),
    "statistics": QT_TRANSLATE_NOOP("People", "Count her in statistics, without her name"),
}
CONSENT_EXPLANATIONS = {
    "services": QT_TRANSLATE_NOOP(
        "People", "We keep her details on this computer, locked with a password, so we "
                  "can help her and her children. Needed to register her."),
    "share_institutions": QT_TRANSLATE_NOOP(
        "People", "Only with the institutions she names, for example when we refer her to "
                  "the CEM. Our services do not depend on this."),
    "send_to_central": QT_TRANSLATE_NOOP(
        "People", "Her record, with her name, goes to our central office on an encrypted "
                  "USB stick. Without this, only figures without her name travel."),
    "statistics": QT_TRANSLATE_NOOP(
        "People", "She is counted in reports for the municipality and the Ministry, "
                  "never with her name, document or address."),
}
RISK_LEVELS = {
    "leve": QT_TRANSLATE_NOOP("People", "Low (leve)"),
    "moderado": QT_TRANSLATE_NOOP("People", "Moderate (moderado)"),
    "severo": QT_TRANSLATE_NOOP("People", "Severe (severo)"),
}
VIOLENCE_TYPES = {
    "physical": QT_TRANSLATE_NOOP("People", "Physical"),
    "psychological": QT_TRANSLATE_NOOP("People", "Psychological"),
    "sexual": QT_TRANSLATE_NOOP("People", "Sexual"),
    "economic": QT_TRANSLATE_NOOP("People", "Economic"),
}
INSTITUTIONS = {
    "cem": QT_TRANSLATE_NOOP("People", "Women's Emergency Centre (CEM)"),
    "police": QT_TRANSLATE_NOOP("People", "Police"),
    "fiscalia": QT_TRANSLATE_NOOP("People", "Public Prosecutor (Fiscalía)"),
    "poder_judicial": QT_TRANSLATE_NOOP("People", "Judiciary (Poder Judicial)"),
    "demuna": QT_TRANSLATE_NOOP("People", "DEMUNA"),
    "health_centre": QT_TRANSLATE_NOOP("People", "Health centre"),
    "other": QT_TRANSLATE_NOOP("People", "Other"),
}
DIRECTIONS = {
    "in": QT_TRANSLATE_NOOP("People", "Incoming (sent to us)"),
    "out": QT_TRANSLATE_NOOP("People", "Outgoing (we refer her)"),
}
REFERRAL_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("People", "Pending"),
    "accepted": QT_TRANSLATE_NOOP("People", "Accepted"),
    "completed": QT_TRANSLATE_NOOP("People", "Completed"),
    "rejected": QT_TRANSLATE_NOOP("People", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("People", "Cancelled"),
}
SERVICE_KINDS = {
    "food_basket": QT_TRANSLATE_NOOP("People", "Food basket"),
    "transport": QT_TRANSLATE_NOOP("People", "Transport"),
    "lodging": QT_TRANSLATE_NOOP("People", "Lodging"),
    "clothing": QT_TRANSLATE_NOOP("People", "Clothing"),
    "other": QT_TRANSLATE_NOOP("People", "Other"),
}
DUPLICATE_REASONS = {
    "same_document": QT_TRANSLATE_NOOP("People", "Same document number"),
    "similar_name_same_birth_date": QT_TRANSLATE_NOOP(
        "People", "Similar name and same date of birth"),
    "similar_name": QT_TRANSLATE_NOOP("People", "Similar name"),
}


def tr(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP("People", ...)) in the interface language.
    Never call it with a literal: lupdate would file that under no context."""
    return QCoreApplication.translate(CTX, text)


def word(table: dict[str, str], code: str | None) -> str:
    """The translated word for a core code ('' for None, the code itself if unknown)."""
    if not code:
        return ""
    return tr(table[code]) if code in table else code


def words(table: dict[str, str], codes: Iterable[str]) -> str:
    return ", ".join(word(table, c) for c in codes if c)


# -- dates --------------------------------------------------------------------------------
_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """dd/mm/yyyy ('' for None); a UTC time is shown on the local calendar day."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return value.strftime("%d/%m/%Y")


def fmt_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%d/%m/%Y %H:%M")


class BadDate(ValueError):
    """What was typed is not a dd/mm/yyyy date."""


def parse_date(text: str) -> dt.date | None:
    """'17/05/1990' -> date; '' -> None; anything else raises BadDate."""
    if not text.strip():
        return None
    m = _DATE.match(text)
    if not m:
        raise BadDate(text)
    day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadDate(text) from None


def age_text(age: int | None, approx: bool) -> str:
    if age is None:
        return ""
    if approx:
        return tr(ABOUT_AGE).format(age=age)
    return str(age)


def doc_text(doc_type: str, number: str | None) -> str:
    if doc_type == "none" or not number:
        return tr(DOC_TYPES["none"])
    return f"{word(DOC_TYPES, doc_type)} {number}"


# -- icons: a shape and a word, never colour alone ------------------------------------------
_ICONS: dict[str, QIcon] = {}
RISK_COLOURS = {"leve": "#2e6b34", "moderado": "#9a5b00", "severo": "#b3261e"}
NEVER_RED = "#b3261e"


def _canvas(size: int = 32) -> tuple[QPixmap, QPainter]:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pix, painter


def risk_icon(level: str | None) -> QIcon:
    """Low: a circle; moderate: a triangle with '!'; severe: an octagon with '!!'."""
    key = f"risk-{level}"
    if key in _ICONS:
        return _ICONS[key]
    pix, p = _canvas()
    colour = QColor(RISK_COLOURS.get(level or "", "#8a8496"))
    p.setPen(QPen(colour.darker(130), 1.5))
    p.setBrush(QBrush(colour))
    mark = ""
    if level == "moderado":
        p.drawPolygon(QPolygonF([QPointF(16, 3), QPointF(30, 28), QPointF(2, 28)]))
        mark = "!"
    elif level == "severo":
        pts = [QPointF(10, 2), QPointF(22, 2), QPointF(30, 10), QPointF(30, 22),
               QPointF(22, 30), QPointF(10, 30), QPointF(2, 22), QPointF(2, 10)]
        p.drawPolygon(QPolygonF(pts))
        mark = "!!"
    elif level == "leve":
        p.drawEllipse(QRectF(4, 4, 24, 24))
    else:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(5, 5, 22, 22))
        mark = "?"
    if mark:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(15)
        p.setFont(font)
        p.setPen(QColor("#ffffff") if level else colour)
        rect = QRectF(0, 8 if level == "moderado" else 0, 32, 26 if level == "moderado" else 32)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, mark)
    p.end()
    _ICONS[key] = QIcon(pix)
    return _ICONS[key]


def never_icon() -> QIcon:
    """A 'no entry' sign: a red ring with a slash over a phone handset shape."""
    if "never" in _ICONS:
        return _ICONS["never"]
    pix, p = _canvas()
    red = QColor(NEVER_RED)
    p.setPen(QPen(red, 4))
    p.setBrush(QBrush(QColor("#ffffff")))
    p.drawEllipse(QRectF(3, 3, 26, 26))
    p.drawLine(QPointF(8, 8), QPointF(24, 24))
    p.end()
    _ICONS["never"] = QIcon(pix)
    return _ICONS["never"]


def risk_text(level: str | None) -> str:
    return word(RISK_LEVELS, level) if level else tr(NOT_ASSESSED)


# -- a field with its error underneath -------------------------------------------------------
class FieldBox(QWidget):
    """A caption, the input, and (when the core refuses it) the reason underneath."""

    def __init__(self, caption: str, widget: QWidget, parent: QWidget | None = None,
                 required: bool = False) -> None:
        super().__init__(parent)
        self.widget = widget
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(3)
        self.caption = QLabel(caption + (" *" if required else ""), self)
        self.caption.setBuddy(widget)
        self.caption.setObjectName("fieldCaption")
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.message = ""
        col.addWidget(self.caption)
        col.addWidget(widget)
        col.addWidget(self.error)
        col.addStretch(1)  # in a grid row, every field stays at the top

    def show_error(self, text: str) -> None:
        self.message = text
        self.error.setText("⚠ " + text)
        self.error.show()
        set_invalid(self.widget, True)
        self.widget.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self.message = ""
        self.error.clear()
        self.error.hide()
        set_invalid(self.widget, False)
        self.widget.setAccessibleDescription("")

    def error_text(self) -> str:
        return self.message


def user_names(session: object, ids: Iterable[str | None]) -> dict[str, str]:
    """Full names of the users who recorded something (for 'recorded by')."""
    from sqlalchemy import select

    from clinic_desk.core.db.models import User

    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(  # type: ignore[attr-defined]
        select(User.id, User.full_name).where(User.id.in_(wanted)))
    return {r.id: r.full_name for r in rows}
