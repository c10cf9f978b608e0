# SPDX-License-Identifier: GPL-3.0-or-later
"""Live pace: a pacing the therapist changes while it runs, still a pure function of time."""

from __future__ import annotations

import math
from enum import Enum
from typing import NamedTuple

from breathapp.core.pacer import (
    PacerState,
    cycles_at,
    locate,
    phase_volume,
    rate_at,
    state_at,
    time_of_cycle,
)
from breathapp.core.patterns import (
    PRESETS,
    RATE_MAX_BPM,
    RATE_MIN_BPM,
    RATIO_MAX,
    RATIO_MIN,
    Pacing,
    Pattern,
    PatternError,
    Phase,
    Ramp,
    target_pattern,
)

RATE_STEP_BPM = 0.5
RATIO_STEP = 0.25
# After a change the rate glides from the old to the new over this long: no sudden tempo.
EASE_S = 4.0
# A boundary closer than this (in breaths) counts as reached: guards against 59.999999.
_EPS_CYCLES = 1e-9
# Steps snap to a grid of 0.5 /min or 0.25 in ratio; this much off the grid counts as on it.
_GRID_EPS = 0.02
# Phases where the lungs are exactly full (1) or empty (0) in every pattern: the only
# places a new pattern may take over, so the breath volume never jumps.
_FULL = (Phase.HOLD_IN, Phase.EXHALE)
_EMPTY = (Phase.HOLD_OUT, Phase.INHALE)


class PaceChange(NamedTuple):
    """The therapist asked for ``pattern`` after ``at_s`` active seconds."""

    at_s: float
    pattern: Pattern


class Segment(NamedTuple):
    """One stretch of the guide: from ``start_s`` it runs ``pacing`` from ``start_cycles``."""

    start_s: float
    start_cycles: float
    pacing: Pacing


class Shown(NamedTuple):
    """A pattern that was on screen, and for how many active seconds."""

    pattern: Pattern
    seconds: float


def _boundaries(pattern: Pattern) -> list[tuple[float, Phase]]:
    """Offsets in one breath where a full or empty phase starts; the next inhale at the end."""
    out: list[tuple[float, Phase]] = []
    start = 0.0
    for phase, seconds in pattern.phases:
        if start > 0 and phase is not Phase.TOP_UP:
            out.append((start, phase))
        start += seconds
    out.append((pattern.cycle_s, Phase.INHALE))
    return out


def _entry_offset(pattern: Pattern, entering: Phase) -> float:
    """Where in ``pattern`` to continue when the old pattern is entering ``entering``.

    Full stays full (a hold after inhaling, else the exhale); empty stays empty (a hold
    after exhaling, else the next inhale). Returns pattern seconds; cycle_s means "next breath".
    """
    if entering is Phase.INHALE:
        return pattern.cycle_s
    wanted = (
        (Phase.HOLD_IN, Phase.EXHALE)
        if entering is Phase.HOLD_IN
        else (Phase.EXHALE,)
        if entering is Phase.EXHALE
        else (Phase.HOLD_OUT,)
    )
    start = 0.0
    for phase, seconds in pattern.phases:
        if phase in wanted:
            return start
        start += seconds
    return pattern.cycle_s


