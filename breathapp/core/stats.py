# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice over time: daily totals, streaks, rating changes per week. Pure functions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import NamedTuple, TypeVar

from breathapp.core.checkin import pain_change_matters

T = TypeVar("T")


class SessionFilter(NamedTuple):
    """Which sessions the list shows; None means any."""

    kind: str | None = None  # "breathing", "relaxation:" (all of them) or an exact kind
    pattern: str | None = None  # a preset id, or a custom pattern's text
    first: date | None = None  # by local day, inclusive
    last: date | None = None


class DayTotal(NamedTuple):
    """One calendar day of practice (the user's local day)."""

    day: date
    minutes: float
    sessions: int
    completed: int  # a day with at least one completed session counts for a streak


class RatePoint(NamedTuple):
    """The breathing rate practised on a day, weighted by time."""

    day: date
    rate_bpm: float
    minutes: float


class RatingPoint(NamedTuple):
    """One session's self-ratings before and after (None where skipped)."""

    session_id: int
    day: date
    tension_before: int | None
    tension_after: int | None
    pain_before: int | None
    pain_after: int | None

    @property
    def tension_change(self) -> int | None:
        if self.tension_before is None or self.tension_after is None:
            return None
        return self.tension_after - self.tension_before

    @property
    def pain_change(self) -> int | None:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before

    @property
    def pain_matters(self) -> bool:
        """A change in pain of 2 points or 30 % (Farrar et al. 2001)."""
        return pain_change_matters(self.pain_before, self.pain_after)


class WeekChange(NamedTuple):
    """The average change in the ratings over one week (Monday to Sunday)."""

    week: date  # its Monday
    tension_change: float | None
    pain_change: float | None
    sessions: int  # sessions with a before and after rating


class Streaks(NamedTuple):
    current: int  # days in a row up to today (or up to yesterday, while today is open)
    longest: int


class Summary(NamedTuple):
    minutes_this_week: float
    streaks: Streaks
    total_sessions: int
    total_minutes: float
    average_tension_change: float | None


def monday_of(day: date) -> date:
    """The Monday of a day's week: weeks start on Monday here."""
    return day - timedelta(days=day.weekday())


def streaks(practice_days: Iterable[date], today: date) -> Streaks:
    """Current and longest run of days with practice.

    The current run still counts when today has no practice yet: the day is not over.
    Days are calendar dates, so clock changes and midnight play no part.
    """
    days = sorted(set(practice_days))
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    if days:
        last = days[-1]
        if last == today or last == today - timedelta(days=1):
            current = run
    return Streaks(current, longest)


def practice_days(totals: Iterable[DayTotal]) -> list[date]:
    """The days that count for a streak: at least one completed session."""
    return [t.day for t in totals if t.completed > 0]


def fill_days(totals: Iterable[DayTotal], first: date, last: date) -> list[DayTotal]:
    """Every day from ``first`` to ``last``, with zeros where there was no practice."""
    by_day = {t.day: t for t in totals}
    out = []
    day = first
    while day <= last:
        out.append(by_day.get(day) or DayTotal(day, 0.0, 0, 0))
        day += timedelta(days=1)
    return out


def by_week(
    points: Iterable[RatingPoint], pick: Callable[[RatingPoint], tuple[T | None, T | None]]
) -> list[tuple[date, list[T], list[T]]]:
    """The points grouped by week (its Monday), oldest first: what ``pick`` takes of each
    for tension and for pain, where it takes anything; weeks without any are left out."""
    weeks: dict[date, tuple[list[T], list[T]]] = {}
    for p in points:
        tension, pain = pick(p)
        if tension is None and pain is None:
            continue
        bucket = weeks.setdefault(monday_of(p.day), ([], []))
        if tension is not None:
            bucket[0].append(tension)
        if pain is not None:
            bucket[1].append(pain)
    return [(week, t, p) for week, (t, p) in sorted(weeks.items())]


def week_changes(points: Iterable[RatingPoint]) -> list[WeekChange]:
    """The average change in tension and pain per week, oldest week first."""
    weeks = by_week(points, lambda p: (p.tension_change, p.pain_change))
    return [WeekChange(week, _mean(t), _mean(p), max(len(t), len(p))) for week, t, p in weeks]


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def summarize(totals: Sequence[DayTotal], points: Iterable[RatingPoint], today: date) -> Summary:
    """The numbers at the top of the history: this week, streaks, totals, tension change."""
    monday = monday_of(today)
    changes = [c for p in points if (c := p.tension_change) is not None]
    return Summary(
        minutes_this_week=sum(t.minutes for t in totals if monday <= t.day <= today),
        streaks=streaks(practice_days(totals), today),
        total_sessions=sum(t.sessions for t in totals),
        total_minutes=sum(t.minutes for t in totals),
        average_tension_change=_mean(changes),
    )
