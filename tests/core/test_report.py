# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's figures over a period, checked against numbers worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from breathapp.core.report import (
    BARS_MAX,
    RECENT_SESSIONS,
    RatingSummary,
    ReportData,
    WeekRatings,
    build_report,
    minute_bars,
    weekly_ratings,
)
from breathapp.core.stats import DayTotal, RatePoint, RatingPoint, fill_days, week_changes
from tests.builders.reports import FIRST, LAST
from tests.builders.sessions import completed_on

AFTER = date(2026, 4, 2)  # "today", when the period is over


TOTALS = [
    DayTotal(date(2026, 2, 28), 30.0, 2, 2),  # before the period: not counted
    DayTotal(date(2026, 3, 2), 12.0, 1, 1),
    DayTotal(date(2026, 3, 3), 8.0, 2, 1),
    DayTotal(date(2026, 3, 5), 10.0, 1, 1),
    DayTotal(date(2026, 3, 7), 4.0, 1, 0),  # only a stopped session: not a practice day
]


def report(**changes: object) -> ReportData:
    """The report over March with TOTALS, a goal of 10 minutes, and ``changes``."""
    args: dict[str, object] = dict(
        first=FIRST,
        last=LAST,
        today=AFTER,
        goal_minutes=10,
        totals=TOTALS,
        ratings=[],
        rates=[],
        recent=[],
        session_count=5,
    )
    args.update(changes)
    return build_report(**args)  # type: ignore[arg-type]


def test_practice_figures_of_a_known_month() -> None:
    data = report(profile_name="Anna")
    assert data.profile_name == "Anna"
    assert (data.first, data.last, data.end) == (FIRST, LAST, LAST)
    assert data.days_in_period == 30
    assert data.days_practised == 3  # the stopped-only day does not count
    assert data.days_at_goal == 2  # 12 and 10 minutes reach a goal of 10; 8 does not
    assert data.total_minutes == 34.0  # stopped sessions' minutes are practice too
    assert data.minutes_per_practice_day == pytest.approx(10.0)  # (12 + 8 + 10) / 3
    assert data.sessions == 5
    assert len(data.daily) == 30
    assert data.daily[1] == DayTotal(date(2026, 3, 2), 12.0, 1, 1)
    assert data.daily[0] == DayTotal(FIRST, 0.0, 0, 0)
    assert data.bar_days == 1 and data.bars == tuple(t.minutes for t in data.daily)
    assert not data.is_empty


def test_a_period_still_running_is_counted_up_to_today() -> None:
    today = date(2026, 3, 4)
    data = report(today=today)
    assert data.end == today and data.last == LAST
    assert data.days_in_period == 4
    assert data.days_practised == 2  # 2 and 3 March; 5 March is not there yet
    assert data.total_minutes == 20.0
    assert [t.day for t in data.daily] == [FIRST + timedelta(days=i) for i in range(4)]


def test_a_period_that_has_not_begun_has_no_days() -> None:
    data = report(today=date(2026, 2, 1))
    assert data.days_in_period == 0
    assert data.daily == () and data.bars == ()


def test_an_empty_period() -> None:
    data = report(totals=[], session_count=0)
    assert data.is_empty
    assert (data.days_practised, data.days_at_goal, data.sessions) == (0, 0, 0)
    assert data.total_minutes == 0
    assert data.minutes_per_practice_day is None
    assert data.tension == RatingSummary(0, None, None) and data.tension.change is None
    assert data.pain_matters == 0
    assert data.rate_start_bpm is None and data.rate_end_bpm is None
    assert data.daily == tuple(fill_days([], FIRST, LAST))
    assert data.recent == () and data.dizzy == 0


RATINGS = [
    RatingPoint(1, date(2026, 3, 2), 6, 4, 6, 4),  # pain -2: matters
    RatingPoint(2, date(2026, 3, 3), 5, 5, 5, 4),  # pain -1 of 5 (20 %): does not
    RatingPoint(3, date(2026, 3, 10), 7, 4, 3, 2),  # pain -1 of 3 (33 %): matters
    RatingPoint(4, date(2026, 3, 11), 6, None, None, None),  # only before: no change
    RatingPoint(5, date(2026, 2, 27), 9, 1, 9, 1),  # before the period: not counted
]


def test_tension_and_pain_changes_over_the_sessions_rated_before_and_after() -> None:
    data = report(ratings=RATINGS)
    assert data.tension.sessions == 3
    assert data.tension.before == pytest.approx(6.0)  # (6 + 5 + 7) / 3
    assert data.tension.after == pytest.approx(13 / 3)  # (4 + 5 + 4) / 3
    assert data.tension.change == pytest.approx(-5 / 3)
    assert data.pain.sessions == 3
    assert data.pain.change == pytest.approx(-4 / 3)
    assert data.pain_matters == 2
    assert data.weeks == tuple(week_changes(RATINGS[:4]))


