# SPDX-License-Identifier: GPL-3.0-or-later
"""Daily backups, transactions, and a full disk while writing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from breathapp.core.session import SessionStatus
from breathapp.storage import db as dbmod
from breathapp.storage import files, migrations
from breathapp.storage.backup_rotation import KEEP_DAILY_BACKUPS
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.errors import StorageError, StorageProblem
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import make_record

DAY = date(2026, 11, 25)


def _tiny_target(path: Path) -> sqlite3.Connection:
    """A copy target on a "disk" with room for one page."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA max_page_count = 1")
    return conn


def test_daily_backup_once_per_day(db: Database) -> None:
    SessionRepo(db).add(1, make_record(status=SessionStatus.COMPLETED, active_s=300.0))
    first = db.daily_backup(DAY)
    assert first == db.backup_dir / "breathapp-2026-11-25.db"
    assert db.daily_backup(DAY) is None
    with closing(sqlite3.connect(first)) as conn:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert sorted(p.name for p in db.backup_dir.iterdir()) == ["breathapp-2026-11-25.db"]


def test_only_the_newest_seven_dailies_are_kept(db: Database) -> None:
    db.backup_dir.mkdir()
    other = db.backup_dir / "breathapp-before-v2-20200101T000000Z.db"
    other.write_bytes(b"pre-migration backup")
    mine = db.backup_dir / "notes.txt"
    mine.write_text("not ours")
    for n in range(10):
        assert db.daily_backup(DAY + timedelta(days=n)) is not None
    dailies = sorted(p.name for p in db.backup_dir.glob("breathapp-2026-*.db"))
    assert len(dailies) == KEEP_DAILY_BACKUPS == 7
    assert dailies[0] == "breathapp-2026-11-28.db"
    assert dailies[-1] == "breathapp-2026-12-04.db"
    assert other.read_bytes() == b"pre-migration backup"
    assert mine.read_text() == "not ours"


def test_daily_backup_on_a_full_disk(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "_open_copy_target", _tiny_target)
    with pytest.raises(StorageError) as info:
        db.daily_backup(DAY)
    assert info.value.problem is StorageProblem.DISK_FULL
    assert list(db.backup_dir.iterdir()) == []  # no half copy left behind
    monkeypatch.undo()
    assert db.daily_backup(DAY) is not None  # and the next try works


def test_no_migration_without_its_backup(
    data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(data_dir, now)[0].close()
    before = (data_dir / DB_FILENAME).read_bytes()

    def v2(conn: sqlite3.Connection, now_utc: datetime) -> None:
        conn.execute("CREATE TABLE plans (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v2])
    monkeypatch.setattr(files, "_open_copy_target", _tiny_target)
    with pytest.raises(StorageError) as info:
        Database.open(data_dir, now)
    assert info.value.problem is StorageProblem.DISK_FULL
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_disk_full_while_writing_keeps_what_was_written(
    data_dir: Path, db: Database, now: datetime
) -> None:
    repo = SessionRepo(db)
    pages = db.query("PRAGMA page_count")[0][0]
    db.connection.execute(f"PRAGMA max_page_count = {pages + 3}")
    long_text = "4-0-6-0 " * 200
    written: list[int] = []
    with pytest.raises(StorageError) as info:
        for _ in range(1000):
            written.append(repo.add(1, make_record(pattern_text=long_text)))
    assert info.value.problem is StorageProblem.DISK_FULL
    assert info.value.path == db.path
    assert "full" in str(info.value)
    assert written
    assert not db.connection.in_transaction
    assert repo.count(1) == len(written)
    db.close()
    db2, _ = Database.open(data_dir, now)
    with db2:
        again = SessionRepo(db2)
        assert again.count(1) == len(written)
        assert again.get(written[-1]).pattern_text == long_text


def test_transaction_rolls_back_on_error(db: Database) -> None:
    repo = SessionRepo(db)
    with pytest.raises(RuntimeError), db.transaction():
        repo.add(1, make_record())
        raise RuntimeError("boom")
    assert repo.count(1) == 0


def test_nested_transaction_is_a_savepoint(db: Database) -> None:
    repo = SessionRepo(db)
    with db.transaction():
        repo.add(1, make_record())
        with pytest.raises(KeyError), db.transaction():
            repo.add(1, make_record())
            raise KeyError("inner")
        assert repo.count(1) == 1
    assert repo.count(1) == 1


def test_programming_errors_are_not_storage_errors(db: Database) -> None:
    with pytest.raises(sqlite3.OperationalError):
        db.query("SELECT nonsense FROM nowhere")
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO preferences (profile_id, key, value) VALUES (99, 'pattern', '1')")


def test_closed_database(db: Database) -> None:
    db.close()
    db.close()
    assert db.closed
    with pytest.raises(RuntimeError, match="closed"):
        db.query("SELECT 1")


def test_rotation_keeps_one_backup_a_week_for_eight_weeks(db: Database) -> None:
    monday = date(2026, 11, 2)
    for n in range(70):
        assert db.daily_backup(monday + timedelta(days=n)) is not None
    names = sorted(p.name for p in db.backup_dir.iterdir())
    sundays = {f"breathapp-{monday + timedelta(days=6 + 7 * w)}.db" for w in range(2, 10)}
    assert sundays <= set(names)
    assert len(names) == 14


def test_rotation_never_removes_the_newest_sound_backup(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backups taken while the store was quietly damaged fail the check: the good one stays."""
    first = date(2026, 10, 1)
    good = db.daily_backup(first)
    assert good is not None
    real_check = files.check_file

    def damaged_after_the_first(path: Path, max_version: int) -> files.FileCheck:
        if path.name > good.name:
            return files.FileCheck(None, damaged=True, detail="quietly damaged")
        return real_check(path, max_version)

    monkeypatch.setattr(dbmod, "check_file", damaged_after_the_first)
    for n in range(1, 90):
        db.daily_backup(first + timedelta(days=n))
    assert good.exists()
