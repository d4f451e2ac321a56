"""Every action the program writes to the audit log has words in the Audit tab.

The actions are found with `ast`, not listed by hand: a call `audit.record(s, "action",
...)` (or `workspace.record("action")`) anywhere in clinic_desk. A variable action is
followed to the literals assigned to it in the same function (`"a" if x else "b"`), to a
parameter's literal default, and through a helper's parameter to the literals its
callers in the same file pass (`self._audit("locked")`). A new action without a label in
clinic_desk/ui/admin/audit_model.py fails here; so does an action the scan cannot read.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from clinic_desk.ui.admin.audit_model import (
    _FIELD_WORDS,
    KNOWN_ACTIONS,
    action_label,
    detail_text,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "clinic_desk"
FIX = "add words for it to _ACTION_WORDS in clinic_desk/ui/admin/audit_model.py"


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _function_of(node: ast.AST, parents: dict[ast.AST, ast.AST]):
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return node
    return None


def _param(func, name: str) -> tuple[int, ast.expr | None] | None:
    """(position without self, literal default or None) of parameter `name`."""
    args = func.args
    positional = [*args.posonlyargs, *args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for i, (a, d) in enumerate(zip(positional, defaults, strict=True)):
        if a.arg == name:
            offset = 1 if positional and positional[0].arg in ("self", "cls") else 0
            return i - offset, d
    return None


class _Scan:
    def __init__(self) -> None:
        self.actions: dict[str, list[str]] = {}
        self.problems: list[str] = []

    def add(self, action: str, where: str) -> None:
        self.actions.setdefault(action, []).append(where)

    def resolve(self, expr: ast.expr, tree: ast.Module, parents, where: str, depth=0) -> None:
        if depth > 5:
            self.problems.append(f"{where}: action too indirect to read")
        elif isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            self.add(expr.value, where)
        elif isinstance(expr, ast.Constant) and expr.value is None:
            pass  # "do not audit" (audit_as=None)
        elif isinstance(expr, ast.IfExp):
            for branch in (expr.body, expr.orelse):
                self.resolve(branch, tree, parents, where, depth + 1)
        elif isinstance(expr, ast.Name):
            self.resolve_name(expr, tree, parents, where, depth)
        else:
            self.problems.append(f"{where}: cannot read the action {ast.unparse(expr)!r}")

    def resolve_name(self, expr: ast.Name, tree, parents, where: str, depth: int) -> None:
        func = _function_of(expr, parents)
        found = False
        scope = func if func is not None else tree
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == expr.id for t in node.targets):
                self.resolve(node.value, tree, parents, where, depth + 1)
                found = True
        param = _param(func, expr.id) if func is not None else None
        if param is not None:
            position, default = param
            if default is not None:
                self.resolve(default, tree, parents, where, depth + 1)
            for call in ast.walk(tree):  # callers in the same file pass the action on
                if not isinstance(call, ast.Call):
                    continue
                if isinstance(call.func, ast.Attribute):  # self.helper(...), not audit.record
                    name = call.func.attr if ast.unparse(call.func.value) == "self" else None
                else:
                    name = getattr(call.func, "id", None)
                if name != func.name:
                    continue
                value = next((k.value for k in call.keywords if k.arg == expr.id), None)
                if value is None and position < len(call.args):
                    value = call.args[position]
                if value is not None:
                    self.resolve(value, tree, parents,
                                 f"{where.split(':')[0]}:{call.lineno}", depth + 1)
            found = True
        if not found:
            self.problems.append(f"{where}: cannot follow the action variable {expr.id!r}")


def _record_calls(tree: ast.Module):
    """(call, action expression) of each audit.record(s, A) and <workspace>.record(A)."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"):
            continue
        owner = ast.unparse(node.func.value)
        position = 1 if owner == "audit" else 0
        action = next((k.value for k in node.keywords if k.arg == "action"), None)
        if action is None and position < len(node.args):
            action = node.args[position]
        if action is not None:
            yield node, action


def scan_actions() -> _Scan:
    scan = _Scan()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        rel = path.relative_to(ROOT).as_posix()
        for call, action in _record_calls(tree):
            scan.resolve(action, tree, parents, f"{rel}:{call.lineno}")
    return scan


@pytest.fixture(scope="module")
def scan() -> _Scan:
    return scan_actions()


def test_scan_finds_the_actions_of_every_section(scan) -> None:
    # a literal, both branches of `a if c else b`, a local variable, a parameter's
    # default (audit_as="unlock"), a helper's caller (self._audit("locked")), the CLI
    for action in ("installed", "note_restricted", "note_unrestricted", "batch_recalled",
                   "batch_status_changed", "recovery_failed", "unlock", "locked", "logout",
                   "person_opened", "shelter_admitted", "stocktake_posted", "bundle_imported",
                   "backup_restored", "central_key_imported"):
        assert action in scan.actions, f"the scan missed {action!r}"
    assert len(scan.actions) >= 60


def test_every_recorded_action_can_be_read(scan) -> None:
    assert not scan.problems, (
        "audit actions the scan cannot read (pass a literal, or a variable set from "
        "literals in the same function):\n" + "\n".join(scan.problems))


def test_every_recorded_action_has_words(scan) -> None:
    missing = sorted(a for a in scan.actions if a not in KNOWN_ACTIONS)
    assert not missing, f"audit actions without words; {FIX}:\n" + "\n".join(
        f"{a}  ({', '.join(scan.actions[a])})" for a in missing)


def test_every_known_action_has_its_own_words() -> None:
    labels = [action_label(a) for a in KNOWN_ACTIONS]
    assert all(label and label != a for label, a in zip(labels, KNOWN_ACTIONS, strict=True))
    assert len(set(labels)) == len(labels), "two actions share the same words"


def _detail_keywords() -> set[str]:
    keys: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for call, _action in _record_calls(ast.parse(path.read_text(encoding="utf-8"))):
            keys |= {k.arg for k in call.keywords if k.arg}
    return keys - {"action", "actor", "target", "at"}


def test_detail_fields_have_words() -> None:
    # **totals of an import: new, updated, unchanged, conflicts
    handled_elsewhere = {"wait_seconds", "attempts", "ok", "reactivated", "roles", "before",
                         "after", "reason"}
    missing = sorted(_detail_keywords() - set(_FIELD_WORDS) - handled_elsewhere)
    assert not missing, f"detail fields without words; add them to _FIELD_WORDS: {missing}"


@pytest.mark.parametrize(("action", "detail", "expected"), [
    ("shelter_discharged", {"reason": "own_home", "night": "2024-05-17"},
     "Night: 17/05/2024; Reason: Own home"),
    ("batch_recalled", {"old": "usable", "new": "recalled", "reason": "DIGEMID alert",
                        "locations": ["CENTRAL", "BOT-1"]},
     "Usable → Recalled; Held at: CENTRAL, BOT-1; Reason: DIGEMID alert"),
    ("consent_recorded", {"kind": "statistics", "granted": True, "institutions": []},
     "Given: yes; Institutions: ; Kind: Count her in statistics, without her name"),
    ("backup_made", {"folder": "backups"}, "Folder: backup folder"),
    ("locked", {"reason": "idle"}, "Locked after a while without use"),
    ("something_new", {"parts": 3}, "parts: 3"),
])
def test_details_in_words(qapp, action, detail, expected) -> None:
    assert detail_text(action, json.dumps(detail)) == expected
