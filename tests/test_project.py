# SPDX-License-Identifier: GPL-3.0-or-later
"""Project rules: ruff, mypy, the layer contracts, QtCore-only controllers, shared test helpers."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_lint_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", "breathapp", "tests", "benchmarks", "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "format", "--check", "breathapp", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_layer_contracts_hold() -> None:
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.slow
def test_mypy_strict_on_core_storage_controllers() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


# Qt's non-GUI device modules, each in the one controller that talks to the device.
_DEVICE_MODULES = {
    "voice_audio.py": {"PySide6.QtMultimedia"},  # microphone, encoder, player
    "speech.py": {"PySide6.QtTextToSpeech"},  # the computer's voice
    "audio_out.py": {"PySide6.QtMultimedia"},  # the sound output
    "heart_ble.py": {"PySide6.QtBluetooth"},  # the heart-rate strap
}


def test_controllers_import_only_qtcore_from_qt() -> None:
    for path in (ROOT / "breathapp" / "controllers").glob("*.py"):
        qt = {name for name in _imports(path) if name.startswith(("PySide6", "shiboken6"))}
        allowed = {"PySide6.QtCore"} | _DEVICE_MODULES.get(path.name, set())
        assert qt <= allowed, f"{path.name} imports {qt}"


def test_every_module_has_an_spdx_line_and_stays_small() -> None:
    for path in (ROOT / "breathapp").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# SPDX-License-Identifier:"), path
        assert text.count("\n") <= 450, f"{path} has grown past 450 lines"


def _may_be_imported_by_tests(module: str) -> bool:
    """Tests share builders, fakes and conftest modules; never another test module."""
    return (
        module in ("tests.fakes", "tests.builders")
        or module.startswith("tests.builders.")
        or module.rsplit(".", 1)[-1] == "conftest"
    )


def test_no_test_module_imports_another() -> None:
    wrong = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for name in sorted(_imports(path))
        if (name == "tests" or name.startswith("tests.")) and not _may_be_imported_by_tests(name)
    ]
    assert wrong == [], "use tests/builders or tests/fakes.py:\n" + "\n".join(wrong)
