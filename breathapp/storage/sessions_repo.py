# SPDX-License-Identifier: GPL-3.0-or-later
"""Sessions in the history: written at start, checkpointed while running, finished at the end."""

from __future__ import annotations

import builtins
import json
import sqlite3
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from breathapp.core.session import LengthKind, SessionRecord, SessionStatus
from breathapp.storage.db import Database, read_one_row
from breathapp.storage.timestamps import (
    from_iso_z,
    from_iso_z_or_none,
    to_iso_z,
    to_iso_z_or_none,
)

if TYPE_CHECKING:
    from breathapp.core.live_pace import Shown

# Every column a SessionRecord is made of, in one place for every reader.
SESSION_COLUMNS = (
    "id, profile_id, kind, started_utc, ended_utc, active_s, pattern_text, pattern_id,"
    " rate_bpm, ramp_start_bpm, breaths, status, length_kind, length_value, dizzy,"
    " tension_before, tension_after, pain_before, pain_after, note, demo_log"
)


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
        """Store a session as it starts; returns its id."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (profile_id, kind, started_utc, ended_utc, local_day,"
                " active_s, pattern_text, pattern_id, rate_bpm, ramp_start_bpm, breaths,"
                " status, length_kind, length_value, dizzy, tension_before, pain_before)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    profile_id,
                    record.kind,
                    to_iso_z(record.started_utc),
                    to_iso_z_or_none(record.ended_utc),
                    self.local_day(record.started_utc),
                    record.active_s,
                    record.pattern_text,
                    record.pattern_id,
                    record.rate_bpm,
                    record.ramp_start_bpm,
                    record.breaths,
                    record.status.value,
                    record.length_kind.value,
                    record.length_value,
                    int(record.dizzy),
                    record.tension_before,
                    record.pain_before,
                ),
            )
            session_id = cursor.lastrowid
        if session_id is None:
            raise RuntimeError("INSERT gave no row id")
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
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET active_s = ?, breaths = ?, status = ?, ended_utc = ?,"
                " checkpoint_utc = ?, dizzy = ?, tension_after = ?, pain_after = ?, note = ?,"
                " demo_log = ? WHERE id = ?",
                (
                    record.active_s,
                    record.breaths,
                    record.status.value,
                    to_iso_z_or_none(record.ended_utc),
                    to_iso_z(now_utc),
                    int(record.dizzy),
                    record.tension_after,
                    record.pain_after,
                    record.note,
                    shown_to_json(record.shown),
                    session_id,
                ),
            )
            if cursor.rowcount != 1:
                raise KeyError(session_id)

    def get(self, session_id: int) -> SessionRecord:
        rows = self._db.query(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise KeyError(session_id)
        return record_from_row(rows[0])

    def list(
        self,
        profile_id: int,
        since_utc: datetime | None = None,
        until_utc: datetime | None = None,
    ) -> builtins.list[SessionRecord]:
        """A profile's sessions that started in [since_utc, until_utc), oldest first."""
        sql = f"SELECT {SESSION_COLUMNS} FROM sessions WHERE profile_id = ?"
        params: builtins.list[object] = [profile_id]
        # The fixed-width ISO text sorts and compares in time order.
        if since_utc is not None:
            sql += " AND started_utc >= ?"
            params.append(to_iso_z(since_utc))
        if until_utc is not None:
            sql += " AND started_utc < ?"
            params.append(to_iso_z(until_utc))
        sql += " ORDER BY started_utc, id"
        return [record_from_row(row) for row in self._db.query(sql, params)]

    def last(self, profile_id: int) -> SessionRecord | None:
        """The profile's most recent session that has ended, if any."""
        rows = self._db.query(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE profile_id = ? AND status != 'running'"
            " ORDER BY started_utc DESC, id DESC LIMIT 1",
            (profile_id,),
        )
        return record_from_row(rows[0]) if rows else None

    def first_started(self, profile_id: int, pattern_text: str) -> datetime | None:
        """When the profile first breathed ``pattern_text`` (4-7-8's first month); None: never."""
        rows = self._db.query(_FIRST_STARTED, (profile_id, pattern_text))
        return from_iso_z_or_none(rows[0][0]) if rows else None

    def count(self, profile_id: int) -> int:
        rows = self._db.query("SELECT count(*) FROM sessions WHERE profile_id = ?", (profile_id,))
        return int(rows[0][0])


def record_from_row(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        started_utc=from_iso_z(row["started_utc"]),
        ended_utc=from_iso_z_or_none(row["ended_utc"]),
        active_s=float(row["active_s"]),
        pattern_text=row["pattern_text"],
        pattern_id=row["pattern_id"],
        rate_bpm=float(row["rate_bpm"]),
        ramp_start_bpm=None if row["ramp_start_bpm"] is None else float(row["ramp_start_bpm"]),
        breaths=int(row["breaths"]),
        status=SessionStatus(row["status"]),
        length_kind=LengthKind(row["length_kind"]),
        length_value=float(row["length_value"]),
        kind=row["kind"],
        dizzy=bool(row["dizzy"]),
        tension_before=row["tension_before"],
        tension_after=row["tension_after"],
        pain_before=row["pain_before"],
        pain_after=row["pain_after"],
        note=row["note"],
        shown=shown_from_json(row["demo_log"]),
        id=int(row["id"]),
        profile_id=int(row["profile_id"]),
    )


def shown_to_json(shown: tuple[Shown, ...]) -> str | None:
    """What a live demonstration showed, as JSON text; None for an ordinary session."""
    if not shown:
        return None
    items = [{"pattern": s.pattern.text(), "seconds": round(s.seconds, 3)} for s in shown]
    return json.dumps(items, separators=(",", ":"))


def shown_from_json(text: str | None) -> tuple[Shown, ...]:
    """The demo log back; a damaged one reads as empty rather than hiding the session."""
    if not text:
        return ()
    # Only a demonstration has a log: these load then, off the start-up path.
    from breathapp.core.live_pace import Shown
    from breathapp.core.patterns import PatternError, parse

    try:
        items = json.loads(text)
        return tuple(Shown(parse(str(i["pattern"])), float(i["seconds"])) for i in items)
    except (ValueError, TypeError, KeyError, PatternError):
        return ()
