# SPDX-License-Identifier: GPL-3.0-or-later
"""Adherence: the phase on a day, today's sessions, done against prescribed per week."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from breathapp.core.adherence import (
    SessionDone,
    WeekAdherence,
    current_phase,
    monday_of,
    moved_to,
    phase_start_days,
    today_items,
    weekly_adherence,
)
from breathapp.core.plans import (
    Advance,
    ItemKind,
    Per,
    Plan,
    PlanItem,
    PlanPhase,
    PlanProgress,
)

CALM = PlanItem(ItemKind.BREATHING, "calm", minutes=10)
CALM_TWICE = PlanItem(ItemKind.BREATHING, "calm", minutes=10, times=2)
PMR_WEEKLY = PlanItem(ItemKind.RELAXATION, "pmr-short", times=3, per=Per.WEEK)
BOX = PlanItem(ItemKind.BREATHING, "4-4-4-4", minutes=5)

FIRST = PlanPhase("Calm", (CALM_TWICE, PMR_WEEKLY), Advance.AFTER_DAYS, 14)
SECOND = PlanPhase("Build", (BOX,), Advance.THERAPIST)
LAST = PlanPhase("Keep", (CALM,), Advance.AFTER_DAYS, 7)
PLAN = Plan("t", (FIRST, SECOND, LAST))

MON = date(2026, 3, 2)  # a Monday


def _progress(start: date, index: int = 0, phase_start: date | None = None) -> PlanProgress:
    return PlanProgress(start, index, phase_start or start)


def _calm(day: date, minutes: float = 10, completed: bool = True) -> SessionDone:
    return SessionDone(day, "breathing", "calm", "4-0-6-0", minutes * 60, completed)


def _pmr(day: date, completed: bool = True) -> SessionDone:
    return SessionDone(day, "relaxation:pmr-short", None, "", 600, completed)


def _box(day: date) -> SessionDone:
    return SessionDone(day, "breathing", "box", "4-4-4-4", 300, True)


def test_an_after_days_phase_rolls_on_by_itself() -> None:
    progress = _progress(MON)
    now = current_phase(PLAN, progress, MON)
    assert (now.index, now.day_number, now.started_day) == (0, 1, MON)
    assert now.ends_day == MON + timedelta(days=13)
    assert now.next_phase is SECOND
    now = current_phase(PLAN, progress, MON + timedelta(days=13))
    assert (now.index, now.day_number) == (0, 14)
    now = current_phase(PLAN, progress, MON + timedelta(days=40))
    assert (now.index, now.started_day, now.day_number) == (1, MON + timedelta(days=14), 27)
    assert now.ends_day is None  # the therapist moves it on


def test_the_therapist_moves_a_phase_on_and_the_last_phase_never_ends() -> None:
    moved = MON + timedelta(days=30)
    progress = _progress(MON, 2, moved)
    now = current_phase(PLAN, progress, moved + timedelta(days=100))
    assert (now.index, now.started_day, now.day_number) == (2, moved, 101)
    assert now.ends_day is None and now.next_phase is None


def test_a_progress_past_the_end_of_a_shorter_plan_stays_in_its_last_phase() -> None:
    now = current_phase(Plan("t", (FIRST,)), _progress(MON, 3), MON)
    assert now.index == 0 and now.ends_day is None


def test_today_counts_daily_and_weekly_sessions_with_caps() -> None:
    wed = MON + timedelta(days=2)
    sessions = [
        _calm(MON),
        _pmr(MON),
        _calm(wed),
        _calm(wed),
        _calm(wed),  # a third one today: more than due, the count stops at 2
        _pmr(wed, completed=False),  # stopped: does not count
        _pmr(wed),
    ]
    items = today_items(PLAN, _progress(MON), sessions, wed)
    assert [(i.index, i.done, i.due) for i in items] == [(0, 2, 2), (1, 2, 3)]
    assert items[0].item is CALM_TWICE
    # Thursday: the daily count starts again, the weekly one carries on.
    items = today_items(PLAN, _progress(MON), sessions, wed + timedelta(days=1))
    assert [(i.done, i.due) for i in items] == [(0, 2), (2, 3)]


def test_the_done_share_rule() -> None:
    short = [_calm(MON, minutes=7.9, completed=False)]
    enough = [_calm(MON, minutes=8.0, completed=False)]
    assert today_items(PLAN, _progress(MON), short, MON)[0].done == 0
    assert today_items(PLAN, _progress(MON), enough, MON)[0].done == 1
    finished_early = [_calm(MON, minutes=2, completed=True)]  # completed counts whatever its time
    assert today_items(PLAN, _progress(MON), finished_early, MON)[0].done == 1


def test_a_session_counts_toward_one_item_only() -> None:
    daily = PlanItem(ItemKind.BREATHING, "calm", minutes=5)
    weekly = PlanItem(ItemKind.BREATHING, "4-0-6-0", minutes=5, times=2, per=Per.WEEK)
    plan = Plan("t", (PlanPhase("a", (daily, weekly), Advance.THERAPIST),))
    items = today_items(plan, _progress(MON), [_calm(MON)], MON)
    assert [(i.done, i.due) for i in items] == [(1, 1), (0, 2)]  # the daily one first
    items = today_items(plan, _progress(MON), [_calm(MON), _calm(MON)], MON)
    assert [(i.done, i.due) for i in items] == [(1, 1), (1, 2)]


def test_other_patterns_and_kinds_do_not_count() -> None:
    sessions = [
        _box(MON),
        SessionDone(MON, "relaxation:body-scan", None, "", 600, True),
        SessionDone(MON, "relaxation:calm", None, "", 600, True),
        SessionDone(MON, "breathing", None, "4-0-6-0", 600, True),  # calm as typed text
    ]
    items = today_items(PLAN, _progress(MON), sessions, MON)
    assert [i.done for i in items] == [1, 0]


def test_a_partial_first_week_asks_for_its_share_of_weekly_sessions() -> None:
    friday = MON + timedelta(days=4)
    items = today_items(PLAN, _progress(friday), [], friday)
    assert [(i.done, i.due) for i in items] == [(0, 2), (0, 1)]  # 3 a week, 3 of 7 days: 1
    sunday = MON + timedelta(days=6)
    assert today_items(PLAN, _progress(sunday), [], sunday)[1].due == 1  # at least once
    tuesday = MON + timedelta(days=1)
    assert today_items(PLAN, _progress(tuesday), [], tuesday)[1].due == 3  # 6 of 7 days: 2.57


def test_weekly_adherence_counts_only_days_the_plan_ran() -> None:
    start = MON + timedelta(days=3)  # Thursday
    sessions = [_calm(start), _calm(start), _pmr(start), _calm(MON)]  # MON: before the plan
    weeks = weekly_adherence(PLAN, _progress(start), sessions, MON, MON + timedelta(days=13))
    assert weeks == [
        # Thu-Sun: 4 days x 2 daily + pmr 3 x 4/7 -> 2
        WeekAdherence(MON, 4 * 2 + 2, 3),
        WeekAdherence(MON + timedelta(days=7), 7 * 2 + 3, 0),
    ]


def test_weekly_adherence_follows_the_phases_and_the_therapists_move() -> None:
    moved = MON + timedelta(days=17)  # phase 1 (therapist) from day 14, phase 2 from Thu
    progress = _progress(MON, 2, moved)
    sessions = [_box(MON + timedelta(days=14)), _box(moved), _calm(moved)]
    weeks = weekly_adherence(PLAN, progress, sessions, MON, MON + timedelta(days=20))
    assert [w.monday for w in weeks] == [MON + timedelta(days=7 * n) for n in range(3)]
    assert weeks[2] == WeekAdherence(MON + timedelta(days=14), 3 * 1 + 4 * 1, 2)


@pytest.mark.parametrize(
    ("change", "local_days", "done"),
    [
        # Clocks go forward at 01:00 UTC: Saturday 23:30 CET, Sunday 01:30 CET, Sunday
        # 23:59 CEST and Monday 00:30 CEST.
        (date(2026, 3, 29), (-1, 0, 0, 1), [3, 1]),
        # Clocks go back at 01:00 UTC: all four are on the Sunday (00:30 and 02:30 CEST,
        # 22:59 and 23:30 CET); two of them are due.
        (date(2026, 10, 25), (0, 0, 0, 0), [2, 0]),
    ],
)
def test_weeks_across_the_daylight_saving_changes_in_brussels(
    change: date, local_days: tuple[int, ...], done: list[int]
) -> None:
    brussels = ZoneInfo("Europe/Brussels")
    assert change.weekday() == 6  # the last Sunday of the month
    saturday = datetime.combine(change - timedelta(days=1), time(22, 30), UTC)
    moments = [
        saturday,
        saturday + timedelta(hours=2),
        saturday + timedelta(hours=23, minutes=29),
        saturday + timedelta(hours=24),
    ]
    assert len({m.astimezone(brussels).utcoffset() for m in moments}) == 2
    days = [m.astimezone(brussels).date() for m in moments]
    assert days == [change + timedelta(days=n) for n in local_days]
    start = monday_of(change)
    weeks = weekly_adherence(
        PLAN, _progress(start), [_calm(d) for d in days], start, change + timedelta(days=7)
    )
    assert [w.monday for w in weeks] == [start, change + timedelta(days=1)]
    assert [w.done for w in weeks] == done
    assert [w.prescribed for w in weeks] == [7 * 2 + 3, 7 * 2 + 3]


def test_a_session_before_the_plan_or_of_another_phase_counts_nothing() -> None:
    items = today_items(PLAN, _progress(MON + timedelta(days=1)), [_calm(MON)], MON)
    assert [i.done for i in items] == [0, 0]


def test_earlier_phases_are_rebuilt_backwards_from_the_current_one() -> None:
    week = PlanPhase("w", (CALM,), Advance.AFTER_DAYS, 7)
    box_week = PlanPhase("b", (BOX,), Advance.AFTER_DAYS, 7)
    plan = Plan("t", (week, box_week, SECOND))
    # Stored late: phase 2 from day 30, so phase 1 ran days 23-29 and phase 0 the rest.
    progress = _progress(MON, 2, MON + timedelta(days=30))
    sessions = [_calm(MON), _box(MON + timedelta(days=22)), _box(MON + timedelta(days=23))]
    weeks = weekly_adherence(plan, progress, sessions, MON, MON + timedelta(days=34))
    assert sum(w.prescribed for w in weeks) == 35
    assert sum(w.done for w in weeks) == 2  # the box session on day 22 was in phase 0


def test_moving_on_early_keeps_the_earlier_phases_where_they_rolled_on() -> None:
    # Two-week phases; the therapist moves the patient on from the second one on day 20,
    # so the second phase ran from day 14, not from day 6.
    first = PlanPhase("a", (CALM,), Advance.AFTER_DAYS, 14)
    second = PlanPhase("b", (BOX,), Advance.AFTER_DAYS, 14)
    third = PlanPhase("c", (CALM_TWICE,), Advance.AFTER_DAYS, 14)
    plan = Plan("t", (first, second, third))
    moved = MON + timedelta(days=20)
    assert current_phase(plan, _progress(MON), moved).index == 1
    progress = _progress(MON, 2, moved)
    sessions = [_calm(MON + timedelta(days=d)) for d in range(14)]
    sessions += [_box(MON + timedelta(days=d)) for d in range(14, 20)]
    weeks = weekly_adherence(plan, progress, sessions, MON, moved - timedelta(days=1))
    assert [(w.prescribed, w.done) for w in weeks] == [(7, 7), (7, 7), (6, 6)]


# The reviewer's plan: Calm (until the therapist says) -> Build (28 days) -> Keep (until the
# therapist says) -> Maintain. Moved into Build on day 10, rolls on into Keep on day 38,
# moved into Maintain on day 47.
TWICE_WEEKLY = PlanItem(ItemKind.RELAXATION, "body-scan", times=2, per=Per.WEEK)
FOUR = Plan(
    "Back at ease",
    (
        PlanPhase("Calm", (CALM_TWICE,), Advance.THERAPIST),
        PlanPhase("Build", (BOX,), Advance.AFTER_DAYS, 28),
        PlanPhase("Keep", (CALM, PMR_WEEKLY), Advance.THERAPIST),
        PlanPhase("Maintain", (TWICE_WEEKLY,), Advance.THERAPIST),
    ),
)


def _day(n: int) -> date:
    return MON + timedelta(days=n)


def _therapist_moves_on(progress: PlanProgress, today: date) -> PlanProgress:
    return moved_to(FOUR, progress, current_phase(FOUR, progress, today).index + 1, today)


def test_every_phase_keeps_the_day_it_began_across_two_therapist_moves() -> None:
    started = PlanProgress.starting(MON)
    assert started == PlanProgress(MON, 0, MON, (MON,))
    weeks = weekly_adherence(FOUR, started, [], MON, _day(9))
    assert [w.prescribed for w in weeks] == [7 * 2, 3 * 2]
    in_build = _therapist_moves_on(started, _day(10))
    assert in_build == PlanProgress(MON, 1, _day(10), (MON, _day(10)))
    assert current_phase(FOUR, in_build, _day(44)).index == 2  # Keep, rolled on on day 38
    weeks = weekly_adherence(FOUR, in_build, [], MON, _day(44))
    # Week 5: Build Mon-Wed, Keep from Thursday (4 days, pmr 3 x 4/7 -> 2);
    # week 6 so far: Keep Mon-Wed (pmr 3 x 3/7 -> 1).
    assert [w.prescribed for w in weeks] == [14, 3 * 2 + 4, 7, 7, 7, 3 + 4 + 2, 3 + 1]
    in_maintain = _therapist_moves_on(in_build, _day(47))
    assert in_maintain.phase_starts == (MON, _day(10), _day(38), _day(47))
    assert in_maintain[:3] == (MON, 3, _day(47))
    sessions = [_box(_day(12)), _calm(_day(40)), _box(_day(40)), _pmr(_day(41))]
    sessions += [SessionDone(_day(50), "relaxation:body-scan", None, "", 600, True)]
    weeks = weekly_adherence(FOUR, in_maintain, sessions, MON, _day(55))
    # Week 6: Keep Mon-Fri (5 + pmr 3 x 5/7 -> 2), Maintain Sat-Sun (2 x 2/7 -> 1).
    assert [w.prescribed for w in weeks] == [14, 10, 7, 7, 7, 9, 5 + 2 + 1, 2]
    assert [w.done for w in weeks] == [0, 1, 0, 0, 0, 2, 0, 1]
    # Without the days (a plan stored before they were kept), Build and Keep are lost.
    unknown = in_maintain._replace(phase_starts=())
    rebuilt = weekly_adherence(FOUR, unknown, sessions, MON, _day(55))
    assert [w.prescribed for w in rebuilt] != [w.prescribed for w in weeks]


def test_days_that_do_not_fit_the_progress_are_rebuilt_instead() -> None:
    moved = _day(47)
    rebuilt = weekly_adherence(FOUR, PlanProgress(MON, 3, moved), [], MON, _day(55))
    for wrong in [
        (MON, moved),
        (MON, _day(10), _day(38), _day(46)),
        (MON, _day(20), _day(10), moved),
    ]:
        progress = PlanProgress(MON, 3, moved, wrong)
        assert weekly_adherence(FOUR, progress, [], MON, _day(55)) == rebuilt


def test_two_moves_on_one_day_leave_the_skipped_phase_without_days() -> None:
    plan = Plan("t", (FOUR.phases[0], FOUR.phases[2], FOUR.phases[3]))
    first = moved_to(plan, PlanProgress.starting(MON), 1, _day(3))
    twice = moved_to(plan, first, 2, _day(3))
    assert twice.phase_starts == (MON, _day(3), _day(3))
    weeks = weekly_adherence(plan, twice, [], MON, _day(6))
    assert [w.prescribed for w in weeks] == [3 * 2 + 1]  # Calm 3 days, Maintain (2 x 4/7 -> 1)


def test_a_first_move_of_an_older_plan_keeps_the_rebuilt_days() -> None:
    old = PlanProgress(MON, 1, _day(10))  # stored before the days were kept
    assert phase_start_days(FOUR, old, _day(40)) == (MON, _day(10), _day(38))
    moved = _therapist_moves_on(old, _day(47))
    assert moved.phase_starts == (MON, _day(10), _day(38), _day(47))
