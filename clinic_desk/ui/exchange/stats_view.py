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


# the columns "dimension" and "value" hold the core's codes (the CSV keeps them); the
# screen shows them in the interface language, reusing each section's own words
DIMENSION_NAMES = {
    "all": QT_TRANSLATE_NOOP("StatisticsSections", "Total"),
    "kind": QT_TRANSLATE_NOOP("StatisticsSections", "Kind"),
    "age_band": QT_TRANSLATE_NOOP("StatisticsSections", "Age group"),
    "sex": QT_TRANSLATE_NOOP("StatisticsSections", "Sex"),
    "sector": QT_TRANSLATE_NOOP("StatisticsSections", "Sector"),
    "risk_level": QT_TRANSLATE_NOOP("StatisticsSections", "Risk level"),
    "violence_type": QT_TRANSLATE_NOOP("StatisticsSections", "Type of violence"),
    "item": QT_TRANSLATE_NOOP("StatisticsSections", "Medicine"),
    "admissions": QT_TRANSLATE_NOOP("StatisticsSections", "Admissions"),
    "discharges": QT_TRANSLATE_NOOP("StatisticsSections", "Discharges"),
    "bed_nights": QT_TRANSLATE_NOOP("StatisticsSections", "Bed-nights"),
    "available_bed_nights": QT_TRANSLATE_NOOP("StatisticsSections",
                                              "Bed-nights available"),
    "occupancy_percent": QT_TRANSLATE_NOOP("StatisticsSections", "Occupancy (%)"),
    "average_stay_nights": QT_TRANSLATE_NOOP("StatisticsSections",
                                             "Average stay (nights)"),
    "referral_source": QT_TRANSLATE_NOOP("StatisticsSections", "Referred by"),
    "discharge_reason": QT_TRANSLATE_NOOP("StatisticsSections", "Reason for leaving"),
}
GROUP_NAMES = {
    "all": QT_TRANSLATE_NOOP("StatisticsSections", "all"),
    "women": QT_TRANSLATE_NOOP("StatisticsSections", "women"),
    "children": QT_TRANSLATE_NOOP("StatisticsSections", "children and dependants"),
    "families": QT_TRANSLATE_NOOP("StatisticsSections", "families"),
}


def dimension_name(key: str) -> str:
    source = DIMENSION_NAMES.get(key)
    return QCoreApplication.translate(SECTIONS_CONTEXT, source) if source else key


def value_name(section: str, dimension: str, value: str) -> str:
    """A value of the statistics in words; sectors, age groups and medicine codes as
    they are."""
    from clinic_desk.ui.people.common import SEXES, VIOLENCE_TYPES, word
    from clinic_desk.ui.sessions.common import SessionTexts
    from clinic_desk.ui.shelter.common import reason_label, referral_label, risk_label

    if dimension == "sex":
        return word(SEXES, value)
    if dimension == "risk_level":
        return risk_label(value)
    if dimension == "violence_type":
        return word(VIOLENCE_TYPES, value)
    if dimension == "kind":
        texts = SessionTexts()
        return texts.community_kind(value) if section == "community_activities" \
            else texts.kind(value)
    if dimension == "referral_source":
        return referral_label(value)
    if dimension == "discharge_reason":
        return reason_label(value)
    source = GROUP_NAMES.get(value)
    return QCoreApplication.translate(SECTIONS_CONTEXT, source) if source else value


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
        self.section.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
            "fewer than 5 people shown as <5. The CSV holds the same figures, with codes "
            "instead of words."), self))
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
            self.table.setItem(i, 1, QTableWidgetItem(r[1]))
            self.table.setItem(i, 2, QTableWidgetItem(dimension_name(r[2])))
            self.table.setItem(i, 3, QTableWidgetItem(value_name(r[0], r[2], r[3])))
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
