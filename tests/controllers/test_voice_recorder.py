# SPDX-License-Identifier: GPL-3.0-or-later
"""The voice recorder's order of things, with a fake microphone, clock and timer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathapp.controllers.voice_recorder import (
    COUNT_IN_S,
    LEVEL_INTERVAL_MS,
    RECORD_LIMIT_S,
    AudioDevice,
    Failure,
    RecorderState,
    Take,
    VoiceRecorder,
)
from breathapp.core.clock import ManualClock
from tests.builders.voice import silence_pcm, tone_pcm
from tests.fakes import FakeAudioDevice, FakeTimer


class Rig:
    def __init__(self, tmp_path: Path, device: AudioDevice | None = None) -> None:
        self.device = device if device is not None else FakeAudioDevice()
        self.clock = ManualClock()
        self.timer = FakeTimer()
        self.recorder = VoiceRecorder(self.device, self.clock, self.timer, tmp_path)
        self.states: list[RecorderState] = []
        self.counts: list[int] = []
        self.levels: list[float] = []
        self.takes: list[Take] = []
        self.recorder.state_changed.connect(self.states.append)
        self.recorder.count_in_changed.connect(self.counts.append)
        self.recorder.level_changed.connect(self.levels.append)
        self.recorder.take_ready.connect(self.takes.append)

    def tick(self, seconds: float = LEVEL_INTERVAL_MS / 1000, heard: bytes = b"") -> None:
        assert isinstance(self.device, FakeAudioDevice)
        self.clock.advance(seconds)
        self.device.heard = heard
        self.timer.fire()

    def count_in(self) -> None:
        assert self.recorder.record()
        for _ in range(COUNT_IN_S):
            self.tick(1.0)


def test_a_take_counts_in_3_2_1_then_records_trims_and_encodes(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    assert rig.recorder.record()
    assert rig.recorder.state is RecorderState.COUNTING_IN
    assert rig.timer.interval_ms == LEVEL_INTERVAL_MS  # 20 times a second
    rig.tick(0.5, heard=tone_pcm(0.5))  # heard during the count-in: not kept
    rig.tick(0.5)
    rig.tick(1.0)
    rig.tick(1.0)
    assert rig.counts == [3, 2, 1, 0]
    assert rig.recorder.state is RecorderState.RECORDING
    rig.tick(heard=silence_pcm(1.0))
    rig.tick(heard=tone_pcm(2.0))
    rig.tick(heard=silence_pcm(2.0))
    rig.recorder.stop()
    assert rig.recorder.state is RecorderState.ENCODING
    assert not rig.device.capturing
    # Trimmed: 150 ms before the words and 300 ms after them.
    assert rig.device.encoded_pcm is not None
    assert len(rig.device.encoded_pcm) / 16000 == pytest.approx(2.45, abs=0.011)
    rig.device.finish_encoding()
    assert rig.recorder.state is RecorderState.READY
    assert rig.states == [
        RecorderState.COUNTING_IN,
        RecorderState.RECORDING,
        RecorderState.ENCODING,
        RecorderState.READY,
    ]
    (take,) = rig.takes
    assert take.path.parent == tmp_path and take.path.suffix == ".wav"
    assert take.seconds == pytest.approx(2.45, abs=0.011) and not take.clipped


def test_the_meter_gets_a_level_at_every_tick_with_sound(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.recorder.record()
    rig.tick(heard=tone_pcm(0.05, amplitude=3277))
    rig.tick(heard=silence_pcm(0.05))
    assert rig.levels == [pytest.approx(37 / 60, abs=0.01), 0.0]


def test_without_a_microphone_it_fails_once_and_calmly(tmp_path: Path) -> None:
    rig = Rig(tmp_path, FakeAudioDevice(microphone=False))
    assert not rig.recorder.has_input
    assert not rig.recorder.record()
    assert rig.recorder.state is RecorderState.FAILED
    assert rig.recorder.failure is Failure.NO_MICROPHONE
    assert not rig.timer.active
    assert rig.recorder.can_play  # listening back still works


def test_a_machine_without_audio_has_no_microphone_and_no_player(tmp_path: Path) -> None:
    rig = Rig(tmp_path, AudioDevice())
    assert not rig.recorder.record()
    assert rig.recorder.failure is Failure.NO_MICROPHONE
    assert not rig.recorder.can_play


def test_a_device_that_refuses_to_open(tmp_path: Path) -> None:
    rig = Rig(tmp_path, FakeAudioDevice(refuses=True))
    assert not rig.recorder.record()
    assert rig.recorder.failure is Failure.REFUSED


def test_a_device_that_stops_while_recording(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.count_in()
    rig.device.capture_failed.emit()
    assert rig.recorder.failure is Failure.REFUSED
    assert not rig.device.capturing and not rig.timer.active


def test_a_silent_take_fails_and_a_new_one_can_begin(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.count_in()
    rig.tick(heard=silence_pcm(3.0))
    rig.recorder.stop()
    assert rig.recorder.state is RecorderState.FAILED
    assert rig.recorder.failure is Failure.SILENT
    assert rig.device.encoded_pcm is None
    assert rig.recorder.record()
    assert rig.recorder.failure is None


def test_a_take_longer_than_the_step_allows(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    assert rig.recorder.record(longest_s=2.0)
    rig.tick(3.0)
    rig.tick(heard=tone_pcm(2.5))
    rig.recorder.stop()
    assert rig.recorder.failure is Failure.TOO_LONG


def test_a_clipped_take_is_kept_but_says_so(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.count_in()
    loud = tone_pcm(1.0, amplitude=32767)
    rig.tick(heard=loud)
    rig.recorder.stop()
    rig.device.finish_encoding()
    assert rig.takes[0].clipped


def test_an_encoding_that_fails(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.count_in()
    rig.tick(heard=tone_pcm(1.0))
    rig.recorder.stop()
    rig.device.finish_encoding(ok=False)
    assert rig.recorder.failure is Failure.NOT_SAVED
    assert rig.takes == []


def test_stop_during_the_count_in_cancels(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.recorder.record()
    rig.tick(1.0)
    rig.recorder.stop()
    assert rig.recorder.state is RecorderState.IDLE
    assert not rig.device.capturing and not rig.timer.active
    assert rig.recorder.count_in == 0


def test_a_take_stops_by_itself_at_the_limit(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.count_in()
    rig.tick(heard=tone_pcm(1.0))
    rig.tick(RECORD_LIMIT_S)
    assert rig.recorder.state is RecorderState.ENCODING


def test_no_second_take_while_one_is_busy_and_listening_stops_for_a_take(
    tmp_path: Path,
) -> None:
    rig = Rig(tmp_path)
    playing: list[bool] = []
    rig.recorder.playing_changed.connect(playing.append)
    rig.recorder.listen(tmp_path / "a.wav")
    assert rig.recorder.record()
    assert playing == [True, False]
    assert not rig.recorder.record()
    rig.recorder.listen(tmp_path / "a.wav")
    assert rig.device.played == [tmp_path / "a.wav"]  # not while counting in


def test_close_leaves_nothing_open(tmp_path: Path, qtbot: QtBot) -> None:
    rig = Rig(tmp_path)
    rig.count_in()
    rig.recorder.close()
    assert not rig.device.capturing and not rig.timer.active
    assert rig.recorder.state is RecorderState.IDLE
