"""Statistics tab of the Intercambio section: the de-identified figures that
`clinic-desk stats` writes (exchange.stats.stats_rows: counts per month, small cells of
people shown as "<5"), filtered by section, and "Save CSV…" for the municipality or
the Ministry. Computed off the UI thread; nothing here names anyone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.exchange import stats
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.display import path_text
from clinic_desk.ui.exchange.common import last_folder, plain_table, remember_folder
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import TaskHandle, run_task

SECTIONS_CONTEXT = "StatisticsSections"
SECTION_NAMES = {
    "intakes": QT_TRANSLATE_NOOP("StatisticsSections", "Intakes (people)"),
    "sessions": QT_TRANSLATE_NOOP("StatisticsSections", "Sessions"),
    "community_activities": QT_TRANSLATE_NOOP("StatisticsSections", "Community activities"),
    "community_reached": QT_TRANSLATE_NOOP("StatisticsSections", "People reached in the "
                                           "community"),
    "shelter": QT_TRANSLATE_NOOP("StatisticsSections", "Shelter"),
    "medicine_dispensed_milli": QT_TRANSLATE_NOOP("StatisticsSections",
                                                  "Medicine dispensed (thousandths)"),
}


def section_name(key: str) -> str:
    source = SECTION_NAMES.get(key)
    return QCoreApplication.translate(SECTIONS_CONTEXT, source) if source else key


class StatsView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stats_view")
        self.workspace = workspace
        self.rows: list[tuple[str, str, str, str, str]] = []
        self.task: TaskHandle | None = None
        self.loaded = False

        self.message = InlineMessage(self)
        self.section = QComboBox(self)
        self.section.setObjectName("stats_section")
        self.section.currentIndexChanged.connect(self._fill)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setObjectName("stats_refresh")
        self.refresh_button.clicked.connect(self.load)
        self.save_button = QPushButton(self.tr("&Save CSV…"), self)
        self.save_button.setObjectName("stats_save_csv")
        self.save_button.clicked.connect(lambda: self.save_csv())
        self.summary = QLabel(self)
        self.summary.setObjectName("stats_summary")
        self.table = plain_table(self, [self.tr("Section"), self.tr("Month"),
                                        self.tr("Dimension"), self.tr("Value"),
                                        self.tr("Count")])
        self.table.setObjectName("stats_table")
        self.table.setSortingEnabled(False)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:"), self))
        row.addWidget(self.section)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.save_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        col.addWidget(intro_label(self.tr(
            "Counts per month for planning and for the reports the municipality and the "
            "Ministry ask for: no names, documents, dates of birth or notes, and groups of "
            "fewer than 5 people shown as <5. The CSV holds exactly what is shown."), self))
        col.addLayout(row)
        col.addWidget(self.message)
        col.addWidget(self.summary)
        col.addWidget(self.table, 1)
        self._update_buttons()

    def refresh(self) -> None:
        """Shown: compute the figures the first time (Refresh computes them again)."""
        if not self.loaded:
            self.load()

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        self.refresh_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy and bool(self.rows))

    def load(self) -> None:
        if self.workspace.actor is None or (self.task is not None and self.task.running):
            return
        self.message.clear()
        ws = self.workspace
        self.task = run_task(self, self.tr("Counting…"), lambda _p: stats.stats_rows(ws),
                             on_done=self._loaded, on_error=self._failed)
        self._update_buttons()

    def _loaded(self, rows: list[tuple[str, str, str, str, str]]) -> None:
        self.rows = list(rows)
        self.loaded = True
        current = self.section.currentData()
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(self.tr("All sections"), None)
        for key in sorted({r[0] for r in self.rows}, key=section_name):
            self.section.addItem(section_name(key), key)
        index = self.section.findData(current)
        self.section.setCurrentIndex(max(index, 0))
        self.section.blockSignals(False)
        self._fill()
        self._update_buttons()

    def shown_rows(self) -> list[tuple[str, str, str, str, str]]:
        key = self.section.currentData()
        return [r for r in self.rows if key is None or r[0] == key]

    def _fill(self) -> None:
        rows = self.shown_rows()
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(section_name(r[0])))
            for c in (1, 2, 3):
                self.table.setItem(i, c, QTableWidgetItem(r[c]))
            count = QTableWidgetItem(r[4])
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 4, count)
        if not self.rows:
            self.summary.setText(self.tr("Nothing to count yet."))
        else:
            self.summary.setText(self.tr("%n row(s) of figures.", "", len(rows)))

    def save_csv(self, path: Path | None = None) -> TaskHandle | None:
        if not self.rows:
            return None
        if path is None:
            folder = last_folder(self.workspace)
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the statistics"), str(Path(folder or ".") / "stats.csv"),
                self.tr("CSV files (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
            remember_folder(self.workspace, str(path.parent))
        ws, rows, target = self.workspace, list(self.rows), Path(path)

        def work(_p: Any) -> int:
            return stats.write_stats(ws, target, rows)

        def done(n: int) -> None:
            self.message.show_message(self.tr("Saved %n row(s) to {path}", "", n).format(
                path=path_text(target)), InlineMessage.OK)
            self._update_buttons()

        self.task = run_task(self, self.tr("Saving the statistics…"), work, on_done=done,
                             on_error=self._failed)
        self._update_buttons()
        return self.task

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))
        self._update_buttons()
