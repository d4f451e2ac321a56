"""Admit (a woman and the members of her household, each to a bed), transfer,
discharge, hold a bed, add to the waitlist. Each dialog calls one core service in one
transaction; a refusal shows inside the dialog and nothing is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from clinic_desk.core.intake import people
from clinic_desk.core.shelter import board as board_mod
from clinic_desk.core.shelter import common as core_common
from clinic_desk.core.shelter import holds, stays, waitlist
from clinic_desk.core.shelter.board import Board
from clinic_desk.core.shelter.stays import Placement, StayInfo
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.people.picker import PersonPicker
from clinic_desk.ui.shelter.common import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    REASONS,
    SOURCES,
    FormDialog,
    default_time,
    fmt_date,
    kind_label,
    pydate,
    pydatetime,
    qdate,
    qdatetime,
    reason_label,
    referral_label,
)


def free_beds(board: Board) -> list[tuple[str, str, str]]:
    """(bed id, "Room · label (kind)", kind) of the beds free on the board's night."""
    out = []
    for room in board.rooms:
        for b in room.beds:
            if b.state == "free":
                out.append((b.bed_id, f"{room.name} · {b.label} ({kind_label(b.kind)})",
                            b.kind))
    return out


def _bed_combo(parent: QWidget, beds: list[tuple[str, str, str]], chosen: str | None,
               extra: tuple[str, str] | None = None) -> QComboBox:
    combo = QComboBox(parent)
    if extra is not None:
        combo.addItem(extra[1], extra[0])
    for bed_id, text, _kind in beds:
        combo.addItem(text, bed_id)
    if chosen:
        i = combo.findData(chosen)
        if i >= 0:
            combo.setCurrentIndex(i)
    return combo


