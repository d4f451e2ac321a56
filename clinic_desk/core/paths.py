"""Where things live in a data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ClinicDesk"


def default_data_dir() -> Path:
    override = os.environ.get("CLINIC_DESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "clinic-desk.db"

    @property
    def keys(self) -> Path:
        return self.root / "keys.json"

    @property
    def unlock_state(self) -> Path:
        return self.root / "unlock-state.json"

    @property
    def lock(self) -> Path:
        return self.root / "clinic-desk.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def waiting(self) -> Path:
        """Bundles kept until the changes before them arrive (still age-encrypted)."""
        return self.root / "waiting"

    @property
    def config(self) -> Path:
        """Plain settings needed before login (language of the login window only)."""
        return self.root / "config.json"
