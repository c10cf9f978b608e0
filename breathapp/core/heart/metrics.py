# SPDX-License-Identifier: GPL-3.0-or-later
"""What the heart did: its rate over time and its swing with each breath (pure functions)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from breathapp.core.heart.beats import Beat


def hr_curve(beats: Sequence[Beat]) -> tuple[tuple[float, float], ...]:
    """The heart rate at each beat: (time in seconds, beats a minute)."""
    return tuple((b.t_s, 60_000.0 / b.rr_ms) for b in beats if b.rr_ms > 0)


def swings_bpm(beats: Sequence[Beat], breath_starts_s: Sequence[float]) -> tuple[float, ...]:
    """Peak to trough heart rate within each whole breath (two starts bound one breath)."""
    curve = hr_curve(beats)
    times = [t for t, _ in curve]
    swings: list[float] = []
    for start, end in itertools.pairwise(breath_starts_s):
        lo = bisect.bisect_left(times, start)
        hi = bisect.bisect_left(times, end)
        rates = [bpm for _, bpm in curve[lo:hi]]
        if len(rates) >= 2:
            swings.append(max(rates) - min(rates))
    return tuple(swings)


def mean_swing_bpm(beats: Sequence[Beat], breath_starts_s: Sequence[float]) -> float | None:
    """The mean swing over the whole breaths; None without one."""
    swings = swings_bpm(beats, breath_starts_s)
    return sum(swings) / len(swings) if swings else None
