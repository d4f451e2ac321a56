"""Audit log tab: who did what and when, a filter by action, and the chain check."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.workspace import VerifyReport, Workspace
from clinic_desk.ui.admin.audit_model import AuditModel, action_label
from clinic_desk.ui.admin.user_dialogs import SPACING, InlineMessage
from clinic_desk.ui.admin.users_view import empty_state, intro_label
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import TaskHandle, run_task


class AuditView(QWidget):
    verified = Signal(object)  # VerifyReport

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = AuditModel(workspace, self)
        self.last_report: VerifyReport | None = None
        self.task: TaskHandle | None = None

        self.filter = QComboBox(self)
        self.filter.setObjectName("action_filter")
        self.filter.setMinimumContentsLength(28)
        self.filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filter_label = QLabel(self.tr("&Show:"), self)
        filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setObjectName("reload_audit")
        self.reload_button.clicked.connect(self.refresh)
        self.verify_button = QPushButton(self.tr("&Verify the database and the log"), self)
        self.verify_button.setObjectName("verify")
        self.verify_button.setToolTip(self.tr(
            "Checks the encryption, the database structure and that no audit entry was "
            "changed, removed or inserted."))
        self.verify_button.clicked.connect(self.verify)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)

        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Audit log"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AuditModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        for col, width in ((AuditModel.TIME, 140), (AuditModel.USER, 120),
                           (AuditModel.ACTION, 300), (AuditModel.TARGET, 170)):
            self.table.setColumnWidth(col, width)

        self.result = InlineMessage(self)
        self.result.setObjectName("verify_result")
        self.empty_hint = empty_state(
            self.tr("No entries to show"),
            self.tr("Nothing of this kind has happened yet. Choose \u201cAll actions\u201d to "
                    "see the whole log."), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_hint)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(SPACING)
        col.addWidget(intro_label(self.tr(
            "Every login, lock, user change and setting change is written here, newest first. "
            "Entries are chained to each other: nobody can change or remove one without the "
            "check below noticing."), self))
        col.addLayout(bar)
        col.addWidget(self.result)
        col.addWidget(self.stack, 1)
        self.setTabOrder(self.filter, self.reload_button)
        self.setTabOrder(self.reload_button, self.verify_button)
        self.setTabOrder(self.verify_button, self.table)
        self.refresh()

    # -- data --------------------------------------------------------------------
    def _fill_filter(self) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All actions"), None)
        for action in self.model.actions_present():
            self.filter.addItem(action_label(action), action)
        index = self.filter.findData(current) if current else 0
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(False)
        self.model.action = self.filter.currentData()

    def refresh(self) -> None:
        try:
            self._fill_filter()
            self.model.reload()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.result.show_message(error_text(exc))
        self._show_table_or_hint()

    def _filter_changed(self, _index: int) -> None:
        self.model.set_action_filter(self.filter.currentData())
        self._show_table_or_hint()

    def set_action_filter(self, action: str | None) -> None:
        index = self.filter.findData(action) if action else 0
        self.filter.setCurrentIndex(max(index, 0))

    def _show_table_or_hint(self) -> None:
        self.stack.setCurrentIndex(0 if self.model.rowCount() else 1)

    # -- verify ------------------------------------------------------------------
    def verify(self) -> TaskHandle | None:
        if self.task is not None and self.task.running:
            return self.task
        self.result.clear()
        self.verify_button.setEnabled(False)
        self.task = run_task(self, self.tr("Checking the database and the audit log…"),
                             lambda _p: self.workspace.verify(),
                             on_done=self._verified, on_error=self._verify_failed)
        return self.task

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result.show_message(error_text(exc))

    def _verified(self, report: VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        self.last_report = report
        kind = InlineMessage.OK if report.ok else InlineMessage.ERROR
        self.result.show_message(self.report_text(report), kind)
        self.refresh()  # the check itself is audited
        self.verified.emit(report)

    def _site_name(self, site_id: str | None) -> str:
        site = self.workspace.site
        if site_id == site.id:
            return f"{site.code} ({site.name})"
        return site_id or "?"

    def report_text(self, report: VerifyReport) -> str:
        chain = report.chain
        lines: list[str] = []
        if report.ok:
            return self.tr(
                "Everything is in order. The encryption check (SQLCipher) and the database "
                "structure check found no problems, and all {count} audit entries are intact "
                "and in order.").format(count=chain.entries)
        if chain.ok:
            lines.append(self.tr("The audit log is intact ({count} entries).")
                         .format(count=chain.entries))
        else:
            reasons = {
                "an entry is missing": self.tr("an entry is missing at this point"),
                "it does not follow the entry before it": self.tr(
                    "it does not follow the entry before it (one was removed or inserted)"),
                "its content was changed": self.tr("its content was changed"),
            }
            lines.append(self.tr(
                "The audit log was altered. First broken entry: number {seq} of site {site} — "
                "{reason}. The entries before it are intact.").format(
                    seq=chain.first_broken_seq, site=self._site_name(chain.first_broken_site),
                    reason=reasons.get(chain.reason or "", chain.reason or "")))
        if report.cipher_errors:
            lines.append(self.tr(
                "The encryption check (SQLCipher) found %n damaged page(s). Make no more "
                "changes and restore the last backup.", "", len(report.cipher_errors)))
        else:
            lines.append(self.tr("The encryption check (SQLCipher) found no damaged pages."))
        if report.integrity_errors:
            lines.append(self.tr(
                "The database structure check found problems: {first}").format(
                    first=report.integrity_errors[0]))
        else:
            lines.append(self.tr("The database structure check found no problems."))
        return "\n".join(lines)

    def focus_default(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
