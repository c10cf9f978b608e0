# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad days and notes for the therapist in the store: the migration step, add/list/delete,
deleted with their profile, and a full disk that leaves the store as it was."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from breathapp.core.checkin import RatingError
from breathapp.core.flare import NoteError
from breathapp.storage import migrations
from breathapp.storage.db import Database
from breathapp.storage.errors import StorageError
from breathapp.storage.flare_repo import BadDayRepo, NoteRepo
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.full_disk import FullDiskConnection
from tests.builders.sessions import make_record

_DAY = date(2026, 11, 25)


def test_the_step_makes_the_tables_from_the_version_before(now: datetime) -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    before = migrations.MIGRATIONS.index(migrations.bad_days_and_notes)
    for step in migrations.MIGRATIONS[:before]:
        step(conn, now)
    migrations.bad_days_and_notes(conn, now)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"bad_days", "therapist_notes"} <= tables
    columns = {r[1] for r in conn.execute("PRAGMA table_info(profiles)")}
    assert "contact_suggested_day" in columns
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO bad_days (profile_id, local_day, logged_utc, pain)"
            " VALUES (1, 'd', 't', 11)"
        )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO therapist_notes (profile_id, written_utc, text)"
            " VALUES (1, 't', printf('%.1001c', 'x'))"
        )


def test_bad_days_are_added_listed_and_deleted(db: Database, now: datetime) -> None:
    repo, profile = BadDayRepo(db), ProfileRepo(db).default()
    session_id = SessionRepo(db).add(profile.id, make_record())
    first = repo.add(profile.id, _DAY, now, pain=8)
    second = repo.add(
        profile.id,
        _DAY + timedelta(days=1),
        now,
        pain_before=7,
        pain_after=5,
        session_id=session_id,
    )
    assert repo.list(profile.id) == [first, second]
    assert (second.pain_before, second.pain_after, second.pain) == (7, 5, None)
    assert second.session_id == session_id and first.session_id is None
    assert repo.list(profile.id, _DAY + timedelta(days=1), None) == [second]
    assert repo.count(profile.id) == 2
    assert [r.pain for r in second.ratings()] == [7, 5]
    repo.delete(first.id)
    assert repo.list(profile.id) == [second]
    with pytest.raises(KeyError):
        repo.delete(first.id)
    with pytest.raises(RatingError):
        repo.add(profile.id, _DAY, now, pain=11)


def test_deleting_the_session_keeps_the_bad_day(db: Database, now: datetime) -> None:
    profile = ProfileRepo(db).default()
    session_id = SessionRepo(db).add(profile.id, make_record())
    bad = BadDayRepo(db).add(profile.id, _DAY, now, pain=9, session_id=session_id)
    note = NoteRepo(db).add(profile.id, "Hard day.", now, session_id=session_id)
    HistoryRepo(db).delete(session_id)
    assert BadDayRepo(db).get(bad.id).session_id is None
    assert NoteRepo(db).get(note.id).session_id is None


def test_notes_for_the_therapist_come_first(db: Database, now: datetime) -> None:
    repo, profile = NoteRepo(db), ProfileRepo(db).default()
    bad = BadDayRepo(db).add(profile.id, _DAY, now, pain=8)
    private = repo.add(profile.id, "  Just for me.  ", now, for_therapist=False)
    later = repo.add(profile.id, "Walking was easier.", now + timedelta(hours=1))
    earlier = repo.add(profile.id, "Bending hurt.", now - timedelta(hours=1), bad_day_id=bad.id)
    assert private.text == "Just for me."
    assert repo.list(profile.id) == [earlier, later, private]
    assert earlier.bad_day_id == bad.id
    BadDayRepo(db).delete(bad.id)
    assert repo.get(earlier.id).bad_day_id is None  # the note stays
    repo.delete(later.id)
    assert [n.id for n in repo.list(profile.id)] == [earlier.id, private.id]
    with pytest.raises(NoteError):
        repo.add(profile.id, "   ", now)
    with pytest.raises(NoteError):
        repo.add(profile.id, "x" * 1001, now)


def test_the_day_the_suggestion_was_shown_is_kept_per_profile(db: Database, now: datetime) -> None:
    repo, profiles = BadDayRepo(db), ProfileRepo(db)
    first, other = profiles.default(), profiles.create("Dana", now)
    assert repo.suggestion_shown(first.id) is None
    repo.mark_suggestion_shown(first.id, _DAY)
    assert repo.suggestion_shown(first.id) == _DAY
    assert repo.suggestion_shown(other.id) is None
    with pytest.raises(KeyError):
        repo.mark_suggestion_shown(999, _DAY)


def test_deleting_a_profile_leaves_none_of_its_bad_days_or_notes(
    db: Database, now: datetime
) -> None:
    profiles = ProfileRepo(db)
    kept, gone = profiles.default(), profiles.create("Dana", now)
    for profile_id in (kept.id, gone.id):
        session_id = SessionRepo(db).add(profile_id, make_record())
        bad = BadDayRepo(db).add(profile_id, _DAY, now, pain=8, session_id=session_id)
        NoteRepo(db).add(profile_id, "A note.", now, bad_day_id=bad.id, session_id=session_id)
    profiles.delete(gone.id)
    for table in ("bad_days", "therapist_notes"):
        count = db.query(f"SELECT COUNT(*) FROM {table} WHERE profile_id = ?", (gone.id,))
        assert count[0][0] == 0
        left = db.query(f"SELECT COUNT(*) FROM {table} WHERE profile_id = ?", (kept.id,))
        assert left[0][0] == 1


