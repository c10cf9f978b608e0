# SPDX-License-Identifier: GPL-3.0-or-later
"""Steps last as long as their words: the one rule every path that plays or lists goes through."""

from __future__ import annotations

import pytest

from breathapp.core.patterns import resolve
from breathapp.core.relaxation import SECONDS, Script, Step, StepKind
from breathapp.core.speech import (
    PAUSE_S,
    TENSE_PAUSE_S,
    fit_script,
    fitted_seconds,
    pick_voice,
    spoken_estimate_s,
    tense_fits,
)


def _script() -> Script:
    pattern, _ = resolve("4-0-6-0")
    return Script(
        "demo",
        "en",
        "Demo session",
        "A short demonstration session.",
        (
            Step(StepKind.SAY, "Lie down.", 5.0, id="lie"),
            Step(StepKind.TENSE, "Tense now. Two soft fists.", 6.0, id="arms-tense"),
            Step(StepKind.RELEASE, "And let go.", 20.0, id="arms-release"),
            Step(StepKind.BREATHE, "Breathe with the circle.", 30.0, pattern, 3, "breathe"),
        ),
    )


def test_slower_speech_takes_longer_and_silence_takes_nothing() -> None:
    text = "Lie on your back. Knees bent."
    assert spoken_estimate_s("", 0) == 0.0
    assert spoken_estimate_s(text, -1) == pytest.approx(2 * spoken_estimate_s(text, 0))
    assert spoken_estimate_s(text, 1) == pytest.approx(spoken_estimate_s(text, 0) / 2)
    assert spoken_estimate_s(text, -5) == spoken_estimate_s(text, -1)  # the rate is bounded
    # A real voice at its normal rate: about 150 words a minute, plus its pauses at full stops.
    assert spoken_estimate_s(" ".join(["word"] * 150), 0) == pytest.approx(60.0)
    assert spoken_estimate_s("One. Two.", 0) == pytest.approx(2 * (0.4 + 0.35))


def test_a_say_step_holds_its_words_and_a_calm_pause() -> None:
    say = _script().steps[0]
    assert fitted_seconds(say, 1.0) == 5.0  # short words: the step keeps its time
    assert fitted_seconds(say, 9.0) == 9.0 + PAUSE_S  # long words: never cut off


def test_a_tense_step_never_holds_tension_past_the_clinical_limit() -> None:
    tense = _script().steps[1]
    longest = SECONDS[StepKind.TENSE][1]
    assert fitted_seconds(tense, 2.0) == 6.0
    assert fitted_seconds(tense, 7.0) == 7.0 + TENSE_PAUSE_S
    assert fitted_seconds(tense, 30.0) == longest
    assert tense_fits(tense, longest - TENSE_PAUSE_S) and not tense_fits(tense, longest)


def test_breathing_steps_stay_whole_breaths() -> None:
    breathe = _script().steps[3]
    assert fitted_seconds(breathe, 25.0) == breathe.seconds


def test_the_fitted_script_totals_its_fitted_steps() -> None:
    script = _script()
    assert fit_script(script, {}) is script
    fitted = fit_script(script, {"lie": 8.0, "arms-release": 1.0, "unknown": 99.0})
    assert [s.seconds for s in fitted.steps] == [10.0, 6.0, 20.0, 30.0]
    assert fitted.total_s == 66.0 and fitted.starts_s == (0.0, 10.0, 16.0, 36.0)
    assert (fitted.id, fitted.title, [s.id for s in fitted.steps]) == (
        script.id,
        script.title,
        [s.id for s in script.steps],
    )


VOICES = [("Bob", "en_GB"), ("Frank", "nl_NL"), ("Charly", "en_US"), ("Bart", "nl_BE"), ("X", "C")]


def test_a_flemish_voice_first_then_any_dutch_never_another_language() -> None:
    assert pick_voice(VOICES, "nl", "") == [3]
    assert pick_voice(VOICES, "nl", "Frank") == [1]  # the one the user chose
    assert pick_voice(VOICES, "nl", "Bob") == [3]  # chosen, but it does not speak Dutch
    assert pick_voice(VOICES, "nl", "", every=True) == [3, 1]
    assert pick_voice(VOICES[:3], "nl", "") == [1]  # no Flemish voice: Dutch from elsewhere
    assert pick_voice([("Bob", "en_GB")], "nl", "") == []  # none: the computer stays quiet
    assert pick_voice(VOICES, "en", "", every=True) == [0, 2]
