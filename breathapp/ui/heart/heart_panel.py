# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart beside the breath: the swing per breath (large), the curve, the rate, the link.

Repaints only while shown, at a modest rate (the curve scrolls with the clock); its words
change only when what they say changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from breathapp.core.clock import Clock
from breathapp.core.heart.artefacts import Cleaned, clean
from breathapp.core.heart.beats import Beat
from breathapp.core.heart.link import LinkState
from breathapp.core.heart.metrics import hr_curve, mean_swing_bpm
from breathapp.ui.common.theme import Theme
from breathapp.ui.heart import heart_words
from breathapp.ui.heart.heart_curve import WINDOW_S, HeartCurve

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent

FRAME_MS = 100  # 10 frames a second: 90 s across even a full screen moves 2 px a frame
SWING_S = 60.0  # the swing is the mean over the whole breaths of the last minute
RATE_BEATS = 5  # the rate now: the mean of the last few clean beats


class HeartSource(Protocol):
    """What the panel needs of the HeartController (controllers/heart_controller.py)."""

    @property
    def beats_added(self) -> Signal: ...

    @property
    def link_changed(self) -> Signal: ...

    @property
    def link(self) -> LinkState: ...

    def recent(self, since_s: float) -> tuple[Beat, ...]: ...


class BreathStarts(Protocol):
    def volume_at(self, t_s: float) -> float | None: ...

    def starts_between(self, t0_s: float, t1_s: float) -> tuple[float, ...]: ...


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class HeartPanel(QWidget):
    """The live heart for one place (the Breathe page, or the guide's screen)."""

    def __init__(
        self,
        source: HeartSource,
        breath: BreathStarts | None,
        clock: Clock,
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("heartPanel")
        self._source = source
        self._breath = breath
        self._clock = clock
        self._link_before: LinkState | None = None
        self._link = source.link
        self.cleaned = Cleaned((), 0, 0, 0)
        self.screen_px = 0  # presentation: the words grow with the screen's height
        self.swing_label = _label("heartSwing")
        self.rate_label = _label("heartRate")
        self.link_label = _label("muted")
        self.left_out_label = _label("muted")
        self.curve = HeartCurve(lambda: self.cleaned.beats, breath, clock, theme)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.swing_label)
        layout.addWidget(self.curve, 1)
        for label in (self.rate_label, self.link_label, self.left_out_label):
            layout.addWidget(label)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.curve.update)
        source.beats_added.connect(self._on_beats)
        source.link_changed.connect(self._on_link)
        self._scale_fonts()
        self.refresh()

    def set_theme(self, theme: Theme) -> None:
        self.curve.set_theme(theme)
        self._scale_fonts()  # a new style sheet forgets the sized fonts

    @Slot(object)
    def _on_beats(self, _beats: Sequence[Beat]) -> None:
        self.refresh()

    @Slot(object)
    def _on_link(self, state: LinkState) -> None:
        if state is not self._link:
            self._link_before, self._link = self._link, state
        self._show_link()

    def refresh(self) -> None:
        """Read the beats of the window again and say what changed."""
        now = self._clock.monotonic()
        self.cleaned = clean(self._source.recent(now - WINDOW_S - 5.0))
        beats = self.cleaned.beats
        swing = None
        if self._breath is not None:
            starts = self._breath.starts_between(now - SWING_S, now)
            swing = mean_swing_bpm([b for b in beats if b.t_s >= now - SWING_S], starts)
        rates = [bpm for _, bpm in hr_curve(beats[-RATE_BEATS:])]
        self._say(self.swing_label, heart_words.swing_text(swing))
        self._say(
            self.rate_label, heart_words.rate_text(sum(rates) / len(rates) if rates else None)
        )
        self._say(self.left_out_label, heart_words.left_out_text(self.cleaned.removed_share))
        self.left_out_label.setVisible(bool(self.left_out_label.text()))
        self._show_link()

    def _show_link(self) -> None:
        words = heart_words.link_text(self._link, self._link_before)
        # Connected with the rate on screen: the rate says it; the words stay for a reader.
        plain = self._link is LinkState.CONNECTED and self._link_before is not LinkState.LOST
        quiet = plain and bool(self.rate_label.text())
        self._say(self.link_label, "" if quiet else words)
        self.link_label.setVisible(not quiet)
        self.rate_label.setAccessibleDescription(words)

    def _say(self, label: QLabel, text: str) -> None:
        if label.text() != text:  # a screen reader hears a change only
            label.setText(text)
            self._fit_words()

    def _fit_words(self) -> None:
        """Each wrapped text as tall as its lines at this width: the curve gives way, not
        the words (a nested layout does not ask a label's height for its width)."""
        margins = self.layout().contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        for label in (self.swing_label, self.rate_label, self.link_label, self.left_out_label):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._scale_fonts()  # and the words' heights with them
        else:
            self._fit_words()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    @property
    def big_text(self) -> bool:
        return self.screen_px > 0

    def set_screen_height(self, px: int) -> None:
        """Across the room (presentation): the words grow with a screen this high (0: not)."""
        self.screen_px = px
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        base = self.font()
        swing = QFont(base)
        rate = QFont(base)
        if self.big_text:
            swing.setPixelSize(max(22, int(self.screen_px * 0.04)))
            rate.setPixelSize(max(16, int(self.screen_px * 0.025)))
        else:
            px = base.pixelSize()
            if px <= 0:
                px = round(base.pointSizeF() * self.logicalDpiY() / 72)
            # Large where the page has room, never smaller than 1.2 times the text.
            swing.setPixelSize(round(max(px * 1.2, min(px * 2.0, self.width() / 24))))
            rate.setPixelSize(px)
        swing.setBold(True)
        self.swing_label.setFont(swing)
        self.rate_label.setFont(rate)
        self.link_label.setFont(rate if self.big_text else base)
        self._fit_words()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
