# SPDX-License-Identifier: GPL-3.0-or-later
"""Each pace's measures from the beats of a test, and the pace to suggest."""

from __future__ import annotations

from dataclasses import replace

import pytest

from breathapp.core.heart.breaths import breath_starts_s
from breathapp.core.heart.resonance import PaceResult, PaceWindow
from breathapp.core.heart.resonance_measure import (
    MAX_REMOVED_SHARE,
    in_step,
    measure_pace,
    suggest_pace,
)
from tests.builders.heart_numbers import beats_of, wave_beats

TEST_START_S = 1000.0  # the app's clock when the test began


def _result(rate: float, swing: float | None, power: float | None) -> PaceResult:
    return PaceResult(rate, swing, power, rate / 60, 0.9, 130, 0.0)


def test_a_pace_is_measured_on_the_beats_inside_its_window() -> None:
    window = PaceWindow(5.5, start_s=150.0, end_s=270.0)
    start = TEST_START_S + window.start_s
    # quick, flat beats before and after; the wave only inside the window, with a missed beat
    before = beats_of([700.0] * 100, start_s=start - 70.0)
    wave = list(wave_beats(120, rate_bpm=5.5, amplitude_ms=70, noise_ms=8, start_s=start))
    missed = 40
    wave[missed : missed + 2] = [wave[missed + 1]._replace(rr_ms=wave[missed].rr_ms * 2)]
    after = beats_of([700.0] * 100, start_s=wave[-1].t_s)
    breaths = breath_starts_s(5.5, start, start + 120.0)
    result = measure_pace([*before, *wave, *after], window, TEST_START_S, breaths)
    inside = [b for b in wave if b.t_s <= start + 120.0]
    assert result.rate_bpm == 5.5
    assert result.beats == len(inside) + 1  # the missed beat split in two again
    assert result.removed_share == pytest.approx(1 / len(inside))
    # 900 +/- 70 ms: 60000/830 - 60000/970 = 10.4 beats a minute, give or take the noise
    assert result.swing_bpm == pytest.approx(60_000 / 830 - 60_000 / 970, abs=1.0)
    assert result.lf_peak_hz == pytest.approx(5.5 / 60)
    assert result.lf_power_ms2 is not None and result.lf_power_ms2 > 2000
    assert result.in_step is not None and result.in_step > 0.8


def test_a_window_without_enough_beats_gives_no_measures() -> None:
    window = PaceWindow(6.0, 0.0, 120.0)
    result = measure_pace([], window, TEST_START_S, breath_starts_s(6.0, TEST_START_S, 1120.0))
    assert result == PaceResult(6.0, None, None, None, None, 0, 0.0)


def test_in_step_is_high_at_the_breathing_pace_and_low_off_it() -> None:
    beats = wave_beats(120, rate_bpm=6.0, amplitude_ms=60, noise_ms=10)
    high, low = in_step(beats, 6.0), in_step(beats, 4.5)
    assert high is not None and low is not None
    assert high > 0.9 > 0.1 > low


def test_the_pace_with_the_largest_swing_and_power_is_suggested() -> None:
    results = [
        _result(6.5, 8.0, 1300.0),
        _result(6.0, 11.0, 2500.0),
        _result(5.5, 14.0, 4700.0),
        _result(5.0, 12.0, 2200.0),
        _result(4.5, 8.5, 1000.0),
    ]
    assert suggest_pace(results) == 5.5


def test_when_the_two_disagree_the_rank_sum_decides() -> None:
    results = [
        _result(6.5, 15.0, 1000.0),  # first by swing, last by power: 1 + 5
        _result(6.0, 10.0, 2000.0),  # 4 + 4
        _result(5.5, 13.0, 3000.0),  # second in both: 2 + 2
        _result(5.0, 11.0, 2500.0),  # 3 + 3
        _result(4.5, 9.0, 4000.0),  # last by swing, first by power: 5 + 1
    ]
    assert suggest_pace(results) == 5.5


def test_a_tie_goes_to_the_larger_swing_then_the_quicker_pace() -> None:
    split = [_result(6.0, 14.0, 2000.0), _result(5.0, 12.0, 3000.0)]  # 1 + 2 and 2 + 1
    assert suggest_pace(split) == 6.0
    same = [_result(5.0, 12.0, 3000.0), _result(5.5, 12.0, 3000.0)]
    assert suggest_pace(same) == 5.5


def test_paces_without_measures_or_with_many_artefacts_are_not_suggested() -> None:
    assert suggest_pace([]) is None
    assert suggest_pace([_result(6.0, None, 2000.0), _result(5.5, 14.0, None)]) is None
    noisy = replace(_result(5.5, 20.0, 9000.0), removed_share=MAX_REMOVED_SHARE + 0.01)
    assert suggest_pace([noisy, _result(6.0, 10.0, 2000.0)]) == 6.0
