# SPDX-License-Identifier: GPL-3.0-or-later
"""An RR file played back as if a strap sent it, paced by the app's clock.

Beat k falls at the start plus the first k intervals. The timer only says "look now": the
beats due are read off the clock, so a late or missed tick delays a beat's delivery, never
its time. At the end of the file the link is ENDED (no loop: a demo that ends says so,
and a recording looped would show a seam where its end meets its start).
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.controllers.practice import Timer
from breathapp.core.clock import Clock
from breathapp.core.heart.beats import Beat
from breathapp.core.heart.link import LinkState


def due_count(offsets_s: Sequence[float], elapsed_s: float) -> int:
    """How many beats have fallen ``elapsed_s`` after the start (offsets ascending)."""
    return bisect.bisect_right(offsets_s, elapsed_s)


class RrReplay(QObject):
    """Replays intervals (ms) from ``start()`` on.

    Signals:
        link_changed(LinkState): CONNECTED at the start, ENDED after the last beat, OFF
            when stopped.
        beats_added(tuple[Beat, ...]): the beats fallen since the last look.
    """

    link_changed = Signal(object)
    beats_added = Signal(object)

    def __init__(
        self,
        intervals_ms: Sequence[float],
        clock: Clock,
        timer: Timer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rr_ms = tuple(intervals_ms)
        self._offsets_s = tuple(t / 1000 for t in itertools.accumulate(self._rr_ms))
        self._clock = clock
        self._timer = timer  # single shot, set for the next beat due
        self._timer.timeout.connect(self._on_look)
        self._start_s = 0.0
        self._sent = 0
        self._state = LinkState.OFF

    @property
    def state(self) -> LinkState:
        return self._state

    def start(self) -> None:
        self._start_s = self._clock.monotonic()
        self._sent = 0
        self._set(LinkState.CONNECTED)
        if not self._rr_ms:
            self._set(LinkState.ENDED)
            return
        self._wait_for_next(self._start_s)

    def stop(self) -> None:
        self._timer.stop()
        self._set(LinkState.OFF)

    @Slot()
    def _on_look(self) -> None:
        self._timer.stop()
        if self._state is not LinkState.CONNECTED:
            return
        now_s = self._clock.monotonic()
        due = due_count(self._offsets_s, now_s - self._start_s)
        if due > self._sent:
            beats = tuple(
                Beat(self._start_s + self._offsets_s[k], self._rr_ms[k])
                for k in range(self._sent, due)
            )
            self._sent = due
            self.beats_added.emit(beats)
        if self._sent >= len(self._rr_ms):
            self._set(LinkState.ENDED)
            return
        self._wait_for_next(now_s)

    def _wait_for_next(self, now_s: float) -> None:
        next_s = self._start_s + self._offsets_s[self._sent]
        # Rounded to the microsecond first: 500.8 - 500.0 is 800.00000000002 ms in floats.
        self._timer.start(max(1, math.ceil(round((next_s - now_s) * 1000, 3))))

    def _set(self, state: LinkState) -> None:
        if state is not self._state:
            self._state = state
            self.link_changed.emit(state)
