# SPDX-License-Identifier: GPL-3.0-or-later
"""The description of the sessions table: the real table, and every reader and writer, follow it."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from breathapp.core.errors import BackupError
from breathapp.core.session import LengthKind, SessionRecord, SessionStatus
from breathapp.storage.backup import import_backup, write_backup
from breathapp.storage.db import Database
from breathapp.storage.export import CSV_COLUMNS, export_csv, write_csv
from breathapp.storage.session_columns import (
    COLUMNS,
    CSV_ORDER,
    FILE_COLUMNS,
    RECORD_COLUMNS,
    names,
)
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.backups import NOW, read
from tests.builders.sessions import make_record

ZONE = ZoneInfo("Europe/Brussels")
STARTED = datetime(2026, 11, 25, 8, 0, 0, 250000, tzinfo=UTC)
ENDED = datetime(2026, 11, 25, 8, 10, 0, 500000, tzinfo=UTC)


def _full() -> SessionRecord:
    """A finished session with every field set: none empty, none null."""
    from breathapp.core.live_pace import Shown
    from breathapp.core.patterns import parse

    full = make_record(
        started_utc=STARTED,
        ended_utc=ENDED,
        active_s=597.5,
        ramp_start_bpm=8.0,
        breaths=59,
        status=SessionStatus.STOPPED,
        length_kind=LengthKind.BREATHS,
        length_value=60.0,
        dizzy=True,
        tension_before=7,
        tension_after=3,
        pain_before=5,
        pain_after=2,
        note="lighter",
        shown=(Shown(parse("4-0-6-0"), 120.0), Shown(parse("5-0-5-0"), 477.5)),
    )
    unset = [f.name for f in fields(SessionRecord) if getattr(full, f.name) in (None, "", ())]
    # A field added to SessionRecord belongs here too, so the test below carries it everywhere.
    assert unset == ["id", "profile_id"], unset
    assert full.dizzy is True
    return full


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    db, _report = Database.open(tmp_path / "other", NOW)
    yield db
    db.close()


def _stored(db: Database) -> list[tuple[Any, ...]]:
    """Every column of every session but the row id (and the blob a PIN profile seals)."""
    every = names(c for c in COLUMNS if c.name not in ("id", "sealed"))
    return [tuple(r) for r in db.query(f"SELECT {every} FROM sessions ORDER BY id")]


# -- the description and the table -----------------------------------------------------
def test_the_description_is_the_sessions_table_of_a_fresh_store(db: Database) -> None:
    table = [row["name"] for row in db.query("PRAGMA table_info(sessions)")]
    assert table == [c.name for c in COLUMNS]  # every column, in the table's order


def test_a_session_record_is_every_column_but_the_internal_ones() -> None:
    assert [c.name for c in COLUMNS if c.internal] == ["checkpoint_utc", "local_day", "sealed"]
    attributes = [c.field for c in RECORD_COLUMNS]
    assert sorted(attributes) == sorted(f.name for f in fields(SessionRecord))


def test_only_the_columns_left_out_on_purpose_are_missing_from_a_file_or_the_csv() -> None:
    # A PIN profile's sealed blob never leaves the store: files and CSVs hold the values.
    assert [c.name for c in COLUMNS if not c.in_file] == ["id", "profile_id", "sealed"]
    assert [c.name for c in COLUMNS if c.csv_at is None] == [
        "profile_id",
        "checkpoint_utc",
        "sealed",
    ]
    # each place in the CSV is taken once, none skipped
    places = sorted(c.csv_at for c in COLUMNS if c.csv_at is not None)
    assert places == list(range(len(CSV_ORDER)))
    assert len(CSV_COLUMNS) == len(CSV_ORDER) + 1  # and active_minutes


def test_the_repository_writes_every_column_but_the_row_id() -> None:
    written = [c.name for c in COLUMNS if c.at_start or c.on_update]
    assert written == [c.name for c in COLUMNS if c.name != "id"]


# -- every reader and writer -------------------------------------------------------------
def test_a_session_starts_with_the_columns_known_at_its_start(db: Database) -> None:
    """What is only known later (the ratings after, the note, the demo log) waits for it."""
    full = _full()
    session_id = SessionRepo(db, ZONE).add(1, full)
    (row,) = db.query("SELECT * FROM sessions WHERE id = ?", (session_id,))
    later = ("checkpoint_utc", "tension_after", "pain_after", "demo_log")
    assert [row[name] for name in later] == [None, None, None, None]
    assert row["note"] == ""
    assert (row["tension_before"], row["pain_before"], row["local_day"]) == (7, 5, "2026-11-25")


def test_a_session_with_every_column_set_goes_through_every_reader_and_writer(
    db: Database, other: Database
) -> None:
    full = _full()
    repo = SessionRepo(db, ZONE)
    session_id = repo.add(1, full)
    repo.finish(session_id, full, ENDED)
    # the repository
    assert repo.get(session_id) == replace(full, id=session_id, profile_id=1)
    assert all(value is not None for value in _stored(db)[0])
    # the CSV: a cell for every column, from the store and from records alike
    out = io.StringIO()
    assert export_csv(db, 1, out) == 1
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert list(row) == list(CSV_COLUMNS)
    assert [name for name, cell in row.items() if cell == ""] == []
    from_records = io.StringIO()
    write_csv(repo.list(1), from_records, ZONE)
    assert from_records.getvalue() == out.getvalue()
    # the practice file: every column but the ids, none null
    text = io.StringIO()
    write_backup(db, 1, text, now_utc=NOW)
    (session,) = json.loads(text.getvalue())["sessions"]
    assert list(session) == [c.name for c in FILE_COLUMNS]
    assert [name for name, value in session.items() if value is None] == []
    # the import: the same row in another store
    import_backup(other, 1, read(text.getvalue().encode(), "full.json"))
    assert _stored(other) == _stored(db)


@pytest.mark.parametrize("name", [c.name for c in FILE_COLUMNS])
def test_every_column_of_a_practice_file_is_checked_on_import(db: Database, name: str) -> None:
    """A column the reader skipped would be lost on import; so each is read, and checked."""
    full = _full()
    repo = SessionRepo(db, ZONE)
    repo.finish(repo.add(1, full), full, ENDED)
    text = io.StringIO()
    write_backup(db, 1, text, now_utc=NOW)
    data = json.loads(text.getvalue())
    read(json.dumps(data).encode(), "full.json")  # as written, it is fine
    data["sessions"][0][name] = {"not": "a value"}
    with pytest.raises(BackupError) as caught:
        read(json.dumps(data).encode(), "full.json")
    assert caught.value.where == f"sessions[0].{name}"
