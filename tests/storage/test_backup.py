# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files: the JSON format, an exact round trip, merging, and files that are refused."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from breathapp import __version__
from breathapp.core.prefs import GuideStyle, Preferences
from breathapp.core.session import LengthKind, SessionRecord, SessionStatus
from breathapp.storage import backup_read
from breathapp.storage.backup import (
    SESSION_FIELDS,
    Backup,
    BackupError,
    BackupSession,
    ImportReport,
    import_backup,
    write_backup,
)
from breathapp.storage.db import Database
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.backups import (
    NOW,
    SOURCE,
    at,
    backup_bytes,
    fill_every_sort,
    good_session,
    load,
    read,
    stored_rows,
)
from tests.builders.sessions import make_record, stored_records


def checksum(db: Database) -> str:
    """A digest of every row of every table: equal means nothing was changed."""
    digest = hashlib.sha256()
    for table in ("profiles", "sessions", "preferences"):
        for row in db.query(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    """A second, fresh data folder's database."""
    db, _report = Database.open(tmp_path / "other", NOW)
    yield db
    db.close()


# -- the format ---------------------------------------------------------------------------
def test_the_file_has_the_documented_format(db: Database) -> None:
    fill_every_sort(db)
    prefs = replace(Preferences(), pattern="box", guide_style=GuideStyle.BELLY, sound_volume=35)
    PrefsRepo(db).save(1, prefs)
    ProfileRepo(db).set_ask_pain(1, True)
    out = io.StringIO()
    assert write_backup(db, 1, out, now_utc=NOW) == 5
    data = json.loads(out.getvalue())
    assert list(data) == [
        "format",
        "version",
        "exported_utc",
        "app_version",
        "profile",
        "preferences",
        "movement_days",
        "movement_minutes",
        "bad_days",
        "notes",
        "resonance_tests",
        "sessions",
    ]
    assert data["format"] == "breathapp-backup" and data["version"] == 1
    assert data["exported_utc"] == "2026-11-25T15:23:00.123Z"
    assert data["app_version"] == __version__
    assert data["profile"] == {"name": "", "no_holds": False, "ask_pain": True}
    assert data["preferences"] == prefs.to_dict()
    sessions = data["sessions"]
    assert all(list(s) == list(SESSION_FIELDS) for s in sessions)
    assert [s["started_utc"] for s in sessions] == sorted(s["started_utc"] for s in sessions)
    first = sessions[0]
    assert first["kind"] == "breathing" and first["dizzy"] is False
    assert first["local_day"] == "2026-11-24"  # 10:00 UTC on the 23rd is the 24th at UTC+14
    assert first["note"] == 'felt "lighter", calmer — ü ✓'
    assert "ü ✓" in out.getvalue()  # UTF-8 as it is, not \u escapes
    assert (first["tension_before"], first["pain_after"]) == (7, 0)
    assert sessions[1]["dizzy"] is True and sessions[1]["ramp_start_bpm"] == 8.0
    # a session still running is written as it stands
    assert (sessions[3]["status"], sessions[3]["active_s"]) == ("running", 12.5)
    assert sessions[3]["checkpoint_utc"] == "2026-11-26T09:00:13.000Z"
    assert sessions[4]["checkpoint_utc"] is None and sessions[4]["ended_utc"] is None
    # one session per line
    assert out.getvalue().count('\n  {"kind": ') == 5


def test_an_empty_history_is_a_valid_file(db: Database) -> None:
    backup = read(backup_bytes(db))
    assert backup.sessions == ()
    assert (backup.profile_name, backup.no_holds, backup.ask_pain) == ("", False, False)
    assert backup.preferences == Preferences().to_dict()


def _days(db: Database, first: date | None, last: date | None) -> list[str]:
    return [
        s["local_day"] for s in json.loads(backup_bytes(db, first=first, last=last))["sessions"]
    ]


def test_export_chooses_sessions_by_local_day_inclusive(db: Database) -> None:
    fill_every_sort(db)
    every = ["2026-11-24", "2026-11-24", "2026-11-26", "2026-11-26", "2026-11-27"]
    assert _days(db, None, None) == every  # at UTC+14, not the UTC dates 23 to 26
    assert _days(db, date(2026, 11, 25), date(2026, 11, 26)) == every[2:4]
    assert _days(db, date(2026, 11, 24), date(2026, 11, 24)) == every[:2]
    assert _days(db, None, date(2026, 11, 25)) == every[:2]
    assert _days(db, date(2026, 11, 27), None) == every[4:]
    assert _days(db, date(2026, 11, 28), None) == []


# -- round trip and merging ------------------------------------------------------------
def test_export_then_import_into_a_fresh_store_is_exact(
    db: Database, other: Database, data_dir: Path
) -> None:
    fill_every_sort(db)
    data = backup_bytes(db)
    report = import_backup(other, 1, read(data))
    assert report == ImportReport(added=5, skipped=0)
    # The sessions still running when the file was saved come back as the store's own
    # recovery leaves them at its next start: interrupted, ended at their last checkpoint.
    db.close()
    recovered, _report = Database.open(data_dir, NOW)
    try:
        assert stored_records(other) == stored_records(recovered)
        assert stored_rows(other) == stored_rows(recovered)  # local_day and checkpoint_utc too
        assert SessionStatus.RUNNING not in {r.status for r in stored_records(other)}
        # and the same file comes out again
        again = json.loads(backup_bytes(other))["sessions"]
        assert again == json.loads(backup_bytes(recovered))["sessions"]
    finally:
        recovered.close()


def test_the_files_local_day_is_kept(other: Database) -> None:
    """The day comes from the file, not from this computer's zone."""
    data = _good_file()
    data["sessions"] = [good_session()]
    data["sessions"][0]["local_day"] = "2026-11-24"  # 08:00 UTC is still the 24th out west
    import_backup(other, 1, read(json.dumps(data).encode()))
    assert [r[0] for r in other.query("SELECT local_day FROM sessions")] == ["2026-11-24"]


def test_importing_the_same_file_twice_adds_nothing(db: Database, other: Database) -> None:
    fill_every_sort(db)
    backup = read(backup_bytes(db))
    import_backup(other, 1, backup)
    before = checksum(other)
    assert import_backup(other, 1, backup) == ImportReport(added=0, skipped=5)
    assert checksum(other) == before


def test_import_merges_with_the_sessions_already_there(db: Database, other: Database) -> None:
    fill_every_sort(db)
    repo = SessionRepo(other, UTC)
    # the same session (start and kind) with a note of its own: kept as it is
    mine = make_record(
        started_utc=at(23, 10, 0, 250), status=SessionStatus.COMPLETED, note="my own"
    )
    repo.finish(repo.add(1, mine), mine, at(23, 10, 5))
    # same start, other kind: a different session
    repo.add(1, make_record(started_utc=at(25, 20, 0, 999)))
    # one the file does not have
    repo.add(1, make_record(started_utc=at(1, 7)))
    report = import_backup(other, 1, read(backup_bytes(db)))
    assert report == ImportReport(added=4, skipped=1)
    notes = [r.note for r in SessionRepo(other).list(1)]
    assert len(notes) == 7
    assert "my own" in notes and 'felt "lighter", calmer — ü ✓' not in notes


def test_a_session_twice_in_the_file_is_added_once(db: Database, other: Database) -> None:
    data = json.loads(backup_bytes(db))
    session = good_session()
    data["sessions"] = [session, session]
    report = import_backup(other, 1, read(json.dumps(data).encode()))
    assert report == ImportReport(added=1, skipped=1)


def test_import_leaves_the_profile_settings_and_preferences_alone(
    db: Database, other: Database
) -> None:
    fill_every_sort(db)
    ProfileRepo(db).set_no_holds(1, True)
    PrefsRepo(db).save(1, replace(Preferences(), pattern="box", language="en"))
    backup = read(backup_bytes(db))
    assert backup.no_holds is True
    assert backup.preferences["pattern"] == "box"
    import_backup(other, 1, backup)
    assert ProfileRepo(other).get(1).no_holds is False
    assert PrefsRepo(other).load(1)[0] == Preferences()


def test_import_into_a_profile_that_does_not_exist_changes_nothing(
    db: Database, other: Database
) -> None:
    fill_every_sort(db)
    before = checksum(other)
    with pytest.raises(KeyError):
        import_backup(other, 7, read(backup_bytes(db)))
    assert checksum(other) == before


def test_a_failure_half_way_writes_nothing(db: Database, other: Database) -> None:
    """One transaction: when the last row fails, the rows before it are not kept either."""
    fill_every_sort(db)
    backup = read(backup_bytes(db))
    last = backup.sessions[-1]
    # made by hand, past the checks: the store's own CHECK refuses it
    bad = last._replace(record=replace(last.record, tension_before=11))
    broken = replace(backup, sessions=(*backup.sessions[:-1], bad))
    before = checksum(other)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        import_backup(other, 1, broken)
    assert checksum(other) == before


# -- refused files ----------------------------------------------------------------------


def _good_file() -> dict[str, Any]:
    return {
        "format": "breathapp-backup",
        "version": 1,
        "exported_utc": "2026-11-25T15:23:00.123Z",
        "app_version": "0.1.0",
        "profile": {"name": "", "no_holds": False, "ask_pain": False},
        "preferences": {},
        "sessions": [good_session() for _ in range(4)],
    }


def _session(n: int, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["sessions"][n][key] = value

    return change


def _drop(n: int, key: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        del data["sessions"][n][key]

    return change


def _top(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        if value is _DROP:
            del data[key]
        else:
            data[key] = value

    return change


_DROP = object()
RATING = "must be a whole number 0 to 10 or null"

BAD_FILES = [
    # ratings out of range, and the message the brief asks for, exactly
    (_session(3, "tension_before", 11), f"sessions[3].tension_before: {RATING}, got 11"),
    (_session(0, "pain_after", -1), f"sessions[0].pain_after: {RATING}, got -1"),
    (_session(1, "tension_after", 4.5), f"sessions[1].tension_after: {RATING}, got 4.5"),
    # JSON true is not a number
    (_session(2, "tension_before", True), f"sessions[2].tension_before: {RATING}, got true"),
    (_session(0, "active_s", True), "sessions[0].active_s: must be a number 0 to 86400, got true"),
    (
        _session(0, "breaths", False),
        "sessions[0].breaths: must be a whole number 0 to 86400, got false",
    ),
    # wrong types
    (
        _session(0, "active_s", "330"),
        'sessions[0].active_s: must be a number 0 to 86400, got "330"',
    ),
    (
        _session(0, "breaths", 33.0),
        "sessions[0].breaths: must be a whole number 0 to 86400, got 33.0",
    ),
    (_session(1, "note", 5), "sessions[1].note: must be text, got 5"),
    (_session(1, "dizzy", 0), "sessions[1].dizzy: must be true or false, got 0"),
    (_session(1, "pattern_id", ["calm"]), "sessions[1].pattern_id: must be text, got a list"),
    (_top("profile", {"name": "", "no_holds": 1, "ask_pain": False}), "profile.no_holds: must be"),
    (_top("sessions", {}), "sessions: must be a list, got an object"),
    (_top("preferences", []), "preferences: must be a JSON object, got a list"),
    # out of range
    (
        _session(0, "active_s", 86401),
        "sessions[0].active_s: must be a number 0 to 86400, got 86401",
    ),
    (_session(0, "active_s", -0.5), "sessions[0].active_s: must be a number 0 to 86400, got -0.5"),
    (_session(0, "breaths", -1), "sessions[0].breaths: must be a whole number 0 to 86400, got -1"),
    (
        _session(0, "note", "x" * 1001),
        "sessions[0].note: must be at most 1000 characters, got 1001",
    ),
    (_session(2, "status", "paused"), "sessions[2].status: must be one of running, completed,"),
    (_session(2, "length_kind", "seconds"), "sessions[2].length_kind: must be one of minutes,"),
    (_session(0, "kind", "yoga"), "sessions[0].kind: must be breathing, or relaxation:"),
    (_session(0, "kind", "relaxation:"), "sessions[0].kind: must be"),
    (_session(0, "kind", "relaxation:PMR"), "sessions[0].kind: must be"),
    (_session(0, "kind", "relaxation:" + "a" * 41), "sessions[0].kind: must be"),
    # times and days
    (_session(0, "started_utc", "2026-11-25 08:00:00"), "sessions[0].started_utc: must be a UTC"),
    (_session(0, "started_utc", "2026-11-25T08:00:00Z"), "sessions[0].started_utc: must be a UTC"),
    (_session(0, "ended_utc", "2026-11-25T09:00:00.000+01:00"), "sessions[0].ended_utc: must be"),
    (_session(0, "checkpoint_utc", "2026-13-25T08:00:00.000Z"), "sessions[0].checkpoint_utc:"),
    (_session(0, "started_utc", None), "sessions[0].started_utc: must be a UTC time"),
    (_session(0, "local_day", "2026-13-01"), "sessions[0].local_day: must be a date like"),
    (_session(0, "local_day", "25-11-2026"), "sessions[0].local_day: must be a date like"),
    (_session(0, "local_day", "2026-11-27"), "sessions[0].local_day: must be the day the session"),
    # missing fields
    (_drop(2, "note"), "sessions[2].note: is missing"),
    (_drop(0, "checkpoint_utc"), "sessions[0].checkpoint_utc: is missing"),
    (_top("profile", _DROP), "profile: is missing"),
    (_top("exported_utc", _DROP), "exported_utc: is missing"),
    # not a practice file, or a newer one
    (_top("format", _DROP), "format: is missing: this is not a BreathApp practice file"),
    (_top("format", "plan"), 'format: must be "breathapp-backup": this is not a BreathApp'),
    (_top("version", 2), "version: the file was made by a newer BreathApp (version 2);"),
    (_top("version", "1"), 'version: must be a whole number from 1, got "1"'),
    (_top("version", True), "version: must be a whole number from 1, got true"),
    (_top("version", 0), "version: must be a whole number from 1, got 0"),
]


def _refused(db: Database, data: bytes, expected: str) -> None:
    """The file is refused with ``expected`` at the start of the message; nothing changes."""
    before = checksum(db)
    with pytest.raises(BackupError) as caught:
        import_backup(db, 1, read(data))
    assert str(caught.value).startswith(f"{SOURCE}: {expected}"), str(caught.value)
    assert "\n" not in str(caught.value)
    assert checksum(db) == before


@pytest.mark.parametrize(("change", "expected"), BAD_FILES)
def test_a_bad_file_is_refused_saying_where_and_nothing_changes(
    db: Database, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    fill_every_sort(db)
    data = _good_file()
    read(json.dumps(data).encode())  # the good file is fine
    change(data)
    _refused(db, json.dumps(data).encode(), expected)


def test_the_error_carries_its_parts() -> None:
    data = _good_file()
    data["sessions"][3]["tension_before"] = 11
    with pytest.raises(BackupError) as caught:
        read(json.dumps(data).encode())
    error = caught.value
    assert (error.source, error.where) == (SOURCE, "sessions[3].tension_before")
    assert str(error) == f"{SOURCE}: sessions[3].tension_before: {RATING}, got 11"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"format": "breathapp-backup",', "line 1 column 31: is not valid JSON"),
        (b"", "line 1 column 1: is not valid JSON"),
        (b"\xff\xfe{\x00}\x00", "byte 0: is not UTF-8 text"),
        ('{"format": "caf\u00e9"}'.encode("latin-1"), "byte 15: is not UTF-8 text"),
        (b"[1, 2]", "must be a JSON object, got a list"),
        (b'"breathapp-backup"', 'must be a JSON object, got "breathapp-backup"'),
        (b'{"format": NaN}', "is not valid JSON (NaN is not a number JSON allows)"),
        (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON"),
    ],
)
def test_what_is_not_json_is_refused(db: Database, data: bytes, expected: str) -> None:
    _refused(db, data, expected)


def test_an_infinity_is_refused(db: Database) -> None:
    text = json.dumps(_good_file()).replace('"active_s": 330.0', '"active_s": 1e999', 1)
    _refused(db, text.encode(), "sessions[0].active_s: must be a number 0 to 86400, got Infinity")


def test_a_byte_order_mark_is_fine() -> None:
    data = b"\xef\xbb\xbf" + json.dumps(_good_file()).encode()
    assert len(read(data).sessions) == 4


def test_a_file_over_the_size_limit_is_refused_before_parsing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps(_good_file()).encode()
    monkeypatch.setattr(backup_read, "MAX_BACKUP_BYTES", len(data) - 1)
    monkeypatch.setattr(backup_read.json, "loads", _must_not_parse)
    _refused(db, data, "is larger than")
    path = tmp_path / SOURCE
    path.write_bytes(data)
    with pytest.raises(BackupError, match="is larger than"):
        load(path)
    monkeypatch.undo()
    assert len(load(path).sessions) == 4


def _must_not_parse(*args: object, **kwargs: object) -> object:
    raise AssertionError("a file over the limit must not be parsed")


def test_the_default_size_limit_is_200_mb() -> None:
    assert backup_read.MAX_BACKUP_BYTES == 200 * 1024 * 1024


def test_too_many_sessions_are_refused(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_read, "MAX_SESSIONS", 3)
    _refused(db, json.dumps(_good_file()).encode(), "sessions: must be at most 3 sessions, got 4")
    assert backup_read.MAX_SESSIONS == 3
    monkeypatch.undo()
    assert backup_read.MAX_SESSIONS == 1_000_000


def test_an_unreadable_file_is_a_backup_error(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match=r"missing\.json: cannot be read: No such file"):
        load(tmp_path / "missing.json", "missing.json")
    with pytest.raises(BackupError, match="cannot be read"):
        load(tmp_path)  # a folder


def test_unusable_preferences_are_left_out_not_a_reason_to_refuse() -> None:
    data = _good_file()
    data["preferences"] = {"pattern": "box", "sound_volume": 500, "colour": "red", "ramp": 1}
    backup = read(json.dumps(data).encode())
    assert dict(backup.preferences) == {"pattern": "box"}


def test_unknown_keys_are_ignored() -> None:
    data = _good_file()
    data["comment"] = "from the clinic"
    data["sessions"][0]["heart_rate"] = 62
    backup = read(json.dumps(data).encode())
    assert isinstance(backup, Backup) and len(backup.sessions) == 4


def test_a_checked_session_is_typed() -> None:
    session = read(json.dumps(_good_file()).encode()).sessions[0]
    assert session == BackupSession(
        record=SessionRecord(
            started_utc=datetime(2026, 11, 25, 8, 0, 0, 250000, tzinfo=UTC),
            ended_utc=datetime(2026, 11, 25, 8, 5, 30, 500000, tzinfo=UTC),
            active_s=330.0,
            pattern_text="4-0-6-0",
            pattern_id="calm",
            rate_bpm=6.0,
            ramp_start_bpm=None,
            breaths=33,
            status=SessionStatus.COMPLETED,
            length_kind=LengthKind.MINUTES,
            length_value=5.0,
            tension_before=7,
            tension_after=4,
        ),
        local_day=date(2026, 11, 25),
        checkpoint_utc=datetime(2026, 11, 25, 8, 5, 30, 500000, tzinfo=UTC),
    )


@pytest.mark.parametrize("key", ["note", "pattern_text"])
def test_text_that_is_no_unicode_is_refused_before_the_import(db: Database, key: str) -> None:
    # JSON may spell half a character ("\ud800"); the store cannot hold it.
    fill_every_sort(db)
    data = _good_file()
    data["sessions"][2][key] = "ok \ud800"
    data["sessions"][2]["started_utc"] = "2026-11-25T09:00:00.250Z"  # not already there
    _refused(db, json.dumps(data).encode(), f"sessions[2].{key}: is not UTF-8 text")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the newer version first, the older last: never read as the last one says
        (
            '{"format": "breathapp-backup", "version": 2, "version": 1}',
            "version: is given more than once",
        ),
        ('{"format": "breathapp-backup", "format": "x"}', "format: is given more than once"),
    ],
)
def test_a_key_given_twice_is_refused(db: Database, text: str, expected: str) -> None:
    _refused(db, text.encode(), expected)


def test_a_key_given_twice_in_a_session_is_refused_with_its_place(db: Database) -> None:
    data = _good_file()
    data["sessions"][2]["note"] = "@"  # the third session says its note twice
    text = json.dumps(data).replace('"note": "@"', '"note": "", "note": "=1+1"')
    _refused(db, text.encode(), "sessions[2].note: is given more than once")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    """The window's import reads through load_backup: a pipe with no writer would hang it."""
    pipe = tmp_path / "practice.json"
    os.mkfifo(pipe)
    with pytest.raises(BackupError, match="not a file"):
        load(pipe)
