# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test on a hand-driven clock: a synthetic heart, a store and prefs in memory."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from breathapp.controllers.resonance_controller import ResonanceController
from breathapp.core.errors import StorageError
from breathapp.core.heart.beats import Beat, RrSeries
from breathapp.core.heart.resonance import (
    PaceResult,
    PaceWindow,
    ResonanceSettings,
    ResonanceTest,
)
from breathapp.core.heart.resonance_plan import ResonancePlan
from breathapp.core.profiles import Profile
from tests.builders.controllers import SessionRig
from tests.fakes import FakeTimer, make_gate

SHORT = ResonanceSettings(paces_bpm=(6.5, 5.5, 4.5), step_s=120.0, rest_s=10.0)
# Seconds from start() to past the end of a SHORT test: the 3-2-1, the test, and the last
# breath at the slowest pace (13.3 s at 4.5 a minute) to its end.
SHORT_DONE_S = 3.0 + ResonancePlan(SHORT).total_s + 15.0
# How large the heart's wave is at each pace (beats a minute, peak to trough): 5.5 wins.
SWING_AT = {6.5: 6.0, 6.0: 8.0, 5.5: 14.0, 5.0: 10.0, 4.5: 7.0}


def synthetic_beats(
    start_s: float, settings: ResonanceSettings, until_s: float, base_bpm: float = 66.0
) -> tuple[Beat, ...]:
    """A heart that follows the test's pacing from ``start_s``: faster on every breath in.

    In each pace's window the heart rate is a sine at the breathing rate whose size is
    SWING_AT[pace]; in the rests and before the start it is steady.
    """
    plan = ResonancePlan(settings)
    beats: list[Beat] = []
    t = start_s - 5.0
    while t < until_s:
        rel = t - start_s
        bpm = base_bpm
        for w in plan.windows:
            if w.start_s <= rel < w.end_s:
                phase = 2 * math.pi * w.rate_bpm / 60.0 * (rel - w.start_s)
                bpm = base_bpm + SWING_AT.get(w.rate_bpm, 5.0) / 2 * math.sin(phase)
        rr = 60000.0 / bpm
        t += rr / 1000.0
        beats.append(Beat(t, rr))
    return tuple(beats)


class ClockedBeats:
    """A HeartController-like source: the beats whose time has come on the clock."""

    def __init__(self, rig: SessionRig, beats: tuple[Beat, ...]) -> None:
        self._rig = rig
        self._beats = beats
        self.asked: list[float] = []

    def recent(self, since_s: float) -> tuple[Beat, ...]:
        self.asked.append(since_s)
        now = self._rig.clock.monotonic()
        return tuple(b for b in self._beats if since_s <= b.t_s <= now and b.t_s > now - 600)


@dataclass
class MemoryResonanceRepo:
    """ResonanceRepo's add and choose, in memory; ``fail`` makes it refuse like a full disk."""

    tests: dict[int, ResonanceTest] = field(default_factory=dict)
    fail: bool = False

    def add(self, test: ResonanceTest) -> int:
        if self.fail:
            raise StorageError("disk full")
        new_id = len(self.tests) + 1
        self.tests[new_id] = replace(test, id=new_id)
        return new_id

    def choose(self, test_id: int, bpm: float) -> None:
        if self.fail:
            raise StorageError("disk full")
        self.tests[test_id] = replace(self.tests[test_id], chosen_bpm=bpm)

    def latest(self) -> ResonanceTest | None:
        return self.tests[max(self.tests)] if self.tests else None


@dataclass
class MemoryPrefsSink:
    changes: list[dict[str, Any]] = field(default_factory=list)

    def update(self, **changes: Any) -> None:
        self.changes.append(changes)


class ResonanceRig(SessionRig):
    """The session rig with a resonance controller over it and a synthetic heart."""

    def __init__(self, profile: Profile | None = None, heart: bool = True) -> None:
        super().__init__()
        if profile is not None:
            self.c.gate = make_gate(self.clock, self.store, profile)
        self.tick = FakeTimer()
        self.repo = MemoryResonanceRepo()
        self.prefs = MemoryPrefsSink()
        self.r = ResonanceController(self.clock, self.tick, self.c, self.repo, self.prefs)
        self.heart: ClockedBeats | None = None
        self.finished: list[ResonanceTest] = []
        self.refusals: list[object] = []
        self.r.finished.connect(self.finished.append)
        self.r.refused.connect(self.refusals.append)
        self._heart = heart

    def begin(self, settings: ResonanceSettings = SHORT) -> bool:
        if self._heart:
            # The settle-in is 3 s: the first pace starts then.
            start = self.clock.monotonic() + 3.0
            self.heart = ClockedBeats(self, synthetic_beats(start, settings, start + 1500))
            self.r.set_beats(self.heart)
        return self.r.start(settings)

    def go(self, seconds: float, step: float = 0.25) -> None:
        """Advance the clock, firing the frame, checkpoint and test timers as they would."""
        t = 0.0
        while t < seconds - 1e-9:
            self.clock.advance(step)
            t += step
            self.frame.fire()
            self.checkpoint.fire()
            self.tick.fire()


def sample_test(chosen: float | None = None, completed: bool = True) -> ResonanceTest:
    """A finished test with five paces and plain numbers, for views and reports."""
    rows = (
        (6.5, 6.1, 820.0, 0.107, 0.62, 118),
        (6.0, 8.4, 1240.0, 0.100, 0.71, 121),
        (5.5, 13.2, 2210.0, 0.092, 0.86, 119),
        (5.0, 10.3, 1760.0, 0.083, 0.77, 117),
        (4.5, 7.2, 1380.0, 0.075, 0.58, 116),
    )
    results = tuple(
        PaceResult(rate, swing, lf, peak, step, beats, 0.01)
        for rate, swing, lf, peak, step, beats in rows
    )
    windows = tuple(
        PaceWindow(rate, i * 150.0, i * 150.0 + 120.0) for i, (rate, *_rest) in enumerate(rows)
    )
    return ResonanceTest(
        started_utc=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
        settings=ResonanceSettings(),
        windows=windows,
        results=results,
        rr=RrSeries((0, 900), (900, 900)),
        suggested_bpm=5.5,
        chosen_bpm=chosen,
        completed=completed,
        id=1,
    )
