# SPDX-License-Identifier: GPL-3.0-or-later
"""History queries: per-day totals in the user's zone, filters, notes, delete and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from breathapp.core.session import SessionStatus
from breathapp.core.stats import SessionFilter, streaks
from breathapp.storage.db import Database
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import make_record

BRUSSELS = ZoneInfo("Europe/Brussels")


def add(db: Database, started: datetime, **changes: object) -> int:
    repo = SessionRepo(db, BRUSSELS)
    record = make_record(started_utc=started.astimezone(UTC), **changes)
    row = repo.add(1, record)
    done = replace(record, status=changes.get("status", SessionStatus.COMPLETED))
    repo.finish(row, replace(done, ended_utc=record.started_utc), record.started_utc)
    return row


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BRUSSELS)  # type: ignore[misc]


def test_day_totals_follow_the_local_day_across_midnight_and_clock_changes(db: Database) -> None:
    add(db, local(2026, 3, 28, 23, 30), active_s=600)
    add(db, local(2026, 3, 29, 0, 30), active_s=300)  # after midnight
    add(db, local(2026, 3, 29, 3, 30), active_s=120)  # after 2 -> 3 o'clock
    add(db, local(2026, 3, 30, 0, 5), active_s=60, status=SessionStatus.STOPPED)
    totals = HistoryRepo(db).day_totals(1)
    assert [(t.day, round(t.minutes, 2), t.sessions, t.completed) for t in totals] == [
        (date(2026, 3, 28), 10.0, 1, 1),
        (date(2026, 3, 29), 7.0, 2, 2),
        (date(2026, 3, 30), 1.0, 1, 0),
    ]
    practice = [t.day for t in totals if t.completed]
    assert streaks(practice, date(2026, 3, 30)).current == 2
    within = HistoryRepo(db).day_totals(1, date(2026, 3, 29), date(2026, 3, 29))
    assert [t.day for t in within] == [date(2026, 3, 29)]


def test_rate_per_day_is_weighted_by_time_and_only_for_breathing(db: Database) -> None:
    add(db, local(2026, 11, 2, 9, 0), active_s=600, rate_bpm=6.0)
    add(db, local(2026, 11, 2, 19, 0), active_s=300, rate_bpm=9.0)
    add(db, local(2026, 11, 2, 20, 0), active_s=300, kind="relaxation:body-scan")
    (point,) = HistoryRepo(db).rate_per_day(1)
    assert point.day == date(2026, 11, 2)
    assert point.rate_bpm == pytest.approx(7.0)
    assert point.minutes == pytest.approx(15.0)


def test_ratings_come_with_their_day(db: Database) -> None:
    add(db, local(2026, 11, 2, 9, 0), tension_before=7, tension_after=4)
    add(db, local(2026, 11, 3, 9, 0))
    (rating,) = HistoryRepo(db).ratings(1)
    assert (rating.day, rating.tension_change, rating.pain_change) == (date(2026, 11, 2), -3, None)


def test_the_list_filters_by_kind_pattern_and_period_newest_first(db: Database) -> None:
    start = local(2026, 11, 1, 9, 0)
    for n in range(5):
        add(db, start + timedelta(days=n))
    add(db, start, kind="relaxation:pmr-short", pattern_id=None, pattern_text="")
    add(db, start, pattern_id=None, pattern_text="4-2-6-0")
    repo = HistoryRepo(db)
    everything = repo.sessions(1)
    assert len(everything) == 7 and repo.count(1) == 7
    assert everything[0].started_utc > everything[-1].started_utc
    assert repo.count(1, SessionFilter(kind="relaxation:")) == 1
    assert repo.count(1, SessionFilter(kind="breathing", pattern="calm")) == 5
    assert repo.count(1, SessionFilter(pattern="4-2-6-0")) == 1
    period = SessionFilter(first=date(2026, 11, 2), last=date(2026, 11, 3))
    assert [r.started_utc.astimezone(BRUSSELS).day for r in repo.sessions(1, period)] == [3, 2]
    page = repo.sessions(1, limit=2, offset=2)
    assert [r.id for r in page] == [r.id for r in everything[2:4]]
    kinds, patterns = repo.kinds_and_patterns(1)
    assert kinds == ["breathing", "relaxation:pmr-short"]
    assert patterns == ["calm", "4-2-6-0"]


def test_a_note_can_be_edited(db: Database) -> None:
    row = add(db, local(2026, 11, 2, 9, 0))
    HistoryRepo(db).set_note(row, "  calmer   shoulders ")
    assert SessionRepo(db).get(row).note == "calmer   shoulders"
    with pytest.raises(KeyError):
        HistoryRepo(db).set_note(999, "x")


def test_delete_and_undo_put_back_the_very_same_row(db: Database) -> None:
    row = add(db, local(2026, 11, 2, 9, 0), tension_before=5, note="warm")
    before = db.query("SELECT * FROM sessions WHERE id = ?", (row,))[0]
    repo = HistoryRepo(db)
    removed = repo.delete(row)
    assert repo.count(1) == 0
    repo.restore(removed)
    after = db.query("SELECT * FROM sessions WHERE id = ?", (row,))[0]
    assert tuple(after) == tuple(before)
    with pytest.raises(KeyError):
        repo.delete(999)


def test_the_average_tension_change_is_over_every_rated_session(db: Database) -> None:
    repo = HistoryRepo(db)
    assert repo.average_tension_change(1) is None
    add(db, local(2026, 11, 2, 9, 0), tension_before=7, tension_after=4)
    add(db, local(2026, 11, 3, 9, 0), tension_before=5, tension_after=4)
    add(db, local(2026, 11, 4, 9, 0), tension_before=5)
    assert repo.average_tension_change(1) == pytest.approx(-2.0)
