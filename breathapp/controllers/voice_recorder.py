# SPDX-License-Identifier: GPL-3.0-or-later
"""Records one take of the therapist's voice: count-in, level, trim, encode, listen back.

The sound itself goes through an AudioDevice (controllers/voice_audio.py has Qt
Multimedia's); this module is the order of things, read from an injected clock and timer.
"""

from __future__ import annotations

import math
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.controllers.practice import Timer
from breathapp.core.audio_trim import (
    LONGEST_S,
    PcmFormat,
    TakeProblem,
    judge,
    meter_level,
    trim,
)
from breathapp.core.clock import Clock

COUNT_IN_S = 3
LEVEL_INTERVAL_MS = 50  # the meter moves 20 times a second
# A take stops by itself a little after the longest a recording may be once trimmed.
RECORD_LIMIT_S = LONGEST_S + 5.0


class RecorderState(Enum):
    IDLE = "idle"
    COUNTING_IN = "counting_in"  # 3, 2, 1: the microphone is open, nothing is kept yet
    RECORDING = "recording"
    ENCODING = "encoding"  # trimmed, being written as mu-law WAV
    READY = "ready"  # a take is ready (take_ready was emitted)
    FAILED = "failed"  # see ``failure``


class Failure(Enum):
    """Why the last take did not come out: one calm reason each."""

    NO_MICROPHONE = "no_microphone"
    REFUSED = "refused"  # the device would not open, or stopped while recording
    SILENT = "silent"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    NOT_SAVED = "not_saved"  # encoding or checking the file failed


_TAKE_FAILURES = {
    TakeProblem.SILENT: Failure.SILENT,
    TakeProblem.TOO_SHORT: Failure.TOO_SHORT,
    TakeProblem.TOO_LONG: Failure.TOO_LONG,
}


class Take(NamedTuple):
    path: Path  # a .wav in the recorder's work folder
    seconds: float  # its duration as a player reads it
    clipped: bool  # it was a little loud: the screen suggests another take


class AudioDevice(QObject):
    """The machine's microphone, encoder and player. This base class is a machine with none.

    Signals:
        encoded(str, float): encode() wrote a file that plays, of that many seconds.
        encode_failed(str): encode() could not write a playable file (English, for the log).
        capture_failed(): the input stopped with an error while recording.
        playing_changed(bool): listening back began or ended.
    """

    encoded = Signal(str, float)
    encode_failed = Signal(str)
    capture_failed = Signal()
    playing_changed = Signal(bool)

    def has_input(self) -> bool:
        return False

    def start_capture(self) -> PcmFormat | None:
        """Open the default input; its format, or None when the device refuses."""
        return None

    def read(self) -> bytes:
        """The PCM captured since the last read."""
        return b""

    def stop_capture(self) -> None:
        return None

    def encode(self, pcm: bytes, fmt: PcmFormat, path: Path) -> None:
        self.encode_failed.emit("no encoder on this machine")

    def can_play(self) -> bool:
        return False

    def play(self, path: Path) -> None:
        return None

    def stop_playing(self) -> None:
        return None


