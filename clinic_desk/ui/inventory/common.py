"""Shared pieces of the Botiquines section: number and date display (the Peruvian way),
words for movement kinds, reasons and alerts, the item picker, and a dialog base that
shows a core refusal next to the field it is about.

No domain logic here: every rule is the core's; this only shows its answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.inventory.catalogue import ItemInfo
from clinic_desk.core.workspace import Workspace
from clinic_desk.resources import icon_path
from clinic_desk.ui.admin.user_dialogs import SPACING, InlineMessage
from clinic_desk.ui.admin.users_view import empty_state
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import TaskHandle

DATE_FORMAT = "dd/MM/yyyy"  # Peru's way, in both languages
# the shared stylesheet does not cover date fields yet: the same look as a line edit
DATE_STYLE = (
    "QDateEdit { background: #ffffff; border: 1px solid #cfc8dc; border-radius: 5px;"
    " padding: 5px 8px; min-height: 20px; }"
    " QDateEdit:focus { border: 2px solid #5b3f8c; padding: 4px 7px; }"
    " QDateEdit:disabled { color: #9a94a6; background: #f1f0f4; }"
    " QDateEdit::drop-down { subcontrol-origin: padding; subcontrol-position: center right;"
    " width: 26px; border: none; }"
    " QDateEdit::down-arrow { image: url(@ICON@); width: 12px; height: 12px; }"
)


# -- numbers and dates ------------------------------------------------------------------

def locale() -> QLocale:
    """The interface locale (es_PE: decimal point '.', thousands ',')."""
    return QLocale()


def fmt_qty(value: Decimal | int | None) -> str:
    """A quantity in dispensing units: '1,250', '2.5', '' for None."""
    if value is None:
        return ""
    d = Decimal(value)
    if d == d.to_integral_value():
        return locale().toString(int(d))
    places = max(0, -d.normalize().as_tuple().exponent)  # type: ignore[operator]
    return locale().toString(float(d), "f", min(int(places), 3))


def fmt_months(value: Decimal | None) -> str:
    return "" if value is None else locale().toString(float(value), "f", 1)


def fmt_date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, value: dt.date | None = None, name: str = "") -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setStyleSheet(DATE_STYLE.replace("@ICON@", icon_path("chevron-down").as_posix()))
    edit.setDate(to_qdate(value or dt.date.today()))
    if name:
        edit.setObjectName(name)
    return edit


# -- words -----------------------------------------------------------------------------

def kind_label(kind: str) -> str:
    labels = {
        "receipt": QCoreApplication.translate("Inventory", "Receipt"),
        "dispense": QCoreApplication.translate("Inventory", "Dispensed"),
        "transfer_out": QCoreApplication.translate("Inventory", "Transfer sent"),
        "transfer_in": QCoreApplication.translate("Inventory", "Transfer received"),
        "adjustment": QCoreApplication.translate("Inventory", "Adjustment"),
        "expiry_writeoff": QCoreApplication.translate("Inventory", "Expiry write-off"),
        "stocktake": QCoreApplication.translate("Inventory", "Stocktake"),
    }
    return labels.get(kind, kind)


def reason_label(reason: str | None) -> str:
    if not reason:
        return ""
    labels = {
        "loss": QCoreApplication.translate("Inventory", "Loss"),
        "damage": QCoreApplication.translate("Inventory", "Damage"),
        "donation": QCoreApplication.translate("Inventory", "Donation"),
        "correction": QCoreApplication.translate("Inventory", "Correction"),
        "count_error": QCoreApplication.translate("Inventory", "Earlier counting error"),
        "expired": QCoreApplication.translate("Inventory", "Expired"),
        "unrecorded_dispense": QCoreApplication.translate("Inventory", "Dispensed, not recorded"),
        "unrecorded_receipt": QCoreApplication.translate("Inventory", "Received, not recorded"),
        "other": QCoreApplication.translate("Inventory", "Other"),
    }
    return labels.get(reason, reason)


def status_label(status: str) -> str:
    labels = {
        "usable": QCoreApplication.translate("Inventory", "Usable"),
        "quarantined": QCoreApplication.translate("Inventory", "Quarantined"),
        "recalled": QCoreApplication.translate("Inventory", "Recalled"),
    }
    return labels.get(status, status)


def location_label(name: str, kind: str) -> str:
    if kind == "central":
        return QCoreApplication.translate("Inventory", "{name} (central store)").format(name=name)
    return name


def notice_text(notice: object) -> str:
    """A warning that came back with a saved movement (ledger.Notice)."""
    code = getattr(notice, "code", "")
    lot = getattr(notice, "lot", "")
    expiry = fmt_date(getattr(notice, "expiry", None))
    days = getattr(notice, "days", 0)
    if code == "short_dated":
        return QCoreApplication.translate(
            "Inventory", "Lot {lot} expires soon ({expiry}, in {days} days): use it first.").format(
                lot=lot, expiry=expiry, days=days)
    if code == "expired_written_off":
        return QCoreApplication.translate(
            "Inventory", "Lot {lot} had expired ({expiry}): it was recorded and written off at "
                 "once.").format(lot=lot, expiry=expiry)
    if code == "not_fefo":
        return QCoreApplication.translate(
            "Inventory", "Lot {lot} was used although another lot expires earlier.").format(lot=lot)
    if code == "quarantined":
        return QCoreApplication.translate(
            "Inventory", "Lot {lot} is in quarantine: it cannot be dispensed until it is "
                 "released.").format(lot=lot)
    return code


# -- badges: colour plus icon plus text, never colour alone -----------------------------

BADGE_COLOURS = {
    "recalled": "#8e1b16", "expired": "#b3261e", "out_of_stock": "#b3261e",
    "expiring": "#a15c00", "low_stock": "#a15c00", "ok": "#2e7d32", "recount": "#a15c00",
    "posted": "#2e7d32",
}
BADGE_GLYPHS = {
    "recalled": "\u26d4", "expired": "\u2716", "out_of_stock": "\u2716", "expiring": "\u231b",
    "low_stock": "\u25bc", "ok": "\u2714", "recount": "\u21bb", "posted": "\u2714",
}


def alert_label(kind: str) -> str:
    labels = {
        "recalled": QCoreApplication.translate("Inventory", "Recalled lot"),
        "expired": QCoreApplication.translate("Inventory", "Expired"),
        "out_of_stock": QCoreApplication.translate("Inventory", "Out of stock"),
        "expiring": QCoreApplication.translate("Inventory", "Expires soon"),
        "low_stock": QCoreApplication.translate("Inventory", "Low stock"),
        "ok": QCoreApplication.translate("Inventory", "OK"),
    }
    return labels.get(kind, kind)


_icons: dict[str, QIcon] = {}


def badge_icon(kind: str) -> QIcon:
    """A round coloured badge with a symbol inside (shape differs per kind)."""
    if kind in _icons:
        return _icons[kind]
    pix = QPixmap(32, 32)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(BADGE_COLOURS.get(kind, "#5d566b")))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 30, 30)
    p.setPen(QColor("#ffffff"))
    font = p.font()
    font.setPixelSize(18)
    font.setBold(True)
    p.setFont(font)
    p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, BADGE_GLYPHS.get(kind, "!"))
    p.end()
    _icons[kind] = QIcon(pix)
    return _icons[kind]


def badge_colour(kind: str) -> QColor:
    return QColor(BADGE_COLOURS.get(kind, "#26232e"))


# -- item picker -----------------------------------------------------------------------

class ItemPicker(QComboBox):
    """An editable combo: type part of a name or code, pick from the list."""

    item_changed = Signal(object)  # ItemInfo | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(34)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._items: list[ItemInfo] = []
        completer = QCompleter(self)
        completer.setModel(self.model())
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(lambda _i: self.item_changed.emit(self.item()))
        # show a long name from its start, not its end (the cursor would sit at the end)
        self.currentIndexChanged.connect(lambda _i: self.lineEdit().setCursorPosition(0))
        self.lineEdit().setPlaceholderText(
            QCoreApplication.translate("Inventory", "Type part of the name or the code"))

    @staticmethod
    def text_of(item: ItemInfo) -> str:
        return f"{item.label} · {item.code}"

    def set_items(self, items: Sequence[ItemInfo], keep: str | None = None) -> None:
        keep = keep or (self.item().id if self.item() else None)
        self.blockSignals(True)
        self.clear()
        self._items = list(items)
        for item in self._items:
            self.addItem(self.text_of(item), item.id)
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        if keep:
            self.select(keep)
        else:
            self.item_changed.emit(None)

    def items(self) -> list[ItemInfo]:
        return list(self._items)

    def item(self) -> ItemInfo | None:
        i = self.currentIndex()
        if i < 0 or i >= len(self._items):
            return None
        if self.currentText() != self.itemText(i):  # typed something else since
            return None
        return self._items[i]

    def select(self, item_id: str) -> bool:
        i = self.findData(item_id)
        self.setCurrentIndex(i)
        if i < 0:
            self.setEditText("")
        self.item_changed.emit(self.item())
        return i >= 0


# -- a dialog that puts the core's refusal next to the field ----------------------------

class FieldError(QLabel):
    """The message under one field: an icon and a sentence (never colour alone)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("#fieldError { color: #b3261e; }")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText("\u26a0 " + text)
        self.setAccessibleName(text)
        self.show()

    def message(self) -> str:
        return self.text()[2:] if self.isVisible() else ""

    def clear_text(self) -> None:
        self.clear()
        self.hide()


