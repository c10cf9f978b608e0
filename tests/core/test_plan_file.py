# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan file's JSON: a round trip, and every malformed document refused with PlanError."""

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breathapp.core.plan_file import PLAN_FORMAT, PLAN_FORMAT_VERSION, plan_from_json, plan_to_json
from breathapp.core.plans import (
    Advance,
    Contact,
    ItemKind,
    Per,
    Plan,
    PlanError,
    PlanItem,
    PlanPhase,
    PlanProblem,
)

PLAN = Plan(
    "Back at ease",
    (
        PlanPhase(
            "Calm and loosen",
            (
                PlanItem(ItemKind.BREATHING, "calm", 5),
                PlanItem(ItemKind.RELAXATION, "pmr-short", times=2, per=Per.WEEK),
            ),
            Advance.AFTER_DAYS,
            14,
            "Slow, not deep.",
        ),
        PlanPhase(
            "Build up",
            (PlanItem(ItemKind.BREATHING, "5,5-0-5,5-0", 10.5, 9.0, 3.0, times=2),),
            Advance.THERAPIST,
        ),
    ),
    message="Dare to ask for help. Tot binnenkort! ✓",
    contact=Contact("An", "Kine Gent", "09 123 45 67", "an@example.be", "weekdays 8-12"),
    reminder_times=("08:30", "19:45"),
)


def _doc() -> dict[str, Any]:
    return json.loads(json.dumps(plan_to_json(PLAN)))  # type: ignore[no-any-return]


def _refused(data: object) -> PlanError:
    with pytest.raises(PlanError) as info:
        plan_from_json(data)
    return info.value


def test_a_plan_survives_the_round_trip_through_json_text() -> None:
    doc = _doc()
    assert doc["format"] == PLAN_FORMAT == "breathapp-plan"
    assert doc["version"] == PLAN_FORMAT_VERSION == 2
    assert plan_from_json(doc) == PLAN


def test_optional_fields_take_their_defaults() -> None:
    doc = {
        "format": PLAN_FORMAT,
        "version": 1,
        "plan": {"title": "t", "phases": [{"items": [{"kind": "breathing", "what": "calm"}]}]},
    }
    plan = plan_from_json(doc)
    assert plan == Plan("t", (PlanPhase("", (PlanItem(ItemKind.BREATHING, "calm"),)),))


def test_a_newer_version_is_refused_and_says_so() -> None:
    doc = _doc()
    doc["version"] = 3
    error = _refused(doc)
    assert (error.problem, error.where, error.high) == (PlanProblem.NEWER_VERSION, "version", 2)


@pytest.mark.parametrize(
    ("change", "problem", "where"),
    [
        (lambda d: d.update(format="breathapp-backup"), PlanProblem.NOT_A_PLAN, "format"),
        (lambda d: d.pop("version"), PlanProblem.MISSING, "version"),
        (lambda d: d.update(version="1"), PlanProblem.WRONG_TYPE, "version"),
        (lambda d: d.update(version=0), PlanProblem.OUT_OF_RANGE, "version"),
        (lambda d: d.update(extra=1), PlanProblem.UNKNOWN_FIELD, "extra"),
        (lambda d: d["plan"].pop("phases"), PlanProblem.MISSING, "phases"),
        (lambda d: d["plan"].update(phases={}), PlanProblem.WRONG_TYPE, "phases"),
        (lambda d: d["plan"].update(phases=[]), PlanProblem.EMPTY, "phases"),
        (lambda d: d["plan"]["phases"][1].update(items=[]), PlanProblem.EMPTY, "phases[1].items"),
        (
            lambda d: d["plan"]["phases"].extend([d["plan"]["phases"][0]] * 11),
            PlanProblem.TOO_MANY,
            "phases",
        ),
        (
            lambda d: d["plan"]["phases"][0]["items"][0].update(minutes="5"),
            PlanProblem.WRONG_TYPE,
            "phases[0].items[0].minutes",
        ),
        (
            lambda d: d["plan"]["phases"][0]["items"][0].update(minutes=1e400),
            PlanProblem.OUT_OF_RANGE,
            "phases[0].items[0].minutes",
        ),
        (
            lambda d: d["plan"]["phases"][0]["items"][1].update(times=2.0),
            PlanProblem.WRONG_TYPE,
            "phases[0].items[1].times",
        ),
        (
            lambda d: d["plan"]["phases"][0]["items"][1].update(times=10**400),
            PlanProblem.OUT_OF_RANGE,
            "phases[0].items[1].times",
        ),
        (
            lambda d: d["plan"]["phases"][0]["items"][1].update(per="month"),
            PlanProblem.BAD_VALUE,
            "phases[0].items[1].per",
        ),
        (
            lambda d: d["plan"]["phases"][0]["items"][1].update(what="../../etc"),
            PlanProblem.BAD_ID,
            "phases[0].items[1].what",
        ),
        (
            lambda d: d["plan"]["phases"][1]["items"][0].update(ramp_minutes=None),
            PlanProblem.MISSING,
            "phases[1].items[0].ramp_minutes",
        ),
        (
            lambda d: d["plan"]["phases"][1].update(advance="never"),
            PlanProblem.BAD_VALUE,
            "phases[1].advance",
        ),
        (
            lambda d: d["plan"]["phases"][1].update(colour="red"),
            PlanProblem.UNKNOWN_FIELD,
            "phases[1].colour",
        ),
        (lambda d: d["plan"].update(contact="An"), PlanProblem.WRONG_TYPE, "contact"),
        (
            lambda d: d["plan"]["contact"].update(email=["a"]),
            PlanProblem.WRONG_TYPE,
            "contact.email",
        ),
        (
            lambda d: d["plan"].update(reminder_times=[830]),
            PlanProblem.WRONG_TYPE,
            "reminder_times[0]",
        ),
        (lambda d: d["plan"].update(title=""), PlanProblem.EMPTY, "title"),
    ],
)
def test_a_malformed_document_is_refused_naming_the_place(
    change: Any, problem: PlanProblem, where: str
) -> None:
    doc = _doc()
    change(doc)
    error = _refused(doc)
    assert (error.problem, error.where) == (problem, where)


