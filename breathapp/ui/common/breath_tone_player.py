# SPDX-License-Identifier: GPL-3.0-or-later
"""Eyes-closed mode: streams the breath tone to the sound device while a session runs."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot

from breathapp.controllers.audio_out import import_multimedia, mono_sink
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.controllers.session_controller import SessionController
from breathapp.core.breath_tone import SAMPLE_RATE_HZ, ToneGenerator, hum_gain
from breathapp.core.pacer import PacerState
from breathapp.core.session import SessionState

BLOCK_MS = 20
BUFFER_MS = 120  # what the device holds: enough to ride out a busy frame, little lag


class BreathTone(QObject):
    """A soft hum that rises with the inhale and falls with the exhale.

    The breath comes from ``state_source`` (the guide's clock), read at every block,
    so the tone follows the same time as the guide. Silent where sound cannot play.
    """

    def __init__(
        self,
        state_source: Callable[[], PacerState | None],
        multimedia: Callable[[], ModuleType] = import_multimedia,
        timer: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state_source = state_source
        self._multimedia = multimedia
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.timeout.connect(self._on_tick)
        self._generator = ToneGenerator()
        self._sink: Any = None
        self._io: Any = None
        self._gain = 1.0
        self.written_bytes = 0
        self.problem = ""

    @property
    def running(self) -> bool:
        return self._io is not None

    def start(self, gain: float) -> bool:
        """Start the hum at ``gain`` (0..1); False, and quiet, if sound cannot play."""
        self._gain = gain
        if self.running:
            return True
        self._sink, self.problem = mono_sink(self._multimedia, SAMPLE_RATE_HZ, self, BUFFER_MS)
        if self._sink is None:
            return False
        self._generator = ToneGenerator()
        self._io = self._sink.start()
        if self._io is None:
            self.problem = "the audio device would not start"
            self._sink = None
            return False
        self._timer.start(BLOCK_MS)
        self._on_tick()
        return True

    def set_gain(self, gain: float) -> None:
        self._gain = gain

    def stop(self) -> None:
        self._timer.stop()
        if self._sink is not None:
            self._sink.stop()
        self._sink = None
        self._io = None

    @Slot()
    def _on_tick(self) -> None:
        if self._io is None or self._sink is None:
            return
        state = self._state_source()
        volume = 0.0 if state is None else state.volume
        samples = SAMPLE_RATE_HZ * BLOCK_MS // 1000
        # Top the device's buffer up: as many blocks as fit, each for the breath now,
        # and never more than the buffer holds, whatever the device reports.
        for _ in range(BUFFER_MS // BLOCK_MS):
            if self._sink.bytesFree() < samples * 2:
                break
            data = self._generator.block(volume, samples, self._gain)
            self.written_bytes += int(self._io.write(data))


class EyesClosedHum(QObject):
    """Eyes-closed mode: starts, follows and stops ``tone`` as sessions and settings change.

    Breathing sessions hum while they run; relaxation hums only in its breathe steps.
    """

    def __init__(
        self,
        tone: BreathTone,
        prefs: PrefsController,
        session: SessionController,
        relax: RelaxationController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tone = tone
        self._prefs = prefs
        self._session = session
        self._relax = relax
        self._failed = False  # tried and failed: not again until the settings change
        session.state_changed.connect(self.update)
        relax.state_changed.connect(self.update)
        relax.readout_changed.connect(self.update)  # a breathe step begins or ends
        prefs.changed.connect(self._on_prefs)

    def breathing(self) -> bool:
        """Whether a guide is breathing now (not settling, paused or between steps)."""
        relax = self._relax
        in_breathe_step = relax.state is SessionState.RUNNING and relax.pacer_state() is not None
        return self._session.state is SessionState.RUNNING or in_breathe_step

    @Slot()
    def update(self, *_args: object) -> None:
        p = self._prefs.prefs
        gain = hum_gain(p.eyes_closed, p.sound_muted, p.sound_volume, self.breathing())
        if gain is None:
            self.tone.stop()
        elif self.tone.running:
            self.tone.set_gain(gain)
        elif not self._failed and not self.tone.start(gain):
            self._failed = True  # tone.problem says why; Settings says sound cannot play

    @Slot(object)
    def _on_prefs(self, _prefs: object) -> None:
        self._failed = False
        self.update()
