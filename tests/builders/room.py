# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen cuts off: words, buttons and fields narrower or lower than they need.

At 200 % text (QT_FONT_DPI=192) a 1600 × 1000 screen is 800 × 500 of Qt's pixels: the same
as normal text in a window of 800 × 500. A screen that works there cuts nothing off: its
pages wrap, or scroll up and down, never sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QWidget,
)

# 200 % text on a 1600 × 1000 screen, less the window's title bar and the taskbar.
LARGE_TEXT_WINDOW = (800, 460)


def _needs(widget: QWidget) -> tuple[int, int]:
    """The least width and height ``widget`` shows whole in."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        return 0, widget.heightForWidth(widget.width())  # it wraps: its lines must show
    if isinstance(widget, QLineEdit):  # its text scrolls inside it; its height is its own
        return 0, widget.sizeHint().height()
    if widget.hasHeightForWidth():  # a card of words: as tall as they need at its width
        return widget.minimumSizeHint().width(), widget.heightForWidth(widget.width())
    if isinstance(widget, (QAbstractButton, QComboBox)) and not widget.layout():
        return widget.sizeHint().width(), widget.minimumSizeHint().height()
    hint = widget.minimumSizeHint()
    return hint.width(), hint.height()


def _seen(widget: QWidget, root: QWidget) -> bool:
    """True when ``widget`` is shown on the screen ``root`` (scrolled out of view counts)."""
    return widget.isVisibleTo(root) and widget.width() > 0


def cut_off(root: QWidget) -> list[str]:
    """Each control or text in ``root`` shown cut off, and each page that scrolls sideways."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not _seen(widget, root) or isinstance(widget, QScrollBar):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # a spin box's own text field: the spin box is judged whole
        name = f"{type(widget).__name__} {widget.objectName()!r} {_text(widget)!r}"
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisibleTo(root) and bar.maximum() > 0:
                found.append(f"{name} scrolls sideways by {bar.maximum()} px")
            continue
        if not isinstance(
            widget, (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)
        ):
            continue
        width, height = _needs(widget)
        if widget.width() + 1 < width or widget.height() + 1 < height:
            found.append(f"{name} is {widget.width()}×{widget.height()}, needs {width}×{height}")
        parent = widget.parentWidget()
        if parent is not None and not isinstance(parent, QAbstractScrollArea):
            inside = QRect(0, 0, parent.width(), parent.height())
            if not inside.contains(widget.geometry()) and not isinstance(
                parent.parentWidget(), QScrollArea
            ):
                found.append(f"{name} sticks out of its {type(parent).__name__}")
    return found


def _text(widget: QWidget) -> str:
    for getter in ("text", "currentText"):
        value = getattr(widget, getter, None)
        if callable(value):
            return str(value())[:40]
    return ""
