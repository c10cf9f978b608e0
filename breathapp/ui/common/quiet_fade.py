# SPDX-License-Identifier: GPL-3.0-or-later
"""Quiet controls in full screen: a mouse move or a key shows them, and they fade again.

How visible they are is a pure function of the monotonic clock (tests move a manual clock
and never wait), and the fade's timer runs only while they are on screen. With reduced
motion they go at once instead of fading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QWidget

from breathapp.core.clock import Clock

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow

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


def keep_place(widget: QWidget) -> None:
    """Hidden, ``widget`` keeps its room: nothing around it moves when it fades."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class QuietFade(QObject):
    """Fades ``quiet`` while ``fading(window)``; ``steady()`` shows them for good.

    ``home()`` takes the keyboard focus when a focused control fades (never lost, and
    never left where Space would press something else).
    """

    def __init__(
        self,
        quiet: Sequence[QWidget],
        clock: Clock,
        reduced_motion: bool,
        home: Callable[[], QWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._quiet = tuple(quiet)
        self._clock = clock
        self._reduced_motion = reduced_motion
        self._home = home
        self._active = False
        self._since = 0.0  # the clock at the last move or key
        self._opacity = 1.0
        self._watched: QWindow | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced

    def fading(self, window: QWindow | None) -> None:
        """Full screen in a session: show them now, then fade; moves and keys on ``window``
        (they reach the native window first, whichever widget they are for) wake them."""
        self._active = True
        self._watch(window)
        self.wake()

    def steady(self) -> None:
        """A normal window, or nothing to watch: the controls simply stay."""
        self._active = False
        self._watch(None)
        self.timer.stop()
        self._show(1.0)

    def opacity(self) -> float:
        return self._opacity

    @Slot()
    def wake(self) -> None:
        """A move or a key: show the quiet controls again, for SHOW_S from now."""
        if self._active:
            self._since = self._clock.monotonic()
            self.tick()

    @Slot()
    def tick(self) -> None:
        """Show as visible as the clock says; the timer runs again only if something shows."""
        if not self._active:
            return
        idle = self._clock.monotonic() - self._since
        opacity = quiet_opacity(idle, self._reduced_motion)
        self._show(opacity)
        if opacity >= 1.0:
            self.timer.start(max(1, round((SHOW_S - idle) * 1000)))
        elif opacity > 0.0:
            self.timer.start(FADE_TICK_MS)
        else:
            self.timer.stop()

    def _show(self, opacity: float) -> None:
        self._opacity = opacity
        for widget in self._quiet:
            if opacity <= 0.0:
                focused = widget.focusWidget()
                if focused is not None and focused.hasFocus():
                    self._home().setFocus(Qt.FocusReason.OtherFocusReason)
            if widget.isHidden() == (opacity > 0.0):  # a change only: no needless layout
                widget.setVisible(opacity > 0.0)
            effect = widget.graphicsEffect()
            if 0.0 < opacity < 1.0:
                # Named only when a fade first runs (full screen): nothing to build at start-up.
                from PySide6.QtWidgets import QGraphicsOpacityEffect

                if not isinstance(effect, QGraphicsOpacityEffect):
                    effect = QGraphicsOpacityEffect(widget)
                    widget.setGraphicsEffect(effect)
                effect.setOpacity(opacity)
            elif effect is not None:
                widget.setGraphicsEffect(None)  # drawn directly again: nothing to blend

    def _watch(self, window: QWindow | None) -> None:
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
