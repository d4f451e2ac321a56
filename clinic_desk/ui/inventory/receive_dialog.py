"""Receive a batch at a location: item, lot, expiry, quantity, where it came from.

A scan fills the item, the lot and the expiry in one go. An expiry already past is
refused by the core; ticking "record as expiry write-off" records it and writes it off.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from clinic_desk.core.inventory import catalogue, ledger
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.inventory.barcode import BarcodeField, read_scan
from clinic_desk.ui.inventory.common import (
    ItemPicker,
    MovementDialog,
    date_edit,
    fmt_date,
    from_qdate,
    to_qdate,
    unit_row,
)
from clinic_desk.ui.messages import error_text


class ReceiveDialog(MovementDialog):
    def __init__(self, workspace: Workspace, location_id: str, location_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, location_id, location_name, self.tr("Receive medicine"),
                         parent)
        self.barcode = BarcodeField(self)
        self.barcode.scanned.connect(self.apply_scan)
        self.item = ItemPicker(self)
        self.item.setObjectName("item")
        self.lot = QLineEdit(self)
        self.lot.setObjectName("lot")
        self.lot.setMaxLength(40)
        self.expiry = date_edit(self, dt.date.today() + dt.timedelta(days=365), "expiry")
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("quantity")
        self.quantity.setPlaceholderText(self.tr("e.g. 100"))
        quantity_row, self.unit_hint = unit_row(self, self.quantity)
        self.source = QLineEdit(self)
        self.source.setObjectName("source")
        self.source.setMaxLength(120)
        self.source.setPlaceholderText(self.tr("e.g. Almacén central, DIRIS Lima Este, "
                                               "donation"))
        self.on = date_edit(self, None, "on")
        self.writeoff = QCheckBox(self.tr("The lot has already expired: record it and &write "
                                          "it off at once"), self)
        self.writeoff.setObjectName("expired_writeoff")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(500)

        self.add_field("barcode", self.tr("&Barcode:"), self.barcode)
        self.add_field("item", self.tr("&Medicine:"), self.item)
        self.add_field("lot", self.tr("&Lot:"), self.lot)
        self.add_field("expiry", self.tr("E&xpiry:"), self.expiry)
        self.add_field("quantity", self.tr("&Quantity:"), quantity_row,
                       self.quantity)
        self.add_field("source", self.tr("&From:"), self.source)
        self.add_field("on", self.tr("&Date received:"), self.on)
        self.add_field("note", self.tr("N&ote:"), self.note)
        self.form.addRow("", self.writeoff)
        self.ok_button.setText(self.tr("&Receive"))
        self.ok_button.setObjectName("receive_ok")
        self.finish_layout()
        self.item.item_changed.connect(self._item_changed)
        with workspace.db.read() as s:
            self.item.set_items(catalogue.list_items(s, workspace.actor))
        self.setTabOrder(self.barcode, self.item)
        self.setTabOrder(self.item, self.lot)
        self.setTabOrder(self.lot, self.expiry)
        self.setTabOrder(self.expiry, self.quantity)
        self.setTabOrder(self.quantity, self.source)
        self.setTabOrder(self.source, self.on)
        self.setTabOrder(self.on, self.note)
        self.setTabOrder(self.note, self.writeoff)
        self.barcode.setFocus()

    def _item_changed(self, item: object) -> None:
        self.unit_hint.setText(getattr(item, "unit", "") if item else "")

    # -- scanning -------------------------------------------------------------------
    def apply_scan(self, text: str) -> None:
        self.clear_errors()
        try:
            scan = read_scan(self.workspace, text)
        except Exception as exc:  # noqa: BLE001 - the core's refusal, shown in place
            self.errors["barcode"].show_text(error_text(exc))
            self.barcode.selectAll()
            return
        if scan.item is None:
            self.errors["barcode"].show_text(QCoreApplication.translate(
                "Inventory", "No medicine in the catalogue has this code ({gtin}). Choose the "
                     "medicine by hand; an administrator can add the code to the "
                     "catalogue.").format(gtin=scan.gtin or ""))
        else:
            self.item.select(scan.item.id)
        if scan.lot:
            self.lot.setText(scan.lot)
        if scan.expiry is not None:
            self.expiry.setDate(to_qdate(scan.expiry))
        self.barcode.clear()
        self.quantity.setFocus()

    # -- saving ---------------------------------------------------------------------
    def ready(self) -> bool:
        if self.item.item() is None:
            self.refuse("item", self.tr("Choose a medicine from the list."))
            return False
        return True

    def save(self, session: object, actor: object) -> object:
        item = self.item.item()
        assert item is not None
        return ledger.receive(
            session, actor, self.location_id, item.id, self.lot.text(),
            from_qdate(self.expiry.date()), self.quantity.text(), on=from_qdate(self.on.date()),
            source=self.source.text(), note=self.note.text(),
            expired_writeoff=self.writeoff.isChecked())

    def summary(self) -> str:
        item = self.item.item()
        return self.tr("Received {quantity} {unit} of {item}, lot {lot} (expires "
                       "{expiry}).").format(
            quantity=self.quantity.text().strip(), unit=item.unit if item else "",
            item=item.label if item else "", lot=self.lot.text().strip().upper(),
            expiry=fmt_date(from_qdate(self.expiry.date())))
