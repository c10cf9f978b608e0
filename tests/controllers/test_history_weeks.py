# SPDX-License-Identifier: GPL-3.0-or-later
"""The year view's numbers: minutes, ratings and pace summed or averaged per week."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from breathapp.controllers.history_weeks import (
    by_weeks,
    week_rates,
    week_ratings,
    week_totals,
)
from breathapp.core.stats import DayTotal, RatePoint, RatingPoint


def _day(day: date, minutes: float, sessions: int = 1) -> DayTotal:
    return DayTotal(day, minutes, sessions, sessions)


def test_weeks_run_monday_to_sunday_across_the_new_year() -> None:
    # 28 Dec 2026 is a Monday; 3 Jan 2027 the Sunday of the same (ISO 2026-W53) week.
    days = [_day(date(2026, 12, 28), 10), _day(date(2027, 1, 1), 5), _day(date(2027, 1, 3), 4)]
    days.append(_day(date(2027, 1, 4), 7))  # the next Monday: a new week
    weeks = week_totals(days, date(2026, 12, 28), date(2027, 1, 10))
    assert [w.monday for w in weeks] == [date(2026, 12, 28), date(2027, 1, 4)]
    assert weeks[0].monday == date.fromisocalendar(2026, 53, 1)
    assert weeks[0].minutes == pytest.approx(19) and weeks[0].sessions == 3
    assert weeks[0].days_practised == 3
    assert weeks[1].minutes == pytest.approx(7)


def test_a_week_without_practice_counts_as_zero_and_is_not_left_out() -> None:
    first = date(2026, 11, 2)  # a Monday
    days = [_day(first, 10), _day(first + timedelta(days=21), 5)]
    weeks = week_totals(days, first, first + timedelta(days=27))
    assert [w.minutes for w in weeks] == [10, 0, 0, 5]
    assert [w.sessions for w in weeks] == [1, 0, 0, 1]
    assert [w.days_practised for w in weeks] == [1, 0, 0, 1]
    assert week_totals([], first, first + timedelta(days=6))[0].minutes == 0


def test_the_weeks_cover_the_period_from_the_monday_of_its_first_day() -> None:
    first, last = date(2026, 11, 25), date(2026, 12, 2)  # Wednesday to Wednesday
    days = [
        _day(date(2026, 11, 23), 30),
        _day(first, 10),
        _day(last, 3),
        _day(date(2026, 12, 3), 9),
    ]
    weeks = week_totals(days, first, last)
    assert [w.monday for w in weeks] == [date(2026, 11, 23), date(2026, 11, 30)]
    # Only the period's own days count: the Monday before it and the day after it do not.
    assert [w.minutes for w in weeks] == [10, 3]


def test_a_clock_change_week_has_its_seven_days() -> None:
    # Belgium goes to summer time on Sunday 29 March 2026 (a 23-hour day).
    monday = date(2026, 3, 23)
    days = [_day(monday + timedelta(days=n), 5) for n in range(7)]
    weeks = week_totals(days, monday, monday + timedelta(days=6))
    assert len(weeks) == 1 and weeks[0].minutes == 35 and weeks[0].days_practised == 7


def test_days_moved_are_counted_per_week() -> None:
    monday = date(2026, 11, 2)
    moved = {monday, monday + timedelta(days=3), monday + timedelta(days=8)}
    weeks = week_totals([], monday, monday + timedelta(days=13), moved)
    assert [w.days_moved for w in weeks] == [2, 1]


def test_ratings_are_averaged_per_week_over_sessions_rated_before_and_after() -> None:
    monday = date(2026, 11, 2)
    points = [
        RatingPoint(1, monday, 7, 4, 6, 3),
        RatingPoint(2, monday + timedelta(days=2), 5, 4, None, None),
        RatingPoint(3, monday + timedelta(days=3), 8, None, 5, None),  # no after: left out
        RatingPoint(4, monday + timedelta(days=14), 6, 6, None, None),
    ]
    weeks = week_ratings(points)
    assert [w.monday for w in weeks] == [monday, monday + timedelta(days=14)]
    first = weeks[0]
    assert (first.tension_before, first.tension_after) == (pytest.approx(6), pytest.approx(4))
    assert (first.pain_before, first.pain_after) == (6, 3)
    assert first.sessions == 2
    assert weeks[1].pain_before is None and weeks[1].tension_after == 6


def test_the_pace_of_a_week_is_weighted_by_minutes() -> None:
    monday = date(2026, 11, 2)
    rates = [
        RatePoint(monday, 8.0, 5.0),
        RatePoint(monday + timedelta(days=1), 6.0, 15.0),
        RatePoint(monday + timedelta(days=7), 7.0, 0.0),
    ]
    weeks = week_rates(rates)
    assert [w.day for w in weeks] == [monday, monday + timedelta(days=7)]
    assert weeks[0].rate_bpm == pytest.approx(6.5) and weeks[0].minutes == 20
    assert weeks[1].rate_bpm == pytest.approx(7.0)


def test_only_periods_longer_than_about_two_months_go_by_weeks() -> None:
    last = date(2026, 11, 25)
    assert not by_weeks(last - timedelta(days=6), last)
    assert not by_weeks(last - timedelta(days=29), last)
    assert by_weeks(last - timedelta(days=364), last)
