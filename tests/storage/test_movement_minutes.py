# SPDX-License-Identifier: GPL-3.0-or-later
"""Movement minutes per local day, and old "15 minutes or more" ticks migrated to them."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from breathapp.core.movement import MovementDay, MovementError
from breathapp.core.movement_goals import MovementWeek
from breathapp.core.plans import Advance, ItemKind, Plan, PlanItem, PlanPhase, PlanProgress
from breathapp.storage import migrations
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_history import PlanHistory
from breathapp.storage.plans_repo import PlanRepo
from breathapp.storage.profiles_repo import ProfileRepo

DAY = date(2026, 11, 23)


def test_minutes_are_one_row_per_day_and_setting_again_replaces(
    db: Database, now: datetime
) -> None:
    repo = MovementRepo(db)
    profile = ProfileRepo(db).default().id
    repo.set_minutes(profile, DAY, 10, now)
    repo.set_minutes(profile, DAY, 25, now + timedelta(hours=1))
    repo.set_minutes(profile, DAY + timedelta(days=1), 600, now)
    assert repo.minutes(profile, DAY) == MovementDay(DAY, 25, at_least=False)
    assert repo.entries(profile, None, None) == [
        MovementDay(DAY, 25, False),
        MovementDay(DAY + timedelta(days=1), 600, False),
    ]
    assert repo.entries(profile, DAY + timedelta(days=1), None) == [
        MovementDay(DAY + timedelta(days=1), 600, False)
    ]
    assert repo.days(profile, None, None) == [DAY, DAY + timedelta(days=1)]
    repo.set_minutes(profile, DAY, 0, now)  # 0 clears
    assert repo.minutes(profile, DAY) is None
    assert repo.days(profile, None, None) == [DAY + timedelta(days=1)]


@pytest.mark.parametrize("bad", [-1, 601, 1000, 2.5, True, "10", None])
def test_minutes_out_of_meaning_are_refused_and_change_nothing(
    db: Database, now: datetime, bad: object
) -> None:
    repo = MovementRepo(db)
    profile = ProfileRepo(db).default().id
    repo.set_minutes(profile, DAY, 10, now)
    with pytest.raises(MovementError, match="whole minutes from 1 to 600"):
        repo.set_minutes(profile, DAY, bad, now)  # type: ignore[arg-type]
    assert repo.minutes(profile, DAY) == MovementDay(DAY, 10, False)


def test_the_old_tick_reads_as_15_or_more_and_keeps_exact_minutes(
    db: Database, now: datetime
) -> None:
    repo = MovementRepo(db)
    profile = ProfileRepo(db).default().id
    repo.set(profile, DAY, True, now)
    assert repo.minutes(profile, DAY) == MovementDay(DAY, 15, at_least=True)
    repo.set_minutes(profile, DAY + timedelta(days=1), 5, now)
    repo.set(profile, DAY + timedelta(days=1), True, now)  # a tick keeps the minutes set
    assert repo.minutes(profile, DAY + timedelta(days=1)) == MovementDay(
        DAY + timedelta(days=1), 5, False
    )
    assert repo.moved(profile, DAY + timedelta(days=1))


def _database_before_minutes(data: Path, now: datetime) -> int:
    """A database at the version just before the minutes step, with ticks in it."""
    before = migrations.MIGRATIONS.index(migrations.movement_minutes)
    data.mkdir(parents=True)
    conn = sqlite3.connect(data / DB_FILENAME, isolation_level=None)
    try:
        for step in migrations.MIGRATIONS[:before]:
            step(conn, now)
        conn.execute(f"PRAGMA user_version = {before:d}")
        profile = int(conn.execute("SELECT id FROM profiles").fetchone()[0])
        for day in (DAY, DAY + timedelta(days=3)):
            conn.execute(
                "INSERT INTO movement (profile_id, local_day, logged_utc) VALUES (?, ?, ?)",
                (profile, day.isoformat(), "2026-11-23T18:00:00Z"),
            )
    finally:
        conn.close()
    return profile


def test_ticks_of_an_older_database_become_15_minutes_or_more(
    tmp_path: Path, now: datetime
) -> None:
    profile = _database_before_minutes(tmp_path / "data", now)
    db, _ = Database.open(tmp_path / "data", now)
    try:
        repo = MovementRepo(db)
        assert repo.entries(profile, None, None) == [
            MovementDay(DAY, 15, at_least=True),
            MovementDay(DAY + timedelta(days=3), 15, at_least=True),
        ]
        repo.set_minutes(profile, DAY, 20, now)  # an exact number replaces the old tick
        assert repo.minutes(profile, DAY) == MovementDay(DAY, 20, at_least=False)
        logged = db.query("SELECT logged_utc FROM movement WHERE local_day = ?", (DAY.isoformat(),))
        assert logged[0][0] == "2026-11-25T15:23:00.123Z"
    finally:
        db.close()


def test_the_minutes_step_refuses_nonsense_in_the_table(tmp_path: Path, now: datetime) -> None:
    profile = _database_before_minutes(tmp_path / "data", now)
    db, _ = Database.open(tmp_path / "data", now)
    try:
        for minutes, at_least in ((0, 0), (601, 0), (10, 2)):
            with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
                conn.execute(
                    "INSERT INTO movement VALUES (?, '2026-12-01', 'x', ?, ?)",
                    (profile, minutes, at_least),
                )
    finally:
        db.close()


def test_the_report_has_the_weeks_of_movement_against_the_phase_goal(
    db: Database, now: datetime
) -> None:
    monday = date(2026, 11, 23)
    calm = PlanItem(ItemKind.BREATHING, "calm", 5)
    plan = Plan("Move", (PlanPhase("Walk", (calm,), Advance.THERAPIST, movement_minutes=15),))
    profile = ProfileRepo(db).default().id
    PlanRepo(db).save(profile, plan, PlanProgress.starting(monday), now)
    repo = MovementRepo(db)
    repo.set_minutes(profile, monday, 20, now)
    repo.set_minutes(profile, monday + timedelta(days=1), 10, now)
    repo.set(profile, monday + timedelta(days=8), True, now)  # an old tick
    days = PlanHistory(db).movement_goal_days(profile, monday, monday + timedelta(days=9))
    assert [(d.goal, d.minutes, d.met) for d in days[:3]] == [
        (15, 20, True),
        (15, 10, False),
        (15, 0, False),
    ]
    report = HistoryRepo(db).report(
        profile, monday, monday + timedelta(days=13), monday + timedelta(days=9), 10
    )
    assert report.movement_weeks == (
        MovementWeek(monday, 30, 2, 1, 7, False),
        MovementWeek(monday + timedelta(days=7), 15, 1, 1, 3, True),
    )


def test_the_report_without_movement_or_goal_has_no_weeks(db: Database, now: datetime) -> None:
    profile = ProfileRepo(db).default().id
    report = HistoryRepo(db).report(profile, DAY, DAY + timedelta(days=6), DAY, 10)
    assert report.movement_weeks == ()
    MovementRepo(db).set_minutes(profile, DAY, 5, now)
    report = HistoryRepo(db).report(profile, DAY, DAY + timedelta(days=6), DAY, 10)
    assert report.movement_weeks == (MovementWeek(DAY, 5, 1, 0, 0, False),)
