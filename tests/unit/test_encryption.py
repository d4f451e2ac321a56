"""Nothing in the data folder is readable without the key."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SITE_NAME

PERSON = "Mamani Huamán Quispe"


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_no_plain_sqlite_and_no_names_in_any_file(workspace, installation):
    workspace.add_user("rquispe", PERSON, ["staff"], "una clave bastante larga")
    workspace.set_setting("autolock_minutes", 7)
    files_open = {p: p.read_bytes() for p in _all_files(installation.paths.root)}  # WAL too
    workspace.close()
    files_closed = {p: p.read_bytes() for p in _all_files(installation.paths.root)}
    assert any(p.name.endswith(".db") for p in files_closed)
    needles = [PERSON, "rquispe", "admin", "Ana Admin", SITE_NAME, "ESPERANZA"]
    for files in (files_open, files_closed):
        for path, data in files.items():
            assert not data.startswith(b"SQLite format 3"), path
            for needle in needles:
                for encoding in ("utf-8", "utf-16-le"):
                    assert needle.encode(encoding) not in data, (path.name, needle)
