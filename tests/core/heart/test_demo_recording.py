# SPDX-License-Identifier: GPL-3.0-or-later
"""The synthesised demo recording: what the script makes, and the test finds 5.5 on it."""

from __future__ import annotations

import pytest

from breathapp.core.heart.artefacts import clean
from breathapp.core.heart.beats import RR_MAX_MS, RR_MIN_MS
from breathapp.core.heart.breaths import breath_starts_s
from breathapp.core.heart.metrics import mean_hr_bpm
from breathapp.core.heart.resonance import DEFAULT_PACES_BPM, PaceWindow, ResonanceSettings
from breathapp.core.heart.resonance_measure import measure_pace, suggest_pace
from tests.builders.heart_numbers import beats_of, demo_rr_ms, demo_script

RECORDING = [float(ms) for ms in demo_rr_ms()]
TEST_START_S = 60.0  # a minute of free breathing first


def _windows() -> list[PaceWindow]:
    settings = ResonanceSettings()
    step = settings.step_s + settings.rest_s
    return [
        PaceWindow(rate, k * step, k * step + settings.step_s)
        for k, rate in enumerate(settings.paces_bpm)
    ]


def test_the_file_is_what_the_script_makes() -> None:
    assert demo_script().demo_rr_ms() == demo_rr_ms()


def test_the_recording_looks_like_a_resting_adult() -> None:
    beats = beats_of(RECORDING)
    assert 15 * 60 < beats[-1].t_s < 17 * 60
    cleaned = clean(beats)
    assert mean_hr_bpm(cleaned.beats) == pytest.approx(68, abs=2)
    assert all(RR_MIN_MS <= b.rr_ms <= RR_MAX_MS for b in cleaned.beats)
    # the planted artefacts: two missed beats, an extra beat, a premature beat's pair
    assert 3 <= cleaned.removed + cleaned.corrected <= 6


def test_the_resonance_test_finds_five_and_a_half_on_it() -> None:
    beats = beats_of(RECORDING)
    results = [
        measure_pace(
            beats,
            window,
            TEST_START_S,
            breath_starts_s(window.rate_bpm, TEST_START_S + window.start_s, TEST_START_S + 780),
        )
        for window in _windows()
    ]
    assert [r.rate_bpm for r in results] == list(DEFAULT_PACES_BPM)
    assert suggest_pace(results) == 5.5
    for r in results:
        assert r.swing_bpm is not None and 4 <= r.swing_bpm <= 16
        assert r.lf_peak_hz == pytest.approx(r.rate_bpm / 60)
        assert r.in_step is not None and r.in_step > 0.5
        assert r.beats > 120 and r.removed_share < 0.05
    best = results[DEFAULT_PACES_BPM.index(5.5)]
    assert best.swing_bpm == max(r.swing_bpm or 0 for r in results)
    assert best.lf_power_ms2 == max(r.lf_power_ms2 or 0 for r in results)
