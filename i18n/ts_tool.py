"""Small helper for the Qt Linguist .ts files (xml.etree, no Qt needed).

    python i18n/ts_tool.py todo i18n/clinic_desk_es.ts [-o todo.json]
        print (or write) the unfinished or empty messages as JSON:
        {"context": {"source text": ""}}  ("" becomes a list of forms for %n messages)
    python i18n/ts_tool.py apply i18n/clinic_desk_es.ts todo.json
        fill in the translations from that JSON, mark them finished; refuses any whose
        placeholders ({name}, %1, %n) differ from the source's
    python i18n/ts_tool.py english i18n/clinic_desk_en.ts
        English is the source language: every translation = its source, finished; a %n
        message gets its two English forms (see english_forms)
    python i18n/ts_tool.py check i18n/clinic_desk_es.ts
        exit 1 on an unfinished or empty translation or a placeholder mismatch

The file is written back in lupdate's own layout and escaping, so a later
`pyside6-lupdate` run changes nothing but what it must.
"""

from __future__ import annotations

import argparse
import json
import re
import string
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

QT_PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
PLURAL_HACK = re.compile(r"\((e?s)\)")
# numerus forms Qt uses (one, other) for the languages we ship
NUMERUS_FORMS = {"en": 2, "es": 2}
ENGLISH_PLURALS = Path(__file__).with_name("english_plurals.json")


def english_plurals(path: Path = ENGLISH_PLURALS) -> dict[str, dict[str, list[str]]]:
    """{context: {source: [one, other]}}: the English forms the rule cannot make."""
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def english_forms(context: str, source: str,
                  overrides: dict[str, dict[str, list[str]]] | None = None) -> list[str]:
    """The English [one, other] forms of a %n message.

    Written out in english_plurals.json when the sentence changes beyond the noun
    ("%n people travel" -> "%n person travels"); otherwise made from the source's
    "(s)"/"(es)": "%n day(s) ago" -> ["%n day ago", "%n days ago"]."""
    if overrides is None:
        overrides = english_plurals()
    given = overrides.get(context, {}).get(source)
    if given is not None:
        return list(given)
    return [PLURAL_HACK.sub("", source), PLURAL_HACK.sub(r"\1", source)]


def python_fields(text: str) -> list[str] | str:
    """The {fields} of a str.format template, sorted; 'invalid' if it does not parse."""
    try:
        return sorted(name for _, name, _, _ in string.Formatter().parse(text)
                      if name is not None)
    except ValueError:
        return "invalid"


def qt_placeholders(text: str) -> list[str]:
    return sorted(set(QT_PLACEHOLDER.findall(text)))


def placeholder_problem(source: str, translation: str) -> str | None:
    """Why this translation's placeholders do not match the source's, or None."""
    src, dst = python_fields(source), python_fields(translation)
    if src != dst:
        return f"Python placeholders {src} in the source but {dst} in the translation"
    src_qt, dst_qt = qt_placeholders(source), qt_placeholders(translation)
    if src_qt != dst_qt:
        return f"Qt placeholders {src_qt} in the source but {dst_qt} in the translation"
    return None


@dataclass
class Message:
    context: str
    element: ET.Element

    @property
    def source(self) -> str:
        node = self.element.find("source")
        return "" if node is None or node.text is None else node.text

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    @property
    def translation(self) -> ET.Element:
        node = self.element.find("translation")
        if node is None:
            node = ET.SubElement(self.element, "translation")
        return node

    @property
    def kind(self) -> str | None:
        return self.translation.get("type")

    def texts(self) -> list[str]:
        """The translation (one item) or its numerus forms."""
        if self.numerus:
            return [f.text or "" for f in self.translation.findall("numerusform")]
        return [self.translation.text or ""]

    def set(self, value: str | list[str]) -> None:
        node = self.translation
        if self.numerus:
            forms = [value] if isinstance(value, str) else list(value)
            for old in node.findall("numerusform"):
                node.remove(old)
            node.text = "\n            "
            for i, form in enumerate(forms):
                child = ET.SubElement(node, "numerusform")
                child.text = form
                child.tail = "\n            " if i < len(forms) - 1 else "\n        "
        else:
            if not isinstance(value, str):
                raise ValueError(f"one text expected for {self.source!r}")
            node.text = value
        node.attrib.pop("type", None)

    def finished(self) -> bool:
        return self.kind not in ("unfinished",) and all(t.strip() for t in self.texts())


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def messages(tree: ET.ElementTree) -> Iterator[Message]:
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            if message.find("translation") is not None and \
                    message.find("translation").get("type") in ("obsolete", "vanished"):
                continue
            yield Message(name, message)


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _serialize(el: ET.Element, out: list[str]) -> None:
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in el.attrib.items())
    if el.tag == "location" and not len(el) and not el.text:
        out.append(f"<{el.tag}{attrs}/>")
    else:
        out.append(f"<{el.tag}{attrs}>")
        out.append(_escape(el.text or ""))
        for child in el:
            _serialize(child, out)
        out.append(f"</{el.tag}>")
    out.append(_escape(el.tail or ""))


