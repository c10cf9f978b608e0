# SPDX-License-Identifier: GPL-3.0-or-later
"""The history's words for movement: a day's minutes against the phase's goal, and a week's.

An old tick reads "15 minutes or more", never exactly 15. A day counts on its own: there
is no streak here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from breathapp.ui.common import labels
from breathapp.ui.common.counts import Counts

if TYPE_CHECKING:
    from breathapp.core.movement_goals import MovementGoalDay, MovementWeek

translate = QCoreApplication.translate


class WeekMoved(NamedTuple):
    """A week's movement, the goal it ends with (None: no goal that week), and whether any
    day has exact minutes (False: only old ticks, said as days "15 minutes or more")."""

    week: MovementWeek
    goal: int | None
    exact: bool = True


def day_text(day: MovementGoalDay) -> str:
    """ "moved 20 minutes (your goal: 15 minutes)"; "" for a day without movement."""
    if day.minutes <= 0:
        return ""
    if day.at_least:
        return translate("history", "moved 15 minutes or more")
    moved = labels.minutes_text(day.minutes * 60)
    if day.goal is None:
        return translate("history", "moved %1").replace("%1", moved)
    goal = labels.minutes_text(day.goal * 60)
    return translate("history", "moved %1 (your goal: %2)").replace("%1", moved).replace("%2", goal)


def readout_line(
    day: date, moved: Set[date], movement: Mapping[date, MovementGoalDay] | None
) -> str:
    """A day's movement for a chart's read-out, on a line of its own ("" for none)."""
    entry = movement.get(day) if movement else None
    if entry is not None and entry.minutes > 0:
        return "\n" + day_text(entry)
    return "\n" + translate("history", "moved 15 minutes or more") if day in moved else ""


def week_lines(moved: WeekMoved) -> list[str]:
    """ "minutes moved this week: 85", "3 of 7 days at your goal of 15 minutes"."""
    week, goal, exact = moved
    lines = []
    if not exact and week.days_moved:
        lines.append(Counts.tr("moved 15 minutes or more on %n days", "", week.days_moved))
    elif week.minutes:
        text = (
            translate("history", "minutes moved this week: %1 or more")
            if week.at_least
            else translate("history", "minutes moved this week: %1")
        )
        lines.append(text.replace("%1", str(week.minutes)))
    if goal is not None and week.days_with_goal:
        lines.append(at_goal_text(week.days_at_goal, week.days_with_goal, goal))
    return lines


def at_goal_text(at_goal: int, days: int, goal: int) -> str:
    text = Counts.tr("%1 of %n days at your goal of %2", "", days)
    return text.replace("%1", str(at_goal)).replace("%2", labels.minutes_text(goal * 60))


def weeks_moved(days: Iterable[MovementGoalDay]) -> dict[date, WeekMoved]:
    """Each Monday's movement week, with the goal of its last day that had one."""
    from breathapp.core.adherence import monday_of
    from breathapp.core.movement_goals import movement_weeks

    kept = list(days)
    goals = {monday_of(d.day): d.goal for d in kept if d.goal is not None}
    exact = {monday_of(d.day) for d in kept if d.minutes > 0 and not d.at_least}
    return {
        w.monday: WeekMoved(w, goals.get(w.monday), w.monday in exact) for w in movement_weeks(kept)
    }


def has_minutes(days: Iterable[MovementGoalDay]) -> bool:
    """Whether any day has exact minutes (not only old ticks)."""
    return any(d.minutes > 0 and not d.at_least for d in days)
