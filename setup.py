# SPDX-License-Identifier: GPL-3.0-or-later
"""The package build's one extra step: compile the translations (.ts) into the .qm files
the app loads (scripts/compile_translations.py). Everything else is in pyproject.toml."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _compiler():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "compile_translations", ROOT / "scripts" / "compile_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    """build_py, then the .qm files: in the built package, or (an editable install) beside
    the .ts sources, where a source checkout reads them."""

    def run(self) -> None:
        super().run()
        source = ROOT / "assets" / "translations"
        if getattr(self, "editable_mode", False):
            target = source
        else:
            target = Path(self.build_lib) / "breathapp" / "assets" / "translations"
        _compiler().compile_catalogues(source, target)


setup(cmdclass={"build_py": BuildPyWithTranslations})
