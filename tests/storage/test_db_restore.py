# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups hold a consistent state, and a restore never makes a session older than it was."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

from breathapp.core.session import SessionStatus
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import STARTED, make_record

END = STARTED + timedelta(minutes=5)
DONE = make_record(active_s=300.0, breaths=30, status=SessionStatus.COMPLETED, ended_utc=END)


def _rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT status, active_s, ended_utc FROM sessions").fetchall()


def test_a_backup_holds_no_running_session(data_dir: Path, now: datetime) -> None:
    db, _ = Database.open(data_dir, now)
    with db:
        repo = SessionRepo(db)
        repo.add(1, make_record())  # started with --start: nothing practised yet
        under_way = repo.add(1, make_record(started_utc=STARTED - timedelta(hours=1)))
        at = STARTED - timedelta(minutes=58)
        repo.checkpoint(under_way, make_record(active_s=120.0, breaths=12), at)
        backup = db.daily_backup(now.date())
        assert [r.status for r in repo.list(1)] == [SessionStatus.RUNNING] * 2  # the live store
    assert backup is not None
    # Nothing practised: left out. Under way: as a kill now would leave it, with its time.
    assert _rows(backup) == [("interrupted", 120.0, "2026-11-25T07:02:00.250Z")]


def _damage_an_index(path: Path) -> None:
    """Break a page of an index: quick_check fails, the sessions table still reads."""
    with closing(sqlite3.connect(path)) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sessions_profile_day'"
        ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\x00" * 8)


def _started_then_done(data_dir: Path, now: datetime) -> int:
    """A session started (--start), the day's backup taken, then the session completed."""
    db, _ = Database.open(data_dir, now)
    with db:
        repo = SessionRepo(db)
        session_id = repo.add(1, make_record())
        assert db.daily_backup(now.date()) is not None
        repo.finish(session_id, DONE, END)
    return session_id


def test_a_restore_never_brings_a_completed_session_back_as_interrupted(
    data_dir: Path, now: datetime
) -> None:
    session_id = _started_then_done(data_dir, now)
    (data_dir / DB_FILENAME).write_bytes(b"")  # nothing readable is left

    db, report = Database.open(data_dir, now + timedelta(hours=1))
    with db:
        got = SessionRepo(db).list(1)
    assert report.restored_from is not None
    assert [(r.status, r.active_s) for r in got if r.id == session_id] in (
        [],
        [(SessionStatus.COMPLETED, 300.0)],
    )  # today: interrupted, 0 s


def test_what_the_damaged_file_still_tells_is_brought_back(data_dir: Path, now: datetime) -> None:
    session_id = _started_then_done(data_dir, now)
    db, _ = Database.open(data_dir, now)
    with db:
        later = SessionRepo(db).add(1, make_record(started_utc=END + timedelta(hours=2)))
    path = data_dir / DB_FILENAME
    _damage_an_index(path)
    damaged = path.read_bytes()

    db, report = Database.open(data_dir, now + timedelta(hours=3))
    with db:
        repo = SessionRepo(db)
        got = repo.get(session_id)
        after = [r for r in repo.list(1) if r.started_utc == END + timedelta(hours=2)]
    assert report.damaged_moved_to is not None and report.restored_from is not None
    assert report.damaged_moved_to.read_bytes() == damaged  # read, never changed
    assert (got.status, got.active_s, got.ended_utc) == (SessionStatus.COMPLETED, 300.0, END)
    assert [r.status for r in after] == [SessionStatus.INTERRUPTED]
    assert report.sessions_salvaged == 2
    assert later  # its row id in the old file; the restored one may differ
