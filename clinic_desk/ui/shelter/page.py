"""The Albergue section: the bed board for a chosen night (any past night), with the
holds and the waitlist beside it; the monthly figures with the PDF; and, for
administrators, the rooms and beds.

Click (or Enter on) a free bed to admit or hold it, a held bed to admit or cancel the
hold, an occupied bed to transfer or discharge. Embedded by the main window as
`ShelterPage(workspace, window)`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.security.roles import Perm
from clinic_desk.core.shelter import board as board_mod
from clinic_desk.core.shelter import common as core_common
from clinic_desk.core.shelter import holds, stays, waitlist
from clinic_desk.core.shelter.board import Board
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.shelter.board_view import BoardView
from clinic_desk.ui.shelter.common import (
    DATE_FORMAT,
    STATE_STYLE,
    fmt_date,
    fmt_datetime,
    pydate,
    qdate,
    risk_label,
    state_label,
)
from clinic_desk.ui.shelter.dialogs import (
    AdmitDialog,
    DischargeDialog,
    HoldDialog,
    TransferDialog,
    WaitlistDialog,
)
from clinic_desk.ui.shelter.monthly_view import MonthlyView
from clinic_desk.ui.shelter.setup_view import SetupView


class ShelterPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelter_page")
        self.workspace = workspace
        actor = workspace.actor
        self.can_write = actor is not None and actor.can(Perm.SHELTER_WRITE)
        self.can_setup = actor is not None and actor.can(Perm.SHELTER_SETUP)
        self.board: Board | None = None
        self.dialog = None  # the open dialog (tests drive it)
        self.menu: QMenu | None = None

        title = QLabel(self.tr("Shelter"), self)
        title.setObjectName("pageTitle")
        self.night = QDateEdit(qdate(core_common.today()), self)
        self.night.setObjectName("board_night")
        self.night.setDisplayFormat(DATE_FORMAT)
        self.night.setCalendarPopup(True)
        self.night.setMaximumDate(qdate(core_common.today()))
        night_label = QLabel(self.tr("&Night of:"), self)
        night_label.setBuddy(self.night)
        self.tonight = QPushButton(self.tr("&Tonight"), self)
        self.tonight.setObjectName("tonight")
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(night_label)
        head.addWidget(self.night)
        head.addWidget(self.tonight)

        self.summary = QLabel(self)
        self.summary.setObjectName("board_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.message = InlineMessage(self)
        self.board_view = BoardView(self)
        self.board_view.activated.connect(self.act_on)

        # side panels: holds and waitlist
        self.holds_list = QListWidget(self)
        self.holds_list.setObjectName("holds_list")
        self.holds_list.setWordWrap(True)
        self.holds_list.setSpacing(3)
        self.holds_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.holds_list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap on resize
        self.cancel_hold_button = QPushButton(self.tr("&Cancel hold"), self)
        holds_box = QGroupBox(self.tr("Holds"), self)
        hcol = QVBoxLayout(holds_box)
        hcol.addWidget(self.holds_list, 1)
        hcol.addWidget(self.cancel_hold_button)
        self.wait_list = QListWidget(self)
        self.wait_list.setObjectName("waitlist")
        self.wait_list.setWordWrap(True)
        self.wait_list.setSpacing(3)
        self.wait_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.wait_list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap on resize
        self.add_wait_button = QPushButton(self.tr("Add to the &waitlist…"), self)
        self.withdraw_button = QPushButton(self.tr("W&ithdraw"), self)
        wait_box = QGroupBox(self.tr("Waitlist (highest risk first)"), self)
        wcol = QVBoxLayout(wait_box)
        wcol.addWidget(self.wait_list, 1)
        wrow = QHBoxLayout()
        wrow.addWidget(self.add_wait_button)
        wrow.addWidget(self.withdraw_button)
        wcol.addLayout(wrow)
        side = QWidget(self)
        scol = QVBoxLayout(side)
        scol.setContentsMargins(0, 0, 0, 0)
        scol.addWidget(holds_box, 1)
        scol.addWidget(wait_box, 2)
        side.setMinimumWidth(280)
        side.setMaximumWidth(440)
        for w in (self.cancel_hold_button, self.add_wait_button, self.withdraw_button):
            w.setEnabled(self.can_write)

        legend = QLabel("   ".join(f"{STATE_STYLE[s][3]} {state_label(s)}"
                                   for s in ("free", "occupied", "held", "out_of_service")),
                        self)
        legend.setObjectName("hintLabel")
        board_tab = QWidget(self)
        btab = QVBoxLayout(board_tab)
        btab.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(legend)
        btab.addLayout(top)
        btab.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal, board_tab)
        split.addWidget(self.board_view)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([960, 370])
        split.setChildrenCollapsible(False)
        btab.addWidget(split, 1)

        self.monthly = MonthlyView(workspace, self)
        self.setup: SetupView | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("shelter_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(board_tab, self.tr("&Bed board"))
        self.tabs.addTab(self.monthly, self.tr("&Monthly figures"))
        if self.can_setup:
            self.setup = SetupView(workspace, self)
            self.setup.changed.connect(self.refresh)
            self.tabs.addTab(self.setup, self.tr("Rooms and &beds"))

        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 16)
        col.setSpacing(10)
        col.addLayout(head)
        col.addWidget(self.tabs, 1)

        self.night.dateChanged.connect(lambda _d: self.refresh())
        self.tonight.clicked.connect(self.show_tonight)
        self.cancel_hold_button.clicked.connect(lambda: self.cancel_hold())
        self.add_wait_button.clicked.connect(lambda: self.open_waitlist())
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.refresh()

    # -- data ------------------------------------------------------------------------
    def current_night(self) -> dt.date:
        return pydate(self.night.date())

    def show_tonight(self) -> None:
        today = core_common.today()
        self.night.setMaximumDate(qdate(today))
        if self.current_night() != today:
            self.night.setDate(qdate(today))
        else:
            self.refresh()

    def refresh(self) -> None:
        night = self.current_night()
        try:
            with self.workspace.db.read() as s:
                self.board = board_mod.board(s, self.workspace.actor, night)
                active = holds.active_holds(s, self.workspace.actor)
                waiting = waitlist.waitlist(s, self.workspace.actor)
        except Exception as exc:  # noqa: BLE001 - shown in the page
            self.message.show_message(error_text(exc))
            return
        self.board_view.set_board(self.board)
        c = self.board.counts
        self.summary.setText(self.tr(
            "{night}: {free} free · {occupied} occupied · {held} held · {out} out of service"
        ).format(night=fmt_date(night), free=c["free"], occupied=c["occupied"],
                 held=c["held"], out=c["out_of_service"]))
        self.holds_list.clear()
        for h in active:
            item = QListWidgetItem(self.tr("◔ {bed} ({room})\n{name}\nuntil {until}").format(
                bed=h.bed_label, room=h.room_name, name=h.name, until=fmt_datetime(h.expires_at)))
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            self.holds_list.addItem(item)
        if not active:
            self.holds_list.addItem(self.tr("No bed is held."))
        self.wait_list.clear()
        for i, w in enumerate(waiting, start=1):
            item = QListWidgetItem(self.tr("{n}. {name}\nRisk: {risk} · places: {count} · "
                                           "asked {date}").format(
                n=i, name=w.name, risk=risk_label(w.risk_level), count=w.people_count,
                date=fmt_date(w.asked_at.astimezone(core_common.LIMA).date())))
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            item.setToolTip(w.note or "")
            self.wait_list.addItem(item)
        if not waiting:
            self.wait_list.addItem(self.tr("Nobody is waiting."))

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.monthly:
            self.monthly.refresh()
        elif self.setup is not None and self.tabs.currentWidget() is self.setup:
            self.setup.refresh()

    # -- acting on a bed ---------------------------------------------------------------
    def act_on(self, bed_id: str) -> None:
        """The actions a bed offers, as a menu under it."""
        if self.board is None:
            return
        bed = self.board.bed(bed_id)
        if bed is None:
            return
        menu = QMenu(self)
        menu.setObjectName("bed_menu")
        if not self.can_write:
            info = menu.addAction(self.tr("Only shelter staff admit, move and discharge."))
            info.setEnabled(False)
        elif bed.state == "free":
            menu.addAction(self.tr("&Admit…"), lambda: self.open_admit(bed_id))
            menu.addAction(self.tr("&Hold for someone…"), lambda: self.open_hold(bed_id))
        elif bed.state == "held":
            menu.addAction(self.tr("&Admit…"), lambda: self.open_admit(bed_id))
            menu.addAction(self.tr("&Cancel the hold"), lambda: self.cancel_hold(bed.hold_id))
        elif bed.state == "occupied" and bed.occupant is not None:
            sid = bed.occupant.stay_id
            menu.addAction(self.tr("&Move to another bed…"), lambda: self.open_transfer(sid))
            menu.addAction(self.tr("&Discharge…"), lambda: self.open_discharge(sid))
        else:
            info = menu.addAction(self.tr("Out of service: {reason}").format(
                reason=bed.outage_reason or ""))
            info.setEnabled(False)
        self.menu = menu
        tile = self.board_view.tiles.get(bed_id)
        pos = tile.mapToGlobal(QPoint(12, tile.height() - 8)) if tile else self.cursor().pos()
        menu.popup(pos)

    def menu_actions(self) -> list[QAction]:
        return [a for a in self.menu.actions()] if self.menu else []

    def _open(self, dlg) -> object:  # noqa: ANN001
        self.dialog = dlg
        dlg.accepted.connect(self._done)
        dlg.open()
        return dlg

    def _done(self) -> None:
        self.refresh()
        if self.tabs.currentWidget() is self.monthly:
            self.monthly.refresh()

    def open_admit(self, bed_id: str, person_id: str | None = None) -> AdmitDialog:
        assert self.board is not None
        bed = self.board.bed(bed_id)
        if person_id is None and bed is not None and bed.state == "held":
            with self.workspace.db.read() as s:
                hold = holds.hold_for(s, self.workspace.actor, bed_id)
            person_id = hold.person_id if hold else None
        return self._open(AdmitDialog(self.workspace, self.board, bed_id, self, person_id))

    def open_hold(self, bed_id: str) -> HoldDialog:
        bed = self.board.bed(bed_id) if self.board else None
        return self._open(HoldDialog(self.workspace, bed_id, bed.label if bed else "", self))

    def open_transfer(self, stay_id: str) -> TransferDialog:
        with self.workspace.db.read() as s:
            stay = stays.get_stay(s, self.workspace.actor, stay_id)
            tonight = board_mod.board(s, self.workspace.actor, core_common.today())
        return self._open(TransferDialog(self.workspace, stay, tonight, self))

    def open_discharge(self, stay_id: str) -> DischargeDialog:
        with self.workspace.db.read() as s:
            stay = stays.get_stay(s, self.workspace.actor, stay_id)
            family = stays.admission_stays(s, self.workspace.actor, stay.admission_id)
        return self._open(DischargeDialog(self.workspace, stay, family, self.current_night(),
                                          self))

    def open_waitlist(self) -> WaitlistDialog:
        return self._open(WaitlistDialog(self.workspace, self))

    def cancel_hold(self, hold_id: str | None = None) -> None:
        if hold_id is None:
            item = self.holds_list.currentItem()
            hold_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not hold_id:
            return
        self._write(lambda s: holds.cancel_hold(s, self.workspace.actor, hold_id))

    def withdraw(self) -> None:
        item = self.wait_list.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item else None
        if entry:
            self._write(lambda s: waitlist.withdraw(s, self.workspace.actor, entry))

    def _write(self, fn) -> None:  # noqa: ANN001
        self.message.clear()
        try:
            with self.workspace.db.write(self.workspace.actor.user_id) as s:
                fn(s)
        except Exception as exc:  # noqa: BLE001 - shown in the page
            self.message.show_message(error_text(exc))
            return
        self.refresh()
