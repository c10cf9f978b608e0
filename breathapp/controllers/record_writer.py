# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes practice sessions to the store, holding them in memory while it will not take them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.session import SessionRecord, SessionStatus


class SessionStore(Protocol):
    """Where sessions go (storage.sessions_repo.SessionRepo)."""

    def add(self, profile_id: int, record: SessionRecord) -> int: ...
    def checkpoint(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None: ...
    def finish(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None: ...
    def last(self, profile_id: int) -> SessionRecord | None: ...


class Unsaved:
    """A session the store has not fully taken yet (a full disk, a read-only folder)."""

    __slots__ = ("final", "record", "row_id")

    def __init__(self, record: SessionRecord) -> None:
        self.row_id: int | None = None
        self.record = record
        self.final = False


class RecordWriter(QObject):
    """One queue of sessions to write, oldest first, shared by every kind of session.

    Signals:
        storage_failed(StorageError): a write failed; sessions wait in memory.
        storage_recovered(): everything held in memory has been written.
    """

    storage_failed = Signal(object)
    storage_recovered = Signal()

    def __init__(
        self, clock: Clock, store: SessionStore, profile_id: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self.profile_id = profile_id
        self._dirty: list[Unsaved] = []
        self._failing = False
        # The last session that ended, of any kind: what the next one may learn from.
        self.last_ended: SessionRecord | None = store.last(profile_id)

    def begin(self, record: SessionRecord) -> Unsaved:
        """A new session: written at once (or held until the store takes it)."""
        item = Unsaved(record)
        self.save(item, record)
        return item

    def save(self, item: Unsaved, record: SessionRecord, final: bool = False) -> None:
        """The session as it stands now; ``final`` once it has ended."""
        item.record = record
        item.final = item.final or final
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
