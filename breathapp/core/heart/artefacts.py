# SPDX-License-Identifier: GPL-3.0-or-later
"""Artefacts out before anything is measured: missed and extra beats, glitches.

A chest strap now and then misses a beat (one interval about twice as long as its
neighbours) or counts an extra one (a long interval cut in two short ones). An interval
more than ``ARTEFACT_SHARE`` from the local median is an artefact: a missed beat is split
in two, an extra beat merged back with its neighbour, anything else left out. No interval
outside ``RR_MIN_MS..RR_MAX_MS`` is kept: one too long is left out first, one too short
only comes back merged (a strap that counts a beat twice makes one). The rule is the threshold
correction of Kubios HRV at its "medium" level: 0.25 s from the local median at 60 beats a
minute, that is 25 % of the median, the threshold scaled with the heart rate. Malik's
20 % rule is stricter, and at a resonance pace the breath alone can move an interval
20 % from the median, so it would take true beats for artefacts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from breathapp.core.heart.beats import RR_MAX_MS, RR_MIN_MS, Beat

# An interval further than this share of the local median from it is an artefact
# (Kubios HRV's "medium" threshold: 0.25 s at 60 beats a minute).
ARTEFACT_SHARE = 0.25
# The local median: the in-range intervals of this many beats centred on the one judged
# (five on each side: about one slow breath).
LOCAL_WINDOW_BEATS = 11


@dataclass(frozen=True)
class Cleaned:
    """The beats kept, and how many of the beats given were left out or corrected."""

    beats: tuple[Beat, ...]
    removed: int  # beats given that were left out
    corrected: int  # beats given whose interval was split (missed beat) or merged (extra beat)
    total: int  # beats given

    @property
    def removed_share(self) -> float:
        """Share of the beats given that were left out or corrected, 0..1 (0 with none)."""
        if self.total == 0:
            return 0.0
        return (self.removed + self.corrected) / self.total


def _window(kept: Sequence[Beat], i: int) -> list[float]:
    """The intervals (ms) of the ``LOCAL_WINDOW_BEATS`` beats around beat ``i``."""
    lo = max(0, min(i - LOCAL_WINDOW_BEATS // 2, len(kept) - LOCAL_WINDOW_BEATS))
    return [b.rr_ms for b in kept[lo : lo + LOCAL_WINDOW_BEATS]]


def _near(value_ms: float, target_ms: float, median_ms: float) -> bool:
    """Whether ``value_ms`` lies within the artefact threshold of ``target_ms``."""
    return abs(value_ms - target_ms) <= ARTEFACT_SHARE * median_ms


def clean(beats: Sequence[Beat]) -> Cleaned:
    """The beats with artefacts corrected or left out, in time order.

    ``beats`` in time order (``Beat.t_s`` in seconds, ``Beat.rr_ms`` in milliseconds). A
    missed beat (an interval about twice the local median) becomes two beats of half the
    interval each, the first in the middle of it; an extra beat (a short interval that
    with the one before or after makes about the local median) is merged with that one;
    any other interval further than ``ARTEFACT_SHARE`` from the local median is left out.
    """
    # Too long is left out at once; too short may be half of an extra beat, merged below.
    kept = [b for b in beats if 0 < b.rr_ms <= RR_MAX_MS]
    removed = len(beats) - len(kept)
    out: list[Beat] = []
    corrected = 0
    plain_before = False  # whether out[-1] is kept[i - 1], untouched
    i = 0
    while i < len(kept):
        beat, med = kept[i], median(_window(kept, i))
        plain = False
        if _near(beat.rr_ms, med, med) and beat.rr_ms >= RR_MIN_MS:
            out.append(beat)
            plain = True
        elif _near(beat.rr_ms, 2 * med, med) and beat.rr_ms >= 2 * RR_MIN_MS:
            half_ms = beat.rr_ms / 2
            out.append(Beat(beat.t_s - half_ms / 1000, half_ms))
            out.append(Beat(beat.t_s, half_ms))
            corrected += 1
        elif beat.rr_ms < med and (merged := _merged(kept, i, out[-1] if plain_before else None)):
            if merged.t_s == beat.t_s:  # with the beat before: that one is replaced
                out[-1] = merged
            else:  # with the beat after: that one is used up
                out.append(merged)
                i += 1
            corrected += 2
        else:
            removed += 1
        plain_before = plain
        i += 1
    return Cleaned(tuple(out), removed, corrected, len(beats))


def _merged(kept: Sequence[Beat], i: int, before: Beat | None) -> Beat | None:
    """Short interval ``i`` merged with the neighbour that makes it nearest the median.

    An extra beat cuts one interval in two: the short one judged here and the one before
    or after it. ``before`` is the beat before when it was kept untouched. None when
    neither sum comes within the threshold of the local median.
    """
    beat = kept[i]
    med = median(_window(kept, i))
    options = []
    if before is not None:
        options.append(Beat(beat.t_s, before.rr_ms + beat.rr_ms))
    if i + 1 < len(kept):
        options.append(Beat(kept[i + 1].t_s, beat.rr_ms + kept[i + 1].rr_ms))
    near = [b for b in options if _near(b.rr_ms, med, med) and RR_MIN_MS <= b.rr_ms <= RR_MAX_MS]
    return min(near, key=lambda b: abs(b.rr_ms - med)) if near else None
