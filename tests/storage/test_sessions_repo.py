# SPDX-License-Identifier: GPL-3.0-or-later
"""Sessions: start, checkpoint, finish and read back with exact values."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from breathapp.core.session import LengthKind, SessionStatus
from breathapp.storage.db import Database
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import make_record

START = datetime(2026, 11, 25, 8, 0, 0, 250000, tzinfo=UTC)


def _add_profile(db: Database) -> int:
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO profiles (name, created_utc) VALUES ('Anna', '2026-11-25T00:00:00.000Z')"
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def test_round_trip(db: Database) -> None:
    repo = SessionRepo(db, tz=UTC)
    started = make_record(
        pattern_id=None,
        pattern_text="5.5-0-5.5-0",
        rate_bpm=5.455,
        ramp_start_bpm=8.0,
        length_kind=LengthKind.BREATHS,
        length_value=30.0,
    )
    session_id = repo.add(1, started)
    assert repo.get(session_id) == replace(started, id=session_id, profile_id=1)

    running = replace(started, active_s=61.5, breaths=5)
    repo.checkpoint(session_id, running, START + timedelta(seconds=65))
    assert repo.get(session_id) == replace(running, id=session_id, profile_id=1)

    done = replace(
        running,
        active_s=330.0,
        breaths=30,
        status=SessionStatus.COMPLETED,
        ended_utc=START + timedelta(seconds=333, milliseconds=500),
    )
    repo.finish(session_id, done, START + timedelta(seconds=334))
    got = repo.get(session_id)
    assert got == replace(done, id=session_id, profile_id=1)
    assert got.ended_utc is not None and got.ended_utc.tzinfo is UTC
    row = db.query("SELECT * FROM sessions WHERE id = ?", (session_id,))[0]
    assert row["started_utc"] == "2026-11-25T08:00:00.250Z"
    assert row["ended_utc"] == "2026-11-25T08:05:33.750Z"
    assert row["checkpoint_utc"] == "2026-11-25T08:05:34.250Z"
    assert row["local_day"] == "2026-11-25"
    assert row["kind"] == "breathing"


def test_local_day_is_the_users_calendar_day(db: Database) -> None:
    late = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
    east = SessionRepo(db, tz=timezone(timedelta(hours=2)))
    west = SessionRepo(db, tz=timezone(timedelta(hours=-5)))
    a = east.add(1, make_record(started_utc=late))
    b = west.add(1, make_record(started_utc=late))
    days = {r["id"]: r["local_day"] for r in db.query("SELECT id, local_day FROM sessions")}
    assert days == {a: "2026-11-26", b: "2026-11-25"}


def test_times_in_other_zones_are_stored_as_utc(db: Database) -> None:
    repo = SessionRepo(db)
    local = datetime(2026, 11, 25, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    session_id = repo.add(1, make_record(started_utc=local))
    assert repo.get(session_id).started_utc == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert db.query("SELECT started_utc FROM sessions")[0][0] == "2026-11-25T08:00:00.000Z"


def test_naive_times_are_refused(db: Database) -> None:
    repo = SessionRepo(db)
    with pytest.raises(ValueError, match="timezone-aware"):
        repo.add(1, make_record(started_utc=datetime(2026, 11, 25, 8, 0)))
    assert repo.count(1) == 0


def test_finish_needs_a_final_status(db: Database) -> None:
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    with pytest.raises(ValueError, match="running"):
        repo.finish(session_id, make_record(), START)
    repo.finish(session_id, make_record(status=SessionStatus.STOPPED), START)
    assert repo.get(session_id).status is SessionStatus.STOPPED


def test_unknown_session(db: Database) -> None:
    repo = SessionRepo(db)
    with pytest.raises(KeyError):
        repo.get(42)
    with pytest.raises(KeyError):
        repo.checkpoint(42, make_record(), START)


def test_list_by_profile_and_time(db: Database) -> None:
    repo = SessionRepo(db)
    anna = _add_profile(db)
    times = [START + timedelta(hours=h) for h in (5, 0, 3, 1)]
    ids = {t: repo.add(1, make_record(started_utc=t)) for t in times}
    repo.add(anna, make_record(started_utc=START + timedelta(hours=2)))

    listed = repo.list(1)
    assert [r.started_utc for r in listed] == sorted(times)
    assert [r.id for r in listed] == [ids[t] for t in sorted(times)]
    assert all(r.profile_id == 1 for r in listed)

    window = repo.list(
        1, since_utc=START + timedelta(hours=1), until_utc=START + timedelta(hours=5)
    )
    assert [r.started_utc for r in window] == [START + timedelta(hours=h) for h in (1, 3)]
    assert [r.started_utc for r in repo.list(1, since_utc=START + timedelta(hours=4))] == [
        START + timedelta(hours=5)
    ]
    assert len(repo.list(1, until_utc=START)) == 0
    assert repo.count(1) == 4
    assert repo.count(anna) == 1
    assert repo.count(999) == 0


def test_what_a_demonstration_showed_is_stored_and_read_back(db: Database) -> None:
    from breathapp.core.live_pace import Shown
    from breathapp.core.patterns import parse

    repo = SessionRepo(db)
    shown = (Shown(parse("4-0-6-0"), 10.0), Shown(parse("3.692-0-5.539-0"), 60.25))
    session_id = repo.add(1, make_record())
    ended = make_record(status=SessionStatus.STOPPED, shown=shown)
    repo.finish(session_id, ended, datetime.now(UTC))
    assert repo.get(session_id).shown == shown


def test_an_ordinary_or_damaged_demo_log_reads_as_nothing_shown(db: Database) -> None:
    from breathapp.storage.session_columns import shown_from_json

    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    assert repo.get(session_id).shown == ()
    assert shown_from_json('{"not": "a list"}') == ()
    assert shown_from_json('[{"pattern": "99-0-1-0", "seconds": 1}]') == ()
