# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the heart shows: beside the guide on the Breathe page ("Show my heart"), and on the
guide's screen in presentation mode, under the guide or filling the screen.

The guide's own modules know nothing of the heart: these place a panel into the layout the
guide's canvas sits in, and the guide keeps the larger share of the room.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.heart.link import LinkState
from breathapp.ui.heart.heart_panel import HeartPanel, HeartSource

# Under the guide, it keeps the larger share. Beside it, half the width: the guide's circle
# is as tall as the page allows in any landscape window, so the half leaves it its size.
GUIDE_SHARE, HEART_SHARE = 3, 2
BESIDE_SHARE = 1


class Place(Enum):
    """Where the heart shows on the guide's screen in presentation mode."""

    UNDER = "under"  # under the guide
    FILL = "fill"  # in the guide's place: the breath is drawn behind the curve


def _box_of(widget: QWidget) -> QBoxLayout:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if not isinstance(layout, QBoxLayout) or layout.indexOf(widget) < 0:
        raise ValueError("the widget is not in a box layout")
    return layout


def place_beside(guide: QWidget, heart: QWidget) -> QWidget:
    """Put ``heart`` beside ``guide`` where the guide was; returns the row holding both."""
    layout = _box_of(guide)
    index = layout.indexOf(guide)
    stretch = layout.stretch(index)
    row = QWidget()
    row.setObjectName("guideAndHeart")
    layout.insertWidget(index, row, stretch)
    layout.removeWidget(guide)
    inner = QHBoxLayout(row)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.addWidget(guide, BESIDE_SHARE)
    inner.addWidget(heart, BESIDE_SHARE)
    return row


def place_under(guide: QWidget, heart: QWidget) -> None:
    """Put ``heart`` just under ``guide`` in the same layout."""
    layout = _box_of(guide)
    index = layout.indexOf(guide)
    layout.insertWidget(index + 1, heart, HEART_SHARE)
    layout.setStretch(index, GUIDE_SHARE)


def insert_after(anchor: QWidget, widget: QWidget) -> None:
    """Put ``widget`` just after ``anchor`` in the layout they share (e.g. a setting)."""
    layout = _box_of(anchor)
    layout.insertWidget(layout.indexOf(anchor) + 1, widget)


class HeartBox(QWidget):
    """Beside the guide: "Show my heart" and the heart panel; only while a source is in use."""

    def __init__(
        self, source: HeartSource, panel: HeartPanel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("heartBox")
        self._source = source
        self.panel = panel
        self.toggle = QCheckBox()
        self.toggle.setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(panel, 1)
        self.toggle.toggled.connect(self._show_panel)
        source.link_changed.connect(self._on_link)
        self.retranslate()
        self._on_link(source.link)

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Show my heart"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def shown(self) -> bool:
        """The heart is wanted (a source is in use and the toggle is on)."""
        return self.toggle.isChecked() and self._source.link is not LinkState.OFF

    @Slot(object)
    def _on_link(self, state: LinkState) -> None:
        self.setVisible(state is not LinkState.OFF)  # the session goes on without a sensor
        self._show_panel(self.toggle.isChecked())

    @Slot(bool)
    def _show_panel(self, on: bool) -> None:
        self.panel.setVisible(on)


class PlaceChoice(QComboBox):
    """The therapist's choice: the heart under the guide, or filling the guide's screen.

    Signals:
        chosen(Place): a place was picked.
    """

    chosen = Signal(object)

    def __init__(self, place: Place, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heartPlace")
        for item in Place:
            self.addItem("", item)
        self.setCurrentIndex(list(Place).index(place))
        self.activated.connect(lambda index: self.chosen.emit(list(Place)[index]))
        self.retranslate()

    def retranslate(self) -> None:
        self.setItemText(0, self.tr("Heart rate under the guide"))
        self.setItemText(1, self.tr("Heart rate filling the guide's screen"))
        self.setAccessibleName(self.tr("Where the heart rate shows on the guide's screen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
