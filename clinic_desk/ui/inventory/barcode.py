"""A barcode field: a scanner types like a keyboard and ends with Enter.

A GS1 code (GTIN, lot, expiry) is parsed by the core (`gs1.parse`) and handed on in
one go; a plain code is taken as a GTIN. The field keeps the FNC1 separator (the GS
character, sent by many scanners as Ctrl+]) that a line edit would otherwise drop.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from clinic_desk.core.inventory import catalogue, gs1
from clinic_desk.core.inventory.catalogue import ItemInfo
from clinic_desk.core.workspace import Workspace

GS = "\x1d"


@dataclass(frozen=True)
class Scan:
    text: str
    item: ItemInfo | None
    gtin: str | None
    lot: str | None
    expiry: object  # datetime.date | None


class BarcodeField(QLineEdit):
    """Emits `scanned(text)` when Enter ends a scan (Enter does not reach the dialog)."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barcode")
        self.setPlaceholderText(QCoreApplication.translate(
            "Inventory", "Scan the box here, or type the code and press Enter"))
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.text()
            if text.strip():
                self.scanned.emit(text)
            event.accept()
            return
        if event.text() == GS or (event.key() == Qt.Key.Key_BracketRight
                                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.insert(GS)
            event.accept()
            return
        super().keyPressEvent(event)


def read_scan(workspace: Workspace, text: str) -> Scan:
    """What a scan names: GS1 (item by GTIN, lot, expiry) or a plain GTIN. Raises the
    core's InvalidInput for a code it cannot read."""
    with workspace.db.read() as s:
        if gs1.looks_like_gs1(text):
            data = gs1.parse(text)
            item = catalogue.find_by_gtin(s, workspace.actor, data.gtin) if data.gtin else None
            return Scan(text, item, data.gtin, data.lot, data.expiry)
        code = text.strip()
        item = catalogue.find_by_gtin(s, workspace.actor, code)
        return Scan(text, item, catalogue.clean_gtin(code, "barcode"), None, None)
