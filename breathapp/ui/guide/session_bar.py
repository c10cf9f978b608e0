# SPDX-License-Identifier: GPL-3.0-or-later
"""The bar under a session: Pause, Stop, Full screen and, apart, "I feel dizzy".

In full screen the first three are quiet (common.quiet_fade): a mouse move or a key shows
them with a hint of what Esc does, and they fade again after a few seconds without one.
"I feel dizzy" never fades. After a session in full screen the way out stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from breathapp.core.clock import Clock
from breathapp.ui.common.quiet_fade import QuietFade, keep_place
from breathapp.ui.common.widgets import centered_label


class SessionBar(QWidget):
    """The session's buttons; quiet in full screen. ``home`` takes the focus when they fade."""

    def __init__(
        self, clock: Clock, reduced_motion: bool, home: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pause_button = QPushButton()
        self.stop_button = QPushButton()
        self.fullscreen_button = QPushButton()
        self.dizzy_button = QPushButton()
        self.dizzy_button.setObjectName("dizzy")
        self.hint = centered_label("muted", wrap=True)  # what Esc does here, in full screen
        self.hint.hide()
        self.quiet = QWidget()  # what fades: the three buttons and the hint
        keep_place(self.quiet)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.fullscreen_button)
        column = QVBoxLayout(self.quiet)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.hint)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(24, 8, 24, 16)
        bar.addStretch(1)
        bar.addWidget(self.quiet, 0, Qt.AlignmentFlag.AlignTop)
        bar.addStretch(3)  # "I feel dizzy" stands apart: its own calm place, never by Stop
        bar.addWidget(self.dizzy_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addStretch(1)
        self.fade = QuietFade((self.quiet,), clock, reduced_motion, lambda: home, self)
        self.fade_timer = self.fade.timer

    def show_for(self, full_screen: bool, live: bool, esc_leaves: bool = True) -> None:
        """Lay the bar out for the window (full screen or not) and the session (live or
        over). ``esc_leaves``: Esc leaves full screen once no session runs (not so while a
        check-in is answered: there it skips)."""
        for button in (self.pause_button, self.stop_button, self.dizzy_button):
            button.setVisible(live)
        full = self.fullscreen_button
        full.setText(self.tr("Leave full screen") if full_screen else self.tr("Full screen"))
        full.setToolTip(
            self.tr("Leave full screen (F11)") if full_screen else self.tr("Full screen (F11)")
        )
        if live:
            self.hint.setText(self.tr("Esc stops the session. F11 leaves full screen."))
        else:
            self.hint.setText(self.tr("Esc leaves full screen.") if esc_leaves else "")
        self.hint.setVisible(full_screen and bool(self.hint.text()))
        if full_screen and live:
            self.fade.fading(self.window().windowHandle())
        else:
            self.fade.steady()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.fade.set_reduced_motion(reduced)

    def opacity(self) -> float:
        return self.fade.opacity()

    def tick(self) -> None:
        """What the fade's timer does: look at the clock (tests call it after moving theirs)."""
        self.fade.tick()
