# SPDX-License-Identifier: GPL-3.0-or-later
"""A long period by weeks: minutes summed, ratings and pace averaged, Monday to Sunday.

The year view shows one bar per week instead of 365 thin daily spikes. Days are local
calendar dates, so a clock change (a 23- or 25-hour day) plays no part: a week is seven
dates. Weeks without practice count as zero minutes; they are never left out of the bars.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from datetime import date, timedelta
from typing import NamedTuple

from breathapp.core.stats import DayTotal, RatePoint, RatingPoint, by_week, monday_of

# A period longer than this (about two months) is shown by weeks; shorter ones by days.
BY_WEEKS_AFTER_DAYS = 62


class WeekTotal(NamedTuple):
    """The practice of one week (Monday to Sunday) within a period."""

    monday: date
    minutes: float
    sessions: int
    days_practised: int
    days_moved: int  # days with "I moved 15 minutes or more"


class WeekRatings(NamedTuple):
    """The average ratings of one week, over the sessions rated both before and after."""

    monday: date
    tension_before: float | None
    tension_after: float | None
    pain_before: float | None
    pain_after: float | None
    sessions: int  # sessions with a before and an after rating (tension or pain)


def by_weeks(first: date, last: date) -> bool:
    """Whether the days ``first`` to ``last`` are shown by weeks rather than by days."""
    return (last - first).days + 1 > BY_WEEKS_AFTER_DAYS


def week_totals(
    days: Iterable[DayTotal], first: date, last: date, moved: Set[date] = frozenset()
) -> list[WeekTotal]:
    """Every week from the one of ``first`` to the one of ``last``, zeros included.

    Only the days ``first`` to ``last`` count; the weeks are whole (from a Monday).
    """
    start = monday_of(first)
    weeks = ((monday_of(last) - start).days // 7) + 1
    minutes = [0.0] * weeks
    sessions = [0] * weeks
    practised = [0] * weeks
    for d in days:
        if first <= d.day <= last:
            i = (d.day - start).days // 7
            minutes[i] += d.minutes
            sessions[i] += d.sessions
            practised[i] += 1 if d.sessions else 0
    moved_in = [0] * weeks
    for day in moved:
        if first <= day <= last:
            moved_in[(day - start).days // 7] += 1
    return [
        WeekTotal(start + timedelta(weeks=i), minutes[i], sessions[i], practised[i], moved_in[i])
        for i in range(weeks)
    ]


def week_ratings(points: Iterable[RatingPoint]) -> list[WeekRatings]:
    """The weeks with rated sessions, oldest first, each with its average before and after."""
    weeks = by_week(
        points,
        lambda p: (_pair(p.tension_before, p.tension_after), _pair(p.pain_before, p.pain_after)),
    )
    out = []
    for monday, tension_pairs, pain_pairs in weeks:
        tb, ta = _means(tension_pairs)
        pb, pa = _means(pain_pairs)
        out.append(WeekRatings(monday, tb, ta, pb, pa, max(len(tension_pairs), len(pain_pairs))))
    return out


def week_rates(rates: Iterable[RatePoint]) -> list[RatePoint]:
    """The breathing pace per week (at its Monday), weighted by the minutes breathed."""
    weeks: dict[date, list[RatePoint]] = {}
    for r in rates:
        weeks.setdefault(monday_of(r.day), []).append(r)
    out = []
    for monday, points in sorted(weeks.items()):
        minutes = sum(r.minutes for r in points)
        if minutes > 0:
            rate = sum(r.rate_bpm * r.minutes for r in points) / minutes
        else:
            rate = sum(r.rate_bpm for r in points) / len(points)
        out.append(RatePoint(monday, rate, minutes))
    return out


def _pair(before: int | None, after: int | None) -> tuple[int, int] | None:
    return None if before is None or after is None else (before, after)


def _means(pairs: list[tuple[int, int]]) -> tuple[float | None, float | None]:
    if not pairs:
        return None, None
    return sum(b for b, _ in pairs) / len(pairs), sum(a for _, a in pairs) / len(pairs)
