# SPDX-License-Identifier: GPL-3.0-or-later
"""Several profiles in the store: create, rename, delete for good, PIN columns, migration v4."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from breathapp.core.plans import PlanProgress
from breathapp.core.prefs import Preferences
from breathapp.core.profiles import LockState, NameProblem, ProfileNameError
from breathapp.storage import migrations
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plans_repo import PlanRepo
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo, profiles_read_only
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.plans import easy_plan
from tests.builders.sessions import make_record

_DAY = date(2026, 11, 23)
_PLAN = easy_plan()


def _count(db: Database, table: str, profile_id: int) -> int:
    column = "id" if table == "profiles" else "profile_id"
    sql = f"SELECT count(*) FROM {table} WHERE {column} = ?"
    return int(db.query(sql, (profile_id,))[0][0])


def test_create_rename_and_unique_names(db: Database, now: datetime) -> None:
    repo = ProfileRepo(db)
    anna = repo.create("  Anna ", now)
    assert anna.name == "Anna" and not anna.has_pin and not anna.no_holds
    assert repo.first_and_count() == (repo.default(), 2)
    with pytest.raises(ProfileNameError) as taken:
        repo.create("ANNA", now)
    assert taken.value.problem is NameProblem.TAKEN
    bert = repo.create("Bert", now)
    with pytest.raises(ProfileNameError):
        repo.rename(bert.id, "anna")
    assert repo.rename(anna.id, "anna").name == "anna"  # its own name, in other case
    assert [p.name for p in repo.all()] == ["", "anna", "Bert"]
    assert repo.by_name("BERT") == bert


def test_a_new_profile_starts_with_the_default_settings(db: Database, now: datetime) -> None:
    repo, prefs = ProfileRepo(db), PrefsRepo(db)
    first = repo.default()
    repo.set_no_holds(first.id, True)
    repo.set_ask_pain(first.id, True)
    prefs.save(first.id, Preferences(daily_goal_minutes=25, check_in=False))
    new = repo.create("Chris", now)
    assert (new.no_holds, new.ask_pain) == (False, False)
    assert prefs.load(new.id)[0] == Preferences()
    assert prefs.load(first.id)[0].daily_goal_minutes == 25


def test_delete_removes_all_its_rows_and_the_profile_only(db: Database, now: datetime) -> None:
    repo, sessions, prefs = ProfileRepo(db), SessionRepo(db), PrefsRepo(db)
    plans, movement = PlanRepo(db), MovementRepo(db)
    first = repo.default()
    gone = repo.create("Dana", now)
    for profile_id in (first.id, gone.id, gone.id):
        sessions.add(profile_id, make_record())
        plans.save(profile_id, _PLAN, PlanProgress(_DAY, 0, _DAY), now)  # the older stays stored
        movement.set(profile_id, _DAY, True, now)
    movement.set(gone.id, _DAY + timedelta(days=1), True, now)
    prefs.save(first.id, Preferences())
    prefs.save(gone.id, Preferences(daily_goal_minutes=5))
    assert (_count(db, "plans", gone.id), _count(db, "movement", gone.id)) == (2, 2)
    repo.delete(gone.id)
    for table in ("sessions", "preferences", "plans", "movement", "profiles"):
        assert _count(db, table, gone.id) == 0
        assert _count(db, table, first.id) >= 1
    assert plans.active(first.id) is not None and movement.days(first.id, None, None) == [_DAY]
    with pytest.raises(ValueError):
        repo.delete(first.id)  # the only one stays


def test_a_pin_is_never_kept_and_the_lock_state_is(db: Database) -> None:
    repo = ProfileRepo(db)
    first = repo.default()
    assert repo.change_pin(first.id, None, "4321") and repo.get(first.id).has_pin
    stored = db.query("SELECT * FROM profiles")[0]
    assert b"4321" not in b"".join(v for v in stored if isinstance(v, bytes))
    assert stored["pin_hash"] is None and stored["vault_wrapped"] is not None
    assert repo.try_pin(first.id, "4321") and not repo.try_pin(first.id, "4322")
    state = LockState(0, now_lock := datetime(2026, 1, 1, tzinfo=UTC))
    repo.set_lock_state(first.id, state)
    assert repo.lock_state(first.id).locked_until_utc == now_lock
    assert not repo.change_pin(first.id, "1111", None)  # the PIN, not just any, removes it
    assert repo.change_pin(first.id, "4321", None) and not repo.get(first.id).has_pin
    assert repo.lock_state(first.id) == LockState()


def test_a_v3_database_migrates_to_v4_keeping_every_row(
    data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        db, _ = Database.open(data_dir, now)
        with db:
            db.connection.execute("INSERT INTO profiles (name, created_utc) VALUES ('Eva', 'x')")
            for profile_id in (1, 2):
                db.connection.execute(
                    "INSERT INTO sessions (profile_id, started_utc, local_day, pattern_text,"
                    " rate_bpm, status, length_kind, length_value, note)"
                    " VALUES (?, '2026-01-05T08:00:00.000Z', '2026-01-05', '4-0-6-0', 6,"
                    " 'completed', 'minutes', 5, 'fijn')",
                    (profile_id,),
                )
            PrefsRepo(db).save(2, Preferences(daily_goal_minutes=15))
    V3_COLUMNS.update(_columns(data_dir / "breathapp.db"))
    before = _dump(data_dir / "breathapp.db")
    assert len(before[0]) == 2 and len(before[2]) == 2
    assert profiles_read_only(data_dir / "breathapp.db") is not None  # read-only on v3
    db, report = Database.open(data_dir, now)
    with db:
        assert report.migrated_from == 3 and report.pre_migration_backup is not None
        assert report.pre_migration_backup.exists()
        assert [(p.name, p.has_pin) for p in ProfileRepo(db).all()] == [("", False), ("Eva", False)]
        assert ProfileRepo(db).lock_state(2) == LockState()
    assert _dump(data_dir / "breathapp.db") == before


def _dump(path: Path) -> list[object]:
    """Every row of the v3 tables, in the v3 columns (later steps only add columns)."""
    conn = sqlite3.connect(path)
    try:
        out: list[object] = []
        for table in ("sessions", "preferences", "profiles"):
            columns = ", ".join(V3_COLUMNS[table])
            out.append(sorted(conn.execute(f"SELECT {columns} FROM {table}").fetchall()))
        return out
    finally:
        conn.close()


def _columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: [str(r[1]) for r in conn.execute(f"PRAGMA table_info({t})")]
            for t in ("sessions", "preferences", "profiles")
        }
    finally:
        conn.close()


V3_COLUMNS: dict[str, list[str]] = {}
