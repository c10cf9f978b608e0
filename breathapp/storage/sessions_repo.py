# SPDX-License-Identifier: GPL-3.0-or-later
"""Sessions in the history: written at start, checkpointed while running, finished at the end."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from breathapp.core.errors import StorageError
from breathapp.core.session import SessionRecord, SessionStatus
from breathapp.storage.checkpoint_journal import Row
from breathapp.storage.db import Database, read_one_row
from breathapp.storage.session_columns import (
    AT_START,
    ON_UPDATE,
    RECORD_SQL,
    insert_sql,
    record_from_row,
    seal_given,
    stored_values,
    update_sql,
)
from breathapp.storage.timestamps import from_iso_z_or_none, to_iso_z

# A session's columns when it starts, and as it runs and ends (see session_columns).
_ADD = insert_sql(AT_START)
_UPDATE = update_sql(ON_UPDATE)

_FIRST_STARTED = (
    "SELECT min(started_utc) FROM sessions"
    " WHERE profile_id = ? AND kind = 'breathing' AND pattern_text = ?"
)


def first_started_read_only(db_file: Path, profile_id: int, pattern_text: str) -> datetime | None:
    """SessionRepo.first_started on a file opened read-only (command-line checks): writes
    nothing, not even a new file; None when the file is missing or unreadable."""
    row = read_one_row(db_file, _FIRST_STARTED, (profile_id, pattern_text))
    return from_iso_z_or_none(row[0]) if row is not None else None


class SessionRepo:
    """Reads and writes sessions. ``tz`` fixes the zone of local_day (the system's by default)."""

    def __init__(self, db: Database, tz: tzinfo | None = None) -> None:
        self._db = db
        self._tz = tz

    def local_day(self, started_utc: datetime) -> str:
        """The calendar day (YYYY-MM-DD) a session started on, in the user's zone."""
        return started_utc.astimezone(self._tz).date().isoformat()

    def add(self, profile_id: int, record: SessionRecord) -> int:
        """Store a session as it starts; returns its id.

        When the store will not take it (a full disk), the journal keeps it (_keep), sealed
        as the table would hold it.
        """
        local_day = self.local_day(record.started_utc)
        given: dict[str, object] = {"profile_id": profile_id, "local_day": local_day}
        try:
            with self._db.transaction() as conn:
                key = self._db.keyring.sealing_key(conn, profile_id)
                given.update(seal_given(record, profile_id, key))
                cursor = conn.execute(_ADD, stored_values(record, AT_START, given))
                session_id = cursor.lastrowid
        except StorageError:
            self._keep(lambda: self._journal_row(record, profile_id, local_day, None))
            raise
        if session_id is None:
            raise RuntimeError("INSERT gave no row id")
        self._taken(record)
        return session_id

    def checkpoint(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None:
        """Save a running session's progress, so a crash loses seconds, not the session."""
        self._update(session_id, record, now_utc)

    def finish(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None:
        """Save a session's final state; its status must say how it ended."""
        if record.status is SessionStatus.RUNNING:
            raise ValueError("a finished session cannot have status 'running'")
        self._update(session_id, record, now_utc)

    def _update(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None:
        checkpoint = to_iso_z(now_utc)
        given: dict[str, object] = {"checkpoint_utc": checkpoint}
        try:
            with self._db.transaction() as conn:
                found = conn.execute(
                    "SELECT profile_id FROM sessions WHERE id = ?", (session_id,)
                ).fetchone()
                if found is None:
                    raise KeyError(session_id)
                profile_id = int(found[0])
                key = self._db.keyring.sealing_key(conn, profile_id)
                given.update(seal_given(record, profile_id, key))
                values = stored_values(record, ON_UPDATE, given)
                cursor = conn.execute(_UPDATE, [*values, session_id])
                if cursor.rowcount != 1:
                    raise KeyError(session_id)
        except StorageError:

            def row() -> Row | None:
                # Reading still works on a full disk: the row's profile and day.
                found = self._db.query(
                    "SELECT profile_id, local_day FROM sessions WHERE id = ?", (session_id,)
                )
                if not found:
                    return None
                profile_id, day = int(found[0][0]), str(found[0][1])
                return self._journal_row(record, profile_id, day, checkpoint)

            self._keep(row)
            raise
        self._taken(record)

    def _journal_row(
        self, record: SessionRecord, profile_id: int, day: str, checkpoint: str | None
    ) -> Row:
        """The session's row for the journal: a PIN profile's private values sealed, as in
        the table, so the journal never holds them in plain text."""
        from breathapp.storage.session_merge import session_row  # only when a write failed

        key = self._db.keyring.sealing_key(self._db.connection, profile_id)
        return session_row(record, profile_id, day, checkpoint, seal_given(record, profile_id, key))

    def _keep(self, row: Callable[[], Row | None]) -> None:
        """The session as the store would not take it, into the journal: a kill now loses
        no more than a checkpoint interval (checkpoint_journal)."""
        journal = self._db.journal
        if journal is None:
            return
        try:
            kept = row()
        except StorageError:
            return
        if kept is not None:
            journal.keep(kept)

    def _taken(self, record: SessionRecord) -> None:
        """The store took the session: the journal need not keep it any more."""
        journal = self._db.journal
        if journal is not None and journal.waiting:
            journal.forget(to_iso_z(record.started_utc), record.kind)

    def get(self, session_id: int) -> SessionRecord:
        rows = self._db.query(f"SELECT {RECORD_SQL} FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise KeyError(session_id)
        return record_from_row(rows[0], self._db.keyring)

    def list(
        self,
        profile_id: int,
        since_utc: datetime | None = None,
        until_utc: datetime | None = None,
    ) -> builtins.list[SessionRecord]:
        """A profile's sessions that started in [since_utc, until_utc), oldest first."""
        sql = f"SELECT {RECORD_SQL} FROM sessions WHERE profile_id = ?"
        params: builtins.list[object] = [profile_id]
        # The fixed-width ISO text sorts and compares in time order.
        if since_utc is not None:
            sql += " AND started_utc >= ?"
            params.append(to_iso_z(since_utc))
        if until_utc is not None:
            sql += " AND started_utc < ?"
            params.append(to_iso_z(until_utc))
        sql += " ORDER BY started_utc, id"
        keys = self._db.keyring
        return [record_from_row(row, keys) for row in self._db.query(sql, params)]

    def last(self, profile_id: int) -> SessionRecord | None:
        """The profile's most recent session that has ended, if any."""
        rows = self._db.query(
            f"SELECT {RECORD_SQL} FROM sessions WHERE profile_id = ? AND status != 'running'"
            " ORDER BY started_utc DESC, id DESC LIMIT 1",
            (profile_id,),
        )
        return record_from_row(rows[0], self._db.keyring) if rows else None

    def first_started(self, profile_id: int, pattern_text: str) -> datetime | None:
        """When the profile first breathed ``pattern_text`` (4-7-8's first month); None: never."""
        rows = self._db.query(_FIRST_STARTED, (profile_id, pattern_text))
        return from_iso_z_or_none(rows[0][0]) if rows else None

    def count(self, profile_id: int) -> int:
        rows = self._db.query("SELECT count(*) FROM sessions WHERE profile_id = ?", (profile_id,))
        return int(rows[0][0])
