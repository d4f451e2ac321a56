"""Monthly figures on screen (the same numbers as the PDF) with a small chart of beds
occupied per night, and the PDF export off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.reports import occupancy_pdf
from clinic_desk.core.shelter import common as core_common
from clinic_desk.core.shelter import stats
from clinic_desk.core.shelter.stats import PeriodFigures
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.messages import current_language, error_text
from clinic_desk.ui.shelter.common import REASONS, SOURCES, reason_label, referral_label
from clinic_desk.ui.tasks import run_task


class NightsChart(QWidget):
    """Bars: beds occupied each night; a line: beds available."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: PeriodFigures | None = None
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(600, 170)

    def set_figures(self, fig: PeriodFigures | None) -> None:
        self.figures = fig
        self.update()

    def paintEvent(self, _e: QPaintEvent) -> None:  # noqa: N802 - Qt API
        fig = self.figures
        if fig is None or not fig.nights:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(34, 10, -8, -22)
        top = max(max(n.available for n in fig.nights), 1)
        n = len(fig.nights)
        w = r.width() / n
        p.setPen(QPen(QColor("#dddddd"), 1))
        for i in range(0, top + 1, max(1, top // 4)):
            y = r.bottom() - r.height() * i / top
            p.drawLine(int(r.left()), int(y), int(r.right()), int(y))
            p.setPen(QColor("#555555"))
            p.drawText(QRectF(0, y - 8, 28, 16), Qt.AlignmentFlag.AlignRight, str(i))
            p.setPen(QPen(QColor("#dddddd"), 1))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#7a5cb0"))
        for i, night in enumerate(fig.nights):
            h = r.height() * night.occupied / top
            p.drawRect(QRectF(r.left() + i * w + 1, r.bottom() - h, max(1.0, w - 2), h))
        p.setPen(QPen(QColor("#d9822b"), 2))
        last = None
        for i, night in enumerate(fig.nights):
            pt = (r.left() + (i + 0.5) * w, r.bottom() - r.height() * night.available / top)
            if last is not None:
                p.drawLine(int(last[0]), int(last[1]), int(pt[0]), int(pt[1]))
            last = pt
        p.setPen(QColor("#555555"))
        for i, night in enumerate(fig.nights):
            if i % 5 == 0 or n <= 10:
                p.drawText(QRectF(r.left() + i * w - 10, r.bottom() + 4, w + 20, 16),
                           Qt.AlignmentFlag.AlignHCenter, str(night.night.day))
        p.end()


class MonthlyView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelter_monthly")
        self.workspace = workspace
        self.figures: PeriodFigures | None = None
        self.task = None
        today = core_common.today()
        self.month = QComboBox(self)
        self.month.setObjectName("month")
        months = (self.tr("January"), self.tr("February"), self.tr("March"),
                  self.tr("April"), self.tr("May"), self.tr("June"), self.tr("July"),
                  self.tr("August"), self.tr("September"), self.tr("October"),
                  self.tr("November"), self.tr("December"))
        for i, name in enumerate(months, start=1):
            self.month.addItem(name, i)
        self.month.setCurrentIndex(today.month - 1)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year)
        self.pdf = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf.setObjectName("save_pdf")
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        head = QHBoxLayout()
        head.addWidget(month_label)
        head.addWidget(self.month)
        head.addWidget(self.year)
        head.addStretch(1)
        head.addWidget(self.pdf)

        self.message = InlineMessage(self)
        self.chart = NightsChart(self)
        self.chart.setAccessibleName(self.tr("Beds occupied (bars) and available (line) "
                                             "per night"))
        legend = QLabel(self.tr("Bars: beds occupied each night · Line: beds available"),
                        self)
        legend.setObjectName("hintLabel")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("occupancy", self.tr("Occupancy")), ("bed_nights", self.tr("Bed-nights occupied")),
            ("available", self.tr("Bed-nights available")),
            ("women", self.tr("  of women")), ("children", self.tr("  of children")),
            ("peak", self.tr("Most beds occupied on one night")),
            ("admissions", self.tr("People admitted")), ("families", self.tr("Families admitted")),
            ("discharges", self.tr("Discharges")),
            ("average", self.tr("Average length of the stays that ended")),
            ("start", self.tr("Staying at the start")), ("end", self.tr("Staying at the end")),
        ]
        for i, (key, text) in enumerate(rows):
            name = QLabel(text, self)
            value = QLabel(self)
            value.setObjectName(f"fig_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(name, i % 6, (i // 6) * 2)
            self.grid.addWidget(value, i % 6, (i // 6) * 2 + 1)
            self.values[key] = value
        self.grid.setColumnStretch(4, 1)
        self.breakdown = QLabel(self)
        self.breakdown.setObjectName("breakdown")
        self.breakdown.setWordWrap(True)
        self.breakdown.setTextFormat(Qt.TextFormat.PlainText)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 8, 0, 0)
        col.setSpacing(10)
        col.addLayout(head)
        col.addWidget(self.message)
        col.addWidget(self.chart, 1)
        col.addWidget(legend)
        col.addLayout(self.grid)
        col.addWidget(self.breakdown)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.pdf.clicked.connect(lambda: self.save_pdf())

    def refresh(self) -> None:
        self.message.clear()
        try:
            with self.workspace.db.read() as s:
                self.figures = stats.month(s, self.workspace.actor, self.year.value(),
                                           self.month.currentData())
        except Exception as exc:  # noqa: BLE001 - shown in the view
            self.figures = None
            self.message.show_message(error_text(exc))
        self._show()

    def _show(self) -> None:
        fig = self.figures
        self.chart.set_figures(fig)
        if fig is None:
            for v in self.values.values():
                v.clear()
            self.breakdown.clear()
            return
        avg = fig.average_stay
        texts = {
            "occupancy": f"{fig.occupancy * 100:.1f} %", "bed_nights": str(fig.bed_nights),
            "available": str(fig.available_bed_nights), "women": str(fig.bed_nights_women),
            "children": str(fig.bed_nights_children), "peak": str(fig.peak),
            "admissions": str(fig.admissions), "families": str(fig.families),
            "discharges": str(fig.discharges),
            "average": self.tr("{n} nights").format(n=f"{avg:.1f}") if avg is not None
            else "—",
            "start": str(fig.staying_at_start), "end": str(fig.staying_at_end),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        refs = ", ".join(f"{referral_label(k)}: {fig.by_referral[k]}" for k in SOURCES
                         if fig.by_referral.get(k)) or "—"
        reasons = ", ".join(f"{reason_label(k)}: {fig.by_reason[k]}" for k in REASONS
                            if fig.by_reason.get(k)) or "—"
        self.breakdown.setText(self.tr("Admissions by referral (families): {refs}\n"
                                       "Discharges by reason: {reasons}").format(
            refs=refs, reasons=reasons))

    def save_pdf(self, path: Path | None = None, on_done=None) -> None:  # noqa: ANN001
        fig = self.figures
        if fig is None:
            return
        if path is None:
            name = f"ocupacion-{fig.start.year}-{fig.start.month:02d}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the monthly report"),
                                                    name, self.tr("PDF files (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        lang, site = current_language(), self.workspace.site.name
        printed = dt.date.today()

        def done(p: Path) -> None:
            self.message.show_message(self.tr("Saved: {path}").format(path=str(p)),
                                      InlineMessage.OK)
            if on_done is not None:
                on_done(p)

        self.task = run_task(
            self, self.tr("Saving the monthly report…"),
            lambda _p: occupancy_pdf.write_occupancy_pdf(path, fig, lang, site, printed),
            on_done=done, on_error=lambda exc: self.message.show_message(error_text(exc)))
