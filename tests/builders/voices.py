# SPDX-License-Identifier: GPL-3.0-or-later
"""Voices for tests: a computer voice and a recording player that speak on a hand-driven
clock, so a whole session's words can be followed without waiting in real time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from breathapp.core.clock import ManualClock
from breathapp.core.speech import pick_voice, spoken_estimate_s


class ClockVoice(QObject):
    """ComputerVoice's interface; speaks ``pace`` times the estimate, by the clock.

    ``spoken`` holds (start, end, text) of every utterance; an utterance stopped early ends
    at the moment it was stopped.
    """

    availability_changed = Signal()
    finished = Signal()

    def __init__(
        self, clock: ManualClock, voices: list[tuple[str, str]] | None = None, pace: float = 0.9
    ) -> None:
        super().__init__()
        self.clock = clock
        self.pairs = voices if voices is not None else [("Anne", "en_GB"), ("Bart", "nl_BE")]
        self.pace = pace
        self.available: bool | None = None
        self.problem = ""
        self.voice_name = ""
        self.rate = 0.0
        self.spoken: list[tuple[float, float, str]] = []
        self._until: float | None = None
        self.paused_at: float | None = None

    def load(self) -> None:
        self.available = True

    def voices(self, language: str) -> list[str]:
        return [self.pairs[i][0] for i in pick_voice(self.pairs, language, "", every=True)]

    def configure(self, language: str, wanted: str, rate: float, volume: float) -> bool:
        chosen = pick_voice(self.pairs, language, wanted)
        self.voice_name = self.pairs[chosen[0]][0] if chosen else ""
        self.rate = rate
        return bool(chosen)

    @property
    def speaking(self) -> bool:
        return self._until is not None

    def say(self, text: str) -> bool:
        now = self.clock.monotonic()
        self._until = now + self.pace * spoken_estimate_s(text, self.rate)
        self.spoken.append((now, self._until, text))
        return True

    def stop(self) -> None:
        if self._until is not None:
            start, _end, text = self.spoken[-1]
            self.spoken[-1] = (start, self.clock.monotonic(), text)
            self._until = None

    def pause(self) -> None:
        if self._until is not None:
            self.paused_at = self.clock.monotonic()

    def resume(self) -> None:
        if self._until is not None and self.paused_at is not None:
            away = self.clock.monotonic() - self.paused_at
            self._until += away
            start, end, text = self.spoken[-1]
            self.spoken[-1] = (start, end + away, text)
            self.paused_at = None

    def tick(self) -> None:
        """Call after each clock step: the words end when their time is up."""
        due = self._until is not None and self.clock.monotonic() >= self._until - 1e-9
        if due and self.paused_at is None:
            self._until = None
            self.finished.emit()


class ClockPlayer(QObject):
    """RecordedVoice's interface; plays each file for the seconds given, by the clock."""

    availability_changed = Signal()
    finished = Signal()

    def __init__(self, clock: ManualClock, seconds: dict[Path, float] | None = None) -> None:
        super().__init__()
        self.clock = clock
        self.seconds = seconds or {}  # a second for a file not named
        self.available: bool | None = None
        self.problem = ""
        self.played: list[tuple[float, Path]] = []
        self._until: float | None = None

    def load(self) -> None:
        self.available = True

    @property
    def playing(self) -> bool:
        return self._until is not None

    def play(self, path: Path, volume: float) -> bool:
        self._until = self.clock.monotonic() + self.seconds.get(path, 1.0)
        self.played.append((self.clock.monotonic(), path))
        return True

    def stop(self) -> None:
        self._until = None

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def tick(self) -> None:
        if self._until is not None and self.clock.monotonic() >= self._until - 1e-9:
            self._until = None
            self.finished.emit()
