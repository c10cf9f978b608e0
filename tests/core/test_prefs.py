# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences round-trip and fall back value by value."""

from breathapp.core.prefs import GuideStyle, Preferences
from breathapp.core.session import LengthKind


def test_round_trip() -> None:
    prefs = Preferences(
        pattern="4-2-6-0",
        length_kind=LengthKind.BREATHS,
        length_breaths=12,
        guide_style=GuideStyle.BELLY,
        language="en",
        ramp=True,
    )
    assert Preferences.from_dict(prefs.to_dict()) == (prefs, [])


def test_bad_values_fall_back_one_by_one() -> None:
    data = Preferences(guide_style=GuideStyle.BELLY).to_dict()
    data.update(
        pattern="4-0-0-0",
        length_minutes=-3,
        language="xx",
        reduced_motion="yes",
        guide_style="belly",
        unknown_key=1,
    )
    prefs, bad = Preferences.from_dict(data)
    assert sorted(bad) == ["language", "length_minutes", "pattern", "reduced_motion"]
    assert prefs.pattern == "calm"
    assert prefs.guide_style is GuideStyle.BELLY


def test_presentation_is_calm_with_its_key_strip_until_the_therapist_chooses() -> None:
    assert not Preferences().present_high_contrast and Preferences().present_key_strip
    prefs, bad = Preferences.from_dict({"present_high_contrast": True, "present_key_strip": 0})
    assert prefs.present_high_contrast and prefs.present_key_strip and bad == ["present_key_strip"]


def test_voice_and_background_prefs_keep_meaning() -> None:
    good = {
        "voice_recorded": False,
        "voice_computer": False,
        "voice_name": "Ellen",
        "voice_rate": -0.5,
        "voice_pack": "anne-nl",
        "breath_words": "count",
        "background": "rain",
        "background_volume": 40,
    }
    prefs, bad = Preferences.from_dict(good)
    assert bad == [] and prefs.to_dict() | good == prefs.to_dict()
    wrong = {
        "voice_name": "x" * 121,
        "voice_rate": 1.5,
        "voice_pack": 3,
        "breath_words": "shout",
        "background": "thunder",
        "background_volume": 101,
    }
    prefs, bad = Preferences.from_dict(wrong)
    assert sorted(bad) == sorted(wrong) and prefs == Preferences()
    assert Preferences().background == "off" and Preferences().breath_words == "off"


def test_the_resonance_pace_is_none_until_chosen_and_none_outside_the_limits() -> None:
    assert Preferences().resonance_bpm is None
    prefs, bad = Preferences.from_dict({"resonance_bpm": 5.5})
    assert prefs.resonance_bpm == 5.5 and bad == []
    assert Preferences.from_dict(prefs.to_dict()) == (prefs, [])
    assert Preferences.from_dict({"resonance_bpm": None}) == (Preferences(), [])
    for wrong in (2.5, 12.5, "5.5", True, float("nan"), [6]):
        prefs, bad = Preferences.from_dict({"resonance_bpm": wrong})
        assert prefs.resonance_bpm is None and bad == ["resonance_bpm"]
