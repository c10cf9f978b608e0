# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's measures: what the heart did at each pace, and the pace to suggest.

numpy comes in with ``spectrum``, imported inside the functions that need it, so that
importing this module (a controller does at start-up) loads no numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

from breathapp.core.heart.artefacts import clean
from breathapp.core.heart.beats import Beat
from breathapp.core.heart.metrics import mean_swing_bpm
from breathapp.core.heart.resonance import PaceResult, PaceWindow

# A pace with more than this share of its beats left out or corrected is not suggested:
# its measures rest on too few true beats (Kubios advises against more than about 5 %
# corrected in a recording; a fifth is already far beyond that).
MAX_REMOVED_SHARE = 0.2


def in_step(beats: Sequence[Beat], rate_bpm: float) -> float | None:
    """How well the heart wave keeps in step with the breath, 0..1 (None: too little data).

    The share of the clean RR series' variance that one steady wave at the breathing
    frequency (``rate_bpm`` / 60 Hz) explains: the R² of a sine-and-cosine fit at that
    frequency (``spectrum.wave_share``). Needs at least a minute of beats.
    """
    from breathapp.core.heart.spectrum import wave_share

    return wave_share(beats, rate_bpm / 60)


def measure_pace(
    beats: Sequence[Beat],
    window: PaceWindow,
    test_start_s: float,
    breath_starts_s: Sequence[float],
) -> PaceResult:
    """The measures of one pace from the raw beats of the test.

    ``beats`` and ``breath_starts_s`` are on the app's clock (seconds); ``window`` is in
    seconds from ``test_start_s``. The beats whose whole interval lies in the window are
    cleaned of artefacts; the swing is measured over the whole breaths inside the window,
    LF power, its peak and ``in_step`` over the clean beats.
    """
    from breathapp.core.heart.spectrum import lf_peak_hz, lf_power_ms2

    start_s = test_start_s + window.start_s
    end_s = test_start_s + window.end_s
    inside = [b for b in beats if b.t_s - b.rr_ms / 1000 >= start_s and b.t_s <= end_s]
    cleaned = clean(inside)
    starts = [s for s in breath_starts_s if start_s <= s <= end_s]
    return PaceResult(
        rate_bpm=window.rate_bpm,
        swing_bpm=mean_swing_bpm(cleaned.beats, starts),
        lf_power_ms2=lf_power_ms2(cleaned.beats),
        lf_peak_hz=lf_peak_hz(cleaned.beats),
        in_step=in_step(cleaned.beats, window.rate_bpm),
        beats=len(cleaned.beats),
        removed_share=cleaned.removed_share,
    )


def suggest_pace(results: Sequence[PaceResult]) -> float | None:
    """The pace (breaths a minute) where the swing and LF power are largest together.

    Each usable pace (a swing and an LF power, at most ``MAX_REMOVED_SHARE`` artefacts) is
    ranked by its swing and by its LF power, 1 for the largest; the smallest sum of the
    two ranks wins. The two measure the same wave (the swing what the patient sees, LF
    power the standard number), so neither overrules the other: of five paces, one second
    in both (2 + 2) beats one first in one and last in the other (1 + 5). On a tie the
    larger swing wins, as the patient sees it; then the quicker pace, the easier one to
    keep at home (a slower pace asks deeper breaths, and over-breathing is the usual
    trouble at slow paces). None when no pace is usable.
    """
    usable = [
        (r.rate_bpm, r.swing_bpm, r.lf_power_ms2)
        for r in results
        if r.swing_bpm is not None
        and r.lf_power_ms2 is not None
        and r.removed_share <= MAX_REMOVED_SHARE
    ]
    if not usable:
        return None
    swings = [swing for _, swing, _ in usable]
    powers = [power for _, _, power in usable]

    def rank(value: float, values: list[float]) -> int:
        return 1 + sum(1 for v in values if v > value)

    def order(pace: tuple[float, float, float]) -> tuple[int, float, float]:
        rate, swing, power = pace
        return (rank(swing, swings) + rank(power, powers), -swing, -rate)

    return min(usable, key=order)[0]
