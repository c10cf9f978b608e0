# SPDX-License-Identifier: GPL-3.0-or-later
"""Live pace: changes while the guide runs never make the breath jump."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breathapp.core.live_pace import (
    EASE_S,
    LivePace,
    at_rate,
    faster,
    longer_exhale,
    preset_id_of,
    shorter_exhale,
    slower,
)
from breathapp.core.patterns import (
    PRESETS,
    RATE_MAX_BPM,
    RATE_MIN_BPM,
    Pattern,
    Phase,
    Ramp,
    preset,
    target_pattern,
)

CALM = preset("calm").pattern
ORDER = [Phase.INHALE, Phase.TOP_UP, Phase.HOLD_IN, Phase.EXHALE, Phase.HOLD_OUT]
STEPS = {
    "faster": faster,
    "slower": slower,
    "longer": longer_exhale,
    "shorter": shorter_exhale,
}


def _max_jump(pace: LivePace, dt: float) -> float:
    """The most the volume can move in dt seconds of breathing at the fastest point."""
    slope = 0.0
    for seg in pace.segments:
        pattern = target_pattern(seg.pacing)
        fastest = max(pattern.rate_bpm, seg.pacing.start_bpm if isinstance(seg.pacing, Ramp) else 0)
        moving = min(s for p, s in pattern.phases if not p.is_hold)
        slope = max(slope, math.pi / 2 / (moving * pattern.rate_bpm / fastest))
    return slope * dt + 1e-6


def test_a_faster_step_waits_for_the_end_of_the_breath_then_glides() -> None:
    pace = LivePace(CALM).with_change(5.0, faster(CALM) or CALM)
    # 5 s is inside the exhale (4 to 10 s): the new pace starts with the next inhale.
    assert pace.segments[-1].start_s == pytest.approx(10.0)
    assert pace.state_at(9.99).rate_bpm == pytest.approx(6.0)
    assert pace.state_at(10.0 + EASE_S / 2).rate_bpm == pytest.approx(6.25, abs=1e-3)
    assert pace.state_at(30.0).rate_bpm == pytest.approx(6.5, abs=1e-3)
    before, after = pace.state_at(10.0 - 1e-6), pace.state_at(10.0)
    assert abs(before.volume - after.volume) < 1e-4
    assert (after.phase, after.cycle) == (Phase.INHALE, 1)


def test_a_change_during_the_inhale_takes_over_when_the_lungs_are_full() -> None:
    new = longer_exhale(CALM)
    assert new is not None
    pace = LivePace(CALM).with_change(1.0, new)
    assert pace.segments[-1].start_s == pytest.approx(4.0)
    assert pace.state_at(4.0).phase is Phase.EXHALE
    assert pace.state_at(4.0).volume == pytest.approx(1.0)


def test_a_newer_change_replaces_one_that_still_waits() -> None:
    one = faster(CALM)
    assert one is not None
    two = faster(one)
    assert two is not None
    pace = LivePace(CALM).with_change(5.0, one).with_change(6.0, two)
    assert len(pace.segments) == 2
    assert target_pattern(pace.segments[-1].pacing) == two
    assert pace.state_at(60.0).rate_bpm == pytest.approx(7.0, abs=1e-3)


def test_steps_stay_within_the_clinical_limits() -> None:
    p: Pattern | None = CALM
    rates = []
    while p is not None:
        rates.append(round(p.rate_bpm, 2))
        p = faster(p)
    assert rates[-1] == pytest.approx(RATE_MAX_BPM, abs=0.01)
    assert rates[:3] == [6.0, 6.5, 7.0]
    p = CALM
    while (q := slower(p)) is not None:
        p = q
    assert p.rate_bpm == pytest.approx(RATE_MIN_BPM, abs=0.01)
    assert longer_exhale(at_rate(CALM, 6) or CALM) is not None
    p = CALM
    while (q := longer_exhale(p)) is not None:
        p = q
    assert p.exhale_ratio == pytest.approx(2.0, abs=0.01)
    assert p.rate_bpm == pytest.approx(6.0, abs=0.01)
    while (q := shorter_exhale(p)) is not None:
        p = q
    assert p.exhale_ratio == pytest.approx(1.0, abs=0.01)


def test_steps_never_add_holds_to_a_pattern_without_them() -> None:
    for pattern in (p.pattern for p in PRESETS if not p.pattern.has_holds):
        for step in STEPS.values():
            new = step(pattern)
            assert new is None or not new.has_holds


def test_shown_lists_each_pattern_with_its_seconds() -> None:
    new = faster(CALM)
    assert new is not None
    pace = LivePace(CALM).with_change(5.0, new)
    shown = pace.shown(70.0)
    assert [s.pattern for s in shown] == [CALM, new]
    assert [round(s.seconds, 3) for s in shown] == [10.0, 60.0]
    assert preset_id_of(CALM) == "calm" and preset_id_of(new) is None


def test_a_ramp_base_steps_from_the_rate_on_screen() -> None:
    ramp = Ramp.make(CALM, 10.0, 2.0)
    pace = LivePace(ramp)
    heading = pace.heading_to(60.0)
    assert heading.rate_bpm == pytest.approx(pace.rate_at(60.0), abs=0.01)


def test_changes_out_of_time_order_are_refused() -> None:
    with pytest.raises(ValueError):
        LivePace(CALM).with_change(5.0, CALM).with_change(4.0, CALM)


def test_whole_breaths_end_follows_the_changes() -> None:
    new = at_rate(CALM, 12.0)
    assert new is not None
    pace = LivePace(CALM).with_change(0.5, new)
    # The first breath is 10 s; after that 5 s breaths (after a glide).
    end = pace.whole_breaths_end_s(30.0)
    assert pace.cycles_at(end) == pytest.approx(round(pace.cycles_at(end)), abs=1e-6)
    assert end >= 30.0


_pattern = st.sampled_from([p.pattern for p in PRESETS])
_step = st.sampled_from([*STEPS, *[f"preset:{p.id}" for p in PRESETS]])


@settings(max_examples=60, deadline=None)
@given(
    base=_pattern,
    ramp_from=st.none() | st.floats(3.0, 12.0),
    requests=st.lists(st.tuples(st.floats(0.01, 30.0), _step), max_size=8),
    probes=st.lists(st.floats(0.0, 300.0), min_size=1, max_size=20),
)
def test_live_changes_keep_the_breath_continuous(
    base: Pattern,
    ramp_from: float | None,
    requests: list[tuple[float, str]],
    probes: list[float],
) -> None:
    pace = LivePace(Ramp.make(base, ramp_from, 1.0) if ramp_from else base)
    t = 0.0
    for gap, step in requests:
        t += gap
        heading = pace.heading_to(t)
        if step.startswith("preset:"):
            new: Pattern | None = preset(step.removeprefix("preset:")).pattern
        else:
            new = STEPS[step](heading)
        if new is not None:
            pace = pace.with_change(t, new)
    dt = 0.02
    bound = _max_jump(pace, dt)
    times = sorted(
        {*probes, *(s.start_s + d for s in pace.segments for d in (-dt, -1e-7, 0.0, dt))}
    )
    for t in times:
        if t < 0:
            continue
        a, b = pace.state_at(t), pace.state_at(t + dt)
        assert abs(a.volume - b.volume) <= bound, (t, a, b)
        assert RATE_MIN_BPM - 1e-9 <= a.rate_bpm <= RATE_MAX_BPM + 1e-9
        assert 0.0 <= a.volume <= 1.0
        # Phases follow in order: forward within a breath, or on to the next breath.
        if (a.phase, a.cycle) != (b.phase, b.cycle):
            forward = b.cycle == a.cycle and ORDER.index(b.phase) > ORDER.index(a.phase)
            next_breath = b.cycle == a.cycle + 1 and b.phase is Phase.INHALE
            assert forward or next_breath, (t, a, b)
