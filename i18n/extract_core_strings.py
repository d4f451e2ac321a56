"""Collect every user-facing error template in clinic_desk/core into a Qt source file.

The core never imports Qt, so pyside6-lupdate cannot see its messages. This script
walks clinic_desk/core with `ast` and writes clinic_desk/ui/core_strings.py, a module of
`QT_TRANSLATE_NOOP("core", "...")` calls that lupdate does read. The UI translates an
error's `.template` in the context "core" and then fills in its {placeholders}.

What counts as a template:
- the first argument (or `template=`) of a call to ClinicDeskError or any subclass
  that takes a template (subclasses found by importing clinic_desk.core.errors and by
  scanning class definitions in clinic_desk/core);
- the literal of `super().__init__("...")` inside such a subclass (TooManyAttempts);
- a string literal, an implicitly concatenated literal, `"a" + "b"`, a module-level
  string constant (DAMAGED), an imported constant (`keystore.WRONG`, `from x import Y`),
  either branch of `a if c else b`;
- a function parameter passed straight on as the template (`clean_text(..., required)`):
  the literal given for that parameter at every call site in the core is collected.

Anything else (an f-string, a computed value) is reported as a problem: DEVELOPING.md
says templates are never f-strings, so they can be translated.

    python i18n/extract_core_strings.py           # write clinic_desk/ui/core_strings.py
    python i18n/extract_core_strings.py --check   # exit 1 if the file is out of date
    python i18n/extract_core_strings.py --list    # print the templates
"""

from __future__ import annotations

import argparse
import ast
import inspect
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "clinic_desk" / "core"
OUTPUT = ROOT / "clinic_desk" / "ui" / "core_strings.py"
CONTEXT = "core"
BASE = "ClinicDeskError"


@dataclass
class Template:
    text: str
    where: list[str] = field(default_factory=list)  # "clinic_desk/core/x.py:12"


@dataclass
class Forwarder:
    """A function that passes one of its parameters on as an error template."""

    name: str
    param: str
    index: int  # position among the parameters, `self`/`cls` not counted


@dataclass
class Extraction:
    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, text: str, where: str) -> None:
        self.templates.setdefault(text, Template(text)).where.append(where)


class Unresolved(Exception):
    pass


class Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.rel = path.relative_to(ROOT).as_posix()
        self.dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if self.dotted.endswith(".__init__"):
            self.dotted = self.dotted[: -len(".__init__")]
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.constants: dict[str, ast.expr] = {}
        self.imported_names: dict[str, tuple[str, str]] = {}  # local -> (module, name)
        self.imported_modules: dict[str, str] = {}  # local alias -> module
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name):
                self.constants[node.targets[0].id] = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                    and node.value is not None:
                self.constants[node.target.id] = node.value
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    local = alias.asname or alias.name
                    # `from pkg import mod` may name a module or a constant: keep both.
                    self.imported_names[local] = (node.module, alias.name)
                    self.imported_modules[local] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    self.imported_modules[alias.asname or alias.name.split(".")[0]] = (
                        alias.name if alias.asname else alias.name.split(".")[0])


def _core_files() -> list[Path]:
    return sorted(p for p in CORE.rglob("*.py") if "__pycache__" not in p.parts)


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _base_names(cls: ast.ClassDef) -> list[str]:
    return [n for n in (_call_name(b) for b in cls.bases) if n]


def _init_params(cls: ast.ClassDef) -> list[str] | None:
    for item in cls.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            args = [a.arg for a in item.args.posonlyargs + item.args.args][1:]
            return args
    return None


