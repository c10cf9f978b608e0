# SPDX-License-Identifier: GPL-3.0-or-later
"""The practice history of one profile: what the charts and the list show, and their edits."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import date, timedelta
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.session import SessionRecord
from breathapp.core.stats import (
    DayTotal,
    RatePoint,
    RatingPoint,
    SessionFilter,
    Streaks,
    Summary,
    WeekChange,
    fill_days,
    monday_of,
    practice_days,
    streaks,
    week_changes,
)

if TYPE_CHECKING:  # plans load only for a profile that has one
    from breathapp.core.adherence import WeekAdherence
    from breathapp.core.movement_goals import MovementGoalDay, MovementWeek


class Period(Enum):
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


_PERIOD_DAYS = {Period.WEEK: 7, Period.MONTH: 30, Period.YEAR: 365}


class HistoryStore(Protocol):
    """Where the history comes from (storage.history_repo.HistoryRepo)."""

    def day_totals(
        self, profile_id: int, first: date | None = None, last: date | None = None
    ) -> list[DayTotal]: ...
    def rate_per_day(
        self, profile_id: int, first: date | None = None, last: date | None = None
    ) -> list[RatePoint]: ...
    def ratings(
        self, profile_id: int, first: date | None = None, last: date | None = None
    ) -> list[RatingPoint]: ...
    def average_tension_change(self, profile_id: int) -> float | None: ...
    def sessions(
        self, profile_id: int, which: SessionFilter = ..., limit: int = ..., offset: int = ...
    ) -> list[SessionRecord]: ...
    def count(self, profile_id: int, which: SessionFilter = ...) -> int: ...
    def kinds_and_patterns(self, profile_id: int) -> tuple[list[str], list[str]]: ...
    def set_note(self, session_id: int, note: str) -> None: ...
    def delete(self, session_id: int) -> dict[str, object]: ...
    def restore(self, row: dict[str, object]) -> None: ...


class PlanHistoryStore(Protocol):
    """A plan's weeks and the movement tick (storage.plan_history.PlanHistory)."""

    def adherence(
        self, profile_id: int, first: date, last: date
    ) -> builtins.list[WeekAdherence] | None: ...
    def movement_days(
        self, profile_id: int, first: date | None, last: date | None
    ) -> builtins.list[date]: ...
    def movement_goal_days(
        self, profile_id: int, first: date, last: date
    ) -> builtins.list[MovementGoalDay]: ...
    def bad_days(self, profile_id: int, first: date, last: date) -> builtins.list[date]: ...


class Overview(NamedTuple):
    """Everything the charts and the summary show for one period."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads.
    period: Period
    first: date
    last: date
    days: list[DayTotal]  # every day of the period, zeros included
    year: list[DayTotal]  # the calendar: the last 53 weeks, Monday first, zeros included
    ratings: list[RatingPoint]
    weeks: list[WeekChange]
    rates: list[RatePoint]
    summary: Summary
    # The days "I moved at least 15 minutes" was ticked, in the calendar's weeks.
    moved: frozenset[date] = frozenset()
    moved_this_week: int | None = None  # None: the profile does not use the tick
    # Issue 16: the minutes moved each day of the calendar's weeks (to today) against the
    # phase's goal, this week's sum (Monday to today), and the bad days in those weeks.
    movement: tuple[MovementGoalDay, ...] = ()
    movement_this_week: MovementWeek | None = None
    bad_days: frozenset[date] = frozenset()
    # Done against planned per week over the weeks shown (whole weeks, Monday to Sunday),
    # and this week's; None when the profile has no plan.
    plan_weeks: tuple[WeekAdherence, ...] | None = None
    plan_this_week: WeekAdherence | None = None

    @property
    def empty(self) -> bool:
        return self.summary.total_sessions == 0


def _week(day: date) -> tuple[date, date]:
    """Monday and Sunday of ``day``'s week."""
    monday = monday_of(day)
    return monday, monday + timedelta(days=6)


