# SPDX-License-Identifier: GPL-3.0-or-later
"""How large the guide's readouts are: the word, the seconds and the line of numbers."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy

READY, RUNNING, PRESENTING = range(3)

# Each readout's share of the guide's height (ready, running, full screen), and its
# smallest size in the text size's own units, so that 200 % text is never shrunk.
_SIZES = (
    (1.8, (0.06, 0.08, 0.1)),  # the phase word
    (1.4, (0.045, 0.058, 0.06)),  # the seconds
    (1.0, (0.022, 0.027, 0.028)),  # time done, time to go, breaths per minute
)


def let_readouts_shrink(readouts: tuple[QLabel, QLabel, QLabel]) -> None:
    """A long word in large type must not make the window wider than the screen: the
    readouts take the width they are given, and scale_readouts fits their words into it."""
    for label in readouts:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


def scale_readouts(
    readouts: tuple[QLabel, QLabel, QLabel], base: QFont, width: int, height: int, level: int
) -> None:
    """Readable from across the room: the word, the seconds and the numbers grow with the
    window, larger while a session runs (``level`` RUNNING), larger still in full screen;
    each no wider than ``width`` (a label that wraps wraps instead of shrinking), so that
    no word is ever cut off."""
    em = QFontInfo(base).pixelSize()
    word = readouts[0]
    for label, (minimum_em, of_height) in zip(readouts, _SIZES, strict=True):
        font = QFont(base)
        px = max(round(minimum_em * em), int(max(1, height) * of_height[level]))
        font.setPixelSize(px)
        if label is word:
            font.setWeight(QFont.Weight.Medium)
        wide = QFontMetrics(font).horizontalAdvance(label.text())
        if wide > width > 0 and not label.wordWrap():  # a sentence wraps instead
            font.setPixelSize(max(1, int(px * width / wide)))
        label.setFont(font)
