# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealing a profile in its backups: older files lose its private values, damaged ones are
left and named, other profiles and files of another profile are never touched."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from breathapp.storage.db import Database
from breathapp.storage.profiles_repo import ProfileRepo
from tests.builders.profiles import OLD_PIN_ITERATIONS
from tests.builders.sessions import add_finished, completed_on

NOTE = "a-note-only-Anna-should-read"


def _store(data: Path, now: datetime) -> Database:
    db, _ = Database.open(data, now)
    anna = ProfileRepo(db).create("Anna", now).id
    add_finished(
        db, [completed_on(date(2026, 11, 3), note=NOTE, tension_before=6)], profile_id=anna
    )
    add_finished(db, [completed_on(date(2026, 11, 4), note="the default profile's")])
    return db


def _as_version_7(path: Path, with_old_pin: bool) -> None:
    """The backup as a version 7 file (before sealing), with the profile's old PIN hash."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("ALTER TABLE sessions DROP COLUMN sealed")
        conn.execute("ALTER TABLE plans DROP COLUMN sealed")
        for name in ("kdf", "salt", "ops", "mem", "wrapped"):
            conn.execute(f"ALTER TABLE profiles DROP COLUMN vault_{name}")
        if with_old_pin:
            conn.execute(
                "UPDATE profiles SET pin_salt = x'00', pin_iterations = ?, pin_hash = x'01'"
                " WHERE id = 2",
                (OLD_PIN_ITERATIONS,),
            )
        conn.execute("PRAGMA user_version = 7")
        conn.commit()


def test_an_older_backup_keeps_its_version_but_not_the_profiles_private_values(
    data_dir: Path, now: datetime
) -> None:
    db = _store(data_dir, now)
    older = db.daily_backup(date(2026, 11, 28))
    assert older is not None
    _as_version_7(older, with_old_pin=True)
    mtime = older.stat().st_mtime_ns
    lock = ProfileRepo(db).pin_lock()
    assert lock.change(2, None, "2580") and lock.not_cleared == []
    db.close()
    assert NOTE.encode() not in older.read_bytes()
    assert older.stat().st_mtime_ns == mtime  # still restored in its turn, by its time
    with closing(sqlite3.connect(older)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7  # an older app reads it
        rows = conn.execute("SELECT profile_id, note, tension_before FROM sessions ORDER BY id")
        assert rows.fetchall() == [(2, "", None), (1, "the default profile's", None)]
        pin = conn.execute("SELECT pin_hash FROM profiles WHERE id = 2").fetchone()
        assert pin == (None,)  # a weaker hash of the same PIN would give the PIN away


def test_a_damaged_backup_does_not_stop_the_pin_and_is_named(data_dir: Path, now: datetime) -> None:
    db = _store(data_dir, now)
    good = db.daily_backup(date(2026, 11, 28))
    damaged = data_dir / "backups" / "breathapp-2026-11-27.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    lock = ProfileRepo(db).pin_lock()
    assert lock.change(2, None, "2580")
    assert lock.not_cleared == [damaged]
    db.close()
    assert good is not None and NOTE.encode() not in good.read_bytes()


def test_a_backup_whose_profile_2_is_someone_else_is_left_alone(
    data_dir: Path, now: datetime
) -> None:
    """An id used again after a delete is another person: same id, another creation time."""
    db = _store(data_dir, now)
    backup = db.daily_backup(date(2026, 11, 28))
    assert backup is not None
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute("UPDATE profiles SET created_utc = '2020-01-01T00:00:00.000Z' WHERE id = 2")
        conn.commit()
    before = backup.read_bytes()
    assert ProfileRepo(db).change_pin(2, None, "2580")
    db.close()
    assert backup.read_bytes() == before
