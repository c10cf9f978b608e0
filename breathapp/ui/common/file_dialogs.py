# SPDX-License-Identifier: GPL-3.0-or-later
"""Where file dialogs start: the user's Documents folder, never the app's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def _documents() -> Path:
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location))


def in_documents(name: str = "") -> str:
    """The Documents folder, or ``name`` in it, for a file dialog's starting place.

    A system without a Documents folder gets the home folder instead.
    """
    folder = _documents()
    if not str(folder) or not folder.is_dir():
        folder = Path.home()
    return str(folder / name) if name else str(folder)