def test_a_full_disk_raises_storage_error_and_changes_nothing(
    disk: type[FullDiskConnection], data_dir: Path, now: datetime
) -> None:
    db, _report = Database.open(data_dir, now)
    with db:
        profile = ProfileRepo(db).default()
        disk.full = True
        with pytest.raises(StorageError):
            BadDayRepo(db).add(profile.id, _DAY, now, pain=8)
        with pytest.raises(StorageError):
            NoteRepo(db).add(profile.id, "A note.", now)
        disk.full = False
        assert BadDayRepo(db).list(profile.id) == [] and NoteRepo(db).list(profile.id) == []


def test_the_report_counts_bad_days_and_lists_notes_for_the_therapist_first(
    db: Database, now: datetime
) -> None:
    profile = ProfileRepo(db).default()
    BadDayRepo(db).add(profile.id, _DAY, now, pain=8)
    BadDayRepo(db).add(profile.id, _DAY, now, pain=9)  # the same day: one bad day
    BadDayRepo(db).add(profile.id, _DAY - timedelta(days=40), now, pain=9)  # before
    NoteRepo(db).add(profile.id, "Mine.", now - timedelta(hours=2), for_therapist=False)
    NoteRepo(db).add(profile.id, "For you.", now)
    data = HistoryRepo(db).report(profile.id, _DAY - timedelta(days=6), _DAY, _DAY, 10)
    assert data.bad_days == 1
    assert [(n.text, n.for_therapist) for n in data.notes] == [("For you.", True), ("Mine.", False)]


SECRET = "Anna-private-flare-note"


def test_a_pin_profile_keeps_its_bad_days_and_notes_sealed(
    data_dir: Path, now: datetime, tmp_path: Path
) -> None:
    from breathapp.storage.backup import import_backup, write_backup
    from tests.builders.backups import read

    db, _report = Database.open(data_dir, now)
    anna = ProfileRepo(db).create("Anna", now).id
    before = NoteRepo(db).add(anna, SECRET + " before", now)
    BadDayRepo(db).add(anna, _DAY, now, pain=9)
    lock = ProfileRepo(db).pin_lock()
    assert lock.change(anna, None, "2580")  # what was there is sealed now
    after = NoteRepo(db).add(anna, SECRET + " after", now + timedelta(minutes=1))
    bad = BadDayRepo(db).add(anna, _DAY, now + timedelta(minutes=1), pain_before=8)
    plain = db.query("SELECT text, sealed FROM therapist_notes WHERE profile_id = ?", (anna,))
    assert [(r[0], r[1] is not None) for r in plain] == [("", True), ("", True)]
    rated = db.query("SELECT pain, pain_before, sealed FROM bad_days WHERE profile_id = ?", (anna,))
    assert [(r[0], r[1], r[2] is not None) for r in rated] == [(None, None, True)] * 2
    # Open: read back whole, in the report and the practice file too.
    assert [n.text for n in NoteRepo(db).list(anna)] == [before.text, after.text]
    assert [(b.pain, b.pain_before) for b in BadDayRepo(db).list(anna)] == [(9, None), (None, 8)]
    out = io.StringIO()
    write_backup(db, anna, out, now_utc=now + timedelta(hours=1))
    data = json.loads(out.getvalue())
    assert [n["text"] for n in data["notes"]] == [before.text, after.text]
    assert [b["pain"] for b in data["bad_days"]] == [9, None]
    # Into another sealed profile: sealed there too.
    other = ProfileRepo(db).create("Anna 2", now).id
    assert lock.change(other, None, "1470")
    report = import_backup(db, other, read(out.getvalue().encode()))
    assert (report.bad_days_added, report.notes_added) == (2, 2)
    texts = db.query("SELECT text FROM therapist_notes WHERE profile_id = ?", (other,))
    assert {r[0] for r in texts} == {""}
    assert [n.text for n in NoteRepo(db).list(other)] == [before.text, after.text]
    # Locked: blank, never an error.
    db.keyring.close(anna)
    assert [n.text for n in NoteRepo(db).list(anna)] == ["", ""]
    assert BadDayRepo(db).get(bad.id).pain_before is None
    db.keyring.close(other)
    db.close()
    assert SECRET.encode() not in (data_dir / "breathapp.db").read_bytes()
    # The PIN removed: plain again.
    db, _report = Database.open(data_dir, now)
    with db:
        lock = ProfileRepo(db).pin_lock()
        assert lock.try_pin(anna, "2580")
        assert lock.change(anna, "2580", None)
        rows = db.query("SELECT text, sealed FROM therapist_notes WHERE profile_id = ?", (anna,))
        assert [(r[0], r[1]) for r in rows] == [(before.text, None), (after.text, None)]
        assert [b.pain for b in BadDayRepo(db).list(anna)] == [9, None]


def test_a_pin_seals_the_bad_days_and_notes_in_the_backups_too(
    data_dir: Path, now: datetime
) -> None:
    db, _report = Database.open(data_dir, now)
    anna = ProfileRepo(db).create("Anna", now).id
    NoteRepo(db).add(anna, SECRET, now)
    BadDayRepo(db).add(anna, _DAY, now, pain=9)
    copy = db.daily_backup(_DAY + timedelta(days=3))
    assert copy is not None and SECRET.encode() in copy.read_bytes()
    lock = ProfileRepo(db).pin_lock()
    assert lock.change(anna, None, "2580") and lock.not_cleared == []
    db.close()
    assert SECRET.encode() not in copy.read_bytes()
    with closing(sqlite3.connect(copy)) as conn:
        rows = conn.execute("SELECT pain, sealed IS NOT NULL FROM bad_days").fetchall()
        assert rows == [(None, 1)]
