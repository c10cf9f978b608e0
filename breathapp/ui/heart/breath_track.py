# SPDX-License-Identifier: GPL-3.0-or-later
"""The guide's breath on the clock's time axis: lung volume and breath starts at any moment.

Pure readings of the clock: a moment's breath comes from the session's pace at the active
seconds of that moment. Only the turns of the session (start, pause, resume, end) are
remembered, as where a stretch of breathing began on the clock; no tick is ever counted.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QObject, Slot

from breathapp.controllers.session_controller import SessionController
from breathapp.core.clock import Clock
from breathapp.core.session import SessionState


class Stretch(NamedTuple):
    """From ``from_s`` on the clock: running (active = t - origin_s) or still at ``active_s``."""

    from_s: float
    running: bool
    origin_s: float  # clock time at which active time would have been 0 (running only)
    active_s: float  # active seconds where the stretch began


class BreathTrack(QObject):
    """Where the guide's breath was at each moment of the current session."""

    def __init__(
        self, session: SessionController, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._stretches: list[Stretch] = []
        session.state_changed.connect(self._on_state)
        self._on_state(session.state)

    @property
    def stretches(self) -> tuple[Stretch, ...]:
        return tuple(self._stretches)

    @Slot(object)
    def _on_state(self, state: SessionState) -> None:
        s = self._session.session
        if s is None or state in (SessionState.READY, SessionState.SETTLING):
            self._stretches.clear()  # a new session: its breath starts afresh
            return
        now = self._clock.monotonic()
        active = s.active_s()
        if state is SessionState.RUNNING:
            banked = self._stretches[-1].active_s if self._stretches else 0.0
            origin = now - active
            self._stretches.append(Stretch(origin + banked, True, origin, banked))
        else:
            self._stretches.append(Stretch(now, False, 0.0, active))

    def active_at(self, t_s: float) -> float | None:
        """Active seconds of the session at clock time ``t_s``; None before it breathed."""
        found: Stretch | None = None
        for stretch in self._stretches:
            if stretch.from_s > t_s:
                break
            found = stretch
        if found is None:
            return None
        return t_s - found.origin_s if found.running else found.active_s

    def volume_at(self, t_s: float) -> float | None:
        """The guide's lung volume (0 empty, 1 full) at clock time ``t_s``; None if none."""
        s = self._session.session
        active = self.active_at(t_s)
        if s is None or active is None:
            return None
        return s.pace.state_at(min(active, s.end_s)).volume

    def starts_between(self, t0_s: float, t1_s: float) -> tuple[float, ...]:
        """Clock times at which a breath began, from ``t0_s`` to ``t1_s`` (breaths drawn)."""
        s = self._session.session
        if s is None:
            return ()
        starts: list[float] = []
        for i, stretch in enumerate(self._stretches):
            if not stretch.running:
                continue
            end = self._stretches[i + 1].from_s if i + 1 < len(self._stretches) else t1_s
            lo, hi = max(t0_s, stretch.from_s), min(t1_s, end)
            if hi <= lo:
                continue
            a0 = lo - stretch.origin_s
            a1 = min(hi - stretch.origin_s, s.end_s)
            n = math.ceil(s.pace.cycles_at(a0) - 1e-9)
            while (a := s.pace.time_of_cycle(n)) <= a1 + 1e-9:
                if a >= a0 - 1e-9:
                    starts.append(stretch.origin_s + a)
                n += 1
        return tuple(starts)
