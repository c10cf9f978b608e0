# SPDX-License-Identifier: GPL-3.0-or-later
"""Statistics of practice: streaks, weeks, filled days and the summary."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathapp.core.stats import (
    DayTotal,
    RatingPoint,
    Streaks,
    fill_days,
    monday_of,
    practice_days,
    streaks,
    summarize,
    week_changes,
)

TODAY = date(2026, 11, 25)  # a Wednesday


def days_back(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


def test_no_practice_is_no_streak() -> None:
    assert streaks([], TODAY) == Streaks(0, 0)


def test_a_single_day_today_is_a_streak_of_one() -> None:
    assert streaks([TODAY], TODAY) == Streaks(1, 1)


def test_today_still_open_keeps_yesterdays_streak() -> None:
    assert streaks(days_back(1, 2, 3), TODAY) == Streaks(3, 3)
    assert streaks(days_back(2, 3), TODAY) == Streaks(0, 2)  # yesterday was missed


def test_the_longest_run_can_lie_in_the_past() -> None:
    days = days_back(0, 1, *range(10, 16))
    assert streaks(days, TODAY) == Streaks(2, 6)


def test_duplicates_and_order_do_not_matter() -> None:
    assert streaks([TODAY, TODAY, *days_back(1), TODAY], TODAY) == Streaks(2, 2)


def test_a_streak_runs_through_the_clock_changes() -> None:
    # Days, not hours: the 23-hour day in March and the 25-hour day in October.
    spring = [date(2026, 3, 28) + timedelta(days=n) for n in range(3)]
    autumn = [date(2026, 10, 24) + timedelta(days=n) for n in range(3)]
    assert streaks(spring, date(2026, 3, 30)) == Streaks(3, 3)
    assert streaks(autumn, date(2026, 10, 26)) == Streaks(3, 3)
    assert streaks([*spring, *autumn], date(2026, 10, 27)) == Streaks(3, 3)


@given(st.sets(st.integers(min_value=0, max_value=60)))
def test_streaks_agree_with_counting_day_by_day(offsets: set[int]) -> None:
    days = set(days_back(*offsets))
    current = 0
    start = TODAY if TODAY in days else TODAY - timedelta(days=1)
    while start - timedelta(days=current) in days:
        current += 1
    result = streaks(days, TODAY)
    assert result.current == current
    assert result.longest >= result.current
    assert (result.longest == 0) == (not days)


def test_weeks_start_on_monday() -> None:
    assert monday_of(TODAY) == date(2026, 11, 23)
    assert monday_of(date(2026, 11, 23)) == date(2026, 11, 23)
    assert monday_of(date(2026, 11, 29)) == date(2026, 11, 23)  # Sunday
    assert monday_of(date(2027, 1, 1)) == date(2026, 12, 28)  # across the year


def test_only_days_with_a_completed_session_count_for_a_streak() -> None:
    totals = [DayTotal(TODAY, 2.0, 1, 0), DayTotal(TODAY - timedelta(days=1), 10.0, 2, 1)]
    assert practice_days(totals) == [TODAY - timedelta(days=1)]


def test_fill_days_puts_zeros_between() -> None:
    totals = [DayTotal(date(2026, 11, 2), 5.0, 1, 1), DayTotal(date(2026, 11, 4), 7.5, 2, 2)]
    filled = fill_days(totals, date(2026, 11, 1), date(2026, 11, 5))
    assert [t.minutes for t in filled] == [0.0, 5.0, 0.0, 7.5, 0.0]
    assert [t.day.day for t in filled] == [1, 2, 3, 4, 5]
    assert fill_days([], TODAY, TODAY - timedelta(days=1)) == []


def point(
    day: date, tb: int | None, ta: int | None, pb: int | None = None, pa: int | None = None
) -> RatingPoint:
    return RatingPoint(1, day, tb, ta, pb, pa)


def test_week_changes_average_each_week_and_skip_half_ratings() -> None:
    points = [
        point(date(2026, 11, 16), 7, 4),  # -3
        point(date(2026, 11, 22), 6, 5, 6, 3),  # Sunday: same week; -1, pain -3
        point(date(2026, 11, 23), 5, None),  # no after: left out
        point(date(2026, 11, 24), 8, 6),  # -2, next week
    ]
    weeks = week_changes(points)
    assert [w.week for w in weeks] == [date(2026, 11, 16), date(2026, 11, 23)]
    assert weeks[0].tension_change == pytest.approx(-2.0)
    assert weeks[0].pain_change == pytest.approx(-3.0)
    assert weeks[0].sessions == 2
    assert weeks[1] == (date(2026, 11, 23), -2.0, None, 1)


def test_a_pain_change_that_matters_is_marked() -> None:
    assert point(TODAY, None, None, 6, 4).pain_matters  # 2 points
    assert point(TODAY, None, None, 3, 2).pain_matters  # 33 %
    assert not point(TODAY, None, None, 8, 7).pain_matters
    assert not point(TODAY, 5, 5).pain_matters


def test_the_summary_counts_this_week_streaks_totals_and_tension() -> None:
    totals = [
        DayTotal(date(2026, 11, 20), 30.0, 2, 2),  # last week
        DayTotal(date(2026, 11, 23), 10.0, 1, 1),  # Monday
        DayTotal(date(2026, 11, 24), 12.5, 2, 1),
        DayTotal(TODAY, 5.0, 1, 1),
    ]
    summary = summarize(totals, [point(TODAY, 6, 3), point(TODAY, 5, 4)], TODAY)
    assert summary.minutes_this_week == pytest.approx(27.5)
    assert summary.streaks == Streaks(3, 3)
    assert summary.total_sessions == 6
    assert summary.total_minutes == pytest.approx(57.5)
    assert summary.average_tension_change == pytest.approx(-2.0)


def test_an_empty_history_summarises_to_zeros() -> None:
    summary = summarize([], [], TODAY)
    assert summary == (0, Streaks(0, 0), 0, 0, None)
