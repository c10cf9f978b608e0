# SPDX-License-Identifier: GPL-3.0-or-later
"""Cue sounds through Qt Multimedia; silent, and saying why, where sound cannot play."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.core.cues import Cue
from breathapp.core.prefs import Preferences


def import_multimedia() -> ModuleType:
    # Imported only when sound is first loaded, after the first paint: Qt Multimedia
    # costs start-up time, and fails to import on machines without libpulse.
    from PySide6 import QtMultimedia

    return QtMultimedia


class SoundBank(QObject):
    """One short sound per cue; plays them if the machine can.

    Signals:
        availability_changed(): ``available`` or ``problem`` changed.
    """

    availability_changed = Signal()

    def __init__(
        self,
        sounds_dir: Path,
        multimedia: Callable[[], ModuleType] = import_multimedia,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dir = sounds_dir
        self._multimedia = multimedia
        self._effects: dict[Cue, Any] = {}
        self.available: bool | None = None  # None until load() has looked
        self.problem = ""  # why there is no sound, in English for the log

    def load(self) -> None:
        """Find an output device and load the sounds; never raises, never blocks."""
        if self.available is not None:
            return
        try:
            qt_multimedia = self._multimedia()
        except ImportError as error:
            self._silent(f"Qt Multimedia is not available: {error}")
            return
        if not qt_multimedia.QMediaDevices.audioOutputs():
            self._silent("no audio output device")
            return
        from PySide6.QtCore import QUrl  # here, not at start-up: only sound needs it

        for cue in Cue:
            effect = qt_multimedia.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self._dir / f"{cue.value}.wav")))
            effect.statusChanged.connect(self._on_status)
            self._effects[cue] = effect
        self.available = True
        self.availability_changed.emit()

    def _silent(self, why: str) -> None:
        self.available = False
        self.problem = why
        self._effects.clear()
        self.availability_changed.emit()

    @Slot()
    def _on_status(self) -> None:
        effect = self.sender()
        if effect is not None and effect.status() == effect.Status.Error and self.available:
            # The device refused the sound (for example, no sound server): stay quiet.
            self._silent("the audio device could not play the sounds")

    def play(self, cue: Cue, prefs: Preferences) -> None:
        """Play a cue if sound is on, the cue is wanted and the machine can play it."""
        if not self.available or prefs.sound_muted or not wanted(cue, prefs):
            return
        effect = self._effects.get(cue)
        if effect is not None and effect.isLoaded():
            effect.setVolume(prefs.sound_volume / 100.0)
            effect.play()

    def loaded(self) -> list[Cue]:
        """The cues whose sound is ready to play."""
        return [cue for cue, effect in self._effects.items() if effect.isLoaded()]


def wanted(cue: Cue, prefs: Preferences) -> bool:
    return {
        Cue.INHALE: prefs.cue_inhale,
        Cue.EXHALE: prefs.cue_exhale,
        Cue.HOLD: prefs.cue_hold,
        Cue.STEP: prefs.cue_step,
        Cue.END: prefs.cue_end,
    }[cue]
