# SPDX-License-Identifier: GPL-3.0-or-later
"""Plan format version 2: a phase's movement goal and activity, the plan's flare-up advice
and its "contact your therapist" switch; version 1 files read with the defaults."""

import json
from typing import Any

import pytest

from breathapp.core.plan_file import PLAN_FORMAT, plan_from_json, plan_to_json
from breathapp.core.plans import (
    FLARE_UP_ADVICE_MAX_CHARS,
    MOVEMENT_ACTIVITY_MAX_CHARS,
    MOVEMENT_GOAL_MAX_MINUTES,
    PLAN_FORMAT_VERSION,
    Advance,
    ItemKind,
    Plan,
    PlanError,
    PlanItem,
    PlanPhase,
    PlanProblem,
    check_plan,
)

CALM = PlanItem(ItemKind.BREATHING, "calm", 5)
PLAN = Plan(
    "Back at ease",
    (
        PlanPhase("Start", (CALM,), Advance.AFTER_DAYS, 14, movement_minutes=10),
        PlanPhase(
            "Build",
            (CALM,),
            Advance.THERAPIST,
            movement_minutes=20,
            movement_activity="fietsen — cycling",
        ),
        PlanPhase("Keep", (CALM,), Advance.THERAPIST),
    ),
    flare_up_advice="Lie on your side, knees up. Walk a little every hour.",
    suggest_contact=False,
)


def _doc() -> dict[str, Any]:
    return json.loads(json.dumps(plan_to_json(PLAN)))  # type: ignore[no-any-return]


def _refused(data: object) -> PlanError:
    with pytest.raises(PlanError) as info:
        plan_from_json(data)
    return info.value


def test_version_2_is_written_and_round_trips_with_the_new_fields() -> None:
    doc = _doc()
    assert doc["version"] == PLAN_FORMAT_VERSION == 2
    assert doc["plan"]["flare_up_advice"] == PLAN.flare_up_advice
    assert doc["plan"]["suggest_contact"] is False
    assert doc["plan"]["phases"][0]["movement_minutes"] == 10
    assert doc["plan"]["phases"][2]["movement_minutes"] is None
    assert doc["plan"]["phases"][1]["movement_activity"] == "fietsen — cycling"
    assert plan_from_json(doc) == PLAN


def test_the_new_fields_have_their_defaults() -> None:
    phase = PlanPhase("p", (CALM,))
    assert (phase.movement_minutes, phase.movement_activity) == (None, "")
    plan = Plan("t", (phase,))
    assert (plan.flare_up_advice, plan.suggest_contact) == ("", True)
    doc = {
        "format": PLAN_FORMAT,
        "version": 2,
        "plan": {"title": "t", "phases": [{"items": [{"kind": "breathing", "what": "calm"}]}]},
    }
    assert plan_from_json(doc) == Plan(
        "t", (PlanPhase("", (PlanItem(ItemKind.BREATHING, "calm"),)),)
    )


def test_a_version_1_file_reads_with_the_defaults_and_no_goal_is_guessed() -> None:
    doc = {
        "format": PLAN_FORMAT,
        "version": 1,
        "plan": {
            "title": "Walk and breathe",
            "message": "Walk 15 minutes a day.",
            "phases": [
                {
                    "name": "Walking",
                    "note": "Take a 15-minute walk every day.",
                    "items": [{"kind": "breathing", "what": "calm"}],
                }
            ],
        },
    }
    plan = plan_from_json(doc)
    assert plan.phases[0].movement_minutes is None and plan.phases[0].movement_activity == ""
    assert plan.flare_up_advice == "" and plan.suggest_contact is True
    assert plan_to_json(plan)["version"] == 2


@pytest.mark.parametrize(
    ("place", "key"),
    [
        ("phase", "movement_minutes"),
        ("phase", "movement_activity"),
        ("plan", "flare_up_advice"),
        ("plan", "suggest_contact"),
    ],
)
def test_a_version_1_file_does_not_know_the_new_fields(place: str, key: str) -> None:
    doc = _doc()
    doc["version"] = 1
    for phase in doc["plan"]["phases"]:
        phase.pop("movement_minutes")
        phase.pop("movement_activity")
    doc["plan"].pop("flare_up_advice")
    doc["plan"].pop("suggest_contact")
    plan_from_json(doc)  # without them it reads
    if place == "phase":
        doc["plan"]["phases"][0][key] = _doc()["plan"]["phases"][1][key]
        where = f"phases[0].{key}"
    else:
        doc["plan"][key] = _doc()["plan"][key]
        where = key
    error = _refused(doc)
    assert (error.problem, error.where) == (PlanProblem.UNKNOWN_FIELD, where)


def test_a_newer_version_than_2_is_refused() -> None:
    doc = _doc()
    doc["version"] = 3
    error = _refused(doc)
    assert (error.problem, error.where, error.high) == (PlanProblem.NEWER_VERSION, "version", 2)


