# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart's measures in the time domain: heart rate, RMSSD, SDNN, the swing per breath.

Every function takes beats already cleaned of artefacts (``artefacts.clean``), in time
order: ``Beat.t_s`` in seconds, ``Beat.rr_ms`` in milliseconds. Definitions as in Kubios
HRV and NeuroKit2 (the tests check them against NeuroKit2 within 1 %).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise
from statistics import fmean, stdev

from breathapp.core.heart.beats import Beat

# Two beats are successive when the later one's interval accounts for the time between
# them within this share of it; a beat left out, or the signal lost, leaves a larger gap.
SUCCESSIVE_SHARE = 0.5


def mean_hr_bpm(beats: Sequence[Beat]) -> float | None:
    """Mean heart rate in beats a minute: 60 000 over the mean interval (None with no beat).

    That is the beats counted over the time they cover (NeuroKit2: 60 000 / HRV_MeanNN).
    """
    if not beats:
        return None
    return 60_000 / fmean(b.rr_ms for b in beats)


def _successive_differences(beats: Sequence[Beat]) -> list[float]:
    """Differences (ms) between the intervals of successive beats, skipping gaps."""
    out = []
    for before, beat in pairwise(beats):
        gap_ms = (beat.t_s - before.t_s) * 1000 - beat.rr_ms
        if abs(gap_ms) <= SUCCESSIVE_SHARE * beat.rr_ms:
            out.append(beat.rr_ms - before.rr_ms)
    return out


def rmssd_ms(beats: Sequence[Beat]) -> float | None:
    """Root mean square of successive differences, in ms (None without a successive pair)."""
    diffs = _successive_differences(beats)
    if not diffs:
        return None
    return math.sqrt(fmean(d * d for d in diffs))


def sdnn_ms(beats: Sequence[Beat]) -> float | None:
    """Standard deviation of the intervals in ms, the sample one (n - 1); None under 2 beats."""
    if len(beats) < 2:
        return None
    return stdev(b.rr_ms for b in beats)


def hr_curve(beats: Sequence[Beat]) -> tuple[tuple[float, float], ...]:
    """The instantaneous heart rate: (time in s, beats a minute = 60 000 / RR) per beat."""
    return tuple((b.t_s, 60_000 / b.rr_ms) for b in beats)


def swings_bpm(beats: Sequence[Beat], breath_starts_s: Sequence[float]) -> tuple[float, ...]:
    """Peak-to-trough heart rate (beats a minute) within each whole breath.

    A breath runs from one breath-in start (seconds, the beats' clock) to the next; its
    swing is the highest minus the lowest instantaneous heart rate of the beats that fall
    in it (``start <= t_s < next start``). A breath with fewer than two beats gives
    nothing; the last start, with no next one, closes the last whole breath.
    """
    starts = sorted(breath_starts_s)
    out = []
    i = 0
    for start, end in pairwise(starts):
        while i < len(beats) and beats[i].t_s < start:
            i += 1
        rates = []
        j = i
        while j < len(beats) and beats[j].t_s < end:
            rates.append(60_000 / beats[j].rr_ms)
            j += 1
        if len(rates) >= 2:
            out.append(max(rates) - min(rates))
    return tuple(out)


def mean_swing_bpm(beats: Sequence[Beat], breath_starts_s: Sequence[float]) -> float | None:
    """Mean of ``swings_bpm`` in beats a minute (None when no breath gave a swing)."""
    swings = swings_bpm(beats, breath_starts_s)
    return fmean(swings) if swings else None
