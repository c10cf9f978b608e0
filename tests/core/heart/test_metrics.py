# SPDX-License-Identifier: GPL-3.0-or-later
"""Heart rate, RMSSD, SDNN and the swing per breath, on beats with known values."""

from __future__ import annotations

import math

import pytest

from breathapp.core.heart.beats import Beat
from breathapp.core.heart.breaths import breath_starts_s
from breathapp.core.heart.metrics import (
    hr_curve,
    mean_hr_bpm,
    mean_swing_bpm,
    rmssd_ms,
    sdnn_ms,
    swings_bpm,
)
from tests.builders.heart_numbers import beats_of, wave_beats

FOUR = beats_of([800.0, 810.0, 790.0, 820.0])


def test_time_domain_measures_by_hand() -> None:
    assert mean_hr_bpm(FOUR) == pytest.approx(60_000 / 805)
    # successive differences 10, -20, 30
    assert rmssd_ms(FOUR) == pytest.approx(math.sqrt((100 + 400 + 900) / 3))
    # deviations from 805: -5, 5, -15, 15; the sample deviation (n - 1)
    assert sdnn_ms(FOUR) == pytest.approx(math.sqrt(500 / 3))


def test_too_few_beats_give_nothing() -> None:
    one = beats_of([800.0])
    assert (mean_hr_bpm([]), rmssd_ms(one), sdnn_ms(one)) == (None, None, None)
    assert mean_hr_bpm(one) == pytest.approx(75.0)


def test_rmssd_skips_the_step_across_a_gap() -> None:
    # The strap was lost for a while (or a beat left out): no successive difference there.
    beats = [*FOUR, Beat(FOUR[-1].t_s + 5.0, 1000.0), Beat(FOUR[-1].t_s + 6.0, 1000.0)]
    assert rmssd_ms(beats) == pytest.approx(math.sqrt((100 + 400 + 900 + 0) / 4))


def test_the_heart_rate_curve_is_one_point_a_beat() -> None:
    assert hr_curve(beats_of([750.0, 1000.0])) == ((0.75, 80.0), (1.75, 60.0))


def test_the_swing_is_peak_to_trough_within_each_whole_breath() -> None:
    # Breaths of 4 s at 15 a minute; intervals 1000, 750, 1000, 1200, 800 ms ...
    beats = beats_of([1000.0, 750.0, 1000.0, 1250.0, 1000.0, 1000.0, 1000.0, 500.0])
    starts = breath_starts_s(15.0, 0.5, 8.0)  # 0.5, 4.5 and the end of the last at 8.5 > 8
    assert starts == (0.5, 4.5)
    # one whole breath, 0.5 <= t < 4.5: beats at 1.0, 1.75, 2.75, 4.0 s -> 60, 80, 60, 48 bpm
    assert swings_bpm(beats, starts) == pytest.approx((80 - 48,))
    assert mean_swing_bpm(beats, starts) == pytest.approx(32.0)


def test_a_breath_with_fewer_than_two_beats_gives_nothing() -> None:
    beats = beats_of([1000.0, 1000.0, 3000.0 - 1000.0, 1000.0])  # 1, 2, 4, 5 s
    assert swings_bpm(beats, (2.5, 3.5, 4.5, 5.5)) == ()
    assert mean_swing_bpm(beats, (2.5, 3.5)) is None
    assert swings_bpm(beats, ()) == ()


def test_the_swing_of_a_known_wave() -> None:
    # 900 ms +/- 80 ms at 6 breaths a minute: 60000/820 - 60000/980 = 11.9 beats a minute,
    # a little less where no beat falls on the very peak or trough.
    beats = wave_beats(120, rate_bpm=6.0, mean_ms=900, amplitude_ms=80)
    starts = breath_starts_s(6.0, 0.0, 120.0)
    swings = swings_bpm(beats, starts)
    assert len(swings) == 12
    assert min(swings) > 11.0
    assert max(swings) <= 60_000 / 820 - 60_000 / 980
