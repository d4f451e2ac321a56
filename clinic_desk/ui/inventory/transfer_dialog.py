"""Send stock to another location: both sides of the transfer are written at once,
first-expiry-first-out."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from clinic_desk.core.inventory import catalogue, ledger, locations, stock
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.inventory.common import (
    ItemPicker,
    MovementDialog,
    date_edit,
    fmt_qty,
    from_qdate,
    location_label,
    unit_row,
)


class TransferDialog(MovementDialog):
    def __init__(self, workspace: Workspace, location_id: str, location_name: str,
                 parent: QWidget | None = None, item_id: str | None = None) -> None:
        super().__init__(workspace, location_id, location_name, self.tr("Send to another "
                                                                         "location"), parent)
        self.destination = QComboBox(self)
        self.destination.setObjectName("to_location")
        self.item = ItemPicker(self)
        self.item.setObjectName("item")
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("quantity")
        quantity_row, self.unit_hint = unit_row(self, self.quantity)
        self.available = QLabel(self)
        self.available.setObjectName("hintLabel")
        self.on = date_edit(self, None, "on")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("e.g. delivery note number"))
        self.add_field("to_location", self.tr("&To:"), self.destination)
        self.add_field("item", self.tr("&Medicine:"), self.item)
        self.add_field("quantity", self.tr("&Quantity:"), quantity_row, self.quantity)
        self.form.addRow("", self.available)
        self.add_field("on", self.tr("&Date:"), self.on)
        self.add_field("note", self.tr("N&ote:"), self.note)
        self.add_note(self.tr("The lots that expire first are sent first. The other location "
                              "sees the stock at once."))
        self.ok_button.setText(self.tr("&Send"))
        self.ok_button.setObjectName("transfer_ok")
        self.finish_layout()
        with workspace.db.read() as s:
            for loc in locations.all_locations(s):
                self.destination.addItem(location_label(loc.name, loc.kind), loc.id)
            self._held = {x.item_id: x for x in stock.on_hand(s, workspace.actor, location_id)}
            items = [i for i in catalogue.list_items(s, workspace.actor) if i.id in self._held]
        # the other locations first; choosing this one too is refused by the core
        here = self.destination.findData(location_id)
        self.destination.setCurrentIndex(1 if here == 0 and self.destination.count() > 1
                                         else 0)
        self.item.item_changed.connect(self._item_changed)
        self.item.set_items(items)
        if item_id:
            self.item.select(item_id)
        self.setTabOrder(self.destination, self.item)
        self.setTabOrder(self.item, self.quantity)
        self.setTabOrder(self.quantity, self.on)
        self.setTabOrder(self.on, self.note)
        self.destination.setFocus()

    def _item_changed(self, item: object) -> None:
        self.unit_hint.setText(getattr(item, "unit", "") if item else "")
        held = self._held.get(getattr(item, "id", "")) if item else None
        self.available.setText(self.tr("On hand here: {quantity} {unit}").format(
            quantity=fmt_qty(held.quantity), unit=held.unit) if held else "")

    def select_destination(self, location_id: str) -> None:
        self.destination.setCurrentIndex(self.destination.findData(location_id))

    def ready(self) -> bool:
        if self.item.item() is None:
            self.refuse("item", self.tr("Choose a medicine from the list."))
            return False
        return True

    def save(self, session: object, actor: object) -> object:
        item = self.item.item()
        assert item is not None
        return ledger.transfer(session, actor, self.location_id, self.destination.currentData(),
                               item.id, self.quantity.text(), on=from_qdate(self.on.date()),
                               note=self.note.text())
