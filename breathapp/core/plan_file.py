# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan file's JSON form: written whole, read field by field, refused with the place."""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from breathapp.core.plans import (
    CONTACT_FIELDS,
    PLAN_FORMAT,
    PLAN_FORMAT_VERSION,
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
)

if TYPE_CHECKING:
    from breathapp.core.voice_pack import Manifest

__all__ = ["PLAN_FORMAT", "PLAN_FORMAT_VERSION", "PlanFile", "plan_from_json", "plan_to_json"]

# The file's field that carries the plan's recorded voice: the voice pack's zip in base64.
VOICE_PACK_FIELD = "voice_pack_zip"


class PlanFile(NamedTuple):
    """What a plan file holds: the plan, and the recorded voice it may carry (checked)."""

    plan: Plan
    voice_zip: bytes | None = None  # the voice pack, as its zip file
    voice: Manifest | None = None  # what that zip holds


_TOP_KEYS = frozenset({"format", "version", "plan"})
_PLAN_KEYS_V1 = frozenset({"title", "phases", "message", "contact", "reminder_times", "voice_pack"})
_PHASE_KEYS_V1 = frozenset({"name", "items", "advance", "days", "note"})
# Version 2 adds these; a version 1 file that has them has fields it cannot know.
_PLAN_KEYS = _PLAN_KEYS_V1 | {"flare_up_advice", "suggest_contact"}
_PHASE_KEYS = _PHASE_KEYS_V1 | {"movement_minutes", "movement_activity"}
_ITEM_KEYS = frozenset(
    {"kind", "what", "minutes", "ramp_start_bpm", "ramp_minutes", "times", "per"}
)
_V2_KEYS = (_PLAN_KEYS, _PHASE_KEYS)
_CONTACT_KEYS = frozenset(CONTACT_FIELDS)

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")


def plan_to_json(plan: Plan) -> dict[str, object]:
    """The whole file as JSON-ready values: format, version and the plan."""
    return {"format": PLAN_FORMAT, "version": PLAN_FORMAT_VERSION, "plan": _plan_body(plan)}


def _plan_body(plan: Plan) -> dict[str, object]:
    body: dict[str, object] = {
        "title": plan.title,
        "phases": [
            {
                "name": phase.name,
                "advance": phase.advance.value,
                "days": phase.days,
                "note": phase.note,
                "movement_minutes": phase.movement_minutes,
                "movement_activity": phase.movement_activity,
                "items": [_item_body(item) for item in phase.items],
            }
            for phase in plan.phases
        ],
        "message": plan.message,
        "contact": {name: getattr(plan.contact, name) for name in CONTACT_FIELDS},
        "reminder_times": list(plan.reminder_times),
        "flare_up_advice": plan.flare_up_advice,
        "suggest_contact": plan.suggest_contact,
    }
    if plan.voice_pack:  # only then: a plan without a voice reads as before, anywhere
        body["voice_pack"] = plan.voice_pack
    return body


def _item_body(item: PlanItem) -> dict[str, object]:
    return {
        "kind": item.kind.value,
        "what": item.what,
        "minutes": item.minutes,
        "ramp_start_bpm": item.ramp_start_bpm,
        "ramp_minutes": item.ramp_minutes,
        "times": item.times,
        "per": item.per.value,
    }


def plan_from_json(data: object) -> Plan:
    """A checked plan from parsed JSON; PlanError naming the first wrong field, nothing else.

    Versions 1 and 2 are read; version 1 has no movement goal, activity, flare-up advice
    or suggest_contact, so those take their defaults (nothing is guessed from its texts).
    """
    top = _object(data, "", _TOP_KEYS)
    if top.get("format") != PLAN_FORMAT:
        raise PlanError(PlanProblem.NOT_A_PLAN, "format", f"must be {PLAN_FORMAT!r}")
    version = _get(top, "version", "version", _whole)
    if version > PLAN_FORMAT_VERSION:
        raise PlanError(
            PlanProblem.NEWER_VERSION,
            "version",
            f"version {version}: this BreathApp reads plans up to version {PLAN_FORMAT_VERSION}",
            high=PLAN_FORMAT_VERSION,
        )
    if version < 1:
        raise PlanError(PlanProblem.OUT_OF_RANGE, "version", "must be 1 or more", low=1)
    plan_keys, phase_keys = (_PLAN_KEYS_V1, _PHASE_KEYS_V1) if version == 1 else _V2_KEYS
    body = _object(_get(top, "plan", "plan", _any), "", plan_keys)
    phases = tuple(
        _phase(value, f"phases[{i}]", phase_keys)
        for i, value in enumerate(_list(_get(body, "phases", "phases", _any), "phases"))
    )
    contact_data = _object(body.get("contact", {}), "contact", _CONTACT_KEYS)
    contact = Contact(
        **{name: _opt(contact_data, name, f"contact.{name}", _text, "") for name in CONTACT_FIELDS}
    )
    times = _list(body.get("reminder_times", []), "reminder_times")
    plan = Plan(
        title=_get(body, "title", "title", _text),
        phases=phases,
        message=_opt(body, "message", "message", _text, ""),
        contact=contact,
        reminder_times=tuple(_text(v, f"reminder_times[{i}]") for i, v in enumerate(times)),
        voice_pack=_opt(body, "voice_pack", "voice_pack", _text, ""),
        flare_up_advice=_opt(body, "flare_up_advice", "flare_up_advice", _text, ""),
        suggest_contact=_opt(body, "suggest_contact", "suggest_contact", _bool, True),
    )
    check_plan(plan)
    return plan


