# SPDX-License-Identifier: GPL-3.0-or-later
"""The computer's voice (Qt TextToSpeech) and the therapist's recordings (Qt Multimedia).

Both load after the first paint, never block, and say once, calmly, why they are quiet
where the machine cannot speak or play.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.controllers.audio_out import import_multimedia, mono_sink
from breathapp.core.speech import pick_voice

ENGINE_ENV = "BREATHAPP_SPEECH_ENGINE"  # an engine by name ("mock" for demos and tests)
NO_ENGINE = "none"  # as the engine's name: the computer never speaks (tests)


def import_speech() -> ModuleType:
    # Loaded when the voice is first needed, after the first paint.
    import PySide6.QtTextToSpeech

    return PySide6.QtTextToSpeech


class ComputerVoice(QObject):
    """Speaks words with the system's voices, in the app's language.

    Signals:
        availability_changed(): ``available``, ``problem`` or the voices changed.
        finished(): the words last given have been said (or were stopped).
    """

    availability_changed = Signal()
    finished = Signal()

    def __init__(
        self,
        engine: str | None = None,
        speech: Callable[[], ModuleType] = import_speech,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine if engine is not None else os.environ.get(ENGINE_ENV, "")
        self._speech = speech
        self._tts: Any = None
        self._voices: list[Any] = []
        self._pairs: list[tuple[str, str]] = []  # (name, locale) of each voice
        self._by_language: dict[str, list[str]] = {}  # voices(), worked out once a language
        self._speaking = False
        self._begun = False  # the engine said it began the words last given
        self.available: bool | None = None  # None until load() has looked
        self.problem = ""  # why the computer cannot speak, in English for the log
        self.voice_name = ""  # the voice in use; "" when none suits the language

    def load(self) -> None:
        """Start the speech engine; never raises."""
        if self.available is not None:
            return
        if self._engine_name == NO_ENGINE:
            self._quiet(f"speech is turned off ({ENGINE_ENV}={NO_ENGINE})")
            return
        try:
            qt = self._speech()
        except ImportError as error:
            self._quiet(f"Qt TextToSpeech is not available: {error}")
            return
        engines = list(qt.QTextToSpeech.availableEngines())
        if not engines:
            self._quiet("no speech engine is installed")
            return
        name = self._engine_name if self._engine_name in engines else ""
        tts = qt.QTextToSpeech(name, self) if name else qt.QTextToSpeech(self)
        if tts.state() == qt.QTextToSpeech.State.Error:
            self._quiet(f"the speech engine did not start: {tts.errorString()}")
            return
        self._tts = tts
        self._voices = list(tts.allVoices(None))  # the engine's voices stay as they are
        self._pairs = [(v.name(), v.locale().name()) for v in self._voices]
        tts.stateChanged.connect(self._on_state)
        self.available = True
        self.availability_changed.emit()

    def _quiet(self, why: str) -> None:
        self.available = False
        self.problem = why
        self._tts = None
        self.availability_changed.emit()

    @property
    def engine(self) -> str:
        return self._tts.engine() if self._tts is not None else ""

    def voices(self, language: str) -> list[str]:
        """The names of the voices that speak ``language``, the region's own first."""
        if language not in self._by_language:
            order = pick_voice(self._pairs, language, "", every=True)
            self._by_language[language] = [self._pairs[i][0] for i in order]
        return self._by_language[language]

    def configure(self, language: str, wanted: str, rate: float, volume: float) -> bool:
        """Use ``wanted`` (or the best voice for ``language``), at ``rate`` and ``volume``.

        False when no voice speaks the language: the computer then stays quiet rather than
        read Dutch with an English voice.
        """
        if self._tts is None:
            return False
        chosen = pick_voice(self._pairs, language, wanted)
        if not chosen:
            self.voice_name = ""
            return False
        voice = self._voices[chosen[0]]
        if self._tts.voice() != voice:
            self._tts.setLocale(voice.locale())
            self._tts.setVoice(voice)
        self._tts.setRate(max(-1.0, min(1.0, rate)))
        self._tts.setVolume(max(0.0, min(1.0, volume)))
        self.voice_name = voice.name()
        return True

    @property
    def speaking(self) -> bool:
        return self._speaking

    def say(self, text: str) -> bool:
        """Speak ``text`` now (what was being said stops); False if it cannot."""
        if self._tts is None or not self.voice_name:
            return False
        self._speaking = True
        self._begun = False
        self._tts.say(text)
        return True

    def stop(self) -> None:
        """Stop the words (not a finish: nothing waits on words that were stopped)."""
        if self._tts is not None and self._speaking:
            self._speaking = False
            self._tts.stop()

    def pause(self) -> None:
        if self._tts is not None and self._speaking:
            self._tts.pause()

    def resume(self) -> None:
        if self._tts is not None and self._speaking:
            self._tts.resume()

    @Slot()
    def _on_state(self) -> None:
        tts = self._tts
        if tts is None:
            return
        state = tts.state()
        states = type(state)
        if state == states.Speaking:
            self._begun = True
        elif self._speaking and (
            state == states.Error or (state == states.Ready and self._begun)
        ):  # a "ready" left over from words stopped before these began is not their end
            self._speaking = False
            self.finished.emit()


