# SPDX-License-Identifier: GPL-3.0-or-later
"""The bar under a session: Pause, Stop, Full screen and, apart, "I feel dizzy".

In full screen the first three are quiet: a mouse move or a key shows them with a hint
of what Esc does, and they fade again after a few seconds without one. "I feel dizzy"
never fades. How visible they are is a pure function of the monotonic clock (tests move a
manual clock and never wait), and the fade's timer runs only while they are on screen.
After a session in full screen there is nothing to watch: the way out stays.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.clock import Clock
from breathapp.ui.common.widgets import centered_label

SHOW_S = 3.0  # fully shown this long after the last move or key
FADE_S = 0.8  # then fading out over this long (at once with reduced motion)
FADE_TICK_MS = 40  # steps of the fade: smooth enough, and only while fading

_WAKING = (QEvent.Type.MouseMove, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)


def quiet_opacity(idle_s: float, reduced_motion: bool) -> float:
    """How visible the quiet controls are ``idle_s`` seconds after the last move or key."""
    if idle_s < SHOW_S:
        return 1.0
    if reduced_motion:
        return 0.0
    return max(0.0, 1.0 - (idle_s - SHOW_S) / FADE_S)


class SessionBar(QWidget):
    """The session's buttons; quiet in full screen. ``home`` takes the focus when they fade."""

    def __init__(
        self, clock: Clock, reduced_motion: bool, home: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._reduced_motion = reduced_motion
        self._home = home
        self._full = False
        self._live = False
        self._since = 0.0  # the clock at the last move or key
        self._opacity = 1.0
        self._watched: QWindow | None = None
        self.pause_button = QPushButton()
        self.stop_button = QPushButton()
        self.fullscreen_button = QPushButton()
        self.dizzy_button = QPushButton()
        self.dizzy_button.setObjectName("dizzy")
        self.hint = centered_label("muted", wrap=True)  # what Esc does here, in full screen
        self.hint.hide()
        self.quiet = QWidget()  # what fades: the three buttons and the hint
        policy = self.quiet.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # nothing moves when they fade
        self.quiet.setSizePolicy(policy)
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
        self.fade_timer = QTimer(self)
        self.fade_timer.setSingleShot(True)
        self.fade_timer.timeout.connect(self.tick)

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced

    def show_for(self, full_screen: bool, live: bool, esc_leaves: bool = True) -> None:
        """Lay the bar out for the window (full screen or not) and the session (live or
        over). ``esc_leaves``: Esc leaves full screen once no session runs (not so while a
        check-in is answered: there it skips)."""
        self._full, self._live = full_screen, live
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
        self._watch(self.window().windowHandle() if full_screen and live else None)
        if full_screen and live:
            self.wake()
        else:  # a normal window, or nothing to watch: the controls simply stay
            self.fade_timer.stop()
            self._show(1.0)

    def opacity(self) -> float:
        return self._opacity

    @Slot()
    def wake(self) -> None:
        """A move or a key: show the quiet controls again, for SHOW_S from now."""
        if not (self._full and self._live):
            return
        self._since = self._clock.monotonic()
        self.tick()

    @Slot()
    def tick(self) -> None:
        """Show as visible as the clock says; the timer runs again only if something shows."""
        if not (self._full and self._live):
            return
        idle = self._clock.monotonic() - self._since
        opacity = quiet_opacity(idle, self._reduced_motion)
        self._show(opacity)
        if opacity >= 1.0:
            self.fade_timer.start(max(1, round((SHOW_S - idle) * 1000)))
        elif opacity > 0.0:
            self.fade_timer.start(FADE_TICK_MS)
        else:
            self.fade_timer.stop()

    def _show(self, opacity: float) -> None:
        self._opacity = opacity
        if opacity <= 0.0:
            focused = self.quiet.focusWidget()
            if focused is not None and focused.hasFocus():
                self._home.setFocus(Qt.FocusReason.OtherFocusReason)  # not lost, not on Dizzy
            self.quiet.hide()
        else:
            self.quiet.show()
        if 0.0 < opacity < 1.0:
            effect = self.quiet.graphicsEffect()
            if not isinstance(effect, QGraphicsOpacityEffect):
                effect = QGraphicsOpacityEffect(self.quiet)
                self.quiet.setGraphicsEffect(effect)
            effect.setOpacity(opacity)
        elif self.quiet.graphicsEffect() is not None:
            self.quiet.setGraphicsEffect(None)  # drawn directly again: nothing to blend

    def _watch(self, window: QWindow | None) -> None:
        """Moves and keys reach the native window first, whichever widget they are for;
        watched only in full screen during a session."""
        if window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WAKING:
            self.wake()
        return False
