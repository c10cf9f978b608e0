# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the resonance pace test: one session through the session controller, pace by pace.

The guide paces each rate of the test in turn; every change of pace goes through
SessionController.change_pace, so the safety gate vets it, and the session is stored like
any other. Between two paces the session is paused: the patient breathes freely, no pace
is shown (a "rest pace" would still be pacing), nothing new needs vetting, and the stored
session's active time is the paced time alone. The beats are collected as they come, each
pace is measured when the test ends, and the test is saved with the profile.
"""

from __future__ import annotations

import math
from dataclasses import replace
from enum import Enum
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.controllers.practice import Timer
from breathapp.controllers.session_controller import SessionController
from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.heart.beats import Beat, RrSeries
from breathapp.core.heart.resonance import (
    PaceResult,
    PaceWindow,
    ResonanceSettings,
    ResonanceTest,
)
from breathapp.core.heart.resonance_plan import ResonancePlan, Step, StepKind, pattern_for
from breathapp.core.safety import SafetyError
from breathapp.core.session import SETTLE_S, Length, SessionPlan, SessionState

TICK_MS = 250  # the schedule is read from the clock; the tick only looks


class BeatSource(Protocol):
    """Where the beats come from (controllers.heart_controller.HeartController)."""

    def recent(self, since_s: float) -> tuple[Beat, ...]: ...


class ResonanceStore(Protocol):
    """Where tests are kept (storage.heart_repo.ResonanceRepo)."""

    def add(self, test: ResonanceTest) -> int: ...
    def choose(self, test_id: int, bpm: float) -> None: ...


class PrefsSink(Protocol):
    """The profile's preferences (controllers.prefs_controller.PrefsController)."""

    def update(self, **changes: Any) -> None: ...


class RunState(Enum):
    READY = "ready"
    RUNNING = "running"
    DONE = "done"  # a result (maybe partial) is there to look at and choose from


class Progress(NamedTuple):
    """What the test's view shows while it runs."""

    step: Step
    test_left_s: float  # seconds left in the whole test
    paces: int  # how many paces the test has


