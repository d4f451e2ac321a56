"""Locate bundled files (icons, stylesheet, translations) from a source tree or a
PyInstaller bundle. No Qt here: the CLI and the core may use it too."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder that holds `resources/` and `i18n/`.

    In a PyInstaller bundle that is sys._MEIPASS; from a source tree (or an editable
    install) it is the project root, one level above the `clinic_desk` package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return base_dir() / "resources"


def i18n_dir() -> Path:
    return base_dir() / "i18n"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def icon_path(name: str) -> Path:
    """The SVG file of an icon by its short name, e.g. icon_path("lock")."""
    return resource_path("icons", f"{name}.svg")


def stylesheet_path() -> Path:
    return resource_path("style.qss")


def translation_path(language: str) -> Path:
    return i18n_dir() / f"clinic_desk_{language}.qm"


GUIDE_FILES = {"es": ("guia", "guia.pdf"), "en": ("guide", "guide.pdf")}


def guide_path(language: str = "es") -> Path:
    """The user guide PDF in `language` ('es' or 'en'; others get the Spanish one).

    Built by `make guide` into docs/guia/ and docs/guide/, and bundled at the same place
    in the packaged program. It may be missing (a source tree where it was not built);
    callers check is_file()."""
    folder, name = GUIDE_FILES.get(language, GUIDE_FILES["es"])
    return base_dir() / "docs" / folder / name
