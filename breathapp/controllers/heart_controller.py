# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart beside the breath: one source of beats at a time (a strap or an RR file), and
the beats it gave, for the curve, the session's record and the resonance test."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.controllers.heart_sensor import BleBackend, StrapInfo, StrapLink, Unavailable
from breathapp.controllers.practice import Timer
from breathapp.controllers.rr_replay import RrReplay
from breathapp.core.clock import Clock
from breathapp.core.heart.beats import RR_MAX_MS, RR_MIN_MS, Beat, RrSeries
from breathapp.core.heart.link import LinkState
from breathapp.core.heart.rr_file import read_rr_file

__all__ = ["HeartController", "StrapInfo"]

log = logging.getLogger("breathapp")

RECENT_S = 600.0  # what recent() answers: the last 10 minutes
# What series_since() can still give: a long session's or a test's beats from its start.
KEPT_S = 4 * 3600.0


class HeartController(QObject):
    """Beats from one source at a time, kept on the app's monotonic clock.

    Signals:
        beats_added(tuple[Beat, ...]): new raw beats (plausible intervals only), oldest first.
        link_changed(LinkState): the source's state; OFF when stopped or none was chosen.
        straps_found(tuple[StrapInfo, ...]): the straps a search found so far.
    """

    beats_added = Signal(object)
    link_changed = Signal(object)
    straps_found = Signal(object)

    def __init__(
        self,
        clock: Clock,
        make_timer: Callable[[], Timer],
        make_backend: Callable[[], BleBackend],
        parent: QObject | None = None,
    ) -> None:
        """``make_backend`` is called at the first search or connect (it loads QtBluetooth)."""
        super().__init__(parent)
        self._clock = clock
        self._make_timer = make_timer
        self._make_backend = make_backend
        self._strap: StrapLink | None = None
        self._replay: RrReplay | None = None
        self._source_name = ""
        self._link = LinkState.OFF
        self._times: list[float] = []  # beat times, ascending (bisect finds a start)
        self._beats: list[Beat] = []

    # -- the source ---------------------------------------------------------------------

    @property
    def link(self) -> LinkState:
        return self._link

    @property
    def source_name(self) -> str:
        """The strap's name or the replayed file's; empty when none was chosen."""
        return self._source_name

    @property
    def unavailable(self) -> Unavailable | None:
        """Why Bluetooth cannot be used, while the link is UNAVAILABLE."""
        if self._strap is None or self._strap.unavailable is None:
            return None
        return self._strap.unavailable[0]

    def search(self) -> None:
        """Look for straps (the strap or file in use is let go: one source at a time)."""
        self._stop_replay()
        self._source_name = ""
        self._strap_link().search()

    def connect_strap(self, strap: StrapInfo) -> None:
        self._stop_replay()
        self._source_name = strap.name
        self._strap_link().connect_strap(strap)

    def replay(self, path: Path | str) -> None:
        """Play an RR file from now on; RrFileError (nothing changed) when it is unusable."""
        intervals = read_rr_file(path)
        self.stop()
        replay = RrReplay(intervals, self._clock, self._make_timer(), self)
        replay.link_changed.connect(self._on_link)
        replay.beats_added.connect(self._on_beats)
        self._replay = replay
        self._source_name = Path(path).name
        replay.start()

    def stop(self) -> None:
        self._stop_replay()
        if self._strap is not None:
            self._strap.stop()
        self._source_name = ""
        self._on_link(LinkState.OFF)

    # -- the beats ----------------------------------------------------------------------

    def recent(self, since_s: float) -> tuple[Beat, ...]:
        """The beats from ``since_s`` on, at most those of the last 10 minutes."""
        since_s = max(since_s, self._clock.monotonic() - RECENT_S)
        return tuple(self._beats[bisect.bisect_left(self._times, since_s) :])

    def series_since(self, start_s: float) -> RrSeries | None:
        """The beats from ``start_s`` on (up to four hours), for the record; None if none."""
        kept = self._beats[bisect.bisect_left(self._times, start_s) :]
        return RrSeries.of(kept, start_s) if kept else None

    # -- inside -------------------------------------------------------------------------

    def _strap_link(self) -> StrapLink:
        if self._strap is None:
            self._strap = StrapLink(self._make_backend(), self._clock, self._make_timer(), self)
            self._strap.link_changed.connect(self._on_link)
            self._strap.beats_added.connect(self._on_beats)
            self._strap.straps_found.connect(self.straps_found)
        return self._strap

    def _stop_replay(self) -> None:
        replay, self._replay = self._replay, None
        if replay is not None:
            replay.link_changed.disconnect(self._on_link)
            replay.beats_added.disconnect(self._on_beats)
            replay.stop()
            replay.deleteLater()

    @Slot(object)
    def _on_link(self, state: LinkState) -> None:
        if state is self._link:
            return
        self._link = state
        if state is LinkState.UNAVAILABLE and self.unavailable is not None:
            log.info("heart: %s (%s)", state.value, self.unavailable.value)
        else:
            log.info("heart: %s %s", state.value, self._source_name)
        self.link_changed.emit(state)

    @Slot(object)
    def _on_beats(self, beats: tuple[Beat, ...]) -> None:
        last_s = self._times[-1] if self._times else -float("inf")
        # Kept in time order whatever the source; an interval no heart makes is not a beat.
        fresh = tuple(b for b in beats if b.t_s >= last_s and RR_MIN_MS <= b.rr_ms <= RR_MAX_MS)
        if not fresh:
            return
        self._beats.extend(fresh)
        self._times.extend(b.t_s for b in fresh)
        cut = bisect.bisect_left(self._times, self._times[-1] - KEPT_S)
        if cut > 1000:  # trimmed now and then, not at every beat
            del self._beats[:cut], self._times[:cut]
        self.beats_added.emit(fresh)
