# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files carry the minutes moved per day; old files' ticks read as 15 "or more"."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from breathapp.core.movement import MovementDay
from breathapp.storage.backup import BackupError, import_backup
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from tests.builders.backups import NOW, at, backup_bytes, fill_every_sort, read

D20, D23, D25 = date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 25)


def _moved(db: Database) -> None:
    repo = MovementRepo(db)
    repo.set_minutes(1, D20, 20, at(20, 20))
    repo.set(1, D23, True, at(23, 20))  # an old tick: "15 minutes or more"
    repo.set_minutes(1, D25, 600, at(25, 20))


def test_the_minutes_are_in_the_file_beside_the_days(db: Database) -> None:
    fill_every_sort(db)
    _moved(db)
    data = json.loads(backup_bytes(db))
    assert data["movement_days"] == ["2026-11-20", "2026-11-23", "2026-11-25"]
    assert data["movement_minutes"] == {"2026-11-20": 20, "2026-11-25": 600}
    some = json.loads(backup_bytes(db, first=D23, last=D25))
    assert some["movement_minutes"] == {"2026-11-25": 600}


def test_the_minutes_come_back_and_an_old_tick_stays_15_or_more(
    db: Database, tmp_path: Path
) -> None:
    fill_every_sort(db)
    _moved(db)
    backup = read(backup_bytes(db))
    assert backup.movement == (
        MovementDay(D20, 20, False),
        MovementDay(D23, 15, True),
        MovementDay(D25, 600, False),
    )
    other, _report = Database.open(tmp_path / "other", NOW)
    try:
        MovementRepo(other).set_minutes(1, D25, 30, at(25, 8))  # the profile's own stays
        report = import_backup(other, 1, backup)
        assert report.moved_added == 2
        assert MovementRepo(other).entries(1, None, None) == [
            MovementDay(D20, 20, False),
            MovementDay(D23, 15, True),
            MovementDay(D25, 30, False),
        ]
        assert import_backup(other, 1, backup).moved_added == 0  # twice adds nothing
    finally:
        other.close()


def test_a_file_with_ticks_only_reads_them_as_15_or_more(db: Database, tmp_path: Path) -> None:
    fill_every_sort(db)
    data = json.loads(backup_bytes(db))
    data["movement_days"] = ["2026-11-20", "2026-11-23"]
    data.pop("movement_minutes", None)
    backup = read(json.dumps(data).encode())
    assert backup.movement == (MovementDay(D20, 15, True), MovementDay(D23, 15, True))
    assert backup.movement_days == (D20, D23)
    other, _report = Database.open(tmp_path / "other", NOW)
    try:
        assert import_backup(other, 1, backup).moved_added == 2
        assert MovementRepo(other).entries(1, None, None) == list(backup.movement)
    finally:
        other.close()


def test_a_day_with_minutes_only_counts_as_moved(db: Database) -> None:
    fill_every_sort(db)
    data = json.loads(backup_bytes(db))
    data["movement_days"] = []
    data["movement_minutes"] = {"2026-11-20": 5}
    backup = read(json.dumps(data).encode())
    assert backup.movement == (MovementDay(D20, 5, False),)
    assert backup.movement_days == (D20,)


@pytest.mark.parametrize(
    ("minutes", "where", "message"),
    [
        (["2026-11-20", 20], "movement_minutes", "must be an object"),
        ({"2026-11-31": 20}, "movement_minutes.2026-11-31", "must be a date"),
        ({"20/11/2026": 20}, "movement_minutes.20/11/2026", "must be a date"),
        ({"2030-01-01": 20}, "movement_minutes.2030-01-01", ""),
        ({"2026-11-20": "20"}, "movement_minutes.2026-11-20", "whole minutes from 1 to 600"),
        ({"2026-11-20": 20.0}, "movement_minutes.2026-11-20", "whole minutes from 1 to 600"),
        ({"2026-11-20": True}, "movement_minutes.2026-11-20", "whole minutes from 1 to 600"),
        ({"2026-11-20": 0}, "movement_minutes.2026-11-20", "whole minutes from 1 to 600"),
        ({"2026-11-20": 601}, "movement_minutes.2026-11-20", "whole minutes from 1 to 600"),
        ({"2026-11-20": None}, "movement_minutes.2026-11-20", "whole minutes from 1 to 600"),
    ],
)
def test_bad_minutes_are_refused_naming_the_place(
    db: Database, minutes: object, where: str, message: str
) -> None:
    fill_every_sort(db)
    data = json.loads(backup_bytes(db))
    data["movement_minutes"] = minutes
    with pytest.raises(BackupError) as caught:
        read(json.dumps(data).encode())
    assert caught.value.where == where and message in str(caught.value)