def test_ratings_per_week_pair_before_and_after_of_the_same_sessions() -> None:
    weeks = weekly_ratings(RATINGS[:4])
    assert weeks == [
        WeekRatings(date(2026, 3, 2), 5.5, 4.5, 5.5, 4.0),
        WeekRatings(date(2026, 3, 9), 7.0, 4.0, 3.0, 2.0),  # the before-only session is left out
    ]
    only_tension = weekly_ratings([RatingPoint(1, date(2026, 3, 2), 6, 3, None, 2)])
    assert only_tension == [WeekRatings(date(2026, 3, 2), 6.0, 3.0, None, None)]


def test_the_breathing_rate_at_the_start_and_end_is_weighted_by_time() -> None:
    rates = [
        RatePoint(date(2026, 3, 25), 6.5, 10.0),
        RatePoint(date(2026, 3, 2), 9.0, 10.0),
        RatePoint(date(2026, 3, 4), 8.0, 30.0),
        RatePoint(date(2026, 3, 9), 7.0, 10.0),  # outside both weeks
        RatePoint(date(2026, 3, 20), 6.0, 10.0),
        RatePoint(date(2026, 3, 21), 12.0, 0.0),  # no time: no weight
    ]
    data = report(rates=rates)
    assert data.rate_start_bpm == pytest.approx((9 * 10 + 8 * 30) / 40)  # 2 to 8 March
    assert data.rate_end_bpm == pytest.approx(6.25)  # 19 to 25 March
    assert [r.day for r in data.rates] == sorted(r.day for r in rates)


def test_the_table_of_sessions_is_bounded_and_dizziness_counted() -> None:
    recent = [completed_on(LAST - timedelta(days=i // 2), dizzy=i in (3, 30)) for i in range(40)]
    data = report(recent=recent, session_count=40)
    assert len(data.recent) == RECENT_SESSIONS
    assert data.recent[0] is recent[0]
    assert data.session_count == 40
    assert (data.dizzy, data.dizzy_of_all) == (1, False)  # the one among the 25 listed
    counted = report(recent=recent, dizzy_count=2)
    assert (counted.dizzy, counted.dizzy_of_all) == (2, True)


def test_a_long_period_is_charted_a_week_or_more_per_bar() -> None:
    days = fill_days([], date(2025, 1, 1), date(2025, 12, 31))
    days = [t._replace(minutes=14.0 if i % 7 == 0 else 0.0) for i, t in enumerate(days)]
    bars, bar_days = minute_bars(days)
    assert bar_days == 7
    assert len(bars) == 53  # 52 weeks and one last day
    assert bars[0] == pytest.approx(2.0) and bars[-1] == pytest.approx(14.0)
    decade = fill_days([], date(2016, 1, 1), date(2025, 12, 28))
    bars, bar_days = minute_bars(decade)
    assert bar_days % 7 == 0 and len(bars) <= BARS_MAX
    assert minute_bars(days[:BARS_MAX]) == (tuple(t.minutes for t in days[:BARS_MAX]), 1)


def test_bad_days_are_counted_once_a_day_within_the_period() -> None:
    days = [date(2026, 2, 27), date(2026, 3, 3), date(2026, 3, 3), date(2026, 3, 20)]
    assert report(bad_days=days).bad_days == 2
    assert report(bad_days=days, today=date(2026, 3, 10)).bad_days == 1  # up to today
    assert report().bad_days == 0


def test_notes_for_the_therapist_come_first_and_are_bounded() -> None:
    from datetime import UTC, datetime

    from breathapp.core.flare import TherapistNote
    from breathapp.core.report import REPORT_NOTES

    def note(n: int, day: int, for_therapist: bool) -> TherapistNote:
        written = datetime(2026, 3, day, 9, tzinfo=UTC)
        return TherapistNote(n, 1, written, f"note {n}", for_therapist)

    notes = [note(1, 2, False), note(2, 9, True), note(3, 4, True), note(4, 1, True)]
    notes.append(TherapistNote(5, 1, datetime(2026, 2, 28, 9, tzinfo=UTC), "before", True))
    data = report(notes=notes)
    assert [n.id for n in data.notes] == [4, 3, 2, 1]  # March only; therapist first
    assert data.note_count == 4
    many = [note(n, 1 + n % 28, True) for n in range(REPORT_NOTES + 10)]
    bounded = report(notes=many)
    assert len(bounded.notes) == REPORT_NOTES and bounded.note_count == REPORT_NOTES + 10


def test_a_note_counts_on_the_local_day_it_was_written(monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    from datetime import UTC, datetime

    from breathapp.core.flare import TherapistNote

    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    try:
        # 28 February, 23:30 UTC is 1 March, 00:30 in Brussels: inside a March report.
        late = TherapistNote(1, 1, datetime(2026, 2, 28, 23, 30, tzinfo=UTC), "late", True)
        assert [n.id for n in report(notes=[late]).notes] == [1]
    finally:
        monkeypatch.undo()
        time.tzset()