def error_classes(modules: list[Module]) -> tuple[set[str], set[str]]:
    """(all error class names, those whose constructor takes a template first)."""
    sys.path.insert(0, str(ROOT))
    try:
        from clinic_desk.core import errors
    finally:
        sys.path.pop(0)
    takes: dict[str, bool] = {}
    stack = [errors.ClinicDeskError]
    while stack:
        cls = stack.pop()
        params = list(inspect.signature(cls.__init__).parameters)[1:]
        takes[cls.__name__] = bool(params) and params[0] == "template"
        stack.extend(cls.__subclasses__())
    # Subclasses defined elsewhere in the core (not imported above): by their source.
    changed = True
    while changed:
        changed = False
        for mod in modules:
            for node in ast.walk(mod.tree):
                if isinstance(node, ast.ClassDef) and node.name not in takes:
                    parents = [b for b in _base_names(node) if b in takes]
                    if parents:
                        params = _init_params(node)
                        takes[node.name] = (takes[parents[0]] if params is None
                                            else bool(params) and params[0] == "template")
                        changed = True
    return set(takes), {name for name, ok in takes.items() if ok}


class Extractor:
    def __init__(self) -> None:
        self.modules = [Module(p) for p in _core_files()]
        self.by_dotted = {m.dotted: m for m in self.modules}
        self.all_errors, self.template_errors = error_classes(self.modules)
        self.result = Extraction()
        self.forwarders: dict[str, Forwarder] = {}

    # -- resolving an expression to its string value(s) --------------------
    def resolve(self, expr: ast.expr, mod: Module, params: dict[str, int],
                depth: int = 0) -> list[str] | Forwarder:
        if depth > 10:
            raise Unresolved("too many indirections")
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return [expr.value]
        if isinstance(expr, ast.JoinedStr):
            raise Unresolved("an f-string (use a template with {name} and keyword values)")
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left = self.resolve(expr.left, mod, {}, depth + 1)
            right = self.resolve(expr.right, mod, {}, depth + 1)
            if isinstance(left, Forwarder) or isinstance(right, Forwarder):
                raise Unresolved("a parameter joined to other text")
            return [a + b for a in left for b in right]
        if isinstance(expr, ast.IfExp):
            out: list[str] = []
            for branch in (expr.body, expr.orelse):
                got = self.resolve(branch, mod, {}, depth + 1)
                if isinstance(got, Forwarder):
                    raise Unresolved("a parameter in a conditional")
                out += got
            return out
        if isinstance(expr, ast.Name):
            if expr.id in params:
                return Forwarder("", expr.id, params[expr.id])
            if expr.id in mod.constants:
                return self.resolve(mod.constants[expr.id], mod, {}, depth + 1)
            if expr.id in mod.imported_names:
                source, name = mod.imported_names[expr.id]
                other = self.by_dotted.get(source)
                if other is not None and name in other.constants:
                    return self.resolve(other.constants[name], other, {}, depth + 1)
            raise Unresolved(f"the name {expr.id!r} is not a module-level string constant")
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            target = mod.imported_modules.get(expr.value.id)
            other = self.by_dotted.get(target or "")
            if other is not None and expr.attr in other.constants:
                return self.resolve(other.constants[expr.attr], other, {}, depth + 1)
            raise Unresolved(f"{expr.value.id}.{expr.attr} is not a known string constant")
        raise Unresolved(f"a {type(expr).__name__} expression")

    # -- walking -------------------------------------------------------------
    def run(self) -> Extraction:
        for mod in self.modules:
            self._walk(mod, mod.tree, {}, None, None)
        # Forwarders found above: collect the literals their callers pass, until no
        # new forwarder appears (a forwarder may itself be called by a forwarder).
        done: set[str] = set()
        while set(self.forwarders) - done:
            pending = {k: v for k, v in self.forwarders.items() if k not in done}
            done |= set(pending)
            for mod in self.modules:
                self._walk(mod, mod.tree, {}, None, None, pending)
        return self.result

    def _walk(self, mod: Module, node: ast.AST, params: dict[str, int],
              func: str | None, error_class: str | None,
              forwarded: dict[str, Forwarder] | None = None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                cls = child.name if child.name in self.all_errors else None
                self._walk(mod, child, {}, None, cls, forwarded)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [a.arg for a in child.args.posonlyargs + child.args.args]
                if names and names[0] in ("self", "cls"):
                    names = names[1:]
                index = {n: i for i, n in enumerate(names)}
                index.update({a.arg: -1 for a in child.args.kwonlyargs})
                self._walk(mod, child, index, child.name, error_class, forwarded)
            else:
                if isinstance(child, ast.Call):
                    self._call(mod, child, params, func, error_class, forwarded)
                self._walk(mod, child, params, func, error_class, forwarded)

    def _template_arg(self, call: ast.Call, index: int, name: str) -> ast.expr | None:
        if 0 <= index < len(call.args) and not any(
                isinstance(a, ast.Starred) for a in call.args[: index + 1]):
            return call.args[index]
        for kw in call.keywords:
            if kw.arg == name:
                return kw.value
        return None

    def _call(self, mod: Module, call: ast.Call, params: dict[str, int], func: str | None,
              error_class: str | None, forwarded: dict[str, Forwarder] | None) -> None:
        where = f"{mod.rel}:{call.lineno}"
        name = _call_name(call.func)
        if forwarded is not None:
            fwd = forwarded.get(name or "")
            if fwd is None:
                return
            arg = self._template_arg(call, fwd.index, fwd.param)
            # None passed for the template means "no error here" (an optional field)
            if arg is not None and not (isinstance(arg, ast.Constant) and arg.value is None):
                self._collect(arg, mod, params, func, where, f"{fwd.name}({fwd.param}=...)")
            return
        is_super_init = (
            error_class not in (None, BASE) and func == "__init__" and name == "__init__"
            and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Call)
            and _call_name(call.func.value.func) == "super"
        )
        if name in self.template_errors or is_super_init:
            arg = self._template_arg(call, 0, "template")
            if arg is None:
                self.result.problems.append(f"{where}: {name} without a template")
                return
            if is_super_init and isinstance(arg, ast.Name) and arg.id == "template":
                return  # a subclass handing its own template on: nothing to collect
            self._collect(arg, mod, params, func, where, name or "")

    def _collect(self, arg: ast.expr, mod: Module, params: dict[str, int],
                 func: str | None, where: str, what: str) -> None:
        try:
            got = self.resolve(arg, mod, params)
        except Unresolved as exc:
            self.result.problems.append(f"{where}: the template of {what} is {exc}")
            return
        if isinstance(got, Forwarder):
            if func is None:
                self.result.problems.append(f"{where}: {what} gets a parameter outside a function")
                return
            self.forwarders.setdefault(func, Forwarder(func, got.param, got.index))
            return
        for text in got:
            self.result.add(text, where)


