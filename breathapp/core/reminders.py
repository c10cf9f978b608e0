# SPDX-License-Identifier: GPL-3.0-or-later
"""Reminder times ("HH:MM", local wall time) and when the next one is due: pure."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum

TIMES_MAX = 4  # equal to core.plans.REMINDER_TIMES_MAX

# A wall clock that goes back by more than a daylight-saving shift was set back by hand:
# reminders then count from the new time instead of waiting for the old one.
CLOCK_SET_BACK = timedelta(hours=3)


class ReminderProblem(Enum):
    BAD_TIME = "bad_time"
    TOO_MANY = "too_many"


class ReminderError(ValueError):
    """A reminder time that cannot be used; ``problem`` says why, ``text`` which one."""

    def __init__(self, problem: ReminderProblem, text: str = "") -> None:
        super().__init__(problem, text)
        self.problem = problem
        self.text = text


def parse_time(text: str) -> time:
    """The time of a "HH:MM" text (one-digit hours too); raises ReminderError."""
    if not isinstance(text, str):
        raise ReminderError(ReminderProblem.BAD_TIME, repr(text))
    hours, sep, minutes = text.strip().partition(":")
    if (
        not sep
        or not (hours.isascii() and hours.isdigit() and 1 <= len(hours) <= 2)
        or not (minutes.isascii() and minutes.isdigit() and len(minutes) == 2)
        or int(hours) > 23
        or int(minutes) > 59
    ):
        raise ReminderError(ReminderProblem.BAD_TIME, text)
    return time(int(hours), int(minutes))


def time_text(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def check_times(texts: Iterable[str]) -> tuple[str, ...]:
    """The times as stored: "HH:MM", sorted, each once, at most TIMES_MAX; raises ReminderError."""
    if isinstance(texts, str):
        raise ReminderError(ReminderProblem.BAD_TIME, texts)
    times = sorted({parse_time(text) for text in texts})
    if len(times) > TIMES_MAX:
        raise ReminderError(ReminderProblem.TOO_MANY, str(len(times)))
    return tuple(time_text(t) for t in times)


def _wall(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None, fold=0)


def _first_instant(wall: datetime, zone: tzinfo | None) -> datetime:
    """The first instant (UTC) at which the local wall clock reads ``wall`` or later.

    An hour that happens twice (autumn) gives its first time; a time that never happens
    (spring) gives the moment the clock jumps past it.
    """
    early = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    late = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    low, high = min(early, late), max(early, late)
    if _wall(low.astimezone(zone)) >= wall:
        return low
    # In the gap: the wall clock reaches ``wall`` somewhere between the two readings.
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if _wall(middle.astimezone(zone)) >= wall:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def next_due(
    times: Iterable[str], now_local: datetime, paused_day: date | None = None
) -> datetime | None:
    """The next moment after ``now_local`` a reminder is due, in now_local's zone.

    ``now_local`` is aware (a zoneinfo zone, or the machine's local offset); None when there
    are no times. A paused day is skipped.
    """
    parsed = sorted({parse_time(text) for text in times})
    if not parsed:
        return None
    zone = now_local.tzinfo
    now_wall = _wall(now_local)
    day = now_wall.date()
    for offset in range(3):  # today, tomorrow, or (today paused) the day after
        candidate_day = day + timedelta(days=offset)
        if candidate_day == paused_day:
            continue
        for moment in parsed:
            wall = datetime.combine(candidate_day, moment)
            # In autumn's repeated hour a later wall time may have come already.
            if wall > now_wall and (due := _first_instant(wall, zone)) > now_local:
                return due.astimezone(zone)
    return None  # unreachable with at least one time; kept for the type checker


def due_since(
    times: Iterable[str],
    last_local: datetime,
    now_local: datetime,
    paused_day: date | None = None,
) -> str | None:
    """The reminder that came due after ``last_local`` up to ``now_local``, if any.

    Compares local wall times, so an autumn hour that happens twice reminds once, and a
    spring time that never happens reminds when the clock jumps past it. Only today's
    times count: after a night asleep yesterday's evening is not brought up. After a
    long sleep of the computer several may have passed: the latest is the one returned.
    """
    last, now = _wall(last_local), _wall(now_local)
    today = now.date()
    if today == paused_day:
        return None
    passed = [
        text
        for text in check_times(times)
        if last < datetime.combine(today, parse_time(text)) <= now
    ]
    return passed[-1] if passed else None


def seen_until(last_local: datetime, now_local: datetime) -> datetime:
    """Up to when reminders have been looked at, after a look at ``now_local``.

    It never goes back for a daylight-saving hour (so that hour reminds once), but
    follows a clock that was set back by hand.
    """
    last, now = _wall(last_local), _wall(now_local)
    if now >= last or last - now > CLOCK_SET_BACK:
        return now_local
    return last_local


def missed_today(
    times: Iterable[str], now_local: datetime, paused_day: date | None = None
) -> str | None:
    """The latest reminder time already passed today (for a start-up without a tray)."""
    now = _wall(now_local)
    if now.date() == paused_day:
        return None
    passed = [text for text in check_times(times) if parse_time(text) <= now.time()]
    return passed[-1] if passed else None


def paused_day_of(text: str) -> date | None:
    """The stored paused day ("" or an ISO date) as a date."""
    return date.fromisoformat(text) if text else None