def _phase(data: object, where: str, keys: frozenset[str]) -> PlanPhase:
    phase = _object(data, where, keys)
    items = _list(_get(phase, "items", f"{where}.items", _any), f"{where}.items")
    return PlanPhase(
        name=_opt(phase, "name", f"{where}.name", _text, ""),
        items=tuple(_item(value, f"{where}.items[{i}]") for i, value in enumerate(items)),
        advance=_opt_enum(phase, "advance", f"{where}.advance", Advance, Advance.AFTER_DAYS),
        days=_opt(phase, "days", f"{where}.days", _whole, 14),
        note=_opt(phase, "note", f"{where}.note", _text, ""),
        movement_minutes=_opt(phase, "movement_minutes", f"{where}.movement_minutes", _whole, None),
        movement_activity=_opt(phase, "movement_activity", f"{where}.movement_activity", _text, ""),
    )


def _item(data: object, where: str) -> PlanItem:
    item = _object(data, where, _ITEM_KEYS)
    kind_text = _get(item, "kind", f"{where}.kind", _text)
    return PlanItem(
        kind=_enum(kind_text, f"{where}.kind", ItemKind),
        what=_get(item, "what", f"{where}.what", _text),
        minutes=_opt(item, "minutes", f"{where}.minutes", _number, 5.0),
        ramp_start_bpm=_opt(item, "ramp_start_bpm", f"{where}.ramp_start_bpm", _number, None),
        ramp_minutes=_opt(item, "ramp_minutes", f"{where}.ramp_minutes", _number, None),
        times=_opt(item, "times", f"{where}.times", _whole, 1),
        per=_opt_enum(item, "per", f"{where}.per", Per, Per.DAY),
    )


# Readers of one value: each returns it typed or raises PlanError naming `where`.


def _object(value: object, where: str, keys: frozenset[str]) -> dict[str, object]:
    if not isinstance(value, dict):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be a JSON object")
    for key in value:
        if key not in keys:
            place = f"{where}.{key}" if where else str(key)
            raise PlanError(PlanProblem.UNKNOWN_FIELD, place, "is not a field of a plan")
    return value


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be a list")
    return value


def _any(value: object, where: str) -> object:
    return value


def _text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be text")
    return value


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be a number")
    if isinstance(value, float) and not math.isfinite(value):  # isfinite(10**400) overflows
        raise PlanError(PlanProblem.OUT_OF_RANGE, where, "must be a finite number")
    # Huge whole numbers stay whole numbers; float() of them could overflow.
    return value if isinstance(value, int) and abs(value) > 2**53 else float(value)


def _whole(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be a whole number")
    return value


def _bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be true or false")
    return value


def _enum(value: str, where: str, kind: type[_E]) -> _E:
    for member in kind:
        if member.value == value:
            return member
    words = " or ".join(str(m.value) for m in kind)
    raise PlanError(PlanProblem.BAD_VALUE, where, f"must be {words}")


def _get(data: dict[str, object], key: str, where: str, read: Callable[[object, str], _T]) -> _T:
    if key not in data:
        raise PlanError(PlanProblem.MISSING, where, "is missing")
    return read(data[key], where)


def _opt(
    data: dict[str, object],
    key: str,
    where: str,
    read: Callable[[object, str], _T],
    default: _T,
) -> _T:
    value = data.get(key)
    return default if value is None else read(value, where)


def _opt_enum(data: dict[str, object], key: str, where: str, kind: type[_E], default: _E) -> _E:
    value = data.get(key)
    return default if value is None else _enum(_text(value, where), where, kind)
