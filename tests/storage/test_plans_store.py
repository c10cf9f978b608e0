# SPDX-License-Identifier: GPL-3.0-or-later
"""Plans, the movement tick and plan files on disk: stored, replaced, refused, removed."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from breathapp.core.errors import StorageError
from breathapp.core.plan_file import plan_to_json
from breathapp.core.plans import (
    PLAN_FILE_MAX_BYTES,
    Advance,
    ItemKind,
    Per,
    Plan,
    PlanError,
    PlanItem,
    PlanPhase,
    PlanProblem,
    PlanProgress,
)
from breathapp.core.session import SessionStatus
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_files import read_plan_file, write_plan_file
from breathapp.storage.plans_repo import PlanRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.profiles import add_profile
from tests.builders.sessions import make_record

DAY = date(2026, 11, 23)
PLAN = Plan(
    "Back at ease",
    (
        PlanPhase(
            "Calm",
            (
                PlanItem(ItemKind.BREATHING, "calm", 5),
                PlanItem(ItemKind.RELAXATION, "pmr-short", times=2, per=Per.WEEK),
            ),
            Advance.AFTER_DAYS,
            14,
        ),
    ),
    message="Tot binnenkort — see you soon",
)


def test_a_new_database_has_the_plan_tables(db: Database) -> None:
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"plans", "movement"} <= tables


def test_a_saved_plan_is_the_active_one_and_the_older_one_stays(
    db: Database, now: datetime
) -> None:
    repo = PlanRepo(db)
    profile = ProfileRepo(db).default().id
    assert not repo.has_active(profile) and repo.active(profile) is None
    progress = PlanProgress(DAY, 0, DAY)
    repo.save(profile, PLAN, progress, now)
    assert repo.has_active(profile)
    assert repo.active(profile) == (PLAN, progress)
    newer = Plan("Second", PLAN.phases)
    repo.save(profile, newer, PlanProgress(DAY, 0, DAY + timedelta(days=3)), now)
    assert repo.active(profile) == (newer, PlanProgress(DAY, 0, DAY + timedelta(days=3)))
    rows = db.query("SELECT active, body FROM plans ORDER BY id")
    assert [r["active"] for r in rows] == [0, 1]
    assert json.loads(rows[0]["body"]) == plan_to_json(PLAN)  # the file format
    moved = PlanProgress(DAY, 1, DAY + timedelta(days=14))
    repo.set_progress(profile, moved)
    assert repo.active(profile) == (newer, moved)
    repo.remove(profile)
    assert not repo.has_active(profile) and repo.active(profile) is None
    assert len(db.query("SELECT id FROM plans")) == 2  # kept, inactive
    with pytest.raises(LookupError):
        repo.set_progress(profile, moved)


def test_plans_are_per_profile(db: Database, now: datetime) -> None:
    repo = PlanRepo(db)
    first = ProfileRepo(db).default().id
    other = add_profile(db, "Anna", now).id
    repo.save(other, PLAN, PlanProgress(DAY, 0, DAY), now)
    assert repo.has_active(other) and not repo.has_active(first)


@pytest.mark.parametrize(
    "body", ["{not json", '{"format": "breathapp-plan", "version": 2, "version": 1}']
)
def test_a_damaged_stored_plan_is_a_plan_error(db: Database, now: datetime, body: str) -> None:
    repo = PlanRepo(db)
    profile = ProfileRepo(db).default().id
    repo.save(profile, PLAN, PlanProgress(DAY, 0, DAY), now)
    with db.transaction() as conn:
        conn.execute("UPDATE plans SET body = ?", (body,))
    with pytest.raises(PlanError) as caught:
        repo.active(profile)
    assert caught.value.problem is PlanProblem.BAD_JSON


def test_sessions_done_reads_the_period_in_order(db: Database) -> None:
    sessions = SessionRepo(db, tz=UTC)
    profile = ProfileRepo(db).default().id
    base = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    sessions.add(profile, make_record(started_utc=base - timedelta(days=1)))
    sessions.add(
        profile,
        make_record(started_utc=base, status=SessionStatus.COMPLETED, active_s=300.0),
    )
    sessions.add(
        profile,
        make_record(started_utc=base + timedelta(hours=2), kind="relaxation:pmr-short"),
    )
    done = PlanRepo(db).sessions_done(profile, DAY, DAY + timedelta(days=6))
    assert [(s.local_day, s.kind, s.completed, s.active_s) for s in done] == [
        (DAY, "breathing", True, 300.0),
        (DAY, "relaxation:pmr-short", False, 0.0),
    ]
    assert done[0].pattern_id == "calm" and done[0].pattern_text == "4-0-6-0"


def test_the_movement_tick_is_one_per_day(db: Database, now: datetime) -> None:
    repo = MovementRepo(db)
    profile = ProfileRepo(db).default().id
    repo.set(profile, DAY, True, now)
    repo.set(profile, DAY, True, now + timedelta(hours=1))  # twice is still once
    repo.set(profile, DAY + timedelta(days=2), True, now)
    assert repo.days(profile, None, None) == [DAY, DAY + timedelta(days=2)]
    assert repo.days(profile, DAY + timedelta(days=1), None) == [DAY + timedelta(days=2)]
    assert repo.days(profile, None, DAY) == [DAY]
    assert repo.moved(profile, DAY) and not repo.moved(profile, DAY + timedelta(days=1))
    repo.set(profile, DAY, False, now)
    assert repo.days(profile, None, None) == [DAY + timedelta(days=2)]
    logged = db.query("SELECT logged_utc FROM movement")[0][0]
    assert logged == "2026-11-25T15:23:00.123Z"


def test_deleting_a_profile_deletes_its_plans_and_ticks(db: Database, now: datetime) -> None:
    profiles = ProfileRepo(db)
    keep = profiles.default().id
    gone = add_profile(db, "Anna", now).id
    for profile in (keep, gone):
        PlanRepo(db).save(profile, PLAN, PlanProgress(DAY, 0, DAY), now)
        MovementRepo(db).set(profile, DAY, True, now)
    profiles.delete(gone)
    for table in ("plans", "movement"):
        rows = db.query(f"SELECT profile_id FROM {table}")
        assert [r[0] for r in rows] == [keep]


def test_a_plan_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "anna.breathplan"
    write_plan_file(path, PLAN)
    assert read_plan_file(path) == PLAN
    assert "Tot binnenkort —" in path.read_text("utf-8")  # readable, not escaped
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(
    ("content", "problem", "where"),
    [
        (b"\xff\xfe{}", PlanProblem.BAD_JSON, "byte 0"),
        (b'{"format": ', PlanProblem.BAD_JSON, "line 1 column 12"),
        (b'{"format": NaN}', PlanProblem.BAD_JSON, ""),
        (b"[" * 150_000 + b"]" * 150_000, PlanProblem.TOO_BIG, ""),
        (b"[" * 50_000 + b"]" * 50_000, PlanProblem.BAD_JSON, ""),
        (b'{"format": "breathapp-plan", "version": 7}', PlanProblem.NEWER_VERSION, "version"),
        (b'{"format": "breathapp-backup"}', PlanProblem.NOT_A_PLAN, "format"),
        # a key given twice: never read as the last one says
        (
            b'{"format": "breathapp-plan", "version": 2, "version": 1}',
            PlanProblem.BAD_JSON,
            "version",
        ),
        (
            b'{"plan": {"phases": [{"items": [{"what": "box", "what": "calm"}]}]}}',
            PlanProblem.BAD_JSON,
            "plan.phases[0].items[0].what",
        ),
    ],
)
def test_a_bad_plan_file_is_refused_naming_the_place(
    tmp_path: Path, content: bytes, problem: PlanProblem, where: str
) -> None:
    path = tmp_path / "bad.breathplan"
    path.write_bytes(content)
    with pytest.raises(PlanError) as info:
        read_plan_file(path)
    assert (info.value.problem, info.value.where) == (problem, where)


def test_an_oversized_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "big.breathplan"
    path.write_bytes(b" " * (PLAN_FILE_MAX_BYTES + 1))
    with pytest.raises(PlanError) as info:
        read_plan_file(path)
    assert info.value.problem is PlanProblem.TOO_BIG and info.value.high == PLAN_FILE_MAX_BYTES


def test_a_utf8_file_with_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.breathplan"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(plan_to_json(PLAN)).encode())
    assert read_plan_file(path) == PLAN


def test_os_problems_are_storage_errors(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        read_plan_file(tmp_path / "missing.breathplan")
    with pytest.raises(StorageError):
        write_plan_file(tmp_path / "no-folder" / "x.breathplan", PLAN)
    with pytest.raises(StorageError):
        read_plan_file(tmp_path)  # a folder


_V8_COLUMNS = [
    ("sessions", "sealed"),
    *(("profiles", f"vault_{name}") for name in ("kdf", "salt", "ops", "mem", "wrapped")),
]


def test_the_migration_keeps_a_version_5_database(tmp_path: Path, now: datetime) -> None:
    data = tmp_path / "data"
    db, _ = Database.open(data, now)
    db.close()
    conn = sqlite3.connect(data / "breathapp.db")
    conn.execute("DROP TABLE session_beats")  # nor the heart step's (issue 17)
    conn.execute("DROP TABLE resonance_tests")
    conn.execute("DROP TABLE plans")
    conn.execute("DROP TABLE movement")
    # Nor the bad-day step's (issue 16) tables and column.
    conn.execute("DROP TABLE therapist_notes")
    conn.execute("DROP TABLE bad_days")
    conn.execute("ALTER TABLE profiles DROP COLUMN contact_suggested_day")
    for table, column in _V8_COLUMNS:  # a version 5 file has none of version 8's columns
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    db, report = Database.open(data, now)
    try:
        assert report.migrated_from == 5
        assert PlanRepo(db).active(ProfileRepo(db).default().id) is None
    finally:
        db.close()
