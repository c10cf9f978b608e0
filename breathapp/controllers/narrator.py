# SPDX-License-Identifier: GPL-3.0-or-later
"""Who speaks: the therapist's recording where the voice pack has one, the computer's voice
for the rest, and nothing where neither can (then the chime and the tones play, as before).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.speech import ComputerVoice, RecordedVoice
from breathapp.core.cues import Cue
from breathapp.core.session import SessionState
from breathapp.core.speech import spoken_estimate_s

if TYPE_CHECKING:
    from breathapp.core.relaxation import Script

BREATHING_SESSION = "breathing"  # the voice pack's name for the guide's own cues
_CUE_STEPS = {Cue.INHALE: "in", Cue.EXHALE: "out", Cue.HOLD: "hold"}


class Recording(NamedTuple):
    path: Path
    seconds: float


# (language, session id, step id) -> the recording of that step in the voice pack in use
FindRecording = Callable[[str, str, str], Recording | None]
# A breath cue or a count -> the words the computer says for it, in a language
CueWords = Callable[[Cue | int, str], str]


class Narrator(QObject):
    """Speaks relaxation steps and the guide's breath cues, following the session.

    A step's words are never cut off by the clock: the relaxation controller holds a step
    until its words are said (``saying_step``), so new step words only come after them, or
    when the user goes to the next or previous step.

    Signals:
        availability_changed(): what can speak changed (for the settings page).
    """

    availability_changed = Signal()

    def __init__(
        self,
        computer: ComputerVoice,
        recorded: RecordedVoice,
        prefs: PrefsController,
        find_recording: FindRecording,
        words: CueWords,
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.computer = computer
        self.recorded = recorded
        self._prefs = prefs
        self._find = find_recording
        self._words = words
        self._language = language
        self._step_words = False  # what is being said is a step's words (not a breath cue)
        self.said: list[tuple[str, str]] = []  # (how, what) of the last words, for tests/logs
        for source in (computer, recorded):
            source.availability_changed.connect(self.availability_changed)

    def load(self) -> None:
        """Start the speech engine and the player (after the first paint)."""
        self.computer.load()
        self.recorded.load()

    # -- what speaks ------------------------------------------------------------------
    def recording(self, language: str, session: str, step: str) -> Recording | None:
        if not self._prefs.prefs.voice_recorded:
            return None
        return self._find(language, session, step)

    def computer_speaks(self, language: str) -> bool:
        """Whether the computer's voice is on and has a voice for ``language``."""
        if not self._prefs.prefs.voice_computer:
            return False
        self.computer.load()
        return bool(self.computer.available and self.computer.voices(language))

    def spoken_seconds(self, script: Script) -> dict[str, float]:
        """How long each step's words take, by step id (none where nothing speaks)."""
        out: dict[str, float] = {}
        computer = self.computer_speaks(script.language)
        rate = self._prefs.prefs.voice_rate
        for step in script.steps:
            found = self.recording(script.language, script.id, step.id)
            if found is not None:
                out[step.id] = found.seconds
            elif computer:
                out[step.id] = spoken_estimate_s(step.text, rate)
        return out

    # -- speaking ---------------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        return self.computer.speaking or self.recorded.playing

    def saying_step(self) -> bool:
        """Whether a relaxation step's words are being said (the session waits for them)."""
        return self._step_words and self.speaking

    def speak_step(self, script: Script, index: int) -> bool:
        """Say step ``index`` of ``script``; False when nothing can (the chime plays then)."""
        step = script.steps[index]
        found = self.recording(script.language, script.id, step.id)
        if found is None and not self.computer_speaks(script.language):
            return False
        if self._prefs.prefs.sound_muted:
            return True  # a voice would speak: muted, it stays quiet, and so does the chime

        self.stop()  # what was said before (the user went to another step)
        self._step_words = True
        if found is not None and self._play(found, step.id):
            return True
        return self._say(step.text, script.language, step.id)

    def speak_cue(self, cue: Cue | int) -> bool:
        """The guide's cue (a phase began) or its count, as words; False leaves the tone."""
        mode = self._prefs.prefs.breath_words
        if mode == "off" or (isinstance(cue, int) and mode != "count"):
            return False
        if isinstance(cue, Cue) and cue not in _CUE_STEPS:
            return False
        language = self._language()
        found = None
        if isinstance(cue, Cue):
            found = self.recording(language, BREATHING_SESSION, _CUE_STEPS[cue])
        if found is None and not self.computer_speaks(language):
            return False
        if self._prefs.prefs.sound_muted:
            return True
        # A breath cue is due now: it never waits, and the last one has had its time.
        self.stop()
        self._step_words = False
        if found is not None and self._play(found, str(cue)):
            return True
        return self._say(self._words(cue, language), language, str(cue))

    def _play(self, found: Recording, what: str) -> bool:
        volume = self._prefs.prefs.sound_volume / 100.0
        if self.recorded.play(found.path, volume):
            self.said.append(("recorded", what))
            return True
        return False

    def _say(self, text: str, language: str, what: str) -> bool:
        prefs = self._prefs.prefs
        volume = prefs.sound_volume / 100.0
        if not self.computer.configure(language, prefs.voice_name, prefs.voice_rate, volume):
            return False
        if self.computer.say(text):
            self.said.append(("computer", what))
            return True
        return False

    # -- following the session -----------------------------------------------------------
    def follow(self, state: SessionState) -> None:
        """Pause, resume or stop the words with the session."""
        if state is SessionState.PAUSED:
            self.computer.pause()
            self.recorded.pause()
        elif state is SessionState.RUNNING:
            self.computer.resume()
            self.recorded.resume()
        elif state is not SessionState.SETTLING:
            self.stop()

    def stop(self) -> None:
        self.computer.stop()
        self.recorded.stop()
