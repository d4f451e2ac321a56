"""The translation files are complete and keep every placeholder.

No Qt needed: the .ts files are parsed as XML. Fix a failure with
`make translations-update`, then translate what it lists (see i18n/README.md).
"""

from __future__ import annotations

import importlib.util
import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
ES = I18N / "clinic_desk_es.ts"
EN = I18N / "clinic_desk_en.ts"
FIX = "run `make translations-update` and translate what it lists (i18n/README.md)"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extraction():
    extractor = _load("clinic_desk_extract_core_strings", I18N / "extract_core_strings.py")
    return extractor.extract()


def _messages(path: Path) -> list[tuple[str, str, ET.Element, bool]]:
    """(context, source, translation element, numerus) of every live message."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: [{name}] message without translation"
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            out.append((name, message.findtext("source") or "", translation,
                        message.get("numerus") == "yes"))
    return out


def _texts(translation: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def python_fields(text: str) -> list[str] | str:
    try:
        return sorted(n for _, n, _, _ in string.Formatter().parse(text) if n is not None)
    except ValueError:
        return "invalid"


def qt_placeholders(text: str) -> list[str]:
    return sorted(set(re.findall(r"%(?:L?\d{1,2}|n)", text)))


@pytest.mark.parametrize("path", [ES, EN], ids=["es", "en"])
def test_ts_file_exists_and_has_messages(path: Path) -> None:
    assert path.exists(), f"{path} is missing: {FIX}"
    assert _messages(path), f"{path.name} holds no messages"


@pytest.mark.parametrize("path", [ES, EN], ids=["es", "en"])
def test_every_translation_is_finished_and_not_empty(path: Path) -> None:
    bad = []
    for context, source, translation, numerus in _messages(path):
        if translation.get("type") == "unfinished":
            bad.append(f"[{context}] {source!r}: unfinished")
        elif not all(t.strip() for t in _texts(translation, numerus)) or (
                numerus and not _texts(translation, numerus)):
            bad.append(f"[{context}] {source!r}: empty")
    assert not bad, f"{path.name}: {len(bad)} untranslated; {FIX}:\n" + "\n".join(bad)


@pytest.mark.parametrize("path", [ES, EN], ids=["es", "en"])
def test_translations_keep_the_placeholders(path: Path) -> None:
    bad = []
    for context, source, translation, numerus in _messages(path):
        for text in _texts(translation, numerus):
            if not text:
                continue
            if python_fields(text) != python_fields(source):
                bad.append(f"[{context}] {source!r} -> {text!r}: {{name}} placeholders "
                           f"{python_fields(source)} vs {python_fields(text)}")
            if qt_placeholders(text) != qt_placeholders(source):
                bad.append(f"[{context}] {source!r} -> {text!r}: Qt placeholders "
                           f"{qt_placeholders(source)} vs {qt_placeholders(text)}")
    assert not bad, f"{path.name}: placeholders differ from the source:\n" + "\n".join(bad)


def test_every_core_template_is_in_the_spanish_file(extraction) -> None:
    core = {source for context, source, _, _ in _messages(ES) if context == "core"}
    missing = sorted(set(extraction.templates) - core)
    assert not missing, (
        f"core error templates missing from {ES.name}; {FIX}:\n" + "\n".join(missing))


def test_english_translations_are_the_source_text() -> None:
    bad = [f"[{c}] {s!r}" for c, s, t, numerus in _messages(EN)
           if not numerus and _texts(t, numerus) != [s]]
    assert not bad, f"{EN.name}: translations differ from the source; {FIX}:\n" + "\n".join(bad)


@pytest.fixture(scope="module")
def ts_tool() -> ModuleType:
    return _load("clinic_desk_ts_tool", I18N / "ts_tool.py")


PLURAL_HACK = re.compile(r"\w\((?:e?s|as|os|a|o)\)")  # thing(s), sesión(es), dañada(s)


@pytest.mark.parametrize("path", [ES, EN], ids=["es", "en"])
def test_plural_messages_have_one_and_other_forms(path: Path) -> None:
    """Spanish and English: a %n message has exactly two forms (one, other), neither
    of them "thing(s)"."""
    numerus = [(c, s, t) for c, s, t, n in _messages(path) if n]
    assert numerus, f"{path.name} holds no %n messages"
    bad = []
    for context, source, translation in numerus:
        forms = _texts(translation, True)
        if len(forms) != 2 or not all(f.strip() for f in forms):
            bad.append(f"[{context}] {source!r}: forms {forms!r}")
        elif any(PLURAL_HACK.search(f) for f in forms):
            bad.append(f"[{context}] {source!r}: a form still has a (s) hack: {forms!r}")
    assert not bad, f"{path.name}: plural forms incomplete; {FIX}:\n" + "\n".join(bad)


def test_english_plural_forms_are_singular_and_plural(ts_tool) -> None:
    """English shows "1 day ago", "2 days ago": the forms made by `ts_tool.py english`
    from the source's (s) or written in i18n/english_plurals.json."""
    bad = []
    for context, source, translation, numerus in _messages(EN):
        if not numerus:
            continue
        forms = _texts(translation, True)
        wanted = ts_tool.english_forms(context, source)
        if forms != wanted:
            bad.append(f"[{context}] {source!r}: {forms!r}, expected {wanted!r}")
        elif PLURAL_HACK.search(source) and forms[0] == forms[1]:
            bad.append(f"[{context}] {source!r}: singular and plural are the same")
    assert not bad, f"{EN.name}: English plural forms; {FIX}:\n" + "\n".join(bad)


