"""The bed board: one box per room, one tile per bed. A tile says its state in words
and with a symbol (● occupied, ○ free, ◔ held, ✕ out of service) — the colour only
helps. Tiles are painted, not built of labels, so 80 beds draw in a few milliseconds.

Keyboard: Tab / arrow keys move between beds, Enter or Space acts on the bed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.shelter.board import Board, BoardBed
from clinic_desk.ui.shelter.common import (
    STATE_STYLE,
    colour,
    fmt_datetime,
    kind_label,
    state_label,
)

TILE_H = 92
# Tiles share the board's width, four to a row, and shrink down to TILE_MIN_W before the
# board scrolls sideways (at 1366x768, beside the holds and the waitlist, they never do).
TILE_MIN_W = 180
COLUMNS = 4


class BedTile(QWidget):
    activated = Signal(str)  # bed id

    def __init__(self, bed: BoardBed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(TILE_MIN_W, TILE_H)
        self.setMaximumHeight(TILE_H)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._fonts: tuple[QFont, QFont, QFont] | None = None
        self.set_bed(bed)

    def set_bed(self, bed: BoardBed) -> None:
        self.bed = bed
        self.setObjectName(f"bed_{bed.label}")
        self.lines = self._lines()
        self.setAccessibleName(" · ".join(x for x in self.lines if x))
        self.setToolTip("\n".join(x for x in self.lines if x))
        self.update()

    def fonts(self) -> tuple[QFont, QFont, QFont]:
        if self._fonts is None:
            base = QFont(self.font())
            small = QFont(base)
            small.setPointSizeF(base.pointSizeF() * 0.92)
            bold = QFont(base)
            bold.setBold(True)
            self._fonts = (base, small, bold)
        return self._fonts

    def _lines(self) -> list[str]:
        b = self.bed
        head = f"{b.label} · {kind_label(b.kind)}"
        symbol = STATE_STYLE[b.state][3]
        state = f"{symbol} {state_label(b.state)}"
        if b.state == "occupied" and b.occupant is not None:
            o = b.occupant
            night = self.tr("night {n}").format(n=o.night_number)
            if o.is_head:
                n = len(o.children)
                extra = (self.tr("alone") if n == 0 else self.tr("with 1 child") if n == 1
                         else self.tr("with {n} children").format(n=n))
            else:
                extra = self.tr("with {name}").format(name=(o.with_name or "").split(" ")[0]) \
                    if o.with_name else ""
            return [head, f"{state} · {night}", o.name, extra]
        if b.state == "held":
            until = self.tr("until {time}").format(time=fmt_datetime(b.hold_until)[-5:])
            return [head, f"{state} · {until}", b.hold_name or "", ""]
        if b.state == "out_of_service":
            return [head, state, b.outage_reason or "", ""]
        return [head, state, self.tr("Enter to admit or hold"), ""]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # the minimum: the grid's stretch then shares the room equally, so an empty
        # column in a room with fewer beds is as wide as a full one
        return QSize(TILE_MIN_W, TILE_H)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        state = self.bed.state
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        focused = self.hasFocus()
        p.setPen(QPen(colour(state, 1) if not focused else colour("occupied", 1).darker(150),
                      3.0 if focused else 1.2))
        p.setBrush(colour(state, 0))
        p.drawRoundedRect(rect, 7, 7)
        band = QRectF(rect.left(), rect.top(), 6, rect.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour(state, 1))
        p.drawRoundedRect(band, 3, 3)
        text = colour(state, 2)
        x, w = rect.left() + 14, rect.width() - 20
        base, small, bold = self.fonts()
        y = rect.top() + 6
        for i, line in enumerate(self.lines):
            if not line:
                continue
            font = bold if i in (1, 2) and (i == 1 or state == "occupied") else \
                (small if i in (0, 3) else base)
            p.setFont(font)
            p.setPen(text if i else text.darker(110))
            fm = QFontMetrics(font)
            p.drawText(QRectF(x, y, w, fm.height()), Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(line, Qt.TextElideMode.ElideRight, int(w)))
            y += fm.height() + 2
        p.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.setFocus()
            self.activated.emit(self.bed.bed_id)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.bed.bed_id)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focusNextChild()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focusPreviousChild()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self.update()
        super().focusOutEvent(event)


class BoardView(QScrollArea):
    """Rooms and beds of one night."""

    activated = Signal(str)  # bed id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelter_board")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.tiles: dict[str, BedTile] = {}
        self.board: Board | None = None
        self._shape: list[object] = []
        self._boxes: list[QGroupBox] = []

    def set_board(self, board: Board) -> None:
        """Show another night: the tiles are updated in place when the rooms and beds
        are the same as before (the usual case), rebuilt otherwise."""
        shape = [(r.id, r.name, tuple(b.bed_id for b in r.beds)) for r in board.rooms]
        if self.board is not None and shape == self._shape and self._boxes:
            self.board = board
            for room, box in zip(board.rooms, self._boxes, strict=True):
                box.setTitle(self._room_title(room))
                for bed in room.beds:
                    self.tiles[bed.bed_id].set_bed(bed)
            return
        self._shape = shape
        self.board = board
        focused = next((bid for bid, tile in self.tiles.items() if tile.hasFocus()), None)
        holder = QWidget()
        holder.setObjectName("board_holder")
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 8, 0)
        col.setSpacing(10)
        self.tiles = {}
        self._boxes = []
        if not board.rooms:
            empty = QLabel(self.tr("No rooms yet. An administrator adds rooms and beds in "
                                   "\"Rooms and beds\"."), holder)
            empty.setObjectName("hintLabel")
            empty.setWordWrap(True)
            col.addWidget(empty)
        for room in board.rooms:
            box = QGroupBox(self._room_title(room), holder)
            self._boxes.append(box)
            box.setObjectName("room_box")
            grid = QGridLayout(box)
            grid.setContentsMargins(10, 14, 10, 10)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(8)
            for i, bed in enumerate(room.beds):
                tile = BedTile(bed, box)
                tile.activated.connect(self.activated)
                grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
                self.tiles[bed.bed_id] = tile
            for c in range(COLUMNS):  # the same widths in every room, full or not
                grid.setColumnStretch(c, 1)
                grid.setColumnMinimumWidth(c, TILE_MIN_W)
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            col.addWidget(box)
        col.addStretch(1)
        old = self.takeWidget()
        self.setWidget(holder)
        if old is not None:
            old.deleteLater()
        if focused and focused in self.tiles:
            self.tiles[focused].setFocus()

    def _room_title(self, room) -> str:  # noqa: ANN001
        free = sum(1 for b in room.beds if b.state == "free")
        return self.tr("{room} — {free} free of {total}").format(
            room=room.name, free=free, total=len(room.beds))

    def tile(self, label: str) -> BedTile | None:
        return next((t for t in self.tiles.values() if t.bed.label == label), None)
