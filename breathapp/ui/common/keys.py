# SPDX-License-Identifier: GPL-3.0-or-later
"""Keys belong to the focused control first; a window's own keys only to what none claims."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
    QWidget,
)

# Controls with a use of their own for Space or Enter (press, open, type, scroll, confirm).
CLAIMING = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QAbstractScrollArea,  # text fields, lists, scrolled pages
    QAbstractSlider,
    QTabBar,
)

_ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)


def claims_keys(widget: QWidget | None) -> bool:
    """True when ``widget`` is a control that Space and Enter belong to."""
    return isinstance(widget, CLAIMING)


def claims(widget: QObject, key: int) -> bool:
    """True when the focused ``widget`` uses ``key`` itself (a shortcut must not take it)."""
    if isinstance(widget, QAbstractButton):
        return key == Qt.Key.Key_Space
    if isinstance(widget, (QComboBox, QAbstractSpinBox, QAbstractSlider)):
        return key in _ARROWS or key == Qt.Key.Key_Space
    return False


class FocusFirst(QObject):
    """An event filter for a window's controls: each keeps the keys it uses (Space on a
    button, arrows in a list), ahead of the window's shortcuts for the same keys."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() == Qt.KeyboardModifier.NoModifier and claims(watched, event.key()):
                event.accept()  # no shortcut: the key goes to the control
        return False

    def watch(self, window: QWidget) -> None:
        for control in window.findChildren(QWidget):
            if control.focusPolicy() != Qt.FocusPolicy.NoFocus:
                control.installEventFilter(self)
