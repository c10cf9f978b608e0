# SPDX-License-Identifier: GPL-3.0-or-later
"""Safety rules: no breath holds for some profiles, 4-7-8's first month, a gentler pattern."""

from datetime import date

import pytest

from breathapp.core.clock import ManualClock
from breathapp.core.patterns import Ramp, preset
from breathapp.core.profiles import Profile
from breathapp.core.safety import (
    FirstMonthError,
    HoldsNotAllowedError,
    LengthCapped,
    allowed_presets,
    check_pacing,
    first_month_last_day,
    gentler_after,
    vet_change,
    vet_session,
    within_safety,
)
from breathapp.core.session import Length, Session, SessionPlan, SessionState

FREE = Profile(1, "")
NO_HOLDS = Profile(1, "", no_holds=True)


def test_a_no_holds_profile_is_offered_no_patterns_with_holds() -> None:
    assert len(allowed_presets(FREE)) == 8
    ids = [p.id for p in allowed_presets(NO_HOLDS)]
    assert "box" not in ids and "4-7-8" not in ids and len(ids) == 6


def test_holds_are_refused_for_a_no_holds_profile_with_a_clear_message() -> None:
    check_pacing(preset("box").pattern, FREE)
    check_pacing(preset("calm").pattern, NO_HOLDS)
    with pytest.raises(HoldsNotAllowedError, match="4-4-4-4 has breath holds"):
        check_pacing(preset("box").pattern, NO_HOLDS)
    with pytest.raises(HoldsNotAllowedError):
        check_pacing(Ramp.make(preset("4-7-8").pattern, 10, 2), NO_HOLDS)


def test_a_ramp_never_creates_holds() -> None:
    ramp = Ramp.make(preset("calm").pattern, 10, 3)
    check_pacing(ramp, NO_HOLDS)
    assert not ramp.pattern.has_holds


def test_dizzy_ends_at_once_and_is_recorded_then_a_gentler_pattern_is_suggested() -> None:
    clock = ManualClock()
    session = Session(SessionPlan(preset("calm").pattern, Length.minutes(5), "calm", 0), clock)
    session.start()
    clock.advance(12.5)  # in the middle of an inhale
    session.stop(dizzy=True)
    record = session.record()
    assert session.state is SessionState.STOPPED
    assert (record.dizzy, record.active_s) == (True, 12.5)
    assert gentler_after(record) == "gentle"
    assert gentler_after(None) is None
    clock2 = ManualClock()
    calm = Session(SessionPlan(preset("calm").pattern, Length.minutes(5), "calm", 0), clock2)
    calm.start()
    calm.stop()
    assert gentler_after(calm.record()) is None


# -- 4-7-8: at most four breaths a session in a profile's first month with it ------------

FOUR_7_8 = preset("4-7-8").pattern
DAY = date(2026, 3, 1)


def test_the_first_month_runs_thirty_days_from_the_first_use_or_from_today() -> None:
    assert first_month_last_day(None, DAY) == date(2026, 3, 30)  # never used: starts now
    assert first_month_last_day(DAY, date(2026, 3, 30)) == date(2026, 3, 30)
    assert first_month_last_day(DAY, date(2026, 3, 31)) is None  # a month has passed


@pytest.mark.parametrize(
    "length", [Length.minutes(5), Length.breaths(10), Length.minutes(1.5), Length.breaths(5)]
)
def test_a_long_4_7_8_session_in_the_first_month_is_four_breaths(length: Length) -> None:
    plan, capped = vet_session(SessionPlan(FOUR_7_8, length), FREE, None, DAY)
    assert plan.length == Length.breaths(4)
    assert capped == LengthCapped(4, date(2026, 3, 30))


@pytest.mark.parametrize("length", [Length.breaths(4), Length.breaths(2), Length.minutes(1)])
def test_a_short_4_7_8_session_or_one_after_the_first_month_is_left_alone(
    length: Length,
) -> None:
    plan = SessionPlan(FOUR_7_8, length)
    assert vet_session(plan, FREE, None, DAY) == (plan, None)  # 1 min: 4 whole breaths
    long = SessionPlan(FOUR_7_8, Length.minutes(10))
    assert vet_session(long, FREE, DAY, date(2026, 4, 1)) == (long, None)


def test_a_ramp_into_4_7_8_counts_as_4_7_8_and_other_patterns_are_never_shortened() -> None:
    ramp = Ramp.make(FOUR_7_8, 9.0, 1.0)
    plan, capped = vet_session(SessionPlan(ramp, Length.minutes(5)), FREE, None, DAY)
    assert plan.length == Length.breaths(4) and capped is not None
    calm = SessionPlan(preset("calm").pattern, Length.minutes(30))
    assert vet_session(calm, FREE, None, DAY) == (calm, None)
    box = SessionPlan(preset("box").pattern, Length.minutes(30))
    assert vet_session(box, FREE, None, DAY) == (box, None)


def test_holds_are_refused_before_anything_is_shortened() -> None:
    with pytest.raises(HoldsNotAllowedError):
        vet_session(SessionPlan(FOUR_7_8, Length.breaths(2)), NO_HOLDS, None, DAY)


def test_a_live_switch_to_4_7_8_waits_for_the_first_month_to_pass() -> None:
    with pytest.raises(FirstMonthError) as raised:
        vet_change(FOUR_7_8, FREE, DAY, date(2026, 3, 10))
    assert raised.value.last_day == date(2026, 3, 30)
    vet_change(FOUR_7_8, FREE, DAY, date(2026, 3, 31))
    vet_change(preset("calm").pattern, NO_HOLDS, None, DAY)
    with pytest.raises(HoldsNotAllowedError):
        vet_change(preset("box").pattern, NO_HOLDS, None, DAY)


def test_a_remembered_pattern_with_holds_gives_way_to_the_default() -> None:
    assert within_safety("box", NO_HOLDS) == "calm"
    assert within_safety("4-2-6-0", NO_HOLDS) == "calm"
    assert within_safety("box", FREE) == "box"
    assert within_safety("long-exhale", NO_HOLDS) == "long-exhale"
    assert within_safety("not a pattern", NO_HOLDS) == "not a pattern"  # not safety's call


def test_a_plan_breathes_4_7_8_when_one_of_its_breathing_sessions_does() -> None:
    from breathapp.core.plans import ItemKind, Plan, PlanItem, PlanPhase
    from breathapp.core.safety import plan_breathes_four_seven_eight

    def plan(*what: str) -> Plan:
        items = tuple(PlanItem(ItemKind.BREATHING, w, 5) for w in what)
        return Plan("p", (PlanPhase("one", items),))

    assert plan_breathes_four_seven_eight(plan("calm", "4-7-8-0"))
    assert not plan_breathes_four_seven_eight(plan("calm", "box"))
    relax = Plan("p", (PlanPhase("one", (PlanItem(ItemKind.RELAXATION, "pmr-short"),)),))
    assert not plan_breathes_four_seven_eight(relax)
