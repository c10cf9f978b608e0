# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt Multimedia's microphone, AAC encoder and player for the voice recorder.

Imported only when the recording screen first opens: Qt Multimedia costs start-up time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QIODevice, QObject, QTimer, QUrl, Slot
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioDevice,
    QAudioFormat,
    QAudioOutput,
    QAudioSource,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaFormat,
    QMediaPlayer,
    QMediaRecorder,
    QtAudio,
)

from breathapp.controllers.voice_recorder import AudioDevice
from breathapp.core.audio_trim import PcmFormat

log = logging.getLogger("breathapp")

RATE_HZ = 44100
_CHUNK_FRAMES = 4096
# Writing a minute of speech takes well under a second; past this something is stuck.
ENCODE_LIMIT_MS = 20_000


def _qt_format(fmt: PcmFormat) -> QAudioFormat:
    qt = QAudioFormat()
    qt.setSampleRate(fmt.sample_rate)
    qt.setChannelCount(fmt.channels)
    qt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return qt


class _Encoding(QObject):
    """One trimmed take written as AAC in an .m4a, then opened by a player to check it."""

    def __init__(self, device: QtAudioDevice, pcm: bytes, fmt: PcmFormat, path: Path) -> None:
        super().__init__(device)
        self._device = device
        self._pcm = pcm
        self._fmt = fmt
        self._path = path
        self._sent = 0
        self._ended = False
        self._done = False
        qt_format = _qt_format(fmt)
        self._input = QAudioBufferInput(qt_format, self)
        self._session = QMediaCaptureSession(self)
        self._session.setAudioBufferInput(self._input)
        self._recorder = QMediaRecorder(self)
        self._session.setRecorder(self._recorder)
        media = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
        media.setAudioCodec(QMediaFormat.AudioCodec.AAC)
        self._recorder.setMediaFormat(media)
        self._recorder.setQuality(QMediaRecorder.Quality.HighQuality)
        self._recorder.setAutoStop(True)  # stops once the input has sent its last buffer
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
        self._qt_format = qt_format
        self._input.readyToSendAudioBuffer.connect(self._on_ready_to_send)
        self._recorder.recorderStateChanged.connect(self._on_recorder_state)
        self._recorder.errorOccurred.connect(self._on_recorder_error)
        self._probe: QMediaPlayer | None = None
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(lambda: self._finish(None, "encoding took too long"))

    def start(self) -> None:
        self._path.unlink(missing_ok=True)
        self._limit.start(ENCODE_LIMIT_MS)
        self._recorder.record()

    @Slot()
    def _on_ready_to_send(self) -> None:
        chunk = _CHUNK_FRAMES * self._fmt.frame_bytes
        while self._sent < len(self._pcm):
            piece = self._pcm[self._sent : self._sent + chunk]
            start_us = self._sent // self._fmt.frame_bytes * 1_000_000 // self._fmt.sample_rate
            if not self._input.sendAudioBuffer(
                QAudioBuffer(QByteArray(piece), self._qt_format, start_us)
            ):
                return  # full: called again when it has room
            self._sent += len(piece)
        if not self._ended:
            self._ended = True  # an empty buffer says "no more": the recorder stops
            self._input.sendAudioBuffer(QAudioBuffer())

    @Slot(QMediaRecorder.RecorderState)
    def _on_recorder_state(self, state: QMediaRecorder.RecorderState) -> None:
        if state != QMediaRecorder.RecorderState.StoppedState or self._done:
            return
        if self._recorder.error() != QMediaRecorder.Error.NoError or not self._path.is_file():
            self._finish(None, f"the encoder stopped: {self._recorder.errorString()}")
            return
        # Opened by a player: the file plays, and its duration is what the manifest keeps.
        self._probe = QMediaPlayer(self)
        self._probe.mediaStatusChanged.connect(self._on_probe_status)
        self._probe.setSource(QUrl.fromLocalFile(str(self._path)))

    @Slot(QMediaRecorder.Error, str)
    def _on_recorder_error(self, error: QMediaRecorder.Error, message: str) -> None:
        self._finish(None, f"the encoder failed: {message}")

    @Slot(QMediaPlayer.MediaStatus)
    def _on_probe_status(self, status: QMediaPlayer.MediaStatus) -> None:
        assert self._probe is not None
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._finish(None, f"the encoded take does not play: {self._probe.errorString()}")
        elif status == QMediaPlayer.MediaStatus.LoadedMedia and self._probe.duration() > 0:
            self._finish(self._probe.duration() / 1000.0, "")

    def _finish(self, seconds: float | None, why: str) -> None:
        if self._done:
            return
        self._done = True
        self._limit.stop()
        if self._probe is not None:
            self._probe.setSource(QUrl())
        self._device.encoding_done(self, self._path, seconds, why)
        self.deleteLater()


class QtAudioDevice(AudioDevice):
    """The default microphone (QAudioSource, 16-bit PCM), QMediaRecorder and QMediaPlayer.

    ``input_id`` picks another input than the default one (a test's sine source).
    """

    def __init__(self, input_id: bytes = b"", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._input_id = input_id
        self._source: QAudioSource | None = None
        self._stream: QIODevice | None = None
        self._encoding: _Encoding | None = None
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None

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
        fmt = PcmFormat(RATE_HZ, 1)
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
        self._encoding = _Encoding(self, pcm, fmt, path)
        self._encoding.start()

    def encoding_done(self, job: _Encoding, path: Path, seconds: float | None, why: str) -> None:
        if job is self._encoding:
            self._encoding = None
        if seconds is None:
            log.info("voice recorder: %s", why)
            self.encode_failed.emit(why)
        else:
            self.encoded.emit(str(path), seconds)

    # -- listening back ----------------------------------------------------------------
    def can_play(self) -> bool:
        return bool(QMediaDevices.audioOutputs())

    def play(self, path: Path) -> None:
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.playbackStateChanged.connect(self._on_playback_state)
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def stop_playing(self) -> None:
        if self._player is not None:
            self._player.stop()

    @property
    def player(self) -> QMediaPlayer | None:
        return self._player

    @Slot(QMediaPlayer.PlaybackState)
    def _on_playback_state(self, state: QMediaPlayer.PlaybackState) -> None:
        self.playing_changed.emit(state == QMediaPlayer.PlaybackState.PlayingState)
