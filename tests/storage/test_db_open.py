# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening the database: fresh folders, migrations with backups, newer files refused."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from breathapp.core.session import SessionStatus
from breathapp.storage import db as dbmod
from breathapp.storage import migrations
from breathapp.storage.checkpoint_journal import JOURNAL_FILENAME
from breathapp.storage.db import DB_FILENAME, SCHEMA_VERSION, Database, prepare_data_dir
from breathapp.storage.errors import StorageError, StorageProblem
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import make_record


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")
        return {str(r[0]) for r in rows}


def _version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_schema_version_matches_the_steps() -> None:
    assert SCHEMA_VERSION == len(migrations.MIGRATIONS) == 11


def test_fresh_folder(data_dir: Path, now: datetime) -> None:
    db, report = Database.open(data_dir, now)
    with db:
        conn = db.connection
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        profiles = conn.execute("SELECT id, name, created_utc FROM profiles").fetchall()
        assert [tuple(r) for r in profiles] == [(1, "", "2026-11-25T15:23:00.123Z")]
    assert report == dbmod.OpenReport()
    assert {"profiles", "sessions", "preferences"} <= _tables(data_dir / DB_FILENAME)
    assert {"sessions_profile_day", "sessions_status"} <= _tables(data_dir / DB_FILENAME)
    assert not (data_dir / "backups").exists()
    assert not [p for p in data_dir.iterdir() if "probe" in p.name]


def test_reopen_changes_nothing(data_dir: Path, now: datetime) -> None:
    Database.open(data_dir, now)[0].close()
    db, report = Database.open(data_dir, now)
    with db:
        assert ProfileRepo(db).default().id == 1
        assert db.query("SELECT count(*) FROM profiles")[0][0] == 1
    assert report == dbmod.OpenReport()


def test_empty_v0_file_is_set_up_without_a_backup(data_dir: Path, now: datetime) -> None:
    data_dir.mkdir()
    with closing(sqlite3.connect(data_dir / DB_FILENAME)) as conn:
        conn.execute("PRAGMA user_version = 0")
    db, report = Database.open(data_dir, now)
    db.close()
    assert report.migrated_from is None
    assert report.pre_migration_backup is None
    assert _version(data_dir / DB_FILENAME) == SCHEMA_VERSION


def test_v0_file_with_data_is_backed_up_and_kept(data_dir: Path, now: datetime, stamp: str) -> None:
    data_dir.mkdir()
    with closing(sqlite3.connect(data_dir / DB_FILENAME)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
        conn.commit()
    db, report = Database.open(data_dir, now)
    with db:
        assert [tuple(r) for r in db.query("SELECT text FROM notes")] == [("keep me",)]
    assert report.migrated_from == 0
    backup = data_dir / "backups" / f"breathapp-before-v{SCHEMA_VERSION}-{stamp}.db"
    assert report.pre_migration_backup == backup
    assert _version(backup) == 0
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT text FROM notes").fetchall() == [("keep me",)]


def _v2_add_note(conn: sqlite3.Connection, now_utc: datetime) -> None:
    conn.execute("ALTER TABLE sessions ADD COLUMN test_extra TEXT")


def test_older_schema_gets_a_backup_then_migrates_keeping_rows(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    now: datetime,
    stamp: str,
) -> None:
    db, _ = Database.open(data_dir, now)
    with db:
        session_id = SessionRepo(db).add(1, make_record())
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, _v2_add_note])
    db, report = Database.open(data_dir, now)
    with db:
        assert db.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        row = db.query("SELECT pattern_text, test_extra FROM sessions WHERE id = ?", (session_id,))
        assert tuple(row[0]) == ("4-0-6-0", None)
    backup = data_dir / "backups" / f"breathapp-before-v{SCHEMA_VERSION + 1}-{stamp}.db"
    assert report.migrated_from == SCHEMA_VERSION
    assert report.pre_migration_backup == backup
    assert _version(backup) == SCHEMA_VERSION
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_second_migration_the_same_second_gets_its_own_backup_name(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, now: datetime, stamp: str
) -> None:
    Database.open(data_dir, now)[0].close()
    taken = data_dir / "backups" / f"breathapp-before-v{SCHEMA_VERSION + 1}-{stamp}.db"
    taken.parent.mkdir()
    taken.write_bytes(b"someone else's file")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, _v2_add_note])
    db, report = Database.open(data_dir, now)
    db.close()
    name = f"breathapp-before-v{SCHEMA_VERSION + 1}-{stamp}-2.db"
    assert report.pre_migration_backup == taken.with_name(name)
    assert taken.read_bytes() == b"someone else's file"


