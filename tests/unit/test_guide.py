"""The user guides (docs/guia/guia.md, docs/guide/guide.md) and their PDF builder.

Fast: the full screenshot set is not rendered here (`make guide` does that); the guides
are checked against the screenshot tool's list of names, and the builder runs on a tiny
sample."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_desk import resources
from clinic_desk.ui.screenshots import LANGUAGES, SCREEN_NAMES, SHOTS

ROOT = Path(__file__).resolve().parents[2]
GUIDES = {"es": ROOT / "docs" / "guia" / "guia.md", "en": ROOT / "docs" / "guide" / "guide.md"}
PICTURE = re.compile(r"^\.\./\.\./screenshots/(?P<lang>[a-z]{2})/(?P<name>[\w.-]+\.png)$")


def _builder():
    spec = importlib.util.spec_from_file_location("clinic_desk_build_guide",
                                                  ROOT / "docs" / "build_guide.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _builder()


def _text(lang: str) -> str:
    return GUIDES[lang].read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_guide_exists_with_a_title_and_sections(lang: str) -> None:
    meta, blocks = build.parse(_text(lang))
    assert meta.get("title")
    sections = [b.text for b in blocks if b.kind == "heading" and b.level == 2]
    assert len(sections) >= 10, sections


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_every_picture_is_one_the_screenshot_tool_writes(lang: str) -> None:
    pictures = build.images(_text(lang))
    assert len(pictures) >= 40
    for path in pictures:
        match = PICTURE.match(path)
        assert match, f"{path}: pictures come from ../../screenshots/{lang}/NAME.png"
        assert match["lang"] == lang, f"{path}: a picture in the other language"
        assert match["name"] in SCREEN_NAMES, (
            f"{path}: not in clinic_desk.ui.screenshots.SHOTS (make screenshots would not "
            "write it)")
        # resolved from the guide's folder, it lands in the folder `make screenshots` fills
        resolved = (GUIDES[lang].parent / path).resolve()
        assert resolved.parent == (ROOT / "screenshots" / lang).resolve()


def test_both_guides_have_the_same_sections_and_pictures_in_the_same_order() -> None:
    es, en = _text("es"), _text("en")
    assert [level for level, _ in build.headings(es)] == \
        [level for level, _ in build.headings(en)]
    assert [Path(p).name for p in build.images(es)] == [Path(p).name for p in build.images(en)]


def test_the_spanish_guide_covers_what_the_issue_asks_for() -> None:
    sections = [t.lower() for level, t in build.headings(_text("es")) if level == 2]
    for words in ("primer inicio", "ingresar y bloquear", "personal del albergue",
                  "psicólogas", "promotoras", "administración", "copias de seguridad",
                  "memoria usb", "olvidó su contraseña", "algo falla"):
        assert any(words in s for s in sections), words


def test_the_screenshot_list_covers_every_main_screen_in_both_languages() -> None:
    assert set(LANGUAGES) == set(GUIDES)
    for group in ("wizard", "login", "home", "people", "sessions", "shelter", "inventory",
                  "exchange", "admin", "lock"):
        assert SHOTS[group], group
    shown = {Path(p).name for p in build.images(_text("es"))}
    assert len(shown) >= len(SCREEN_NAMES) * 0.8  # the guide shows most of the screens


def test_markdown_subset_is_parsed() -> None:
    meta, blocks = build.parse(
        "---\ntitle: T\n---\n<!-- a comment\nover two lines -->\n## One\n\nSome **bold** and\n"
        "*italic* text.\n\n- a\n- b\n  continued\n\n1. first\n2. second\n\n> a note\n\n"
        "![Cap](x.png){width=50%}\n")
    assert meta == {"title": "T"}
    assert [b.kind for b in blocks] == ["heading", "para", "bullets", "numbers", "note", "image"]
    assert blocks[2].items == ["a", "b continued"]
    assert blocks[5].path == "x.png" and blocks[5].width == 50
    assert build.inline("**F12** & *usted* `make`") == \
        '<b>F12</b> &amp; <i>usted</i> <font face="Courier">make</font>'


def test_builder_writes_a_pdf_from_a_small_guide(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (400, 240), "#5b3f8f").save(tmp_path / "shot.png")
    source = ("---\ntitle: Guía de prueba\nsubtitle: Una muestra\n---\n\n"
              "## Primer inicio\n\nUn párrafo con **negrita** y *cursiva*.\n\n"
              "### Un paso\n\n1. Uno\n2. Dos\n\n![Una imagen](shot.png)\n\n"
              "## Si olvidó su contraseña\n\n- Use el código de recuperación.\n")
    out = tmp_path / "guia.pdf"
    missing = build.build_pdf(source, out, tmp_path, "es", strict=True)
    assert missing == []
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Primer inicio" in text
        assert "Si olvidó su contraseña" in text
        assert "Contenido" in text  # the table of contents
        assert "página 3" in text


def test_builder_refuses_a_missing_picture_when_strict(tmp_path: Path) -> None:
    source = "## A\n\n![Missing](nowhere.png)\n"
    assert build.build_pdf(source, tmp_path / "a.pdf", tmp_path, "en") == ["nowhere.png"]
    with pytest.raises(FileNotFoundError):
        build.build_pdf(source, tmp_path / "b.pdf", tmp_path, "en", strict=True)
    assert not (tmp_path / "b.pdf").exists()


def test_guide_path_per_language_is_where_make_guide_writes_and_the_spec_bundles() -> None:
    assert resources.guide_path("es") == resources.base_dir() / "docs" / "guia" / "guia.pdf"
    assert resources.guide_path("en") == resources.base_dir() / "docs" / "guide" / "guide.pdf"
    assert resources.guide_path("qu") == resources.guide_path("es")
    for lang, (_src, pdf) in build.GUIDES.items():
        assert pdf == ROOT / resources.guide_path(lang).relative_to(resources.base_dir())
    spec = (ROOT / "packaging" / "clinic-desk.spec").read_text(encoding="utf-8")
    assert '"docs" / "guia" / "guia.pdf"' in spec and '"docs" / "guide" / "guide.pdf"' in spec
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "docs/guia/guia.pdf" in ignored and "docs/guide/guide.pdf" in ignored
