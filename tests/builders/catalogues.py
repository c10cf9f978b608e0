# SPDX-License-Identifier: GPL-3.0-or-later
"""The translations compiler of the package build (scripts/compile_translations.py), for
the tests: conftest compiles a .ts newer than its .qm, as a pip install would."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "compile_translations.py"
_spec = importlib.util.spec_from_file_location("compile_translations", _SCRIPT)
assert _spec is not None and _spec.loader is not None
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)

compile_catalogues = _module.compile_catalogues
stale = _module.stale
SOURCES: Path = _module.SOURCES
