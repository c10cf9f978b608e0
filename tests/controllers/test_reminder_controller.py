# SPDX-License-Identifier: GPL-3.0-or-later
"""The reminder controller over a manual clock and a timer fired by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.reminder_controller import CHECK_MAX_MS, ReminderController
from breathapp.core.clock import ManualClock
from breathapp.core.prefs import Preferences
from tests.fakes import FakeTimer

BRUSSELS = ZoneInfo("Europe/Brussels")


class Prefs:
    def __init__(self, prefs: Preferences) -> None:
        self.prefs = prefs

    def load(self, profile_id: int) -> tuple[Preferences, list[str]]:
        return self.prefs, []

    def save(self, profile_id: int, prefs: Preferences) -> None:
        self.prefs = prefs


@dataclass
class Rig:
    clock: ManualClock
    timer: FakeTimer
    prefs: PrefsController
    reminders: ReminderController
    due: list[str] = field(default_factory=list)
    plans: list[None] = field(default_factory=list)

    def run(self, seconds: float) -> None:
        """Let time pass as the real timer would: wait its interval, then fire."""
        end = self.clock.monotonic() + seconds
        while self.timer.active and self.clock.monotonic() + self.timer.interval_ms / 1000 <= end:
            self.clock.advance(self.timer.interval_ms / 1000)
            self.timer.fire()
        self.clock.advance(max(0.0, end - self.clock.monotonic()))

    def local(self) -> datetime:
        return self.clock.now_utc().astimezone(BRUSSELS)


def rig(start_local: datetime, **prefs: object) -> Rig:
    clock = ManualClock(start_utc=start_local.astimezone(UTC))
    timer = FakeTimer()
    controller = PrefsController(Prefs(Preferences(**prefs)), 1)  # type: ignore[arg-type]
    reminders = ReminderController(controller, clock, timer, BRUSSELS)
    made = Rig(clock, timer, controller, reminders)
    reminders.reminder_due.connect(made.due.append)
    reminders.schedule_changed.connect(lambda: made.plans.append(None))
    return made


MONDAY_8 = datetime(2026, 1, 5, 8, 0, tzinfo=BRUSSELS)


def test_off_by_default_no_timer_runs() -> None:
    r = rig(MONDAY_8)
    assert not r.reminders.on and not r.timer.active
    assert r.reminders.next_due is None


def test_fires_at_the_time_and_once() -> None:
    r = rig(MONDAY_8, reminders_on=True, reminder_times=("09:00", "19:00"))
    assert r.timer.active and r.timer.interval_ms == CHECK_MAX_MS  # never waits long
    assert r.reminders.next_due == MONDAY_8.replace(hour=9)
    r.run(59 * 60)
    assert r.due == []
    r.run(2 * 60)
    assert r.due == ["09:00"]
    assert r.local().hour == 9 and r.local().minute == 1
    r.run(3 * 3600)
    assert r.due == ["09:00"]
    assert r.reminders.next_due == MONDAY_8.replace(hour=19)


def test_the_last_wait_ends_just_after_the_minute_turns() -> None:
    r = rig(MONDAY_8.replace(minute=59, second=30), reminders_on=True, reminder_times=("09:00",))
    assert r.timer.interval_ms == 30_500
    r.clock.advance(30.5)
    r.timer.fire()
    assert r.due == ["09:00"]


def test_pause_for_today_and_resume() -> None:
    r = rig(MONDAY_8, reminders_on=True, reminder_times=("09:00", "19:00"))
    r.plans.clear()
    r.reminders.pause_today()
    assert r.prefs.prefs.reminders_paused_day == "2026-01-05"
    assert r.reminders.paused_today and r.plans
    assert r.reminders.next_due == MONDAY_8.replace(day=6, hour=9)
    r.run(10 * 3600)  # to 18:00
    assert r.due == []
    r.reminders.resume()
    assert not r.reminders.paused_today
    assert r.reminders.next_due == MONDAY_8.replace(hour=19)
    r.run(61 * 60)
    assert r.due == ["19:00"]  # the paused morning is not brought up afterwards


def test_a_paused_day_ends_by_itself() -> None:
    r = rig(MONDAY_8, reminders_on=True, reminder_times=("09:00",))
    r.reminders.pause_today()
    r.run(25 * 3600)
    assert r.due == ["09:00"]
    assert r.local().date() == MONDAY_8.date() + timedelta(days=1)


def test_preferences_changes_replan() -> None:
    r = rig(MONDAY_8, reminder_times=("09:00",))
    r.plans.clear()
    r.prefs.update(reminders_on=True)
    assert r.timer.active and r.plans == [None]
    r.prefs.update(reminder_times=("08:30", "09:00"))
    assert r.reminders.next_due == MONDAY_8.replace(minute=30)
    r.prefs.update(sound_volume=20)  # nothing to do with reminders
    assert len(r.plans) == 2
    r.prefs.update(reminders_on=False)
    assert not r.timer.active and r.reminders.next_due is None
    r.run(3600)
    assert r.due == []
    r.prefs.update(reminder_times=())
    r.prefs.update(reminders_on=True)
    assert not r.reminders.on and not r.timer.active


def test_a_time_added_after_it_passed_does_not_remind_now() -> None:
    r = rig(MONDAY_8, reminders_on=True, reminder_times=("19:00",))
    r.run(30)
    r.prefs.update(reminder_times=("07:00", "19:00"))
    r.run(60)
    assert r.due == []


def test_after_a_jump_of_the_wall_clock_one_catch_up() -> None:
    r = rig(MONDAY_8, reminders_on=True, reminder_times=("09:00", "12:00", "17:00"))
    r.clock.advance(10 * 3600)  # asleep: the timer stood still
    r.timer.fire()
    assert r.due == ["17:00"]
    r.run(600)
    assert r.due == ["17:00"]


def test_start_up_does_not_remind_of_a_time_already_past() -> None:
    r = rig(MONDAY_8.replace(hour=10), reminders_on=True, reminder_times=("09:00",))
    r.run(600)
    assert r.due == []


@pytest.mark.parametrize(
    ("day", "hours"), [((2026, 3, 29), 23), ((2026, 10, 25), 25)], ids=["spring", "autumn"]
)
def test_a_night_time_reminds_once_across_daylight_saving(
    day: tuple[int, int, int], hours: int
) -> None:
    start = datetime(*day, 0, 0, tzinfo=BRUSSELS) - timedelta(hours=1)
    r = rig(start, reminders_on=True, reminder_times=("02:30",))
    r.run((hours + 1) * 3600)  # to the end of that day
    assert r.due == ["02:30"]


def test_missed_today_for_a_start_without_a_tray() -> None:
    r = rig(MONDAY_8.replace(hour=10), reminders_on=True, reminder_times=("09:00", "19:00"))
    assert r.reminders.missed_today() == "09:00"
    r.reminders.pause_today()
    assert r.reminders.missed_today() is None
    r.reminders.resume()
    r.prefs.update(reminders_on=False)
    assert r.reminders.missed_today() is None