@pytest.mark.parametrize("data", [None, [], "plan", 3, {"format": PLAN_FORMAT}])
def test_things_that_are_no_plan_at_all_are_refused(data: object) -> None:
    assert isinstance(_refused(data), PlanError)


# Hypothesis: any JSON value may replace any part of a valid document.

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document that a value could be swapped into."""
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*path, i))
    return out


def _replace(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    out = copy.deepcopy(doc)
    node = out
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return out


_PLACES = _paths(_doc())


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PLACES), _JSON)
def test_any_value_anywhere_is_either_a_checked_plan_or_a_plan_error(
    path: tuple[Any, ...], value: Any
) -> None:
    doc = _replace(_doc(), path, value)
    try:
        plan = plan_from_json(doc)
    except PlanError as error:
        assert error.problem in PlanProblem
        return
    # Accepted: it must write back to the same document, minus defaults filled in.
    assert plan_from_json(plan_to_json(plan)) == plan


# Values of the wrong type for each typed place: these must all be refused.
_TYPED = {
    "format": st.text(max_size=5),
    "version": st.text() | st.floats() | st.booleans(),
    "title": st.integers() | st.lists(st.text(), max_size=2) | st.booleans(),
    "minutes": st.text() | st.booleans() | st.lists(st.integers(), max_size=2),
    "times": st.text() | st.floats() | st.booleans(),
    "days": st.text() | st.floats() | st.booleans(),
    "phases": st.text() | st.integers() | st.dictionaries(st.text(), st.integers()),
    "items": st.just([]) | st.text() | st.integers(min_value=0),
    "kind": st.text(max_size=8).filter(lambda t: t not in ("breathing", "relaxation")),
    "per": st.text(max_size=8).filter(lambda t: t not in ("day", "week")),
    "movement_minutes": st.text() | st.floats() | st.booleans() | st.integers(max_value=0),
    "movement_activity": st.integers() | st.booleans() | st.lists(st.text(), max_size=2),
    "flare_up_advice": st.integers() | st.booleans() | st.text(min_size=1001, max_size=1001),
    "suggest_contact": st.text() | st.integers() | st.floats(),
}
_TYPED_PLACES = [p for p in _PLACES if p and p[-1] in _TYPED]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_wrong_value_in_a_typed_place_is_always_refused(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(_TYPED_PLACES))
    value = data.draw(_TYPED[path[-1]])
    with pytest.raises(PlanError):
        plan_from_json(_replace(_doc(), path, value))


@settings(max_examples=200, deadline=None)
@given(_JSON)
def test_garbage_is_refused_with_a_plan_error(value: Any) -> None:
    with pytest.raises(PlanError):
        plan_from_json(value)


@pytest.mark.parametrize("key", ["minutes", "ramp_start_bpm", "ramp_minutes"])
def test_a_number_too_large_for_a_float_is_refused_not_crashed_on(key: str) -> None:
    doc = _doc()
    doc["plan"]["phases"][1]["items"][0][key] = 10**400  # JSON reads it as a whole number
    assert _refused(doc).problem is PlanProblem.OUT_OF_RANGE


@pytest.mark.parametrize("place", [("title",), ("message",), ("contact", "therapist")])
def test_text_that_is_no_unicode_is_refused_before_it_reaches_the_store(
    place: tuple[str, ...],
) -> None:
    # JSON may spell half a character ("\ud800"); no file or database can hold it.
    doc = _replace(_doc(), ("plan", *place), "Anna \ud800")
    error = _refused(doc)
    assert (error.problem, error.where) == (PlanProblem.BAD_JSON, ".".join(place))
