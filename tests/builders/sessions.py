# SPDX-License-Identifier: GPL-3.0-or-later
"""Session records, and sessions stored in a database as the app or an old file left them."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from breathapp.core.session import LengthKind, SessionRecord, SessionStatus
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.sessions_repo import SessionRepo
from breathapp.storage.timestamps import to_iso_z

STARTED = datetime(2026, 11, 25, 8, 0, 0, 250000, tzinfo=UTC)  # make_record's start


def make_record(**changes: Any) -> SessionRecord:
    """A calm session of 5 minutes, just started at STARTED; keyword arguments replace fields."""
    record = SessionRecord(
        started_utc=STARTED,
        ended_utc=None,
        active_s=0.0,
        pattern_text="4-0-6-0",
        pattern_id="calm",
        rate_bpm=6.0,
        ramp_start_bpm=None,
        breaths=0,
        status=SessionStatus.RUNNING,
        length_kind=LengthKind.MINUTES,
        length_value=5.0,
    )
    return replace(record, **changes)


def completed_on(day: date, minutes: float = 10, **changes: Any) -> SessionRecord:
    """A calm session of ``minutes``, completed, started at noon UTC on ``day``.

    Noon UTC is the same calendar day in every time zone the tests may run in.
    """
    completed = make_record(
        started_utc=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
        active_s=minutes * 60,
        breaths=round(minutes * 6),
        status=SessionStatus.COMPLETED,
        length_value=minutes,
    )
    return replace(completed, **changes)


def add_finished(
    db: Database, records: Iterable[SessionRecord], tz: tzinfo | None = None, profile_id: int = 1
) -> list[int]:
    """Each record written as the app writes a session that ended: added, then finished.

    ``tz`` is the user's time zone, which gives each session its local day.
    """
    repo = SessionRepo(db, tz)
    rows = []
    for record in records:
        row = repo.add(profile_id, record)
        repo.finish(row, record, record.ended_utc or record.started_utc)
        rows.append(row)
    return rows


def store_finished(
    data_dir: Path, records: Iterable[SessionRecord], now_utc: datetime, tz: tzinfo | None = None
) -> Path:
    """A data folder whose store holds these ended sessions (see add_finished); its file."""
    db, _report = Database.open(data_dir, now_utc)
    try:
        add_finished(db, records, tz)
    finally:
        db.close()
    return data_dir / DB_FILENAME


def stored_records(db: Database, profile_id: int = 1) -> list[SessionRecord]:
    """The profile's sessions as read back, without the row and profile ids."""
    return [replace(r, id=None, profile_id=None) for r in SessionRepo(db).list(profile_id)]


def put_session(
    db: Database,
    day: date,
    minutes: float,
    status: str = "completed",
    kind: str = "breathing",
    tension: tuple[int | None, int | None] = (None, None),
    pain: tuple[int | None, int | None] = (None, None),
    rate: float = 6.0,
    note: str = "",
    hour: int = 9,
) -> None:
    """A calm session row of profile 1 on the local ``day`` given, whatever the time zone.

    Written straight into the table, as the history screens read it: ``hour`` is UTC.
    """
    start = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO sessions (profile_id, kind, started_utc, ended_utc, local_day,"
            " active_s, pattern_text, pattern_id, rate_bpm, breaths, status, length_kind,"
            " length_value, tension_before, tension_after, pain_before, pain_after, note)"
            " VALUES (1, ?, ?, ?, ?, ?, '4-0-6-0', 'calm', ?, 0, ?, 'minutes', 5, ?, ?, ?, ?, ?)",
            (
                kind,
                to_iso_z(start),
                to_iso_z(start + timedelta(minutes=minutes)),
                day.isoformat(),
                minutes * 60,
                rate,
                status,
                *tension,
                *pain,
                note,
            ),
        )


def files_after_a_kill(data_dir: Path, tmp_path: Path) -> Path:
    """What a kill -9 leaves on disk: the data folder's files copied while the store is
    still open (the database, its -wal and -shm, the checkpoint journal)."""
    copy = tmp_path / "after-the-kill"
    copy.mkdir()
    for path in data_dir.iterdir():
        if path.is_file():
            shutil.copy2(path, copy / path.name)
    return copy
