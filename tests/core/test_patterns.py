# SPDX-License-Identifier: GPL-3.0-or-later
"""Patterns: presets, limits with specific messages, text form, rate and ratio."""

import pytest

from breathapp.core.patterns import (
    PRESETS,
    Pattern,
    PatternError,
    Phase,
    Problem,
    Ramp,
    parse,
    preset,
    resolve,
)


@pytest.mark.parametrize(
    ("preset_id", "text", "rate"),
    [
        ("calm", "4-0-6-0", 6.0),
        ("coherent", "5-0-5-0", 6.0),
        ("coherent-5.5", "5.5-0-5.5-0", 5.45),
        ("long-exhale", "3-0-7-0", 6.0),
        ("gentle", "3-0-4-0", 8.57),
        ("box", "4-4-4-4", 3.75),
        ("4-7-8", "4-7-8-0", 3.16),
        ("sigh", "2+1-0-6-0", 6.67),
    ],
)
def test_presets_have_the_clinical_timings(preset_id: str, text: str, rate: float) -> None:
    pattern = preset(preset_id).pattern
    assert pattern.text() == text
    assert round(pattern.rate_bpm, 2) == rate


def test_preset_ids_are_unique_and_calm_comes_first() -> None:
    ids = [p.id for p in PRESETS]
    assert len(ids) == len(set(ids)) == 8
    assert ids[0] == "calm"


def test_holds_are_marked() -> None:
    holds = {p.id for p in PRESETS if p.pattern.has_holds}
    assert holds == {"box", "4-7-8"}


def test_sigh_has_a_top_up_phase() -> None:
    phases = [p for p, _ in preset("sigh").pattern.phases]
    assert phases == [Phase.INHALE, Phase.TOP_UP, Phase.EXHALE]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("4-0-0-0", "exhale must be 1 to 20 seconds, got 0"),
        ("0-0-6-0", "inhale must be 1 to 20 seconds, got 0"),
        ("4-21-6-0", "hold in must be 0 to 20 seconds, got 21"),
        ("4-0-6-20.5", "hold out must be 0 to 20 seconds, got 20.5"),
        ("15-5-15-6", "a whole breath must last at most 40 seconds, got 41"),
        ("4-x-6-0", "pattern '4-x-6-0' is not IN-HOLD-OUT-HOLD"),
        ("4-0-6", "pattern '4-0-6' is not IN-HOLD-OUT-HOLD"),
    ],
)
def test_violations_say_exactly_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(PatternError) as info:
        parse(text)
    assert str(info.value).startswith(message)


def test_limits_are_inclusive() -> None:
    assert Pattern.make(1, 0, 1, 0).cycle_s == 2
    assert Pattern.make(20, 0, 20, 0).cycle_s == 40
    assert Pattern.make(10, 10, 10, 10).cycle_s == 40


def test_text_round_trips_and_accepts_a_decimal_comma() -> None:
    for p in PRESETS:
        assert parse(p.pattern.text()) == p.pattern
    assert parse("5,5-0-5,5-0") == preset("coherent-5.5").pattern
    assert parse("4-6") == preset("calm").pattern


def test_resolve_finds_presets_by_id_and_by_timing() -> None:
    assert resolve("box") == (preset("box").pattern, "box")
    assert resolve("4-0-6-0") == (preset("calm").pattern, "calm")
    assert resolve("4-2-6-0")[1] is None
    with pytest.raises(PatternError) as info:
        resolve("calmer")
    assert info.value.problem is Problem.UNKNOWN_PRESET


def test_rate_and_ratio_give_seconds() -> None:
    p = Pattern.from_rate(6, 2)
    assert (p.inhale_s, p.exhale_s) == (3.333, 6.667)
    assert p.rate_bpm == pytest.approx(6.0)
    assert Pattern.from_rate(12, 1).text() == "2.5-0-2.5-0"
    assert preset("calm").pattern.exhale_ratio == 1.5


@pytest.mark.parametrize(("rate", "ratio"), [(2.9, 1.5), (12.1, 1.5), (6, 0.9), (6, 2.1)])
def test_rate_and_ratio_limits(rate: float, ratio: float) -> None:
    with pytest.raises(PatternError):
        Pattern.from_rate(rate, ratio)


def test_ramp_limits() -> None:
    calm = preset("calm").pattern
    assert Ramp.make(calm, 10, 3).duration_s == 180
    with pytest.raises(PatternError, match="start rate must be 3 to 12"):
        Ramp.make(calm, 14, 3)
    with pytest.raises(PatternError, match="ramp must last"):
        Ramp.make(calm, 10, 0)
