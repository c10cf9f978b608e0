# SPDX-License-Identifier: GPL-3.0-or-later
"""The session controller on a hand-driven clock and hand-fired timers, and what it runs."""

from __future__ import annotations

from breathapp.controllers.session_controller import (
    CHECKPOINT_INTERVAL_MS,
    Readout,
    SessionController,
)
from breathapp.core.clock import ManualClock
from breathapp.core.patterns import preset
from breathapp.core.session import Length, SessionPlan, SessionState
from tests.fakes import FakeTimer, MemoryStore, make_gate

CALM = preset("calm").pattern


class SessionRig:
    """The session controller over a ManualClock, fake timers and a store in memory.

    It keeps every readout, state, ending and storage failure the controller signals.
    """

    def __init__(self) -> None:
        self.clock = ManualClock()
        self.frame = FakeTimer()
        self.checkpoint = FakeTimer()
        self.store = MemoryStore()
        self.c = SessionController(
            self.clock, self.frame, self.checkpoint, self.store, make_gate(self.clock, self.store)
        )
        self.readouts: list[Readout] = []
        self.states: list[SessionState] = []
        self.ended: list[object] = []
        self.failed: list[object] = []
        self.recovered = 0
        self.frames = 0
        self.c.readout_changed.connect(self.readouts.append)
        self.c.state_changed.connect(self.states.append)
        self.c.session_ended.connect(self.ended.append)
        self.c.storage_failed.connect(self.failed.append)
        self.c.storage_recovered.connect(self._on_recovered)
        self.c.frame.connect(self._on_frame)

    def _on_recovered(self) -> None:
        self.recovered += 1

    def _on_frame(self) -> None:
        self.frames += 1

    def run(self, seconds: float, step: float = 1 / 60) -> None:
        """Advance the clock frame by frame, firing the timers when they are due."""
        t = 0.0
        next_checkpoint = CHECKPOINT_INTERVAL_MS / 1000
        while t < seconds - 1e-9:
            self.clock.advance(step)
            t += step
            self.frame.fire()
            if t >= next_checkpoint:
                self.checkpoint.fire()
                next_checkpoint += CHECKPOINT_INTERVAL_MS / 1000


def calm_plan(length: Length, settle_s: float = 3.0) -> SessionPlan:
    """Calm breathing (4-0-6-0) for ``length``, after ``settle_s`` seconds of settling in."""
    return SessionPlan(CALM, length, "calm", settle_s)
