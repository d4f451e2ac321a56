"""Adjust one lot: take away (loss, damage, correction), add (donation, correction), or
write off an expired or recalled lot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from clinic_desk.core.inventory import catalogue, ledger, stock
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.inventory.common import (
    ItemPicker,
    MovementDialog,
    date_edit,
    fmt_date,
    fmt_qty,
    from_qdate,
    status_label,
    unit_row,
)

ACTIONS = ("loss", "damage", "correction_out", "donation", "correction_in", "writeoff")


def action_label(action: str) -> str:
    return {
        "loss": QCoreApplication.translate("Inventory", "Take away: lost"),
        "damage": QCoreApplication.translate("Inventory", "Take away: damaged"),
        "correction_out": QCoreApplication.translate("Inventory", "Take away: correction"),
        "donation": QCoreApplication.translate("Inventory", "Add: donation"),
        "correction_in": QCoreApplication.translate("Inventory", "Add: correction"),
        "writeoff": QCoreApplication.translate("Inventory", "Write off: expired or recalled"),
    }[action]


class AdjustDialog(MovementDialog):
    def __init__(self, workspace: Workspace, location_id: str, location_name: str,
                 parent: QWidget | None = None, item_id: str | None = None) -> None:
        super().__init__(workspace, location_id, location_name, self.tr("Adjust stock"),
                         parent)
        self.item = ItemPicker(self)
        self.item.setObjectName("item")
        self.batch = QComboBox(self)
        self.batch.setObjectName("batch")
        self.action = QComboBox(self)
        self.action.setObjectName("reason")
        for a in ACTIONS:
            self.action.addItem(action_label(a), a)
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("quantity")
        quantity_row, self.unit_hint = unit_row(self, self.quantity)
        self.on = date_edit(self, None, "on")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.add_field("item", self.tr("&Medicine:"), self.item)
        self.add_field("batch", self.tr("&Lot:"), self.batch)
        self.add_field("reason", self.tr("&What happened:"), self.action)
        self.add_field("quantity", self.tr("&Quantity:"), quantity_row, self.quantity)
        self.add_field("on", self.tr("&Date:"), self.on)
        self.add_field("note", self.tr("N&ote:"), self.note)
        self.add_note(self.tr("A write-off without a quantity removes all of the lot "
                              "that is here."))
        self.ok_button.setText(self.tr("&Save adjustment"))
        self.ok_button.setObjectName("adjust_ok")
        self.finish_layout()
        self.item.item_changed.connect(self._item_changed)
        with workspace.db.read() as s:
            self._batches = stock.batch_stock(s, workspace.actor, location_id)
            held = {b.item_id for b in self._batches}
            items = [i for i in catalogue.list_items(s, workspace.actor, include_inactive=True)
                     if i.id in held]
        self.item.set_items(items)
        if item_id:
            self.item.select(item_id)
        self.setTabOrder(self.item, self.batch)
        self.setTabOrder(self.batch, self.action)
        self.setTabOrder(self.action, self.quantity)
        self.setTabOrder(self.quantity, self.on)
        self.setTabOrder(self.on, self.note)
        self.item.setFocus()

    def _item_changed(self, item: object) -> None:
        self.unit_hint.setText(getattr(item, "unit", "") if item else "")
        self.batch.clear()
        for b in self._batches:
            if item is not None and b.item_id == item.id:  # type: ignore[attr-defined]
                self.batch.addItem(self.tr("{lot} · expires {expiry} · {quantity} on hand · "
                                           "{state}").format(
                    lot=b.lot, expiry=fmt_date(b.expiry), quantity=fmt_qty(b.quantity),
                    state=status_label(b.status)), b.batch_id)

    def select_batch(self, batch_id: str) -> None:
        self.batch.setCurrentIndex(self.batch.findData(batch_id))

    def select_action(self, action: str) -> None:
        self.action.setCurrentIndex(self.action.findData(action))

    def ready(self) -> bool:
        if self.item.item() is None:
            self.refuse("item", self.tr("Choose a medicine from the list."))
            return False
        if self.batch.currentData() is None:
            self.refuse("batch", self.tr("Choose the lot."))
            return False
        return True

    def save(self, session: object, actor: object) -> object:
        action = self.action.currentData()
        on = from_qdate(self.on.date())
        batch_id = self.batch.currentData()
        if action == "writeoff":
            qty = self.quantity.text().strip() or None
            return ledger.write_off_expired(session, actor, self.location_id, batch_id, qty,
                                            on=on, note=self.note.text())
        reason = {"correction_out": "correction", "correction_in": "correction"}.get(
            action, action)
        return ledger.adjust(session, actor, self.location_id, batch_id, self.quantity.text(),
                             reason, increase=action in ("donation", "correction_in"), on=on,
                             note=self.note.text())
