# SPDX-License-Identifier: GPL-3.0-or-later
"""The real recording path through Qt Multimedia and PulseAudio: record, trim, encode, play.

PulseAudio's null source (silence) and null sink stand in for a microphone and speakers;
a sine source, loaded for one test, stands in for a voice. Without a sound server, or
without an input, these tests skip and say why. Qt Multimedia works in real time, so
they wait (bounded) for its signals.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathapp.controllers.voice_recorder import COUNT_IN_S, Failure, RecorderState, VoiceRecorder
from breathapp.core.audio_trim import PcmFormat
from breathapp.core.clock import ManualClock
from breathapp.core.voice_audio import read_voice_wav
from tests.builders.voice import silence_pcm, tone_pcm
from tests.fakes import FakeTimer

WAIT_MS = 10_000


def _qt_audio() -> object:
    try:
        from PySide6.QtMultimedia import QMediaDevices

        from breathapp.controllers import voice_audio
    except ImportError as error:
        pytest.skip(f"Qt Multimedia cannot load here: {error}")
    if QMediaDevices.defaultAudioInput().isNull():
        pytest.skip(
            "no audio input: start PulseAudio and load its null source "
            "(pactl load-module module-null-source source_name=null_in)"
        )
    return voice_audio


@pytest.fixture
def loopback() -> Iterator[bytes]:
    """An input that hears what the speakers play: PulseAudio's null sink's monitor, as a
    source of its own (Qt lists no monitors)."""
    _qt_audio()
    if shutil.which("pactl") is None:
        pytest.skip("no pactl to make a PulseAudio loopback")
    sink = subprocess.run(["pactl", "get-default-sink"], capture_output=True, text=True)
    name = f"breathapp_test_loop_{os.getpid()}"
    loaded = subprocess.run(
        [
            "pactl",
            "load-module",
            "module-remap-source",
            f"master={sink.stdout.strip()}.monitor",
            f"source_name={name}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if sink.returncode != 0 or loaded.returncode != 0:
        pytest.skip(f"PulseAudio would not make a loopback: {loaded.stderr.strip()}")
    try:
        yield name.encode()
    finally:
        subprocess.run(["pactl", "unload-module", loaded.stdout.strip()], check=False)


def _count_in(recorder: VoiceRecorder, clock: ManualClock, timer: FakeTimer) -> None:
    assert recorder.record(), recorder.failure
    clock.advance(COUNT_IN_S)
    timer.fire()
    assert recorder.state is RecorderState.RECORDING


def _tick(clock: ManualClock, timer: FakeTimer) -> None:
    clock.advance(0.05)
    timer.fire()


def test_a_take_from_the_null_source_is_real_silence(qtbot: QtBot, tmp_path: Path) -> None:
    voice_audio = _qt_audio()
    clock, timer = ManualClock(), FakeTimer()
    device = voice_audio.QtAudioDevice()  # type: ignore[attr-defined]
    recorder = VoiceRecorder(device, clock, timer, tmp_path)
    _count_in(recorder, clock, timer)
    heard: list[float] = []
    recorder.level_changed.connect(heard.append)
    qtbot.waitUntil(lambda: _tick(clock, timer) or len(heard) >= 10, timeout=WAIT_MS)
    recorder.stop()
    assert recorder.state is RecorderState.FAILED
    assert recorder.failure is Failure.SILENT
    assert max(heard) == 0.0


def test_record_trim_encode_and_play_a_real_take(
    qtbot: QtBot, tmp_path: Path, loopback: bytes
) -> None:
    """A spoken step (a tone between silences) plays on the speakers while the recorder
    listens: the take comes out trimmed, as mu-law WAV that plays."""
    voice_audio = _qt_audio()
    device = voice_audio.QtAudioDevice(loopback)  # type: ignore[attr-defined]
    if not device.can_play():
        pytest.skip("no audio output to play the voice on")
    spoken = tmp_path / "spoken.wav"
    pcm = silence_pcm(0.5, 16000) + tone_pcm(1.0, rate=16000) + silence_pcm(1.0, 16000)
    with qtbot.waitSignal(device.encoded, timeout=WAIT_MS):
        device.encode(pcm, PcmFormat(16000), spoken)
    clock, timer = ManualClock(), FakeTimer()
    recorder = VoiceRecorder(device, clock, timer, tmp_path)
    _count_in(recorder, clock, timer)
    played: list[bool] = []
    device.playing_changed.connect(played.append)
    device.play(spoken)
    qtbot.waitUntil(lambda: _tick(clock, timer) or played == [True, False], timeout=WAIT_MS)
    with qtbot.waitSignal(recorder.take_ready, timeout=WAIT_MS) as ready:
        recorder.stop()
    take = ready.args[0]
    assert recorder.state is RecorderState.READY
    assert read_voice_wav(take.path.read_bytes()).seconds == pytest.approx(take.seconds)
    # The tone's second with 150 ms before and 300 ms after: 1.45 s here. Other programs
    # playing on the same null sink at the same time may lengthen it, never shorten it.
    assert 1.3 < take.seconds < 4.0
    with qtbot.waitSignal(recorder.playing_changed, timeout=WAIT_MS) as started:
        recorder.listen(take.path)
    assert started.args == [True]
    with qtbot.waitSignal(recorder.playing_changed, timeout=WAIT_MS):
        recorder.stop_listening()


def test_trimmed_pcm_is_written_as_mu_law_wav_that_plays(qtbot: QtBot, tmp_path: Path) -> None:
    voice_audio = _qt_audio()
    device = voice_audio.QtAudioDevice()  # type: ignore[attr-defined]
    pcm = silence_pcm(0.15, 16000) + tone_pcm(1.0, rate=16000) + silence_pcm(0.3, 16000)
    path = tmp_path / "take.wav"
    with qtbot.waitSignal(device.encoded, timeout=WAIT_MS) as done:
        device.encode(pcm, PcmFormat(16000), path)
    assert done.args[0] == str(path)
    assert done.args[1] == pytest.approx(1.45, abs=0.05)
    head = path.read_bytes()[:22]
    assert (head[:4], head[8:12], head[20:22]) == (b"RIFF", b"WAVE", b"\x07\x00")  # mu-law
    if not device.can_play():
        pytest.skip("no audio output to listen back on")
    with qtbot.waitSignal(device.playing_changed, timeout=WAIT_MS) as started:
        device.play(path)
    assert started.args == [True]
    with qtbot.waitSignal(device.playing_changed, timeout=WAIT_MS) as ended:
        device.stop_playing()
    assert ended.args == [False]
