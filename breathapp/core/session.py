# SPDX-License-Identifier: GPL-3.0-or-later
"""A practice session as a state machine over an injected monotonic clock."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from breathapp.core.checkin import Ratings
from breathapp.core.clock import Clock
from breathapp.core.pacer import PacerState, time_of_cycle, whole_breaths_end_s
from breathapp.core.patterns import Pacing, Pattern, Ramp, target_pattern

if TYPE_CHECKING:  # live pace loads with the first session: off the start-up path
    from breathapp.core.live_pace import Shown

SETTLE_S = 3.0
MINUTES_MIN = 0.5
MINUTES_MAX = 180.0
BREATHS_MIN = 1
BREATHS_MAX = 2000


class SessionState(Enum):
    READY = "ready"
    SETTLING = "settling"  # the 3-2-1 before the first breath
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def is_over(self) -> bool:
        return self in (SessionState.FINISHED, SessionState.STOPPED)

    @property
    def is_live(self) -> bool:
        return self in (SessionState.SETTLING, SessionState.RUNNING, SessionState.PAUSED)


class SessionStatus(Enum):
    """How a stored session ended."""

    RUNNING = "running"  # still under way, or cut off before the next start found it
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"  # a crash, kill or power cut; kept up to its last checkpoint


class LengthKind(Enum):
    MINUTES = "minutes"
    BREATHS = "breaths"


class LengthError(ValueError):
    """A session length outside its limits."""

    def __init__(self, kind: LengthKind, got: float) -> None:
        self.kind = kind
        self.got = got
        if kind is LengthKind.MINUTES:
            text = f"minutes must be {MINUTES_MIN:g} to {MINUTES_MAX:g}, got {got:g}"
        else:
            text = f"breaths must be a whole number, {BREATHS_MIN} to {BREATHS_MAX}, got {got:g}"
        super().__init__(text)


class Length(NamedTuple):
    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).
    kind: LengthKind
    value: float

    @classmethod
    def minutes(cls, minutes: float) -> Length:
        if not math.isfinite(minutes) or not MINUTES_MIN <= minutes <= MINUTES_MAX:
            raise LengthError(LengthKind.MINUTES, minutes)
        return cls(LengthKind.MINUTES, float(minutes))

    @classmethod
    def breaths(cls, breaths: float) -> Length:
        if (
            not math.isfinite(breaths)
            or breaths != int(breaths)
            or not BREATHS_MIN <= breaths <= BREATHS_MAX
        ):
            raise LengthError(LengthKind.BREATHS, breaths)
        return cls(LengthKind.BREATHS, float(int(breaths)))

    def end_s(self, pacing: Pacing) -> float:
        """Active seconds at which a session of this length ends: always after a whole breath."""
        if self.kind is LengthKind.BREATHS:
            return time_of_cycle(pacing, self.value)
        return whole_breaths_end_s(pacing, self.value * 60.0)


class SessionPlan(NamedTuple):
    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).
    pacing: Pacing
    length: Length
    pattern_id: str | None = None  # the preset it came from, if any
    settle_s: float = SETTLE_S
    before: Ratings = Ratings()


@dataclass(frozen=True)
class SessionRecord:
    """One session as stored in the history."""

    started_utc: datetime
    ended_utc: datetime | None
    active_s: float
    pattern_text: str
    pattern_id: str | None
    rate_bpm: float
    ramp_start_bpm: float | None
    breaths: int
    status: SessionStatus
    length_kind: LengthKind
    length_value: float
    kind: str = "breathing"
    dizzy: bool = False  # ended with "I feel dizzy"
    tension_before: int | None = None  # self-ratings 0 to 10; None when skipped
    tension_after: int | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""
    # Changed live (presentation mode): each pattern shown, in order, with its seconds.
    shown: tuple[Shown, ...] = ()
    id: int | None = None
    profile_id: int | None = None


class Session:
    """One session from ready to finished or stopped. All times come from the clock."""

    def __init__(self, plan: SessionPlan, clock: Clock) -> None:
        self.plan = plan
        self._clock = clock
        self.state = SessionState.READY
        from breathapp.core.live_pace import LivePace  # loaded here: off the start-up path

        self.pace = LivePace(plan.pacing)
        self.end_s = plan.length.end_s(plan.pacing)
        self.started_utc: datetime | None = None
        self.started_s: float | None = None  # the clock's monotonic time at start()
        self.ended_utc: datetime | None = None
        self._settle_until = 0.0
        self._run_since = 0.0  # monotonic time the current running stretch began
        self._banked_s = 0.0  # active seconds of earlier running stretches
        self.dizzy = False

    # -- transitions -----------------------------------------------------
    def start(self) -> None:
        if self.state is not SessionState.READY:
            return
        now = self.started_s = self._clock.monotonic()
        self.started_utc = self._clock.now_utc()
        if self.plan.settle_s > 0:
            self.state = SessionState.SETTLING
            self._settle_until = now + self.plan.settle_s
        else:
            self._begin_running(now)

    def skip_settle(self) -> None:
        if self.state is SessionState.SETTLING:
            self._begin_running(self._clock.monotonic())

    def pause(self) -> None:
        self.update()
        if self.state is SessionState.RUNNING:
            self._banked_s = self.active_s()
            self.state = SessionState.PAUSED

    def resume(self) -> None:
        if self.state is SessionState.PAUSED:
            self._begin_running(self._clock.monotonic())

    def toggle_pause(self) -> None:
        if self.state is SessionState.PAUSED:
            self.resume()
        else:
            self.pause()

    def stop(self, dizzy: bool = False) -> None:
        """End now, mid-breath if need be; ``dizzy`` records that the user felt unwell."""
        self.update()
        if self.state.is_live:
            self.dizzy = dizzy
            self._banked_s = self.active_s()
            self.state = SessionState.STOPPED
            self.ended_utc = self._clock.now_utc()

    def update(self) -> SessionState:
        """Move on when the settle-in or the last breath is over; returns the state."""
        now = self._clock.monotonic()
        if self.state is SessionState.SETTLING and now >= self._settle_until:
            self._begin_running(self._settle_until)
        if self.state is SessionState.RUNNING and self._raw_active(now) >= self.end_s:
            self._banked_s = self.end_s
            self.state = SessionState.FINISHED
            self.ended_utc = self._clock.now_utc()
        return self.state

    def change_pace(self, pattern: Pattern) -> bool:
        """Ease into ``pattern`` from the current breath; False when nothing is breathing."""
        self.update()
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return False
        self.pace = self.pace.with_change(self.active_s(), pattern)
        length = self.plan.length
        if length.kind is LengthKind.BREATHS:
            self.end_s = self.pace.time_of_cycle(length.value)
        else:
            self.end_s = self.pace.whole_breaths_end_s(length.value * 60.0)
        return True

    def heading_to(self) -> Pattern:
        """The pattern the guide is on or easing into: where a live step starts from."""
        return self.pace.heading_to(self.active_s())

    def _begin_running(self, since: float) -> None:
        self._run_since = since
        self.state = SessionState.RUNNING

    # -- readings --------------------------------------------------------
    def _raw_active(self, now: float) -> float:
        return self._banked_s + (now - self._run_since)

    def active_s(self) -> float:
        """Seconds of breathing so far, pauses and settle-in excluded."""
        if self.state is SessionState.RUNNING:
            return min(self.end_s, self._raw_active(self._clock.monotonic()))
        return self._banked_s

    def remaining_s(self) -> float:
        return max(0.0, self.end_s - self.active_s())

    def settle_remaining_s(self) -> float:
        if self.state is not SessionState.SETTLING:
            return 0.0
        return max(0.0, self._settle_until - self._clock.monotonic())

    def pacer_state(self) -> PacerState:
        return self.pace.state_at(self.active_s())

    def breaths(self) -> int:
        """Whole breaths completed."""
        cycles = self.pace.cycles_at(self.active_s())
        return math.floor(cycles + 1e-9)

    def record(self, status: SessionStatus | None = None) -> SessionRecord:
        """The session as it stands, for the store."""
        if status is None:
            status = {
                SessionState.FINISHED: SessionStatus.COMPLETED,
                SessionState.STOPPED: SessionStatus.STOPPED,
            }.get(self.state, SessionStatus.RUNNING)
        pacing = self.plan.pacing
        pattern = target_pattern(pacing)
        started = self.started_utc or self._clock.now_utc()
        return SessionRecord(
            started_utc=started,
            ended_utc=self.ended_utc,
            active_s=round(self.active_s(), 3),
            pattern_text=pattern.text(),
            pattern_id=self.plan.pattern_id,
            rate_bpm=round(pattern.rate_bpm, 3),
            ramp_start_bpm=pacing.start_bpm if isinstance(pacing, Ramp) else None,
            breaths=self.breaths(),
            status=status,
            length_kind=self.plan.length.kind,
            length_value=self.plan.length.value,
            dizzy=self.dizzy,
            tension_before=self.plan.before.tension,
            pain_before=self.plan.before.pain,
            shown=self.pace.shown(self.active_s()) if self.pace.changes else (),
        )
