# SPDX-License-Identifier: GPL-3.0-or-later
"""A kill while the disk is full loses at most one checkpoint interval (the journal file)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from breathapp.core.session import SessionRecord, SessionStatus
from breathapp.storage.checkpoint_journal import FILE_BYTES, JOURNAL_FILENAME
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.errors import StorageError, StorageProblem
from breathapp.storage.sessions_repo import SessionRepo
from breathapp.storage.timestamps import to_iso_z
from tests.builders.full_disk import FullDiskConnection
from tests.builders.sessions import STARTED, files_after_a_kill, make_record

CHECKPOINT_S = 5  # controllers.practice.CHECKPOINT_INTERVAL_MS


def _at(seconds: float, **changes: Any) -> SessionRecord:
    """The session as it stands ``seconds`` into it (a breath every 10 s)."""
    return make_record(active_s=float(seconds), breaths=int(seconds // 10), **changes)


def _checkpoints(repo: SessionRepo, session_id: int, until_s: int) -> None:
    """A checkpoint every 5 s up to ``until_s``; those on the full disk fail, as they do."""
    for second in range(CHECKPOINT_S, until_s + 1, CHECKPOINT_S):
        try:
            repo.checkpoint(session_id, _at(second), STARTED + timedelta(seconds=second))
        except StorageError as error:
            assert error.problem is StorageProblem.DISK_FULL


def test_a_kill_on_a_full_disk_loses_at_most_one_checkpoint_interval(
    data_dir: Path, tmp_path: Path, now: datetime, disk: type[FullDiskConnection]
) -> None:
    db, _ = Database.open(data_dir, now)
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    _checkpoints(repo, session_id, 5)
    disk.full = True  # the disk fills at 5 s; the kill comes at 24 s
    _checkpoints(repo, session_id, 24)
    killed = files_after_a_kill(data_dir, tmp_path)
    db.close()

    disk.full = False
    db, report = Database.open(killed, now + timedelta(minutes=1))
    with db:
        got = SessionRepo(db).get(session_id)
    assert got.status is SessionStatus.INTERRUPTED
    assert 24 - got.active_s <= CHECKPOINT_S  # today: 19 of 24 s lost
    assert got.ended_utc == STARTED + timedelta(seconds=20)
    assert report.interrupted_recovered == 1


def test_a_session_that_ended_on_a_full_disk_comes_back_completed(
    data_dir: Path, tmp_path: Path, now: datetime, disk: type[FullDiskConnection]
) -> None:
    db, _ = Database.open(data_dir, now)
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    disk.full = True
    end = STARTED + timedelta(minutes=5)
    done = _at(300, status=SessionStatus.COMPLETED, ended_utc=end, note="lighter")
    with pytest.raises(StorageError):
        repo.finish(session_id, done, end)
    killed = files_after_a_kill(data_dir, tmp_path)
    db.close()

    disk.full = False
    db, report = Database.open(killed, now)
    with db:
        got = SessionRepo(db).get(session_id)
    assert (got.status, got.active_s, got.note, got.ended_utc) == (
        SessionStatus.COMPLETED,
        300.0,
        "lighter",
        end,
    )
    assert report.interrupted_recovered == 0


def test_a_session_the_full_disk_never_let_in_is_kept_too(
    data_dir: Path, tmp_path: Path, now: datetime, disk: type[FullDiskConnection]
) -> None:
    db, _ = Database.open(data_dir, now)
    repo = SessionRepo(db)
    disk.full = True
    for second in (0, 5, 10):
        with pytest.raises(StorageError):
            repo.add(1, _at(second))  # the writer tries again with the session as it stands
    killed = files_after_a_kill(data_dir, tmp_path)
    db.close()

    disk.full = False
    db, _ = Database.open(killed, now)
    with db:
        (got,) = SessionRepo(db).list(1)
    assert (got.status, got.active_s, got.started_utc) == (
        SessionStatus.INTERRUPTED,
        10.0,
        STARTED,
    )


def test_once_the_disk_takes_writes_again_the_database_wins(
    data_dir: Path, tmp_path: Path, now: datetime, disk: type[FullDiskConnection]
) -> None:
    db, _ = Database.open(data_dir, now)
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    disk.full = True
    _checkpoints(repo, session_id, 10)
    disk.full = False
    _checkpoints(repo, session_id, 30)
    assert db.journal is not None and not db.journal.waiting
    killed = files_after_a_kill(data_dir, tmp_path)
    db.close()

    db, _ = Database.open(killed, now)
    with db:
        assert SessionRepo(db).get(session_id).active_s == 30.0


def test_the_journal_is_made_full_size_when_the_store_opens_and_never_grows(
    data_dir: Path, now: datetime, disk: type[FullDiskConnection]
) -> None:
    db, _ = Database.open(data_dir, now)
    journal = data_dir / JOURNAL_FILENAME
    assert journal.stat().st_size == FILE_BYTES
    assert journal.read_bytes() == bytes(FILE_BYTES)
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    disk.full = True
    _checkpoints(repo, session_id, 600)
    db.close()
    assert journal.stat().st_size == FILE_BYTES


def test_a_torn_journal_is_passed_over(data_dir: Path, now: datetime) -> None:
    Database.open(data_dir, now)[0].close()
    (data_dir / JOURNAL_FILENAME).write_bytes(b"BAJ1" + b"\xff" * (FILE_BYTES - 4))
    db, report = Database.open(data_dir, now)
    db.close()
    assert report.interrupted_recovered == 0
    assert (data_dir / JOURNAL_FILENAME).stat().st_size == FILE_BYTES


def test_a_journal_never_makes_a_session_older(
    data_dir: Path, tmp_path: Path, now: datetime, disk: type[FullDiskConnection]
) -> None:
    """The journal of a full disk, then the database written later by another way."""
    db, _ = Database.open(data_dir, now)
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    disk.full = True
    _checkpoints(repo, session_id, 10)
    killed = files_after_a_kill(data_dir, tmp_path)
    db.close()
    disk.full = False
    end = STARTED + timedelta(minutes=5)
    with closing(sqlite3.connect(killed / DB_FILENAME)) as conn:
        conn.execute(
            "UPDATE sessions SET status = 'completed', active_s = 300, checkpoint_utc = ?",
            (to_iso_z(end),),
        )
        conn.commit()
    db, _ = Database.open(killed, now)
    with db:
        got = SessionRepo(db).get(session_id)
    assert (got.status, got.active_s) == (SessionStatus.COMPLETED, 300.0)
