# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one breathing session: the frame timer, text updates and checkpoints to the store."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import datetime
from typing import NamedTuple, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from breathapp.core.checkin import Ratings, check_note
from breathapp.core.clock import Clock
from breathapp.core.cues import Cue, cue_between
from breathapp.core.errors import StorageError
from breathapp.core.pacer import PacerState, rate_at
from breathapp.core.patterns import Phase
from breathapp.core.safety import gentler_after
from breathapp.core.session import (
    Session,
    SessionPlan,
    SessionRecord,
    SessionState,
    SessionStatus,
)

FRAME_INTERVAL_MS = 16
# The issue asks for at most 10 s; 5 s halves what a power cut can take.
CHECKPOINT_INTERVAL_MS = 5000


class Timer(Protocol):
    """The part of QTimer the controller uses; tests pass a timer they fire by hand."""

    @property
    def timeout(self) -> SignalInstance: ...
    def start(self, msec: int) -> None: ...
    def stop(self) -> None: ...
    def isActive(self) -> bool: ...


class SessionStore(Protocol):
    """Where sessions go (storage.sessions_repo.SessionRepo)."""

    def add(self, profile_id: int, record: SessionRecord) -> int: ...
    def checkpoint(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None: ...
    def finish(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None: ...
    def last(self, profile_id: int) -> SessionRecord | None: ...


class _Unsaved:
    """A session the store has not fully taken yet (a full disk, a read-only folder)."""

    __slots__ = ("final", "record", "row_id")

    def __init__(self, row_id: int | None, record: SessionRecord, final: bool) -> None:
        self.row_id = row_id
        self.record = record
        self.final = final


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


class SessionController(QObject):
    """Drives a Session from an injected clock and timers.

    Signals:
        state_changed(SessionState): ready, settling, running, paused, finished, stopped.
        frame(): paint now. Only a trigger: what is painted comes from pacer_state().
        readout_changed(Readout): the words and numbers beside the guide changed.
        session_ended(SessionRecord): a session finished or was stopped.
        cue(Cue): a phase began (or a session came to its end): play its sound.
        storage_failed(StorageError): a write failed; the session goes on in memory.
        storage_recovered(): everything held in memory has been written.
    """

    state_changed = Signal(object)
    frame = Signal()
    readout_changed = Signal(object)
    session_ended = Signal(object)
    cue = Signal(object)
    storage_failed = Signal(object)
    storage_recovered = Signal()

    def __init__(
        self,
        clock: Clock,
        frame_timer: Timer,
        checkpoint_timer: Timer,
        store: SessionStore,
        profile_id: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._frame_timer = frame_timer
        self._checkpoint_timer = checkpoint_timer
        self._store = store
        self._profile_id = profile_id
        self._session: Session | None = None
        self._current: _Unsaved | None = None
        self._dirty: list[_Unsaved] = []
        self._failing = False
        self._readout: Readout | None = None
        self.last_ended: SessionRecord | None = store.last(profile_id)
        self._last_item: _Unsaved | None = None  # the ended session, for its after check-in
        self._last_pacer: PacerState | None = None  # what the last cue check saw
        self.frame_interval_ms = FRAME_INTERVAL_MS
        frame_timer.timeout.connect(self._on_frame)
        checkpoint_timer.timeout.connect(self._on_checkpoint)

    # -- intents from the ui ----------------------------------------------
    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def state(self) -> SessionState:
        return self._session.state if self._session else SessionState.READY

    def start(self, plan: SessionPlan) -> None:
        """Begin a new session (the previous one must be over)."""
        if self._session is not None and self._session.state.is_live:
            return
        self._session = Session(plan, self._clock)
        self._session.start()
        self._current = _Unsaved(None, self._session.record(), final=False)
        self._mark_dirty(self._current)
        self._sync()
        self._frame_timer.start(self.frame_interval_ms)
        self._checkpoint_timer.start(CHECKPOINT_INTERVAL_MS)
        self._after_change()

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

    def record_after(self, after: Ratings, note: str = "") -> None:
        """Add the after check-in and the note to the session that just ended."""
        item = self._last_item
        if item is None:
            return
        item.record = replace(
            item.record,
            tension_after=after.tension,
            pain_after=after.pain,
            note=check_note(note),
        )
        self.last_ended = item.record
        self._mark_dirty(item)
        self._sync()

    def suggested_preset(self) -> str | None:
        """A gentler preset to offer when the last session ended with dizziness."""
        return gentler_after(self.last_ended)

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
        return bool(self._dirty)

    # -- timers ---------------------------------------------------------------
    @Slot()
    def _on_frame(self) -> None:
        self._after_change()
        self.frame.emit()

    @Slot()
    def _on_checkpoint(self) -> None:
        s = self._session
        if s is not None and s.state is SessionState.RUNNING:
            self._save_progress()
        else:
            self._sync()
        if (s is None or not s.state.is_live) and not self._dirty:
            self._checkpoint_timer.stop()

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
        self._last_pacer = now
        if cue is not None:
            self.cue.emit(cue)

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

    def _end(self, s: Session) -> None:
        assert self._current is not None
        self._frame_timer.stop()
        ended = self._current
        ended.record = s.record()
        ended.final = True
        self._current = None
        self._last_item = ended
        self.last_ended = ended.record
        self._mark_dirty(ended)
        self._sync()
        if not self._dirty:
            self._checkpoint_timer.stop()
        self.session_ended.emit(ended.record)

    # -- writing -------------------------------------------------------------
    def _save_progress(self) -> None:
        if self._session is None or self._current is None:
            return
        self._current.record = self._session.record()
        self._mark_dirty(self._current)
        self._sync()

    def _mark_dirty(self, item: _Unsaved) -> None:
        if all(x is not item for x in self._dirty):
            self._dirty.append(item)

    def _sync(self) -> None:
        """Write what is dirty, oldest first; say once when it fails and once when it works."""
        error: StorageError | None = None
        while self._dirty:
            try:
                self._write(self._dirty[0])
            except StorageError as e:
                error = e
                break
            self._dirty.pop(0)
        if error is not None and not self._failing:
            self._failing = True
            self.storage_failed.emit(error)
        elif error is None and self._failing:
            self._failing = False
            self.storage_recovered.emit()

    def _write(self, item: _Unsaved) -> None:
        now = self._clock.now_utc()
        if item.row_id is None:
            item.row_id = self._store.add(
                self._profile_id, replace(item.record, status=SessionStatus.RUNNING)
            )
        if item.final:
            self._store.finish(item.row_id, item.record, now)
        else:
            self._store.checkpoint(item.row_id, item.record, now)

    def flush(self) -> bool:
        """Try once more to write everything; True when nothing is left in memory."""
        self._save_progress()
        self._sync()
        return not self._dirty
