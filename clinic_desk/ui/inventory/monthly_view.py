"""Monthly consumption report tab: opening balance, receipts, consumption, transfers,
losses, adjustments, closing balance, stock-out days, monthly use and months of stock
of every medicine a botiquín held in a month; CSV and PDF (this botiquín or all)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from clinic_desk.core.inventory import planning, reports
from clinic_desk.core.inventory.reports import MonthlyReport, MonthlyRow
from clinic_desk.core.reports import stock_pdf
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.inventory.common import (
    LocationTab,
    RowsModel,
    badge_icon,
    buddy_label,
    fmt_date,
    fmt_months,
    fmt_qty,
    named_button,
    report_table,
    tab_column,
    with_empty_state,
)
from clinic_desk.ui.inventory.exporting import export_to, language, safe_name
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import TaskHandle

_Index = QModelIndex | QPersistentModelIndex


class MonthlyModel(RowsModel):
    (ITEM, UNIT, OPENING, RECEIPTS, CONSUMPTION, TRANSFERS, LOSSES, ADJUSTMENTS, CLOSING,
     STOCKOUT, AMC, MONTHS) = range(12)
    COLUMNS = 12
    NUMERIC = range(2, 12)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.report: MonthlyReport | None = None
        self._rows: list[MonthlyRow] = []

    def set_report(self, report: MonthlyReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = list(report.rows) if report else []
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Medicine"), self.tr("Unit"), self.tr("Opening"),
                    self.tr("Received"), self.tr("Consumed"), self.tr("Sent"),
                    self.tr("Losses"), self.tr("Adjusted"), self.tr("Closing"),
                    self.tr("Days out"), self.tr("Monthly use"),
                    self.tr("Months left"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.TRANSFERS: self.tr("Sent to other locations"),
                self.LOSSES: self.tr("Lost, damaged or expired"),
                self.ADJUSTMENTS: self.tr("Other adjustments and stocktake differences"),
                self.STOCKOUT: self.tr("Days without stock in the last three months"),
                self.AMC: self.tr("Average monthly consumption, not counting days without "
                                  "stock"),
            }.get(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            label = " ".join(x for x in (r.name, r.strength, r.form) if x)
            return {
                self.ITEM: label, self.UNIT: r.unit, self.OPENING: fmt_qty(r.opening),
                self.RECEIPTS: fmt_qty(r.receipts), self.CONSUMPTION: fmt_qty(r.consumption),
                self.TRANSFERS: fmt_qty(r.transfers_out), self.LOSSES: fmt_qty(r.losses),
                self.ADJUSTMENTS: fmt_qty(r.adjustments), self.CLOSING: fmt_qty(r.closing),
                self.STOCKOUT: str(r.stockout_days),
                self.AMC: fmt_qty(r.amc.quantize(Decimal("0.1"))) if r.amc is not None else "",
                self.MONTHS: fmt_months(r.months_of_stock),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ITEM:
            return f"{r.code} · {r.name} {r.strength} {r.form}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col in (self.CONSUMPTION, self.CLOSING):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and col == self.STOCKOUT and \
                r.stockout_days > 0:
            return badge_icon("out_of_stock")
        return None


class MonthlyView(LocationTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        today = dt.date.today()
        last = planning.month_start(today, 1)  # last month, the one to report
        self.month = QComboBox(self)
        self.month.setObjectName("month")
        for m in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(m).capitalize(), m)
        self.month.setCurrentIndex(last.month - 1)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(last.year)
        self.year.setGroupSeparatorShown(False)
        month_label = buddy_label(self, self.tr("&Month:"), self.month)
        self.csv_button = named_button(self, self.tr("Save as C&SV…"), "monthly_csv")
        self.pdf_button = named_button(self, self.tr("Save as &PDF…"), "monthly_pdf")
        self.all_button = named_button(self, self.tr("PDF of &all botiquines…"), "monthly_all_pdf")
        self.all_button.setToolTip(self.tr("One PDF with the report of every botiquín you "
                                           "can see, one per page"))
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.all_button.clicked.connect(lambda: self.export_all_pdf())
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(month_label)
        bar.addWidget(self.month)
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.all_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = MonthlyModel(self)
        self.table = report_table(
            self, "monthly_table", self.model, self.tr("Monthly consumption report"),
            MonthlyModel.ITEM, (
                (MonthlyModel.UNIT, 90), *((c, 90) for c in MonthlyModel.NUMERIC),
                (MonthlyModel.STOCKOUT, 90), (MonthlyModel.AMC, 112),
                (MonthlyModel.MONTHS, 108)))
        self.empty, self.stack = with_empty_state(
            self, self.table, self.tr("Nothing to report for this month"),
            self.tr("This botiquín had no stock and no movements in the month chosen. Choose "
                    "another month above."))
        self.message = InlineMessage(self)
        tab_column(self, bar, self.summary, self.message, self.stack)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.setTabOrder(self.month, self.year)
        self.setTabOrder(self.year, self.csv_button)
        self.setTabOrder(self.csv_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.all_button)
        self.setTabOrder(self.all_button, self.table)

    def set_month(self, year: int, month: int) -> None:
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.month.setCurrentIndex(month - 1)
        self.refresh()

    def period(self) -> tuple[int, int]:
        return self.year.value(), int(self.month.currentData())

    def refresh(self) -> None:
        self.message.clear()
        report = None
        if self.location_id:
            year, month = self.period()
            try:
                with self.workspace.db.read() as s:
                    report = reports.monthly_report(s, self.workspace.actor, self.location_id,
                                                    year, month)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.message.show_message(error_text(exc))
        self.model.set_report(report)
        self.stack.setCurrentIndex(0 if report and report.rows else 1)
        if report is not None:
            month_name = QLocale().standaloneMonthName(report.month).capitalize()
            self.summary.setText(self.tr(
                "<b>{location}</b> · {month} {year} ({start} – {end}) · {count} medicines. "
                "Opening + received − consumed − sent − losses ± adjusted = closing.").format(
                    location=report.location_name, month=month_name, year=report.year,
                    start=fmt_date(report.start), end=fmt_date(report.end),
                    count=len(report.rows)))
        else:
            self.summary.setText("")
        self.csv_button.setEnabled(report is not None)
        self.pdf_button.setEnabled(report is not None)

    def _suggested(self, ext: str, everyone: bool = False) -> str:
        year, month = self.period()
        who = "botiquines" if everyone else self.location_name
        return f"{safe_name(f'consumo-{who}')}-{year:04d}-{month:02d}.{ext}"

    def export_csv(self, path: Path | None = None) -> TaskHandle | None:
        report = self.model.report
        if report is None:
            return None
        lang = language()
        return export_to(self, path, self.tr("Save the monthly report as CSV"),
                         self._suggested("csv"), self.tr("CSV files (*.csv)"),
                         self.tr("Saving the report…"),
                         lambda p: reports.monthly_report_csv(report, p, lang))

    def export_pdf(self, path: Path | None = None) -> TaskHandle | None:
        report = self.model.report
        if report is None:
            return None
        lang, site = language(), self.workspace.site.name
        return export_to(self, path, self.tr("Save the monthly report as PDF"),
                         self._suggested("pdf"), self.tr("PDF files (*.pdf)"),
                         self.tr("Making the report PDF…"),
                         lambda p: stock_pdf.write_monthly(report, p, lang, site))

    def export_all_pdf(self, path: Path | None = None) -> TaskHandle | None:
        year, month = self.period()
        lang, site, ws = language(), self.workspace.site.name, self.workspace

        def work(target: Path) -> Path:
            with ws.db.read() as s:
                all_reports = reports.monthly_reports(s, ws.actor, year, month)
            return stock_pdf.write_monthly(all_reports, target, lang, site)

        return export_to(self, path, self.tr("Save the reports of all botiquines as PDF"),
                         self._suggested("pdf", True), self.tr("PDF files (*.pdf)"),
                         self.tr("Making the reports of all botiquines…"), work)