def test_english_plural_overrides_match_messages(ts_tool) -> None:
    live = {(c, s) for c, s, _, numerus in _messages(EN) if numerus}
    stale = [f"[{c}] {s!r}" for c, entries in ts_tool.english_plurals().items()
             for s in entries if (c, s) not in live]
    assert not stale, "i18n/english_plurals.json names no %n message:\n" + "\n".join(stale)


def test_no_plural_hack_outside_plural_messages() -> None:
    """"{count} thing(s)" reads badly in both languages: use self.tr("%n thing(s)", "", n)."""
    bad = []
    for path in (ES, EN):
        for context, source, translation, numerus in _messages(path):
            if numerus:
                continue
            for text in {source, *_texts(translation, numerus)}:
                if PLURAL_HACK.search(text):
                    bad.append(f"{path.name} [{context}] {text!r}")
    assert not bad, "a (s) plural outside a %n message:\n" + "\n".join(bad)


def test_qt_own_strings_are_not_in_our_files() -> None:
    """Qt's own contexts come from qtbase_*.qm; a copy in ours would hide a missing one
    (the self-test checks QPlatformTheme "Cancel" to prove qtbase_es is loaded)."""
    for path in (ES, EN):
        contexts = {c for c, _, _, _ in _messages(path)}
        assert not {c for c in contexts if c.startswith("Q") and c[1:2].isupper()}, path.name
        assert "parent" not in contexts, f"{path.name}: parent.tr(...) filed under 'parent'"


def test_extractor_finds_known_templates(extraction) -> None:
    found = extraction.templates
    # a literal, a module constant through an attribute (keystore.WRONG), a module
    # constant (engine.DAMAGED), a subclass's own super().__init__ literal
    # (TooManyAttempts) and a template handed through a function parameter (clean_text).
    for text in (
        "Wrong user name or password.",
        "That recovery code is not valid.",
        "The database file {path} is damaged or is not a Clinic Desk database. "
        "It was left untouched; restore the last backup.",
        "Too many wrong passwords. Wait {wait_seconds} seconds before trying again.",
        "The site name is required.",
        "The full name is required.",
    ):
        assert text in found, f"extractor missed {text!r}"
    wrong = found["Wrong user name or password."].where
    assert any(w.startswith("clinic_desk/core/security/keystore.py") for w in wrong)


def test_every_core_template_is_readable(extraction) -> None:
    assert not extraction.problems, (
        "error templates the extractor cannot read (use a literal with {name} and keyword "
        "values, DEVELOPING.md):\n" + "\n".join(extraction.problems))


def test_core_strings_module_is_up_to_date(extraction) -> None:
    extractor = sys.modules["clinic_desk_extract_core_strings"]
    expected = extractor.render(extraction)
    current = (ROOT / "clinic_desk" / "ui" / "core_strings.py").read_text(encoding="utf-8")
    assert current == expected, f"clinic_desk/ui/core_strings.py is out of date; {FIX}"
