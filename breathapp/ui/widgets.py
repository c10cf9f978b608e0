# SPDX-License-Identifier: GPL-3.0-or-later
"""Small building blocks the screens share: centred text and centred rows of buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def centered_label(object_name: str = "", wrap: bool = False) -> QLabel:
    """A centred label; ``object_name`` picks its look in the style sheet."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(wrap)
    return label


def centered_row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side in the middle of the available width."""
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
