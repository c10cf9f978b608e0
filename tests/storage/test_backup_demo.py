# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files carry what a demonstration showed: exactly, and older files still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from breathapp.core.live_pace import Shown
from breathapp.core.patterns import parse
from breathapp.core.session import SessionStatus
from breathapp.storage.backup import BackupError, import_backup
from breathapp.storage.db import Database
from tests.builders.backups import (
    NOW,
    at,
    backup_bytes,
    fill_every_sort,
    read,
    stored_rows,
)
from tests.builders.sessions import add_finished, make_record, stored_records

SHOWN = (
    Shown(parse("4-0-6-0"), 120.0),
    Shown(parse("3.692-0-5.539-0"), 60.25),
    Shown(parse("2+1-0-6-0"), 0.125),
)


def add_demo(db: Database) -> None:
    demo = make_record(
        started_utc=at(27, 14),
        ended_utc=at(27, 14, 4),
        active_s=180.375,  # what it showed, in all
        breaths=18,
        status=SessionStatus.STOPPED,
        shown=SHOWN,
    )
    add_finished(db, [demo])


def test_the_demo_log_is_in_the_file_as_a_list(db: Database) -> None:
    fill_every_sort(db)
    add_demo(db)
    sessions = json.loads(backup_bytes(db))["sessions"]
    assert [s["demo_log"] for s in sessions[:5]] == [None] * 5
    assert sessions[5]["demo_log"] == [
        {"pattern": "4-0-6-0", "seconds": 120.0},
        {"pattern": "3.692-0-5.539-0", "seconds": 60.25},
        {"pattern": "2+1-0-6-0", "seconds": 0.125},
    ]


def test_export_then_import_keeps_the_demo_log_exactly(db: Database, tmp_path: Path) -> None:
    fill_every_sort(db)
    add_demo(db)
    other, _report = Database.open(tmp_path / "other", NOW)
    try:
        added = import_backup(other, 1, read(backup_bytes(db)))
        assert added.added == 6
        # the demonstration's row, the demo_log column too, byte for byte
        assert stored_rows(other)[-1] == stored_rows(db)[-1]
        assert stored_records(other)[-1].shown == SHOWN
    finally:
        other.close()


def test_a_file_from_before_the_demo_log_still_reads(db: Database) -> None:
    fill_every_sort(db)
    data = json.loads(backup_bytes(db))
    for session in data["sessions"]:
        del session["demo_log"]
    backup = read(json.dumps(data).encode())
    assert backup.version == 1
    assert [s.record.shown for s in backup.sessions] == [()] * 5


@pytest.mark.parametrize(
    ("log", "where", "message"),
    [
        ("4-0-6-0", "sessions[0].demo_log", "must be a list or null"),
        (["4-0-6-0"], "sessions[0].demo_log[0]", "must be a JSON object"),
        ([{"seconds": 1}], "sessions[0].demo_log[0].pattern", "is missing"),
        ([{"pattern": "99-0-1-0", "seconds": 1}], "sessions[0].demo_log[0].pattern", "pattern"),
        ([{"pattern": "4-0-6-0", "seconds": -1}], "sessions[0].demo_log[0].seconds", "0 to"),
        ([{"pattern": "4-0-6-0", "seconds": True}], "sessions[0].demo_log[0].seconds", "0 to"),
        ([{"pattern": "4-0-6-0", "seconds": 1}] * 1001, "sessions[0].demo_log", "at most"),
    ],
)
def test_a_bad_demo_log_is_refused_naming_its_place(
    db: Database, log: object, where: str, message: str
) -> None:
    fill_every_sort(db)
    data = json.loads(backup_bytes(db))
    data["sessions"][0]["demo_log"] = log
    with pytest.raises(BackupError) as caught:
        read(json.dumps(data).encode())
    assert caught.value.where == where and message in str(caught.value)
