# SPDX-License-Identifier: GPL-3.0-or-later
"""Says when a reminder is due: looks at the wall clock on each timer check, never counts ticks."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.controllers.practice import Timer
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.clock import Clock
from breathapp.core.prefs import Preferences
from breathapp.core.reminders import due_since, missed_today, next_due, paused_day_of, seen_until

# The timer waits until the next reminder, but never longer than this: a computer that
# slept (its timers stand still) looks again within a minute of waking, and a local
# offset that changed (daylight saving) is read afresh.
CHECK_MAX_MS = 60_000
CHECK_MIN_MS = 1_000
LATE_MS = 500  # look just after the minute turns, not just before


class ReminderController(QObject):
    """Reminders at the times in the preferences, in local wall time.

    Signals:
        reminder_due(str): a reminder time ("HH:MM") has come; once per time and day.
        schedule_changed(): reminders were turned on or off, paused, resumed, or the
            next one moved.
    """

    reminder_due = Signal(str)
    schedule_changed = Signal()

    def __init__(
        self,
        prefs: PrefsController,
        clock: Clock,
        timer: Timer,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``zone`` None: the computer's own local time (tests pass a zoneinfo zone)."""
        super().__init__(parent)
        self._prefs = prefs
        self._clock = clock
        self._timer = timer
        self._zone = zone
        self._seen = self.now_local()
        self._next: datetime | None = None
        self._watched = self._watched_values(prefs.prefs)
        timer.timeout.connect(self.check)
        prefs.changed.connect(self._on_prefs_changed)
        self._plan()

    # -- what the views ask -------------------------------------------------------
    def now_local(self) -> datetime:
        return self._clock.now_utc().astimezone(self._zone)

    def today(self) -> date:
        return self.now_local().date()

    @property
    def on(self) -> bool:
        """Reminders are on and there is at least one time."""
        p = self._prefs.prefs
        return p.reminders_on and bool(p.reminder_times)

    @property
    def times(self) -> tuple[str, ...]:
        return self._prefs.prefs.reminder_times

    @property
    def paused_today(self) -> bool:
        return paused_day_of(self._prefs.prefs.reminders_paused_day) == self.today()

    @property
    def next_due(self) -> datetime | None:
        """When the next reminder comes (local), None when reminders are off."""
        return self._next

    def missed_today(self) -> str | None:
        """The latest reminder time already passed today; None when off or paused."""
        if not self.on:
            return None
        p = self._prefs.prefs
        paused = paused_day_of(p.reminders_paused_day)
        return missed_today(p.reminder_times, self.now_local(), paused)

    # -- what the views ask for ---------------------------------------------------
    def pause_today(self) -> None:
        """No more reminders today; tomorrow they come as usual."""
        self._prefs.update(reminders_paused_day=self.today().isoformat())

    def resume(self) -> None:
        self._prefs.update(reminders_paused_day="")

    @Slot()
    def check(self) -> None:
        """Compare the wall clock with the times; remind once for what came due."""
        now = self.now_local()
        due = None
        if self.on:
            p = self._prefs.prefs
            due = due_since(
                p.reminder_times, self._seen, now, paused_day_of(p.reminders_paused_day)
            )
        self._seen = seen_until(self._seen, now)
        self._plan(now)
        if due is not None:
            self.reminder_due.emit(due)

    # -- inside ---------------------------------------------------------------------
    @staticmethod
    def _watched_values(p: Preferences) -> tuple[object, ...]:
        return (p.reminders_on, p.reminder_times, p.reminders_paused_day)

    @Slot(object)
    def _on_prefs_changed(self, prefs: Preferences) -> None:
        watched = self._watched_values(prefs)
        if watched == self._watched:
            return
        self._watched = watched
        # A time added or turned on now does not remind of a moment already past.
        now = self.now_local()
        self._seen = seen_until(self._seen, now)
        self._plan(now, force_signal=True)

    def _plan(self, now: datetime | None = None, force_signal: bool = False) -> None:
        now = now or self.now_local()
        before = self._next
        if not self.on:
            self._next = None
            self._timer.stop()
        else:
            p = self._prefs.prefs
            self._next = next_due(p.reminder_times, now, paused_day_of(p.reminders_paused_day))
            wait_ms = CHECK_MAX_MS
            if self._next is not None:
                wait_ms = int((self._next - now).total_seconds() * 1000) + LATE_MS
            self._timer.start(max(CHECK_MIN_MS, min(CHECK_MAX_MS, wait_ms)))
        if force_signal or self._next != before:
            self.schedule_changed.emit()
