# SPDX-License-Identifier: GPL-3.0-or-later
"""A session's beats and resonance tests in the store: the migration step, saved and read
back, replaced at each checkpoint, sealed under a PIN, deleted with the profile."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from breathapp.core.heart.beats import RrSeries
from breathapp.core.session import SessionStatus
from breathapp.storage import migrations
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.errors import StorageError
from breathapp.storage.heart_repo import ResonanceRepo, RrRepo
from breathapp.storage.heart_seal import pack_series, unpack_series
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.full_disk import FullDiskConnection
from tests.builders.heart_store import resonance_test, series
from tests.builders.sessions import add_finished, make_record


def test_beats_pack_in_six_bytes_each_and_come_back() -> None:
    beats = series(100)
    data = pack_series(beats)
    assert len(data) == 5 + 6 * 100
    assert unpack_series(data) == beats
    assert unpack_series(data + bytes(40)) == beats  # a sealed blob's padding
    # Intervals no heart makes are not kept, nor a beat before the one kept before it.
    odd = RrSeries((1000, 1100, 900, 2000, 2000), (1000, 100, 900, 900, 2500))
    assert unpack_series(pack_series(odd)) == RrSeries((1000, 2000), (1000, 900))


def _database_at_10(data: Path, now: datetime) -> tuple[int, int]:
    """A database as version 10 left it, with a profile and a session."""
    before = migrations.MIGRATIONS.index(migrations.heart_rhythm)
    assert before == 10
    data.mkdir(parents=True)
    conn = sqlite3.connect(data / DB_FILENAME, isolation_level=None)
    try:
        for step in migrations.MIGRATIONS[:before]:
            step(conn, now)
        conn.execute(f"PRAGMA user_version = {before:d}")
        profile = int(conn.execute("SELECT id FROM profiles").fetchone()[0])
        conn.execute(
            "INSERT INTO sessions (profile_id, started_utc, local_day, pattern_text, rate_bpm,"
            " status, length_kind, length_value) VALUES (?, '2026-11-24T08:00:00.000Z',"
            " '2026-11-24', '4-0-6-0', 6.0, 'completed', 'minutes', 5.0)",
            (profile,),
        )
        session = int(conn.execute("SELECT id FROM sessions").fetchone()[0])
    finally:
        conn.close()
    return profile, session


def test_an_older_database_migrates_with_a_backup_first(tmp_path: Path, now: datetime) -> None:
    profile, session = _database_at_10(tmp_path / "data", now)
    db, report = Database.open(tmp_path / "data", now)
    with db:
        assert report.migrated_from == 10 and report.pre_migration_backup is not None
        assert migrations.user_version(db.connection) == 11
        assert RrRepo(db).get(session) is None  # an old session has no beats
        assert ResonanceRepo(db, profile).all() == []
        RrRepo(db).save(session, series(10))
        assert RrRepo(db).get(session) == series(10)
        with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
            conn.execute("INSERT INTO session_beats (session_id) VALUES (?)", (session,))


def test_a_sessions_beats_are_replaced_at_each_checkpoint(db: Database) -> None:
    profile = ProfileRepo(db).default().id
    session = SessionRepo(db).add(profile, make_record())
    repo = RrRepo(db)
    repo.save(session, series(5))
    repo.save(session, series(50))
    assert repo.get(session) == series(50)
    assert db.query("SELECT count(*) FROM session_beats")[0][0] == 1
    with pytest.raises(KeyError):
        repo.save(session + 100, series(5))
    deleted = HistoryRepo(db).delete(session)  # the beats go with their session
    assert db.query("SELECT count(*) FROM session_beats")[0][0] == 0
    HistoryRepo(db).restore(deleted)  # and come back with it
    assert repo.get(session) == series(50)


def test_resonance_tests_are_added_updated_listed_and_chosen(db: Database) -> None:
    profile = ProfileRepo(db).default().id
    repo = ResonanceRepo(db, profile)
    first = repo.add(resonance_test(completed=False))
    later = resonance_test(started_utc=resonance_test().started_utc + timedelta(days=7))
    second = repo.add(later)
    assert [t.id for t in repo.all()] == [second, first]  # newest first
    assert repo.latest() == later and repo.latest().id == second  # type: ignore[union-attr]
    assert repo.get(first) == resonance_test(completed=False)
    repo.update(replace(repo.get(first), completed=True, suggested_bpm=5.5))
    assert repo.get(first).suggested_bpm == 5.5 and repo.get(first).completed
    repo.choose(second, 5.5)
    assert repo.get(second).chosen_bpm == 5.5
    for bad in (2.0, 13.0, float("nan")):
        with pytest.raises(ValueError):
            repo.choose(second, bad)
    assert repo.get(second).chosen_bpm == 5.5
    with pytest.raises(KeyError):
        repo.choose(second + 10, 6.0)
    other = ProfileRepo(db).create("Dana", resonance_test().started_utc).id
    assert ResonanceRepo(db, other).all() == []  # each profile its own


def test_the_report_carries_the_profiles_latest_resonance_test(db: Database) -> None:
    profile = ProfileRepo(db).default().id
    day = resonance_test().started_utc.date()
    history = HistoryRepo(db)
    assert history.report(profile, day, day, day, 10).resonance is None
    repo = ResonanceRepo(db, profile)
    repo.add(resonance_test())
    later = resonance_test(started_utc=resonance_test().started_utc + timedelta(days=40))
    repo.choose(repo.add(later), 5.0)
    # A report of an earlier month still shows the pace found last: it is what holds now.
    shown = history.report(profile, day, day, day, 10).resonance
    assert shown is not None and shown.started_utc == later.started_utc
    assert shown.chosen_bpm == 5.0


def test_deleting_a_profile_deletes_its_beats_and_tests(db: Database, now: datetime) -> None:
    profiles = ProfileRepo(db)
    kept, gone = profiles.default().id, profiles.create("Dana", now).id
    for profile in (kept, gone):
        RrRepo(db).save(SessionRepo(db).add(profile, make_record()), series(8))
        ResonanceRepo(db, profile).add(resonance_test())
    profiles.delete(gone)
    assert db.query("SELECT count(*) FROM session_beats")[0][0] == 1
    assert ResonanceRepo(db, gone).all() == [] and len(ResonanceRepo(db, kept).all()) == 1


def test_a_full_disk_raises_storage_error_and_changes_nothing(
    disk: type[FullDiskConnection], data_dir: Path, now: datetime
) -> None:
    db, _report = Database.open(data_dir, now)
    with db:
        profile = ProfileRepo(db).default().id
        session = SessionRepo(db).add(profile, make_record())
        RrRepo(db).save(session, series(5))
        disk.full = True
        with pytest.raises(StorageError):
            RrRepo(db).save(session, series(50))
        with pytest.raises(StorageError):
            ResonanceRepo(db, profile).add(resonance_test())
        disk.full = False
        assert RrRepo(db).get(session) == series(5)
        assert ResonanceRepo(db, profile).all() == []


def _rr_bytes(beats: RrSeries) -> bytes:
    return pack_series(beats)[5 + 4 * len(beats.t_ms) :]  # the intervals as stored plain


def test_a_pin_profile_keeps_its_beats_and_tests_sealed(data_dir: Path, now: datetime) -> None:
    db, _report = Database.open(data_dir, now)
    anna = ProfileRepo(db).create("Anna", now).id
    before = SessionRepo(db).add(anna, make_record())
    RrRepo(db).save(before, series(60, 733))
    lock = ProfileRepo(db).pin_lock()
    assert lock.change(anna, None, "2580")  # what was there is sealed now
    after = SessionRepo(db).add(anna, make_record(started_utc=now - timedelta(hours=1)))
    RrRepo(db).save(after, series(60, 901))
    test_id = ResonanceRepo(db, anna).add(resonance_test(rr=series(90, 677)))
    rows = db.query("SELECT data IS NULL, length(sealed) FROM session_beats")
    assert [(r[0], r[1] % 512) for r in rows] == [(1, 41)] * 2  # padded to 512, and 41 more
    private = db.query("SELECT results, rr, suggested_bpm, chosen_bpm FROM resonance_tests")
    assert tuple(private[0]) == (None, None, None, None)
    # Open: read back whole.
    assert RrRepo(db).get(before) == series(60, 733)
    assert RrRepo(db).get(after) == series(60, 901)
    assert ResonanceRepo(db, anna).get(test_id) == resonance_test(rr=series(90, 677))
    # Locked: none, never an error; the settings and windows stay readable.
    db.keyring.close(anna)
    assert RrRepo(db).get(after) is None
    shut = ResonanceRepo(db, anna).get(test_id)
    assert shut.results == () and shut.rr == RrSeries((), ()) and shut.suggested_bpm is None
    assert shut.windows == resonance_test().windows
    db.close()
    stored = (data_dir / DB_FILENAME).read_bytes()
    for beats in (series(60, 733), series(60, 901), series(90, 677)):
        assert _rr_bytes(beats) not in stored
    # The PIN removed: plain again.
    db, _report = Database.open(data_dir, now)
    with db:
        lock = ProfileRepo(db).pin_lock()
        assert lock.try_pin(anna, "2580")
        assert lock.change(anna, "2580", None)
        plain = db.query("SELECT data FROM session_beats WHERE session_id = ?", (after,))
        assert unpack_series(plain[0][0]) == series(60, 901)
        row = db.query("SELECT suggested_bpm, sealed FROM resonance_tests")
        assert tuple(row[0]) == (6.0, None)
        assert ResonanceRepo(db, anna).get(test_id).rr == series(90, 677)


def test_a_pin_seals_the_beats_and_tests_in_the_backups_too(data_dir: Path, now: datetime) -> None:
    db, _report = Database.open(data_dir, now)
    anna = ProfileRepo(db).create("Anna", now).id
    done = make_record(active_s=300.0, status=SessionStatus.COMPLETED, ended_utc=now)
    (session,) = add_finished(db, (done,), profile_id=anna)
    RrRepo(db).save(session, series(60, 733))
    # A session begun and never breathed is left out of a backup, and its beats with it.
    RrRepo(db).save(SessionRepo(db).add(anna, make_record()), series(60, 555))
    ResonanceRepo(db, anna).add(resonance_test(rr=series(90, 677)))
    copy = db.daily_backup(now.date() + timedelta(days=3))
    assert copy is not None and _rr_bytes(series(60, 733)) in copy.read_bytes()
    assert _rr_bytes(series(60, 555)) not in copy.read_bytes()
    lock = ProfileRepo(db).pin_lock()
    assert lock.change(anna, None, "2580") and lock.not_cleared == []
    db.close()
    kept = copy.read_bytes()
    assert _rr_bytes(series(60, 733)) not in kept and _rr_bytes(series(90, 677)) not in kept
