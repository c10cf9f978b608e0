# SPDX-License-Identifier: GPL-3.0-or-later
"""What every kind of session shares: its timers, its signals, and writing it to the store."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from breathapp.controllers.record_writer import BeatFeed, RecordWriter, Unsaved
from breathapp.controllers.safety_gate import SafetyGate
from breathapp.core.checkin import Ratings, check_note
from breathapp.core.clock import Clock
from breathapp.core.session import SessionRecord, SessionState

if TYPE_CHECKING:  # the heart loads with its first use: off the start-up path
    from breathapp.core.heart.beats import RrSeries

FRAME_INTERVAL_MS = 16
# The issue asks for at most 10 s; 5 s halves what a power cut can take.
CHECKPOINT_INTERVAL_MS = 5000


class Timer(Protocol):
    """The part of QTimer the controllers use; tests pass a timer they fire by hand."""

    @property
    def timeout(self) -> SignalInstance: ...
    def start(self, msec: int) -> None: ...
    def stop(self) -> None: ...
    def isActive(self) -> bool: ...


class Practice(Protocol):
    """A breathing session or a relaxation player: its state and its record."""

    @property
    def state(self) -> SessionState: ...
    @property
    def started_s(self) -> float | None: ...  # the clock's monotonic time at its start
    def record(self) -> SessionRecord: ...


class PracticeController(QObject):
    """The shared part of the session controllers: begun, checkpointed, ended, rated after.

    Subclasses give ``_practice()`` (what runs now, if anything) and ``_after_change()``.

    Signals:
        state_changed(SessionState): ready, (settling,) running, paused, finished, stopped.
        frame(): paint now. Only a trigger: what is painted is read from the clock.
        readout_changed(object): the words and whole numbers shown changed.
        session_ended(SessionRecord): a session finished or was stopped.
        cue(Cue): a moment with a sound began (a phase, a step, the end).
        count(int): a whole second of a breath phase began: 2, 3, ... (the soft count).
        refused(SafetyError): the safety rules did not allow what was asked; nothing ran.
    """

    state_changed = Signal(object)
    frame = Signal()
    readout_changed = Signal(object)
    session_ended = Signal(object)
    cue = Signal(object)
    count = Signal(int)
    refused = Signal(object)

    def __init__(
        self,
        clock: Clock,
        frame_timer: Timer,
        checkpoint_timer: Timer,
        writer: RecordWriter,
        gate: SafetyGate,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.gate = gate  # every kind of session asks it before it starts or changes pace
        self._clock = clock
        self._frame_timer = frame_timer
        self._checkpoint_timer = checkpoint_timer
        self.writer = writer
        self._current: Unsaved | None = None  # the running session's row
        self._last_item: Unsaved | None = None  # the ended session, for its after check-in
        self.last_ended: SessionRecord | None = None
        self.frame_interval_ms = FRAME_INTERVAL_MS
        self._beat_feed: BeatFeed | None = None
        frame_timer.timeout.connect(self._on_frame)
        checkpoint_timer.timeout.connect(self._on_checkpoint)

    @property
    def clock(self) -> Clock:
        """The clock this practice runs on; what the screen fades with it follows it too."""
        return self._clock

    def set_beat_feed(self, feed: BeatFeed | None) -> None:
        """Where the beats of a session come from (a heart sensor); None: no sensor.

        A session's beats since its start are written with it, at its start, at every
        checkpoint and at its end, through the same writer (held in memory while it fails).
        """
        self._beat_feed = feed

    def _beats(self, practice: Practice) -> RrSeries | None:
        feed, start = self._beat_feed, practice.started_s
        return None if feed is None or start is None else feed.series_since(start)

    def _practice(self) -> Practice | None:
        raise NotImplementedError

    def _after_change(self) -> None:
        raise NotImplementedError

    @Slot()
    def _on_frame(self) -> None:
        self._after_change()

    def _begin(self, practice: Practice) -> None:
        """Written at once, then every few seconds while it runs."""
        self._current = self.writer.begin(practice.record(), self._beats(practice))
        self._checkpoint_timer.start(CHECKPOINT_INTERVAL_MS)

    @Slot()
    def _on_checkpoint(self) -> None:
        p = self._practice()
        if p is not None and p.state is SessionState.RUNNING:
            self._save_progress()
        else:
            self.writer.sync()
        if (p is None or not p.state.is_live) and not self.writer.has_unsaved():
            self._checkpoint_timer.stop()

    def _end(self, practice: Practice) -> None:
        assert self._current is not None
        self._frame_timer.stop()
        ended, self._current = self._current, None
        self._last_item = ended
        self.last_ended = practice.record()
        self.writer.save(ended, self.last_ended, final=True, beats=self._beats(practice))
        if not self.writer.has_unsaved():
            self._checkpoint_timer.stop()
        self.session_ended.emit(self.last_ended)

    @property
    def last_session_id(self) -> int | None:
        """The stored id of the session that just ended (None: none, or not written yet)."""
        return self._last_item.row_id if self._last_item is not None else None

    def record_after(self, after: Ratings, note: str = "") -> None:
        """Add the after check-in and the note to the session that just ended."""
        item = self._last_item
        if item is None:
            return
        record = replace(
            item.record, tension_after=after.tension, pain_after=after.pain, note=check_note(note)
        )
        self.last_ended = record
        self.writer.save(item, record, final=True)

    def _save_progress(self) -> None:
        p = self._practice()
        if p is not None and self._current is not None:
            self.writer.save(self._current, p.record(), beats=self._beats(p))

    def flush(self) -> bool:
        """Try once more to write everything; True when nothing is left in memory."""
        self._save_progress()
        return self.writer.sync()
