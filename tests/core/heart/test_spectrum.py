# SPDX-License-Identifier: GPL-3.0-or-later
"""LF power, its peak and the wave at the breath's pace, on series with known spectra."""

from __future__ import annotations

import pytest

from breathapp.core.heart.spectrum import (
    MIN_SPAN_S,
    lf_peak_hz,
    lf_power_ms2,
    spectrum,
    wave_share,
)
from tests.builders.heart_numbers import beats_of, wave_beats


@pytest.mark.parametrize("rate_bpm", [4.5, 5.0, 5.5, 6.0, 6.5])
def test_the_lf_peak_is_the_breathing_frequency(rate_bpm: float) -> None:
    beats = wave_beats(120, rate_bpm=rate_bpm, amplitude_ms=60, noise_ms=10)
    assert lf_peak_hz(beats) == pytest.approx(rate_bpm / 60)


def test_lf_power_of_a_sine_is_half_its_amplitude_squared() -> None:
    # 60 ms amplitude: 1800 ms²; the window's leakage outside the band's bins takes a
    # few per cent, the resampling of a wave sampled once a beat a little more.
    power = lf_power_ms2(wave_beats(300, rate_bpm=5.5, amplitude_ms=60))
    assert power == pytest.approx(1800, rel=0.06)


def test_a_bigger_wave_has_more_lf_power() -> None:
    small = lf_power_ms2(wave_beats(120, amplitude_ms=30, noise_ms=10))
    big = lf_power_ms2(wave_beats(120, amplitude_ms=60, noise_ms=10))
    assert small is not None and big is not None
    assert big / small == pytest.approx(4, rel=0.15)


def test_breathing_outside_the_band_leaves_lf_power_small() -> None:
    # 15 breaths a minute is 0.25 Hz, high frequency
    quick = lf_power_ms2(wave_beats(120, rate_bpm=15.0, amplitude_ms=60))
    assert quick is not None and quick < 20


def test_under_a_minute_there_is_no_estimate() -> None:
    short = wave_beats(MIN_SPAN_S - 2)
    assert (lf_power_ms2(short), lf_peak_hz(short), wave_share(short, 0.1)) == (None, None, None)
    assert spectrum(beats_of([900.0, 900.0])) is None
    assert lf_power_ms2(wave_beats(MIN_SPAN_S + 2)) is not None


def test_a_wave_in_step_with_the_breath_explains_nearly_all_of_the_series() -> None:
    beats = wave_beats(120, rate_bpm=5.5, amplitude_ms=60, noise_ms=10)
    share = wave_share(beats, 5.5 / 60)
    assert share is not None and share > 0.9
    off = wave_share(beats, 4.5 / 60)
    assert off is not None and off < 0.1
    noisy = wave_share(wave_beats(120, rate_bpm=5.5, amplitude_ms=20, noise_ms=40), 5.5 / 60)
    assert noisy is not None and 0.05 < noisy < share


def test_a_flat_series_has_no_wave() -> None:
    assert wave_share(beats_of([900.0] * 100), 0.1) is None