class MovementDialog(QDialog):
    """Base of receive / dispense / transfer / adjust. Subclasses add rows with
    `add_field(name, label, widget)` and implement `save(session, actor)`; a refusal
    from the core shows under the field it names (or at the bottom), nothing is saved,
    and the dialog stays open with what was typed."""

    saved = Signal(object)  # MovementResult

    def __init__(self, workspace: Workspace, location_id: str, location_name: str,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.location_id = location_id
        self.location_name = location_name
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(560)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.result_value: object = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 18, 20, 16)
        self.layout_.setSpacing(SPACING)
        where = QLabel(QCoreApplication.translate("Inventory", "Botiquín: <b>{name}</b>").format(
            name=location_name.replace("&", "&amp;").replace("<", "&lt;")), self)
        where.setObjectName("muted")
        self.layout_.addWidget(where)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.layout_.addLayout(self.form)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Inventory", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self):  # noqa: ANN201 - QPushButton
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_field(self, name: str, text: str, widget: QWidget | QHBoxLayout,
                  focus: QWidget | None = None) -> None:
        label = QLabel(text, self)
        target = focus or (widget if isinstance(widget, QWidget) else None)
        if target is not None:
            label.setBuddy(target)
            self.fields[name] = target
        holder = QWidget(self)
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if isinstance(widget, QWidget):
            col.addWidget(widget)
        else:
            col.addLayout(widget)
        error = FieldError(holder)
        col.addWidget(error)
        self.errors[name] = error
        self.form.addRow(label, holder)

    def add_note(self, text: str) -> QLabel:
        hint = QLabel(text, self)
        hint.setWordWrap(True)
        hint.setObjectName("hintLabel")
        self.form.addRow("", hint)
        return hint

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    # -- messages ------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.message.clear()
        for error in self.errors.values():
            error.clear_text()

    def field_error(self, name: str) -> str:
        error = self.errors.get(name)
        return error.message() if error is not None else ""

    def show_failure(self, exc: BaseException, aliases: dict[str, str] | None = None) -> None:
        text = error_text(exc)
        name = getattr(exc, "field", None) or ""
        name = (aliases or {}).get(name, name)
        if name in self.errors:
            self.errors[name].show_text(text)
            widget = self.fields.get(name)
            if widget is not None:
                widget.setFocus()
        else:
            self.message.show_message(text)

    def refuse(self, name: str, text: str) -> None:
        """A check made here before asking the core (a field left empty)."""
        self.errors[name].show_text(text)
        widget = self.fields.get(name)
        if widget is not None:
            widget.setFocus()

    # -- saving --------------------------------------------------------------------
    def aliases(self) -> dict[str, str]:
        return {}

    def save(self, session: object, actor: object) -> object:  # pragma: no cover
        raise NotImplementedError

    def ready(self) -> bool:
        """Checks that need no core (a picker left empty); True to go on."""
        return True

    def submit(self) -> None:
        self.clear_errors()
        if not self.ready():
            return
        actor = self.workspace.actor
        try:
            with self.workspace.db.write(actor.user_id if actor else None) as s:
                result = self.save(s, actor)
        except Exception as exc:  # noqa: BLE001 - the core's refusal, shown in place
            self.show_failure(exc, self.aliases())
            return
        self.result_value = result
        self.saved.emit(result)
        self.accept()


