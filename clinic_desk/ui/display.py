"""How a folder and this PC's key store are written on screen.

The application shows them as they are: nothing here changes unless the screenshot
tool (clinic_desk/ui/screenshots.py) asks. It renders on throw-away folders under the
system's temporary folder, with an in-memory key store; so that the user guide's
pictures show what a user's PC shows (the data folder of an installed program, a USB
stick, the Windows key store) instead of /tmp paths, it sets `stand_in` for the length
of a run and clears it after. The copied diagnostics always hold the real values."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

# the screenshot tool's rewriting of a path (None: show it as it is), and the key store
# its in-memory stand-in is shown as
_path_rewrite: Callable[[Path], str | None] | None = None
_key_store: str | None = None


def stand_in(paths: Callable[[Path], str | None] | None, key_store: str | None) -> None:
    """For the screenshot tool only: what paths and the key store are shown as
    (`stand_in(None, None)` goes back to the real values)."""
    global _path_rewrite, _key_store
    _path_rewrite, _key_store = paths, key_store


def path_text(path: Path | str) -> str:
    """A folder or file as the user reads it."""
    if _path_rewrite is not None:
        shown = _path_rewrite(Path(path))
        if shown is not None:
            return shown
    return str(path)


def key_store_text(name: str) -> str:
    """The friendly name of this PC's key store (e.g. Windows Credential Manager)."""
    return _key_store if _key_store is not None else name
