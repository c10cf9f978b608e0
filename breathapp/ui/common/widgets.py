# SPDX-License-Identifier: GPL-3.0-or-later
"""Small building blocks the screens share: centred text and rows, the rail, slow-down boxes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.patterns import RAMP_MAX_MINUTES, RAMP_MIN_MINUTES, RATE_MAX_BPM, RATE_MIN_BPM


def centered_label(object_name: str = "", wrap: bool = False) -> QLabel:
    """A centred label; ``object_name`` picks its look in the style sheet."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(wrap)
    return label


def ramp_spins(
    spin_type: type[QDoubleSpinBox] = QDoubleSpinBox,
) -> tuple[QDoubleSpinBox, QDoubleSpinBox]:
    """The two boxes of a gradual slow-down: the breaths per minute to start from, and over
    how many minutes to ease into the pattern (in half steps, within the pacer's limits)."""
    start_bpm, minutes = spin_type(), spin_type()
    start_bpm.setRange(RATE_MIN_BPM, RATE_MAX_BPM)
    minutes.setRange(RAMP_MIN_MINUTES, RAMP_MAX_MINUTES)
    for spin in (start_bpm, minutes):
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
    return start_bpm, minutes


def centered_row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side in the middle of the available width."""
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class NavRail(QWidget):
    """The quiet column of page buttons at the window's left, one checked at a time.

    Signals:
        page_requested(int): the button of this page was pressed.
    """

    page_requested = Signal(int)

    def __init__(self, pages: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 24, 12, 24)
        layout.setSpacing(8)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QPushButton] = {}
        for index in pages:
            button = QPushButton()
            button.setObjectName("navButton")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, i=index: self.page_requested.emit(i))
            self.group.addButton(button, index)
            layout.addWidget(button)
            self.buttons[index] = button
        layout.addStretch(1)


class CardButton(QPushButton):
    """A large button whose face is a layout of words (a card to press): it is as large as
    its words need, and as tall as they need once they wrap in a narrow window."""

    min_width = 240  # a phone-sized column; the words wrap below that

    def sizeHint(self) -> QSize:
        inner = self.layout()
        return inner.sizeHint() if inner is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.min_width, self.heightForWidth(self.min_width))

    def hasHeightForWidth(self) -> bool:
        return self.layout() is not None

    def heightForWidth(self, width: int) -> int:
        inner = self.layout()
        return inner.totalHeightForWidth(width) if inner is not None else -1


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in an area that scrolls up and down, never sideways."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def text_label(object_name: str = "", selectable: bool = False) -> QLabel:
    """A wrapping label; ``object_name`` picks its look in the style sheet."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def card() -> tuple[QFrame, QVBoxLayout]:
    """A rounded card in the theme's surface colour, and the column inside it."""
    frame = QFrame()
    frame.setObjectName("card")
    column = QVBoxLayout(frame)
    column.setContentsMargins(22, 16, 22, 18)
    column.setSpacing(6)
    return frame, column
