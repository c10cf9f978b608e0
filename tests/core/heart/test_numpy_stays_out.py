# SPDX-License-Identifier: GPL-3.0-or-later
"""numpy in core only in spectrum.py, and spectrum only loaded when a heart measure is asked.

Start-up must not load numpy: every other core module imports without it, and a module
that needs spectrum imports it inside the function that needs it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "breathapp"
SPECTRUM = "breathapp.core.heart.spectrum"


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(module imported, at the module's top level) for every import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            out += [(node.module, id(node) in top)]
            out += [(f"{node.module}.{alias.name}", id(node) in top) for alias in node.names]
    return out


def test_only_spectrum_imports_numpy_in_core() -> None:
    users = {
        path.relative_to(ROOT).as_posix()
        for path in (PACKAGE / "core").rglob("*.py")
        for name, _ in _imports(path)
        if name.split(".")[0] == "numpy"
    }
    assert users == {"breathapp/core/heart/spectrum.py"}


def test_nothing_imports_spectrum_at_its_top() -> None:
    at_top = sorted(
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*.py")
        for name, top in _imports(path)
        if top and name == SPECTRUM
    )
    assert at_top == []


def test_every_other_core_module_imports_without_numpy() -> None:
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in (PACKAGE / "core").rglob("*.py")
        if path.stem != "__init__"
    )
    assert "breathapp.core.heart.resonance_measure" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {[m for m in modules if m != SPECTRUM]!r}:\n"
        "    importlib.import_module(name)\n"
        "assert 'numpy' not in sys.modules\n"
        f"assert {SPECTRUM!r} not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
