"""Register a woman and the children and dependants who come with her, in one form.

While names, document or date of birth are typed, likely matches already registered
appear on the right with the reason, and "Open existing record" opens that file
instead. On "Register", the core validates everyone and writes her, her household
and her consents in one transaction: a refusal is shown next to its field and
nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import consent as consent_mod
from clinic_desk.core.intake.duplicates import DuplicateMatch, find_duplicates
from clinic_desk.core.intake.models import CONSENT_KINDS as KIND_CODES
from clinic_desk.core.intake.people import MemberInput, register_household
from clinic_desk.core.intake.validation import PersonInput
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.people.common import (
    AGE_ERROR,
    CONSENT_EXPLANATIONS,
    CONSENT_KINDS,
    DATE_ERROR,
    DATE_HINT,
    DOC_TYPES,
    DUPLICATE_REASONS,
    GENDER_IDENTITIES,
    INSTITUTIONS,
    LANGUAGES,
    REFERRAL_SOURCES,
    RELATIONSHIPS,
    SEXES,
    SEXUAL_ORIENTATIONS,
    BadDate,
    FieldBox,
    age_text,
    doc_text,
    fmt_date,
    parse_date,
    tr,
    word,
)

DUPLICATE_DEBOUNCE_MS = 250
SPACING = 10


@dataclass
class FormError(Exception):
    """Something typed that cannot even be read (a date that is not dd/mm/yyyy)."""

    field: str
    text: str


def _combo(table: dict[str, str], codes: tuple[str, ...] | list[str], name: str,
           parent: QWidget, blank: str | None = None) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    if blank is not None:
        box.addItem(blank, None)
    for code in codes:
        box.addItem(word(table, code), code)
    return box


def _line(name: str, parent: QWidget, max_len: int = 80, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(max_len)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _int_or_error(text: str, fld: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise FormError(fld, tr(AGE_ERROR))
    return int(text)


def _date_or_error(text: str, fld: str) -> object:
    try:
        return parse_date(text)
    except BadDate:
        raise FormError(fld, tr(DATE_ERROR)
                        ) from None


class _PersonFields(QWidget):
    """The fields both she and a member have; each in a FieldBox keyed by core name."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FieldBox] = {}
        self.given_names = _line("given_names", self, 80)
        self.first_surname = _line("first_surname", self, 60)
        self.second_surname = _line("second_surname", self, 60)
        self.doc_type = _combo(DOC_TYPES, ("dni", "ce", "none"), "doc_type", self)
        self.doc_number = _line("doc_number", self, 14)
        self.birth_date = _line("birth_date", self, 10, tr(DATE_HINT))
        self.approx_age = _line("approx_age", self, 3, self.tr("years"))
        self.sex = _combo(SEXES, ("female", "male", "intersex"), "sex", self)
        for edit in (self.given_names, self.first_surname, self.second_surname,
                     self.doc_number, self.birth_date, self.approx_age):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        self.doc_type.currentIndexChanged.connect(self._doc_type_changed)

    def box(self, key: str, caption: str, widget: QWidget, required: bool = False) -> FieldBox:
        holder = FieldBox(caption, widget, self, required)
        holder.setObjectName(f"field_{key}")
        self.fields[key] = holder
        return holder

    def _doc_type_changed(self) -> None:
        none = self.doc_type.currentData() == "none"
        self.doc_number.setEnabled(not none)
        if none:
            self.doc_number.clear()
        self.changed.emit()

    def clear_errors(self) -> None:
        for holder in self.fields.values():
            holder.clear_error()

    def base_input(self, prefix: str = "") -> dict[str, object]:
        return dict(
            given_names=self.given_names.text(),
            first_surname=self.first_surname.text(),
            second_surname=self.second_surname.text() or None,
            sex=self.sex.currentData(),
            doc_type=self.doc_type.currentData(),
            doc_number=self.doc_number.text() or None,
            birth_date=_date_or_error(self.birth_date.text(), prefix + "birth_date"),
            approx_age=_int_or_error(self.approx_age.text(), prefix + "approx_age"),
        )

    def lenient_birth_date(self) -> object:
        try:
            return parse_date(self.birth_date.text())
        except BadDate:
            return None

    def typed_name(self) -> str:
        return " ".join(x.text().strip() for x in (
            self.given_names, self.first_surname, self.second_surname) if x.text().strip())