class ResonanceController(QObject):
    """The therapist starts the test; it ends by itself, or early, and keeps what it measured.

    Signals:
        state_changed(RunState)
        progress(Progress): the step, the time left; at each tick while running.
        finished(ResonanceTest): the test ended (completed or not) and was saved if it could.
        refused(SafetyError): the safety rules refused a pace; the test stopped calmly.
        storage_failed(StorageError): the test or the choice could not be written.
        chosen(float): the therapist's pace went into the test and the profile.
    """

    state_changed = Signal(object)
    progress = Signal(object)
    finished = Signal(object)
    refused = Signal(object)
    storage_failed = Signal(object)
    chosen = Signal(float)

    def __init__(
        self,
        clock: Clock,
        timer: Timer,
        session: SessionController,
        store: ResonanceStore,
        prefs: PrefsSink,
        beats: BeatSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = timer
        self._session = session
        self._store = store
        self._prefs = prefs
        self._source = beats
        self.state = RunState.READY
        self.test: ResonanceTest | None = None
        self._plan: ResonancePlan | None = None
        self._t0: float | None = None  # monotonic start of the first pace
        self._step: Step | None = None
        self._offsets: dict[int, float] = {}  # pace -> monotonic minus active seconds
        self._beats: list[Beat] = []
        self._refusal: SafetyError | None = None
        self._started_utc = clock.now_utc()
        timer.timeout.connect(self._tick)

    # -- intents ----------------------------------------------------------
    def set_beats(self, source: BeatSource | None) -> None:
        """The heart signal to use (the strap or a replayed file once one is there)."""
        self._source = source

    @property
    def has_beats(self) -> bool:
        return self._source is not None

    def start(self, settings: ResonanceSettings | None = None) -> bool:
        """Begin a test; False when none began (no heart signal, a session under way, or the
        safety rules refuse the first pace: refused() says why). SettingsError for settings
        a test cannot run with."""
        if self._source is None or self.state is RunState.RUNNING:
            return False
        if self._session.state.is_live:
            return False
        plan = ResonancePlan(settings or ResonanceSettings())
        paced_min = sum(w.end_s - w.start_s for w in plan.windows) / 60.0
        session_plan = SessionPlan(plan.pattern(0), Length.minutes(paced_min), None, SETTLE_S)
        self._session.reset()
        self._plan, self._t0, self._step, self._refusal = plan, None, None, None
        self._offsets, self._beats = {}, []
        self._session.refused.connect(self._on_refused)
        if not self._session.start(session_plan):
            self._session.refused.disconnect(self._on_refused)
            if self._refusal is not None:
                self.refused.emit(self._refusal)
            self._plan = None
            return False
        self._session.state_changed.connect(self._on_session_state)
        self._started_utc = self._clock.now_utc()
        self.test = None
        self._set_state(RunState.RUNNING)
        self._timer.start(TICK_MS)
        self._tick()
        return True

    def stop(self) -> None:
        """End the test early; what was measured is kept (completed=False)."""
        if self.state is RunState.RUNNING:
            self._session.stop()  # the session's end finishes the test

    def choose(self, bpm: float) -> bool:
        """The therapist's pace: into the stored test and the profile. False without a test."""
        test = self.test
        if test is None or self.state is not RunState.DONE:
            return False
        if not any(math.isclose(bpm, r.rate_bpm) for r in test.results):
            return False
        self.test = replace(test, chosen_bpm=bpm)
        try:
            if test.id is not None:
                self._store.choose(test.id, bpm)
            # The everyday pattern breathes at the chosen pace, as tested (never a hold).
            pattern = pattern_for(bpm, test.settings.inhale_share).text()
            self._prefs.update(resonance_bpm=bpm, pattern=pattern)
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        self.chosen.emit(bpm)
        return True

    def reset(self) -> None:
        """Back to ready (the result stays in the store)."""
        if self.state is RunState.DONE:
            self.test = None
            self._set_state(RunState.READY)

    # -- the run ------------------------------------------------------------
    def elapsed_s(self) -> float | None:
        """Seconds since the first pace began; None before (the settle-in) or when idle."""
        if self._t0 is None:
            return None
        return self._clock.monotonic() - self._t0

    @Slot()
    def _tick(self) -> None:
        plan = self._plan
        if self.state is not RunState.RUNNING or plan is None:
            return
        s = self._session.session
        if s is None or s.state.is_over:
            return
        now = self._clock.monotonic()
        if self._t0 is None:
            if s.state is not SessionState.RUNNING:
                return  # the 3-2-1 before the first breath
            self._t0 = now - s.active_s()
            self._offsets[0] = self._t0
        self._collect()
        step = plan.step_at(now - self._t0)
        previous, self._step = self._step, step
        if previous is None or (step.kind, step.pace) != (previous.kind, previous.pace):
            self._enter(step, now)
        if self.state is RunState.RUNNING:
            self.progress.emit(Progress(step, plan.left_s(now - self._t0), len(plan.windows)))

    def _enter(self, step: Step, now: float) -> None:
        plan = self._plan
        assert plan is not None
        state = self._session.state
        if step.kind is StepKind.REST and state is SessionState.RUNNING:
            self._session.toggle_pause()
        elif step.kind is StepKind.PACE and step.pace > 0:
            if state is SessionState.PAUSED:
                self._session.toggle_pause()
            s = self._session.session
            assert s is not None
            self._offsets[step.pace] = now - s.active_s()
            if not self._session.change_pace(plan.pattern(step.pace)):
                self._session.stop()  # calmly: the test ends, what was measured is kept

    @Slot(object)
    def _on_refused(self, refusal: SafetyError) -> None:
        self._refusal = refusal

    @Slot(object)
    def _on_session_state(self, state: SessionState) -> None:
        if state.is_over and self.state is RunState.RUNNING:
            self._finish(state is SessionState.FINISHED)

    def _collect(self) -> None:
        if self._source is None or self._t0 is None:
            return
        last = self._beats[-1].t_s if self._beats else self._t0 - 1e-6
        self._beats.extend(b for b in self._source.recent(last) if b.t_s > last)

    def _finish(self, finished: bool) -> None:
        plan = self._plan
        assert plan is not None
        self._timer.stop()
        self._session.refused.disconnect(self._on_refused)
        self._session.state_changed.disconnect(self._on_session_state)
        if self._refusal is not None and self._session.session is not None:
            self.refused.emit(self._refusal)
        self._collect()
        now = self._clock.monotonic()
        t0 = self._t0 if self._t0 is not None else now
        end = now - t0
        windows = tuple(
            PaceWindow(w.rate_bpm, w.start_s, min(w.end_s, end))
            for i, w in enumerate(plan.windows)
            if i in self._offsets and w.start_s < end
        )
        results = self._measure(windows, t0)
        from breathapp.core.heart.resonance_measure import suggest_pace

        test = ResonanceTest(
            started_utc=self._started_utc,
            settings=plan.settings,
            windows=windows,
            results=results,
            rr=RrSeries.of(self._beats, t0),
            suggested_bpm=suggest_pace(results),
            completed=finished and len(windows) == len(plan.windows),
        )
        try:
            test = replace(test, id=self._store.add(test))
        except StorageError as error:
            self.storage_failed.emit(error)
        self.test = test
        self._set_state(RunState.DONE)
        self.finished.emit(test)

    def _measure(self, windows: tuple[PaceWindow, ...], t0: float) -> tuple[PaceResult, ...]:
        # Loaded when a test ends: numpy stays off the start-up path.
        from breathapp.core.heart.resonance_measure import measure_pace

        return tuple(
            measure_pace(self._beats, w, t0, self._breath_starts(i, w, t0))
            for i, w in enumerate(windows)
        )

    def _breath_starts(self, index: int, window: PaceWindow, t0: float) -> tuple[float, ...]:
        """When each breath of one pace began, on the beats' clock, from the session's pacer."""
        s = self._session.session
        offset = self._offsets.get(index)
        if s is None or offset is None:
            return ()
        first = t0 + window.start_s - offset  # the window in the session's active seconds
        last = t0 + window.end_s - offset
        n = math.floor(s.pace.cycles_at(first))
        out: list[float] = []
        while (at := s.pace.time_of_cycle(n)) <= last + 1e-9:
            if at >= first - 1e-9:
                out.append(at + offset)
            n += 1
        return tuple(out)

    def _set_state(self, state: RunState) -> None:
        self.state = state
        self.state_changed.emit(state)