class LivePace:
    """A base pacing and the changes asked for while it ran; every reading is pure.

    A change waits for the next moment the lungs are full or empty (the end of an inhale,
    a hold or an exhale), continues the new pattern from the same point of the breath, and
    glides the rate to the new one over EASE_S. A change asked for while another still
    waits replaces it.
    """

    def __init__(self, base: Pacing, changes: tuple[PaceChange, ...] = ()) -> None:
        self.base = base
        self.changes = changes
        segments = [Segment(0.0, 0.0, base)]
        last_at = 0.0
        for change in changes:
            if change.at_s < last_at or not math.isfinite(change.at_s):
                raise ValueError("pace changes must come in time order")
            last_at = change.at_s
            if segments[-1].start_s > change.at_s:  # still waiting: the newer one wins
                segments.pop()
            segments.append(_next_segment(segments[-1], change))
        self.segments = tuple(segments)

    def with_change(self, at_s: float, pattern: Pattern) -> LivePace:
        return LivePace(self.base, (*self.changes, PaceChange(max(0.0, at_s), pattern)))

    # -- readings --------------------------------------------------------------
    def _segment(self, elapsed_s: float) -> Segment:
        found = self.segments[0]
        for seg in self.segments[1:]:
            if seg.start_s > elapsed_s:
                break
            found = seg
        return found

    def cycles_at(self, elapsed_s: float) -> float:
        """Breaths since the start (the whole part counts breaths; the rest is the pattern's)."""
        elapsed_s = max(0.0, elapsed_s)
        seg = self._segment(elapsed_s)
        return seg.start_cycles + cycles_at(seg.pacing, elapsed_s - seg.start_s)

    def rate_at(self, elapsed_s: float) -> float:
        seg = self._segment(max(0.0, elapsed_s))
        return rate_at(seg.pacing, max(0.0, elapsed_s) - seg.start_s)

    def time_of_cycle(self, n: float) -> float:
        """Active seconds at which breath number n (0-based) starts."""
        for i, seg in enumerate(self.segments):
            if n < seg.start_cycles - _EPS_CYCLES:
                continue
            t = seg.start_s + time_of_cycle(seg.pacing, n - seg.start_cycles)
            nxt = self.segments[i + 1].start_s if i + 1 < len(self.segments) else math.inf
            if t <= nxt + 1e-9:
                return t
        seg = self.segments[-1]
        return seg.start_s + time_of_cycle(seg.pacing, max(0.0, n - seg.start_cycles))

    def whole_breaths_end_s(self, target_s: float) -> float:
        """The end of the breath under way at target_s: a session never stops mid-breath."""
        cycles = self.cycles_at(target_s)
        n = math.floor(cycles)
        if cycles - n > _EPS_CYCLES:
            n += 1
        return self.time_of_cycle(max(1, n))

    def state_at(self, elapsed_s: float) -> PacerState:
        if len(self.segments) == 1:  # nothing changed: exactly the plain pacer
            return state_at(self.base, elapsed_s)
        elapsed_s = max(0.0, elapsed_s)
        seg = self._segment(elapsed_s)
        pattern = target_pattern(seg.pacing)
        cycles = seg.start_cycles + cycles_at(seg.pacing, elapsed_s - seg.start_s)
        n = math.floor(cycles + _EPS_CYCLES)
        # Rounded to the nanosecond so a switch made exactly at a phase start lands in it.
        offset = round(max(0.0, cycles - n) * pattern.cycle_s, 9)
        phase, start, seconds = locate(pattern, offset)
        progress = min(1.0, max(0.0, (offset - start) / seconds))

        def when(pattern_s: float) -> float:
            q = n + pattern_s / pattern.cycle_s - seg.start_cycles
            return seg.start_s + time_of_cycle(seg.pacing, max(0.0, q))

        start_t = max(seg.start_s, when(start))
        end_t = when(start + seconds)
        return PacerState(
            phase=phase,
            phase_elapsed_s=max(0.0, elapsed_s - start_t),
            phase_duration_s=max(end_t - start_t, 1e-9),
            volume=phase_volume(pattern, phase, progress),
            cycle=n,
            rate_bpm=rate_at(seg.pacing, elapsed_s - seg.start_s),
        )

    def heading_to(self, elapsed_s: float) -> Pattern:
        """The pattern the guide is on or about to take: where the next step starts from."""
        last = self.segments[-1]
        if last.start_s > elapsed_s or len(self.segments) > 1:
            return target_pattern(last.pacing)
        if isinstance(self.base, Ramp) and elapsed_s < self.base.duration_s:
            # A planned slow-down under way: a step starts from the rate on screen.
            rate = min(RATE_MAX_BPM, max(RATE_MIN_BPM, self.rate_at(elapsed_s)))
            return at_rate(self.base.pattern, rate) or self.base.pattern
        return target_pattern(self.base)

    def shown(self, until_s: float) -> tuple[Shown, ...]:
        """What was on screen up to until_s: each pattern with its active seconds, in order."""
        out: list[Shown] = []
        for i, seg in enumerate(self.segments):
            end = self.segments[i + 1].start_s if i + 1 < len(self.segments) else until_s
            seconds = min(end, until_s) - seg.start_s
            if seconds <= 0:
                break
            pattern = target_pattern(seg.pacing)
            if out and out[-1].pattern == pattern:
                out[-1] = Shown(pattern, out[-1].seconds + seconds)
            else:
                out.append(Shown(pattern, seconds))
        return tuple(out)


def _next_segment(seg: Segment, change: PaceChange) -> Segment:
    """The segment that takes over at the first full-or-empty moment at or after the request."""
    old = target_pattern(seg.pacing)
    cycles = seg.start_cycles + cycles_at(seg.pacing, change.at_s - seg.start_s)
    n = math.floor(cycles + _EPS_CYCLES)
    offset = max(0.0, cycles - n) * old.cycle_s
    boundary, entering = next(b for b in _boundaries(old) if b[0] >= offset - 1e-9)
    q = n + boundary / old.cycle_s
    at = max(change.at_s, seg.start_s + time_of_cycle(seg.pacing, max(0.0, q - seg.start_cycles)))
    new = change.pattern
    start_cycles = n + _entry_offset(new, entering) / new.cycle_s
    from_bpm = rate_at(seg.pacing, at - seg.start_s)
    return Segment(at, start_cycles, Ramp(new, from_bpm, EASE_S))