class HistoryController(QObject):
    """Reads the history of one profile for the screen and applies its edits.

    ``read_only`` is for a practice file opened to look at: nothing can be changed.
    ``plans`` adds a plan's weeks and the movement days (without it there are none).

    Signals:
        changed(): the history changed (a session ended, a note, a delete or its undo).
        storage_failed(StorageError): an edit could not be saved.
    """

    changed = Signal()
    storage_failed = Signal(object)

    def __init__(
        self,
        store: HistoryStore,
        profile_id: int,
        clock: Clock,
        read_only: bool = False,
        plans: PlanHistoryStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._plans = plans
        self._profile_id = profile_id
        self._clock = clock
        self.read_only = read_only
        self._deleted: list[dict[str, object]] = []  # undo, newest last

    def today(self) -> date:
        return self._clock.now_utc().astimezone().date()

    def overview(self, period: Period, last: date | None = None) -> Overview:
        """The period that ends on ``last`` (today by default), aggregated in SQL."""
        last = last or self.today()
        first = last - timedelta(days=_PERIOD_DAYS[period] - 1)
        year_first = monday_of(last) - timedelta(weeks=52)
        store, pid = self._store, self._profile_id
        everything = store.day_totals(pid)  # one row per day: about 3,650 in ten years
        in_year = [t for t in everything if year_first <= t.day <= last]
        ratings = store.ratings(pid, first, last)
        today = self.today()
        summary = Summary(
            minutes_this_week=sum(t.minutes for t in everything if monday_of(today) <= t.day),
            streaks=streaks(practice_days(everything), today) if everything else Streaks(0, 0),
            total_sessions=sum(t.sessions for t in everything),
            total_minutes=sum(t.minutes for t in everything),
            average_tension_change=store.average_tension_change(pid),
        )
        overview = Overview(
            period=period,
            first=first,
            last=last,
            days=fill_days([t for t in in_year if t.day >= first], first, last),
            year=fill_days(in_year, year_first, last),
            ratings=ratings,
            weeks=week_changes(ratings),
            rates=store.rate_per_day(pid, first, last),
            summary=summary,
        )
        return self._with_plan(overview, year_first, today) if self._plans else overview

    def _with_plan(self, overview: Overview, year_first: date, today: date) -> Overview:
        """The plan's weeks and the movement days: two more reads, only with a store for them."""
        assert self._plans is not None
        pid, first, last = self._profile_id, overview.first, overview.last
        moved = frozenset(self._plans.movement_days(pid, year_first, max(last, today)))
        monday = monday_of(first)
        weeks = self._plans.adherence(pid, monday, monday_of(last) + timedelta(days=6))
        this_week = None
        if weeks is not None:
            this_week = next((w for w in weeks if w.monday == monday_of(today)), None)
            if this_week is None and not monday <= monday_of(today) <= last:
                this_week = next(iter(self._plans.adherence(pid, *_week(today)) or ()), None)
        uses_tick = weeks is not None or bool(moved)
        from breathapp.core.movement_goals import movement_weeks

        end = max(last, today)
        movement = tuple(self._plans.movement_goal_days(pid, year_first, end))
        this = [d for d in movement if monday_of(today) <= d.day <= today]
        return overview._replace(
            movement=movement,
            movement_this_week=next(iter(movement_weeks(this)), None) if uses_tick else None,
            bad_days=frozenset(self._plans.bad_days(pid, year_first, end)),
            moved=moved,
            moved_this_week=(
                sum(1 for d in moved if monday_of(today) <= d <= today) if uses_tick else None
            ),
            plan_weeks=None if weeks is None else tuple(weeks),
            plan_this_week=this_week,
        )

    # -- the list ---------------------------------------------------------------------
    def sessions(
        self, which: SessionFilter, limit: int = 200, offset: int = 0
    ) -> builtins.list[SessionRecord]:
        return self._store.sessions(self._profile_id, which, limit, offset)

    def count(self, which: SessionFilter) -> int:
        return self._store.count(self._profile_id, which)

    def filter_choices(self) -> tuple[list[str], list[str]]:
        return self._store.kinds_and_patterns(self._profile_id)

    # -- edits --------------------------------------------------------------------------
    def set_note(self, session_id: int, note: str) -> bool:
        return self._edit(lambda: self._store.set_note(session_id, note))

    def delete(self, session_id: int) -> bool:
        """Remove a session; it can be put back with undo_delete()."""

        def delete() -> None:
            self._deleted.append(self._store.delete(session_id))

        return self._edit(delete)

    def can_undo(self) -> bool:
        return bool(self._deleted)

    def undo_delete(self) -> bool:
        if not self._deleted:
            return False
        row = self._deleted[-1]

        def restore() -> None:
            self._store.restore(row)
            self._deleted.pop()

        return self._edit(restore)

    def refresh(self) -> None:
        """Something else changed the history (a session ended, an import)."""
        self.changed.emit()

    def _edit(self, action: Callable[[], None]) -> bool:
        if self.read_only:
            return False
        try:
            action()
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        self.changed.emit()
        return True
