# SPDX-License-Identifier: GPL-3.0-or-later
"""Recovery at open: damaged files moved aside and restored, cut-off sessions marked."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from breathapp.core.session import SessionStatus
from breathapp.storage.db import DB_FILENAME, SCHEMA_VERSION, Database
from breathapp.storage.files import check_file
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import make_record


def _fill(db: Database, n: int) -> None:
    repo = SessionRepo(db)
    for i in range(n):
        repo.add(1, make_record(status=SessionStatus.COMPLETED, breaths=i))


def _age(path: Path, seconds_ago: int) -> None:
    """Give a file a definite modification time, so 'newest' never depends on timing."""
    moment = 1_800_000_000 - seconds_ago
    os.utime(path, (moment, moment))


def test_random_bytes_are_moved_aside_and_a_fresh_database_started(
    data_dir: Path, now: datetime, stamp: str
) -> None:
    data_dir.mkdir()
    garbage = os.urandom(8192)
    (data_dir / DB_FILENAME).write_bytes(garbage)
    db, report = Database.open(data_dir, now)
    with db:
        assert ProfileRepo(db).default().id == 1
        assert SessionRepo(db).count(1) == 0
    moved = data_dir / f"breathapp.damaged-{stamp}.db"
    assert report.damaged_moved_to == moved
    assert moved.read_bytes() == garbage
    assert report.restored_from is None
    assert report.started_fresh_after_damage


def test_damaged_name_already_taken_is_never_overwritten(
    data_dir: Path, now: datetime, stamp: str
) -> None:
    data_dir.mkdir()
    taken = data_dir / f"breathapp.damaged-{stamp}.db"
    taken.write_bytes(b"earlier damaged file")
    (data_dir / DB_FILENAME).write_bytes(b"junk" * 100)
    (data_dir / (DB_FILENAME + "-wal")).write_bytes(b"wal junk")
    db, report = Database.open(data_dir, now)
    db.close()
    moved = data_dir / f"breathapp.damaged-{stamp}-2.db"
    assert report.damaged_moved_to == moved
    assert taken.read_bytes() == b"earlier damaged file"
    assert moved.read_bytes() == b"junk" * 100
    assert (data_dir / f"breathapp.damaged-{stamp}-2.db-wal").read_bytes() == b"wal junk"


def test_truncated_database_is_restored_from_the_newest_good_backup(
    data_dir: Path, now: datetime, stamp: str
) -> None:
    db, _ = Database.open(data_dir, now)
    with db:
        _fill(db, 1)
        older = db.daily_backup(date(2026, 11, 23))
        _fill(db, 1)
        newer = db.daily_backup(date(2026, 11, 24))
        _fill(db, 300)
    assert older is not None and newer is not None
    broken_backup = db.backup_dir / "breathapp-2026-11-25.db"
    broken_backup.write_bytes(b"\0" * 4096)
    _age(older, 300)
    _age(newer, 200)
    _age(broken_backup, 100)  # the newest, but damaged: must be passed over
    path = data_dir / DB_FILENAME
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.truncate(size // 2)
    truncated = path.read_bytes()

    db, report = Database.open(data_dir, now)
    with db:
        assert SessionRepo(db).count(1) == 2
    assert report.damaged_moved_to == data_dir / f"breathapp.damaged-{stamp}.db"
    assert report.damaged_moved_to.read_bytes() == truncated
    assert report.restored_from == newer
    assert not report.started_fresh_after_damage
    assert newer.exists() and older.exists() and broken_backup.exists()


def test_crash_leaves_an_interrupted_session_with_its_last_checkpoint(
    data_dir: Path, now: datetime
) -> None:
    start = datetime(2026, 11, 25, 8, 0, 0, 250000, tzinfo=now.tzinfo)
    db, _ = Database.open(data_dir, now)
    repo = SessionRepo(db)
    done = repo.add(1, make_record(started_utc=start - timedelta(days=1)))
    finished = make_record(
        started_utc=start - timedelta(days=1),
        ended_utc=start - timedelta(days=1) + timedelta(minutes=5),
        active_s=300.0,
        breaths=30,
        status=SessionStatus.COMPLETED,
    )
    repo.finish(done, finished, start - timedelta(days=1) + timedelta(minutes=5))
    cut_off = repo.add(1, make_record(started_utc=start))
    checkpoint_at = start + timedelta(seconds=12)
    repo.checkpoint(
        cut_off, make_record(started_utc=start, active_s=10.0, breaths=1), checkpoint_at
    )
    never_checkpointed = repo.add(1, make_record(started_utc=start + timedelta(minutes=1)))
    db.close()  # without finishing: the process "died"

    db, report = Database.open(data_dir, now + timedelta(hours=1))
    with db:
        repo = SessionRepo(db)
        got = repo.get(cut_off)
        assert got.status is SessionStatus.INTERRUPTED
        assert got.active_s == 10.0
        assert got.breaths == 1
        assert got.ended_utc == checkpoint_at
        other = repo.get(never_checkpointed)
        assert other.status is SessionStatus.INTERRUPTED
        assert other.ended_utc == other.started_utc
        assert repo.get(done) == replace(finished, id=done, profile_id=1)
    assert report.interrupted_recovered == 2


def test_hot_wal_left_by_a_killed_process_is_recovered(
    tmp_path: Path, data_dir: Path, now: datetime
) -> None:
    """Copy the files while the writer is still open: what a kill -9 leaves on disk."""
    db, _ = Database.open(data_dir, now)
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    repo.checkpoint(session_id, make_record(active_s=5.0), now)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in (DB_FILENAME, DB_FILENAME + "-wal"):
        shutil.copy2(data_dir / name, crashed / name)
    db.close()

    db, report = Database.open(crashed, now)
    with db:
        got = SessionRepo(db).get(session_id)
    assert report.interrupted_recovered == 1
    assert report.damaged_moved_to is None
    assert got.status is SessionStatus.INTERRUPTED
    assert got.active_s == 5.0
    assert got.ended_utc == now.replace(microsecond=123000)


def test_quick_check_failure_counts_as_damage(data_dir: Path, now: datetime) -> None:
    """A file SQLite still opens, but whose sessions page claims more rows than it holds."""
    db, _ = Database.open(data_dir, now)
    with db:
        repo = SessionRepo(db)
        for minute in range(5):
            started = datetime(2026, 11, 25, 8, minute, tzinfo=now.tzinfo)
            repo.add(1, make_record(status=SessionStatus.COMPLETED, started_utc=started))
        root = db.query("SELECT rootpage FROM sqlite_master WHERE name = 'sessions'")[0][0]
        page_size = db.query("PRAGMA page_size")[0][0]
    path = data_dir / DB_FILENAME
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size + 3)  # the b-tree page header's cell count
        stream.write((9).to_bytes(2, "big"))
    check = check_file(path, SCHEMA_VERSION)
    assert check.damaged and check.user_version == SCHEMA_VERSION  # by quick_check, not open
    assert "page" in check.detail
    db, report = Database.open(data_dir, now)
    with db:
        # The five rows still read are brought back; the page's four phantoms are not.
        assert SessionRepo(db).count(1) == 5
    assert report.damaged_moved_to is not None
    assert report.started_fresh_after_damage
    assert report.sessions_salvaged == 5


def test_an_empty_file_is_damage_and_the_newest_good_backup_is_restored(
    data_dir: Path, now: datetime, stamp: str
) -> None:
    db, _ = Database.open(data_dir, now)
    with db:
        _fill(db, 3)
        backup = db.daily_backup(date(2026, 11, 24))
    assert backup is not None
    path = data_dir / DB_FILENAME
    path.write_bytes(b"")

    db, report = Database.open(data_dir, now)
    with db:
        assert SessionRepo(db).count(1) == 3
    assert report.damaged_moved_to == data_dir / f"breathapp.damaged-{stamp}.db"
    assert report.damaged_moved_to.read_bytes() == b""
    assert report.restored_from == backup


def test_a_file_shorter_than_a_header_is_damage_even_without_a_backup(
    data_dir: Path, now: datetime, stamp: str
) -> None:
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(b"SQLite format 3\x00")
    db, report = Database.open(data_dir, now)
    db.close()
    assert report.damaged_moved_to == data_dir / f"breathapp.damaged-{stamp}.db"
    assert report.started_fresh_after_damage
