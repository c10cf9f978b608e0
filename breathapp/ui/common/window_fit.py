# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window fits the screen it opens on, whatever the text size.

At 200 % text (QT_FONT_DPI=192) Qt draws every point twice as large, so a 1600 × 1000
screen holds a window of 800 × 500 of Qt's (logical) pixels. A first window of a fixed
1100 × 760, or a minimum of 720 × 540, then opens larger than the screen and cannot be
made smaller. Here the first size is the preferred one shrunk to the free area, and the
smallest size is small enough for any screen the practice uses; the pages scroll or wrap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1100, 760)
SMALLEST = QSize(480, 360)
# What the window manager takes around a window (title bar, frame) on the free area.
_FRAME = QSize(16, 48)


def first_size(available: QSize) -> QSize:
    """The size of a window opened for the first time on a screen with ``available`` room."""
    room = available - _FRAME
    return QSize(
        max(min(PREFERRED.width(), room.width()), min(SMALLEST.width(), available.width())),
        max(min(PREFERRED.height(), room.height()), min(SMALLEST.height(), available.height())),
    )


def smallest_size(available: QSize) -> QSize:
    """The window's minimum: never more than the screen has room for."""
    return SMALLEST.boundedTo(available)


def within(frame: QRect, available: QRect) -> QRect:
    """``frame`` moved and shrunk, as little as needed, to lie inside ``available``."""
    size = frame.size().boundedTo(available.size())
    left = min(max(frame.left(), available.left()), available.right() + 1 - size.width())
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - size.height())
    return QRect(left, top, size.width(), size.height())


def fit_window(window: QWidget, restored: bool) -> None:
    """Size a window about to be shown: restored geometry kept if it fits, else shrunk."""
    screen = window.screen()
    available = screen.availableGeometry()
    window.setMinimumSize(smallest_size(available.size()))
    if not restored:
        window.resize(first_size(available.size()))
        return
    frame = window.frameGeometry()
    fitted = within(frame, available)
    if fitted != frame:
        # The screen is smaller than when the window was saved (a laptop, larger text).
        extra = frame.size() - window.size()
        window.resize(fitted.size() - extra)
        window.move(fitted.topLeft())


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give a dialog or window its preferred ``width`` × ``height``, or what its screen has.

    Its minimum is bounded the same way, so that it can always be made to fit.
    """
    available = window.screen().availableGeometry().size() - _FRAME
    minimum = window.minimumSize().boundedTo(available)
    window.setMinimumSize(minimum)
    window.resize(QSize(width, height).boundedTo(available).expandedTo(minimum))
