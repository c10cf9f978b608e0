# SPDX-License-Identifier: GPL-3.0-or-later
"""The pacer as a pure function of elapsed time: boundaries, exactness, ramp continuity."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathapp.core.pacer import (
    cycles_at,
    state_at,
    time_of_cycle,
    whole_breaths_end_s,
)
from breathapp.core.patterns import PRESETS, Pattern, Phase, Ramp, preset

CALM = preset("calm").pattern
BOX = preset("box").pattern


def test_phase_boundaries_of_calm() -> None:
    assert state_at(CALM, 0).phase is Phase.INHALE
    assert state_at(CALM, 3.999).phase is Phase.INHALE
    s = state_at(CALM, 4.0)
    assert (s.phase, s.phase_elapsed_s, s.phase_duration_s) == (Phase.EXHALE, 0.0, 6.0)
    assert state_at(CALM, 9.999).phase is Phase.EXHALE
    assert state_at(CALM, 10.0).cycle == 1


def test_box_has_two_holds_where_the_volume_stands_still() -> None:
    assert state_at(BOX, 5).phase is Phase.HOLD_IN
    assert state_at(BOX, 5).volume == state_at(BOX, 7.9).volume == 1.0
    assert state_at(BOX, 13).phase is Phase.HOLD_OUT
    assert state_at(BOX, 13).volume == state_at(BOX, 15.9).volume == 0.0


def test_volume_is_eased_empty_to_full() -> None:
    assert state_at(CALM, 0).volume == 0.0
    assert state_at(CALM, 2).volume == pytest.approx(0.5)
    assert state_at(CALM, 4).volume == pytest.approx(1.0)
    # eased: slow at the turns, faster in the middle
    assert state_at(CALM, 0.4).volume < 0.1 * 1.0 / 2


def test_exact_after_an_hour_and_a_day() -> None:
    s = state_at(CALM, 3600.0)
    assert (s.phase, s.phase_elapsed_s, s.cycle, s.volume) == (Phase.INHALE, 0.0, 360, 0.0)
    s = state_at(CALM, 86400.0)
    assert (s.phase, s.phase_elapsed_s, s.cycle) == (Phase.INHALE, 0.0, 8640)
    s = state_at(preset("coherent-5.5").pattern, 11.0 * 7000)
    assert (s.phase, s.phase_elapsed_s, s.cycle) == (Phase.INHALE, 0.0, 7000)
    s = state_at(CALM, 86400.0 + 4.0)
    assert (s.phase, s.phase_elapsed_s) == (Phase.EXHALE, 0.0)


def test_sigh_fills_in_two_steps() -> None:
    sigh = preset("sigh").pattern
    assert state_at(sigh, 1.999).phase is Phase.INHALE
    assert state_at(sigh, 2.0).phase is Phase.TOP_UP
    assert state_at(sigh, 2.0).volume == pytest.approx(0.75)
    assert state_at(sigh, 3.0).phase is Phase.EXHALE
    assert state_at(sigh, 3.0).volume == pytest.approx(1.0)


@given(st.sampled_from(PRESETS), st.floats(0, 86400, allow_nan=False))
def test_state_is_consistent_anywhere_in_a_day(p: object, t: float) -> None:
    pattern = p.pattern  # type: ignore[attr-defined]
    s = state_at(pattern, t)
    assert 0.0 <= s.volume <= 1.0
    assert 0.0 <= s.phase_elapsed_s < s.phase_duration_s + 1e-9
    assert s.cycle == math.floor(t / pattern.cycle_s + 1e-12) or s.cycle == math.floor(
        t / pattern.cycle_s
    )


def _max_step(pacing: Pattern | Ramp, t0: float, t1: float, dt: float) -> float:
    worst = 0.0
    prev = state_at(pacing, t0).volume
    t = t0
    while t < t1:
        t += dt
        v = state_at(pacing, t).volume
        worst = max(worst, abs(v - prev))
        prev = v
    return worst


def test_ramp_starts_at_the_start_rate_and_ends_at_the_target() -> None:
    ramp = Ramp.make(CALM, 10, 3)
    assert state_at(ramp, 0).rate_bpm == 10
    assert state_at(ramp, 90).rate_bpm == pytest.approx(8)
    assert state_at(ramp, 180).rate_bpm == 6
    assert state_at(ramp, 600).rate_bpm == 6
    # first breath at 10 /min with ratio 4:6 -> 2.4 s in
    assert state_at(ramp, 0).phase_duration_s == pytest.approx(2.4, abs=0.01)
    assert state_at(ramp, 1000).phase_duration_s == pytest.approx(
        4.0 if state_at(ramp, 1000).phase is Phase.INHALE else 6.0
    )


@pytest.mark.parametrize("start_bpm", [12, 9, 4])
def test_ramp_volume_never_jumps(start_bpm: float) -> None:
    ramp = Ramp.make(CALM, start_bpm, 2)
    # At 20 ms steps the fastest possible eased change is well under 0.02.
    assert _max_step(ramp, 0, 200, 0.02) < 0.02


def test_ramp_keeps_the_ratio() -> None:
    ramp = Ramp.make(CALM, 10, 3)
    inhale = state_at(ramp, 0.1)
    exhale = state_at(ramp, inhale.phase_duration_s + 0.01)
    assert exhale.phase is Phase.EXHALE
    assert exhale.phase_duration_s / inhale.phase_duration_s == pytest.approx(1.5, rel=0.02)


@given(st.floats(3, 12), st.floats(0.5, 30), st.floats(0, 5000))
def test_ramp_time_and_cycles_are_inverse(start: float, minutes: float, t: float) -> None:
    ramp = Ramp.make(preset("coherent").pattern, start, minutes)
    assert time_of_cycle(ramp, cycles_at(ramp, t)) == pytest.approx(t, abs=1e-6)


def test_a_session_ends_after_a_whole_breath() -> None:
    assert whole_breaths_end_s(CALM, 600) == 600
    assert whole_breaths_end_s(CALM, 61) == 70
    assert whole_breaths_end_s(preset("coherent-5.5").pattern, 600) == 605
    ramp = Ramp.make(CALM, 10, 3)
    end = whole_breaths_end_s(ramp, 100)
    assert end >= 100
    assert state_at(ramp, end).phase is Phase.INHALE
    assert state_at(ramp, end - 0.01).phase is Phase.EXHALE
