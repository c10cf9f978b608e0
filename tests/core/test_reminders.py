# SPDX-License-Identifier: GPL-3.0-or-later
"""Reminder times: checked, due once in local wall time, across daylight saving too."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breathapp.core.reminders import (
    TIMES_MAX,
    ReminderError,
    ReminderProblem,
    check_times,
    due_since,
    missed_today,
    next_due,
    parse_time,
    seen_until,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
SPRING = date(2026, 3, 29)  # 02:00 CET becomes 03:00 CEST (01:00 UTC)
AUTUMN = date(2026, 10, 25)  # 03:00 CEST becomes 02:00 CET (01:00 UTC)


def local(day: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BRUSSELS, fold=fold)


def test_times_are_cleaned_sorted_and_each_kept_once() -> None:
    assert check_times(["19:00", "9:05", "09:05", " 7:30 "]) == ("07:30", "09:05", "19:00")
    assert check_times(()) == ()
    assert parse_time("00:00").hour == 0


@pytest.mark.parametrize(
    "text", ["24:00", "12:60", "noon", "12", "1:2", "", "12:00:00", "-1:00", "١٢:٠٠", "123:00"]
)
def test_a_bad_time_is_refused(text: str) -> None:
    with pytest.raises(ReminderError) as caught:
        check_times([text])
    assert caught.value.problem is ReminderProblem.BAD_TIME


def test_more_than_four_times_are_refused_and_a_bare_text_is_no_list() -> None:
    with pytest.raises(ReminderError) as caught:
        check_times(["08:00", "10:00", "12:00", "14:00", "16:00"])
    assert caught.value.problem is ReminderProblem.TOO_MANY
    with pytest.raises(ReminderError):
        check_times("08:00")  # type: ignore[arg-type]


valid_time = st.builds(lambda h, m: f"{h}:{m:02d}", st.integers(0, 23), st.integers(0, 59))


@given(st.lists(valid_time, max_size=TIMES_MAX))
def test_cleaning_is_stable(texts: list[str]) -> None:
    cleaned = check_times(texts)
    assert check_times(cleaned) == cleaned
    assert list(cleaned) == sorted(set(cleaned))
    assert all(len(t) == 5 for t in cleaned)


@given(st.lists(st.text(max_size=8), max_size=6))
def test_any_text_is_either_cleaned_or_refused_cleanly(texts: list[str]) -> None:
    try:
        cleaned = check_times(texts)
    except ReminderError:
        return
    assert len(cleaned) <= TIMES_MAX


def test_next_due_today_tomorrow_and_after_a_paused_day() -> None:
    day = date(2026, 1, 5)
    times = ("09:00", "19:00")
    assert next_due(times, local(day, 8)) == local(day, 9)
    assert next_due(times, local(day, 9)) == local(day, 19)  # at 09:00 it has just come
    assert next_due(times, local(day, 20)) == local(day + timedelta(days=1), 9)
    assert next_due(times, local(day, 8), paused_day=day) == local(day + timedelta(days=1), 9)
    assert next_due((), local(day, 8)) is None


def test_a_time_skipped_in_spring_is_due_when_the_clock_jumps_past_it() -> None:
    due = next_due(("02:30",), local(SPRING, 1))
    assert due is not None
    assert due.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert (due.hour, due.minute) == (3, 0)


def test_a_time_that_happens_twice_in_autumn_is_due_the_first_time() -> None:
    due = next_due(("02:30",), local(AUTUMN, 1))
    assert due is not None
    assert due.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # During the repeated hour the next one is tomorrow's, not the second 02:30.
    after = next_due(("02:30",), local(AUTUMN, 2, 15, fold=1))
    assert after is not None and after.date() == AUTUMN + timedelta(days=1)


def walk(
    times: tuple[str, ...], start_utc: datetime, steps_s: list[float]
) -> list[tuple[date, str]]:
    """Look at the clock after each step, as the controller does; what reminded, when."""
    seen = start_utc.astimezone(BRUSSELS)
    now_utc = start_utc
    fired: list[tuple[date, str]] = []
    for step in steps_s:
        now_utc += timedelta(seconds=step)
        now = now_utc.astimezone(BRUSSELS)
        due = due_since(times, seen, now)
        if due is not None:
            fired.append((now.date(), due))
        seen = seen_until(seen, now)
    return fired


@pytest.mark.parametrize("day", [SPRING, AUTUMN])
def test_a_night_time_reminds_exactly_once_on_daylight_saving_days(day: date) -> None:
    start = local(day - timedelta(days=1), 22).astimezone(UTC)
    fired = walk(("02:30",), start, [60.0] * (10 * 60))  # every minute for ten hours
    assert fired == [(day, "02:30")]


@settings(max_examples=60)
@given(
    st.sampled_from([SPRING, AUTUMN]),
    st.lists(st.floats(1, 3 * 3600), min_size=1, max_size=80),
    st.sets(valid_time, min_size=1, max_size=TIMES_MAX),
)
def test_no_time_ever_reminds_twice_a_day(day: date, steps: list[float], times: set[str]) -> None:
    cleaned = check_times(times)
    start = local(day - timedelta(days=1), 20).astimezone(UTC)
    fired = walk(cleaned, start, steps)
    assert len(fired) == len(set(fired))
    # Each look reminds of one time at most: a sleeping computer wakes to one reminder.
    assert len(fired) <= len(steps)


def test_after_a_long_sleep_one_reminder_comes_the_latest() -> None:
    day = date(2026, 1, 5)
    times = ("09:00", "12:00", "19:00")
    assert due_since(times, local(day, 8), local(day, 20)) == "19:00"
    assert due_since(times, local(day, 8), local(day, 8, 59)) is None
    assert due_since(times, local(day, 8), local(day, 9)) == "09:00"
    assert due_since(times, local(day, 9), local(day, 9, 1)) is None


def test_yesterdays_evening_is_not_brought_up_in_the_morning() -> None:
    day = date(2026, 1, 5)
    assert due_since(("19:00",), local(day, 18), local(day + timedelta(days=1), 8)) is None


def test_a_paused_day_reminds_of_nothing() -> None:
    day = date(2026, 1, 5)
    assert due_since(("09:00",), local(day, 8), local(day, 10), paused_day=day) is None
    assert missed_today(("09:00",), local(day, 10), paused_day=day) is None


def test_seen_until_stays_for_the_repeated_hour_and_follows_a_clock_set_back() -> None:
    first = local(AUTUMN, 2, 50)
    repeated = local(AUTUMN, 2, 10, fold=1)
    assert seen_until(first, repeated) == first
    evening = local(AUTUMN, 20)
    set_back = local(AUTUMN, 9)
    assert seen_until(evening, set_back) == set_back
    assert seen_until(first, evening) == evening


def test_missed_today_is_the_latest_time_already_passed() -> None:
    day = date(2026, 1, 5)
    times = ("09:00", "12:00", "19:00")
    assert missed_today(times, local(day, 8)) is None
    assert missed_today(times, local(day, 12)) == "12:00"
    assert missed_today(times, local(day, 18, 59)) == "12:00"
