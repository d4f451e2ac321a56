"""Dispense to a patient: the medicine, how much, and the batches first-expiry-first-out.

The suggestion (`stock.suggest_fefo`) is shown as the quantity is typed, and the core
takes exactly that plan when no batch is given. The patient may be a registered person
(found with the intake lookup: name, document and age only) or left out.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.inventory import catalogue, ledger, stock
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.inventory.common import (
    ItemPicker,
    MovementDialog,
    badge_icon,
    date_edit,
    fmt_date,
    fmt_qty,
    from_qdate,
    status_label,
    unit_row,
)
from clinic_desk.ui.messages import error_text

log = logging.getLogger(__name__)


def _people_search():  # noqa: ANN202 - the intake lookup, if this build has it
    try:
        from clinic_desk.core.intake.search import search_people
    except ImportError:
        return None
    return search_people


class PersonPicker(QComboBox):
    """Type a name or a DNI; the registered people that match are listed (name,
    document and age only). Empty means no registered person."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("person")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(30)
        self.lineEdit().setPlaceholderText(QCoreApplication.translate(
            "Inventory", "Optional: type her name or DNI"))
        self._search = _people_search()
        actor = workspace.actor
        self.available = self._search is not None and actor is not None and actor.can(
            Perm.PEOPLE_LOOKUP)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search_now)
        self.lineEdit().textEdited.connect(lambda _t: self._timer.start())
        self.setEnabled(self.available)

    def search_now(self) -> None:
        text = self.lineEdit().text()
        if not self.available or len(text.strip()) < 2:
            return
        try:
            with self.workspace.db.read() as s:
                hits = self._search(s, self.workspace.actor, text, limit=12)  # type: ignore[misc]
        except Exception:  # noqa: BLE001 - the lookup is optional; never block dispensing
            log.warning("person lookup failed", exc_info=True)
            return
        self.blockSignals(True)
        self.clear()
        for h in hits:
            doc = f" · {h.doc_number}" if h.doc_number else ""
            age = (QCoreApplication.translate("Inventory", " · {age} years").format(age=h.age)
                   if h.age is not None else "")
            self.addItem(f"{h.full_name}{doc}{age}", h.id)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)
        if hits:
            self.showPopup()

    def person_id(self) -> str | None:
        i = self.currentIndex()
        if i >= 0 and self.currentText() == self.itemText(i):
            return self.itemData(i)
        return None


