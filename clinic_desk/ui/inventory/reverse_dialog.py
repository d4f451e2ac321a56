"""Reverse one ledger entry: the ledger is never edited, a mistake is corrected by a new
entry with the opposite quantity that names the one it reverses (ledger.reverse)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from clinic_desk.core.inventory import ledger
from clinic_desk.core.inventory.reports import CardRow
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.inventory.common import (
    MovementDialog,
    date_edit,
    fmt_date,
    fmt_qty,
    from_qdate,
    kind_label,
)


def entry_text(row: CardRow, unit: str) -> str:
    """'Dispensed · 12 tableta out · lot L1 · 03/05/2025'."""
    if row.quantity_in:
        qty = QCoreApplication.translate("Inventory", "{quantity} {unit} in").format(
            quantity=fmt_qty(row.quantity_in), unit=unit)
    else:
        qty = QCoreApplication.translate("Inventory", "{quantity} {unit} out").format(
            quantity=fmt_qty(row.quantity_out), unit=unit)
    return QCoreApplication.translate("Inventory", "{kind} · {quantity} · lot {lot} · "
                                      "{date}").format(kind=kind_label(row.kind), quantity=qty,
                                                       lot=row.lot,
                                                       date=fmt_date(row.occurred_on))


class ReverseDialog(MovementDialog):
    def __init__(self, workspace: Workspace, location_id: str, location_name: str,
                 row: CardRow, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, location_id, location_name, self.tr("Reverse an entry"),
                         parent)
        self.row = row
        self.entry = QLabel(entry_text(row, unit), self)
        self.entry.setObjectName("entry")
        self.entry.setWordWrap(True)
        self.on = date_edit(self, None, "on")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("e.g. typed 100 instead of 10"))
        self.add_field("entry", self.tr("Entry:"), self.entry)
        self.add_field("note", self.tr("&Why:"), self.note)
        self.add_field("on", self.tr("&Date:"), self.on)
        hint = self.tr("The entry stays in the history. A new entry with the opposite "
                       "quantity cancels it and names it. An entry can be reversed only "
                       "once.")
        if row.kind in ("transfer_out", "transfer_in"):
            hint += " " + self.tr("A transfer is reversed at both locations.")
        self.add_note(hint)
        self.ok_button.setText(self.tr("&Reverse entry"))
        self.ok_button.setObjectName("reverse_ok")
        self.finish_layout()
        self.setTabOrder(self.note, self.on)
        self.note.setFocus()

    def save(self, session: object, actor: object) -> object:
        return ledger.reverse(session, actor, self.row.entry_id, note=self.note.text(),
                              on=from_qdate(self.on.date()))
