"""The people table: name, document, age, sector, current risk level (icon + word)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from clinic_desk.core.intake.search import PersonHit
from clinic_desk.ui.people.common import age_text, doc_text, risk_icon, risk_text

_Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    NAME, DOCUMENT, AGE, SECTOR, RISK = range(5)

    def __init__(self, parent: object = None, lookup_only: bool = False) -> None:
        super().__init__(parent)
        self._hits: list[PersonHit] = []
        self.lookup_only = lookup_only  # name, document and age only (promoters)

    def set_hits(self, hits: list[PersonHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> PersonHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def hits(self) -> list[PersonHit]:
        return list(self._hits)

    def row_of(self, person_id: str) -> int:
        for row, hit in enumerate(self._hits):
            if hit.id == person_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return 3 if self.lookup_only else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Document"), self.tr("Age"), self.tr("Sector"),
                  self.tr("Current risk"))
        return titles[section] if 0 <= section < len(titles) else None

    def text(self, hit: PersonHit, col: int) -> str:
        if col == self.NAME:
            return hit.full_name
        if col == self.DOCUMENT:
            return doc_text(hit.doc_type, hit.doc_number)
        if col == self.AGE:
            return age_text(hit.age, hit.age_is_approx)
        if col == self.SECTOR:
            return hit.sector or ""
        if col == self.RISK:
            return risk_text(hit.risk_level)
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(hit, col)
        if role == Qt.ItemDataRole.DecorationRole and col == self.RISK:
            return risk_icon(hit.risk_level)
        if role == Qt.ItemDataRole.FontRole and (
                col == self.NAME or (col == self.RISK and hit.risk_level == "severo")):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(hit, col)
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        return None