class DispenseDialog(MovementDialog):
    def __init__(self, workspace: Workspace, location_id: str, location_name: str,
                 parent: QWidget | None = None, item_id: str | None = None) -> None:
        super().__init__(workspace, location_id, location_name, self.tr("Dispense medicine"),
                         parent)
        self.setMinimumWidth(640)
        self.item = ItemPicker(self)
        self.item.setObjectName("item")
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("quantity")
        self.quantity.setPlaceholderText(self.tr("e.g. 12"))
        quantity_row, self.unit_hint = unit_row(self, self.quantity)
        self.plan_table = QTableWidget(0, 4, self)
        self.plan_table.setObjectName("fefo_plan")
        self.plan_table.setHorizontalHeaderLabels(
            [self.tr("Lot"), self.tr("Expiry"), self.tr("Take"), self.tr("Note")])
        self.plan_table.verticalHeader().hide()
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plan_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plan_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.plan_table.setColumnWidth(0, 120)
        self.plan_table.setColumnWidth(1, 112)  # «Vencimiento» in bold, not cut
        self.plan_table.setColumnWidth(2, 80)
        self.plan_table.setFixedHeight(118)
        self.plan_hint = QLabel(self)
        self.plan_hint.setObjectName("hintLabel")
        self.plan_hint.setWordWrap(True)
        plan_box = QWidget(self)
        plan_col = QVBoxLayout(plan_box)
        plan_col.setContentsMargins(0, 0, 0, 0)
        plan_col.setSpacing(4)
        plan_col.addWidget(self.plan_hint)
        plan_col.addWidget(self.plan_table)
        self.person = PersonPicker(workspace, self)
        self.prescriber = QLineEdit(self)
        self.prescriber.setObjectName("prescriber")
        self.prescriber.setMaxLength(120)
        self.prescriber.setPlaceholderText(self.tr("Optional: who prescribed it"))
        self.on = date_edit(self, None, "on")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(500)

        self.add_field("item", self.tr("&Medicine:"), self.item)
        self.add_field("quantity", self.tr("&Quantity:"), quantity_row, self.quantity)
        self.add_field("batch", self.tr("Lots to use:"), plan_box)
        self.add_field("person", self.tr("&Patient:"), self.person)
        if not self.person.available:
            self.add_note(self.tr("Looking up registered people is not available here: "
                                  "write a reference in the note if needed."))
        self.add_field("prescriber", self.tr("&Prescribed by:"), self.prescriber)
        self.add_field("on", self.tr("&Date:"), self.on)
        self.add_field("note", self.tr("N&ote:"), self.note)
        self.ok_button.setText(self.tr("&Dispense"))
        self.ok_button.setObjectName("dispense_ok")
        self.finish_layout()
        self.suggestion: stock.FefoSuggestion | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_plan)
        self.item.item_changed.connect(lambda _i: self.update_plan())
        self.quantity.textChanged.connect(lambda _t: self._timer.start())
        self.on.dateChanged.connect(lambda _d: self._timer.start())
        with workspace.db.read() as s:
            held = {x.item_id for x in stock.on_hand(s, workspace.actor, location_id)}
            items = [i for i in catalogue.list_items(s, workspace.actor) if i.id in held]
        self.item.set_items(items)
        if item_id:
            self.item.select(item_id)
        self.setTabOrder(self.item, self.quantity)
        self.setTabOrder(self.quantity, self.person)
        self.setTabOrder(self.person, self.prescriber)
        self.setTabOrder(self.prescriber, self.on)
        self.setTabOrder(self.on, self.note)
        (self.quantity if item_id else self.item).setFocus()
        self.update_plan()

    # -- the FEFO suggestion -----------------------------------------------------------
    def update_plan(self) -> None:
        self._timer.stop()
        item = self.item.item()
        self.unit_hint.setText(item.unit if item else "")
        self.errors["quantity"].clear_text()
        self.plan_table.setRowCount(0)
        self.suggestion = None
        if item is None:
            self.plan_hint.setText(self.tr("Choose a medicine: the lots that expire first "
                                           "are suggested here."))
            return
        text = self.quantity.text().strip()
        try:
            with self.workspace.db.read() as s:
                sug = stock.suggest_fefo(s, self.workspace.actor, self.location_id, item.id,
                                         text or None, on=from_qdate(self.on.date()))
        except Exception as exc:  # noqa: BLE001 - the core's words, next to the field
            self.errors["quantity"].show_text(error_text(exc))
            self.plan_hint.setText("")
            return
        self.suggestion = sug
        self.plan_hint.setText(self.tr(
            "Available to dispense: {available} ({unit}). The lots that expire first are used "
            "first:").format(available=fmt_qty(sug.available), unit=item.unit))
        for pick in sug.picks:
            note = self.tr("Expires soon") if pick.short_dated else ""
            self._plan_row(pick.lot, pick.expiry, fmt_qty(pick.quantity), note,
                           "expiring" if pick.short_dated else "ok")
        for b in sug.excluded:
            why = status_label(b.status) if b.status != "usable" else self.tr("Expired")
            self._plan_row(b.lot, b.expiry, "—", self.tr("Not usable: {why}").format(why=why),
                           "expired")
        rows = max(2, min(self.plan_table.rowCount(), 5))
        self.plan_table.setFixedHeight(self.plan_table.horizontalHeader().height() + 4
                                       + rows * self.plan_table.verticalHeader()
                                       .defaultSectionSize())
        if text and sug.shortfall > 0:
            self.errors["quantity"].show_text(self.tr(
                "Only {available} ({unit}) are on hand: {short} missing.").format(
                    available=fmt_qty(sug.available), unit=item.unit,
                    short=fmt_qty(sug.shortfall)))

    def _plan_row(self, lot: str, expiry: object, take: str, note: str, kind: str) -> None:
        r = self.plan_table.rowCount()
        self.plan_table.insertRow(r)
        first = QTableWidgetItem(badge_icon(kind), lot)
        self.plan_table.setItem(r, 0, first)
        self.plan_table.setItem(r, 1, QTableWidgetItem(fmt_date(expiry)))  # type: ignore[arg-type]
        cell = QTableWidgetItem(take)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.plan_table.setItem(r, 2, cell)
        self.plan_table.setItem(r, 3, QTableWidgetItem(note))

    def suggested_lots(self) -> list[tuple[str, Decimal]]:
        if self.suggestion is None:
            return []
        return [(p.lot, p.quantity) for p in self.suggestion.picks]

    # -- saving -----------------------------------------------------------------------
    def ready(self) -> bool:
        if self.item.item() is None:
            self.refuse("item", self.tr("Choose a medicine from the list."))
            return False
        return True

    def save(self, session: object, actor: object) -> object:
        item = self.item.item()
        assert item is not None
        return ledger.dispense(
            session, actor, self.location_id, item.id, self.quantity.text(),
            person_id=self.person.person_id(), prescriber=self.prescriber.text(),
            on=from_qdate(self.on.date()), note=self.note.text())
