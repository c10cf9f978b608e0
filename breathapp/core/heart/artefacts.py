# SPDX-License-Identifier: GPL-3.0-or-later
"""Beats that are not heartbeats (a missed or an extra beat) left out before any measure."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import NamedTuple

from breathapp.core.heart.beats import RR_MAX_MS, RR_MIN_MS, Beat

# An interval this far from the median of its neighbours is a missed or an extra beat.
MAX_DEVIATION = 0.25
NEIGHBOURS = 5  # on each side


class Cleaned(NamedTuple):
    """The beats kept, and how many were left out or corrected."""

    beats: tuple[Beat, ...]
    removed: int
    corrected: int
    total: int

    @property
    def removed_share(self) -> float:
        """The share of beats left out or corrected, 0..1 (0 without beats)."""
        return (self.removed + self.corrected) / self.total if self.total else 0.0


def clean(beats: Sequence[Beat]) -> Cleaned:
    """Leave out every interval outside a plausible beat or far from its local median."""
    rr = [b.rr_ms for b in beats]
    kept: list[Beat] = []
    for i, beat in enumerate(beats):
        if not RR_MIN_MS <= beat.rr_ms <= RR_MAX_MS:
            continue
        around = rr[max(0, i - NEIGHBOURS) : i] + rr[i + 1 : i + 1 + NEIGHBOURS]
        plausible = [v for v in around if RR_MIN_MS <= v <= RR_MAX_MS]
        if plausible:
            median = statistics.median(plausible)
            if abs(beat.rr_ms - median) > MAX_DEVIATION * median:
                continue
        kept.append(beat)
    return Cleaned(tuple(kept), len(beats) - len(kept), 0, len(beats))