class HeadForm(_PersonFields):
    """Her details, grouped: name, document and birth, identity, contact, notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gender_identity = _combo(GENDER_IDENTITIES, tuple(GENDER_IDENTITIES),
                                      "gender_identity", self, self.tr("Not asked"))
        self.sexual_orientation = _combo(SEXUAL_ORIENTATIONS, tuple(SEXUAL_ORIENTATIONS),
                                         "sexual_orientation", self, self.tr("Not asked"))
        self.phone = _line("phone", self, 20, self.tr("e.g. 987 654 321"))
        self.sector = _line("sector", self, 80, self.tr("e.g. Huaycán Zona B"))
        self.referral_source = _combo(REFERRAL_SOURCES, tuple(REFERRAL_SOURCES),
                                      "referral_source", self, self.tr("Not recorded"))
        self.languages = QWidget(self)
        self.languages.setObjectName("languages")
        lang_row = QHBoxLayout(self.languages)
        lang_row.setContentsMargins(0, 0, 0, 0)
        lang_row.setSpacing(14)
        self.language_boxes: dict[str, QCheckBox] = {}
        for code in ("es", "qu", "ay"):
            check = QCheckBox(word(LANGUAGES, code), self.languages)
            check.setObjectName(f"language_{code}")
            check.setChecked(code == "es")
            lang_row.addWidget(check)
            self.language_boxes[code] = check
        self.language_other = _line("language_other", self.languages, 60,
                                    self.tr("Other language"))
        lang_row.addWidget(self.language_other, 1)
        self.staff_notes = QPlainTextEdit(self)
        self.staff_notes.setObjectName("staff_notes")
        self.staff_notes.setTabChangesFocus(True)
        self.staff_notes.setFixedHeight(64)
        self.staff_notes.setPlaceholderText(
            self.tr("Only for the team. Do not write here what she told in confidence."))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(SPACING)
        grid.addWidget(self.box("given_names", self.tr("&Given names"), self.given_names,
                                True), 0, 0)
        grid.addWidget(self.box("first_surname", self.tr("&First surname"),
                                self.first_surname, True), 0, 1)
        grid.addWidget(self.box("second_surname", self.tr("&Second surname"),
                                self.second_surname), 0, 2)
        grid.addWidget(self.box("doc_type", self.tr("&Document"), self.doc_type), 1, 0)
        grid.addWidget(self.box("doc_number", self.tr("Document &number"), self.doc_number),
                       1, 1)
        grid.addWidget(self.box("phone", self.tr("&Phone"), self.phone), 1, 2)
        grid.addWidget(self.box("birth_date", self.tr("Date of &birth (dd/mm/yyyy)"),
                                self.birth_date), 2, 0)
        grid.addWidget(self.box("approx_age", self.tr("…or &approximate age"),
                                self.approx_age), 2, 1)
        grid.addWidget(self.box("sex", self.tr("Se&x"), self.sex), 2, 2)
        grid.addWidget(self.box("languages", self.tr("&Languages she speaks"),
                                self.languages), 3, 0, 1, 2)
        grid.addWidget(self.box("sector", self.tr("Sec&tor where she lives"), self.sector),
                       3, 2)
        grid.addWidget(self.box("gender_identity", self.tr("Gender &identity (optional)"),
                                self.gender_identity), 4, 0)
        grid.addWidget(self.box("sexual_orientation",
                                self.tr("Sexual &orientation (optional)"),
                                self.sexual_orientation), 4, 1)
        grid.addWidget(self.box("referral_source", self.tr("Who &referred her"),
                                self.referral_source), 4, 2)
        hint = QLabel(self.tr(
            "Ask gender identity and sexual orientation only if she wants to answer, in "
            "private. “Prefers not to say” is a complete answer; “Not asked” records "
            "nothing."), self)
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        grid.addWidget(hint, 5, 0, 1, 3)
        grid.addWidget(self.box("staff_notes", self.tr("Notes for the &team"),
                                self.staff_notes), 6, 0, 1, 3)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        self.fields["language_other"] = self.fields["languages"]

    def spoken(self) -> list[str]:
        return [code for code, box in self.language_boxes.items() if box.isChecked()]

    def person_input(self) -> PersonInput:
        langs = self.spoken()
        if self.language_other.text().strip():
            langs.append("other")
        return PersonInput(
            **self.base_input(),  # type: ignore[arg-type]
            gender_identity=self.gender_identity.currentData(),
            sexual_orientation=self.sexual_orientation.currentData(),
            languages=tuple(langs),
            language_other=self.language_other.text() or None,
            phone=self.phone.text() or None,
            sector=self.sector.text() or None,
            referral_source=self.referral_source.currentData(),
            staff_notes=self.staff_notes.toPlainText() or None,
        )


class MemberRow(QFrame):
    """One child or dependant: who they are to her, names, sex, birth, document."""

    remove_requested = Signal(object)
    changed = Signal()

    def __init__(self, number: int, head: HeadForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#memberRow { background: #ffffff; border: 1px solid #e1dbea;"
                           " border-radius: 8px; }")
        self.head = head
        self.form = _PersonFields(self)
        f = self.form
        self.relationship = _combo(RELATIONSHIPS, ("child", "dependant", "partner", "other"),
                                   "relationship", self)
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setObjectName("remove_member")
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        f.doc_type.setCurrentIndex(f.doc_type.findData("none"))
        # a child usually carries her surname second
        grid = QGridLayout(f)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(f.box("relationship", self.tr("Relationship"), self.relationship),
                       0, 0)
        grid.addWidget(f.box("given_names", self.tr("Given names"), f.given_names, True),
                       0, 1)
        grid.addWidget(f.box("first_surname", self.tr("First surname"), f.first_surname,
                             True), 0, 2)
        grid.addWidget(f.box("second_surname", self.tr("Second surname"), f.second_surname),
                       0, 3)
        grid.addWidget(f.box("sex", self.tr("Sex"), f.sex), 0, 4)
        grid.addWidget(f.box("birth_date", self.tr("Date of birth"), f.birth_date), 1, 0)
        grid.addWidget(f.box("approx_age", self.tr("…or age"), f.approx_age), 1, 1)
        grid.addWidget(f.box("doc_type", self.tr("Document"), f.doc_type), 1, 2)
        grid.addWidget(f.box("doc_number", self.tr("Number"), f.doc_number), 1, 3)
        for col in range(5):
            grid.setColumnStretch(col, 1)
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 8, 12, 10)
        col.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.remove)
        col.addLayout(top)
        col.addWidget(f)
        f.changed.connect(self.changed.emit)
        self.set_number(number)

    @property
    def fields(self) -> dict[str, FieldBox]:
        return self.form.fields

    def set_number(self, number: int) -> None:
        self.number = number
        self.title.setText(self.tr("Person {n} who comes with her").format(n=number + 1))
        self.remove.setAccessibleName(self.tr("Remove person {n}").format(n=number + 1))

    def member_input(self) -> MemberInput:
        prefix = f"members.{self.number}."
        person = PersonInput(**self.form.base_input(prefix),  # type: ignore[arg-type]
                             languages=tuple(self.head.spoken() or ["es"]))
        return MemberInput(person, self.relationship.currentData())


class ConsentBox(QGroupBox):
    """The four consents, each with a plain explanation; institutions for sharing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Her consent"))
        col = QVBoxLayout(self)
        col.setSpacing(4)
        intro = QLabel(self.tr("Read each one to her in her language. She may say no to "
                               "any of the last three and still receive every service."),
                       self)
        intro.setWordWrap(True)
        intro.setObjectName("hintLabel")
        col.addWidget(intro)
        self.checks: dict[str, QCheckBox] = {}
        self.errors: dict[str, FieldBox] = {}
        for kind in KIND_CODES:
            check = QCheckBox(word(CONSENT_KINDS, kind), self)
            check.setObjectName(f"consent_{kind}")
            font = check.font()
            font.setBold(True)
            check.setFont(font)
            explain = QLabel(tr(CONSENT_EXPLANATIONS[kind]), self)
            explain.setWordWrap(True)
            explain.setObjectName("hintLabel")
            explain.setContentsMargins(26, 0, 0, 4)
            holder = FieldBox("", check, self)
            holder.caption.hide()
            col.addWidget(holder)
            col.addWidget(explain)
            self.checks[kind] = check
            self.errors[kind] = holder
            if kind == "share_institutions":
                self.institutions_box = QWidget(self)
                self.institutions_box.setObjectName("institutions")
                grid = QGridLayout(self.institutions_box)
                grid.setContentsMargins(26, 0, 0, 4)
                grid.setVerticalSpacing(2)
                self.institutions: dict[str, QCheckBox] = {}
                for i, code in enumerate(INSTITUTIONS):
                    box = QCheckBox(word(INSTITUTIONS, code), self.institutions_box)
                    box.setObjectName(f"institution_{code}")
                    grid.addWidget(box, i // 2, i % 2)
                    self.institutions[code] = box
                self.institutions_holder = FieldBox(self.tr("With which institutions?"),
                                                    self.institutions_box, self)
                self.institutions_holder.caption.setContentsMargins(26, 0, 0, 0)
                col.addWidget(self.institutions_holder)
                self.errors["institutions"] = self.institutions_holder
                check.toggled.connect(self._share_toggled)
                self._share_toggled(False)

    def _share_toggled(self, on: bool) -> None:
        self.institutions_box.setEnabled(on)

    def granted(self) -> list[str]:
        return [k for k, box in self.checks.items() if box.isChecked()]

    def chosen_institutions(self) -> list[str]:
        return [c for c, box in self.institutions.items() if box.isChecked()]

    def clear_errors(self) -> None:
        for holder in self.errors.values():
            holder.clear_error()


class DuplicatesPanel(QFrame):
    """Likely matches for what is being typed, each with its reason and a button."""

    open_requested = Signal(str)
    MAX_SHOWN = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPanel")
        self.matches: list[DuplicateMatch] = []
        self.buttons: list[QPushButton] = []
        self.col = QVBoxLayout(self)
        self.col.setContentsMargins(12, 10, 12, 10)
        self.col.setSpacing(8)
        self.head = QLabel(self)
        self.head.setObjectName("cardTitle")
        self.head.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.col.addWidget(self.head)
        self.col.addWidget(self.hint)
        self.items = QVBoxLayout()
        self.items.setSpacing(8)
        self.col.addLayout(self.items)
        self.set_matches([], "")

    def _style(self, warn: bool) -> None:
        colour, border = ("#fff4e5", "#9a5b00") if warn else ("#ffffff", "#e1dbea")
        self.setStyleSheet(f"#duplicatesPanel {{ background: {colour}; border: 1px solid "
                           f"{border}; border-left: 4px solid {border}; border-radius: 8px; }}"
                           " #dupItem { background: #ffffff; border: 1px solid #e1dbea;"
                           " border-radius: 6px; }")

    def set_matches(self, matches: list[DuplicateMatch], who: str,
                    more: tuple[list[DuplicateMatch], str] | None = None) -> None:
        """Matches for her (`who`), and optionally for a member being typed (`more`)."""
        groups = [(matches, who)]
        if more is not None:
            groups.append(more)
        self.matches = [m for ms, _w in groups for m in ms]
        while self.items.count():
            item = self.items.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        if not self.matches:
            self._style(False)
            self.head.setText(self.tr("Already registered?"))
            self.hint.setText(self.tr(
                "As you type her names, DNI or date of birth, people already registered "
                "who may be her appear here, so no one gets two records."))
            return
        self._style(True)
        self.head.setText("⚠ " + self.tr("Maybe already registered"))
        self.hint.setText(self.tr("Check with her before registering anyone again. Open the "
                                  "existing record instead if it is the same person."))
        for group, name in groups:
            if not group:
                continue
            title = QLabel(self.tr("Possible matches for “{name}”:").format(name=name or "…"),
                           self)
            title.setWordWrap(True)
            self.items.addWidget(title)
            title.show()  # at once, not after the next event loop turn
            for match in group[:self.MAX_SHOWN]:
                item = self._item(match)
                self.items.addWidget(item)
                item.show()

    def _item(self, match: DuplicateMatch) -> QWidget:
        box = QFrame(self)
        box.setObjectName("dupItem")
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        warn = QLabel(box)
        warn.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(22, 22))
        name = QLabel(match.full_name, box)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        name.setWordWrap(True)
        reasons = ", ".join(word(DUPLICATE_REASONS, r) for r in match.reasons)
        reason = QLabel(self.tr("Why: {reason}").format(reason=reasons), box)
        reason.setObjectName("dupReason")
        reason.setStyleSheet("color: #7a4500; font-weight: bold;")
        reason.setWordWrap(True)
        details = [doc_text(match.doc_type, match.doc_number)]
        if match.birth_date is not None:
            details.append(self.tr("born {date}").format(date=fmt_date(match.birth_date)))
        elif match.age is not None:
            details.append(self.tr("age {age}").format(age=age_text(match.age, True)))
        info = QLabel(" · ".join(details), box)
        info.setObjectName("muted")
        button = QPushButton(self.tr("Open existing record"), box)
        button.setObjectName("open_existing")
        button.clicked.connect(lambda _c=False, pid=match.person_id:
                               self.open_requested.emit(pid))
        self.buttons.append(button)
        grid.addWidget(warn, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(name, 0, 1)
        grid.addWidget(reason, 1, 1)
        grid.addWidget(info, 2, 1)
        grid.addWidget(button, 3, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        return box

    def reasons_text(self) -> str:
        return " ".join(", ".join(word(DUPLICATE_REASONS, r) for r in m.reasons)
                        for m in self.matches)


class IntakeDialog(QDialog):
    registered = Signal(str)  # her person id
    open_existing = Signal(str)  # a matching record to open instead

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("intake_dialog")
        self.setWindowTitle(self.tr("Register a person"))
        self.setModal(True)
        self.setStyleSheet("QGroupBox { font-weight: bold; color: #2d1f4d; }")
        self.members: list[MemberRow] = []
        self.person_id: str | None = None

        self.head = HeadForm(self)
        her = QGroupBox(self.tr("Her details"), self)
        her_col = QVBoxLayout(her)
        her_col.setContentsMargins(14, 12, 14, 12)
        her_col.addWidget(self.head)

        self.household = QGroupBox(self.tr("Children and dependants who come with her"),
                                   self)
        hh_col = QVBoxLayout(self.household)
        hh_col.setContentsMargins(14, 12, 14, 12)
        hh_col.setSpacing(8)
        self.no_members = QLabel(self.tr(
            "Nobody yet. Add each child or dependant who arrives with her: they are "
            "registered together, in her household."), self.household)
        self.no_members.setObjectName("hintLabel")
        self.no_members.setWordWrap(True)
        self.members_col = QVBoxLayout()
        self.members_col.setSpacing(8)
        self.add_member_button = QPushButton(self.tr("&Add a child or dependant"),
                                             self.household)
        self.add_member_button.setObjectName("add_member")
        self.add_member_button.clicked.connect(lambda: self.add_member())
        hh_col.addWidget(self.no_members)
        hh_col.addLayout(self.members_col)
        hh_col.addWidget(self.add_member_button, 0, Qt.AlignmentFlag.AlignLeft)

        left = QWidget(self)
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 8, 0)
        left_col.setSpacing(12)
        left_col.addWidget(her)
        left_col.addWidget(self.household)
        left_col.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("intake_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(left)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.duplicates = DuplicatesPanel(self)
        self.duplicates.open_requested.connect(self._open_existing)
        self.consent = ConsentBox(self)
        right = QWidget(self)
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 8, 0)
        right_col.setSpacing(12)
        right_col.addWidget(self.duplicates)
        right_col.addWidget(self.consent)
        right_col.addStretch(1)
        self.right_scroll = QScrollArea(self)
        self.right_scroll.setWidgetResizable(True)
        self.right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.right_scroll.setWidget(right)
        self.right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.right_scroll.setMinimumWidth(400)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.scroll, 3)
        body.addWidget(self.right_scroll, 2)

        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.register_button = self.buttons.addButton(
            self.tr("&Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setObjectName("register")
        self.register_button.setProperty("primary", True)
        cancel = self.buttons.addButton(self.tr("Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        required = QLabel(self.tr("* required. Nothing is saved until every field is "
                                  "right."), self)
        required.setObjectName("hintLabel")
        bottom = QHBoxLayout()
        bottom.addWidget(required, 1)
        bottom.addWidget(self.buttons)

        col = QVBoxLayout(self)
        col.setContentsMargins(20, 16, 20, 14)
        col.setSpacing(10)
        col.addLayout(body, 1)
        col.addWidget(self.message)
        col.addLayout(bottom)

        self.dup_timer = QTimer(self)
        self.dup_timer.setSingleShot(True)
        self.dup_timer.setInterval(DUPLICATE_DEBOUNCE_MS)
        self.dup_timer.timeout.connect(self.check_duplicates)
        self._dup_source: _PersonFields = self.head
        self.head.changed.connect(lambda: self._typed(self.head))
        self.head.sex.setCurrentIndex(self.head.sex.findData("female"))
        self.head.doc_type.setCurrentIndex(self.head.doc_type.findData("dni"))
        self._fit_screen()
        self.head.given_names.setFocus()

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1260, 700
        if screen is not None and screen.width() > 0:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 40)
        self.resize(width, height)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # -- household rows -------------------------------------------------------------------
    def add_member(self, relationship: str = "child") -> MemberRow:
        row = MemberRow(len(self.members), self.head, self)
        row.relationship.setCurrentIndex(row.relationship.findData(relationship))
        row.remove_requested.connect(self.remove_member)
        row.changed.connect(lambda r=row: self._typed(r.form))
        self.members.append(row)
        self.members_col.addWidget(row)
        row.show()
        self.no_members.hide()
        row.form.given_names.setFocus()
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(row))
        return row

    def remove_member(self, row: MemberRow) -> None:
        if self._dup_source is row.form:
            self._dup_source = self.head
        if row in self.members:
            self.members.remove(row)
            self.members_col.removeWidget(row)
            row.deleteLater()
        for n, other in enumerate(self.members):
            other.set_number(n)
        self.no_members.setVisible(not self.members)

    # -- duplicates -------------------------------------------------------------------------
    def _typed(self, source: _PersonFields) -> None:
        self._dup_source = source
        self.dup_timer.start()

    def _matches_for(self, f: _PersonFields) -> list[DuplicateMatch]:
        try:
            with self.workspace.db.read() as s:
                return find_duplicates(
                    s, self.workspace.actor, f.given_names.text(), f.first_surname.text(),
                    f.second_surname.text() or None, f.doc_number.text() or None,
                    f.lenient_birth_date())  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a failed check must not stop the form
            return []

    def check_duplicates(self) -> None:
        """Matches for her, and for the child or dependant typed last."""
        self.dup_timer.stop()
        mine = self._matches_for(self.head)
        more = None
        source = self._dup_source
        if source is not self.head and any(r.form is source for r in self.members):
            more = (self._matches_for(source), source.typed_name())
        self.duplicates.set_matches(mine, self.head.typed_name(), more)

    def _open_existing(self, person_id: str) -> None:
        self.open_existing.emit(person_id)
        self.reject()

    # -- saving -------------------------------------------------------------------------------
    def field_box(self, name: str) -> FieldBox | None:
        if name.startswith("members."):
            _, n, key = name.split(".", 2)
            idx = int(n) if n.isdigit() else -1
            if 0 <= idx < len(self.members):
                return self.members[idx].fields.get(key)
            return None
        if name in ("institutions", "services"):
            return self.consent.errors[name]
        return self.head.fields.get(name)

    def clear_errors(self) -> None:
        self.message.clear()
        self.head.clear_errors()
        for row in self.members:
            row.form.clear_errors()
        self.consent.clear_errors()

    def show_field_error(self, name: str | None, text: str) -> None:
        holder = self.field_box(name or "")
        if holder is None:
            self.message.show_message(text)
            return
        holder.show_error(text)
        self.message.show_message(self.tr("Please correct the field marked with ⚠. "
                                          "Nothing was saved."))
        scroll = self.right_scroll if name in ("institutions", "services") else self.scroll
        scroll.ensureWidgetVisible(holder)
        holder.widget.setFocus()

    def submit(self) -> None:
        self.clear_errors()
        try:
            head = self.head.person_input()
            members = [row.member_input() for row in self.members]
        except FormError as err:
            self.show_field_error(err.field, err.text)
            return
        granted = self.consent.granted()
        if "services" not in granted:
            self.show_field_error("services", self.tr(
                "She must agree to receive services before she can be registered. If she "
                "does not agree, do not register her."))
            return
        institutions = self.consent.chosen_institutions()
        actor = self.workspace.actor
        try:
            with self.workspace.db.write(actor.user_id) as s:
                household = register_household(s, actor, head, members)
                head_id = household.head.person_id if household.head else ""
                for kind in granted:
                    consent_mod.record_consent(
                        s, actor, head_id, kind, True,
                        institutions=institutions if kind == "share_institutions" else None)
        except InvalidInput as exc:
            self.show_field_error(exc.field, error_text(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        self.person_id = head_id
        self.registered.emit(head_id)
        self.accept()

    # -- screenshots -----------------------------------------------------------------------------
    def fill_demo(self, given_names: str, first_surname: str, second_surname: str,
                  doc_number: str) -> None:
        """Type a woman who is already registered, with a child (for screenshots)."""
        self.head.given_names.setText(given_names)
        self.head.first_surname.setText(first_surname)
        self.head.second_surname.setText(second_surname)
        self.head.doc_number.setText(doc_number)
        self.head.sector.setText("Huaycán Zona B")
        self.consent.checks["services"].setChecked(True)
        self.consent.checks["statistics"].setChecked(True)
        row = self.add_member()
        row.form.given_names.setText("Killa")
        row.form.first_surname.setText("Rojas")
        row.form.second_surname.setText(first_surname)
        row.form.birth_date.setText("02/03/2016")
        self._dup_source = self.head
        self.check_duplicates()
