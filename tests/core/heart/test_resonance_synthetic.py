# SPDX-License-Identifier: GPL-3.0-or-later
"""Each pace's measures from synthetic beats, and the pace suggested."""

from __future__ import annotations

import pytest

from breathapp.core.heart.beats import Beat
from breathapp.core.heart.resonance import PaceResult, PaceWindow, ResonanceSettings
from breathapp.core.heart.resonance_measure import in_step, measure_pace, suggest_pace
from tests.builders.resonance import SWING_AT, synthetic_beats

SETTINGS = ResonanceSettings(paces_bpm=(6.5, 5.5), step_s=120, rest_s=0)


def _starts(rate: float, first: float, until: float) -> tuple[float, ...]:
    cycle = 60.0 / rate
    return tuple(first + i * cycle for i in range(int((until - first) / cycle) + 1))


def test_the_swing_lf_power_and_peak_follow_the_breathing_pace() -> None:
    beats = synthetic_beats(100.0, SETTINGS, 400.0)
    quick = measure_pace(beats, PaceWindow(6.5, 0, 120), 100.0, _starts(6.5, 100.0, 220.0))
    slow = measure_pace(beats, PaceWindow(5.5, 120, 240), 100.0, _starts(5.5, 220.0, 340.0))
    assert quick.swing_bpm == pytest.approx(SWING_AT[6.5], rel=0.1)
    assert slow.swing_bpm == pytest.approx(SWING_AT[5.5], rel=0.1)
    assert slow.lf_power_ms2 is not None and quick.lf_power_ms2 is not None
    assert slow.lf_power_ms2 > 3 * quick.lf_power_ms2
    assert slow.lf_peak_hz == pytest.approx(5.5 / 60, abs=0.01)
    assert quick.lf_peak_hz == pytest.approx(6.5 / 60, abs=0.01)
    assert slow.in_step is not None and slow.in_step > 0.9
    assert 100 < slow.beats < 150 and slow.removed_share == 0.0


def test_a_missed_beat_is_split_in_two_and_counted() -> None:
    beats = list(synthetic_beats(100.0, SETTINGS, 240.0))
    window, starts = PaceWindow(6.5, 0, 120), _starts(6.5, 100.0, 220.0)
    whole = measure_pace(beats, window, 100.0, starts)
    i = 60
    merged = Beat(beats[i + 1].t_s, beats[i].rr_ms + beats[i + 1].rr_ms)  # one beat not seen
    beats[i : i + 2] = [merged]
    result = measure_pace(beats, window, 100.0, starts)
    # The long interval comes back as two beats: as many beats as the strap should have seen;
    # the one corrected is counted over the beats given (one fewer than the series kept).
    assert result.beats == whole.beats
    assert result.removed_share == pytest.approx(1 / (result.beats - 1))
    assert result.swing_bpm == pytest.approx(SWING_AT[6.5], rel=0.1)


def test_too_few_beats_say_nothing_rather_than_something_wrong() -> None:
    beats = synthetic_beats(100.0, SETTINGS, 130.0)
    result = measure_pace(beats, PaceWindow(6.5, 0, 20), 100.0, ())
    assert result.swing_bpm is None and result.lf_power_ms2 is None and result.lf_peak_hz is None
    assert in_step((), 6.0) is None


def _result(rate: float, swing: float | None, lf: float | None) -> PaceResult:
    return PaceResult(rate, swing, lf, None, None, 100, 0.0)


def test_the_suggestion_is_the_pace_where_swing_and_lf_power_are_together_largest() -> None:
    results = [
        _result(6.5, 6.0, 900.0),
        _result(6.0, 9.0, 2000.0),
        _result(5.5, 10.0, 1900.0),
        _result(5.0, None, None),
    ]
    # 6.0 and 5.5 share the best rank sum; the bigger swing wins.
    assert suggest_pace(results) == 5.5
    assert suggest_pace([_result(6.0, None, 100.0)]) is None
    assert suggest_pace([]) is None
