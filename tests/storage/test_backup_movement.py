# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files carry the movement days; importing merges them without duplicates."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from breathapp.storage.backup import BackupError, import_backup
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.timestamps import to_iso_z
from tests.builders.backups import NOW, SAVED, at, backup_bytes, fill_every_sort, read

DAYS = [date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 25)]


def tick(db: Database, *days: date) -> None:
    for day in days:
        MovementRepo(db).set(1, day, True, at(day.day, 20))


def test_the_movement_days_are_in_the_file(db: Database) -> None:
    fill_every_sort(db)
    tick(db, *DAYS)
    data = json.loads(backup_bytes(db))
    assert data["movement_days"] == ["2026-11-20", "2026-11-23", "2026-11-25"]
    some = json.loads(backup_bytes(db, first=date(2026, 11, 21), last=date(2026, 11, 24)))
    assert some["movement_days"] == ["2026-11-23"]  # the period chosen, as for sessions


def test_import_merges_the_days_without_duplicates(db: Database, tmp_path: Path) -> None:
    fill_every_sort(db)
    tick(db, *DAYS)
    other, _report = Database.open(tmp_path / "other", NOW)
    try:
        MovementRepo(other).set(1, DAYS[1], True, at(23, 8))  # already there
        MovementRepo(other).set(1, date(2026, 11, 1), True, at(1, 8))
        backup = read(backup_bytes(db))
        first = import_backup(other, 1, backup)
        assert first.moved_added == 2
        again = import_backup(other, 1, backup)
        assert (again.added, again.moved_added) == (0, 0)
        days = MovementRepo(other).days(1, None, None)
        assert days == [date(2026, 11, 1), *DAYS]
        logged = other.query("SELECT logged_utc FROM movement WHERE local_day = '2026-11-20'")
        assert logged[0]["logged_utc"] == to_iso_z(SAVED)  # when the file was saved
    finally:
        other.close()


def test_a_file_from_before_the_tick_has_no_days(db: Database) -> None:
    fill_every_sort(db)
    data = json.loads(backup_bytes(db))
    del data["movement_days"]
    assert read(json.dumps(data).encode()).movement_days == ()


def test_a_day_given_twice_counts_once(db: Database) -> None:
    fill_every_sort(db)
    data = json.loads(backup_bytes(db))
    data["movement_days"] = ["2026-11-25", "2026-11-20", "2026-11-25"]
    days = read(json.dumps(data).encode()).movement_days
    assert days == (date(2026, 11, 20), date(2026, 11, 25))


@pytest.mark.parametrize(
    ("days", "where", "message"),
    [
        ("2026-11-25", "movement_days", "must be a list"),
        (["2026-11-31"], "movement_days[0]", "must be a date"),
        (["25/11/2026"], "movement_days[0]", "must be a date"),
        ([20261125], "movement_days[0]", "must be a date"),
        (["2026-11-25"] * 100_001, "movement_days", "at most"),
    ],
)
def test_bad_movement_days_are_refused_naming_the_place(
    db: Database, days: object, where: str, message: str
) -> None:
    fill_every_sort(db)
    data = json.loads(backup_bytes(db))
    data["movement_days"] = days
    with pytest.raises(BackupError) as caught:
        read(json.dumps(data).encode())
    assert caught.value.where == where and message in str(caught.value)
