# SPDX-License-Identifier: GPL-3.0-or-later
"""Movement against the plan phase's daily goal: per day and per Monday-to-Sunday week.

Pure functions for the history and the report. A day counts on its own: there is no
streak to keep or to lose, only days moved and days at the goal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from breathapp.core.adherence import monday_of, phase_of_days

if TYPE_CHECKING:
    from breathapp.core.movement import MovementDay
    from breathapp.core.plans import Plan, PlanProgress


class MovementGoalDay(NamedTuple):
    """One local day: the phase's goal, the minutes moved and whether the goal was met."""

    day: date
    goal: int | None  # the phase's daily goal in minutes; None: no plan or no goal that day
    minutes: int  # minutes moved; 0 when nothing was logged
    at_least: bool  # the minutes are an old tick: "15 minutes or more", not exactly 15
    met: bool  # a goal was set and reached (an old tick reaches a goal of 15 or less)
    activity: str  # what the phase names ("walking"); "" when it names nothing


class MovementWeek(NamedTuple):
    """A Monday-to-Sunday week of movement (only the days asked for are counted)."""

    monday: date
    minutes: int  # minutes moved in the week (an old tick counts as 15)
    days_moved: int  # days with any movement
    days_at_goal: int  # days the phase's goal was met
    days_with_goal: int  # days that had a goal
    at_least: bool  # some day was an old tick: ``minutes`` then means "or more"


def movement_goal_days(
    plan: Plan | None,
    progress: PlanProgress | None,
    moved: Iterable[MovementDay],
    first: date,
    last: date,
) -> list[MovementGoalDay]:
    """Every day from ``first`` to ``last`` with the goal of the phase it was in (None
    without a plan, before the plan began, or in a phase without a goal), the minutes
    moved (``moved``: the store's rows; other days are 0) and whether the goal was met."""
    by_day = {m.day: m for m in moved}
    phases = (
        phase_of_days(plan, progress, first, last)
        if plan is not None and progress is not None and first <= last
        else {}
    )
    out: list[MovementGoalDay] = []
    day = first
    while day <= last:
        index = phases.get(day)
        phase = plan.phases[index] if plan is not None and index is not None else None
        goal = phase.movement_minutes if phase is not None else None
        entry = by_day.get(day)
        minutes = entry.minutes if entry is not None else 0
        at_least = entry.at_least if entry is not None else False
        met = goal is not None and minutes > 0 and minutes >= goal
        out.append(
            MovementGoalDay(
                day, goal, minutes, at_least, met, phase.movement_activity if phase else ""
            )
        )
        day += timedelta(days=1)
    return out


def movement_weeks(days: Sequence[MovementGoalDay]) -> list[MovementWeek]:
    """The days (from movement_goal_days) summed per Monday-to-Sunday week, oldest first."""
    weeks: dict[date, MovementWeek] = {}
    for d in days:
        monday = monday_of(d.day)
        w = weeks.get(monday) or MovementWeek(monday, 0, 0, 0, 0, False)
        weeks[monday] = MovementWeek(
            monday,
            w.minutes + d.minutes,
            w.days_moved + (d.minutes > 0),
            w.days_at_goal + d.met,
            w.days_with_goal + (d.goal is not None),
            w.at_least or d.at_least,
        )
    return [weeks[m] for m in sorted(weeks)]