class RecordedVoice(QObject):
    """Plays a therapist's recorded step (mu-law WAV, core/voice_audio.py) through Qt
    Multimedia's audio output, decoded by the app (no FFmpeg plugin needed).

    Signals:
        availability_changed(): ``available`` or ``problem`` changed.
        finished(): the recording played to its end.
    """

    availability_changed = Signal()
    finished = Signal()

    def __init__(
        self,
        multimedia: Callable[[], ModuleType] = import_multimedia,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._multimedia = multimedia
        self._qt: Any = None
        self._sink: Any = None
        self._buffer: Any = None
        self.available: bool | None = None
        self.problem = ""
        self.last_problem = ""  # why the last recording did not play, for the log

    def load(self) -> None:
        if self.available is not None:
            return
        try:
            qt = self._multimedia()
        except ImportError as error:
            self._quiet(f"Qt Multimedia is not available: {error}")
            return
        if not qt.QMediaDevices.audioOutputs():
            self._quiet("no audio output device")
            return
        self._qt = qt
        self.available = True
        self.availability_changed.emit()

    def _quiet(self, why: str) -> None:
        self.available = False
        self.problem = why
        self.availability_changed.emit()

    @property
    def playing(self) -> bool:
        return self._sink is not None

    def play(self, path: Path, volume: float) -> bool:
        """Play the recording at ``path``; False (and why, in last_problem) if it cannot."""
        from breathapp.core.voice_audio import VoiceAudioError, read_voice_wav

        if self._qt is None:
            return False
        try:
            audio = read_voice_wav(path.read_bytes())
        except (OSError, VoiceAudioError) as error:
            self.last_problem = f"{path.name}: {error}"
            return False
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        self.stop()
        sink, problem = mono_sink(lambda: self._qt, audio.rate_hz, self)
        if sink is None:
            self.last_problem = problem
            return False
        buffer = QBuffer(self)
        buffer.setData(QByteArray(audio.pcm16))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        sink.setVolume(max(0.0, min(1.0, volume)))
        sink.stateChanged.connect(self._on_state)
        self._sink, self._buffer = sink, buffer
        sink.start(buffer)
        return True

    def stop(self) -> None:
        """Stop the recording (not a finish: nothing waits on words that were stopped)."""
        sink, buffer = self._sink, self._buffer
        self._sink = self._buffer = None
        if sink is not None:
            sink.stateChanged.disconnect(self._on_state)
            sink.stop()
            sink.deleteLater()
            buffer.deleteLater()

    def pause(self) -> None:
        if self._sink is not None:
            self._sink.suspend()

    def resume(self) -> None:
        if self._sink is not None:
            self._sink.resume()

    @Slot()
    def _on_state(self) -> None:
        sink = self._sink
        if sink is None:
            return
        states = type(sink.state())
        done = sink.state() == states.IdleState and self._buffer.atEnd()
        if done or sink.state() == states.StoppedState:
            self.stop()
            self.finished.emit()