def unit_row(parent: QWidget, widget: QWidget) -> tuple[QHBoxLayout, QLabel]:
    """A quantity field with its unit of dispensing written after it."""
    unit = QLabel("", parent)
    unit.setObjectName("muted")
    unit.setMinimumWidth(90)
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(widget, 1)
    row.addWidget(unit)
    return row, unit


def set_column_widths(table: QTableView, widths: Sequence[tuple[int, int]]) -> None:
    """Each column at least its width in pixels and wide enough for its header, so a
    longer translation of the header is never cut off."""
    header = table.horizontalHeader()
    header.ensurePolished()
    for col, width in widths:
        table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))


def read(workspace: Workspace, fn: Callable[[object, object], object]) -> object:
    """Run `fn(session, actor)` in a read session."""
    with workspace.db.read() as s:
        return fn(s, workspace.actor)


def standard_icon(widget: QWidget, which: QStyle.StandardPixmap) -> QIcon:
    return widget.style().standardIcon(which)


# -- tables ----------------------------------------------------------------------------

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows: `COLUMNS` columns, horizontal header words
    from `headers()` (written in the subclass, so they stay in its translation context)."""

    COLUMNS = 0

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):  # noqa: ANN201 - the subclass's row type
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def headers(self) -> tuple[str, ...]:
        return ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]


def plain_table(parent: QWidget, name: str) -> QTableView:
    """A read-only table that selects one whole row."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(28)
    return table


