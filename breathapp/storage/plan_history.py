# SPDX-License-Identifier: GPL-3.0-or-later
"""A plan's adherence, the movement days and the bad days, as the history and the report
read them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plans_repo import PlanRepo

if TYPE_CHECKING:
    from breathapp.core.adherence import WeekAdherence
    from breathapp.core.movement_goals import MovementGoalDay


class PlanHistory:
    """Read-only: done against prescribed per week, and the days "I moved" was ticked."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._plans = PlanRepo(db)
        self._movement = MovementRepo(db)

    def adherence(self, profile_id: int, first: date, last: date) -> list[WeekAdherence] | None:
        """Per Monday-to-Sunday week from ``first`` to ``last``; None when there is no plan.

        A stored plan this version cannot read counts as none, as on the Today page.
        """
        if last < first or not self._plans.has_active(profile_id):
            return None
        from breathapp.core.adherence import monday_of, weekly_adherence
        from breathapp.core.plans import PlanError

        try:
            active = self._plans.active(profile_id)
        except PlanError:
            return None
        if active is None:
            return None
        sessions = self._plans.sessions_done(profile_id, monday_of(first), last)
        return weekly_adherence(active[0], active[1], sessions, first, last)

    def movement_goal_days(self, profile_id: int, first: date, last: date) -> list[MovementGoalDay]:
        """Each day from ``first`` to ``last`` with the active plan's goal that day, the
        minutes moved and whether the goal was met; a plan this version cannot read counts
        as none (the minutes still count)."""
        from breathapp.core.movement_goals import movement_goal_days
        from breathapp.core.plans import PlanError

        active = None
        if first <= last and self._plans.has_active(profile_id):
            try:
                active = self._plans.active(profile_id)
            except PlanError:
                active = None
        plan, progress = active if active is not None else (None, None)
        entries = self._movement.entries(profile_id, first, last)
        return movement_goal_days(plan, progress, entries, first, last)

    def movement_days(self, profile_id: int, first: date | None, last: date | None) -> list[date]:
        return self._movement.days(profile_id, first, last)

    def bad_days(self, profile_id: int, first: date, last: date) -> list[date]:
        """The days from ``first`` to ``last`` the profile marked as a bad day (issue 16)."""
        from breathapp.storage.flare_repo import BadDayRepo

        return sorted({b.day for b in BadDayRepo(self._db).list(profile_id, first, last)})
