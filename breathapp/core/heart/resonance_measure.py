# SPDX-License-Identifier: GPL-3.0-or-later
"""What the heart did at each pace of a resonance test, and the pace to suggest."""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Sequence

from breathapp.core.heart.beats import Beat
from breathapp.core.heart.resonance import PaceResult, PaceWindow
from breathapp.core.heart.spectrum import lf_peak_hz, lf_power_ms2

ARTEFACT_SHARE = 0.2  # an RR this far from its neighbours' median is left out
_NEIGHBOURS = 5  # beats on each side for the local median


def _clean(beats: Sequence[Beat]) -> tuple[tuple[Beat, ...], int]:
    """The beats without missed or extra ones (far from the local median), and how many left."""
    kept: list[Beat] = []
    for i, beat in enumerate(beats):
        near = [b.rr_ms for b in beats[max(0, i - _NEIGHBOURS) : i + _NEIGHBOURS + 1]]
        median = statistics.median(near)
        if abs(beat.rr_ms - median) <= ARTEFACT_SHARE * median:
            kept.append(beat)
    return tuple(kept), len(beats) - len(kept)


def _swings(beats: Sequence[Beat], starts: Sequence[float]) -> list[float]:
    """Peak-to-trough heart rate (beats a minute) within each whole breath."""
    out: list[float] = []
    for begin, end in itertools.pairwise(starts):
        rates = [60000.0 / b.rr_ms for b in beats if begin <= b.t_s < end]
        if len(rates) >= 2:
            out.append(max(rates) - min(rates))
    return out


def in_step(beats: Sequence[Beat], rate_bpm: float) -> float | None:
    """0..1: the share of the heart rate's movement that is one wave at the breathing pace.

    A least-squares sine at the pace through the heart rate; its R². None with too few beats.
    """
    if len(beats) < 8:
        return None
    w = 2.0 * math.pi * rate_bpm / 60.0
    hr = [60000.0 / b.rr_ms for b in beats]
    mean = sum(hr) / len(hr)
    y = [h - mean for h in hr]
    c = [math.cos(w * b.t_s) for b in beats]
    s = [math.sin(w * b.t_s) for b in beats]
    cc, ss, cs = _dot(c, c), _dot(s, s), _dot(c, s)
    yc, ys = _dot(y, c), _dot(y, s)
    det = cc * ss - cs * cs
    total = _dot(y, y)
    if det <= 1e-12 or total <= 1e-12:
        return None
    a = (yc * ss - ys * cs) / det
    b = (ys * cc - yc * cs) / det
    explained = a * yc + b * ys
    return min(1.0, max(0.0, explained / total))


def _dot(u: Sequence[float], v: Sequence[float]) -> float:
    return sum(x * y for x, y in zip(u, v, strict=True))


def measure_pace(
    beats: Sequence[Beat],
    window: PaceWindow,
    test_start_s: float,
    breath_starts_s: Sequence[float],
) -> PaceResult:
    """The measures of one pace from the beats in its window (monotonic seconds).

    ``window`` counts from ``test_start_s``; ``breath_starts_s`` are on the beats' clock.
    """
    begin = test_start_s + window.start_s
    end = test_start_s + window.end_s
    inside = [b for b in beats if begin <= b.t_s <= end]
    clean, removed = _clean(inside)
    swings = _swings(clean, [t for t in breath_starts_s if begin <= t <= end])
    return PaceResult(
        rate_bpm=window.rate_bpm,
        swing_bpm=sum(swings) / len(swings) if swings else None,
        lf_power_ms2=lf_power_ms2(clean),
        lf_peak_hz=lf_peak_hz(clean),
        in_step=in_step(clean, window.rate_bpm),
        beats=len(clean),
        removed_share=removed / len(inside) if inside else 0.0,
    )


def suggest_pace(results: Sequence[PaceResult]) -> float | None:
    """The pace where the swing and LF power are together largest; None when none measured.

    Each pace is ranked by its swing and by its LF power; the best sum of ranks wins, and
    the larger swing breaks a tie.
    """
    known = [r for r in results if r.swing_bpm is not None and r.lf_power_ms2 is not None]
    if not known:
        return None
    by_swing = sorted(known, key=lambda r: r.swing_bpm or 0.0)
    by_lf = sorted(known, key=lambda r: r.lf_power_ms2 or 0.0)
    best = max(
        known,
        key=lambda r: (by_swing.index(r) + by_lf.index(r), r.swing_bpm or 0.0),
    )
    return best.rate_bpm
