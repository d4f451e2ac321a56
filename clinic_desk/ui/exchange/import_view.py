"""Import bundles at the central office (consolidation mode): pick the files, trust a
new site's key only after its fingerprint is shown, see what would change (nothing
is changed by the preview), then import; and review the values that lost a merge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from clinic_desk.core.db.models import Site
from clinic_desk.core.exchange import bundle, import_, keys
from clinic_desk.core.exchange.policy import by_name
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.exchange import report_pdf
from clinic_desk.ui.exchange.common import (
    banner,
    bold,
    fmt_when,
    last_folder,
    panel,
    plain_table,
    remember_folder,
    table_name,
)
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import Progress, TaskHandle, run_task
from clinic_desk.ui.widgets import make_primary


def _right(n: int) -> QTableWidgetItem:
    item = QTableWidgetItem(str(n))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ImportView(QWidget):
    imported = Signal(object)  # list[ImportReport]

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_view")
        self.workspace = workspace
        self.paths: list[Path] = []
        self.trust_new_site = False
        self.reports: list[import_.ImportReport] = []
        self.dry_run_done = False
        self.task: TaskHandle | None = None
        self.confirm_trust = self._ask_trust  # tests replace it

        self.message = InlineMessage(self)
        self.no_keys = banner(self)
        self.no_keys.setObjectName("no_central_keys")
        self.choose_button = QPushButton(self.tr("&Choose bundles…"), self)
        self.choose_button.setObjectName("choose_bundles")
        self.choose_button.clicked.connect(self.choose)
        self.import_button = make_primary(QPushButton(self.tr("&Import these bundles"), self))
        self.import_button.setObjectName("import_bundles")
        self.import_button.clicked.connect(self.run_import)
        self.files = QLabel(self)
        self.files.setObjectName("chosen_bundles")
        self.files.setWordWrap(True)

        self.report_panel = panel(self)
        rcol = QVBoxLayout(self.report_panel)
        rcol.setContentsMargins(14, 12, 14, 12)
        self.report_title = bold("", self.report_panel, 1.1)
        self.report_title.setObjectName("report_title")
        self.report_summary = QLabel(self.report_panel)
        self.report_summary.setObjectName("report_summary")
        self.report_summary.setWordWrap(True)
        self.table = plain_table(self.report_panel, [
            self.tr("Kind of record"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"),
            self.tr("Conflicts")])
        self.table.setObjectName("import_report")
        rcol.addWidget(self.report_title)
        rcol.addWidget(self.report_summary)
        self.pdf_task: TaskHandle | None = None
        self.save_pdf_button = report_pdf.make_button(self)
        rcol.addWidget(self.save_pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.table.setMinimumWidth(600)
        self.table.setMaximumWidth(780)
        trow = QHBoxLayout()
        trow.addWidget(self.table, 1)
        trow.addStretch(0)
        rcol.addLayout(trow, 1)
        self.report_panel.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        col.addWidget(intro_label(self.tr(
            "Bring the bundles the sites wrote to a USB stick. Each one is checked (that it "
            "is for this office, signed by a site this office trusts, and unchanged) and "
            "shown before anything is imported; a bundle goes in whole or not at all."), self))
        col.addWidget(self.no_keys)
        col.addLayout(buttons)
        col.addWidget(self.files)
        col.addWidget(self.message)
        col.addWidget(self.report_panel, 1)
        col.addStretch(0)
        self.refresh()

    def refresh(self) -> None:
        with self.workspace.db.read() as s:
            centre = keys.has_central_keys(s)
        self.no_keys.setVisible(not centre)
        self.no_keys.setText(self.tr(
            "This office has no central keys, so it cannot open bundles. Only the central "
            "office imports: it creates its keys once with clinic-desk keys central-init "
            "and gives the public key file to every site."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        with self.workspace.db.read() as s:
            centre = keys.has_central_keys(s)
        self.choose_button.setEnabled(centre and not busy)
        self.import_button.setEnabled(centre and not busy and bool(self.paths)
                                      and self.dry_run_done)

    # -- choosing, trusting, previewing --------------------------------------------------
    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Bundles to import"), last_folder(self.workspace),
            self.tr("Clinic Desk bundles (*.cdbundle);;All files (*)"))
        if names:
            remember_folder(self.workspace, str(Path(names[0]).parent))
            self.load([Path(n) for n in names])

    def load(self, paths: list[Path]) -> None:
        """Check the chosen bundles, ask about new sites, then preview (a dry run)."""
        self.paths = list(paths)
        self.trust_new_site = False
        self.dry_run_done = False
        self.reports = []
        self.message.clear()
        self.report_panel.hide()
        self.show_chosen(self.paths)
        ws, chosen = self.workspace, list(self.paths)
        self.task = run_task(self, self.tr("Opening the bundles…"),
                             lambda _p: import_.inspect_bundles(ws, chosen),
                             on_done=self._inspected, on_error=self._failed)
        self._update_buttons()

    def show_chosen(self, paths: list[Path]) -> None:
        self.files.setText(self.tr("Chosen: {files}").format(
            files=", ".join(p.name for p in paths)))

    def _inspected(self, infos: list[import_.BundleInfo]) -> None:
        new_sites = {i.site_id: i for i in infos if not i.trusted and not i.key_changed}
        for info in new_sites.values():
            if not self.confirm_trust(info):
                self.paths = []
                self.message.show_message(self.tr(
                    "Nothing was imported: the key of site {code} was not trusted.").format(
                    code=info.site_code), InlineMessage.INFO)
                self._update_buttons()
                return
        self.trust_new_site = bool(new_sites)
        self._run(dry_run=True)

    def _ask_trust(self, info: import_.BundleInfo) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A new site"), self.tr(
            "The bundle {file} comes from site {code} ({name}), whose key this office does "
            "not trust yet.\n\nFingerprint of its key:\n{fp}\n\nCall the site and read the "
            "fingerprint together (the site sees it in Exchange → Keys). Trust this site's "
            "key only if every group matches.").format(
            file=info.path.name, code=info.site_code, name=info.site_name or info.site_code,
            fp=keys.pretty(info.fingerprint)), QMessageBox.StandardButton.NoButton, self)
        trust = box.addButton(self.tr("The fingerprint matches: &trust it"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Do not trust"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is trust

    # -- importing ----------------------------------------------------------------------
    def run_import(self) -> None:
        if self.paths and self.dry_run_done:
            self._run(dry_run=False)

    def _run(self, dry_run: bool) -> None:
        ws, paths, trust = self.workspace, list(self.paths), self.trust_new_site

        def work(progress: Progress) -> Any:
            def report(done: int, total: int) -> bool:
                progress.report(done, total, "")
                return not progress.cancelled

            return import_.import_bundles(ws, paths, dry_run=dry_run, trust_new_site=trust,
                                          progress=report)

        title = (self.tr("Checking what would change…") if dry_run
                 else self.tr("Importing the bundles…"))
        self.task = run_task(self, title, work,
                             on_done=lambda r: self._done(r, dry_run), on_error=self._failed,
                             cancellable=True, on_cancelled=self._cancelled)
        self._update_buttons()

    def _done(self, reports: list[import_.ImportReport], dry_run: bool) -> None:
        self.reports = reports
        self.dry_run_done = dry_run
        if not dry_run:
            self.paths = []
        self.show_reports(reports, dry_run)
        self._update_buttons()
        if not dry_run:
            self.imported.emit(reports)

    def show_reports(self, reports: list[import_.ImportReport], dry_run: bool) -> None:
        all_kept = bool(reports) and all(r.held for r in reports)
        self.report_title.setText(
            self.tr("What would change — nothing has been imported yet") if dry_run
            else self.tr("Kept until the earlier bundle arrives — nothing imported yet")
            if all_kept else self.tr("Imported"))
        lines = []
        for r in reports:
            t = r.totals
            if dry_run:
                line = self.tr(
                    "{file} from site {code}: new {new}, updated {updated}, unchanged "
                    "{unchanged}, conflicts {conflicts}.")
            else:
                line = self.tr(
                    "{file} from site {code} was imported: new {new}, updated {updated}, "
                    "unchanged {unchanged}, conflicts {conflicts}.")
            if not (r.held and r.gap):  # a kept bundle changed nothing: the gap line says so
                lines.append(line.format(file=r.bundle, code=r.site_code, new=t.new,
                                         updated=t.updated, unchanged=t.unchanged,
                                         conflicts=t.conflicts))
            if r.already_imported:
                lines.append(self.tr("This bundle was imported before: nothing changes."))
            if r.held and r.gap:
                lines.append(self.tr(
                    "Changes {first}..{last} of site {code} have not been imported here yet: "
                    "this bundle is kept and applied by itself once they arrive. Import the "
                    "missing bundle, or ask the site for a full export.").format(
                    first=r.gap[0] + 1, last=r.gap[1], code=r.site_code))
            if r.kept_since:
                lines.append(self.tr("It was kept until the changes before it arrived; "
                                     "applied now."))
            if r.trusted_now:
                lines.append(self.tr("The key of site {code} is trusted from now on "
                                     "(fingerprint {fp}).").format(
                    code=r.site_code, fp=keys.pretty(r.trusted_now)))
            if r.redacted:
                lines.append(self.tr("%n people of site {code} withdrew their consent: "
                                     "their name and notes are removed here.", "",
                                     r.redacted).format(code=r.site_code))
            lines.extend(report_pdf.state_lines(r))
        self.report_summary.setText("\n".join(lines))
        merged: dict[str, import_.TableReport] = {}
        for r in reports:
            for name, tr in [*r.tables.items(), ("(pseudonymised people)", r.pseudonyms)]:
                m = merged.setdefault(name, import_.TableReport())
                m.new += tr.new
                m.updated += tr.updated
                m.unchanged += tr.unchanged
                m.conflicts += tr.conflicts
        self.table.setRowCount(0)
        for name, m in sorted(merged.items(), key=lambda kv: table_name(kv[0])):
            if not (m.new or m.updated or m.unchanged or m.conflicts):
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(table_name(name)))
            for c, n in enumerate((m.new, m.updated, m.unchanged, m.conflicts), start=1):
                self.table.setItem(row, c, _right(n))
        self.table.setVisible(self.table.rowCount() > 0)  # a kept bundle: no figures
        self.save_pdf_button.setVisible(bool(reports))
        self.report_panel.show()

    def _cancelled(self) -> None:
        self.message.show_message(self.tr("Import cancelled; the bundle being imported was "
                                          "left out whole."), InlineMessage.INFO)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, bundle.Cancelled):
            self._cancelled()
            return
        self.dry_run_done = False
        self.report_panel.hide()
        self.message.show_message(error_text(exc))
        self._update_buttons()


class ConflictsView(QWidget):
    """Values that lost a last-writer-wins merge, newest first."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_view")
        self.workspace = workspace
        self.message = InlineMessage(self)
        self.table = plain_table(self, [
            self.tr("Kind of record"), self.tr("Record"), self.tr("Field"), self.tr("Kept value"),
            self.tr("Overwritten value"), self.tr("Site that lost"), self.tr("When")])
        self.table.setObjectName("conflicts_table")
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, self.table.horizontalHeader().ResizeMode.ResizeToContents)
        for c in (3, 4):
            self.table.horizontalHeader().setSectionResizeMode(
                c, self.table.horizontalHeader().ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No conflicts: no two sites changed the same record "
                                    "differently."), self)
        self.empty.setObjectName("no_conflicts")
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(intro_label(self.tr(
            "When two sites changed the same record, the later change is kept and the other "
            "value is listed here so someone can check it."), self))
        col.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.empty)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        col.addLayout(row)
        col.addWidget(self.table, 20)
        col.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.message.clear()
        try:
            rows = self._rows()
        except Exception as exc:  # noqa: BLE001 - shown in the page
            self.message.show_message(error_text(exc))
            return
        self.table.setRowCount(0)
        for values in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def _rows(self) -> list[tuple[str, ...]]:
        policies = by_name()
        out: list[tuple[str, ...]] = []
        with self.workspace.db.read() as s:
            sites = dict(s.execute(select(Site.id, Site.code)).all())
            for c in import_.conflicts(s):
                try:
                    lost = json.loads(c.loser_values or "{}")
                except ValueError:
                    lost = {}
                pol = policies.get(c.table_name)
                current: dict[str, Any] = {}
                if pol is not None:
                    hit = s.execute(select(pol.table).where(pol.table.c.id == c.row_id)).first()
                    current = dict(hit._mapping) if hit is not None else {}
                record = next((str(current[k]) for k in ("key", "code") if current.get(k)),
                              c.row_id[:8])
                site = sites.get(c.loser_site or "", self.tr("this office"))
                when = fmt_when(c.detected_at)
                if not lost:
                    out.append((table_name(c.table_name), record, "—", "—",
                                self.tr("(removed)"), site, when))
                for field, value in sorted(lost.items()):
                    kept = bundle.encode_value(current.get(field)) if current else "—"
                    out.append((table_name(c.table_name), record, field,
                                "" if kept is None else str(kept),
                                "" if value is None else str(value), site, when))
        return out
