# SPDX-License-Identifier: GPL-3.0-or-later
"""Plan model: limits with the place named, the session an item prescribes, demo to plan."""

import dataclasses

import pytest

from breathapp.core.live_pace import Shown
from breathapp.core.patterns import Ramp, parse, preset
from breathapp.core.plans import (
    ITEMS_PER_PHASE_MAX,
    PHASES_MAX,
    Advance,
    Contact,
    ItemKind,
    Per,
    Plan,
    PlanError,
    PlanItem,
    PlanPhase,
    PlanProblem,
    check_plan,
    item_session_plan,
    plan_from_demo,
)
from breathapp.core.profiles import Profile
from breathapp.core.safety import HoldsNotAllowedError, check_plan_safety
from breathapp.core.session import LengthKind

CALM = PlanItem(ItemKind.BREATHING, "calm", minutes=5)
PMR = PlanItem(ItemKind.RELAXATION, "pmr-short", times=2, per=Per.WEEK)


def _plan(*items: PlanItem, **changes: object) -> Plan:
    plan = Plan("Calm first", (PlanPhase("Calm and loosen", items or (CALM,)),))
    return dataclasses.replace(plan, **changes)  # type: ignore[arg-type]


def _refused(plan: Plan) -> PlanError:
    with pytest.raises(PlanError) as info:
        check_plan(plan)
    return info.value


def test_a_sensible_plan_passes() -> None:
    plan = Plan(
        "Back at ease",
        (
            PlanPhase("Calm", (CALM, PMR), Advance.AFTER_DAYS, 14, "Gently."),
            PlanPhase(
                "Build up",
                (PlanItem(ItemKind.BREATHING, "4-0-6-0", 10, 9.0, 3.0, times=2),),
                Advance.THERAPIST,
            ),
        ),
        message="See you in two weeks.",
        contact=Contact("An", "Kine", "012 34 56 78", "an@example.be", "mornings"),
        reminder_times=("08:30", "20:00"),
    )
    check_plan(plan)


@pytest.mark.parametrize(
    ("item", "problem", "where"),
    [
        (PlanItem(ItemKind.BREATHING, "nope"), PlanProblem.BAD_PATTERN, "what"),
        (PlanItem(ItemKind.BREATHING, "4-0-60-0"), PlanProblem.BAD_PATTERN, "what"),
        (PlanItem(ItemKind.BREATHING, ""), PlanProblem.EMPTY, "what"),
        (PlanItem(ItemKind.BREATHING, "calm", minutes=0.1), PlanProblem.OUT_OF_RANGE, "minutes"),
        (PlanItem(ItemKind.BREATHING, "calm", times=0), PlanProblem.OUT_OF_RANGE, "times"),
        (PlanItem(ItemKind.BREATHING, "calm", times=7), PlanProblem.OUT_OF_RANGE, "times"),
        (
            PlanItem(ItemKind.BREATHING, "calm", times=22, per=Per.WEEK),
            PlanProblem.OUT_OF_RANGE,
            "times",
        ),
        (PlanItem(ItemKind.RELAXATION, "PMR short"), PlanProblem.BAD_ID, "what"),
        (PlanItem(ItemKind.RELAXATION, "x" * 41), PlanProblem.TOO_LONG, "what"),
        (
            PlanItem(ItemKind.RELAXATION, "pmr-short", minutes=-1),
            PlanProblem.OUT_OF_RANGE,
            "minutes",
        ),
        (
            PlanItem(ItemKind.BREATHING, "calm", ramp_start_bpm=9.0),
            PlanProblem.MISSING,
            "ramp_minutes",
        ),
        (
            PlanItem(ItemKind.BREATHING, "calm", ramp_minutes=2.0),
            PlanProblem.MISSING,
            "ramp_start_bpm",
        ),
        (
            PlanItem(ItemKind.BREATHING, "calm", ramp_start_bpm=13.0, ramp_minutes=2.0),
            PlanProblem.OUT_OF_RANGE,
            "ramp_start_bpm",
        ),
        (
            PlanItem(ItemKind.BREATHING, "calm", 5, ramp_start_bpm=9.0, ramp_minutes=6.0),
            PlanProblem.OUT_OF_RANGE,
            "ramp_minutes",
        ),
        (
            PlanItem(ItemKind.RELAXATION, "pmr-short", ramp_start_bpm=9.0, ramp_minutes=2.0),
            PlanProblem.BAD_VALUE,
            "ramp_start_bpm",
        ),
    ],
)
def test_an_item_outside_its_limits_is_refused_naming_the_field(
    item: PlanItem, problem: PlanProblem, where: str
) -> None:
    plan = Plan("t", (PlanPhase("a", (CALM,)), PlanPhase("b", (CALM, item))))
    error = _refused(plan)
    assert error.problem is problem
    assert error.where == f"phases[1].items[1].{where}"
    assert error.where in str(error)


def test_a_range_error_carries_its_limits() -> None:
    error = _refused(_plan(PlanItem(ItemKind.BREATHING, "calm", times=9)))
    assert (error.low, error.high) == (1, 6)
    error = _refused(_plan(PlanItem(ItemKind.BREATHING, "calm", minutes=float("nan"))))
    assert error.problem is PlanProblem.OUT_OF_RANGE


