"""Keys: this site's signing key (its fingerprint, and the file the central office
trusts), the central office's key, and at the centre the sites it trusts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.atomic import atomic_write_bytes
from clinic_desk.core.exchange import keys
from clinic_desk.core.security import audit
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.user_dialogs import InlineMessage
from clinic_desk.ui.admin.users_view import intro_label
from clinic_desk.ui.exchange.common import bold, fmt_when, last_folder, panel, plain_table
from clinic_desk.ui.exchange.export_view import import_central_key
from clinic_desk.ui.messages import error_text


class KeysView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keys_view")
        self.workspace = workspace
        actor = workspace.actor
        self.can_export = actor is not None and actor.can(Perm.EXPORT)
        self.can_import = actor is not None and actor.can(Perm.IMPORT)
        self.message = InlineMessage(self)

        box = panel(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(14, 12, 14, 12)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.site_fp = self._value(box, "site_fingerprint")
        self.central_fp = self._value(box, "central_fingerprint")
        self.own_central = self._value(box, "own_central_fingerprint")
        grid.addWidget(bold(self.tr("This site's key"), box), 0, 0)
        grid.addWidget(self.site_fp, 0, 1)
        grid.addWidget(bold(self.tr("Central office key"), box), 1, 0)
        grid.addWidget(self.central_fp, 1, 1)
        self.no_central = QLabel(self.tr(
            "The central office shows its key fingerprint when it creates its keys "
            "(clinic-desk keys central-init); its key file is imported here."), box)
        self.no_central.setWordWrap(True)
        grid.addWidget(self.no_central, 3, 0, 1, 2)
        self.own_head = bold(self.tr("Central keys of this office"), box)
        grid.addWidget(self.own_head, 2, 0)
        grid.addWidget(self.own_central, 2, 1)

        self.save_button = QPushButton(self.tr("&Save this site's key file…"), self)
        self.save_button.setObjectName("save_site_key")
        self.save_button.clicked.connect(self.save_site_key)
        self.import_button = QPushButton(self.tr("Import central office &key…"), self)
        self.import_button.setObjectName("keys_import_central")
        self.import_button.clicked.connect(self.import_key)
        self.save_button.setVisible(self.can_export)
        self.import_button.setVisible(self.can_export)
        self.trusted_head = bold(self.tr("Sites this office trusts"), self)
        self.trusted = plain_table(self, [self.tr("Site"), self.tr("Fingerprint"),
                                          self.tr("How"), self.tr("Since")])
        self.trusted.setObjectName("trusted_sites")

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        col.addWidget(intro_label(self.tr(
            "A fingerprint is read aloud to check a key over the phone: the central office "
            "sees the same groups for this site before it trusts its bundles."), self))
        col.addWidget(box)
        col.addLayout(buttons)
        col.addWidget(self.message)
        col.addWidget(self.trusted_head)
        col.addWidget(self.trusted, 3)
        col.addStretch(1)
        self.refresh()

    def _value(self, parent: QWidget, name: str) -> QLabel:
        lab = QLabel(parent)
        lab.setObjectName(name)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = lab.font()
        font.setFamily("monospace")
        lab.setFont(font)
        return lab

    def refresh(self) -> None:
        ws = self.workspace
        if ws.actor is None:
            return
        with ws.db.write(ws.actor.user_id) as s:
            keys.site_signing_key(s, ws.site.id)  # made on first use, as keys show does
            site = keys.site_public(s, ws.site.id, ws.site.code)
            central = keys.imported_central(s)
            own = keys.central_public(s)
            trusted = [(t.site_code, t.fingerprint, t.how, t.trusted_at)
                       for t in keys.trusted_sites(s)]
        self.site_fp.setText(keys.pretty(site.fingerprint) if site else "")
        self.central_fp.setText(keys.pretty(central.fingerprint) if central else self.tr(
            "Not imported yet"))
        self.own_head.setVisible(own is not None)
        self.own_central.setVisible(own is not None)
        self.own_central.setText(keys.pretty(own.fingerprint) if own else "")
        self.no_central.setVisible(central is None and own is None)
        self.trusted.setRowCount(0)
        hows = {"file": self.tr("from its key file"),
                "first_import": self.tr("on its first import")}
        for code, fp, how, at in trusted:
            r = self.trusted.rowCount()
            self.trusted.insertRow(r)
            for c, v in enumerate((code, keys.pretty(fp), hows.get(how, how), fmt_when(at))):
                self.trusted.setItem(r, c, QTableWidgetItem(v))
        show = own is not None or bool(trusted)
        self.trusted_head.setVisible(show)
        self.trusted.setVisible(show)

    def save_site_key(self) -> None:
        ws = self.workspace
        suggested = str(Path(last_folder(ws) or Path.home()) / f"{ws.site.code}.site-key.json")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save this site's key file"),
                                              suggested, self.tr("Key files (*.json)"))
        if not name:
            return
        self.message.clear()
        try:
            with ws.db.write(ws.actor.user_id) as s:
                site = keys.site_public(s, ws.site.id, ws.site.code)
                assert site is not None
                atomic_write_bytes(Path(name), site.to_json(), mode=0o644)
                audit.record(s, "site_key_written", ws.actor, target=site.fingerprint[:16])
        except Exception as exc:  # noqa: BLE001 - one sentence in the page
            self.message.show_message(error_text(exc))
            return
        self.message.show_message(self.tr(
            "Site key file written to {path}. Give it to the central office; it holds no "
            "secret.").format(path=name), InlineMessage.OK)

    def import_key(self) -> None:
        self.message.clear()
        try:
            new = import_central_key(self, self.workspace)
        except Exception as exc:  # noqa: BLE001
            self.message.show_message(error_text(exc))
            return
        if new is not None:
            self.message.show_message(self.tr(
                "Central office key imported. Fingerprint: {fp}").format(
                fp=keys.pretty(new.fingerprint)), InlineMessage.OK)
        self.refresh()
