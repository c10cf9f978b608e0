# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one breathing session: the frame timer, text updates and checkpoints to the store."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.controllers.practice import (  # noqa: F401 - named here for the app and tests
    CHECKPOINT_INTERVAL_MS,
    FRAME_INTERVAL_MS,
    PracticeController,
    Timer,
)
from breathapp.controllers.record_writer import RecordWriter, SessionStore
from breathapp.controllers.safety_gate import SafetyGate
from breathapp.core.clock import Clock
from breathapp.core.cues import Cue, count_between, cue_between
from breathapp.core.pacer import PacerState, rate_at
from breathapp.core.patterns import Pattern, Phase
from breathapp.core.safety import SafetyError, gentler_after
from breathapp.core.session import (
    Session,
    SessionPlan,
    SessionState,
)

if TYPE_CHECKING:  # live pace loads with the first session: off the start-up path
    from breathapp.core.live_pace import PaceStep


class Readout(NamedTuple):
    """The text the guide shows; emitted only when one of its whole numbers changes."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).

    state: SessionState
    phase: Phase | None
    phase_left_s: int  # whole seconds left in the phase, counted down
    settle_left_s: int  # 3, 2, 1 during the settle-in
    elapsed_s: int
    remaining_s: int
    rate_bpm: float  # rounded to one decimal


class SessionController(PracticeController):
    """Drives a Session from an injected clock and timers.

    Signals:
        state_changed(SessionState): ready, settling, running, paused, finished, stopped.
        frame(): paint now. Only a trigger: what is painted comes from pacer_state().
        readout_changed(Readout): the words and numbers beside the guide changed.
        session_ended(SessionRecord): a session finished or was stopped.
        cue(Cue): a phase began (or a session came to its end): play its sound.
        storage_failed(StorageError): a write failed; the session goes on in memory.
        storage_recovered(): everything held in memory has been written.
        pace_changed(Pattern): a live change was accepted; the guide eases into it.
        refused(SafetyError): a start or a change the safety rules do not allow; nothing
            started, changed or was stored.
        length_capped(LengthCapped): a session was shortened by a safety rule as it started.
    """

    storage_failed = Signal(object)
    storage_recovered = Signal()
    pace_changed = Signal(object)
    length_capped = Signal(object)

    def __init__(
        self,
        clock: Clock,
        frame_timer: Timer,
        checkpoint_timer: Timer,
        store: SessionStore | RecordWriter,
        gate: SafetyGate,
        profile_id: int = 0,
        parent: QObject | None = None,
    ) -> None:
        """``store`` is the writer shared with other sessions, or a store to make one for;
        ``gate`` vets every start and change of pace."""
        if not isinstance(store, RecordWriter):
            store = RecordWriter(clock, store, profile_id)
        super().__init__(clock, frame_timer, checkpoint_timer, store, gate, parent)
        if store.parent() is None:
            store.setParent(self)
        self.writer.storage_failed.connect(self.storage_failed)
        self.writer.storage_recovered.connect(self.storage_recovered)
        self._session: Session | None = None
        self._readout: Readout | None = None
        self.last_ended = self.writer.last_ended
        self._last_pacer: PacerState | None = None  # what the last cue check saw

    # -- intents from the ui ----------------------------------------------
    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def state(self) -> SessionState:
        return self._session.state if self._session else SessionState.READY

    def vet(self, plan: SessionPlan) -> SessionPlan:
        """The session as the safety rules allow it; raises SafetyError if not at all.

        For a caller that asks before a check-in; start() asks again all the same.
        """
        return self.gate.vet_start(plan)[0]

    def start(self, plan: SessionPlan) -> bool:
        """Begin a new session (the previous one must be over); False if none began.

        A plan the safety rules refuse is not started and not stored: refused() says why.
        """
        if self._session is not None and self._session.state.is_live:
            return False
        try:
            plan, capped = self.gate.vet_start(plan)
        except SafetyError as refusal:
            self.refused.emit(refusal)
            return False
        self._session = Session(plan, self._clock)
        self._session.start()
        self._begin(self._session)
        self._frame_timer.start(self.frame_interval_ms)
        self._after_change()
        if capped is not None:
            self.length_capped.emit(capped)
        return True

    def skip_settle(self) -> None:
        if self._session is not None:
            self._session.skip_settle()
            self._after_change()

    def toggle_pause(self) -> None:
        s = self._session
        if s is None or s.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        s.toggle_pause()
        if s.state is SessionState.PAUSED:
            self._frame_timer.stop()
            self._save_progress()
        else:
            self._frame_timer.start(self.frame_interval_ms)
        self._after_change()

    def stop(self, dizzy: bool = False) -> None:
        """End the session now; ``dizzy`` records that the user felt unwell."""
        if self._session is not None and self._session.state.is_live:
            self._session.stop(dizzy=dizzy)
            self._after_change()

    def change_pace(self, pattern: Pattern) -> bool:
        """Ease the running session into ``pattern``, if the safety rules allow it."""
        s = self._session
        if s is None or not s.state.is_live:
            return False
        try:
            self.gate.vet_change(pattern)
        except SafetyError as refusal:
            self.refused.emit(refusal)
            return False
        if not s.change_pace(pattern):
            return False
        self._save_progress()
        self.pace_changed.emit(pattern)
        self._after_change()
        return True

    def step_pace(self, step: PaceStep) -> Pattern | None:
        """One live step (faster, slower, longer or shorter exhale); None at a limit."""
        s = self._session
        if s is None or not s.state.is_live:
            return None
        from breathapp.core.live_pace import take_step  # loaded by the session already

        new = take_step(s.heading_to(), step)
        return new if new is not None and self.change_pace(new) else None

    def heading_to(self) -> Pattern | None:
        """The pattern the running guide is on or easing into."""
        return self._session.heading_to() if self._session is not None else None

    def suggested_preset(self) -> str | None:
        """A gentler preset to offer when the last session ended with dizziness."""
        return gentler_after(self.writer.last_ended)

    def reset(self) -> None:
        """Back to ready after a summary was shown."""
        if self._session is not None and self._session.state.is_over:
            self._session = None
            self._readout = None
            self.state_changed.emit(SessionState.READY)

    # -- readings -----------------------------------------------------------
    def pacer_state(self) -> PacerState | None:
        """The guide now, from the clock; None when nothing is breathing."""
        s = self._session
        if s is None or s.state in (SessionState.READY, SessionState.SETTLING):
            return None
        return s.pacer_state()

    def has_unsaved(self) -> bool:
        """True while a session lives only in memory because the store would not take it."""
        return self.writer.has_unsaved()

    # -- timers ---------------------------------------------------------------
    def _practice(self) -> Session | None:
        return self._session

    @Slot()
    def _on_frame(self) -> None:
        self._after_change()
        self.frame.emit()

    def _after_change(self) -> None:
        s = self._session
        if s is None:
            return
        before = self._readout.state if self._readout else None
        state = s.update()
        readout = self._make_readout(s)
        if readout != self._readout:
            self._readout = readout
            if state is not before:
                self.state_changed.emit(state)
            self.readout_changed.emit(readout)
        self._cue(s, state)
        if state.is_over and self._current is not None:
            if state is SessionState.FINISHED:
                self.cue.emit(Cue.END)
            self._end(s)

    def _cue(self, s: Session, state: SessionState) -> None:
        """Emit the cue of a phase that began since the last look, on the clock's say."""
        if state is not SessionState.RUNNING:
            if state is not SessionState.PAUSED:
                self._last_pacer = None
            return
        now = s.pacer_state()
        cue = cue_between(self._last_pacer, now)
        count = count_between(self._last_pacer, now)
        self._last_pacer = now
        if cue is not None:
            self.cue.emit(cue)
        elif count is not None:
            self.count.emit(count)

    def _make_readout(self, s: Session) -> Readout:
        active = s.active_s()
        breathing = s.state not in (SessionState.READY, SessionState.SETTLING)
        pacer = s.pacer_state() if breathing else None
        return Readout(
            state=s.state,
            phase=pacer.phase if pacer else None,
            phase_left_s=math.ceil(pacer.phase_remaining_s - 1e-9) if pacer else 0,
            settle_left_s=max(1, math.ceil(s.settle_remaining_s() - 1e-9))
            if s.state is SessionState.SETTLING
            else 0,
            elapsed_s=math.floor(active + 1e-9),
            remaining_s=math.ceil(s.remaining_s() - 1e-9),
            rate_bpm=round(pacer.rate_bpm if pacer else rate_at(s.plan.pacing, 0.0), 1),
        )
