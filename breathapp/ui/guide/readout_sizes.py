# SPDX-License-Identifier: GPL-3.0-or-later
"""How large the guide's readouts are: the word, the seconds and the line of numbers."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QLabel

READY, RUNNING, PRESENTING = range(3)

# Each readout's share of the guide's height (ready, running, full screen), and its
# smallest size in the text size's own units, so that 200 % text is never shrunk.
_SIZES = (
    (1.8, (0.06, 0.08, 0.1)),  # the phase word
    (1.4, (0.045, 0.058, 0.06)),  # the seconds
    (1.0, (0.022, 0.027, 0.028)),  # time done, time to go, breaths per minute
)


def scale_readouts(
    readouts: tuple[QLabel, QLabel, QLabel], base: QFont, height: int, level: int
) -> None:
    """Readable from across the room: the word, the seconds and the numbers grow with the
    window, larger while a session runs (``level`` RUNNING), larger still in full screen."""
    em = QFontInfo(base).pixelSize()
    word = readouts[0]
    for label, (minimum_em, of_height) in zip(readouts, _SIZES, strict=True):
        font = QFont(base)
        font.setPixelSize(max(round(minimum_em * em), int(max(1, height) * of_height[level])))
        if label is word:
            font.setWeight(QFont.Weight.Medium)
        label.setFont(font)
