# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes practice sessions to the store, holding them in memory while it will not take them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.session import SessionRecord, SessionStatus

if TYPE_CHECKING:  # the heart loads with its first use: off the start-up path
    from breathapp.core.heart.beats import RrSeries


class SessionStore(Protocol):
    """Where sessions go (storage.sessions_repo.SessionRepo)."""

    def add(self, profile_id: int, record: SessionRecord) -> int: ...
    def checkpoint(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None: ...
    def finish(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None: ...
    def last(self, profile_id: int) -> SessionRecord | None: ...


class BeatStore(Protocol):
    """Where a session's beats go (storage.heart_repo.RrRepo): saved whole, replacing."""

    def save(self, session_id: int, series: RrSeries) -> None: ...


class BeatFeed(Protocol):
    """A source of beats (controllers.heart_controller.HeartController): the beats since a
    moment on the app's monotonic clock, times from that moment; None when none came."""

    def series_since(self, start_s: float) -> RrSeries | None: ...


class Unsaved:
    """A session the store has not fully taken yet (a full disk, a read-only folder)."""

    __slots__ = ("beats", "beats_due", "final", "record", "row_id")

    def __init__(self, record: SessionRecord) -> None:
        self.row_id: int | None = None
        self.record = record
        self.final = False
        self.beats: RrSeries | None = None  # the session's beats as they stand now
        self.beats_due = False  # beats the store has not taken yet


class RecordWriter(QObject):
    """One queue of sessions to write, oldest first, shared by every kind of session.

    Signals:
        storage_failed(StorageError): a write failed; sessions wait in memory.
        storage_recovered(): everything held in memory has been written.
    """

    storage_failed = Signal(object)
    storage_recovered = Signal()

    def __init__(
        self,
        clock: Clock,
        store: SessionStore,
        profile_id: int,
        parent: QObject | None = None,
        beats: Callable[[], BeatStore] | None = None,
    ) -> None:
        """``beats`` makes where a session's beats go, the first time a session has some."""
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._make_beat_store = beats
        self._beat_store: BeatStore | None = None
        self.profile_id = profile_id
        self._dirty: list[Unsaved] = []
        self._failing = False
        # The last session that ended, of any kind: what the next one may learn from.
        self.last_ended: SessionRecord | None = store.last(profile_id)

    def begin(self, record: SessionRecord, beats: RrSeries | None = None) -> Unsaved:
        """A new session: written at once (or held until the store takes it)."""
        item = Unsaved(record)
        self.save(item, record, beats=beats)
        return item

    def save(
        self,
        item: Unsaved,
        record: SessionRecord,
        final: bool = False,
        beats: RrSeries | None = None,
    ) -> None:
        """The session as it stands now; ``final`` once it has ended. ``beats``: its beats
        from its start until now (None: none came, or no change), written after the session
        in the same turn of the queue, and held with it in memory while the store fails."""
        item.record = record
        item.final = item.final or final
        if beats is not None:
            item.beats = beats
            item.beats_due = True
        if item.final:
            self.last_ended = record
        if all(x is not item for x in self._dirty):
            self._dirty.append(item)
        self.sync()

    def has_unsaved(self) -> bool:
        """True while a session lives only in memory because the store would not take it."""
        return bool(self._dirty)

    def sync(self) -> bool:
        """Write what waits, oldest first; say once when it fails and once when it works.

        True when nothing is left in memory.
        """
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
        return not self._dirty

    def _write(self, item: Unsaved) -> None:
        now = self._clock.now_utc()
        if item.row_id is None:
            item.row_id = self._store.add(
                self.profile_id, replace(item.record, status=SessionStatus.RUNNING)
            )
        if item.final:
            self._store.finish(item.row_id, item.record, now)
        else:
            self._store.checkpoint(item.row_id, item.record, now)
        if item.beats_due and item.beats is not None:
            store = self._beats()
            if store is not None:
                store.save(item.row_id, item.beats)
            item.beats_due = False

    def _beats(self) -> BeatStore | None:
        if self._beat_store is None and self._make_beat_store is not None:
            self._beat_store = self._make_beat_store()
        return self._beat_store
