# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance pace test's schedule: each pace's window, the rests between, the pattern.

Pure: every answer is a function of the settings and of the seconds since the test began.
"""

from __future__ import annotations

import math
from enum import Enum
from typing import NamedTuple

from breathapp.core.heart.resonance import PaceWindow, ResonanceSettings
from breathapp.core.heart.resonance_limits import (  # their one owner, named here too
    PACES_MAX,
    REST_MAX_S,
    REST_MIN_S,
    SHARE_MAX,
    SHARE_MIN,
    STEP_MAX_S,
    STEP_MIN_S,
)
from breathapp.core.patterns import RATE_MAX_BPM, RATE_MIN_BPM, Pattern

__all__ = [
    "PACES_MAX",
    "REST_MAX_S",
    "REST_MIN_S",
    "SHARE_MAX",
    "SHARE_MIN",
    "STEP_MAX_S",
    "STEP_MIN_S",
    "ResonancePlan",
    "SettingsError",
    "Step",
    "StepKind",
    "check",
    "pattern_for",
]


class SettingsError(ValueError):
    """Settings a test cannot run with; ``field``, ``low``, ``high`` and ``got`` say which."""

    def __init__(self, field: str, low: float, high: float, got: float | str) -> None:
        self.field = field
        self.low = low
        self.high = high
        self.got = got
        super().__init__(f"{field} must be {low:g} to {high:g}, got {got}")


def check(settings: ResonanceSettings) -> ResonanceSettings:
    """The settings back when a test can run with them; SettingsError naming the first fault."""
    paces = settings.paces_bpm
    if not 1 <= len(paces) <= PACES_MAX:
        raise SettingsError("number of paces", 1, PACES_MAX, len(paces))
    for rate in paces:
        if not math.isfinite(rate) or not RATE_MIN_BPM <= rate <= RATE_MAX_BPM:
            raise SettingsError("pace (breaths per minute)", RATE_MIN_BPM, RATE_MAX_BPM, rate)
    if len(set(paces)) != len(paces):
        raise SettingsError("paces (each once)", 1, PACES_MAX, "a pace twice")
    _within("step (seconds)", settings.step_s, STEP_MIN_S, STEP_MAX_S)
    _within("rest (seconds)", settings.rest_s, REST_MIN_S, REST_MAX_S)
    share = settings.inhale_share
    if not math.isfinite(share) or not SHARE_MIN - 1e-9 <= share <= SHARE_MAX + 1e-9:
        raise SettingsError("inhale share", round(SHARE_MIN, 3), SHARE_MAX, share)
    return settings


def _within(field: str, value: float, low: float, high: float) -> None:
    if not math.isfinite(value) or not low <= value <= high:
        raise SettingsError(field, low, high, value)


def pattern_for(rate_bpm: float, inhale_share: float) -> Pattern:
    """One breath at ``rate_bpm``, in and out in the test's proportion; never a hold.

    6.0 breaths a minute with an inhale share of 0.4: 4 seconds in, 6 out.
    """
    cycle_s = 60.0 / rate_bpm
    inhale_s = round(cycle_s * inhale_share, 3)
    return Pattern.make(inhale_s, 0.0, round(cycle_s - inhale_s, 3), 0.0)


class StepKind(Enum):
    PACE = "pace"  # the guide paces one of the test's rates
    REST = "rest"  # breathing freely between two paces
    DONE = "done"  # past the last pace


class Step(NamedTuple):
    """Where the test is at one moment."""

    kind: StepKind
    pace: int  # the pace's number (0-based); during a rest, the pace that comes next
    rate_bpm: float | None  # the pace breathed (or next, in a rest); None when done
    left_s: float  # seconds left in this pace or rest; 0 when done


class ResonancePlan:
    """The schedule of one test: pace, rest, pace, ... and no rest after the last pace."""

    def __init__(self, settings: ResonanceSettings) -> None:
        self.settings = check(settings)
        windows: list[PaceWindow] = []
        rests: list[tuple[float, float]] = []
        t = 0.0
        for i, rate in enumerate(settings.paces_bpm):
            if i > 0 and settings.rest_s > 0:
                rests.append((t, t + settings.rest_s))
                t += settings.rest_s
            windows.append(PaceWindow(rate, t, t + settings.step_s))
            t += settings.step_s
        self.windows = tuple(windows)
        self.rests = tuple(rests)
        self.total_s = t

    def pattern(self, index: int) -> Pattern:
        """The breathing pattern of pace number ``index``."""
        return pattern_for(self.windows[index].rate_bpm, self.settings.inhale_share)

    def patterns(self) -> tuple[Pattern, ...]:
        return tuple(self.pattern(i) for i in range(len(self.windows)))

    def step_at(self, t_s: float) -> Step:
        """The pace or rest at ``t_s`` seconds since the test began, and the time left in it."""
        t = max(0.0, t_s)
        for i, window in enumerate(self.windows):
            if t < window.start_s:  # in the rest before this pace
                return Step(StepKind.REST, i, window.rate_bpm, window.start_s - t)
            if t < window.end_s:
                return Step(StepKind.PACE, i, window.rate_bpm, window.end_s - t)
        return Step(StepKind.DONE, len(self.windows), None, 0.0)

    def left_s(self, t_s: float) -> float:
        """Seconds left in the whole test."""
        return max(0.0, self.total_s - max(0.0, t_s))
