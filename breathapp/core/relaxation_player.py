# SPDX-License-Identifier: GPL-3.0-or-later
"""Plays a relaxation script over an injected clock: steps, pause, next and previous."""

from __future__ import annotations

import math
from datetime import datetime
from typing import NamedTuple

from breathapp.core.checkin import Ratings
from breathapp.core.clock import Clock
from breathapp.core.pacer import PacerState, cycles_at, state_at
from breathapp.core.relaxation import Script
from breathapp.core.session import LengthKind, SessionRecord, SessionState, SessionStatus


class Position(NamedTuple):
    """Where a player is in its script."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads.
    step: int  # index into the script's steps
    step_elapsed_s: float
    step_left_s: float
    position_s: float  # seconds into the script (jumps with next and previous)
    total_s: float


class Player:
    """Plays one script from ready to finished or stopped. All times come from the clock.

    Two times run side by side: the position in the script (which next and previous move)
    and the time practised (what is stored; pauses excluded, skipped steps not counted).
    """

    def __init__(self, script: Script, clock: Clock, before: Ratings | None = None) -> None:
        self.script = script
        self.clock = clock
        self.before = before or Ratings()
        self.state = SessionState.READY
        self.dizzy = False
        self.started_utc: datetime | None = None
        self.started_s: float | None = None  # the clock's monotonic time at start()
        self.ended_utc: datetime | None = None
        self._pos_banked_s = 0.0
        self._practised_banked_s = 0.0
        self._run_since = 0.0
        self._held_s = 0.0  # seconds held since _run_since (the voice was still speaking)
        self._held_since: float | None = None
        self._reached_s: dict[int, float] = {}  # the furthest time reached in each step

    # -- transitions -----------------------------------------------------------
    def start(self) -> None:
        if self.state is SessionState.READY:
            self.started_utc = self.clock.now_utc()
            self._run_since = self.started_s = self.clock.monotonic()
            self.state = SessionState.RUNNING

    def pause(self) -> None:
        self.update()
        if self.state is SessionState.RUNNING:
            self.let_go()
            self._bank(self.clock.monotonic())
            self.state = SessionState.PAUSED

    def resume(self) -> None:
        if self.state is SessionState.PAUSED:
            self._run_since = self.clock.monotonic()
            self.state = SessionState.RUNNING

    def toggle_pause(self) -> None:
        if self.state is SessionState.PAUSED:
            self.resume()
        else:
            self.pause()

    def stop(self, dizzy: bool = False) -> None:
        """End now, mid-step if need be; ``dizzy`` records that the user felt unwell."""
        self.update()
        if self.state.is_live:
            if self.state is SessionState.RUNNING:
                self.let_go()
                self._bank(self.clock.monotonic())
            self.dizzy = dizzy
            self.state = SessionState.STOPPED
            self.ended_utc = self.clock.now_utc()

    def go_to_step(self, index: int) -> None:
        """Jump to the start of a step (next and previous); the time practised goes on."""
        self.update()
        if not self.state.is_live or self.state is SessionState.READY:
            return
        index = max(0, min(len(self.script.steps) - 1, index))
        if self.state is SessionState.RUNNING:
            self.let_go()
            self._bank(self.clock.monotonic())
        self._pos_banked_s = self.script.starts_s[index]

    def next_step(self) -> None:
        """On to the next step; on the last step, nothing (it is the gentle ending)."""
        current = self.where().step
        if current < len(self.script.steps) - 1:
            self.go_to_step(current + 1)

    def previous_step(self) -> None:
        self.go_to_step(self.where().step - 1)

    def hold(self, at_s: float | None = None) -> None:
        """Keep the script at ``at_s`` (or where it is) while words from before are still
        being said; the time practised goes on. ``at_s`` may lie a frame back: the script
        is held from the moment it passed there."""
        if self.state is SessionState.RUNNING and self._held_since is None:
            now = self.clock.monotonic()
            over = 0.0 if at_s is None else max(0.0, self._raw_position(now) - at_s)
            self._held_since = now - over

    def let_go(self) -> None:
        """The words are said: the script moves on from where it was held."""
        if self._held_since is not None:
            self._held_s += self.clock.monotonic() - self._held_since
            self._held_since = None

    @property
    def held(self) -> bool:
        return self._held_since is not None

    def _held_until(self, now: float) -> float:
        return self._held_s + (now - self._held_since if self._held_since is not None else 0.0)

    def update(self) -> SessionState:
        """Finish once the last step is over; returns the state."""
        if self.state is SessionState.RUNNING:
            now = self.clock.monotonic()
            self._note_reached(self._raw_position(now))
            over_by = self._raw_position(now) - self.script.total_s
            if over_by >= 0:
                self._bank(now - over_by)  # the moment the script ended, exactly
                self.state = SessionState.FINISHED
                self.ended_utc = self.clock.now_utc()
        return self.state

    def _bank(self, now: float) -> None:
        self._note_reached(self._raw_position(now))
        self._practised_banked_s += now - self._run_since
        self._pos_banked_s = min(self.script.total_s, self._raw_position(now))
        self._run_since = now
        self._held_s = 0.0
        if self._held_since is not None:
            self._held_since = now

    def _raw_position(self, now: float) -> float:
        return self._pos_banked_s + (now - self._run_since) - self._held_until(now)

    def _note_reached(self, position_s: float) -> None:
        """Every step passed since the run began (from the banked position) was reached."""
        script = self.script
        position_s = min(position_s, script.total_s)
        for index in range(script.step_at(self._pos_banked_s), script.step_at(position_s) + 1):
            into = min(position_s - script.starts_s[index], script.steps[index].seconds)
            self._reached_s[index] = max(self._reached_s.get(index, 0.0), into)

    # -- readings --------------------------------------------------------------
    def position_s(self) -> float:
        if self.state is SessionState.RUNNING:
            return min(self.script.total_s, self._raw_position(self.clock.monotonic()))
        return self._pos_banked_s

    def practised_s(self) -> float:
        """Seconds practised so far: pauses excluded."""
        if self.state is SessionState.RUNNING:
            now = self.clock.monotonic()
            elapsed = now - self._run_since
            # It ends with the script; time held for the voice is practice too.
            room = self.script.total_s - self._pos_banked_s + self._held_until(now)
            return self._practised_banked_s + max(0.0, min(elapsed, room))
        return self._practised_banked_s

    def where(self) -> Position:
        pos = self.position_s()
        index = self.script.step_at(pos)
        into = pos - self.script.starts_s[index]
        step = self.script.steps[index]
        return Position(index, into, max(0.0, step.seconds - into), pos, self.script.total_s)

    def pacer_state(self) -> PacerState | None:
        """The guide inside a breathe step, from the same clock; None in other steps."""
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return None
        where = self.where()
        step = self.script.steps[where.step]
        if step.pattern is None:
            return None
        return state_at(step.pattern, min(where.step_elapsed_s, step.seconds - 1e-6))

    def breaths(self) -> int:
        """Whole breaths taken in breathe steps (each step counted once, however replayed)."""
        total = 0
        for index, reached in self._reached_s.items():
            pattern = self.script.steps[index].pattern
            if pattern is not None:
                total += math.floor(cycles_at(pattern, reached) + 1e-9)
        return total

    def record(self, status: SessionStatus | None = None) -> SessionRecord:
        """The session as it stands, for the store."""
        if status is None:
            status = {
                SessionState.FINISHED: SessionStatus.COMPLETED,
                SessionState.STOPPED: SessionStatus.STOPPED,
            }.get(self.state, SessionStatus.RUNNING)
        paced = next((s.pattern for s in self.script.steps if s.pattern is not None), None)
        started = self.started_utc or self.clock.now_utc()
        return SessionRecord(
            started_utc=started,
            ended_utc=self.ended_utc,
            active_s=round(self.practised_s(), 3),
            pattern_text=paced.text() if paced else "",
            pattern_id=None,
            rate_bpm=round(paced.rate_bpm, 3) if paced else 0.0,
            ramp_start_bpm=None,
            breaths=self.breaths(),
            status=status,
            length_kind=LengthKind.MINUTES,
            length_value=round(self.script.total_s / 60.0, 2),
            kind=self.script.kind,
            dizzy=self.dizzy,
            tension_before=self.before.tension,
            pain_before=self.before.pain,
        )
