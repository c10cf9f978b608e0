# SPDX-License-Identifier: GPL-3.0-or-later
"""Movement against the phase's goal, per day and per week: a day counts, no streak."""

from __future__ import annotations

from datetime import date, timedelta

from breathapp.core.movement import MovementDay
from breathapp.core.movement_goals import (
    MovementGoalDay,
    MovementWeek,
    movement_goal_days,
    movement_weeks,
)
from breathapp.core.plans import Advance, ItemKind, Plan, PlanItem, PlanPhase, PlanProgress

MON = date(2026, 3, 2)  # a Monday
CALM = PlanItem(ItemKind.BREATHING, "calm", 5)
# 10 minutes for a week, then 20 minutes of cycling until the therapist says, then no goal.
PLAN = Plan(
    "Move",
    (
        PlanPhase("Start", (CALM,), Advance.AFTER_DAYS, 7, movement_minutes=10),
        PlanPhase(
            "Build", (CALM,), Advance.THERAPIST, movement_minutes=20, movement_activity="cycling"
        ),
        PlanPhase("Keep", (CALM,), Advance.THERAPIST),
    ),
)


def _d(n: int) -> date:
    return MON + timedelta(days=n)


def test_each_day_has_the_goal_of_its_phase_and_whether_it_was_met() -> None:
    progress = PlanProgress(MON, 1, _d(7), (MON, _d(7)))
    moved = [MovementDay(_d(1), 10), MovementDay(_d(2), 5), MovementDay(_d(8), 25)]
    days = movement_goal_days(PLAN, progress, moved, _d(-1), _d(9))
    assert days[0] == MovementGoalDay(_d(-1), None, 0, False, False, "")  # before the plan
    assert days[1] == MovementGoalDay(MON, 10, 0, False, False, "")
    assert days[2] == MovementGoalDay(_d(1), 10, 10, False, True, "")
    assert days[3] == MovementGoalDay(_d(2), 10, 5, False, False, "")
    assert days[8] == MovementGoalDay(_d(7), 20, 0, False, False, "cycling")
    assert days[9] == MovementGoalDay(_d(8), 20, 25, False, True, "cycling")
    assert [d.day for d in days] == [_d(n) for n in range(-1, 10)]


def test_without_a_plan_or_a_goal_there_is_no_goal_but_minutes_still_count() -> None:
    moved = [MovementDay(MON, 30)]
    assert movement_goal_days(None, None, moved, MON, MON) == [
        MovementGoalDay(MON, None, 30, False, False, "")
    ]
    progress = PlanProgress(MON, 2, MON, (MON, MON, MON))
    assert movement_goal_days(PLAN, progress, moved, MON, MON)[0].goal is None


def test_an_old_tick_meets_a_goal_of_15_or_less_and_claims_no_more() -> None:
    progress = PlanProgress(MON, 1, _d(7), (MON, _d(7)))
    moved = [MovementDay(_d(1), 15, at_least=True), MovementDay(_d(8), 15, at_least=True)]
    days = movement_goal_days(PLAN, progress, moved, _d(1), _d(8))
    assert (days[0].minutes, days[0].at_least, days[0].met) == (15, True, True)  # goal 10
    assert (days[7].minutes, days[7].at_least, days[7].met) == (15, True, False)  # goal 20


def test_weeks_count_days_moved_and_days_at_goal_and_no_streak() -> None:
    progress = PlanProgress(MON, 1, _d(7), (MON, _d(7)))
    moved = [
        MovementDay(MON, 10),
        MovementDay(_d(2), 5),
        MovementDay(_d(4), 15, at_least=True),
        MovementDay(_d(9), 30),
    ]
    weeks = movement_weeks(movement_goal_days(PLAN, progress, moved, MON, _d(13)))
    assert weeks == [
        MovementWeek(MON, 30, 3, 2, 7, True),
        MovementWeek(_d(7), 30, 1, 1, 7, False),
    ]
    assert not any(hasattr(w, "streak") for w in weeks)


def test_a_week_only_partly_asked_counts_its_own_days() -> None:
    weeks = movement_weeks(movement_goal_days(None, None, [MovementDay(_d(3), 12)], _d(3), _d(8)))
    assert weeks == [MovementWeek(MON, 12, 1, 0, 0, False), MovementWeek(_d(7), 0, 0, 0, 0, False)]
    assert movement_weeks([]) == []
