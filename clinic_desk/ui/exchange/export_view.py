"""Export to a USB stick: choose the folder, see what will travel (and what stays)
before anything is written, then write the bundle with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.exchange import bundle, export, keys
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.display import path_text
from clinic_desk.ui.exchange.common import (
    banner,
    bold,
    fmt_size,
    fmt_when,
    last_folder,
    panel,
    parse_utc,
    plain_table,
    remember_folder,
    table_name,
)
from clinic_desk.ui.messages import error_text
from clinic_desk.ui.tasks import Progress, TaskHandle, run_task
from clinic_desk.ui.widgets import make_primary


def import_central_key(parent: QWidget, ws: Workspace) -> keys.CentralPublic | None:
    """File picker -> keys.install_central_key (permission and audit in the core).
    Returns the key, or None."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ExportView", "Central office key file"),
        last_folder(ws),
        QCoreApplication.translate("ExportView", "Key files (*.json);;All files (*)"))
    if not path:
        return None
    actor = ws.actor
    try:
        raw = Path(path).read_bytes()
    except OSError:
        from clinic_desk.core.errors import InvalidInput

        raise InvalidInput("The file {file} cannot be read.", file=path) from None
    with ws.db.write(actor.user_id) as s:
        new, _previous = keys.install_central_key(s, actor, raw)
    return new


