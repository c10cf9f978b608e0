# SPDX-License-Identifier: GPL-3.0-or-later
"""The pacer: where in the breath we are at any elapsed time, as a pure function."""

from __future__ import annotations

import math
from typing import NamedTuple

from breathapp.core.patterns import Pacing, Pattern, Phase, Ramp

# How full the lungs are when the sigh's first inhale ends and the top-up begins.
TOP_UP_FROM = 0.75
# A boundary closer than this (in breaths) counts as reached: guards against 59.999999.
_EPS_CYCLES = 1e-9


class PacerState(NamedTuple):
    """The guide at one moment."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).
    phase: Phase
    phase_elapsed_s: float
    phase_duration_s: float
    volume: float  # 0 = empty, 1 = full; eased, continuous
    cycle: int  # completed breaths
    rate_bpm: float  # the rate at this moment (changes during a ramp)

    @property
    def phase_remaining_s(self) -> float:
        return max(0.0, self.phase_duration_s - self.phase_elapsed_s)


def ease(progress: float) -> float:
    """Sine ease-in-out: slow at the turns of the breath, like the breath itself."""
    return (1.0 - math.cos(math.pi * progress)) / 2.0


def phase_volume(pattern: Pattern, phase: Phase, progress: float) -> float:
    if phase is Phase.INHALE:
        top = TOP_UP_FROM if pattern.top_up_s > 0 else 1.0
        return top * ease(progress)
    if phase is Phase.TOP_UP:
        return TOP_UP_FROM + (1.0 - TOP_UP_FROM) * ease(progress)
    if phase is Phase.HOLD_IN:
        return 1.0
    if phase is Phase.EXHALE:
        return 1.0 - ease(progress)
    return 0.0


def locate(pattern: Pattern, offset_s: float) -> tuple[Phase, float, float]:
    """Phase, its start and its length for an offset into one breath of the pattern."""
    start = 0.0
    phases = pattern.phases
    for phase, seconds in phases:
        if offset_s < start + seconds:
            return phase, start, seconds
        start += seconds
    phase, seconds = phases[-1]
    return phase, start - seconds, seconds


def _ramp_cycles(ramp: Ramp, t: float) -> float:
    """Breaths completed (fractional) after t seconds: the integral of the rate."""
    r0, r1, big_t = ramp.start_bpm, ramp.pattern.rate_bpm, ramp.duration_s
    if t <= big_t:
        return (r0 * t + (r1 - r0) * t * t / (2.0 * big_t)) / 60.0
    at_end = (r0 + r1) * big_t / 120.0
    return at_end + (t - big_t) / ramp.pattern.cycle_s


def _ramp_time(ramp: Ramp, cycles: float) -> float:
    """Inverse of _ramp_cycles: when the given number of breaths is reached."""
    r0, r1, big_t = ramp.start_bpm, ramp.pattern.rate_bpm, ramp.duration_s
    at_end = (r0 + r1) * big_t / 120.0
    if cycles >= at_end:
        return big_t + (cycles - at_end) * ramp.pattern.cycle_s
    a = (r1 - r0) / (2.0 * big_t)
    # a*t^2 + r0*t - 60*c = 0, in the form that stays accurate when a is near 0.
    return 120.0 * cycles / (r0 + math.sqrt(r0 * r0 + 240.0 * a * cycles))


def rate_at(pacing: Pacing, elapsed_s: float) -> float:
    """Breaths per minute at this moment."""
    if isinstance(pacing, Pattern):
        return pacing.rate_bpm
    x = min(1.0, max(0.0, elapsed_s / pacing.duration_s))
    return pacing.start_bpm + (pacing.pattern.rate_bpm - pacing.start_bpm) * x


def cycles_at(pacing: Pacing, elapsed_s: float) -> float:
    """Breaths since the start, as a fraction (2.5 = halfway through the third)."""
    elapsed_s = max(0.0, elapsed_s)
    if isinstance(pacing, Pattern):
        return elapsed_s / pacing.cycle_s
    return _ramp_cycles(pacing, elapsed_s)


def time_of_cycle(pacing: Pacing, n: float) -> float:
    """Elapsed seconds at which breath number n (0-based) starts."""
    if isinstance(pacing, Pattern):
        return n * pacing.cycle_s
    return _ramp_time(pacing, n)


def whole_breaths_end_s(pacing: Pacing, target_s: float) -> float:
    """The end of the breath that is under way at target_s: a session never stops mid-breath."""
    cycles = cycles_at(pacing, target_s)
    n = math.floor(cycles)
    if cycles - n > _EPS_CYCLES:
        n += 1
    return time_of_cycle(pacing, max(1, n))


def state_at(pacing: Pacing, elapsed_s: float) -> PacerState:
    """The guide after elapsed_s seconds of active breathing. Pure and exact.

    For a fixed pattern the position inside the breath comes from one ``divmod``,
    so there is no error that grows with time: 3600.0 s into 4-0-6-0 is the start
    of an inhale. A ramp integrates a rate that changes linearly, so rate and phase
    are continuous and the breath never jumps.
    """
    elapsed_s = max(0.0, elapsed_s)
    if isinstance(pacing, Pattern):
        n, offset = divmod(elapsed_s, pacing.cycle_s)
        phase, start, seconds = locate(pacing, offset)
        elapsed_in = offset - start
        progress = min(1.0, elapsed_in / seconds)
        return PacerState(
            phase=phase,
            phase_elapsed_s=elapsed_in,
            phase_duration_s=seconds,
            volume=phase_volume(pacing, phase, progress),
            cycle=int(n),
            rate_bpm=pacing.rate_bpm,
        )
    pattern = pacing.pattern
    cycles = _ramp_cycles(pacing, elapsed_s)
    n = math.floor(cycles)
    fraction = cycles - n
    # Position inside the breath as the pattern's seconds, so the ratio is kept.
    phase, start, seconds = locate(pattern, fraction * pattern.cycle_s)
    start_t = _ramp_time(pacing, n + start / pattern.cycle_s)
    end_t = _ramp_time(pacing, n + (start + seconds) / pattern.cycle_s)
    progress = min(1.0, max(0.0, (fraction * pattern.cycle_s - start) / seconds))
    return PacerState(
        phase=phase,
        phase_elapsed_s=max(0.0, elapsed_s - start_t),
        phase_duration_s=max(end_t - start_t, 1e-9),
        volume=phase_volume(pattern, phase, progress),
        cycle=n,
        rate_bpm=rate_at(pacing, elapsed_s),
    )
