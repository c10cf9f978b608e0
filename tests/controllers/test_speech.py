# SPDX-License-Identifier: GPL-3.0-or-later
"""The computer's voice with Qt's own mock engine, the recorded voice through the null sink:
the real Qt paths, waited on by their signals (the mock engine speaks 100 ms a word)."""

from __future__ import annotations

from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from breathapp.controllers.speech import ComputerVoice, RecordedVoice


def _no_module() -> ModuleType:
    raise ImportError("libQt6TextToSpeech.so.6: cannot open shared object file")


def _mock_voice() -> ComputerVoice:
    voice = ComputerVoice("mock")
    voice.load()
    if not voice.available:
        pytest.skip(f"Qt's mock speech engine is not here: {voice.problem}")
    return voice


def test_the_mock_engine_speaks_english_and_says_when_it_is_done(qtbot: QtBot) -> None:
    voice = _mock_voice()
    assert voice.engine == "mock"
    assert voice.voices("en")[:2] == ["Bob", "Anne"]  # British English first
    assert voice.configure("en", "Anne", -0.5, 0.6) and voice.voice_name == "Anne"
    with qtbot.waitSignal(voice.finished, timeout=5000):
        assert voice.say("Breathe out slowly.")
        assert voice.speaking
    assert not voice.speaking


def test_no_dutch_voice_no_dutch_words(qtbot: QtBot) -> None:
    voice = _mock_voice()  # the mock engine has no Dutch voice
    assert voice.voices("nl") == []
    assert not voice.configure("nl", "", -0.3, 1.0) and voice.voice_name == ""
    assert not voice.say("Adem rustig uit.")


def test_stopped_words_are_not_a_finish(qtbot: QtBot) -> None:
    voice = _mock_voice()
    voice.configure("en", "", 0.0, 1.0)
    finished: list[bool] = []
    voice.finished.connect(lambda: finished.append(True))
    voice.say("One two three four five six seven eight nine ten.")
    voice.stop()
    assert not voice.speaking
    with qtbot.waitSignal(voice.finished, timeout=5000):
        voice.say("Two words.")
    assert finished == [True]


def test_without_text_to_speech_the_voice_is_quiet_and_says_why() -> None:
    voice = ComputerVoice("", speech=_no_module)
    voice.load()
    assert voice.available is False and "TextToSpeech" in voice.problem
    assert voice.voices("en") == [] and not voice.say("Hello.")


@pytest.mark.qt_log_ignore("Error loading text-to-speech plug-in")
def test_a_missing_engine_is_said_calmly() -> None:
    voice = ComputerVoice("speechd")
    voice.load()
    if voice.available:
        pytest.skip("speech-dispatcher runs here")
    assert voice.available is False and voice.problem


def test_without_sound_recordings_are_quiet_and_say_why() -> None:
    player = RecordedVoice(_no_module)
    player.load()
    assert player.available is False and player.problem
    assert not player.play(__import__("pathlib").Path("x.m4a"), 1.0)
