# SPDX-License-Identifier: GPL-3.0-or-later
"""Stored heart data for tests: a series of beats, a resonance test, a feed of beats."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from breathapp.core.heart.beats import Beat, RrSeries
from breathapp.core.heart.resonance import PaceResult, PaceWindow, ResonanceSettings, ResonanceTest

TEST_STARTED = datetime(2026, 11, 25, 9, 0, 0, 250000, tzinfo=UTC)


def series(count: int = 40, first_rr: int = 811) -> RrSeries:
    """``count`` beats of a heart that speeds and slows with the breath (unusual values, so
    a test can look for their bytes in a file)."""
    t, times, rrs = 0, [], []
    for i in range(count):
        rr = first_rr + (i * 37) % 173
        t += rr
        times.append(t)
        rrs.append(rr)
    return RrSeries(tuple(times), tuple(rrs))


def resonance_test(**changes: Any) -> ResonanceTest:
    """A finished test of two paces, 6.0 suggested."""
    values: dict[str, Any] = {
        "started_utc": TEST_STARTED,
        "settings": ResonanceSettings(paces_bpm=(6.0, 5.5), step_s=60.0, rest_s=10.0),
        "windows": (PaceWindow(6.0, 0.0, 60.0), PaceWindow(5.5, 70.0, 130.0)),
        "results": (
            PaceResult(6.0, 14.25, 1234.5, 0.1, 0.8, 70, 0.02),
            PaceResult(5.5, 11.0, None, None, None, 3, 0.5),
        ),
        "rr": series(120),
        "suggested_bpm": 6.0,
    }
    values.update(changes)
    return ResonanceTest(**values)


class FakeFeed:
    """A source of beats on the test's clock: what the session controller asks for."""

    def __init__(self) -> None:
        self.beats: list[Beat] = []
        self.asked: list[float] = []

    def add(self, t_s: float, rr_ms: float) -> None:
        self.beats.append(Beat(t_s, rr_ms))

    def series_since(self, start_s: float) -> RrSeries | None:
        self.asked.append(start_s)
        kept = [b for b in self.beats if b.t_s >= start_s]
        return RrSeries.of(kept, start_s) if kept else None
