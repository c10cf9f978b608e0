# SPDX-License-Identifier: GPL-3.0-or-later
"""The day each plan phase began: stored with the progress, and absent from older databases."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from breathapp.core.plan_file import plan_to_json
from breathapp.core.plans import Advance, ItemKind, Per, Plan, PlanItem, PlanPhase, PlanProgress
from breathapp.storage import migrations
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.plan_history import PlanHistory
from breathapp.storage.plans_repo import PlanRepo
from breathapp.storage.profiles_repo import ProfileRepo

MON = date(2026, 3, 2)  # a Monday
CALM_TWICE = PlanItem(ItemKind.BREATHING, "calm", minutes=10, times=2)
BOX = PlanItem(ItemKind.BREATHING, "4-4-4-4", minutes=5)
PMR = PlanItem(ItemKind.RELAXATION, "pmr-short", times=3, per=Per.WEEK)
SCAN = PlanItem(ItemKind.RELAXATION, "body-scan", times=2, per=Per.WEEK)
# Calm (until the therapist says) -> Build (28 days) -> Keep (until the therapist says) ->
# Maintain: moved into Build on day 10, rolled on into Keep on day 38, moved on on day 47.
PLAN = Plan(
    "Back at ease",
    (
        PlanPhase("Calm", (CALM_TWICE,), Advance.THERAPIST),
        PlanPhase("Build", (BOX,), Advance.AFTER_DAYS, 28),
        PlanPhase("Keep", (BOX, PMR), Advance.THERAPIST),
        PlanPhase("Maintain", (SCAN,), Advance.THERAPIST),
    ),
)


def _day(n: int) -> date:
    return MON + timedelta(days=n)


STARTS = (MON, _day(10), _day(38), _day(47))


def test_the_days_round_trip_through_save_and_set_progress(db: Database, now: datetime) -> None:
    repo = PlanRepo(db)
    profile = ProfileRepo(db).default().id
    repo.save(profile, PLAN, PlanProgress.starting(MON), now)
    assert repo.active(profile) == (PLAN, PlanProgress(MON, 0, MON, (MON,)))
    moved = PlanProgress(MON, 3, _day(47), STARTS)
    repo.set_progress(profile, moved)
    assert repo.active(profile) == (PLAN, moved)
    stored = db.query("SELECT phase_starts FROM plans WHERE active = 1")[0]["phase_starts"]
    assert json.loads(stored) == ["2026-03-02", "2026-03-12", "2026-04-09", "2026-04-18"]
    repo.set_progress(profile, PlanProgress(MON, 1, _day(10)))  # days unknown: NULL
    assert db.query("SELECT phase_starts FROM plans")[0]["phase_starts"] is None
    assert repo.active(profile) == (PLAN, PlanProgress(MON, 1, _day(10), ()))


def test_damaged_days_are_unknown_and_the_plan_stays(db: Database, now: datetime) -> None:
    repo = PlanRepo(db)
    profile = ProfileRepo(db).default().id
    repo.save(profile, PLAN, PlanProgress(MON, 3, _day(47), STARTS), now)
    for damaged in ("[not json", '{"a": 1}', '["2026-13-01"]', "[3]", '"2026-03-02"'):
        with db.transaction() as conn:
            conn.execute("UPDATE plans SET phase_starts = ?", (damaged,))
        assert repo.active(profile) == (PLAN, PlanProgress(MON, 3, _day(47), ()))


def _version_6_database(data: Path, now: datetime) -> None:
    """A database as BreathApp 6 left it, with the reviewer's plan moved into Maintain."""
    data.mkdir(parents=True)
    conn = sqlite3.connect(data / DB_FILENAME, isolation_level=None)
    try:
        for step in migrations.MIGRATIONS[:6]:
            step(conn, now)
        conn.execute("PRAGMA user_version = 6")
        profile = conn.execute("SELECT id FROM profiles").fetchone()[0]
        conn.execute(
            "INSERT INTO plans (profile_id, body, received_utc, started_day, phase_index,"
            " phase_started_day) VALUES (?, ?, '2026-03-02T08:00:00Z', ?, 3, ?)",
            (profile, json.dumps(plan_to_json(PLAN)), MON.isoformat(), _day(47).isoformat()),
        )
    finally:
        conn.close()


def test_a_version_6_plan_migrates_and_keeps_its_rebuilt_adherence(
    tmp_path: Path, now: datetime
) -> None:
    data = tmp_path / "data"
    _version_6_database(data, now)
    db, report = Database.open(data, now)
    try:
        assert report.migrated_from == 6
        assert migrations.user_version(db.connection) == migrations.SCHEMA_VERSION
        profile = ProfileRepo(db).default().id
        assert PlanRepo(db).active(profile) == (PLAN, PlanProgress(MON, 3, _day(47), ()))
        weeks = PlanHistory(db).adherence(profile, MON, _day(55))
        assert weeks is not None
        # As before: only Maintain's start is known, so Calm is counted until day 46.
        assert [w.prescribed for w in weeks] == [14] * 6 + [5 * 2 + 1, 2]
        # With the days kept, Build and Keep count as they ran.
        PlanRepo(db).set_progress(profile, PlanProgress(MON, 3, _day(47), STARTS))
        weeks = PlanHistory(db).adherence(profile, MON, _day(55))
        assert weeks is not None
        # Week 5: Build Mon-Wed, Keep from Thursday (box 4 + pmr 3 x 4/7 -> 2); week 6:
        # Keep Mon-Fri (box 5 + pmr 3 x 5/7 -> 2), Maintain Sat-Sun (2 x 2/7 -> 1).
        assert [w.prescribed for w in weeks] == [14, 6 + 4, 7, 7, 7, 3 + 4 + 2, 5 + 2 + 1, 2]
    finally:
        db.close()
