"""Rooms and beds, for administrators: add a room or a bed (bed, crib, mattress),
rename, put a bed out of service with a reason and back, retire a bed or a room."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.shelter import setup
from clinic_desk.core.shelter.setup import RoomInfo
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.shelter.common import KINDS, FormDialog, kind_label

ROOM, BED = 1, 2


class BedDialog(FormDialog):
    def __init__(self, parent: QWidget, title: str, label: str = "", kind: str = "bed") -> None:
        super().__init__(title, self.tr("&Save"), parent)
        from PySide6.QtWidgets import QFormLayout

        self.label = QLineEdit(label, self)
        self.label.setObjectName("bed_label")
        self.label.setMaxLength(40)
        self.kind = QComboBox(self)
        self.kind.setObjectName("bed_kind")
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        form = QFormLayout()
        form.addRow(self.tr("&Name or number:"), self.label)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.body.addLayout(form)
        self.on_save: Callable[[str, str], object] | None = None

    def save(self) -> object:
        assert self.on_save is not None
        return self.on_save(self.label.text(), self.kind.currentData())


class SetupView(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelter_setup")
        self.workspace = workspace
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("rooms_tree")
        self.tree.setHeaderLabels([self.tr("Room / bed"), self.tr("Kind"), self.tr("Status")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 120)
        self.message = InlineMessage(self)
        buttons = QHBoxLayout()
        self.add_room_button = QPushButton(self.tr("Add &room…"), self)
        self.add_bed_button = QPushButton(self.tr("Add &bed…"), self)
        self.edit_button = QPushButton(self.tr("&Rename…"), self)
        self.out_button = QPushButton(self.tr("&Out of service…"), self)
        self.back_button = QPushButton(self.tr("Back in ser&vice"), self)
        self.retire_button = QPushButton(self.tr("Re&tire"), self)
        for b in (self.add_room_button, self.add_bed_button, self.edit_button, self.out_button,
                  self.back_button, self.retire_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 8, 0, 0)
        col.addLayout(buttons)
        col.addWidget(self.message)
        col.addWidget(self.tree, 1)
        self.add_room_button.clicked.connect(lambda: self.add_room())
        self.add_bed_button.clicked.connect(lambda: self.add_bed())
        self.edit_button.clicked.connect(lambda: self.rename())
        self.out_button.clicked.connect(lambda: self.out_of_service())
        self.back_button.clicked.connect(lambda: self.back_in_service())
        self.retire_button.clicked.connect(lambda: self.retire())
        self.tree.currentItemChanged.connect(lambda *_a: self._enable())
        self.rooms: list[RoomInfo] = []

    def refresh(self) -> None:
        current = self._current()
        with self.workspace.db.read() as s:
            self.rooms = setup.list_rooms(s, self.workspace.actor)
        self.tree.clear()
        for room in self.rooms:
            n = len(room.beds)
            count = self.tr("1 bed") if n == 1 else self.tr("{n} beds").format(n=n)
            top = QTreeWidgetItem([room.name, "", count])
            top.setData(0, Qt.ItemDataRole.UserRole, (ROOM, room.id))
            self.tree.addTopLevelItem(top)
            for bed in room.beds:
                status = (self.tr("✕ Out of service: {reason}").format(reason=bed.outage.reason)
                          if bed.outage else self.tr("✓ In service"))
                item = QTreeWidgetItem([bed.label, kind_label(bed.kind), status])
                item.setData(0, Qt.ItemDataRole.UserRole, (BED, bed.id))
                top.addChild(item)
                if current == (BED, bed.id):
                    self.tree.setCurrentItem(item)
            if current == (ROOM, room.id):
                self.tree.setCurrentItem(top)
        self.tree.expandAll()
        self._enable()

    def _current(self) -> tuple[int, str] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _room_id(self) -> str | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, ident = item.data(0, Qt.ItemDataRole.UserRole)
        return ident if kind == ROOM else item.parent().data(0, Qt.ItemDataRole.UserRole)[1]

    def _enable(self) -> None:
        cur = self._current()
        is_bed = cur is not None and cur[0] == BED
        self.add_bed_button.setEnabled(cur is not None)
        self.edit_button.setEnabled(cur is not None)
        self.retire_button.setEnabled(cur is not None)
        self.out_button.setEnabled(is_bed)
        self.back_button.setEnabled(is_bed)

    def _run(self, fn: Callable[[object], object]) -> bool:
        self.message.clear()
        try:
            with self.workspace.db.write(self.workspace.actor.user_id) as s:
                fn(s)
        except Exception as exc:  # noqa: BLE001 - shown in the view
            self.message.show_message(error_text(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def add_room(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add a room"), self.tr("Room name:"))
            if not ok:
                return False
        return self._run(lambda s: setup.create_room(s, self.workspace.actor, name))

    def add_bed(self, label: str | None = None, kind: str = "bed") -> bool:
        room_id = self._room_id()
        if room_id is None:
            return False
        if label is not None:
            return self._run(lambda s: setup.create_bed(s, self.workspace.actor, room_id,
                                                        label, kind))
        dlg = BedDialog(self, self.tr("Add a bed"))

        def save(lbl: str, k: str) -> object:
            with self.workspace.db.write(self.workspace.actor.user_id) as s:
                return setup.create_bed(s, self.workspace.actor, room_id, lbl, k)
        dlg.on_save = save
        if dlg.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False

    def rename(self) -> bool:
        cur = self._current()
        if cur is None:
            return False
        kind, ident = cur
        if kind == ROOM:
            room = next(r for r in self.rooms if r.id == ident)
            name, ok = QInputDialog.getText(self, self.tr("Rename the room"),
                                            self.tr("Room name:"), text=room.name)
            if not ok:
                return False
            return self._run(lambda s: setup.update_room(s, self.workspace.actor, ident, name,
                                                         room.note))
        bed = next(b for r in self.rooms for b in r.beds if b.id == ident)
        dlg = BedDialog(self, self.tr("Change the bed"), bed.label, bed.kind)

        def save(lbl: str, k: str) -> object:
            with self.workspace.db.write(self.workspace.actor.user_id) as s:
                return setup.update_bed(s, self.workspace.actor, ident, lbl, k)
        dlg.on_save = save
        if dlg.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False

    def out_of_service(self, reason: str | None = None) -> bool:
        cur = self._current()
        if cur is None or cur[0] != BED:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Out of service"),
                                              self.tr("Why can the bed not be used?"))
            if not ok:
                return False
        return self._run(lambda s: setup.set_out_of_service(s, self.workspace.actor, cur[1],
                                                            reason))

    def back_in_service(self) -> bool:
        cur = self._current()
        if cur is None or cur[0] != BED:
            return False
        return self._run(lambda s: setup.return_to_service(s, self.workspace.actor, cur[1]))

    def retire(self) -> bool:
        cur = self._current()
        if cur is None:
            return False
        kind, ident = cur
        if kind == ROOM:
            return self._run(lambda s: setup.retire_room(s, self.workspace.actor, ident))
        return self._run(lambda s: setup.retire_bed(s, self.workspace.actor, ident))

    def select(self, label: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.text(0) == label:
                self.tree.setCurrentItem(top)
                return
            for j in range(top.childCount()):
                if top.child(j).text(0) == label:
                    self.tree.setCurrentItem(top.child(j))
                    return