def test_a_failing_step_leaves_the_previous_version_and_data(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    now: datetime,
) -> None:
    db, _ = Database.open(data_dir, now)
    with db:
        SessionRepo(db).add(1, make_record(status=SessionStatus.COMPLETED))

    def broken(conn: sqlite3.Connection, now_utc: datetime) -> None:
        conn.execute("ALTER TABLE sessions ADD COLUMN test_extra TEXT")
        raise RuntimeError("bug in step 2")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(RuntimeError, match="bug in step 2"):
        Database.open(data_dir, now)
    path = data_dir / DB_FILENAME
    assert _version(path) == SCHEMA_VERSION
    with closing(sqlite3.connect(path)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(sessions)")]
        assert "test_extra" not in columns
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


def test_newer_version_is_refused_and_left_untouched(data_dir: Path, now: datetime) -> None:
    Database.open(data_dir, now)[0].close()
    path = data_dir / DB_FILENAME
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = _snapshot(data_dir)
    assert set(before) == {DB_FILENAME, JOURNAL_FILENAME}
    with pytest.raises(StorageError) as info:
        Database.open(data_dir, now)
    assert info.value.problem is StorageProblem.NEWER_VERSION
    assert info.value.path == path
    assert "newer version" in str(info.value)
    assert _snapshot(data_dir) == before


def test_newer_version_waiting_in_the_wal_is_refused_too(
    tmp_path: Path, data_dir: Path, now: datetime
) -> None:
    """The header still says v1; only the write-ahead log knows about v2."""
    Database.open(data_dir, now)[0].close()
    live = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    try:
        live.execute("PRAGMA wal_autocheckpoint = 0")
        live.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        copy = tmp_path / "copy"
        copy.mkdir()
        for name in (DB_FILENAME, DB_FILENAME + "-wal"):
            shutil.copy2(data_dir / name, copy / name)
    finally:
        live.close()
    before = _snapshot(copy)
    with pytest.raises(StorageError) as info:
        Database.open(copy, now)
    assert info.value.problem is StorageProblem.NEWER_VERSION
    assert _snapshot(copy) == before


def test_prepare_data_dir_creates_parents(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "data"
    prepare_data_dir(target)
    assert target.is_dir()
    assert list(target.iterdir()) == []


@pytest.mark.parametrize("under_file", ["afile/data", "afile"])
def test_unusable_data_dir(tmp_path: Path, under_file: str, now: datetime) -> None:
    (tmp_path / "afile").write_text("a regular file")
    target = tmp_path / under_file
    with pytest.raises(StorageError) as info:
        prepare_data_dir(target)
    assert info.value.problem is StorageProblem.DATA_DIR_UNUSABLE
    assert info.value.path == target
    assert info.value.detail
    with pytest.raises(StorageError) as again:
        Database.open(target, now)
    assert again.value.problem is StorageProblem.DATA_DIR_UNUSABLE


def test_probe_failure_is_unusable(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "open", full)
    with pytest.raises(StorageError) as info:
        prepare_data_dir(data_dir)
    assert info.value.problem is StorageProblem.DATA_DIR_UNUSABLE
    assert info.value.detail == "No space left on device"


def test_version_1_gains_the_safety_columns_and_keeps_its_sessions(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    now: datetime,
) -> None:
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        db, _ = Database.open(data_dir, now)
        with db:
            db.connection.execute(
                "INSERT INTO sessions (profile_id, started_utc, local_day, pattern_text,"
                " rate_bpm, status, length_kind, length_value)"
                " VALUES (1, '2026-01-05T08:00:00.000Z', '2026-01-05', '4-0-6-0', 6,"
                " 'completed', 'minutes', 5)"
            )
    db, report = Database.open(data_dir, now)
    with db:
        record = SessionRepo(db).get(1)
        assert (record.pattern_text, record.dizzy) == ("4-0-6-0", False)
        assert ProfileRepo(db).default().no_holds is False
    assert report.migrated_from == 1
    assert report.pre_migration_backup is not None and report.pre_migration_backup.exists()
