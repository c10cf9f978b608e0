# SPDX-License-Identifier: GPL-3.0-or-later
"""The house's shape: no import circles, every module under a contract, every package shipped."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "breathapp"


def _module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """The nodes under ``if TYPE_CHECKING:``: annotations only, never run."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for branch in node.body for n in ast.walk(branch))
    return skipped


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the package's modules it imports, at the top or inside functions alike."""
    paths = {_module_name(p): p for p in package.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_nodes(tree)
        own_package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = own_package.split(".")[: len(own_package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                targets.add(base)
                targets.update(f"{base}.{alias.name}" for alias in node.names)
        graph[name] = {t for t in targets if t in paths and t != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_circle_finder_finds_a_circle_through_a_function_level_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_back_through_others() -> None:
    graph = import_graph()
    assert len(graph) > 100
    assert circles(graph) == []


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_layers_contract_names_every_top_level_module() -> None:
    contracts = _pyproject()["tool"]["importlinter"]["contracts"]  # type: ignore[index]
    layers = next(c for c in contracts if c.get("containers") == ["breathapp"])
    assert layers["type"] == "layers" and layers["exhaustive"] is True
    named = {part.strip() for layer in layers["layers"] for part in layer.split("|")}
    top = {p.stem for p in PACKAGE.glob("*.py") if p.name != "__init__.py"}
    top |= {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert top == named


def test_the_ui_contract_names_every_feature_folder() -> None:
    contracts = _pyproject()["tool"]["importlinter"]["contracts"]  # type: ignore[index]
    ui = next(c for c in contracts if c.get("containers") == ["breathapp.ui"])
    assert ui["exhaustive"] is True
    named = {part.strip() for layer in ui["layers"] for part in layer.split("|")}
    folders = {p.name for p in (PACKAGE / "ui").iterdir() if (p / "__init__.py").exists()}
    assert folders == named
    assert not [p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py"]


def test_every_package_is_in_the_wheel() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])  # type: ignore[index]
    packages = {_module_name(p.parent / "__init__.py") for p in PACKAGE.rglob("__init__.py")}
    assert packages | {"breathapp.assets"} == listed