def extract() -> Extraction:
    return Extractor().run()


def _literal(text: str) -> str:
    """A double-quoted Python literal (what pyside6-lupdate reads best)."""
    body = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\t", "\\t"))
    return f'"{body}"'


def render(extraction: Extraction) -> str:
    lines = [
        '"""GENERATED by i18n/extract_core_strings.py - do not edit; run',
        "`make translations-update` instead.",
        "",
        "Every user-facing error template of clinic_desk/core, marked for pyside6-lupdate",
        'in the context "core". The UI translates ClinicDeskError.template with',
        'QCoreApplication.translate("core", template) and then fills in its {placeholders}.',
        '"""',
        "# ruff: noqa: E501",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "CORE_STRINGS = (",
    ]
    for text in sorted(extraction.templates):
        tpl = extraction.templates[text]
        files = sorted({w.rsplit(":", 1)[0] for w in tpl.where})  # no line numbers: stable
        lines.append(f"    # {', '.join(files)}")
        lines.append(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_literal(text)}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when clinic_desk/ui/core_strings.py is out of date")
    parser.add_argument("--list", action="store_true", help="print the templates")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    extraction = extract()
    for problem in extraction.problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.list:
        for text in sorted(extraction.templates):
            print(text)
        return 0
    text = render(extraction)
    current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    if args.check:
        if current != text:
            print(f"{args.output} is out of date: run `make translations-update`",
                  file=sys.stderr)
            return 1
        return 0
    if current != text:
        args.output.write_text(text, encoding="utf-8")
    print(f"{len(extraction.templates)} core templates -> "
          f"{args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
