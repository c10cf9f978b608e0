# SPDX-License-Identifier: GPL-3.0-or-later
"""Soft background sound under a session: a seamless loop, its own volume, fading in and out.

Loaded with the first session (app/build.py), never at start-up; its loops are made
(background_loops.py) the first time each is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from breathapp.controllers.audio_out import import_multimedia, mono_sink
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.controllers.session_controller import SessionController
from breathapp.core.breath_tone import SAMPLE_RATE_HZ
from breathapp.core.clock import Clock
from breathapp.core.prefs import Preferences
from breathapp.core.session import SessionState
from breathapp.ui.common.background_loops import KINDS, loop_samples

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

# Each write to the device costs about 0.2 ms whatever its size: 20 writes a second of 50 ms
# each stream 44 kB/s for 2 % of a core (50 writes of 20 ms: 2.5 %).
BLOCK_MS = 50
BUFFER_MS = 300  # what the device holds: rides out a busy moment; a fade lags it at most
FADE_IN_S = 3.0  # a session's background comes up slowly...
FADE_OUT_S = 2.0  # ...and goes softly on pause, stop and at the end
GLIDE_S = 0.5  # a change of volume glides, never steps
SWITCH_S = 1.0  # another sound chosen mid-session: the first goes, then the other comes


def background_gain(prefs: Preferences, live: bool) -> float | None:
    """How loud the background is now (0..1); None: no background.

    Its volume is a share of the sound volume the voice and the cues play at, so it is
    never louder than they are; sound off (M) silences it too.
    """
    if not live or prefs.sound_muted or prefs.background not in KINDS:
        return None
    share = max(0, min(100, prefs.background_volume)) / 100
    gain = max(0, min(100, prefs.sound_volume)) / 100 * share
    return gain if gain > 0 else None


@dataclass(frozen=True)
class Fade:
    """A gain moving from ``begin`` to ``end`` over ``seconds`` from monotonic ``start_s``.

    Eased at both ends (smoothstep), so it neither starts nor stops with a corner.
    """

    start_s: float
    begin: float
    end: float
    seconds: float

    @property
    def end_s(self) -> float:
        return self.start_s + self.seconds

    def at(self, t: float) -> float:
        if self.seconds <= 0 or t >= self.end_s:
            return self.end
        x = max(0.0, (t - self.start_s) / self.seconds)
        return self.begin + (self.end - self.begin) * x * x * (3.0 - 2.0 * x)


class BackgroundSound(QObject):
    """Streams one loop to the sound device through QAudioSink in push mode.

    Every gain comes from ``clock.monotonic()``: each top-up of the device's buffer glides
    from the gain the last one ended on to the fade's gain now, so late or missed timer
    ticks change nothing about how long a fade takes. Silent, and ``problem`` says why in
    English for the log, where sound cannot play.
    """

    def __init__(
        self,
        clock: Clock,
        multimedia: Callable[[], ModuleType] = import_multimedia,
        timer: Any = None,
        make_loop: Callable[[str], NDArray[np.int16]] = loop_samples,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._multimedia = multimedia
        self._make_loop = make_loop
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.timeout.connect(self._on_tick)
        self._loops: dict[str, NDArray[np.int16]] = {}
        self._sink: Any = None
        self._io: Any = None
        self.kind = ""  # the loop that plays; "" for none
        self._next = ""  # the loop to play once this one has faded out
        self._next_gain = 0.0
        self._fade = Fade(0.0, 0.0, 0.0, 0.0)
        self._last_gain = 0.0  # the gain of the last sample written
        self._pos = 0
        self.written_bytes = 0
        self.make_ms = 0.0  # how long the last loop took to make
        self.problem = ""

    @property
    def running(self) -> bool:
        return self._io is not None

    @property
    def target(self) -> float:
        """Where the gain is heading (0 while fading out or silent)."""
        return self._next_gain if self._next else self._fade.end

    def gain_now(self) -> float:
        return self._fade.at(self._clock.monotonic())

    def play(self, kind: str, gain: float) -> bool:
        """Play ``kind`` at ``gain`` (0..1): fade in, glide to a new gain, or change sound.

        False, and quiet, if sound cannot play.
        """
        if not self.running and not self._open():
            return False
        now = self._clock.monotonic()
        current = self._fade.at(now)
        if not self.kind or (current == 0.0 and self._fade.end == 0.0):
            self._next = ""
            self._use(kind)
            self._fade = Fade(now, current, gain, FADE_IN_S)
        elif kind != self.kind:  # the other sound comes once this one has gone
            self._next, self._next_gain = kind, gain
            self._fade = Fade(now, current, 0.0, SWITCH_S)
        elif self._next:
            self._next, self._next_gain = "", 0.0
            self._fade = Fade(now, current, gain, FADE_IN_S)
        elif gain != self._fade.end:
            seconds = GLIDE_S if self._fade.end > 0 else FADE_IN_S  # back from a fade out
            self._fade = Fade(now, current, gain, seconds)
        return True

    def fade_out(self) -> None:
        """Fade to silence, then let the device go."""
        self._next = ""
        if self.running and self._fade.end > 0:
            now = self._clock.monotonic()
            self._fade = Fade(now, self._fade.at(now), 0.0, FADE_OUT_S)

    def stop(self) -> None:
        """At once, without a fade (the app closes)."""
        self._timer.stop()
        if self._sink is not None:
            self._sink.stop()
        self._sink = None
        self._io = None
        self.kind = self._next = ""
        self._fade = Fade(0.0, 0.0, 0.0, 0.0)
        self._last_gain = 0.0

    def _use(self, kind: str) -> None:
        if kind not in self._loops:
            import time

            import numpy  # noqa: F401  # loaded first (the charts may have): make_ms is the making

            started = time.perf_counter()
            self._loops[kind] = self._make_loop(kind)
            self.make_ms = (time.perf_counter() - started) * 1000.0
        if kind != self.kind:
            self.kind, self._pos = kind, 0

    def _open(self) -> bool:
        self._sink, self.problem = mono_sink(self._multimedia, SAMPLE_RATE_HZ, self, BUFFER_MS)
        if self._sink is None:
            return False
        self._io = self._sink.start()
        if self._io is None:
            self.problem = "the audio device would not start"
            self._sink = None
            return False
        self.problem = ""
        self._last_gain = 0.0
        self._timer.start(BLOCK_MS)
        return True

    @Slot()
    def _on_tick(self) -> None:
        if self._io is None or self._sink is None:
            return
        now = self._clock.monotonic()
        if self._fade.end == 0.0 and now >= self._fade.end_s:
            if self._next:  # silent now: the chosen sound comes in
                self._use(self._next)
                self._fade = Fade(now, 0.0, self._next_gain, FADE_IN_S)
                self._next = ""
            elif now >= self._fade.end_s + BUFFER_MS / 1000:  # the device has played it all
                self.stop()
                return
        self._write(self._fade.at(now))

    def _write(self, gain: float) -> None:
        """Top the device's buffer up, gliding from the last gain written to ``gain``."""
        import numpy as np

        buffer = SAMPLE_RATE_HZ * BUFFER_MS // 1000
        n = min(int(self._sink.bytesFree()) // 2, buffer)
        n -= n % (SAMPLE_RATE_HZ * BLOCK_MS // 1000)  # whole blocks
        loop = self._loops.get(self.kind)
        if n <= 0 or loop is None:
            return
        take = np.arange(self._pos, self._pos + n) % loop.size
        gains = np.linspace(self._last_gain, gain, n + 1)[1:]
        data = np.round(loop[take] * gains).astype("<i2").tobytes()
        written = max(0, int(self._io.write(data))) // 2  # the device may take less
        if written:
            self._pos = (self._pos + written) % loop.size
            self._last_gain = float(gains[written - 1])
            self.written_bytes += 2 * written


class BackgroundUnderSession(QObject):
    """Plays the chosen background while a session runs (breathing or relaxation).

    Made while a session may already run: call ``update()`` once its signal is connected.

    It comes in with the breathing guide's count-in or a relaxation's start, fades out
    on pause, stop and end, and follows the settings as they change.

    Signals:
        went_silent(str): the sound could not play; why, in English, for the log (once).
    """

    went_silent = Signal(str)

    def __init__(
        self,
        player: BackgroundSound,
        prefs: PrefsController,
        session: SessionController,
        relax: RelaxationController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = player
        self._prefs = prefs
        self._session = session
        self._relax = relax
        self._failed = False  # tried and failed: not again until the settings change
        self._told = False
        session.state_changed.connect(self.update)
        relax.state_changed.connect(self.update)
        prefs.changed.connect(self._on_prefs)

    def live(self) -> bool:
        """Whether a session runs now (the guide's count-in included; not paused)."""
        running = (SessionState.SETTLING, SessionState.RUNNING)
        return self._session.state in running or self._relax.state is SessionState.RUNNING

    @Slot()
    def update(self, *_args: object) -> None:
        p = self._prefs.prefs
        gain = background_gain(p, self.live())
        if gain is None:
            self.player.fade_out()
        elif not self._failed and not self.player.play(p.background, gain):
            self._failed = True
            if not self._told:
                self._told = True
                self.went_silent.emit(self.player.problem)

    @Slot(object)
    def _on_prefs(self, _prefs: object) -> None:
        self._failed = False
        self.update()
