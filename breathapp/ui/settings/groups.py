# SPDX-License-Identifier: GPL-3.0-or-later
"""The parts Settings is built of: a group with its heading, and a check box whose words wrap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
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


class SettingsGroup(QFrame):
    """A card of settings under a heading, with an optional line that says what they are.

    ``add_row(caption, *parts)`` puts a small caption above its fields (widgets or
    layouts), so a narrow page never needs a second column.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsGroup")
        self.heading = QLabel()
        self.heading.setObjectName("groupTitle")
        self.heading.setWordWrap(True)
        self.lead = QLabel()
        self.lead.setObjectName("lead")
        self.lead.setWordWrap(True)
        self.lead.hide()
        line = self.fontMetrics().height()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(line, round(0.8 * line), line, line)
        self.body.setSpacing(round(0.4 * line))
        self.body.addWidget(self.heading)
        self.body.addWidget(self.lead)
        self._row_gap = round(0.9 * line)

    def set_texts(self, heading: str, lead: str = "") -> None:
        self.heading.setText(heading)
        self.lead.setText(lead)
        self.lead.setVisible(bool(lead))
        self.setAccessibleName(heading)

    def add_row(self, caption: QLabel | None, *parts: QWidget | QLayout) -> None:
        self.body.addSpacing(self._row_gap)
        if caption is not None:
            caption.setObjectName("fieldCaption")
            caption.setWordWrap(True)
            self.body.addWidget(caption)
        for part in parts:
            if isinstance(part, QLayout):
                self.body.addLayout(part)
            else:
                self.body.addWidget(part)