class VoiceRecorder(QObject):
    """Records, trims and encodes one take at a time, and plays a recording back.

    Signals:
        state_changed(RecorderState): idle, counting in, recording, encoding, ready, failed.
        count_in_changed(int): 3, 2, 1 while counting in.
        level_changed(float): the input's level 0..1, about 20 times a second.
        take_ready(Take): a trimmed, encoded take that plays.
        playing_changed(bool): listening back began or ended.
    """

    state_changed = Signal(RecorderState)
    count_in_changed = Signal(int)
    level_changed = Signal(float)
    take_ready = Signal(Take)
    playing_changed = Signal(bool)

    def __init__(
        self,
        device: AudioDevice,
        clock: Clock,
        timer: Timer,
        work_dir: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._device = device
        self._clock = clock
        self._timer = timer
        self._work_dir = work_dir
        self.state = RecorderState.IDLE
        self.failure: Failure | None = None
        self.count_in = 0
        self._started_s = 0.0
        self._format = PcmFormat(44100)
        self._pcm = bytearray()
        self._longest_s = LONGEST_S
        self._clipped = False
        self._takes = 0
        timer.timeout.connect(self._on_tick)
        device.encoded.connect(self._on_encoded)
        device.encode_failed.connect(self._on_encode_failed)
        device.capture_failed.connect(self._on_capture_failed)
        device.playing_changed.connect(self.playing_changed)

    @property
    def has_input(self) -> bool:
        return self._device.has_input()

    @property
    def can_play(self) -> bool:
        return self._device.can_play()

    @property
    def busy(self) -> bool:
        """Counting in, recording or encoding: another take cannot begin."""
        return self.state in (
            RecorderState.COUNTING_IN,
            RecorderState.RECORDING,
            RecorderState.ENCODING,
        )

    # -- intents ----------------------------------------------------------------
    def record(self, longest_s: float = LONGEST_S) -> bool:
        """Open the microphone and count in; False (and failed) when there is none."""
        if self.busy:
            return False
        self._device.stop_playing()
        if not self._device.has_input():
            self._fail(Failure.NO_MICROPHONE)
            return False
        fmt = self._device.start_capture()
        if fmt is None:
            self._fail(Failure.REFUSED)
            return False
        self._format = fmt
        self._longest_s = longest_s
        self._pcm = bytearray()
        self._started_s = self._clock.monotonic()
        self.failure = None
        self._set_state(RecorderState.COUNTING_IN)
        self._set_count_in(COUNT_IN_S)
        self._timer.start(LEVEL_INTERVAL_MS)
        return True

    def stop(self) -> None:
        """Counting in: cancel. Recording: trim and encode what was said."""
        if self.state is RecorderState.COUNTING_IN:
            self._close_input()
            self._set_state(RecorderState.IDLE)
        elif self.state is RecorderState.RECORDING:
            self._pcm += self._device.read()
            self._close_input()
            self._finish_take(bytes(self._pcm))

    def listen(self, path: Path) -> None:
        if not self.busy:
            self._device.play(path)

    def stop_listening(self) -> None:
        self._device.stop_playing()

    def close(self) -> None:
        """Leave nothing open: the window is closing."""
        self._device.stop_playing()
        if self.state in (RecorderState.COUNTING_IN, RecorderState.RECORDING):
            self._close_input()
            self._set_state(RecorderState.IDLE)

    # -- the order of things ---------------------------------------------------------
    @Slot()
    def _on_tick(self) -> None:
        data = self._device.read()
        if data:
            self.level_changed.emit(meter_level(data))
        elapsed_s = self._clock.monotonic() - self._started_s
        if self.state is RecorderState.COUNTING_IN:
            left_s = COUNT_IN_S - elapsed_s
            if left_s > 0:
                self._set_count_in(math.ceil(left_s))
                return
            # What the microphone heard during the count-in is not part of the take.
            self._started_s += COUNT_IN_S
            self._set_count_in(0)
            self._set_state(RecorderState.RECORDING)
        elif self.state is RecorderState.RECORDING:
            self._pcm += data
            if elapsed_s >= RECORD_LIMIT_S:
                self.stop()

    def _finish_take(self, pcm: bytes) -> None:
        trimmed = trim(pcm, self._format)
        problem = judge(trimmed, self._format, self._longest_s)
        if problem in _TAKE_FAILURES:
            self._fail(_TAKE_FAILURES[problem])
            return
        self._clipped = problem is TakeProblem.CLIPPED
        self._takes += 1
        self._set_state(RecorderState.ENCODING)
        self._device.encode(trimmed, self._format, self._work_dir / f"take-{self._takes}.wav")

    @Slot(str, float)
    def _on_encoded(self, path: str, seconds: float) -> None:
        if self.state is RecorderState.ENCODING:
            self._set_state(RecorderState.READY)
            self.take_ready.emit(Take(Path(path), seconds, self._clipped))

    @Slot(str)
    def _on_encode_failed(self, why: str) -> None:
        if self.state is RecorderState.ENCODING:
            self._fail(Failure.NOT_SAVED)

    @Slot()
    def _on_capture_failed(self) -> None:
        if self.state in (RecorderState.COUNTING_IN, RecorderState.RECORDING):
            self._close_input()
            self._fail(Failure.REFUSED)

    def _close_input(self) -> None:
        self._timer.stop()
        self._device.stop_capture()
        self._set_count_in(0)
        self.level_changed.emit(0.0)

    def _fail(self, failure: Failure) -> None:
        self.failure = failure
        self._set_state(RecorderState.FAILED)

    def _set_count_in(self, count: int) -> None:
        if count != self.count_in:
            self.count_in = count
            self.count_in_changed.emit(count)

    def _set_state(self, state: RecorderState) -> None:
        if state is not self.state or state is RecorderState.FAILED:
            self.state = state
            self.state_changed.emit(state)
