# SPDX-License-Identifier: GPL-3.0-or-later
"""A profile's prescribed plan: today's sessions, the phase, adherence and the movement tick."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.profiles import Profile

if TYPE_CHECKING:  # plans load only for a profile that has one: off the start-up path
    from breathapp.core.adherence import ItemToday, PhaseNow, SessionDone, WeekAdherence
    from breathapp.core.movement import MovementDay
    from breathapp.core.movement_goals import MovementGoalDay
    from breathapp.core.plans import Plan, PlanProgress


class PlanStore(Protocol):
    def has_active(self, profile_id: int) -> bool: ...
    def active(self, profile_id: int) -> tuple[Plan, PlanProgress] | None: ...
    def save(
        self, profile_id: int, plan: Plan, progress: PlanProgress, now_utc: datetime
    ) -> None: ...
    def set_progress(self, profile_id: int, progress: PlanProgress) -> None: ...
    def remove(self, profile_id: int) -> None: ...
    def sessions_done(self, profile_id: int, first: date, last: date) -> list[SessionDone]: ...


class MovementStore(Protocol):
    def set(self, profile_id: int, day: date, moved: bool, now_utc: datetime) -> None: ...
    def days(self, profile_id: int, first: date | None, last: date | None) -> list[date]: ...
    def set_minutes(self, profile_id: int, day: date, minutes: int, now_utc: datetime) -> None: ...
    def minutes(self, profile_id: int, day: date) -> MovementDay | None: ...
    def entries(
        self, profile_id: int, first: date | None, last: date | None
    ) -> list[MovementDay]: ...


class PlanController(QObject):
    """The plan of one profile. Cheap to build: only ``has_active`` runs until it is used.

    Errors of the environment are emitted as ``storage_failed`` and change nothing, except
    in ``read_file``, which raises them (there is no plan to return).

    Signals:
        plan_changed(): a plan was saved, accepted or removed, or its phase moved on.
        today_changed(): today's sessions may read differently (after refresh()).
        movement_changed(bool): today's "I moved" tick was set or cleared; also after
            set_movement_minutes (True: the day has minutes now, False: cleared).
        movement_minutes_changed(date, int): that day's minutes were set (0: cleared).
        storage_failed(StorageError): reading or writing failed; nothing changed.
    """

    plan_changed = Signal()
    today_changed = Signal()
    movement_changed = Signal(bool)
    movement_minutes_changed = Signal(object, int)
    storage_failed = Signal(object)

    def __init__(
        self,
        plans: PlanStore,
        movement: MovementStore,
        clock: Clock,
        today: Callable[[], date],
        profile: Profile | Callable[[], Profile],
        read_file: Callable[[Path], Plan],
        write_file: Callable[[Path, Plan], None],
        known_relaxation: Callable[[str], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._movement = movement
        self._clock = clock
        self._today = today
        self._profile = profile
        self._read_file = read_file
        self._write_file = write_file
        self._known_relaxation = known_relaxation
        self._loaded: tuple[Plan, PlanProgress] | None = None
        self._items: tuple[date, list[ItemToday]] | None = None
        self._moved: tuple[date, bool] | None = None
        # The one query at start-up; a StorageError here is the composition root's to show.
        self._has_plan = plans.has_active(self.profile.id)
        self._stale = self._has_plan  # read on first use, not at start-up

    @property
    def profile(self) -> Profile:
        return self._profile if isinstance(self._profile, Profile) else self._profile()

    # The plan and where the profile stands in it.

    def _current(self) -> tuple[Plan, PlanProgress] | None:
        if self._stale:
            self._stale = False
            self._load()
        return self._loaded

    def _load(self) -> None:
        from breathapp.core.plans import PlanError

        self._items = None
        try:
            self._loaded = self._plans.active(self.profile.id)
        except StorageError as error:
            self._loaded = None
            self.storage_failed.emit(error)
        except PlanError:
            # A stored plan this version cannot use (damaged): treated as none, kept stored.
            self._loaded = None
        self._has_plan = self._loaded is not None

    @property
    def has_plan(self) -> bool:
        """Whether the profile follows a plan, without reading it."""
        return self._has_plan

    @property
    def plan(self) -> Plan | None:
        current = self._current()
        return current[0] if current else None

    @property
    def progress(self) -> PlanProgress | None:
        current = self._current()
        return current[1] if current else None

    def phase_now(self) -> PhaseNow | None:
        current = self._current()
        if current is None:
            return None
        from breathapp.core.adherence import current_phase

        return current_phase(current[0], current[1], self._today())

    def today_items(self) -> list[ItemToday]:
        """The current phase's sessions with done and due today (or this week)."""
        current = self._current()
        if current is None:
            return []
        today = self._today()
        if self._items is not None and self._items[0] == today:
            return list(self._items[1])
        from breathapp.core.adherence import monday_of, today_items

        monday = monday_of(today)
        try:
            sessions = self._plans.sessions_done(
                self.profile.id, monday, monday + timedelta(days=6)
            )
        except StorageError as error:
            self.storage_failed.emit(error)
            sessions = []
        items = today_items(current[0], current[1], sessions, today)
        self._items = (today, items)
        return list(items)

    def next_open_item(self) -> ItemToday | None:
        """The first of today's sessions still to do, or None when all are done.

        A breathing item with holds is passed over for a "no breath holds" profile (a plan
        accepted before the profile was set so): the big Start would only be refused.
        """
        from breathapp.core.patterns import PatternError, resolve
        from breathapp.core.plans import ItemKind

        no_holds = self.profile.no_holds
        for open_item in (i for i in self.today_items() if i.done < i.due):
            item = open_item.item
            if no_holds and item.kind is ItemKind.BREATHING:
                try:
                    if resolve(item.what)[0].has_holds:
                        continue
                except PatternError:
                    continue
            return open_item
        return None

    def adherence(self, first: date, last: date) -> list[WeekAdherence]:
        """Done against prescribed per week from ``first`` to ``last`` (local days)."""
        current = self._current()
        if current is None or last < first:
            return []
        from breathapp.core.adherence import monday_of, weekly_adherence

        try:
            sessions = self._plans.sessions_done(self.profile.id, monday_of(first), last)
        except StorageError as error:
            self.storage_failed.emit(error)
            return []
        return weekly_adherence(current[0], current[1], sessions, first, last)

    # Changing the plan.

    def check(self, plan: Plan) -> None:
        """PlanError or HoldsNotAllowedError when the plan cannot be used for this profile."""
        from breathapp.core.plans import ItemKind, PlanError, PlanProblem, check_plan
        from breathapp.core.safety import check_plan_safety

        check_plan(plan)
        check_plan_safety(plan, self.profile)
        if self._known_relaxation is None:
            return
        for p, phase in enumerate(plan.phases):
            for i, item in enumerate(phase.items):
                if item.kind is ItemKind.RELAXATION and not self._known_relaxation(item.what):
                    where = f"phases[{p}].items[{i}].what"
                    raise PlanError(PlanProblem.UNKNOWN_RELAXATION, where, "is not in this app")

    def save(self, plan: Plan) -> bool:
        """Check and store ``plan``: a changed plan keeps its progress, a first one starts today.

        Raises PlanError / HoldsNotAllowedError before anything is stored; False (and
        storage_failed) when it could not be stored.
        """
        self.check(plan)
        current = self._current()
        if current is None:
            return self._store(plan, None)
        old = current[1]
        if old.phase_index >= len(plan.phases):  # the plan lost phases: stay in its last
            from breathapp.core.adherence import moved_to

            old = moved_to(current[0], old, len(plan.phases) - 1, self._today())
        return self._store(plan, old)

    def accept(self, plan: Plan) -> bool:
        """Check and store ``plan`` as a new plan that starts today, at its first phase."""
        self.check(plan)
        return self._store(plan, None)

    def _store(self, plan: Plan, progress: PlanProgress | None) -> bool:
        from breathapp.core.plans import PlanProgress

        if progress is None:
            progress = PlanProgress.starting(self._today())
        try:
            self._plans.save(self.profile.id, plan, progress, self._clock.now_utc())
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        self._changed((plan, progress))
        return True

    def _changed(self, current: tuple[Plan, PlanProgress] | None) -> None:
        self._loaded = current
        self._has_plan = current is not None
        self._stale = False
        self._items = None
        self.plan_changed.emit()
        self.today_changed.emit()

    def read_file(self, path: Path) -> Plan:
        """The checked plan in a file, for a preview; nothing is saved.

        Raises PlanError, HoldsNotAllowedError, or StorageError when it cannot be read.
        """
        plan = self._read_file(path)
        self.check(plan)
        return plan

    def export(self, path: Path) -> bool:
        """Write the plan to ``path``; False (with storage_failed) when that failed."""
        plan = self.plan
        if plan is None:
            raise LookupError("there is no plan to export")
        try:
            self._write_file(path, plan)
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        return True

    def remove(self) -> bool:
        """The profile stops following its plan (it stays stored, inactive)."""
        try:
            self._plans.remove(self.profile.id)
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        self._changed(None)
        return True

    def advance_phase(self) -> bool:
        """The therapist moves the plan on: the phase after today's starts today.

        The day every phase began is kept with the progress, for adherence.

        False when there is no plan, it is in its last phase, or storing failed.
        """
        current = self._current()
        now = self.phase_now()
        if current is None or now is None or now.next_phase is None:
            return False
        from breathapp.core.adherence import moved_to

        progress = moved_to(current[0], current[1], now.index + 1, self._today())
        try:
            self._plans.set_progress(self.profile.id, progress)
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        self._changed((current[0], progress))
        return True

    @Slot()
    def refresh(self) -> None:
        """Read the plan and today's sessions again (after a session ended, or a new day)."""
        self._stale = False
        self._moved = None
        self._load()
        self.today_changed.emit()

    # The daily movement tick.

    @property
    def moved_today(self) -> bool:
        """Whether today is ticked (read once a day, then kept until it is changed)."""
        today = self._today()
        if self._moved is not None and self._moved[0] == today:
            return self._moved[1]
        try:
            moved = today in self._movement.days(self.profile.id, today, today)
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        self._moved = (today, moved)
        return moved

    def set_moved_today(self, moved: bool) -> bool:
        """Tick or clear today's "I moved at least 15 minutes"; False when it was not stored."""
        try:
            self._movement.set(self.profile.id, self._today(), moved, self._clock.now_utc())
        except StorageError as error:
            self.storage_failed.emit(error)
            self._moved = None  # read again: the store has the last word
            return False
        self._moved = (self._today(), moved)
        self.movement_changed.emit(moved)
        return True

    # Movement minutes per day (issue 16): they replace the tick, which reads as 15 "or more".

    def set_movement_minutes(self, day: date, minutes: int) -> bool:
        """Set the minutes moved on ``day`` (replacing what it had; 0 clears it).

        Whole minutes from 0 to 600, else MovementError (core.movement) and nothing changes;
        False when the store failed (``storage_failed`` says why).
        """
        try:
            self._movement.set_minutes(self.profile.id, day, minutes, self._clock.now_utc())
        except StorageError as error:
            self.storage_failed.emit(error)
            self._moved = None
            return False
        self._moved = None  # read again when asked
        self.movement_minutes_changed.emit(day, minutes)
        self.movement_changed.emit(minutes > 0)
        return True

    def movement_minutes(self, day: date) -> MovementDay | None:
        """What ``day`` holds (``at_least``: an old tick, "15 minutes or more"), or None."""
        try:
            return self._movement.minutes(self.profile.id, day)
        except StorageError as error:
            self.storage_failed.emit(error)
            return None

    def movement_entries(self, first: date | None, last: date | None) -> list[MovementDay]:
        """The days with movement from ``first`` to ``last`` (None: no bound), oldest first."""
        try:
            return self._movement.entries(self.profile.id, first, last)
        except StorageError as error:
            self.storage_failed.emit(error)
            return []

    def movement_goal_days(self, first: date, last: date) -> list[MovementGoalDay]:
        """Each day from ``first`` to ``last``: the phase's goal (None: none), the minutes
        moved and whether the goal was met (core.movement_goals; weeks: movement_weeks)."""
        from breathapp.core.movement_goals import movement_goal_days

        current = self._current()
        entries = self.movement_entries(first, last)
        plan, progress = current if current is not None else (None, None)
        return movement_goal_days(plan, progress, entries, first, last)

    def movement_days(self, first: date | None, last: date | None) -> list[date]:
        try:
            return self._movement.days(self.profile.id, first, last)
        except StorageError as error:
            self.storage_failed.emit(error)
            return []