def _phase(d: dict[str, Any]) -> dict[str, Any]:
    return d["plan"]["phases"][1]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "problem", "where"),
    [
        # movement_minutes: a whole number of minutes, 1 to 180
        (lambda d: _phase(d).update(movement_minutes="20"), PlanProblem.WRONG_TYPE, "m"),
        (lambda d: _phase(d).update(movement_minutes=20.5), PlanProblem.WRONG_TYPE, "m"),
        (lambda d: _phase(d).update(movement_minutes=20.0), PlanProblem.WRONG_TYPE, "m"),
        (lambda d: _phase(d).update(movement_minutes=True), PlanProblem.WRONG_TYPE, "m"),
        (lambda d: _phase(d).update(movement_minutes=[20]), PlanProblem.WRONG_TYPE, "m"),
        (lambda d: _phase(d).update(movement_minutes=0), PlanProblem.OUT_OF_RANGE, "m"),
        (lambda d: _phase(d).update(movement_minutes=-5), PlanProblem.OUT_OF_RANGE, "m"),
        (lambda d: _phase(d).update(movement_minutes=181), PlanProblem.OUT_OF_RANGE, "m"),
        (lambda d: _phase(d).update(movement_minutes=10**400), PlanProblem.OUT_OF_RANGE, "m"),
        # movement_activity: text, at most 60 characters
        (lambda d: _phase(d).update(movement_activity=5), PlanProblem.WRONG_TYPE, "a"),
        (lambda d: _phase(d).update(movement_activity=False), PlanProblem.WRONG_TYPE, "a"),
        (lambda d: _phase(d).update(movement_activity=["walk"]), PlanProblem.WRONG_TYPE, "a"),
        (lambda d: _phase(d).update(movement_activity="w" * 61), PlanProblem.TOO_LONG, "a"),
        (lambda d: _phase(d).update(movement_activity="\ud800"), PlanProblem.BAD_JSON, "a"),
        # flare_up_advice: text, at most 1000 characters
        (lambda d: d["plan"].update(flare_up_advice=1), PlanProblem.WRONG_TYPE, "f"),
        (lambda d: d["plan"].update(flare_up_advice={}), PlanProblem.WRONG_TYPE, "f"),
        (lambda d: d["plan"].update(flare_up_advice="x" * 1001), PlanProblem.TOO_LONG, "f"),
        (lambda d: d["plan"].update(flare_up_advice="\udfff"), PlanProblem.BAD_JSON, "f"),
        # suggest_contact: true or false
        (lambda d: d["plan"].update(suggest_contact="false"), PlanProblem.WRONG_TYPE, "s"),
        (lambda d: d["plan"].update(suggest_contact=0), PlanProblem.WRONG_TYPE, "s"),
        (lambda d: d["plan"].update(suggest_contact=1), PlanProblem.WRONG_TYPE, "s"),
        (lambda d: d["plan"].update(suggest_contact=[]), PlanProblem.WRONG_TYPE, "s"),
        # an unknown field is still an error
        (lambda d: _phase(d).update(movement_goal=10), PlanProblem.UNKNOWN_FIELD, "g"),
        (lambda d: d["plan"].update(flare_up=""), PlanProblem.UNKNOWN_FIELD, "u"),
    ],
)
def test_each_new_field_is_checked_for_type_and_meaning(
    change: Any, problem: PlanProblem, where: str
) -> None:
    places = {
        "m": "phases[1].movement_minutes",
        "a": "phases[1].movement_activity",
        "f": "flare_up_advice",
        "s": "suggest_contact",
        "g": "phases[1].movement_goal",
        "u": "flare_up",
    }
    doc = _doc()
    change(doc)
    error = _refused(doc)
    assert (error.problem, error.where) == (problem, places[where])


def test_the_limits_themselves_are_accepted() -> None:
    doc = _doc()
    _phase(doc).update(movement_minutes=MOVEMENT_GOAL_MAX_MINUTES)
    _phase(doc).update(movement_activity="w" * MOVEMENT_ACTIVITY_MAX_CHARS)
    doc["plan"]["phases"][0]["movement_minutes"] = 1
    doc["plan"]["flare_up_advice"] = "x" * FLARE_UP_ADVICE_MAX_CHARS
    plan = plan_from_json(doc)
    assert plan.phases[1].movement_minutes == 180 and plan.phases[0].movement_minutes == 1


@pytest.mark.parametrize(
    ("plan", "problem", "where"),
    [
        (
            Plan("t", (PlanPhase("p", (CALM,), movement_minutes=0),)),
            PlanProblem.OUT_OF_RANGE,
            "phases[0].movement_minutes",
        ),
        (
            Plan("t", (PlanPhase("p", (CALM,), movement_activity=None),)),  # type: ignore[arg-type]
            PlanProblem.WRONG_TYPE,
            "phases[0].movement_activity",
        ),
        (
            Plan("t", (PlanPhase("p", (CALM,)),), suggest_contact="yes"),  # type: ignore[arg-type]
            PlanProblem.WRONG_TYPE,
            "suggest_contact",
        ),
        (
            Plan("t", (PlanPhase("p", (CALM,)),), flare_up_advice="x" * 1001),
            PlanProblem.TOO_LONG,
            "flare_up_advice",
        ),
    ],
)
def test_the_editor_s_plan_is_checked_the_same_way(
    plan: Plan, problem: PlanProblem, where: str
) -> None:
    with pytest.raises(PlanError) as info:
        check_plan(plan)
    assert (info.value.problem, info.value.where) == (problem, where)
