"""Screenshots of the Intercambio section: the export preview, an import report at a
throwaway central office (made in a temporary folder), the conflicts, the backups and
the keys. Synthetic people are added when the workspace has none."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.display import path_text


def render_exchange_screens(workspace: Workspace, outdir: Path | str,
                            size: tuple[int, int] = (1366, 768)) -> list[Path]:
    from sqlalchemy import func, select

    from clinic_desk.core.exchange import backup, export, import_, keys
    from clinic_desk.core.installation import Installation
    from clinic_desk.core.intake import demo as intake_demo
    from clinic_desk.core.intake.models import Person
    from clinic_desk.core.security.kdf import KdfParams
    from clinic_desk.core.security.roles import Actor, Role
    from clinic_desk.ui.exchange.page import ExchangePage

    app = QApplication.instance() or QApplication([])
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    actor = workspace.actor
    assert actor is not None
    with workspace.db.read() as s:
        people = s.scalar(select(func.count()).select_from(Person)) or 0
    if not people:
        workspace.actor = Actor(actor.user_id, actor.username, actor.full_name,
                                frozenset({*actor.roles, Role.STAFF}))
        intake_demo.fill(workspace, people=60)
        workspace.actor = actor

    def save(widget: QWidget, name: str) -> None:
        for _ in range(6):
            app.processEvents()
        path = out / name
        widget.grab().save(str(path))
        written.append(path)

    def show(widget: QWidget) -> QWidget:
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.resize(*size)
        widget.show()
        return widget

    with tempfile.TemporaryDirectory(prefix="clinic-desk-screens-") as tmp:
        root = Path(tmp)
        centre_inst = Installation(root / "centre", kdf=KdfParams(1, 8 * 1024, 1))
        centre_inst.initialize("CENTRAL", "Oficina central", "admin", "Ana Central",
                               "una frase larga de la oficina central")
        centre = centre_inst.unlock("admin", "una frase larga de la oficina central")
        try:
            with centre.db.write(centre.actor.user_id) as s:
                public, _ = keys.central_init(s)
            with workspace.db.write(actor.user_id) as s:
                if keys.imported_central(s) is None:
                    keys.central_import(s, public.to_json())
            own_key = None
            with workspace.db.read() as s:
                own_key = keys.imported_central(s)
            same_centre = own_key is not None and own_key.fingerprint == public.fingerprint

            page = show(ExchangePage(workspace))
            assert page.export is not None
            page.show_tab(page.export)
            page.export.folder.setText(path_text(root))  # as a user's stick shows
            page.export._previewed(export.export_preview(workspace, full=True))
            save(page, "exchange-export-preview.png")

            if same_centre:
                # a setting changed at the office too: the import keeps one value and
                # lists the other in the conflicts
                current = int(workspace.setting("autolock_minutes") or 5)  # type: ignore[arg-type]
                centre.set_setting("autolock_minutes", current + 3)
                workspace.set_setting("autolock_minutes", current)  # the same value, stored
                result = export.export_bundle(workspace, root, full=True)
                page.export._written(result)
                save(page, "exchange-export-written.png")
                reports = import_.import_bundles(centre, [result.path], trust_new_site=True)
                cpage = show(ExchangePage(centre))
                assert cpage.importer is not None and cpage.conflicts is not None
                cpage.show_tab(cpage.importer)
                cpage.importer.show_chosen([result.path])
                cpage.importer.show_reports(reports, dry_run=False)
                save(cpage, "exchange-import-report.png")
                cpage.show_tab(cpage.conflicts)
                cpage.conflicts.refresh()
                save(cpage, "exchange-conflicts.png")
                cpage.close()
                cpage.deleteLater()

            if page.backups is not None:
                if not page.backups.backups():
                    backup.backup_to(workspace)
                page.show_tab(page.backups)
                page.backups.refresh()
                save(page, "exchange-backups.png")
            if page.keys is not None:
                page.show_tab(page.keys)
                page.keys.refresh()
                save(page, "exchange-keys.png")
            page.close()
            page.deleteLater()
            app.processEvents()
        finally:
            centre.close()
    return written
