# SPDX-License-Identifier: GPL-3.0-or-later
"""The Voice group: choices saved at once, voices of the language only, Listen speaks with
Qt's mock engine, and a calm word where the computer cannot speak."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from breathapp.controllers.narrator import Narrator
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.speech import ComputerVoice, RecordedVoice
from breathapp.ui.common import labels
from breathapp.ui.settings.voice_settings import VoiceSettings
from tests.fakes import MemoryPrefs

PACKS = {"en": [("anne-en", "Anne, physiotherapist", 21)], "nl": []}


def _view(engine: str = "mock", language: str = "en") -> tuple[VoiceSettings, PrefsController]:
    prefs = PrefsController(MemoryPrefs(), 1)
    narrator = Narrator(
        ComputerVoice(engine),
        RecordedVoice(),
        prefs,
        lambda *_: None,
        labels.spoken_cue,
        lambda: language,
    )
    narrator.computer.load()
    if engine == "mock" and not narrator.computer.available:
        pytest.skip(f"Qt's mock speech engine is not here: {narrator.computer.problem}")
    view = VoiceSettings(prefs, narrator, lambda lang: PACKS[lang], lambda: language)
    return view, prefs


def test_the_voices_of_the_language_and_the_recorded_voices_are_offered(qtbot: QtBot) -> None:
    view, _prefs = _view()
    qtbot.addWidget(view)
    voices = [view.voice.itemText(i) for i in range(view.voice.count())]
    assert voices == ["The usual voice", "Bob", "Anne", "Charly", "Mary"]
    packs = [view.pack.itemText(i) for i in range(view.pack.count())]
    assert packs == ["None", "Anne, physiotherapist (21 steps)"]
    assert view.status.isHidden()


def test_each_choice_is_saved_at_once(qtbot: QtBot) -> None:
    view, prefs = _view()
    qtbot.addWidget(view)
    view.voice.setCurrentIndex(2)
    view.voice.activated.emit(2)
    view.rate.setValue(-6)
    view.pack.setCurrentIndex(1)
    view.pack.activated.emit(1)
    view.breath_words.setCurrentIndex(view.breath_words.findData("count"))
    view.breath_words.activated.emit(view.breath_words.currentIndex())
    p = prefs.prefs
    assert (p.voice_name, p.voice_rate, p.voice_pack, p.breath_words) == (
        "Anne",
        -0.6,
        "anne-en",
        "count",
    )
    view.computer.setChecked(False)
    assert prefs.prefs.voice_computer is False and not view.listen.isEnabled()
    view.recorded.setChecked(False)
    assert prefs.prefs.voice_recorded is False and not view.pack.isEnabled()


def test_listen_speaks_the_sample_with_the_chosen_voice(qtbot: QtBot) -> None:
    view, prefs = _view()
    qtbot.addWidget(view)
    prefs.update(voice_name="Anne", voice_rate=0.5)
    computer = view._narrator.computer
    with qtbot.waitSignal(computer.finished, timeout=5000):
        view.listen.click()
        assert computer.speaking and computer.voice_name == "Anne"


def test_no_voice_for_the_language_is_said_calmly(qtbot: QtBot) -> None:
    view, _prefs = _view(language="nl")  # the mock engine has no Dutch voice
    qtbot.addWidget(view)
    view.show()
    assert "no voice for this language" in view.status.text()
    assert not view.listen.isEnabled() and view.voice.count() == 1


def test_no_engine_is_said_calmly(qtbot: QtBot) -> None:
    view, _prefs = _view(engine="none")
    qtbot.addWidget(view)
    view.show()
    assert "no speech voice installed" in view.status.text()
    assert "recordings still play" in view.status.text()


def test_record_asks_for_the_recorder_and_tab_reaches_every_control(qtbot: QtBot) -> None:
    view, _prefs = _view()
    qtbot.addWidget(view)
    asked: list[bool] = []
    view.record_requested.connect(lambda: asked.append(True))
    view.record.click()
    assert asked == [True]
    assert all(w.focusPolicy() & w.focusPolicy().TabFocus for w in view.focus_order())
    assert all(w.accessibleName() or w.text() for w in view.focus_order())  # type: ignore[attr-defined]
