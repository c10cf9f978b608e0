# SPDX-License-Identifier: GPL-3.0-or-later
"""The computer's voice with Qt's own mock engine, the recorded voice through the null sink:
the real Qt paths, waited on by their signals (the mock engine speaks 100 ms a word)."""

from __future__ import annotations

from pathlib import Path
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
    assert not player.play(Path("x.wav"), 1.0)


SHORT_SESSION = """
format = 1
id = "short"
language = "en"
title = "A short session"
summary = "Two spoken steps, to hear the real engine."

[[steps]]
id = "settle"
kind = "say"
seconds = 3
text = "Lie down. Close your eyes."

[[steps]]
id = "end"
kind = "say"
seconds = 3
text = "Open your eyes slowly."
"""


def test_a_session_spoken_by_the_mock_engine_says_every_step_whole(qtbot: QtBot) -> None:
    """Real time, real engine: about six seconds, waited on by the session's own end."""
    from PySide6.QtCore import QTimer

    from breathapp.controllers.narrator import Narrator
    from breathapp.controllers.prefs_controller import PrefsController
    from breathapp.controllers.record_writer import RecordWriter
    from breathapp.controllers.relaxation_controller import RelaxationController
    from breathapp.core.clock import SystemClock
    from breathapp.core.relaxation import Library, parse_script
    from breathapp.ui.common import labels
    from tests.fakes import MemoryPrefs, MemoryStore, make_gate

    computer = _mock_voice()
    clock = SystemClock()
    prefs = PrefsController(MemoryPrefs(), 1)
    narrator = Narrator(
        computer, RecordedVoice(), prefs, lambda *_: None, labels.spoken_cue, lambda: "en"
    )
    script = parse_script(SHORT_SESSION, "short.en.toml")
    store = MemoryStore()
    relax = RelaxationController(
        clock,
        QTimer(),
        QTimer(),
        RecordWriter(clock, store, 1),
        make_gate(clock, store),
        lambda _language: Library((script,), ()),
        "en",
    )
    relax.use_voice(narrator.spoken_seconds, narrator.saying_step)
    events: list[tuple[float, str]] = []
    relax.step_began.connect(
        lambda i: (
            events.append((clock.monotonic(), f"step {i}"))
            or narrator.speak_step(relax.player.script, i)
        )  # type: ignore[union-attr]
    )
    computer.finished.connect(lambda: events.append((clock.monotonic(), "said")))
    relax.state_changed.connect(narrator.follow)
    listed = relax.library.scripts[0]
    with qtbot.waitSignal(relax.session_ended, timeout=15000):
        relax.start(listed)
    assert [e for _t, e in events] == ["step 0", "said", "step 1", "said"]
    assert narrator.said == [("computer", "settle"), ("computer", "end")]
    assert events[1][0] < events[2][0]  # the first words were whole before the next step
    record = store.rows[1]
    assert record.active_s == pytest.approx(listed.total_s, abs=0.2)


def test_a_recorded_step_plays_to_its_end_through_the_sound_device(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The real path: a mu-law WAV decoded and played through QAudioSink to the null sink."""
    import math
    import struct
    import time

    from breathapp.core.voice_audio import RATE_HZ, encode_mulaw_wav

    player = RecordedVoice()
    player.load()
    if not player.available:
        pytest.skip(f"no sound output here: {player.problem}")
    n = RATE_HZ // 2  # half a second
    tone = struct.pack(f"<{n}h", *(round(6000 * math.sin(i / 8)) for i in range(n)))
    path = tmp_path / "step.wav"
    path.write_bytes(encode_mulaw_wav(tone))
    started = time.monotonic()
    with qtbot.waitSignal(player.finished, timeout=5000):
        assert player.play(path, 0.5) and player.playing
    assert not player.playing
    assert time.monotonic() - started >= 0.4  # it played, it did not just stop
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"ID3 an mp3")
    assert not player.play(bad, 0.5) and "not a WAV" in player.last_problem
