"""A person's file: a header with who she is and her current risk level (an icon and
a word), a warning that cannot be missed when someone must never be contacted, and
tabs for her details, household, consents, risk, safety plan, emergency contacts,
referrals and services.

Opening the file is audited by the core (`get_person_file`). After a change made
here, the file is read again without a second audit entry.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import risk
from clinic_desk.core.intake.models import CONSENT_KINDS
from clinic_desk.core.intake.people import (
    PersonFile,
    get_person_file,
    reload_person_file,
    update_person,
)
from clinic_desk.core.intake.validation import PersonInput
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.people.common import (
    CONSENT_KINDS as KIND_WORDS,
)
from clinic_desk.ui.people.common import (
    DIRECTIONS,
    DOC_TYPES,
    GENDER_IDENTITIES,
    INSTITUTIONS,
    LANGUAGES,
    NEVER_RED,
    REFERRAL_SOURCES,
    REFERRAL_STATUSES,
    RELATIONSHIPS,
    SERVICE_KINDS,
    SEXES,
    SEXUAL_ORIENTATIONS,
    VIOLENCE_TYPES,
    age_text,
    doc_text,
    fmt_date,
    fmt_datetime,
    never_icon,
    risk_icon,
    risk_text,
    user_names,
    word,
    words,
)
from clinic_desk.ui.people.file_dialogs import (
    ConsentDialog,
    ContactDialog,
    MergeDialog,
    PdfDialog,
    ReferralDialog,
    ReferralStatusDialog,
    RiskDialog,
    ScreeningDialog,
    ServiceDialog,
)
from clinic_desk.ui.people.intake_dialog import FormError, HeadForm
from clinic_desk.ui.widgets import icon

TABS = ("details", "household", "consent", "risk", "plan", "contacts", "referrals",
        "services")


def _table(parent: QWidget, name: str, headers: list[str], stretch: int = -1
           ) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch < 0)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class TableBox(QStackedWidget):
    """A table, or a sentence saying what will appear there when it is empty."""

    def __init__(self, table: QTableWidget, hint: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.table = table
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint.setContentsMargins(4, 6, 4, 6)
        self.addWidget(table)
        self.addWidget(self.hint)
        table.setProperty("tableBox", True)
        table.box = self  # type: ignore[attr-defined]


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    """Rows of cells: a str, or (QIcon, str, bold)."""
    box = getattr(table, "box", None)
    if box is not None:
        box.setCurrentWidget(table if rows else box.hint)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            if isinstance(cell, tuple):
                item = QTableWidgetItem(cell[0], cell[1])
                if len(cell) > 2 and cell[2]:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            else:
                item = QTableWidgetItem(str(cell))
            item.setToolTip(item.text())
            table.setItem(r, c, item)


def _padded(widget: QWidget, parent: QWidget) -> QWidget:
    holder = QWidget(parent)
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(4, 14, 4, 4)
    lay.setSpacing(10)
    lay.addWidget(widget)
    return holder


def _bold(text: str, parent: QWidget, size: float = 1.0) -> QLabel:
    lab = QLabel(text, parent)
    font = lab.font()
    font.setBold(True)
    if size != 1.0:
        font.setPointSizeF(font.pointSizeF() * size)
    lab.setFont(font)
    return lab


class NeverContactBanner(QFrame):
    """Red border, a 'no' sign, bold red words: never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neverBanner")
        self.setStyleSheet(f"#neverBanner {{ background: #fdecea; border: 2px solid "
                           f"{NEVER_RED}; border-radius: 6px; }}"
                           f" #neverBanner QLabel {{ color: {NEVER_RED}; background: "
                           "transparent; border: none; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(10)
        pic = QLabel(self)
        pic.setPixmap(never_icon().pixmap(28, 28))
        self.label = _bold("", self, 1.1)
        self.label.setObjectName("never_contact_banner")
        self.label.setWordWrap(True)
        row.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def set_contacts(self, contacts: tuple[risk.ContactInfo, ...]) -> None:
        if not contacts:
            self.hide()
            return
        names = "; ".join(c.name + (f" ({c.phone})" if c.phone else "") for c in contacts)
        self.label.setText(self.tr("NEVER CONTACT — aggressor: {names}").format(names=names))
        self.setAccessibleName(self.label.text())
        self.show()


class EditPersonDialog(QDialog):
    """Her details, in the same fields as the intake form."""

    saved = Signal(object)

    def __init__(self, workspace: Workspace, file: PersonFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.person_id = file.person.id
        self.setWindowTitle(self.tr("Edit her details"))
        self.setModal(True)
        self.head = HeadForm(self)
        p = file.person
        f = self.head
        f.given_names.setText(p.given_names)
        f.first_surname.setText(p.first_surname)
        f.second_surname.setText(p.second_surname or "")
        f.doc_type.setCurrentIndex(f.doc_type.findData(p.doc_type))
        f.doc_number.setText(p.doc_number or "")
        if p.birth_date is not None:
            f.birth_date.setText(fmt_date(p.birth_date))
        elif p.age is not None:
            f.approx_age.setText(str(p.age))
        f.sex.setCurrentIndex(f.sex.findData(p.sex))
        f.gender_identity.setCurrentIndex(f.gender_identity.findData(p.gender_identity))
        f.sexual_orientation.setCurrentIndex(
            f.sexual_orientation.findData(p.sexual_orientation))
        for code, box in f.language_boxes.items():
            box.setChecked(code in p.languages)
        f.language_other.setText(p.language_other or "")
        f.phone.setText(p.phone or "")
        f.sector.setText(p.sector or "")
        f.referral_source.setCurrentIndex(f.referral_source.findData(p.referral_source))
        f.staff_notes.setPlainText(p.staff_notes or "")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.head)
        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setProperty("primary", True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 16, 20, 14)
        col.addWidget(scroll, 1)
        col.addWidget(self.message)
        col.addWidget(buttons)
        self.resize(900, 620)

    def submit(self) -> None:
        self.message.clear()
        self.head.clear_errors()
        try:
            inp: PersonInput = self.head.person_input()
        except FormError as err:
            self.head.fields[err.field].show_error(err.text)
            return
        actor = self.workspace.actor
        try:
            with self.workspace.db.write(actor.user_id) as s:
                info = update_person(s, actor, self.person_id, inp)
        except InvalidInput as exc:
            holder = self.head.fields.get(exc.field or "")
            if holder is not None:
                holder.show_error(error_text(exc))
                holder.widget.setFocus()
            else:
                self.message.show_message(error_text(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        self.saved.emit(info)
        self.accept()


class PersonView(QWidget):
    """Her file. Raises the core's error when it cannot be opened (not found, role)."""

    back_requested = Signal()
    open_requested = Signal(str)  # another person's file (a household member)
    changed = Signal()  # something was saved (the list reloads)

    def __init__(self, workspace: Workspace, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_view")
        self.workspace = workspace
        actor = workspace.actor
        self.can_write = actor is not None and actor.can(Perm.PEOPLE_WRITE)
        self.can_merge = actor is not None and actor.can(Perm.PEOPLE_MERGE)
        self.dialog: QWidget | None = None  # the open dialog, for tests
        self.pdf_dir: Path | None = None
        with workspace.db.write(actor.user_id if actor else None) as s:
            self.file = get_person_file(s, actor, person_id)  # audited
        self.person_id = self.file.person.id
        self._build()
        self.render()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton("← " + self.tr("&Back to the list"), self)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pdf_button = QPushButton(icon("save"), self.tr("Referral &PDF…"), self)
        self.pdf_button.setObjectName("pdf")
        self.pdf_button.clicked.connect(self.write_pdf)
        self.merge_button = QPushButton(self.tr("&Merge a duplicate…"), self)
        self.merge_button.setObjectName("merge")
        self.merge_button.setVisible(self.can_merge)
        self.merge_button.clicked.connect(self.merge)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.merge_button)
        top.addWidget(self.pdf_button)

        self.name = QLabel(self)
        self.name.setObjectName("pageTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setObjectName("pageSubtitle")
        self.facts.setWordWrap(True)
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name)
        who.addWidget(self.facts)

        self.risk_box = QFrame(self)
        self.risk_box.setObjectName("riskBox")
        rb = QGridLayout(self.risk_box)
        rb.setContentsMargins(12, 8, 14, 8)
        rb.setHorizontalSpacing(10)
        rb.setVerticalSpacing(0)
        self.risk_pic = QLabel(self.risk_box)
        self.risk_caption = QLabel(self.tr("Current risk"), self.risk_box)
        self.risk_caption.setObjectName("muted")
        self.risk_level = _bold("", self.risk_box, 1.35)
        self.risk_level.setObjectName("risk_level")
        self.risk_when = QLabel(self.risk_box)
        self.risk_when.setObjectName("muted")
        rb.addWidget(self.risk_pic, 0, 0, 3, 1, Qt.AlignmentFlag.AlignVCenter)
        rb.addWidget(self.risk_caption, 0, 1)
        rb.addWidget(self.risk_level, 1, 1)
        rb.addWidget(self.risk_when, 2, 1)
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addLayout(who, 1)
        head.addWidget(self.risk_box, 0, Qt.AlignmentFlag.AlignTop)

        self.never_banner = NeverContactBanner(self)
        self.message = InlineMessage(self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("person_tabs")
        self.tabs.setDocumentMode(True)
        self.tab_pages: dict[str, QWidget] = {}
        builders: list[tuple[str, str, Callable[[], QWidget]]] = [
            ("details", self.tr("&Details"), self._details_tab),
            ("household", self.tr("&Household"), self._household_tab),
            ("consent", self.tr("C&onsent"), self._consent_tab),
            ("risk", self.tr("&Risk"), self._risk_tab),
            ("plan", self.tr("Safety p&lan"), self._plan_tab),
            ("contacts", self.tr("&Emergency contacts"), self._contacts_tab),
            ("referrals", self.tr("Re&ferrals"), self._referrals_tab),
            ("services", self.tr("&Services"), self._services_tab),
        ]
        from clinic_desk.ui.sessions.person_tab import PersonSessionsTab, may_see_sessions

        if may_see_sessions(self.workspace):  # her sessions timeline, never note text
            builders.append(("sessions", self.tr("Sess&ions"), lambda: PersonSessionsTab(
                self.workspace, self.person_id, self)))
        for key, title, build in builders:
            page = _padded(build(), self)
            self.tab_pages[key] = page
            self.tabs.addTab(page, title)

        col = QVBoxLayout(self)
        col.setContentsMargins(24, 14, 24, 14)
        col.setSpacing(8)
        col.addLayout(top)
        col.addLayout(head)
        col.addWidget(self.never_banner)
        col.addWidget(self.message)
        col.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)

    def _button(self, text: str, name: str, slot: Callable[[], object],
                primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        button.setVisible(self.can_write)
        if primary:
            button.setProperty("primary", True)
        return button

    def _with_buttons(self, body: QWidget, *buttons: QPushButton,
                      intro: str = "") -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        if intro:
            col.addWidget(intro_label(intro, box))
        if buttons:
            row = QHBoxLayout()
            for b in buttons:
                row.addWidget(b)
            row.addStretch(1)
            col.addLayout(row)
        col.addWidget(body, 1)
        return box

    # tabs
    def _details_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        self.details_form = QFormLayout(inner)
        self.details_form.setHorizontalSpacing(18)
        self.details_form.setVerticalSpacing(8)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        scroll.setWidget(inner)
        edit = self._button(self.tr("E&dit her details…"), "edit_person", self.edit_person)
        return self._with_buttons(scroll, edit)

    def _household_tab(self) -> QWidget:
        self.household_table = _table(self, "household_table", [
            self.tr("Name"), self.tr("Relationship"), self.tr("Sex"), self.tr("Age")], 0)
        self.household_table.doubleClicked.connect(lambda idx: self._open_member(idx.row()))
        self.household_table.activated.connect(lambda idx: self._open_member(idx.row()))
        open_button = QPushButton(self.tr("Open the selected file"), self)
        open_button.setObjectName("open_member")
        open_button.clicked.connect(
            lambda: self._open_member(self.household_table.currentRow()))
        body = TableBox(self.household_table, self.tr(
            "She came alone: nobody is registered in her household."), self)
        return self._with_buttons(body, open_button, intro=self.tr(
            "The children and dependants registered with her. Each has a file of their "
            "own."))

    def _consent_tab(self) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        self.consent_grid = QGridLayout()
        self.consent_grid.setHorizontalSpacing(14)
        self.consent_grid.setVerticalSpacing(6)
        self.consent_rows: dict[str, tuple[QLabel, QLabel, QPushButton, QPushButton]] = {}
        for r, kind in enumerate(CONSENT_KINDS):
            name = _bold(word(KIND_WORDS, kind), box)
            state = QLabel(box)
            state.setObjectName(f"consent_state_{kind}")
            state.setWordWrap(True)
            give = self._button(self.tr("Record consent…"), f"give_{kind}",
                                lambda k=kind: self.record_consent(k, True))
            withdraw = self._button(self.tr("Withdraw…"), f"withdraw_{kind}",
                                    lambda k=kind: self.record_consent(k, False))
            self.consent_grid.addWidget(name, r, 0)
            self.consent_grid.addWidget(state, r, 1)
            self.consent_grid.addWidget(give, r, 2)
            self.consent_grid.addWidget(withdraw, r, 3)
            self.consent_rows[kind] = (name, state, give, withdraw)
        self.consent_grid.setColumnStretch(1, 1)
        col.addLayout(self.consent_grid)
        col.addWidget(_bold(self.tr("History"), box))
        self.consent_table = _table(self, "consent_history", [
            self.tr("Date"), self.tr("Consent"), self.tr("Decision"), self.tr("Institutions"),
            self.tr("Recorded by"), self.tr("Note")])
        col.addWidget(TableBox(self.consent_table, self.tr("No consent recorded yet."),
                               self), 1)
        return box

    def _risk_tab(self) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        row = QHBoxLayout()
        row.addWidget(self._button(self.tr("&New risk assessment…"), "new_risk",
                                   self.assess_risk, primary=True))
        row.addWidget(self._button(self.tr("Substance-use &screening…"), "new_screening",
                                   self.screening))
        row.addStretch(1)
        col.addLayout(row)
        col.addWidget(_bold(self.tr("Risk assessments (newest first)"), box))
        self.risk_table = _table(self, "risk_history", [
            self.tr("Date"), self.tr("Risk level"), self.tr("Types of violence"),
            self.tr("Assessed by"), self.tr("Note")])
        col.addWidget(TableBox(self.risk_table, self.tr(
            "No risk assessment yet. Assess her risk as soon as you can: it guides the "
            "safety plan."), self), 2)
        col.addWidget(_bold(self.tr("Substance-use screenings"), box))
        self.screening_table = _table(self, "screenings", [
            self.tr("Date"), self.tr("Instrument"), self.tr("Score"), self.tr("Recorded by"),
            self.tr("Note")])
        col.addWidget(TableBox(self.screening_table, self.tr(
            "No screening recorded. Only if she agrees and it helps her care."), self), 1)
        return box

    def _plan_tab(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.plan_text = QPlainTextEdit(box)
        self.plan_text.setObjectName("plan_text")
        self.plan_text.setTabChangesFocus(True)
        self.plan_text.setReadOnly(not self.can_write)
        self.plan_text.setPlaceholderText(self.tr(
            "What she will do if she is in danger: where to go, whom to call, what to "
            "take with her, a code word with someone she trusts."))
        self.plan_list = QListWidget(box)
        self.plan_list.setObjectName("plan_checklist")
        self.plan_item = QLineEdit(box)
        self.plan_item.setObjectName("plan_item")
        self.plan_item.setPlaceholderText(self.tr("New checklist item, then Enter"))
        self.plan_item.returnPressed.connect(self._add_plan_item)
        self.plan_item.setVisible(self.can_write)
        self.plan_info = QLabel(box)
        self.plan_info.setObjectName("muted")
        save = self._button(self.tr("Save a new &version"), "save_plan", self.save_plan,
                            primary=True)
        grid.addWidget(_bold(self.tr("Her plan"), box), 0, 0)
        grid.addWidget(_bold(self.tr("Checklist"), box), 0, 1)
        grid.addWidget(self.plan_text, 1, 0, 2, 1)
        grid.addWidget(self.plan_list, 1, 1)
        grid.addWidget(self.plan_item, 2, 1)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.plan_info, 1)
        grid.addLayout(row, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return box

    def _contacts_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        self.contacts_col = QVBoxLayout(inner)
        self.contacts_col.setContentsMargins(0, 0, 6, 0)
        self.contacts_col.setSpacing(8)
        scroll.setWidget(inner)
        self.contact_rows: list[QFrame] = []
        add = self._button(self.tr("&Add a contact…"), "add_contact", self.add_contact,
                           primary=True)
        return self._with_buttons(scroll, add, intro=self.tr(
            "Whom to call if she is in danger. A person marked “never contact” is the "
            "aggressor: never call, answer or tell them anything about her."))

    def _referrals_tab(self) -> QWidget:
        self.referral_table = _table(self, "referrals_table", [
            self.tr("Date"), self.tr("Direction"), self.tr("Institution"), self.tr("Reason"),
            self.tr("Status"), self.tr("Outcome")], 3)
        new = self._button(self.tr("&New referral…"), "new_referral", self.add_referral,
                           primary=True)
        follow = self._button(self.tr("Follow &up the selected one…"), "follow_referral",
                              self.follow_referral)
        body = TableBox(self.referral_table, self.tr(
            "No referrals yet: who sent her to us, and where we refer her (CEM, police, "
            "Fiscalía, DEMUNA, health centre)."), self)
        return self._with_buttons(body, new, follow)

    def _services_tab(self) -> QWidget:
        self.service_table = _table(self, "services_table", [
            self.tr("Date"), self.tr("Service"), self.tr("Quantity"), self.tr("Note")])
        new = self._button(self.tr("&Log a service…"), "log_service", self.log_service,
                           primary=True)
        body = TableBox(self.service_table, self.tr(
            "No services logged yet (food basket, transport, lodging, clothing)."), self)
        return self._with_buttons(body, new)

    # -- showing -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read her file again after a change made here (not audited again)."""
        with self.workspace.db.read() as s:
            self.file = reload_person_file(s, self.workspace.actor, self.person_id)
        self.person_id = self.file.person.id
        self.render()
        self.changed.emit()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.tab_pages[key])

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i).replace("&", "") for i in range(self.tabs.count())]

    def render(self) -> None:
        f = self.file
        p = f.person
        self.name.setText(p.full_name)
        facts = [self.tr("{age} years").format(age=age_text(p.age, p.age_is_approx))
                 if p.age is not None else self.tr("Age unknown"),
                 doc_text(p.doc_type, p.doc_number)]
        if p.sector:
            facts.append(p.sector)
        if p.phone:
            facts.append(self.tr("Phone {phone}").format(phone=p.phone))
        self.facts.setText("  ·  ".join(facts))
        level = f.risk.level if f.risk else None
        self.risk_pic.setPixmap(risk_icon(level).pixmap(40, 40))
        self.risk_level.setText(risk_text(level))
        self.risk_when.setText(self.tr("assessed {date}").format(
            date=fmt_date(f.risk.assessed_at)) if f.risk else self.tr("no assessment yet"))
        colour = {"severo": NEVER_RED, "moderado": "#9a5b00"}.get(level or "", "#cfc8dc")
        self.risk_box.setStyleSheet(
            f"#riskBox {{ background: #ffffff; border: 2px solid {colour}; "
            "border-radius: 8px; }")
        self.risk_box.setAccessibleName(self.tr("Current risk: {level}").format(
            level=risk_text(level)))
        self.never_banner.set_contacts(f.never_contact)
        with self.workspace.db.read() as s:
            ids = [c.recorded_by for c in f.consent_history] + \
                  [r.assessed_by for r in f.risk_history] + \
                  [x.screened_by for x in f.screenings] + \
                  [f.safety_plan.recorded_by if f.safety_plan else None] + \
                  [m.merged_by for m in f.merges]
            self.names = user_names(s, ids)
        self._render_details()
        self._render_household()
        self._render_consent()
        self._render_risk()
        self._render_plan()
        self._render_contacts()
        self._render_referrals()
        self._render_services()

    def _who(self, user_id: str | None) -> str:
        return self.names.get(user_id or "", "—")

    def _render_details(self) -> None:
        form = self.details_form
        while form.rowCount():
            form.removeRow(0)
        p = self.file.person
        not_asked = self.tr("Not asked")
        if p.birth_date is not None:
            birth = fmt_date(p.birth_date)
        elif p.age is not None:
            birth = self.tr("unknown; about {age} years old").format(age=p.age)
        else:
            birth = self.tr("unknown")
        langs = words(LANGUAGES, [x for x in p.languages if x != "other"])
        if p.language_other:
            langs = ", ".join(x for x in (langs, p.language_other) if x)
        rows = [
            (self.tr("Given names"), p.given_names),
            (self.tr("Surnames"), " ".join(x for x in (p.first_surname, p.second_surname)
                                           if x)),
            (self.tr("Document"), word(DOC_TYPES, p.doc_type) + (
                f" {p.doc_number}" if p.doc_number else "")),
            (self.tr("Date of birth"), birth),
            (self.tr("Sex"), word(SEXES, p.sex)),
            (self.tr("Gender identity"), word(GENDER_IDENTITIES, p.gender_identity)
             or not_asked),
            (self.tr("Sexual orientation"), word(SEXUAL_ORIENTATIONS, p.sexual_orientation)
             or not_asked),
            (self.tr("Languages"), langs),
            (self.tr("Phone"), p.phone or "—"),
            (self.tr("Sector"), p.sector or "—"),
            (self.tr("Referred by"), word(REFERRAL_SOURCES, p.referral_source) or "—"),
            (self.tr("Notes for the team"), p.staff_notes or "—"),
            (self.tr("Registered"), fmt_datetime(p.created_at)),
            (self.tr("Last change"), fmt_datetime(p.updated_at)),
        ]
        for m in self.file.merges:
            rows.append((self.tr("Merged record"), self.tr(
                "{date}, by {who}: {reason}").format(date=fmt_date(m.merged_at),
                                                      who=self._who(m.merged_by),
                                                      reason=m.reason)))
        for caption, value in rows:
            lab = QLabel(caption + ":")
            lab.setObjectName("muted")
            val = QLabel(value)
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(lab, val)

    def _render_household(self) -> None:
        hh = self.file.household
        members = hh.members if hh else ()
        rows = []
        for m in members:
            name = m.full_name + (" " + self.tr("(this file)")
                                  if m.person_id == self.person_id else "")
            rows.append([(icon("people"), name, m.person_id == self.person_id),
                         word(RELATIONSHIPS, m.relationship), word(SEXES, m.sex),
                         age_text(m.age, m.age_is_approx)])
        _fill(self.household_table, rows)
        self._members = list(members)

    def _open_member(self, row: int) -> None:
        if 0 <= row < len(self._members):
            pid = self._members[row].person_id
            if pid != self.person_id:
                self.open_requested.emit(pid)

    def _render_consent(self) -> None:
        ok = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        no = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton)
        for kind, (_name, state, give, withdraw) in self.consent_rows.items():
            c = self.file.consents.get(kind)
            if c is None:
                text = "– " + self.tr("Not asked yet")
            elif c.granted:
                text = "✔ " + self.tr("Given on {date} ({who})").format(
                    date=fmt_date(c.recorded_at), who=self._who(c.recorded_by))
                if c.institutions:
                    text += " — " + words(INSTITUTIONS, c.institutions)
            else:
                text = "✖ " + self.tr("Withdrawn on {date} ({who})").format(
                    date=fmt_date(c.recorded_at), who=self._who(c.recorded_by))
            state.setText(text)
            withdraw.setEnabled(c is not None and c.granted)
            give.setText(self.tr("Change…") if kind == "share_institutions" and c and
                         c.granted else self.tr("Record consent…"))
        rows = [[fmt_datetime(c.recorded_at), word(KIND_WORDS, c.kind),
                 (ok if c.granted else no, self.tr("Given") if c.granted
                  else self.tr("Withdrawn"), False),
                 words(INSTITUTIONS, c.institutions), self._who(c.recorded_by), c.note or ""]
                for c in self.file.consent_history]
        _fill(self.consent_table, rows)

    def _render_risk(self) -> None:
        rows = [[fmt_datetime(r.assessed_at),
                 (risk_icon(r.level), risk_text(r.level), r.level == "severo"),
                 words(VIOLENCE_TYPES, r.violence_types), self._who(r.assessed_by),
                 r.note or ""] for r in self.file.risk_history]
        _fill(self.risk_table, rows)
        rows = [[fmt_datetime(x.screened_at), x.instrument, str(x.score),
                 self._who(x.screened_by), x.note or ""] for x in self.file.screenings]
        _fill(self.screening_table, rows)

    def _render_plan(self) -> None:
        plan = self.file.safety_plan
        self.plan_text.setPlainText(plan.text if plan else "")
        self.plan_list.clear()
        for item in plan.checklist if plan else ():
            self._plan_entry(item.item, item.done)
        self.plan_info.setText(self.tr("Version of {date}, by {who}. Earlier versions are "
                                       "kept.").format(date=fmt_datetime(plan.recorded_at),
                                                       who=self._who(plan.recorded_by))
                               if plan else self.tr("No safety plan yet."))

    def _plan_entry(self, text: str, done: bool) -> None:
        item = QListWidgetItem(text, self.plan_list)
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if not self.can_write:
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def _add_plan_item(self) -> None:
        text = self.plan_item.text().strip()
        if text:
            self._plan_entry(text, False)
            self.plan_item.clear()

    def _render_contacts(self) -> None:
        for frame in self.contact_rows:
            self.contacts_col.removeWidget(frame)
            frame.deleteLater()
        self.contact_rows = []
        while self.contacts_col.count():
            self.contacts_col.takeAt(0)
        if not self.file.contacts:
            empty = QLabel(self.tr("No emergency contacts yet. Ask her whom we may call if "
                                   "she is in danger — and whom we must never call."))
            empty.setObjectName("hintLabel")
            empty.setWordWrap(True)
            frame = QFrame()
            QVBoxLayout(frame).addWidget(empty)
            self.contact_rows.append(frame)
            self.contacts_col.addWidget(frame)
        for c in self.file.contacts:
            frame = self._contact_row(c)
            self.contact_rows.append(frame)
            self.contacts_col.addWidget(frame)
        self.contacts_col.addStretch(1)

    def _contact_row(self, c: risk.ContactInfo) -> QFrame:
        frame = QFrame()
        frame.setObjectName("neverRow" if c.never_contact else "contactRow")
        if c.never_contact:
            frame.setStyleSheet(f"#neverRow {{ background: #fdecea; border: 2px solid "
                                f"{NEVER_RED}; border-radius: 8px; }}"
                                " #neverRow QLabel { background: transparent; }")
        else:
            frame.setStyleSheet("#contactRow { background: #ffffff; border: 1px solid "
                                "#e1dbea; border-radius: 8px; }")
        grid = QGridLayout(frame)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        col = 0
        if c.never_contact:
            pic = QLabel(frame)
            pic.setPixmap(never_icon().pixmap(34, 34))
            grid.addWidget(pic, 0, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            warn = _bold(self.tr("NEVER CONTACT — aggressor"), frame, 1.15)
            warn.setObjectName("never_contact_label")
            warn.setStyleSheet(f"color: {NEVER_RED};")
            grid.addWidget(warn, 0, 1, 1, 2)
            col = 1
        name = _bold(c.name, frame)
        name.setObjectName("contact_name")
        details = [x for x in (c.relation, c.phone, c.note) if x]
        info = QLabel(" · ".join(details), frame)
        info.setWordWrap(True)
        row = 1 if c.never_contact else 0
        grid.addWidget(name, row, col)
        grid.addWidget(info, row + (1 if not c.never_contact else 0),
                       col + (1 if c.never_contact else 0))
        grid.setColumnStretch(col + 1 if c.never_contact else col, 1)
        if self.can_write:
            remove = QPushButton(self.tr("Remove"), frame)
            remove.setObjectName("remove_contact")
            remove.clicked.connect(lambda _c=False, cid=c.id: self.remove_contact(cid))
            grid.addWidget(remove, 0, 3, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        frame.setAccessibleName((self.tr("NEVER CONTACT — aggressor") + ": "
                                 if c.never_contact else "") + c.name)
        return frame

    def _render_referrals(self) -> None:
        rows = []
        for r in self.file.referrals:
            inst = word(INSTITUTIONS, r.institution)
            if r.institution_name:
                inst = f"{inst} — {r.institution_name}"
            rows.append([fmt_date(r.referred_on), word(DIRECTIONS, r.direction), inst,
                         r.reason, word(REFERRAL_STATUSES, r.status), r.outcome or ""])
        _fill(self.referral_table, rows)

    def _render_services(self) -> None:
        rows = [[fmt_date(x.given_on), word(SERVICE_KINDS, x.kind), str(x.quantity),
                 x.note or ""] for x in self.file.services]
        _fill(self.service_table, rows)

    # -- actions -----------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _r: self.reload())  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def edit_person(self) -> QDialog:
        return self._open(EditPersonDialog(self.workspace, self.file, self))

    def record_consent(self, kind: str, granted: bool) -> QDialog:
        dlg = ConsentDialog(self.workspace, self.person_id, kind, granted, self)
        current = self.file.consents.get(kind)
        if kind == "share_institutions" and current is not None and current.granted:
            for code in current.institutions:
                if code in dlg.institutions:
                    dlg.institutions[code].setChecked(True)
        return self._open(dlg)

    def assess_risk(self) -> QDialog:
        return self._open(RiskDialog(self.workspace, self.person_id, self))

    def screening(self) -> QDialog:
        return self._open(ScreeningDialog(self.workspace, self.person_id, self))

    def add_contact(self) -> QDialog:
        return self._open(ContactDialog(self.workspace, self.person_id, self))

    def add_referral(self) -> QDialog:
        return self._open(ReferralDialog(self.workspace, self.person_id, self))

    def follow_referral(self) -> QDialog | None:
        row = self.referral_table.currentRow()
        if not 0 <= row < len(self.file.referrals):
            self.message.show_message(self.tr("Choose a referral in the list first."),
                                      InlineMessage.INFO)
            return None
        return self._open(ReferralStatusDialog(self.workspace, self.person_id,
                                               self.file.referrals[row], self))

    def log_service(self) -> QDialog:
        return self._open(ServiceDialog(self.workspace, self.person_id, self))

    def write_pdf(self) -> QDialog:
        c = self.file.consents.get("share_institutions")
        consented = c.institutions if c is not None and c.granted else ()
        dlg = PdfDialog(self.workspace, self.person_id, consented, self.pdf_dir, self)
        self.dialog = dlg
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._pdf_written)
        dlg.open()
        return dlg

    def _pdf_written(self, result: object) -> None:
        path = getattr(result, "path", "")
        self.message.show_message(self.tr("PDF written: {path}. It is confidential: hand "
                                          "it over in person.").format(path=str(path)),
                                  InlineMessage.OK)

    def merge(self) -> QDialog:
        dlg = MergeDialog(self.workspace, self.person_id, self.file.person.full_name, self)
        self._open(dlg)
        dlg.saved.connect(lambda _r: self.message.show_message(
            self.tr("The two records are now one."), InlineMessage.OK))
        return dlg

    def save_plan(self) -> None:
        items = [{"item": self.plan_list.item(i).text(),
                  "done": self.plan_list.item(i).checkState() == Qt.CheckState.Checked}
                 for i in range(self.plan_list.count())]
        text = self.plan_text.toPlainText()
        actor = self.workspace.actor
        self.message.clear()
        try:
            with self.workspace.db.write(actor.user_id) as s:
                risk.save_safety_plan(s, actor, self.person_id, text, items)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        self.reload()
        self.message.show_message(self.tr("Safety plan saved."), InlineMessage.OK)

    def remove_contact(self, contact_id: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove contact"),
                          self.tr("Remove this emergency contact from her file?"),
                          QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda b: self._remove_contact(contact_id) if b is yes else None)
        self.dialog = box
        box.open()

    def _remove_contact(self, contact_id: str) -> None:
        actor = self.workspace.actor
        try:
            with self.workspace.db.write(actor.user_id) as s:
                risk.remove_emergency_contact(s, actor, contact_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_message(error_text(exc))
            return
        self.reload()