def report_table(parent: QWidget, name: str, model: QAbstractTableModel, accessible_name: str,
                 stretch: int, widths: Sequence[tuple[int, int]]) -> QTableView:
    """`plain_table` showing `model`: column `stretch` takes the room left, the others
    start at `widths` (see set_column_widths) and can be resized."""
    table = plain_table(parent, name)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    set_column_widths(table, widths)
    return table


def with_empty_state(parent: QWidget, table: QWidget, title: str,
                     text: str) -> tuple[QWidget, QStackedWidget]:
    """The table and, in its place when there is nothing to list, a word on why."""
    empty = empty_state(title, text, parent)
    stack = QStackedWidget(parent)
    stack.addWidget(table)
    stack.addWidget(empty)
    return empty, stack


def tab_column(parent: QWidget, *parts: QWidget | QLayout) -> QVBoxLayout:
    """The tab's layout: `parts` top to bottom, the last one taking the room left."""
    col = QVBoxLayout(parent)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(SPACING)
    *head, last = parts
    for part in head:
        if isinstance(part, QLayout):
            col.addLayout(part)
        else:
            col.addWidget(part)
    col.addWidget(last, 1)
    return col


def reselect(table: QTableView, row: int) -> None:
    """Make `row` current (the first row when it is gone; nothing in an empty table)."""
    model = table.model()
    if row < 0 and model.rowCount():
        row = 0
    if row >= 0:
        table.selectionModel().setCurrentIndex(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)


# -- tabs ------------------------------------------------------------------------------

def buddy_label(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic (the & in `text`) moves the focus to `buddy`."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def named_button(parent: QWidget, text: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button


def open_dialog(view: QWidget, dialog: QDialog,
                on_saved: Callable[[object], None]) -> QDialog:
    """Open `dialog` (deleted when closed) from a tab with a `message` and a `dialog`
    attribute; `on_saved(result)` when it saves."""
    view.message.clear()  # type: ignore[attr-defined]
    view.dialog = dialog  # type: ignore[attr-defined]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(on_saved)  # type: ignore[attr-defined]
    dialog.open()
    return dialog


class LocationTab(QWidget):
    """A tab about the location chosen at the top of the page."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.location_id: str | None = None
        self.location_name = ""
        self.task: TaskHandle | None = None

    def set_location(self, location_id: str | None, name: str = "") -> None:
        self.location_id = location_id
        self.location_name = name
        self.refresh()

    def refresh(self) -> None:  # pragma: no cover - every tab has its own
        raise NotImplementedError