# -- the steps the live keys take ----------------------------------------------------
def at_rate(pattern: Pattern, rate_bpm: float) -> Pattern | None:
    """The same breath, every phase scaled to ``rate_bpm``; None if that breaks a limit."""
    if not RATE_MIN_BPM - 1e-9 <= rate_bpm <= RATE_MAX_BPM + 1e-9:
        return None
    k = (60.0 / rate_bpm) / pattern.cycle_s
    try:
        scaled = Pattern.make(
            pattern.inhale_s * k,
            pattern.hold_in_s * k,
            pattern.exhale_s * k,
            pattern.hold_out_s * k,
            pattern.top_up_s * k,
        )
        # The exhale takes up the rounding so the cycle, and so the rate, is exact.
        fixed = 60.0 / rate_bpm - (scaled.cycle_s - scaled.exhale_s)
        return Pattern.make(
            scaled.inhale_s, scaled.hold_in_s, fixed, scaled.hold_out_s, scaled.top_up_s
        )
    except PatternError:
        return None


def with_ratio(pattern: Pattern, ratio: float) -> Pattern | None:
    """Same rate and holds, exhale ``ratio`` times the inhale; None if that breaks a limit."""
    if not RATIO_MIN - 1e-9 <= ratio <= RATIO_MAX + 1e-9:
        return None
    breath_s = pattern.inhale_s + pattern.top_up_s + pattern.exhale_s
    inhale_all = breath_s / (1.0 + ratio)
    top_up = pattern.top_up_s * inhale_all / (pattern.inhale_s + pattern.top_up_s)
    try:
        first = Pattern.make(inhale_all - top_up, pattern.hold_in_s, 1.0, 0.0, top_up)
        exhale = pattern.cycle_s - (first.inhale_s + first.top_up_s + first.hold_in_s)
        exhale -= pattern.hold_out_s
        return Pattern.make(first.inhale_s, first.hold_in_s, exhale, pattern.hold_out_s, top_up)
    except PatternError:
        return None


def faster(pattern: Pattern) -> Pattern | None:
    """Half a breath per minute faster, on the 0.5 grid; None at the upper limit."""
    rate = math.floor(pattern.rate_bpm / RATE_STEP_BPM + _GRID_EPS) * RATE_STEP_BPM
    return at_rate(pattern, rate + RATE_STEP_BPM)


def slower(pattern: Pattern) -> Pattern | None:
    """Half a breath per minute slower, on the 0.5 grid; None at the lower limit."""
    rate = math.ceil(pattern.rate_bpm / RATE_STEP_BPM - _GRID_EPS) * RATE_STEP_BPM
    return at_rate(pattern, rate - RATE_STEP_BPM)


def longer_exhale(pattern: Pattern) -> Pattern | None:
    """The exhale a step longer (up to 1:2), at the same rate; None at the limit."""
    ratio = math.floor(pattern.exhale_ratio / RATIO_STEP + _GRID_EPS) * RATIO_STEP
    new = max(RATIO_MIN, ratio + RATIO_STEP)
    return with_ratio(pattern, new) if new > pattern.exhale_ratio + 1e-3 else None


def shorter_exhale(pattern: Pattern) -> Pattern | None:
    """The exhale a step shorter (down to 1:1), at the same rate; None at the limit."""
    ratio = math.ceil(pattern.exhale_ratio / RATIO_STEP - _GRID_EPS) * RATIO_STEP
    new = min(RATIO_MAX, ratio - RATIO_STEP)
    return with_ratio(pattern, new) if new < pattern.exhale_ratio - 1e-3 else None


def preset_id_of(pattern: Pattern) -> str | None:
    """The preset this pattern is, if any."""
    return next((p.id for p in PRESETS if p.pattern == pattern), None)


class PaceStep(Enum):
    """What a live key asks for."""

    FASTER = "faster"
    SLOWER = "slower"
    LONGER_EXHALE = "longer_exhale"
    SHORTER_EXHALE = "shorter_exhale"


def take_step(pattern: Pattern, step: PaceStep) -> Pattern | None:
    """The pattern one step away; None when that step would leave the limits."""
    if step is PaceStep.FASTER:
        return faster(pattern)
    if step is PaceStep.SLOWER:
        return slower(pattern)
    if step is PaceStep.LONGER_EXHALE:
        return longer_exhale(pattern)
    return shorter_exhale(pattern)
