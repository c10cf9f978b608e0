# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's small panel while the guide shows on another screen: live pace and keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.session_controller import Readout, SessionController
from breathapp.ui.common import labels
from breathapp.ui.common.keys import FocusFirst
from breathapp.ui.common.widgets import scrolled
from breathapp.ui.guide.live_controls import LiveControls, pace_text

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QResizeEvent

    from breathapp.core.patterns import Pattern


def fill(grid: QGridLayout, rows: list[tuple[str, str]]) -> None:
    """Put ``rows`` of (key, what it does) in ``grid``, the key in bold."""
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    for row, (key, what) in enumerate(rows):
        key_label = QLabel(f"<b>{key}</b>")
        key_label.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(QLabel(what), row, 1, Qt.AlignmentFlag.AlignTop)
    grid.setRowStretch(len(rows), 1)  # rows close together, at the top


class TherapistPanel(QWidget):
    """Stays on the therapist's screen: the pace now, the keys, the screen for the guide."""

    def __init__(
        self,
        session: SessionController,
        controls: LiveControls,
        move_guide_to: Callable[[str], None],
    ) -> None:
        """``move_guide_to(name)`` shows the guide on the screen of that name."""
        super().__init__(None, Qt.WindowType.Tool)
        self.setObjectName("therapistPanel")
        self._move_guide_to = move_guide_to
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.pace_label = QLabel()  # where the guide is heading: name, rate, ratio
        self.pace_label.setObjectName("cardValue")
        self.pace_label.setWordWrap(True)
        self.now_label = QLabel()  # the rate now, while the guide eases into a new one
        self.now_label.setObjectName("muted")
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.keys_grid = QGridLayout()  # the live keys, each with what it does
        self.presets_grid = QGridLayout()  # the number keys, each with its preset
        for grid in (self.keys_grid, self.presets_grid):
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(6)
            grid.setColumnStretch(1, 1)
        # The keys beside the presets where they fit, else above them (200 % text).
        self._keys = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._keys.setSpacing(40)
        self._keys.addLayout(self.keys_grid, 1)
        self._keys.addLayout(self.presets_grid, 1)
        self.screen_box = QComboBox()
        # The therapist's choice of colours for the guide's screen (C does the same).
        self.contrast_box = QCheckBox()
        self.contrast_box.setChecked(controls.high_contrast)
        # The patient feels dizzy: the demonstration ends at once, as every session does.
        self.dizzy_button = QPushButton()
        self.dizzy_button.setObjectName("dizzy")
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.dizzy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        content = QWidget()
        content.setObjectName("therapistPanelContent")
        area = scrolled(content)  # all of it within reach on a small screen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 12, 32, 28)
        layout.setSpacing(10)
        for widget in (self.title, self.pace_label, self.now_label, self.notice_label):
            layout.addWidget(widget)
        layout.addSpacing(14)
        layout.addLayout(self._keys)
        layout.addSpacing(14)
        layout.addWidget(self.screen_box)
        layout.addWidget(self.contrast_box)
        # Below the part that scrolls: "I feel dizzy" and the way out are always in sight.
        buttons.setContentsMargins(32, 10, 32, 20)
        outer.addLayout(buttons)
        self._content = content
        self.setMinimumWidth(760)
        # Large and calm: read at a glance while talking to the patient.
        font = QFont(self.font())
        font.setPixelSize(18)
        self.setFont(font)
        self.actions_ = controls.add_actions(self)
        self._focus_first = FocusFirst(self)  # Space on Leave leaves; arrows move in the list
        self._focus_first.watch(self)
        self.leave_button.clicked.connect(controls.leave)
        self.dizzy_button.clicked.connect(controls.dizzy)
        controls.notice.connect(self._say_notice)
        self.notice_label.hide()  # shown with a notice only
        session.pace_changed.connect(self._on_pace_changed)  # after controls: clears its notice
        session.readout_changed.connect(self._on_readout)
        self.screen_box.activated.connect(self._on_screen_picked)
        self.contrast_box.clicked.connect(controls.set_high_contrast)
        controls.high_contrast_changed.connect(self.contrast_box.setChecked)
        self._presets = controls.presets()
        heading = session.heading_to()
        if heading is not None:
            self.pace_label.setText(pace_text(heading, "\n"))
        self.retranslate()

    def sizeHint(self) -> QSize:
        """All of it where the screen has room (the scrolled part's whole height)."""
        inner = self._content.sizeHint()
        buttons = self.dizzy_button.sizeHint().height() + 30
        room = self.screen().availableGeometry().size() - QSize(16, 48)
        return QSize(max(inner.width(), self.minimumWidth()), inner.height() + buttons).boundedTo(
            room
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        side = self.keys_grid.minimumSize().width() + self.presets_grid.minimumSize().width()
        fits = side + self._keys.spacing() + 64 + 24 <= event.size().width()
        self._keys.setDirection(
            QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def show_on(self, area: QRect, guide_on: str) -> None:
        """Show in ``area`` of the therapist's screen (never over the guide), the picker on
        ``guide_on``, the screen the guide is on."""
        self.retranslate()  # screens come and go between demonstrations
        self.screen_box.setCurrentIndex(self.screen_box.findData(guide_on))
        self.resize(self.sizeHint())  # not adjustSize(): that keeps to 2/3 of the screen
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())
        self.show()
        self.activateWindow()  # the therapist's keys come here

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presentation"))
        self.title.setText(self.tr("The guide is on the other screen"))
        self.leave_button.setText(self.tr("End the demonstration (Esc)"))
        self.dizzy_button.setText(self.tr("I feel dizzy (D)"))
        self.dizzy_button.setToolTip(self.tr("The patient feels dizzy: stop at once (D)"))
        self.contrast_box.setText(self.tr("High contrast on the guide's screen (C)"))
        fill(
            self.keys_grid,
            [
                ("\u2191  \u2193", self.tr("Faster or slower, by half a breath a minute")),
                ("\u2190  \u2192", self.tr("Shorter or longer exhale")),
                (self.tr("Space"), self.tr("Pause or continue")),
                ("Esc", self.tr("End")),
                ("D", self.tr("The patient feels dizzy: stop at once")),
                ("C", self.tr("Calm colours or high contrast")),
                ("K", self.tr("Show or hide the key strip")),
            ],
        )
        fill(
            self.presets_grid,
            [(str(i), labels.preset_name(p.id)) for i, p in enumerate(self._presets, start=1)],
        )
        self.screen_box.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            name = screen.name() or str(number)
            self.screen_box.addItem(self.tr("Guide on: %1").replace("%1", name))
            self.screen_box.setItemData(self.screen_box.count() - 1, screen.name())

    @Slot(object)
    def _on_readout(self, r: Readout) -> None:
        self.now_label.setText(self.tr("Now: %1").replace("%1", labels.rate_text(r.rate_bpm)))

    @Slot(object)
    def _on_pace_changed(self, pattern: Pattern) -> None:
        self.pace_label.setText(pace_text(pattern, "\n"))
        self._say_notice("")  # the new pace is said above; keep the notice for limits

    @Slot(str)
    def _say_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    @Slot(int)
    def _on_screen_picked(self, index: int) -> None:
        name = self.screen_box.itemData(index)
        if isinstance(name, str):
            self._move_guide_to(name)
