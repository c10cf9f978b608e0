# SPDX-License-Identifier: GPL-3.0-or-later
"""The figures of the therapist's report over a period: pure, exact, bounded in size."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from breathapp.core.session import SessionRecord
from breathapp.core.stats import (
    DayTotal,
    RatePoint,
    RatingPoint,
    WeekChange,
    fill_days,
    monday_of,
    week_changes,
)

if TYPE_CHECKING:  # plans load only for a profile that has one
    from breathapp.core.adherence import WeekAdherence
    from breathapp.core.flare import TherapistNote
    from breathapp.core.heart.resonance import ResonanceTest
    from breathapp.core.movement_goals import MovementGoalDay, MovementWeek

RECENT_SESSIONS = 25  # the table of sessions lists at most this many, newest first
RATE_WINDOW_DAYS = 7  # "at the start" and "at the end" of the way toward slower breathing
REPORT_NOTES = 50  # the report lists at most this many notes, those for the therapist first
BARS_MAX = 92  # a longer period gets one bar per week (or several): the minutes per day


class WeekRatings(NamedTuple):
    """Average ratings before and after over one week (Monday), for the chart.

    Each average takes only the sessions rated both before and after, so the two
    numbers of a pair come from the same sessions.
    """

    week: date
    tension_before: float | None
    tension_after: float | None
    pain_before: float | None
    pain_after: float | None


class RatingSummary(NamedTuple):
    """Averages over the sessions rated both before and after (``sessions`` of them)."""

    sessions: int
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


class ReportData(NamedTuple):
    """Everything the report shows; small whatever the size of the history."""

    first: date
    last: date
    end: date  # the last day counted: ``last``, or today when the period is still running
    profile_name: str
    goal_minutes: int
    days_in_period: int  # first to end, inclusive; 0 when the period has not begun
    days_practised: int  # days with at least one completed session
    days_at_goal: int  # days with at least goal_minutes of practice
    total_minutes: float
    minutes_per_practice_day: float | None  # average over the days practised
    sessions: int  # every session in the period, also stopped ones
    daily: tuple[DayTotal, ...]  # every day from first to end, zeros included
    bars: tuple[float, ...]  # the chart's bars: the average minutes per day of each bar
    bar_days: int  # days per bar, from ``first``: 1, 7 or a multiple of 7
    weeks: tuple[WeekChange, ...]
    week_ratings: tuple[WeekRatings, ...]
    tension: RatingSummary
    pain: RatingSummary
    pain_matters: int  # sessions with a drop in pain of 2 points or 30 %
    rates: tuple[RatePoint, ...]
    rate_start_bpm: float | None  # the first week of breathing practice, weighted by time
    rate_end_bpm: float | None  # the last week of breathing practice
    dizzy: int  # sessions ended with "I feel dizzy"
    dizzy_of_all: bool  # True: counted over the period; False: among ``recent`` only
    recent: tuple[SessionRecord, ...]  # newest first, at most RECENT_SESSIONS
    session_count: int  # sessions the table could list: "the 25 most recent of N"
    moved_days: int = 0  # days "I moved at least 15 minutes" was ticked, first to end
    # Done against prescribed per week (first to end), or None when there is no plan.
    adherence: tuple[WeekAdherence, ...] | None = None
    # Movement per Monday-to-Sunday week (first to end): minutes, days moved, days at the
    # phase's goal; () when no day had movement or a goal (the report leaves it out).
    movement_weeks: tuple[MovementWeek, ...] = ()
    bad_days: int = 0  # days a bad day was logged, first to end
    # Notes written first to end (this computer's day): those for the therapist first, each group
    # oldest first; at most REPORT_NOTES, of ``note_count``.
    notes: tuple[TherapistNote, ...] = ()
    note_count: int = 0
    resonance: ResonanceTest | None = None  # the profile's latest resonance pace test

    @property
    def is_empty(self) -> bool:
        return self.sessions == 0 and self.session_count == 0


def build_report(
    first: date,
    last: date,
    today: date,
    goal_minutes: int,
    totals: Sequence[DayTotal],
    ratings: Sequence[RatingPoint],
    rates: Sequence[RatePoint],
    recent: Sequence[SessionRecord],
    session_count: int,
    profile_name: str = "",
    dizzy_count: int | None = None,
    moved_days: Sequence[date] = (),
    adherence: Sequence[WeekAdherence] | None = None,
    movement: Sequence[MovementGoalDay] = (),
    bad_days: Sequence[date] = (),
    notes: Sequence[TherapistNote] = (),
    resonance: ResonanceTest | None = None,
) -> ReportData:
    """The report's figures from what the history gives for ``first`` to ``last``.

    Days after ``today`` are not counted: a period that is still running is measured
    up to today. ``recent`` is the newest sessions first (only the first
    RECENT_SESSIONS are kept). ``dizzy_count`` is the number of sessions of the
    whole period ended with "I feel dizzy" when the caller can count them; without
    it they are counted among ``recent``, and ``dizzy_of_all`` says so. ``moved_days``
    are the days the movement tick was set; ``adherence`` the plan's weeks (None: no plan);
    ``movement`` the days against the phase's goal (core.movement_goals), summed per week.
    ``bad_days`` are the local days of the bad days logged (counted once a day); ``notes``
    the notes for the therapist (and private ones, marked so), in any order; ``resonance``
    the profile's latest resonance pace test, whatever its day (the pace found still holds).
    """
    end = min(last, today)
    days = max(0, (end - first).days + 1)
    in_period = [t for t in totals if first <= t.day <= end]
    practised = [t for t in in_period if t.completed > 0]
    points = [p for p in ratings if first <= p.day <= end]
    rate_points = tuple(sorted((r for r in rates if first <= r.day <= end), key=lambda r: r.day))
    kept = tuple(recent[:RECENT_SESSIONS])
    daily = tuple(fill_days(in_period, first, end)) if days else ()
    bars, bar_days = minute_bars(daily)
    written = sorted(
        (n for n in notes if first <= n.written_utc.astimezone().date() <= end),
        key=lambda n: (not n.for_therapist, n.written_utc, n.id),
    )
    return ReportData(
        first=first,
        last=last,
        end=end,
        profile_name=profile_name,
        goal_minutes=goal_minutes,
        days_in_period=days,
        days_practised=len(practised),
        days_at_goal=sum(1 for t in in_period if goal_minutes > 0 and t.minutes >= goal_minutes),
        total_minutes=sum(t.minutes for t in in_period),
        minutes_per_practice_day=(
            sum(t.minutes for t in practised) / len(practised) if practised else None
        ),
        sessions=sum(t.sessions for t in in_period),
        daily=daily,
        bars=bars,
        bar_days=bar_days,
        weeks=tuple(week_changes(points)),
        week_ratings=tuple(weekly_ratings(points)),
        tension=_summary([(p.tension_before, p.tension_after) for p in points]),
        pain=_summary([(p.pain_before, p.pain_after) for p in points]),
        pain_matters=sum(1 for p in points if p.pain_matters),
        rates=rate_points,
        rate_start_bpm=_weighted_rate(rate_points, from_start=True),
        rate_end_bpm=_weighted_rate(rate_points, from_start=False),
        dizzy=dizzy_count if dizzy_count is not None else sum(1 for r in kept if r.dizzy),
        dizzy_of_all=dizzy_count is not None,
        recent=kept,
        session_count=max(session_count, len(kept)),
        moved_days=len({d for d in moved_days if first <= d <= end}),
        adherence=None if adherence is None else tuple(adherence),
        movement_weeks=_movement_weeks([d for d in movement if first <= d.day <= end]),
        bad_days=len({d for d in bad_days if first <= d <= end}),
        notes=tuple(written[:REPORT_NOTES]),
        note_count=len(written),
        resonance=resonance,
    )


def _movement_weeks(days: Sequence[MovementGoalDay]) -> tuple[MovementWeek, ...]:
    if not any(d.minutes or d.goal is not None for d in days):
        return ()
    from breathapp.core.movement_goals import movement_weeks

    return tuple(movement_weeks(days))


def minute_bars(daily: Sequence[DayTotal]) -> tuple[tuple[float, ...], int]:
    """The bars of the minutes chart and the days each covers: at most about BARS_MAX.

    One bar per day; for a longer period one per week, or per several weeks, each the
    average minutes per day (the last bar may cover fewer days), so the daily goal
    line still fits every bar.
    """
    if len(daily) <= BARS_MAX:
        return tuple(t.minutes for t in daily), 1
    size = 7 * math.ceil(len(daily) / (BARS_MAX * 7))
    spans = (daily[i : i + size] for i in range(0, len(daily), size))
    return tuple(sum(t.minutes for t in span) / len(span) for span in spans), size


def weekly_ratings(points: Iterable[RatingPoint]) -> list[WeekRatings]:
    """Average tension and pain before and after per week, oldest week first."""
    # Running sums per week: [tension count, before, after, pain count, before, after].
    sums: dict[date, list[int]] = {}
    mondays: dict[date, date] = {}  # a day's Monday, worked out once per day
    for p in points:
        week = mondays.get(p.day)
        if week is None:
            week = mondays[p.day] = monday_of(p.day)
        if p.tension_before is not None and p.tension_after is not None:
            s = sums.setdefault(week, [0] * 6)
            s[0], s[1], s[2] = s[0] + 1, s[1] + p.tension_before, s[2] + p.tension_after
        if p.pain_before is not None and p.pain_after is not None:
            s = sums.setdefault(week, [0] * 6)
            s[3], s[4], s[5] = s[3] + 1, s[4] + p.pain_before, s[5] + p.pain_after
    return [
        WeekRatings(week, *_means(s[0], s[1], s[2]), *_means(s[3], s[4], s[5]))
        for week, s in sorted(sums.items())
    ]


def _means(count: int, before: int, after: int) -> tuple[float | None, float | None]:
    return (before / count, after / count) if count else (None, None)


def _summary(pairs: Iterable[tuple[int | None, int | None]]) -> RatingSummary:
    both = [(b, a) for b, a in pairs if b is not None and a is not None]
    if not both:
        return RatingSummary(0, None, None)
    n = len(both)
    return RatingSummary(n, sum(b for b, _ in both) / n, sum(a for _, a in both) / n)


def _weighted_rate(points: Sequence[RatePoint], from_start: bool) -> float | None:
    """The time-weighted rate over the first (or last) week of breathing practice.

    The week starts on the first day with breathing practice (or ends on the last),
    so a late start in the period still shows where the breathing began.
    """
    timed = [r for r in points if r.minutes > 0]
    if not timed:
        return None
    window = timedelta(days=RATE_WINDOW_DAYS - 1)
    if from_start:
        start = timed[0].day
        chosen = [r for r in timed if r.day <= start + window]
    else:
        stop = timed[-1].day
        chosen = [r for r in timed if r.day >= stop - window]
    minutes = sum(r.minutes for r in chosen)
    return sum(r.rate_bpm * r.minutes for r in chosen) / minutes
