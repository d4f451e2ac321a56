"""clinic_desk/core never imports Qt (DESIGN.md: the core runs in the CLI, in tests
without a display, and at the central office without a GUI)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "clinic_desk" / "core"
FORBIDDEN = ("PySide6", "PySide2", "PyQt6", "PyQt5", "PyQt4", "shiboken6", "shiboken2",
             "sip", "qtpy")


def _forbidden(module: str | None) -> bool:
    top = (module or "").split(".")[0]
    return top in FORBIDDEN


def qt_imports(source: str, filename: str) -> list[str]:
    """Every Qt import in this source: `import X`, `from X import y`, `__import__("X")`,
    `importlib.import_module("X")`, wherever they are (functions and try blocks too)."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            found += [f"{filename}:{node.lineno}: import {a.name}"
                      for a in node.names if _forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and _forbidden(node.module):
                found.append(f"{filename}:{node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            arg = node.args[0]
            if name in ("__import__", "import_module") and isinstance(arg, ast.Constant) \
                    and isinstance(arg.value, str) and _forbidden(arg.value):
                found.append(f"{filename}:{node.lineno}: {name}({arg.value!r})")
    return found


def test_core_has_no_qt_import() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert files, "no core sources found"
    found = []
    for path in files:
        found += qt_imports(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "Qt imported in clinic_desk/core:\n" + "\n".join(found)


def test_the_check_catches_every_form() -> None:
    sample = (
        "import PySide6\n"
        "import PySide6.QtCore as qc\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from PyQt5 import QtCore\n"
        "def f():\n"
        "    import shiboken6\n"
        "    __import__('PyQt6.QtGui')\n"
        "    importlib.import_module('PySide6.QtCore')\n"
        "try:\n"
        "    from PyQt6.QtCore import Qt\n"
        "except ImportError:\n"
        "    pass\n"
    )
    assert len(qt_imports(sample, "sample.py")) == 8
    clean = "import os\nfrom pathlib import Path\nfrom .qt_like import x\nimport sqlite3\n"
    assert qt_imports(clean, "clean.py") == []
