"""The reorder level of one medicine at one location, and the months of stock an order
should bring it up to (planning.set_reorder_level)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from clinic_desk.core.inventory import catalogue, planning
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.inventory.common import ItemPicker, MovementDialog, fmt_qty, unit_row


class ReorderDialog(MovementDialog):
    def __init__(self, workspace: Workspace, location_id: str, location_name: str,
                 parent: QWidget | None = None, item_id: str | None = None) -> None:
        super().__init__(workspace, location_id, location_name, self.tr("Reorder level"),
                         parent)
        self.item = ItemPicker(self)
        self.item.setObjectName("item")
        self.level = QLineEdit(self)
        self.level.setObjectName("reorder_level")
        level_row, self.unit_hint = unit_row(self, self.level)
        self.months = QSpinBox(self)
        self.months.setObjectName("target_months")
        self.months.setRange(1, 12)
        self.months.setValue(planning.DEFAULT_TARGET_MONTHS)
        self.months.setAccessibleName(self.tr("Target in months of stock"))
        months_row, months_unit = unit_row(self, self.months)
        months_unit.setText(self.tr("months of stock"))
        self.add_field("item", self.tr("&Medicine:"), self.item)
        self.add_field("reorder_level", self.tr("&Reorder at:"), level_row, self.level)
        self.add_field("target_months", self.tr("Order &up to:"), months_row, self.months)
        self.current = self.add_note("")
        self.add_note(self.tr("At or below the reorder level the medicine shows as low "
                              "stock. The suggested order brings the stock up to the target "
                              "months of average use. Enter 0 to stop the low-stock alert."))
        self.ok_button.setText(self.tr("&Save level"))
        self.ok_button.setObjectName("reorder_ok")
        self.finish_layout()
        with workspace.db.read() as s:
            items = catalogue.list_items(s, workspace.actor)
            self._plans = {p.item_id: p for p in planning.plan(s, workspace.actor, location_id)}
        self.item.item_changed.connect(self._item_changed)
        self.item.set_items(items)
        if item_id:
            self.item.select(item_id)
        self.setTabOrder(self.item, self.level)
        self.setTabOrder(self.level, self.months)
        (self.level if item_id else self.item).setFocus()

    def _item_changed(self, item: object) -> None:
        self.unit_hint.setText(getattr(item, "unit", "") if item else "")
        plan = self._plans.get(item.id) if item is not None else None  # type: ignore[attr-defined]
        if plan is None:
            self.level.clear()
            self.months.setValue(planning.DEFAULT_TARGET_MONTHS)
            self.current.setText(self.tr("No reorder level set here yet.") if item else "")
            return
        self.level.setText(fmt_qty(plan.reorder_level).replace(",", "")
                           if plan.reorder_level is not None else "")
        self.months.setValue(plan.target_months)
        if plan.amc is None:
            self.current.setText(self.tr("On hand: {on_hand} {unit}. No consumption "
                                         "recorded in the last three months.").format(
                on_hand=fmt_qty(plan.on_hand), unit=plan.unit))
        else:
            self.current.setText(self.tr("On hand: {on_hand} {unit}. Average monthly use: "
                                         "{amc} {unit}.").format(
                on_hand=fmt_qty(plan.on_hand), unit=plan.unit,
                amc=fmt_qty(plan.amc.quantize(Decimal("0.1")))))

    def ready(self) -> bool:
        if self.item.item() is None:
            self.refuse("item", self.tr("Choose a medicine from the list."))
            return False
        return True

    def save(self, session: object, actor: object) -> object:
        item = self.item.item()
        assert item is not None
        planning.set_reorder_level(session, actor, self.location_id, item.id,
                                   self.level.text(), self.months.value())
        return item
