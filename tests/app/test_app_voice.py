# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's voice: the profile's voice pack speaks where it has a step, the computer's voice
the rest, the guide says its cues, and the relaxation list shows the spoken lengths."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from breathapp.app.voice import add_voice, pack_choices
from breathapp.app.voice_packs import voice_packs_of
from breathapp.core.clock import ManualClock
from breathapp.core.cues import Cue
from breathapp.core.voice_pack import Manifest, Recording
from tests.builders.app import Told, close_app, make_app
from tests.builders.voice_packs import pack_zip
from tests.builders.voices import ClockPlayer, ClockVoice


def _pack(tmp_path: Path) -> Path:
    manifest = Manifest(
        "anna",
        "Anna Peeters",
        "en",
        (
            Recording("belly-lesson", "welcome", "belly-lesson/welcome.wav", 40.0),
            Recording("breathing", "in", "breathing/in.wav", 0.8),
        ),
    )
    return pack_zip(tmp_path / "anna.zip", manifest)


def test_the_profiles_voice_pack_speaks_its_steps_and_the_computer_the_rest(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = ManualClock()
    built = make_app(qtbot, tmp_path / "data", Told(), clock=clock)
    built.prefs.update(check_in=False, safety_notice_seen=True)
    voice, player = ClockVoice(clock), ClockPlayer(clock)
    narrator = add_voice(built, voice, player)  # type: ignore[arg-type]
    plain = built.relax.script("belly-lesson")
    assert plain is not None
    voice_packs_of(built).import_from(_pack(tmp_path), False)
    assert pack_choices(built, "en") == [("anna", "Anna Peeters", 2)]
    assert pack_choices(built, "nl") == []
    built.prefs.update(voice_pack="anna")
    lesson = built.relax.script("belly-lesson")  # read again: the pack changed its length
    assert lesson is not None and lesson.steps[0].seconds == 40.0 + 2.0
    assert lesson.total_s == plain.total_s - plain.steps[0].seconds + 42.0
    built.relax.start(lesson)
    built.relax.next_step()
    assert narrator.said == [("recorded", "welcome"), ("computer", lesson.steps[1].id)]
    assert player.played[0][1].parts[-2:] == ("belly-lesson", "welcome.wav")
    built.relax.stop()
    built.prefs.update(breath_words="words")
    built.session.cue.emit(Cue.INHALE)
    built.session.cue.emit(Cue.EXHALE)
    assert narrator.said[-2:] == [("recorded", str(Cue.INHALE)), ("computer", str(Cue.EXHALE))]
    assert voice.spoken[-1][2] == "Out"
    close_app(built)


def test_the_chime_marks_a_step_nobody_speaks(qtbot: QtBot, tmp_path: Path) -> None:
    clock = ManualClock()
    built = make_app(qtbot, tmp_path / "data", Told(), clock=clock)
    built.prefs.update(check_in=False, safety_notice_seen=True, voice_computer=False)
    played: list[Cue] = []
    built.sound.play = lambda cue, _prefs: played.append(cue)  # type: ignore[method-assign]
    add_voice(built, ClockVoice(clock), ClockPlayer(clock))  # type: ignore[arg-type]
    lesson = built.relax.script("belly-lesson")
    assert lesson is not None
    built.relax.start(lesson)
    assert played == [Cue.STEP]
    built.relax.stop()
    close_app(built)


def test_mute_silences_the_words_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    clock = ManualClock()
    built = make_app(qtbot, tmp_path / "data", Told(), clock=clock)
    built.prefs.update(check_in=False, safety_notice_seen=True)
    voice = ClockVoice(clock, pace=3.0)
    narrator = add_voice(built, voice, ClockPlayer(clock))  # type: ignore[arg-type]
    lesson = built.relax.script("belly-lesson")
    assert lesson is not None
    built.relax.start(lesson)
    assert narrator.speaking
    built.window.mute_requested.emit()  # M
    assert built.prefs.prefs.sound_muted and not narrator.speaking
    built.relax.stop()
    close_app(built)