def _datetime_edit(parent: QWidget, at: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(qdatetime(at), parent)
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class AdmitDialog(FormDialog):
    """Pick her (the intake picker), then her household appears, each with a bed."""

    def __init__(self, workspace: Workspace, board: Board, bed_id: str | None,
                 parent: QWidget | None = None, person_id: str | None = None) -> None:
        super().__init__(self.tr("Admit to the shelter"), self.tr("&Admit"), parent)
        self.setObjectName("admit_dialog")
        self.workspace = workspace
        self.board = board
        self.first_bed = bed_id
        self.beds = free_beds(board)
        held = board.bed(bed_id) if bed_id else None
        self.held_extra = ((held.bed_id, f"{held.label} ({self.tr('held')})")
                           if held is not None and held.state == "held" else None)
        self.person_id: str | None = None
        self.members: list[tuple[QCheckBox, QComboBox, str]] = []

        intro = QLabel(self.tr("Find her by name or DNI. If she is not registered yet, "
                               "register her first in People."), self)
        intro.setWordWrap(True)
        intro.setObjectName("hintLabel")
        self.picker = PersonPicker(workspace, self, limit=12)
        self.picker.setObjectName("admit_picker")
        self.picker.setMinimumHeight(170)
        self.picker.person_selected.connect(self.choose_person)
        self.chosen = QLabel(self.tr("Nobody chosen yet."), self)
        self.chosen.setObjectName("admit_chosen")
        self.chosen.setWordWrap(True)

        self.family = QGroupBox(self.tr("Who comes with her, and their beds"), self)
        self.family.setObjectName("admit_family")
        self.grid = QGridLayout(self.family)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.head_bed = _bed_combo(self, self.beds, bed_id, self.held_extra)
        self.head_bed.setObjectName("head_bed")
        self.head_label = QLabel(self.tr("Her bed:"), self.family)
        self.head_label.setBuddy(self.head_bed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.when = _datetime_edit(self, default_time(board.night))
        self.when.setObjectName("admitted_at")
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.source = QComboBox(self)
        self.source.setObjectName("referral_source")
        for s in SOURCES:
            self.source.addItem(referral_label(s), s)
        self.expected = QSpinBox(self)
        self.expected.setObjectName("expected_nights")
        self.expected.setRange(0, 3650)
        self.expected.setSpecialValueText(self.tr("not known"))
        self.expected.setSuffix(self.tr(" nights"))
        self.expected.setValue(30)
        self.note = QLineEdit(self)
        self.note.setObjectName("referral_note")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("For example: CEM Huaycán, officer on duty"))
        form.addRow(self.tr("Admitted &on:"), self.when)
        form.addRow(self.tr("&Referred by:"), self.source)
        form.addRow(self.tr("Referral &details:"), self.note)
        form.addRow(self.tr("E&xpected stay:"), self.expected)

        self.body.addWidget(intro)
        self.body.addWidget(self.picker, 1)
        self.body.addWidget(self.chosen)
        self.body.addWidget(self.family)
        self.body.addLayout(form)
        self._fill_family([])
        self.resize(640, 640)
        if person_id:
            self.choose_person(person_id)

    def _fill_family(self, members: list[people.MemberInfo]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget()
            if w is not None and w not in (self.head_bed, self.head_label):
                w.deleteLater()
        self.members = []
        self.grid.addWidget(self.head_label, 0, 0)
        self.grid.addWidget(self.head_bed, 0, 1)
        taken = {self.head_bed.currentData()}
        room_of = {b.bed_id: r.id for r in self.board.rooms for b in r.beds}
        head_room = room_of.get(self.head_bed.currentData())
        short = 0
        for row, m in enumerate(members, start=1):
            age = ("" if m.age is None else self.tr(" (under 1 year)") if m.age == 0
                   else self.tr(" (1 year)") if m.age == 1
                   else self.tr(" ({age} years)").format(age=m.age))
            box = QCheckBox(f"{m.full_name}{age}", self.family)
            box.setObjectName(f"member_{row}")
            box.setChecked(True)
            # the youngest in a crib, everyone near her if a bed in her room is free
            wants_crib = m.age is not None and m.age <= 2
            pick = None
            ranked = sorted(self.beds, key=lambda b: (
                b[0] in taken, (b[2] == "crib") != wants_crib, room_of.get(b[0]) != head_room))
            if ranked and ranked[0][0] not in taken:
                pick = ranked[0][0]
            combo = _bed_combo(self.family, self.beds, pick)
            combo.setObjectName(f"member_bed_{row}")
            taken.add(pick)
            box.toggled.connect(combo.setEnabled)
            if pick is None:  # no free bed left for her: not ticked, never a shared bed
                box.setChecked(False)
                combo.setEnabled(False)
                short += 1
            self.grid.addWidget(box, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.members.append((box, combo, m.person_id))
        self.family.setVisible(True)
        if short:
            self.message.show_message(self.tr(
                "%n of the family cannot have a free bed tonight and is not ticked: free a "
                "bed first, or admit them later.", "", short))

    def choose_person(self, person_id: str) -> None:
        self.person_id = person_id
        self.message.clear()
        try:
            with self.workspace.db.read() as s:
                hh = people.household_of(s, self.workspace.actor, person_id)
                info = people.lookup_person(s, self.workspace.actor, person_id)
        except Exception as exc:  # noqa: BLE001 - shown in the form
            from clinic_desk.ui.messages import error_text

            self.message.show_message(error_text(exc))
            return
        others = [m for m in hh.members if m.person_id != person_id] if hh else []
        self.chosen.setText(self.tr("Admitting: {name}").format(name=info.full_name))
        self._fill_family(others)

    def placements(self) -> list[Placement]:
        if not self.person_id:
            return []
        out = [Placement(self.person_id, self.head_bed.currentData())]
        for box, combo, pid in self.members:
            if box.isChecked():
                out.append(Placement(pid, combo.currentData()))
        return out

    def save(self) -> object:
        from clinic_desk.core.errors import InvalidInput

        if not self.person_id:
            raise InvalidInput("Choose who is admitted and her bed.", field="person_id")
        expected = self.expected.value() or None
        with self.workspace.db.write(self.workspace.actor.user_id) as s:
            return stays.admit(s, self.workspace.actor, self.placements(),
                               admitted_at=pydatetime(self.when.dateTime()),
                               referral_source=self.source.currentData(),
                               expected_nights=expected, referral_note=self.note.text())


class TransferDialog(FormDialog):
    def __init__(self, workspace: Workspace, stay: StayInfo, board: Board,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Move to another bed"), self.tr("&Move"), parent)
        self.setObjectName("transfer_dialog")
        self.workspace = workspace
        self.stay = stay
        who = QLabel(self.tr("{name}, now in {room} · {bed}").format(
            name=stay.full_name, room=stay.room_name or "", bed=stay.bed_label or ""), self)
        who.setWordWrap(True)
        self.bed = _bed_combo(self, free_beds(board), None)
        self.bed.setObjectName("transfer_bed")
        self.on = QDateEdit(qdate(min(board.night, core_common.today())), self)
        self.on.setObjectName("transfer_on")
        self.on.setDisplayFormat(DATE_FORMAT)
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(qdate(core_common.today()))
        self.on.setMinimumDate(qdate(stay.admitted_on))
        form = QFormLayout()
        form.addRow(self.tr("New &bed:"), self.bed)
        form.addRow(self.tr("From the &night of:"), self.on)
        self.body.addWidget(who)
        self.body.addLayout(form)
        if self.bed.count() == 0:
            self.message.show_message(self.tr("No bed is free that night."))
            self.ok_button.setEnabled(False)

    def save(self) -> object:
        with self.workspace.db.write(self.workspace.actor.user_id) as s:
            return stays.transfer(s, self.workspace.actor, self.stay.id, self.bed.currentData(),
                                  on=pydate(self.on.date()))


class DischargeDialog(FormDialog):
    def __init__(self, workspace: Workspace, stay: StayInfo, family: list[StayInfo],
                 night: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Discharge"), self.tr("&Discharge"), parent)
        self.setObjectName("discharge_dialog")
        self.workspace = workspace
        self.stay = stay
        who = QLabel(self.tr("{name}, admitted on {date}").format(
            name=stay.full_name, date=fmt_date(stay.admitted_on)), self)
        who.setWordWrap(True)
        self.body.addWidget(who)
        self.family_boxes: list[tuple[QCheckBox, str]] = []
        others = [f for f in family if f.id != stay.id]
        if others:
            group = QGroupBox(self.tr("Leaving with her"), self)
            col = QGridLayout(group)
            for i, f in enumerate(others):
                box = QCheckBox(f"{f.full_name} ({f.room_name} · {f.bed_label})", group)
                box.setObjectName(f"with_{i + 1}")
                box.setChecked(stay.is_head)
                col.addWidget(box, i, 0)
                self.family_boxes.append((box, f.id))
            self.body.addWidget(group)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.when = _datetime_edit(self, default_time(night))
        self.when.setObjectName("discharged_at")
        self.reason = QComboBox(self)
        self.reason.setObjectName("discharge_reason")
        for r in REASONS:
            self.reason.addItem(reason_label(r), r)
        self.destination = QLineEdit(self)
        self.destination.setObjectName("destination")
        self.destination.setMaxLength(200)
        self.destination.setPlaceholderText(self.tr("Where she goes: a relative's home, "
                                                    "an institution…"))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("discharge_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        form.addRow(self.tr("Left &on:"), self.when)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("D&estination:"), self.destination)
        form.addRow(self.tr("&Note:"), self.note)
        self.body.addLayout(form)
        self.resize(520, 420)

    def stay_ids(self) -> list[str]:
        return [self.stay.id] + [sid for box, sid in self.family_boxes if box.isChecked()]

    def save(self) -> object:
        with self.workspace.db.write(self.workspace.actor.user_id) as s:
            return stays.discharge_many(
                s, self.workspace.actor, self.stay_ids(), self.reason.currentData(),
                discharged_at=pydatetime(self.when.dateTime()),
                destination=self.destination.text(), note=self.note.toPlainText())


class HoldDialog(FormDialog):
    def __init__(self, workspace: Workspace, bed_id: str, bed_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hold a bed"), self.tr("&Hold"), parent)
        self.setObjectName("hold_dialog")
        self.workspace = workspace
        self.bed_id = bed_id
        self.person_id: str | None = None
        self.body.addWidget(QLabel(self.tr("Bed: {bed}").format(bed=bed_text), self))
        self.picker = PersonPicker(workspace, self, limit=8)
        self.picker.setMinimumHeight(140)
        self.picker.person_selected.connect(self._picked)
        self.chosen = QLabel(self.tr("If she is registered, find her; otherwise write a name "
                                     "or where she comes from."), self)
        self.chosen.setWordWrap(True)
        self.chosen.setObjectName("hintLabel")
        self.name = QLineEdit(self)
        self.name.setObjectName("hold_name")
        self.name.setMaxLength(120)
        self.until = _datetime_edit(self, core_common.local_now() + dt.timedelta(hours=4))
        self.until.setObjectName("hold_until")
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("Or a &name:"), self.name)
        form.addRow(self.tr("Held &until:"), self.until)
        form.addRow(self.tr("N&ote:"), self.note)
        self.body.addWidget(self.picker, 1)
        self.body.addWidget(self.chosen)
        self.body.addLayout(form)
        self.resize(560, 520)

    def _picked(self, person_id: str) -> None:
        self.person_id = person_id
        with self.workspace.db.read() as s:
            info = people.lookup_person(s, self.workspace.actor, person_id)
        self.chosen.setText(self.tr("Held for: {name}").format(name=info.full_name))

    def save(self) -> object:
        with self.workspace.db.write(self.workspace.actor.user_id) as s:
            return holds.hold_bed(s, self.workspace.actor, self.bed_id,
                                  pydatetime(self.until.dateTime()), person_id=self.person_id,
                                  expected_name=self.name.text(), note=self.note.text())


class WaitlistDialog(FormDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add to the waitlist"), self.tr("&Add"), parent)
        self.setObjectName("waitlist_dialog")
        self.workspace = workspace
        self.person_id: str | None = None
        self.picker = PersonPicker(workspace, self, limit=10)
        self.picker.setMinimumHeight(160)
        self.picker.person_selected.connect(self._picked)
        self.chosen = QLabel(self.tr("Nobody chosen yet."), self)
        self.count = QSpinBox(self)
        self.count.setRange(1, 20)
        self.count.setSuffix(self.tr(" people"))
        self.asked = _datetime_edit(self, core_common.local_now())
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("&Places needed:"), self.count)
        form.addRow(self.tr("As&ked on:"), self.asked)
        form.addRow(self.tr("N&ote:"), self.note)
        self.body.addWidget(self.picker, 1)
        self.body.addWidget(self.chosen)
        self.body.addLayout(form)
        self.resize(560, 480)

    def _picked(self, person_id: str) -> None:
        self.person_id = person_id
        with self.workspace.db.read() as s:
            info = people.lookup_person(s, self.workspace.actor, person_id)
            hh = people.household_of(s, self.workspace.actor, person_id)
        self.chosen.setText(self.tr("Waiting: {name}").format(name=info.full_name))
        if hh is not None:
            self.count.setValue(max(1, len(hh.members)))

    def save(self) -> object:
        from clinic_desk.core.errors import InvalidInput

        if not self.person_id:
            raise InvalidInput("Choose who is admitted and her bed.", field="person_id")
        with self.workspace.db.write(self.workspace.actor.user_id) as s:
            return waitlist.add_to_waitlist(s, self.workspace.actor, self.person_id,
                                            self.count.value(),
                                            asked_at=pydatetime(self.asked.dateTime()),
                                            note=self.note.text())


def board_for(workspace: Workspace, night: dt.date) -> Board:
    with workspace.db.read() as s:
        return board_mod.board(s, workspace.actor, night)


__all__ = ["AdmitDialog", "DischargeDialog", "HoldDialog", "TransferDialog",
           "WaitlistDialog", "board_for", "free_beds", "Qt"]
