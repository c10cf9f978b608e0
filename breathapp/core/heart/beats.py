# SPDX-License-Identifier: GPL-3.0-or-later
"""A beat and a series of beats: the values every heart module passes around."""

from __future__ import annotations

from typing import NamedTuple

# A plausible interval between two beats: 240 to 25 beats a minute. Outside it is not a
# heartbeat but a lost packet or a glitch, and nothing stores or measures it.
RR_MIN_MS = 250
RR_MAX_MS = 2400


class Beat(NamedTuple):
    """One heartbeat, on the app's monotonic clock."""

    t_s: float  # when the beat fell (the end of its interval), monotonic seconds
    rr_ms: float  # the interval that this beat ended, in milliseconds


class RrSeries(NamedTuple):
    """The beats of a session or a test, kept for later: times from its start, whole ms.

    Both tuples have the same length; ``t_ms`` never decreases. A gap (the strap lost for a
    while) is simply a longer step in ``t_ms`` than the next ``rr_ms``.
    """

    t_ms: tuple[int, ...]
    rr_ms: tuple[int, ...]

    @classmethod
    def of(cls, beats: tuple[Beat, ...] | list[Beat], start_s: float) -> RrSeries:
        """The beats from ``start_s`` on, rounded to whole milliseconds."""
        kept = [b for b in beats if b.t_s >= start_s]
        return cls(
            tuple(round((b.t_s - start_s) * 1000) for b in kept),
            tuple(round(b.rr_ms) for b in kept),
        )

    def beats(self, start_s: float = 0.0) -> tuple[Beat, ...]:
        """The beats again, their times from ``start_s``."""
        return tuple(
            Beat(start_s + t / 1000, float(rr)) for t, rr in zip(self.t_ms, self.rr_ms, strict=True)
        )
