# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's schedule: windows, rests, the step at any second, the patterns."""

from __future__ import annotations

import pytest

from breathapp.core.heart.resonance import PaceWindow, ResonanceSettings
from breathapp.core.heart.resonance_plan import (
    ResonancePlan,
    SettingsError,
    Step,
    StepKind,
    check,
    pattern_for,
)


def test_the_default_test_paces_five_rates_two_minutes_each_with_rests_between() -> None:
    plan = ResonancePlan(ResonanceSettings())
    assert plan.windows == (
        PaceWindow(6.5, 0.0, 120.0),
        PaceWindow(6.0, 150.0, 270.0),
        PaceWindow(5.5, 300.0, 420.0),
        PaceWindow(5.0, 450.0, 570.0),
        PaceWindow(4.5, 600.0, 720.0),
    )
    assert plan.rests == ((120.0, 150.0), (270.0, 300.0), (420.0, 450.0), (570.0, 600.0))
    assert plan.total_s == 720.0


def test_step_at_says_pace_or_rest_and_the_time_left_from_the_clock_alone() -> None:
    plan = ResonancePlan(ResonanceSettings())
    assert plan.step_at(0.0) == Step(StepKind.PACE, 0, 6.5, 120.0)
    assert plan.step_at(119.5) == Step(StepKind.PACE, 0, 6.5, 0.5)
    assert plan.step_at(120.0) == Step(StepKind.REST, 1, 6.0, 30.0)  # the next pace named
    assert plan.step_at(160.0) == Step(StepKind.PACE, 1, 6.0, 110.0)
    assert plan.step_at(719.0).pace == 4
    assert plan.step_at(720.0) == Step(StepKind.DONE, 5, None, 0.0)
    assert plan.step_at(-3.0).kind is StepKind.PACE  # before the start: the first pace
    assert plan.left_s(700.0) == 20.0


def test_without_rests_the_paces_follow_each_other() -> None:
    plan = ResonancePlan(ResonanceSettings(paces_bpm=(6.0, 5.0), step_s=120, rest_s=0))
    assert plan.windows == (PaceWindow(6.0, 0, 120), PaceWindow(5.0, 120, 240))
    assert plan.rests == ()
    assert plan.step_at(120.0) == Step(StepKind.PACE, 1, 5.0, 120.0)


def test_each_pace_keeps_inhale_to_exhale_and_never_holds() -> None:
    p = pattern_for(6.0, 0.4)
    assert (p.inhale_s, p.hold_in_s, p.exhale_s, p.hold_out_s) == (4.0, 0.0, 6.0, 0.0)
    plan = ResonancePlan(ResonanceSettings())
    for pattern, window in zip(plan.patterns(), plan.windows, strict=True):
        assert not pattern.has_holds
        assert pattern.rate_bpm == pytest.approx(window.rate_bpm, abs=1e-3)
        assert pattern.exhale_ratio == pytest.approx(1.5, abs=1e-3)


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        (ResonanceSettings(paces_bpm=(6.0, 2.0)), "pace (breaths per minute)"),
        (ResonanceSettings(paces_bpm=(13.0,)), "pace (breaths per minute)"),
        (ResonanceSettings(paces_bpm=(float("nan"),)), "pace (breaths per minute)"),
        (ResonanceSettings(paces_bpm=()), "number of paces"),
        (ResonanceSettings(paces_bpm=(6.0, 6.0)), "paces (each once)"),
        (ResonanceSettings(step_s=119), "step (seconds)"),  # 2 minutes: the least for LF
        (ResonanceSettings(step_s=301), "step (seconds)"),
        (ResonanceSettings(rest_s=-1), "rest (seconds)"),
        (ResonanceSettings(rest_s=121), "rest (seconds)"),
        (ResonanceSettings(inhale_share=0.6), "inhale share"),  # exhale shorter than inhale
        (ResonanceSettings(inhale_share=0.2), "inhale share"),  # exhale over twice the inhale
    ],
)
def test_settings_without_meaning_are_refused_naming_the_field(
    settings: ResonanceSettings, field: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        ResonancePlan(settings)
    assert caught.value.field == field


def test_the_limits_themselves_are_allowed() -> None:
    edge = ResonanceSettings(paces_bpm=(3.0, 12.0), step_s=120, rest_s=120, inhale_share=0.5)
    assert check(edge) is edge
    assert check(ResonanceSettings(step_s=300, rest_s=0, inhale_share=1 / 3)).step_s == 300
