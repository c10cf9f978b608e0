# SPDX-License-Identifier: GPL-3.0-or-later
"""Compile the Qt Linguist sources (assets/translations/*.ts) into the .qm files the app
loads, with Qt's own lrelease (it ships with PySide6).

Run by the package build (setup.py: every `pip install`, editable or not), by the frozen
build (build_installer.py) and by the tests (tests/conftest.py). The .qm files are never
committed: the .ts files are the sources.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parent / "assets" / "translations"


class CompileError(RuntimeError):
    """lrelease is missing or failed; says which file and why."""


def find_lrelease() -> str:
    """Qt's lrelease from the installed PySide6 (or one on the PATH)."""
    exe = "lrelease.exe" if os.name == "nt" else "lrelease"
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        beside = Path(spec.origin).parent / exe
        if beside.is_file():
            return str(beside)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise CompileError("Qt's lrelease was not found: install PySide6 first")
    return found


def stale(source_dir: Path = SOURCES, target_dir: Path | None = None) -> list[Path]:
    """The .ts files whose .qm is missing or older than they are."""
    target = target_dir or source_dir
    out = []
    for ts in sorted(source_dir.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            out.append(ts)
    return out


def compile_catalogues(
    source_dir: Path = SOURCES, target_dir: Path | None = None, only: list[Path] | None = None
) -> list[Path]:
    """Each .ts in ``source_dir`` (or ``only`` those) as a .qm in ``target_dir`` (by
    default beside it); the .qm files written."""
    target = target_dir or source_dir
    target.mkdir(parents=True, exist_ok=True)
    lrelease = find_lrelease()
    written = []
    for ts in only if only is not None else sorted(source_dir.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        result = subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0 or not qm.is_file():
            raise CompileError(f"lrelease failed on {ts.name}: {result.stderr.strip()}")
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in compile_catalogues():
        sys.stdout.write(f"{path}\n")
