# SPDX-License-Identifier: GPL-3.0-or-later
"""File dialogs: they start in the user's Documents folder and speak the app's language.

Loaded only when a file dialog opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

# Qt 6 writes "&Look in:" and "Files of &type:" in its own file dialog, while its Dutch
# (qtbase_nl.qm) has only the older "Look in:" and "Files of type:": those are used.
_QT_LABELS = (
    (QFileDialog.DialogLabel.LookIn, "Look in:"),
    (QFileDialog.DialogLabel.FileType, "Files of type:"),
)


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


def ask_file(parent: QWidget, title: str, name: str, kind: str, *, save: bool) -> str:
    """The file the user picks (to save, or an existing one to open); "" when cancelled.

    The dialog starts in Documents, with ``name`` (if any) filled in; ``kind`` is the
    filter, e.g. "JSON (*.json)". Where the system has its own file dialog, that one opens.
    """
    dialog = QFileDialog(parent, title, in_documents(), kind)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if name:
        dialog.selectFile(in_documents(name))
    for label, words in _QT_LABELS:
        shown = QCoreApplication.translate("QFileDialog", words)
        if shown != words:  # English keeps Qt's own label, with its shortcut letter
            dialog.setLabelText(label, shown)
    try:
        chosen = dialog.selectedFiles() if dialog.exec() else []
    finally:
        dialog.deleteLater()
    return chosen[0] if chosen else ""