@pytest.mark.parametrize(
    ("changes", "problem", "where"),
    [
        ({"title": "  "}, PlanProblem.EMPTY, "title"),
        ({"title": "x" * 81}, PlanProblem.TOO_LONG, "title"),
        ({"phases": ()}, PlanProblem.EMPTY, "phases"),
        ({"phases": (PlanPhase("a", ()),)}, PlanProblem.EMPTY, "phases[0].items"),
        ({"phases": (PlanPhase("a", (CALM,)),) * (PHASES_MAX + 1)}, PlanProblem.TOO_MANY, "phases"),
        (
            {"phases": (PlanPhase("a", (CALM,) * (ITEMS_PER_PHASE_MAX + 1)),)},
            PlanProblem.TOO_MANY,
            "phases[0].items",
        ),
        (
            {"phases": (PlanPhase("a", (CALM,), days=0),)},
            PlanProblem.OUT_OF_RANGE,
            "phases[0].days",
        ),
        (
            {"phases": (PlanPhase("a", (CALM,), note="n" * 501),)},
            PlanProblem.TOO_LONG,
            "phases[0].note",
        ),
        ({"message": "m" * 2001}, PlanProblem.TOO_LONG, "message"),
        ({"contact": Contact(phone="1" * 121)}, PlanProblem.TOO_LONG, "contact.phone"),
        ({"reminder_times": ("8:30",)}, PlanProblem.BAD_TIME, "reminder_times[0]"),
        ({"reminder_times": ("08:30", "24:00")}, PlanProblem.BAD_TIME, "reminder_times[1]"),
        ({"reminder_times": ("08:30",) * 5}, PlanProblem.TOO_MANY, "reminder_times"),
    ],
)
def test_a_plan_outside_its_limits_is_refused_naming_the_place(
    changes: dict[str, object], problem: PlanProblem, where: str
) -> None:
    error = _refused(_plan(**changes))
    assert (error.problem, error.where) == (problem, where)


def test_wrong_types_in_a_hand_built_plan_are_plan_errors() -> None:
    assert _refused(_plan(title=3)).problem is PlanProblem.WRONG_TYPE
    item = PlanItem(ItemKind.BREATHING, "calm", times=True)  # a bool is no count
    assert _refused(_plan(item)).problem is PlanProblem.WRONG_TYPE
    item = PlanItem("breathing", "calm")  # type: ignore[arg-type]
    assert _refused(_plan(item)).where == "phases[0].items[0].kind"


def test_a_breathing_item_becomes_its_session() -> None:
    plan = item_session_plan(CALM, settle_s=0.0)
    assert plan.pacing == preset("calm").pattern and plan.pattern_id == "calm"
    assert plan.length.kind is LengthKind.MINUTES and plan.length.value == 5
    assert plan.settle_s == 0.0
    ramped = PlanItem(ItemKind.BREATHING, "4-0-7-0", 8, ramp_start_bpm=10, ramp_minutes=3)
    session = item_session_plan(ramped, 3.0)
    assert session.pacing == Ramp.make(parse("4-0-7-0"), 10, 3)
    assert session.pattern_id is None
    with pytest.raises(ValueError, match="relaxation"):
        item_session_plan(PMR, 3.0)


def test_a_demonstration_becomes_a_plan_in_one_step() -> None:
    box = preset("box").pattern
    shown = (
        Shown(preset("calm").pattern, 170.0),
        Shown(parse("4-0-7-0"), 20.0),
        Shown(box, 100.0),
        Shown(preset("calm").pattern, 40.0),
    )
    plan = plan_from_demo(shown, "From today's session")
    check_plan(plan)
    (phase,) = plan.phases
    assert phase.advance is Advance.THERAPIST
    assert [(i.what, i.minutes, i.times, i.per) for i in phase.items] == [
        ("calm", 4.0, 1, Per.DAY),  # 210 s
        ("4-0-7-0", 1.0, 1, Per.DAY),  # 20 s, at least one minute
        ("box", 2.0, 1, Per.DAY),  # 100 s
    ]
    assert plan.title == "From today's session"


def test_a_demonstration_keeps_the_longest_patterns_when_too_many_were_shown() -> None:
    shown = tuple(Shown(parse(f"4-0-{4 + n * 0.5:g}-0"), 60.0 + n) for n in range(10))
    phase = plan_from_demo(shown, "t").phases[0]
    assert len(phase.items) == ITEMS_PER_PHASE_MAX
    assert phase.items[0].what == "4-0-5-0"  # the two shortest (n = 0, 1) were left out


def test_an_empty_demonstration_is_no_plan() -> None:
    with pytest.raises(PlanError) as info:
        plan_from_demo((), "t")
    assert info.value.problem is PlanProblem.EMPTY


def test_a_plan_with_holds_is_refused_for_a_no_holds_profile_saying_where() -> None:
    plan = Plan(
        "t", (PlanPhase("a", (CALM,)), PlanPhase("b", (PMR, PlanItem(ItemKind.BREATHING, "box"))))
    )
    check_plan_safety(plan, Profile(1, ""))
    check_plan_safety(_plan(CALM, PMR), Profile(1, "", no_holds=True))
    with pytest.raises(HoldsNotAllowedError) as info:
        check_plan_safety(plan, Profile(1, "", no_holds=True))
    assert info.value.where == "phases[1].items[1].what"
    assert info.value.pattern_text == "4-4-4-4"
    assert "phases[1].items[1].what: 4-4-4-4 has breath holds" in str(info.value)
