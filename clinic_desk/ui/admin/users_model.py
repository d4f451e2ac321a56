"""The users table: user name, full name, roles in words, active or disabled."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from clinic_desk.core.users import UserInfo
from clinic_desk.ui.roles import ROLE_ORDER, role_label, roles_text  # noqa: F401 (re-exported)

_Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    USERNAME, FULL_NAME, ROLES, STATUS = range(4)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, username: str) -> int:
        for row, user in enumerate(self._users):
            if user.username == username:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("User name"), self.tr("Full name"), self.tr("Roles"),
                self.tr("Status"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        user = self.user_at(index.row()) if index.isValid() else None
        if user is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.USERNAME:
                return user.username
            if col == self.FULL_NAME:
                return user.full_name
            if col == self.ROLES:
                return roles_text(user.roles)
            return self.tr("Active") if user.active else self.tr("Disabled")
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            # greyed as well as labelled "Disabled": never colour alone
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS and not user.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None