def save(tree: ET.ElementTree, path: Path) -> None:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n']
    _serialize(tree.getroot(), out)
    text = "".join(out).rstrip("\n") + "\n"
    path.write_text(text, encoding="utf-8")


# -- commands ------------------------------------------------------------------
def problems(path: Path, require_finished: bool = True) -> list[str]:
    found = []
    tree = load(path)
    language = (tree.getroot().get("language") or "").split("_")[0]
    forms = NUMERUS_FORMS.get(language)
    for msg in messages(tree):
        label = f"[{msg.context}] {msg.source!r}"
        if require_finished and not msg.finished():
            found.append(f"{label}: unfinished or empty")
            continue
        if msg.numerus and forms is not None and len(msg.texts()) != forms:
            found.append(f"{label}: {len(msg.texts())} plural form(s), {language} needs {forms}")
        if msg.numerus and any(PLURAL_HACK.search(t) for t in msg.texts()):
            found.append(f"{label}: a plural form still says \"(s)\"")
        for text in msg.texts():
            if text.strip():
                why = placeholder_problem(msg.source, text)
                if why:
                    found.append(f"{label}: {why}")
    return found


def cmd_todo(path: Path, out: Path | None) -> int:
    todo: dict[str, dict[str, object]] = {}
    for msg in messages(load(path)):
        if not msg.finished():
            current = msg.texts()
            if msg.numerus:
                todo.setdefault(msg.context, {})[msg.source] = current
            else:
                todo.setdefault(msg.context, {})[msg.source] = current[0]
    text = json.dumps(todo, indent=2, ensure_ascii=False) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
    count = sum(len(v) for v in todo.values())
    print(f"{path}: {count} message(s) to translate", file=sys.stderr)
    return 0


def cmd_apply(path: Path, source: Path) -> int:
    wanted: dict[str, dict[str, str | list[str]]] = json.loads(source.read_text("utf-8"))
    tree = load(path)
    applied, refused = 0, []
    index = {(m.context, m.source): m for m in messages(tree)}
    for context, entries in wanted.items():
        for src, value in entries.items():
            msg = index.get((context, src))
            if msg is None:
                refused.append(f"[{context}] {src!r}: not in {path.name}")
                continue
            texts = [value] if isinstance(value, str) else list(value)
            if not all(t.strip() for t in texts):
                refused.append(f"[{context}] {src!r}: empty translation")
                continue
            why = next((w for t in texts if (w := placeholder_problem(src, t))), None)
            if why:
                refused.append(f"[{context}] {src!r}: {why}")
                continue
            msg.set(value)
            applied += 1
    save(tree, path)
    print(f"{path}: {applied} translation(s) applied")
    for line in refused:
        print(f"refused: {line}", file=sys.stderr)
    return 1 if refused else 0


def cmd_english(path: Path) -> int:
    tree = load(path)
    overrides = english_plurals()
    changed, used, bad = 0, set(), []
    for msg in messages(tree):
        if msg.numerus:
            wanted = english_forms(msg.context, msg.source, overrides)
            used.add((msg.context, msg.source))
            for form in wanted:
                why = placeholder_problem(msg.source, form)
                if why or PLURAL_HACK.search(form) or not form.strip():
                    bad.append(f"[{msg.context}] {form!r}: {why or 'empty or (s) left'}")
        else:
            wanted = [msg.source]
        if msg.kind == "unfinished" or msg.texts() != wanted:
            msg.set(wanted if msg.numerus else msg.source)
            changed += 1
    save(tree, path)
    print(f"{path}: {changed} English message(s) set to their source text or plural forms")
    stale = [f"[{c}] {s!r}" for c, entries in overrides.items() for s in entries
             if (c, s) not in used]
    for line in stale:
        print(f"{ENGLISH_PLURALS.name}: no such %n message: {line}", file=sys.stderr)
    for line in bad:
        print(f"{ENGLISH_PLURALS.name}: bad English form {line}", file=sys.stderr)
    return 1 if stale or bad else 0


def cmd_check(path: Path) -> int:
    found = problems(path)
    for line in found:
        print(line)
    print(f"{path}: {len(found)} problem(s)", file=sys.stderr)
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("todo")
    p.add_argument("ts", type=Path)
    p.add_argument("-o", "--output", type=Path)
    p = sub.add_parser("apply")
    p.add_argument("ts", type=Path)
    p.add_argument("json", type=Path)
    p = sub.add_parser("english")
    p.add_argument("ts", type=Path)
    p = sub.add_parser("check")
    p.add_argument("ts", type=Path)
    args = parser.parse_args(argv)
    if args.command == "todo":
        return cmd_todo(args.ts, args.output)
    if args.command == "apply":
        return cmd_apply(args.ts, args.json)
    if args.command == "english":
        return cmd_english(args.ts)
    return cmd_check(args.ts)


if __name__ == "__main__":
    raise SystemExit(main())
