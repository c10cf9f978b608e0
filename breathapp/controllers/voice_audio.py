# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt Multimedia's microphone and player for the voice recorder; takes written as mu-law WAV.

Imported only when the recording screen first opens: Qt Multimedia costs start-up time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QTimer, Slot
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
    QMediaDevices,
    QtAudio,
)

from breathapp.controllers.speech import RecordedVoice
from breathapp.controllers.voice_recorder import AudioDevice
from breathapp.core.audio_trim import PcmFormat
from breathapp.core.voice_audio import RATE_HZ

from breathapp.core.voice_audio import (  # isort: skip
    VoiceAudioError,
    encode_mulaw_wav,
    mono,
    read_voice_wav,
)

log = logging.getLogger("breathapp")


def _qt_format(fmt: PcmFormat) -> QAudioFormat:
    qt = QAudioFormat()
    qt.setSampleRate(fmt.sample_rate)
    qt.setChannelCount(fmt.channels)
    qt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return qt


class QtAudioDevice(AudioDevice):
    """The default microphone (QAudioSource, 16-bit PCM), the mu-law writer and the player.

    ``input_id`` picks another input than the default one (a test's sine source).
    """

    def __init__(self, input_id: bytes = b"", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._input_id = input_id
        self._source: QAudioSource | None = None
        self._stream: QIODevice | None = None
        self._player: RecordedVoice | None = None

    # -- the microphone ----------------------------------------------------------------
    def _input(self) -> QAudioDevice:
        for device in QMediaDevices.audioInputs():
            if self._input_id and bytes(device.id().data()) == self._input_id:
                return device
        return QMediaDevices.defaultAudioInput()

    def has_input(self) -> bool:
        return not self._input().isNull()

    def start_capture(self) -> PcmFormat | None:
        self.stop_capture()
        device = self._input()
        if device.isNull():
            return None
        fmt = PcmFormat(RATE_HZ, 1)  # asked for; another rate the input offers is kept
        if not device.isFormatSupported(_qt_format(fmt)):
            preferred = device.preferredFormat()
            fmt = PcmFormat(preferred.sampleRate(), preferred.channelCount())
            if not device.isFormatSupported(_qt_format(fmt)):
                log.info("voice recorder: the input takes no 16-bit PCM")
                return None
        source = QAudioSource(device, _qt_format(fmt), self)
        stream = source.start()
        if stream is None or source.error() != QtAudio.Error.NoError:
            log.info("voice recorder: the input refused to open (%s)", source.error())
            source.deleteLater()
            return None
        source.stateChanged.connect(self._on_source_state)
        self._source, self._stream = source, stream
        return fmt

    def read(self) -> bytes:
        if self._stream is None:
            return b""
        return bytes(self._stream.readAll().data())

    def stop_capture(self) -> None:
        source, self._source, self._stream = self._source, None, None
        if source is not None:
            source.stateChanged.disconnect(self._on_source_state)
            source.stop()
            source.deleteLater()

    @Slot(QtAudio.State)
    def _on_source_state(self, state: QtAudio.State) -> None:
        source = self._source
        if source is not None and source.error() not in (
            QtAudio.Error.NoError,
            QtAudio.Error.UnderrunError,
        ):
            log.info("voice recorder: the input stopped (%s)", source.error())
            self.capture_failed.emit()

    # -- the encoder -------------------------------------------------------------------
    def encode(self, pcm: bytes, fmt: PcmFormat, path: Path) -> None:
        """Write the take as mu-law WAV (core.voice_audio), read it back to check it."""
        try:
            wav = encode_mulaw_wav(mono(pcm, fmt.channels), fmt.sample_rate)
            path.write_bytes(wav)
            seconds = read_voice_wav(path.read_bytes()).seconds
        except (OSError, VoiceAudioError) as error:
            why = f"the take could not be written: {error}"
            log.info("voice recorder: %s", why)
            QTimer.singleShot(0, lambda: self.encode_failed.emit(why))
            return
        QTimer.singleShot(0, lambda: self.encoded.emit(str(path), seconds))

    # -- listening back ----------------------------------------------------------------
    def can_play(self) -> bool:
        return bool(QMediaDevices.audioOutputs())

    def play(self, path: Path) -> None:
        if self._player is None:
            self._player = RecordedVoice(parent=self)
            self._player.load()
            self._player.finished.connect(lambda: self.playing_changed.emit(False))
        self._player.stop()
        if self._player.play(path, 1.0):
            self.playing_changed.emit(True)
        else:
            log.info("voice recorder: %s", self._player.last_problem or self._player.problem)
            self.playing_changed.emit(False)

    def stop_playing(self) -> None:
        if self._player is not None and self._player.playing:
            self._player.stop()
            self.playing_changed.emit(False)

    @property
    def player(self) -> RecordedVoice | None:
        return self._player
