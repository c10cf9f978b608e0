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

from breathapp.core.speech import pick_voice

ENGINE_ENV = "BREATHAPP_SPEECH_ENGINE"  # an engine by name ("mock" for demos and tests)
NO_ENGINE = "none"  # as the engine's name: the computer never speaks (tests)


def import_speech() -> ModuleType:
    # Loaded when the voice is first needed, after the first paint.
    from PySide6 import QtTextToSpeech

    return QtTextToSpeech


def import_multimedia() -> ModuleType:
    from PySide6 import QtMultimedia

    return QtMultimedia


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
        self._voices = list(tts.allVoices(None))
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
        pairs = [(v.name(), v.locale().name()) for v in self._voices]
        order = pick_voice(pairs, language, "", every=True)
        return [pairs[i][0] for i in order]

    def configure(self, language: str, wanted: str, rate: float, volume: float) -> bool:
        """Use ``wanted`` (or the best voice for ``language``), at ``rate`` and ``volume``.

        False when no voice speaks the language: the computer then stays quiet rather than
        read Dutch with an English voice.
        """
        if self._tts is None:
            return False
        pairs = [(v.name(), v.locale().name()) for v in self._voices]
        chosen = pick_voice(pairs, language, wanted)
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
    """Plays a therapist's recorded step (AAC in .m4a) through Qt Multimedia.

    Signals:
        availability_changed(): ``available`` or ``problem`` changed.
        finished(): the recording played to its end (or was stopped).
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
        self._player: Any = None
        self._output: Any = None
        self._playing = False
        self.available: bool | None = None
        self.problem = ""

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
        self._output = qt.QAudioOutput(self)
        self._player = qt.QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)
        self.available = True
        self.availability_changed.emit()

    def _quiet(self, why: str) -> None:
        self.available = False
        self.problem = why
        self.availability_changed.emit()

    @property
    def playing(self) -> bool:
        return self._playing

    def play(self, path: Path, volume: float) -> bool:
        if self._player is None:
            return False
        from PySide6.QtCore import QUrl

        self._output.setVolume(max(0.0, min(1.0, volume)))
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._playing = True
        self._player.play()
        return True

    def stop(self) -> None:
        """Stop the recording (not a finish: nothing waits on words that were stopped)."""
        if self._player is not None and self._playing:
            self._playing = False
            self._player.stop()

    def pause(self) -> None:
        if self._player is not None and self._playing:
            self._player.pause()

    def resume(self) -> None:
        if self._player is not None and self._playing:
            self._player.play()

    def _done(self) -> None:
        if self._playing:
            self._playing = False
            self.finished.emit()

    @Slot()
    def _on_status(self) -> None:
        status = self._player.mediaStatus()
        statuses = type(status)
        if status in (statuses.EndOfMedia, statuses.InvalidMedia):
            self._done()

    @Slot()
    def _on_error(self) -> None:
        self._done()
