# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's times as preferences: kept, read tolerantly, limits from the plan."""

from __future__ import annotations

import pytest

from breathapp.core.heart import resonance_limits, resonance_plan
from breathapp.core.heart.resonance import (
    DEFAULT_INHALE_SHARE,
    DEFAULT_REST_S,
    DEFAULT_STEP_S,
    ResonanceSettings,
)
from breathapp.core.prefs import Preferences, resonance_settings


def test_the_defaults_are_the_tests_own() -> None:
    prefs = Preferences()
    assert prefs.resonance_step_s == DEFAULT_STEP_S == 120.0
    assert prefs.resonance_rest_s == DEFAULT_REST_S == 30.0
    assert prefs.resonance_inhale_share == DEFAULT_INHALE_SHARE == 0.4
    assert resonance_settings(prefs) == ResonanceSettings()


def test_changed_times_are_kept_and_make_the_tests_settings() -> None:
    prefs = Preferences(resonance_step_s=150.0, resonance_rest_s=45.0, resonance_inhale_share=0.5)
    back, bad = Preferences.from_dict(prefs.to_dict())
    assert bad == [] and back == prefs
    settings = resonance_settings(back, (6.0, 5.0))
    assert settings == ResonanceSettings((6.0, 5.0), 150.0, 45.0, 0.5)
    assert resonance_plan.check(settings) is settings


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("resonance_step_s", resonance_plan.STEP_MIN_S - 1),
        ("resonance_step_s", resonance_plan.STEP_MAX_S + 1),
        ("resonance_step_s", "120"),
        ("resonance_step_s", True),
        ("resonance_step_s", float("nan")),
        ("resonance_rest_s", resonance_plan.REST_MIN_S - 1),
        ("resonance_rest_s", resonance_plan.REST_MAX_S + 1),
        ("resonance_rest_s", None),
        ("resonance_inhale_share", resonance_plan.SHARE_MIN - 0.01),
        ("resonance_inhale_share", resonance_plan.SHARE_MAX + 0.01),
        ("resonance_inhale_share", [0.4]),
    ],
)
def test_a_bad_stored_value_reads_as_the_default(name: str, value: object) -> None:
    prefs, bad = Preferences.from_dict({name: value, "resonance_bpm": 5.5})
    assert bad == [name]
    assert getattr(prefs, name) == getattr(Preferences(), name)
    assert prefs.resonance_bpm == 5.5  # the others still load


def test_the_limits_are_the_plans_own(monkeypatch: pytest.MonkeyPatch) -> None:
    edges = {
        "resonance_step_s": (resonance_plan.STEP_MIN_S, resonance_plan.STEP_MAX_S),
        "resonance_rest_s": (resonance_plan.REST_MIN_S, resonance_plan.REST_MAX_S),
        "resonance_inhale_share": (resonance_plan.SHARE_MIN, resonance_plan.SHARE_MAX),
    }
    for name, (low, high) in edges.items():
        prefs, bad = Preferences.from_dict({name: low})
        assert bad == [] and getattr(prefs, name) == low
        prefs, bad = Preferences.from_dict({name: high})
        assert bad == [] and getattr(prefs, name) == high
    for name in ("STEP_MIN_S", "STEP_MAX_S", "REST_MIN_S", "REST_MAX_S", "SHARE_MIN", "SHARE_MAX"):
        assert getattr(resonance_plan, name) == getattr(resonance_limits, name)  # the same
    monkeypatch.setattr(resonance_limits, "STEP_MAX_S", 200.0)  # one owner
    assert Preferences.from_dict({"resonance_step_s": 240.0})[1] == ["resonance_step_s"]
    monkeypatch.setattr(resonance_limits, "REST_MAX_S", 60.0)
    assert Preferences.from_dict({"resonance_rest_s": 90.0})[1] == ["resonance_rest_s"]