class ExportView(QWidget):
    exported = Signal(object)  # ExportResult

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_view")
        self.workspace = workspace
        self.preview: export.ExportPreview | None = None
        self.result: export.ExportResult | None = None
        self.task: TaskHandle | None = None
        self.progress_hook = None  # tests: called with the Progress on every report

        self.message = InlineMessage(self)
        self.key_banner = banner(self)
        self.key_banner.setObjectName("central_key_banner")
        self.import_key_button = QPushButton(self.tr("Import central office &key…"), self)
        self.import_key_button.setObjectName("import_central_key")
        self.import_key_button.clicked.connect(self.import_key)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("last_export")
        self.last_label.setWordWrap(True)

        self.folder = QLineEdit(self)
        self.folder.setObjectName("export_folder")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("No folder chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose folder…"), self)
        self.choose_button.setObjectName("choose_export_folder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.incremental = QRadioButton(self.tr("&Only what changed since the last export"), self)
        self.full = QRadioButton(self.tr("&Everything (a full export)"), self)
        self.incremental.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.incremental)
        group.addButton(self.full)
        self.full.toggled.connect(lambda _on: self._invalidate())
        self.preview_button = QPushButton(self.tr("&See what will travel"), self)
        self.preview_button.setObjectName("preview_export")
        self.preview_button.clicked.connect(self.show_preview)
        self.write_button = make_primary(QPushButton(self.tr("&Write the bundle"), self))
        self.write_button.setObjectName("write_bundle")
        self.write_button.clicked.connect(self.write)

        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        form.addWidget(bold(self.tr("USB stick folder"), self), 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        form.addLayout(row, 0, 1)
        form.addWidget(bold(self.tr("What to export"), self), 1, 0, Qt.AlignmentFlag.AlignTop)
        kinds = QVBoxLayout()
        kinds.addWidget(self.incremental)
        kinds.addWidget(self.full)
        form.addLayout(kinds, 1, 1)
        form.setColumnStretch(1, 1)

        # the preview, in plain words
        self.preview_panel = panel(self)
        self.preview_panel.setObjectName("exchangePanel")
        pcol = QVBoxLayout(self.preview_panel)
        pcol.setContentsMargins(14, 12, 14, 12)
        self.preview_title = bold("", self.preview_panel, 1.1)
        self.identified = QLabel(self.preview_panel)
        self.identified.setObjectName("preview_identified")
        self.pseudonymised = QLabel(self.preview_panel)
        self.pseudonymised.setObjectName("preview_pseudonymised")
        self.redacted = QLabel(self.preview_panel)
        self.redacted.setObjectName("preview_redacted")
        self.withheld = QLabel(self.preview_panel)
        self.withheld.setObjectName("preview_withheld")
        for lab in (self.identified, self.pseudonymised, self.redacted, self.withheld):
            lab.setWordWrap(True)
        self.rows = plain_table(self.preview_panel, [
            self.tr("Kind of record"), self.tr("Travel"), self.tr("Stay at this site")])
        self.rows.setObjectName("preview_rows")
        pcol.addWidget(self.preview_title)
        prow = QHBoxLayout()
        prow.setSpacing(18)
        words = QVBoxLayout()
        words.setSpacing(8)
        for lab in (self.identified, self.pseudonymised, self.redacted, self.withheld):
            words.addWidget(lab)
        words.addStretch(1)
        prow.addLayout(words, 1)
        self.rows.setMaximumWidth(620)
        self.rows.setMinimumWidth(460)
        prow.addWidget(self.rows, 1)
        pcol.addLayout(prow, 1)
        self.preview_panel.hide()

        self.done_banner = banner(self, ok=True)
        self.done_banner.setObjectName("export_done")
        self.done_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.write_button)
        buttons.addStretch(1)

        keyrow = QHBoxLayout()
        keyrow.addWidget(self.key_banner, 1)
        keyrow.addWidget(self.import_key_button, 0, Qt.AlignmentFlag.AlignTop)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        col.addWidget(intro_label(self.tr(
            "An export puts what changed at this site into one encrypted file for the central "
            "office. Only what each woman's consent allows travels with her name; everyone "
            "else travels as a code with figures for planning."), self))
        col.addLayout(keyrow)
        col.addWidget(self.last_label)
        col.addLayout(form)
        col.addLayout(buttons)
        col.addWidget(self.message)
        col.addWidget(self.done_banner)
        col.addWidget(self.preview_panel, 1)
        col.addStretch(0)
        self.folder.setText(last_folder(workspace))
        self.refresh()

    # -- state ---------------------------------------------------------------------
    def central_key(self) -> keys.CentralPublic | None:
        with self.workspace.db.read() as s:
            return keys.imported_central(s)

    def refresh(self) -> None:
        central = self.central_key()
        if central is None:
            self.key_banner.setText(self.tr(
                "This site has not imported the central office's key yet, so it cannot "
                "export. Ask the central office for its key file (made there with "
                "clinic-desk keys central-init), then choose it with \"Import central office "
                "key…\" (or run clinic-desk keys central-import FILE)."))
            self.key_banner.show()
            self.import_key_button.show()
        else:
            self.key_banner.hide()
            self.import_key_button.hide()
        with self.workspace.db.read() as s:
            state = export.read_state(s, export.STATE_KEY)
        if state and central is not None and state.get("centre") == central.fingerprint:
            self.last_label.setText(self.tr("Last export: {when} ({file}).").format(
                when=fmt_when(parse_utc(state.get("at"))), file=state.get("file", "")))
        else:
            self.last_label.setText(self.tr(
                "Nothing has been exported to this central office yet: the first export "
                "takes everything."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        has_key = self.central_key() is not None
        self.preview_button.setEnabled(has_key and not busy)
        self.write_button.setEnabled(has_key and not busy and self.preview is not None
                                     and bool(self.folder.text()))

    def _invalidate(self) -> None:
        self.preview = None
        self.preview_panel.hide()
        self._update_buttons()

    # -- actions -------------------------------------------------------------------
    def import_key(self) -> None:
        self.message.clear()
        try:
            new = import_central_key(self, self.workspace)
        except Exception as exc:  # noqa: BLE001 - one sentence in the page
            self.message.show_message(error_text(exc))
            return
        if new is not None:
            self.message.show_message(self.tr(
                "Central office key imported. Fingerprint: {fp}").format(
                fp=keys.pretty(new.fingerprint)), InlineMessage.OK)
        self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder on the USB stick"), self.folder.text() or last_folder(
                self.workspace))
        if folder:
            self.folder.setText(folder)
            remember_folder(self.workspace, folder)
        self._update_buttons()

    def show_preview(self) -> None:
        self.message.clear()
        self.done_banner.hide()
        full = self.full.isChecked()
        ws = self.workspace
        self.task = run_task(self, self.tr("Counting what will travel…"),
                             lambda _p: export.export_preview(ws, full=full),
                             on_done=self._previewed, on_error=self._failed)
        self._update_buttons()

    def _previewed(self, preview: export.ExportPreview) -> None:
        self.preview = preview
        first = preview.full and not self.full.isChecked()
        self.preview_title.setText(
            self.tr("The first export to this central office takes everything this site "
                    "holds, shaped by consent.") if first else
            self.tr("A full export: everything this site holds, shaped by consent.")
            if preview.full else
            self.tr("Changes since the last export (%n change(s)).", "", preview.changes))
        self.identified.setText(self.tr(
            "%n people travel with their name: their consent covers sending their "
            "record to the central office.", "", preview.identified_people))
        self.pseudonymised.setText(self.tr(
            "%n people travel without their name, as a code with age band, sector, "
            "violence types, risk level and counts — enough for planning.", "",
            preview.pseudonymised_people))
        self.redacted.setVisible(bool(preview.redacted_people))
        self.redacted.setText(self.tr(
            "%n people withdrew their consent: the central office will remove their "
            "name and notes and keep only their figures.", "", preview.redacted_people))
        withheld = sum(preview.withheld.values())
        self.withheld.setText(self.tr(
            "Stays at this site: %n record(s) of people without that consent, the text "
            "of notes that are not covered by everyone's consent, and the details of the "
            "audit log (only its fingerprints travel).", "", withheld))
        names = sorted(set(preview.rows) | set(preview.withheld),
                       key=lambda n: (-(preview.rows.get(n, 0) + preview.withheld.get(n, 0)),
                                      table_name(n)))
        self.rows.setRowCount(0)
        for name in names:
            r = self.rows.rowCount()
            self.rows.insertRow(r)
            self.rows.setItem(r, 0, QTableWidgetItem(table_name(name)))
            for c, n in ((1, preview.rows.get(name, 0)), (2, preview.withheld.get(name, 0))):
                item = QTableWidgetItem(str(n))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.rows.setItem(r, c, item)
        self.preview_panel.show()
        self._update_buttons()
        if not self.folder.text():
            self.message.show_message(self.tr("Choose the folder on the USB stick to write "
                                              "the bundle."), InlineMessage.INFO)

    def write(self) -> None:
        if self.preview is None or not self.folder.text():
            return
        self.message.clear()
        self.done_banner.hide()
        ws, folder, full = self.workspace, Path(self.folder.text()), self.preview.full
        hook = self.progress_hook

        def work(progress: Progress) -> Any:
            def report(done: int, total: int) -> bool:
                progress.report(done, total, "")
                if hook is not None:
                    hook(progress)
                return not progress.cancelled

            return export.export_bundle(ws, folder, full=full, progress=report)

        self.task = run_task(self, self.tr("Writing the bundle…"), work,
                             on_done=self._written, on_error=self._failed,
                             cancellable=True, on_cancelled=self._cancelled)
        self._update_buttons()

    def _written(self, result: export.ExportResult) -> None:
        self.result = result
        self.preview = None
        self.preview_panel.hide()  # what it showed is written now; a new export previews again
        self.done_banner.setText(self.tr(
            "Bundle written and checked: {path} ({size}). It was read back from the stick: "
            "it is safe to remove it.").format(path=path_text(result.path),
                                              size=fmt_size(result.size)))
        self.done_banner.show()
        self.exported.emit(result)
        self.refresh()

    def _cancelled(self) -> None:
        self.message.show_message(self.tr("Export cancelled; nothing was written."),
                                  InlineMessage.INFO)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, bundle.Cancelled):
            self._cancelled()
            return
        self.message.show_message(error_text(exc))
        self._update_buttons()
