# SPDX-License-Identifier: GPL-3.0-or-later
"""A check box whose words wrap (Settings, the plan editor): a narrow page at 200 % text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

_WRAP = Qt.TextFlag.TextWordWrap
# The narrowest a check box's words go before they wrap, in average characters.
_MIN_CHARS = 14


class WrapCheckBox(QCheckBox):
    """A check box whose words wrap onto the next line on a narrow page (200 % text).

    Its text, accessible name and behaviour are a QCheckBox's; only the drawing of the
    words and the sizes differ. A click anywhere on it, words included, ticks it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _size_for_words(self, words: QSize) -> QSize:
        content = QStyle.ContentsType.CT_CheckBox
        return self.style().sizeFromContents(content, self._option(), words, self)

    def _words(self, width: int) -> QSize:
        bounds = QRect(0, 0, max(1, width), 1_000_000)
        return self.fontMetrics().boundingRect(bounds, int(_WRAP), self.text()).size()

    def _room_around_words(self) -> int:
        return self._size_for_words(QSize(0, 0)).width()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        words = self._words(width - self._room_around_words())
        return self._size_for_words(words).height()

    def sizeHint(self) -> QSize:
        words = self.fontMetrics().size(0, self.text())
        return self._size_for_words(words)

    def minimumSizeHint(self) -> QSize:
        natural = self.fontMetrics().horizontalAdvance(self.text())
        narrow = min(natural, self.fontMetrics().averageCharWidth() * _MIN_CHARS)
        width = self._room_around_words() + narrow
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        words = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        text, option.text = option.text, ""
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)  # edge, tick, focus
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(_WRAP)
        self.style().drawItemText(
            painter,
            words,
            flags,
            option.palette,
            self.isEnabled(),
            text,
            QPalette.ColorRole.WindowText,
        )
