# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files carry bad days and notes for the therapist, and bring them back."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from breathapp.storage.backup import BackupError, import_backup
from breathapp.storage.db import Database
from breathapp.storage.flare_repo import BadDayRepo, NoteRepo
from breathapp.storage.timestamps import to_iso_z
from tests.builders.backups import NOW, at, backup_bytes, fill_every_sort, read


def _session_started(db: Database, started: str) -> int:
    return int(db.query("SELECT id FROM sessions WHERE started_utc = ?", (started,))[0][0])


def fill_bad_days(db: Database) -> None:
    """Two bad days (one with its session) and three notes, one private."""
    fill_every_sort(db)
    session = _session_started(db, "2026-11-23T10:00:00.250Z")
    days, notes = BadDayRepo(db), NoteRepo(db)
    first = days.add(
        1, date(2026, 11, 23), at(23, 9), pain_before=8, pain_after=6, session_id=session
    )
    days.add(1, date(2026, 11, 25), at(25, 7), pain=9)
    notes.add(1, "Only for me.", at(23, 12), for_therapist=False)
    notes.add(1, "Bending was hard — ü ✓", at(23, 11), bad_day_id=first.id)
    notes.add(1, "The walk went well.", at(24, 18), session_id=session)


def test_bad_days_and_notes_are_in_the_file(db: Database) -> None:
    fill_bad_days(db)
    data = json.loads(backup_bytes(db))
    assert data["bad_days"] == [
        {
            "local_day": "2026-11-23",
            "logged_utc": "2026-11-23T09:00:00.000Z",
            "pain_before": 8,
            "pain_after": 6,
            "pain": None,
            "session": {"started_utc": "2026-11-23T10:00:00.250Z", "kind": "breathing"},
        },
        {
            "local_day": "2026-11-25",
            "logged_utc": "2026-11-25T07:00:00.000Z",
            "pain_before": None,
            "pain_after": None,
            "pain": 9,
            "session": None,
        },
    ]
    assert [(n["text"], n["for_therapist"]) for n in data["notes"]] == [
        ("Bending was hard — ü ✓", True),  # for the therapist first, oldest first
        ("The walk went well.", True),
        ("Only for me.", False),
    ]
    assert data["notes"][0]["bad_day_logged_utc"] == "2026-11-23T09:00:00.000Z"
    assert data["notes"][1]["session"]["started_utc"] == "2026-11-23T10:00:00.250Z"
    some = json.loads(backup_bytes(db, first=date(2026, 11, 24), last=date(2026, 11, 25)))
    assert [b["local_day"] for b in some["bad_days"]] == ["2026-11-25"]
    assert [n["text"] for n in some["notes"]] == ["The walk went well."]


def test_a_round_trip_brings_them_back_once(db: Database, tmp_path: Path) -> None:
    fill_bad_days(db)
    other, _report = Database.open(tmp_path / "other", NOW)
    try:
        backup = read(backup_bytes(db))
        report = import_backup(other, 1, backup)
        assert (report.bad_days_added, report.notes_added) == (2, 3)
        again = import_backup(other, 1, backup)
        assert (again.bad_days_added, again.notes_added) == (0, 0)
        mine, theirs = BadDayRepo(db).list(1), BadDayRepo(other).list(1)
        assert [(b.day, b.logged_utc, b.pain_before, b.pain_after, b.pain) for b in theirs] == [
            (b.day, b.logged_utc, b.pain_before, b.pain_after, b.pain) for b in mine
        ]
        session = _session_started(other, "2026-11-23T10:00:00.250Z")
        assert theirs[0].session_id == session and theirs[1].session_id is None
        notes = NoteRepo(other).list(1)
        assert [(n.text, n.for_therapist, n.written_utc) for n in notes] == [
            (n.text, n.for_therapist, n.written_utc) for n in NoteRepo(db).list(1)
        ]
        assert notes[0].bad_day_id == theirs[0].id and notes[1].session_id == session
    finally:
        other.close()


def test_a_file_from_before_bad_days_still_imports(db: Database, tmp_path: Path) -> None:
    fill_every_sort(db)
    data = json.loads(backup_bytes(db))
    del data["bad_days"], data["notes"]
    backup = read(json.dumps(data).encode())
    assert backup.flare.bad_days == () and backup.flare.notes == ()
    other, _report = Database.open(tmp_path / "other", NOW)
    try:
        report = import_backup(other, 1, backup)
        assert report.added == 5 and (report.bad_days_added, report.notes_added) == (0, 0)
    finally:
        other.close()


@pytest.mark.parametrize(
    ("key", "index", "field", "value", "where"),
    [
        ("bad_days", 0, "pain", 11, "bad_days[0].pain"),
        ("bad_days", 0, "local_day", "2026-13-01", "bad_days[0].local_day"),
        ("bad_days", 0, "local_day", "2031-01-01", "bad_days[0].local_day"),
        ("bad_days", 0, "logged_utc", "2031-01-01T00:00:00.000Z", "bad_days[0].logged_utc"),
        ("notes", 0, "text", "   ", "notes[0].text"),
        ("notes", 0, "text", "x" * 1001, "notes[0].text"),
        ("notes", 0, "for_therapist", 1, "notes[0].for_therapist"),
        (
            "notes",
            0,
            "session",
            {"started_utc": "yesterday", "kind": "breathing"},
            "notes[0].session.started_utc",
        ),
    ],
)
def test_a_wrong_entry_is_refused_where_it_is(
    db: Database, key: str, index: int, field: str, value: object, where: str
) -> None:
    fill_bad_days(db)
    data = json.loads(backup_bytes(db))
    data[key][index][field] = value
    with pytest.raises(BackupError) as caught:
        read(json.dumps(data).encode())
    assert caught.value.where == where


def test_a_note_naming_what_the_profile_lacks_is_kept_unnamed(db: Database, tmp_path: Path) -> None:
    fill_bad_days(db)
    data = json.loads(backup_bytes(db))
    data["sessions"] = []
    data["bad_days"] = []
    other, _report = Database.open(tmp_path / "other", NOW)
    try:
        report = import_backup(other, 1, read(json.dumps(data).encode()))
        assert report.notes_added == 3
        notes = NoteRepo(other).list(1)
        assert all(n.session_id is None and n.bad_day_id is None for n in notes)
        assert to_iso_z(notes[0].written_utc) == "2026-11-23T11:00:00.000Z"
    finally:
        other.close()


@pytest.fixture
def brussels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in Belgium (UTC+1 in November)."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_note_belongs_to_the_local_day_it_was_written_on(db: Database, brussels: None) -> None:
    fill_every_sort(db)
    # 25 November, 23:30 UTC is 26 November, 00:30 in Brussels: a note of the 26th.
    NoteRepo(db).add(1, "Slept badly after the walk.", datetime(2026, 11, 25, 23, 30, tzinfo=UTC))
    on_26 = json.loads(backup_bytes(db, first=date(2026, 11, 26), last=date(2026, 11, 26)))
    on_25 = json.loads(backup_bytes(db, first=date(2026, 11, 25), last=date(2026, 11, 25)))
    assert [n["text"] for n in on_26["notes"]] == ["Slept badly after the walk."]
    assert on_25["notes"] == []
