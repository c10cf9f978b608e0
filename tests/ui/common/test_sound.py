# SPDX-License-Identifier: GPL-3.0-or-later
"""Sound: cues play as chosen, and the app stays calm and silent where sound cannot play."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import ClassVar

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from breathapp.core.cues import Cue
from breathapp.core.prefs import Preferences
from breathapp.paths import asset_path
from breathapp.ui.common.sound import SoundBank
from tests.fakes import fake_output_module
from tests.ui.conftest import silent_sound

SOUNDS = asset_path("sounds")


class FakeEffect(QObject):
    statusChanged = Signal()  # noqa: N815 - the name QSoundEffect uses
    Status = SimpleNamespace(Error="error", Ready="ready")
    played: ClassVar[list[tuple[str, float]]] = []

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = ""
        self.volume = 1.0

    def setSource(self, url: object) -> None:
        self.source = Path(url.toLocalFile()).stem  # type: ignore[attr-defined]

    def isLoaded(self) -> bool:
        return True

    def status(self) -> str:
        return "ready"

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def play(self) -> None:
        FakeEffect.played.append((self.source, self.volume))


def fake_multimedia(devices: list[str]) -> ModuleType:
    module = ModuleType("QtMultimedia")
    module.QMediaDevices = SimpleNamespace(audioOutputs=lambda: devices)  # type: ignore[attr-defined]
    module.QSoundEffect = FakeEffect  # type: ignore[attr-defined]
    return module


def test_every_cue_has_a_sound_file() -> None:
    for cue in Cue:
        assert (SOUNDS / f"{cue.value}.wav").stat().st_size > 1000


def test_cues_play_at_the_chosen_volume_and_only_when_wanted(qtbot: QtBot) -> None:
    FakeEffect.played = []
    bank = SoundBank(SOUNDS, lambda: fake_multimedia(["Dummy Output"]))
    bank.load()
    assert bank.available is True
    prefs = Preferences(sound_volume=40, cue_hold=False)
    bank.play(Cue.INHALE, prefs)
    bank.play(Cue.HOLD, prefs)  # turned off
    bank.play(Cue.EXHALE, Preferences(sound_muted=True))  # muted
    bank.play(Cue.END, prefs)
    assert FakeEffect.played == [("inhale", 0.4), ("end", 0.4)]


def test_without_qt_multimedia_the_app_is_silent_and_says_so(qtbot: QtBot) -> None:
    bank = silent_sound()
    seen: list[bool] = []
    bank.availability_changed.connect(lambda: seen.append(True))
    bank.load()
    assert bank.available is False and "libpulse" in bank.problem and seen == [True]
    bank.play(Cue.INHALE, Preferences())  # nothing happens, nothing breaks


def test_without_an_output_device_the_app_is_silent() -> None:
    bank = SoundBank(SOUNDS, lambda: fake_multimedia([]))
    bank.load()
    assert bank.available is False and bank.problem == "no audio output device"


def test_the_sound_settings_say_calmly_when_there_is_no_sound(ui: object) -> None:
    view = ui.window.settings_view  # type: ignore[attr-defined]
    view.sound._sound.load()
    assert view.sound.status.isVisibleTo(view)
    assert "runs silently" in view.sound.status.text()
    view.sound.volume.setValue(25)
    view.sound.cues["cue_hold"].setChecked(False)
    prefs = ui.prefs.prefs  # type: ignore[attr-defined]
    assert (prefs.sound_volume, prefs.cue_hold) == (25, False)
    view.sound.sound_on.setChecked(False)
    assert ui.prefs.prefs.sound_muted  # type: ignore[attr-defined]
    assert not view.sound.volume.isEnabled()


def test_real_sounds_load_where_the_machine_has_an_output(qtbot: QtBot) -> None:
    """The real Qt Multimedia path. Loading is asynchronous, so this waits (bounded) for it."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        pytest.skip("Qt Multimedia cannot load here (no libpulse)")
    bank = SoundBank(SOUNDS)
    bank.load()
    if not QMediaDevices.audioOutputs():
        assert bank.available is False
        return
    qtbot.waitUntil(
        lambda: bank.available is False or len(bank.loaded()) == len(Cue), timeout=10000
    )
    assert bank.available is True, bank.problem
    assert sorted(c.value for c in bank.loaded()) == sorted(c.value for c in Cue)
    bank.play(Cue.END, Preferences())


class FakeSink(QObject):
    def __init__(self, device: object, fmt: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.free = 0
        self.io = FakeIO(self)
        self.stopped = False

    def setBufferSize(self, size: int) -> None:
        self.free = size

    def start(self) -> FakeIO:
        return self.io

    def bytesFree(self) -> int:
        return self.free

    def stop(self) -> None:
        self.stopped = True


class FakeIO:
    def __init__(self, sink: FakeSink) -> None:
        self.sink = sink
        self.data = b""

    def write(self, data: bytes) -> int:
        self.data += data
        self.sink.free -= len(data)
        return len(data)


def fake_audio() -> ModuleType:
    return fake_output_module(FakeSink)


def test_the_eyes_closed_tone_follows_the_breath_from_the_clock() -> None:
    from array import array

    from breathapp.core.clock import ManualClock
    from breathapp.core.pacer import state_at
    from breathapp.core.patterns import preset
    from breathapp.ui.common.breath_tone_player import BreathTone
    from tests.fakes import FakeTimer

    clock = ManualClock()
    calm = preset("calm").pattern
    timer = FakeTimer()
    tone = BreathTone(lambda: state_at(calm, clock.monotonic() - 1000.0), fake_audio, timer)
    assert tone.start(1.0) and timer.active
    sink = tone._sink
    first = array("h")
    first.frombytes(sink.io.data)  # empty lungs: a quiet hum
    clock.advance(4.0)  # full lungs
    sink.io.data = b""
    sink.free = 882
    timer.fire()
    full = array("h")
    full.frombytes(sink.io.data)
    assert len(full) == 441 and max(full) > 2 * max(first)
    tone.stop()
    assert sink.stopped and not timer.active and not tone.running


def test_the_eyes_closed_tone_is_quiet_without_sound(qtbot: QtBot) -> None:
    from breathapp.ui.common.breath_tone_player import BreathTone

    def missing() -> ModuleType:
        raise ImportError("no libpulse")

    tone = BreathTone(lambda: None, missing)
    assert tone.start(0.5) is False and not tone.running and "no libpulse" in tone.problem
    tone.stop()
