# SPDX-License-Identifier: GPL-3.0-or-later
"""Therapist plans: a phased programme of weeks, each phase with its prescribed sessions."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from breathapp.core.patterns import (
    PRESETS,
    RAMP_MAX_MINUTES,
    RAMP_MIN_MINUTES,
    RATE_MAX_BPM,
    RATE_MIN_BPM,
    Pacing,
    Pattern,
    PatternError,
    Ramp,
    resolve,
)
from breathapp.core.session import MINUTES_MAX, MINUTES_MIN, SETTLE_S, Length, SessionPlan

if TYPE_CHECKING:  # live pace loads with the first session: off the start-up path
    from breathapp.core.live_pace import Shown

# The plan file: versioned JSON with its own extension, small and checked field by field.
PLAN_FORMAT = "breathapp-plan"
# Version 2 (issue 16): a phase's movement goal and activity, the plan's flare-up advice
# and suggest_contact. Version 1 files read with those at their defaults.
PLAN_FORMAT_VERSION = 2
PLAN_FILE_SUFFIX = ".breathplan"
PLAN_FILE_MAX_BYTES = 256 * 1024

# Limits a plan is checked against (file, editor and import alike).
PHASES_MAX = 12
ITEMS_PER_PHASE_MAX = 8
PHASE_DAYS_MIN = 1
PHASE_DAYS_MAX = 365
TIMES_MIN = 1
TIMES_PER_DAY_MAX = 6
TIMES_PER_WEEK_MAX = 21
TITLE_MAX_CHARS = 80
NOTE_MAX_CHARS = 500
MESSAGE_MAX_CHARS = 2000
CONTACT_FIELD_MAX_CHARS = 120
REMINDER_TIMES_MAX = 4
MOVEMENT_GOAL_MIN_MINUTES = 1
MOVEMENT_GOAL_MAX_MINUTES = 180
MOVEMENT_ACTIVITY_MAX_CHARS = 60
FLARE_UP_ADVICE_MAX_CHARS = 1000

# A prescribed session counts as done when it was completed, or when at least this share
# of its prescribed time was practised (stopping a little early is still practice).
DONE_SHARE = 0.8


class ItemKind(Enum):
    BREATHING = "breathing"
    RELAXATION = "relaxation"


class Per(Enum):
    DAY = "day"
    WEEK = "week"


class Advance(Enum):
    AFTER_DAYS = "after_days"  # the next phase starts by itself after `days`
    THERAPIST = "therapist"  # the phase lasts until the therapist moves the plan on


@dataclass(frozen=True)
class PlanItem:
    """One prescribed session: what, how long, how often."""

    kind: ItemKind
    # Breathing: a preset id ("calm") or a pattern text ("4-0-6-0").
    # Relaxation: a relaxation session id ("pmr-short").
    what: str
    minutes: float = 5.0  # breathing only; a relaxation session has its own length
    ramp_start_bpm: float | None = None  # breathing only: ease in from this rate
    ramp_minutes: float | None = None  # with ramp_start_bpm
    times: int = 1
    per: Per = Per.DAY


@dataclass(frozen=True)
class PlanPhase:
    """A stretch of the plan, e.g. "Calm and loosen", with its sessions and when it ends."""

    name: str
    items: tuple[PlanItem, ...]
    advance: Advance = Advance.AFTER_DAYS
    days: int = 14  # used with Advance.AFTER_DAYS
    note: str = ""  # a line for the patient about this phase
    # The daily movement goal in whole minutes (1..180); None: the phase sets no goal.
    movement_minutes: int | None = None
    # What the therapist names for it ("walking", "cycling"); "" when not named.
    movement_activity: str = ""


@dataclass(frozen=True)
class Contact:
    """How to reach the therapist: the practice's "dare to ask for help"."""

    therapist: str = ""
    practice: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""  # when to call, free text


@dataclass(frozen=True)
class Plan:
    """A therapist's plan for one person."""

    title: str
    phases: tuple[PlanPhase, ...]
    message: str = ""  # the therapist's personal message
    contact: Contact = field(default_factory=Contact)
    reminder_times: tuple[str, ...] = ()  # suggested "HH:MM" reminder times
    voice_pack: str = ""  # the id of the recorded voice that goes with the plan; "" for none
    flare_up_advice: str = ""  # the therapist's own words for a bad day; "" for none
    # Whether the app may suggest contacting the therapist (the therapist can turn it off).
    suggest_contact: bool = True


class PlanProgress(NamedTuple):
    """Where a profile is in its plan: stored beside the plan."""

    started_day: date  # the plan's first day
    phase_index: int  # the phase the therapist last set (0 at the start)
    phase_started_day: date  # when that phase began
    # The day each phase 0..phase_index began, as the therapist's moves and the roll-ons
    # before them happened; () when unknown (a plan stored before these were kept).
    phase_starts: tuple[date, ...] = ()

    @classmethod
    def starting(cls, day: date) -> PlanProgress:
        """A plan that starts on ``day``, at its first phase."""
        return cls(day, 0, day, (day,))


# A relaxation session id as the library names them ("pmr-short"); whether it exists is
# checked where the library is loaded, not here.
RELAXATION_ID_MAX_CHARS = 40
_RELAXATION_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
VOICE_PACK_ID_MAX_CHARS = 40  # as core/voice_pack.py ID_CHARS
CONTACT_FIELDS = ("therapist", "practice", "phone", "email", "hours")


class PlanProblem(Enum):
    """What is wrong with a plan or a plan file, for the ui to say in the user's language."""

    MISSING = "missing"  # a required field is absent
    WRONG_TYPE = "wrong_type"  # e.g. text where a number belongs
    OUT_OF_RANGE = "out_of_range"  # a number outside [low, high]
    TOO_LONG = "too_long"  # a text longer than `high` characters
    TOO_MANY = "too_many"  # more than `high` phases, items or reminder times
    EMPTY = "empty"  # no title, no phases, or a phase without sessions
    BAD_PATTERN = "bad_pattern"  # a breathing item that is no preset id and no pattern text
    BAD_ID = "bad_id"  # a relaxation id that is not a-z, 0-9 and '-'
    UNKNOWN_RELAXATION = "unknown_relaxation"  # well formed, but not in this app's library
    BAD_TIME = "bad_time"  # a reminder time that is not HH:MM
    BAD_VALUE = "bad_value"  # an unknown kind, per or advance word
    UNKNOWN_FIELD = "unknown_field"  # a field this version does not know
    NOT_A_PLAN = "not_a_plan"  # the file is no BreathApp plan at all
    NEWER_VERSION = "newer_version"  # written by a newer BreathApp
    BAD_JSON = "bad_json"  # not UTF-8 text, or not JSON
    TOO_BIG = "too_big"  # the file is larger than PLAN_FILE_MAX_BYTES
    BAD_VOICE_PACK = "bad_voice_pack"  # the recorded voice a plan file carries is unusable


class PlanError(ValueError):
    """A plan that cannot be used: what is wrong, where (``phases[1].items[0].minutes``).

    ``detail`` is English for logs and the command line; the ui words it from the facts.
    """

    def __init__(
        self,
        problem: PlanProblem,
        where: str = "",
        detail: str = "",
        *,
        low: float | None = None,
        high: float | None = None,
    ) -> None:
        self.problem = problem
        self.where = where
        self.detail = detail
        self.low = low
        self.high = high
        text = detail or problem.value.replace("_", " ")
        super().__init__(f"{where}: {text}" if where else text)


def _fmt(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _check_text(value: str, where: str, high: int, *, required: bool = False) -> None:
    if not isinstance(value, str):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be text")
    if not value.isascii():
        try:  # JSON can spell half a character ("\ud800"), which no file or store can hold
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise PlanError(PlanProblem.BAD_JSON, where, "is not UTF-8 text") from None
    if required and not value.strip():
        raise PlanError(PlanProblem.EMPTY, where, "must not be empty")
    if len(value) > high:
        raise PlanError(
            PlanProblem.TOO_LONG, where, f"must be at most {high} characters", high=high
        )


def _check_number(value: float, where: str, low: float, high: float, *, whole: bool) -> None:
    kinds: tuple[type, ...] = (int,) if whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise PlanError(
            PlanProblem.WRONG_TYPE, where, "must be a whole number" if whole else "must be a number"
        )
    # Compared before isfinite(): a huge whole number would overflow a float.
    if not low <= value <= high or not math.isfinite(value):
        raise PlanError(
            PlanProblem.OUT_OF_RANGE,
            where,
            f"must be {_fmt(low)} to {_fmt(high)}, got {value}",
            low=low,
            high=high,
        )


def _check_count(values: tuple[object, ...], where: str, high: int) -> None:
    if not isinstance(values, tuple):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be a list")
    if len(values) > high:
        raise PlanError(PlanProblem.TOO_MANY, where, f"must hold at most {high}", high=high)


def check_relaxation_id(value: str, where: str) -> None:
    """The id's shape only; whether the library has it is checked where the library is."""
    _check_text(value, where, RELAXATION_ID_MAX_CHARS, required=True)
    if not set(value) <= _RELAXATION_ID_CHARS:
        raise PlanError(PlanProblem.BAD_ID, where, "may hold only a-z, 0-9 and '-'")


def check_item(item: PlanItem, where: str) -> None:
    """One prescribed session against the limits; PlanError naming the field."""
    if not isinstance(item, PlanItem):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be a session")
    if not isinstance(item.kind, ItemKind):
        raise PlanError(PlanProblem.BAD_VALUE, f"{where}.kind", "must be breathing or relaxation")
    if item.kind is ItemKind.BREATHING:
        _check_text(item.what, f"{where}.what", TITLE_MAX_CHARS, required=True)
        try:
            resolve(item.what)
        except PatternError as exc:
            raise PlanError(PlanProblem.BAD_PATTERN, f"{where}.what", str(exc)) from None
        _check_number(item.minutes, f"{where}.minutes", MINUTES_MIN, MINUTES_MAX, whole=False)
    else:
        check_relaxation_id(item.what, f"{where}.what")
        # Unused (the session has its own length), but kept sane for every reader.
        _check_number(item.minutes, f"{where}.minutes", 0.0, MINUTES_MAX, whole=False)
    _check_ramp(item, where)
    if not isinstance(item.per, Per):
        raise PlanError(PlanProblem.BAD_VALUE, f"{where}.per", "must be day or week")
    most = TIMES_PER_DAY_MAX if item.per is Per.DAY else TIMES_PER_WEEK_MAX
    _check_number(item.times, f"{where}.times", TIMES_MIN, most, whole=True)


def _check_ramp(item: PlanItem, where: str) -> None:
    start, minutes = item.ramp_start_bpm, item.ramp_minutes
    if start is None and minutes is None:
        return
    if item.kind is not ItemKind.BREATHING:
        field = "ramp_start_bpm" if start is not None else "ramp_minutes"
        raise PlanError(PlanProblem.BAD_VALUE, f"{where}.{field}", "only breathing has a ramp")
    if start is None:
        raise PlanError(PlanProblem.MISSING, f"{where}.ramp_start_bpm", "a ramp needs a start rate")
    if minutes is None:
        raise PlanError(PlanProblem.MISSING, f"{where}.ramp_minutes", "a ramp needs its minutes")
    _check_number(start, f"{where}.ramp_start_bpm", RATE_MIN_BPM, RATE_MAX_BPM, whole=False)
    longest = min(RAMP_MAX_MINUTES, item.minutes)
    _check_number(minutes, f"{where}.ramp_minutes", RAMP_MIN_MINUTES, longest, whole=False)


def check_phase(phase: PlanPhase, where: str) -> None:
    if not isinstance(phase, PlanPhase):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be a phase")
    _check_text(phase.name, f"{where}.name", TITLE_MAX_CHARS)
    _check_text(phase.note, f"{where}.note", NOTE_MAX_CHARS)
    if not isinstance(phase.advance, Advance):
        raise PlanError(
            PlanProblem.BAD_VALUE, f"{where}.advance", "must be after_days or therapist"
        )
    _check_number(phase.days, f"{where}.days", PHASE_DAYS_MIN, PHASE_DAYS_MAX, whole=True)
    if phase.movement_minutes is not None:
        _check_number(
            phase.movement_minutes,
            f"{where}.movement_minutes",
            MOVEMENT_GOAL_MIN_MINUTES,
            MOVEMENT_GOAL_MAX_MINUTES,
            whole=True,
        )
    _check_text(phase.movement_activity, f"{where}.movement_activity", MOVEMENT_ACTIVITY_MAX_CHARS)
    _check_count(phase.items, f"{where}.items", ITEMS_PER_PHASE_MAX)
    if not phase.items:
        raise PlanError(PlanProblem.EMPTY, f"{where}.items", "a phase needs at least one session")
    for i, item in enumerate(phase.items):
        check_item(item, f"{where}.items[{i}]")


def check_reminder_time(value: str, where: str) -> None:
    """ "HH:MM" on the 24-hour clock, 00:00 to 23:59."""
    if not isinstance(value, str):
        raise PlanError(PlanProblem.WRONG_TYPE, where, "must be text")
    hours, sep, minutes = value.partition(":")
    if (
        sep != ":"
        or len(hours) != 2
        or len(minutes) != 2
        or not (hours + minutes).isascii()
        or not (hours + minutes).isdigit()
        or int(hours) > 23
        or int(minutes) > 59
    ):
        raise PlanError(PlanProblem.BAD_TIME, where, "must be a time like 08:30")


def check_plan(plan: Plan) -> None:
    """Raise PlanError for the first thing outside the limits; silent for a usable plan."""
    if not isinstance(plan, Plan):
        raise PlanError(PlanProblem.WRONG_TYPE, "", "must be a plan")
    _check_text(plan.title, "title", TITLE_MAX_CHARS, required=True)
    _check_count(plan.phases, "phases", PHASES_MAX)
    if not plan.phases:
        raise PlanError(PlanProblem.EMPTY, "phases", "a plan needs at least one phase")
    for i, phase in enumerate(plan.phases):
        check_phase(phase, f"phases[{i}]")
    _check_text(plan.message, "message", MESSAGE_MAX_CHARS)
    if not isinstance(plan.contact, Contact):
        raise PlanError(PlanProblem.WRONG_TYPE, "contact", "must be contact details")
    for name in CONTACT_FIELDS:
        _check_text(getattr(plan.contact, name), f"contact.{name}", CONTACT_FIELD_MAX_CHARS)
    _check_count(plan.reminder_times, "reminder_times", REMINDER_TIMES_MAX)
    for i, value in enumerate(plan.reminder_times):
        check_reminder_time(value, f"reminder_times[{i}]")
    if not isinstance(plan.voice_pack, str):
        raise PlanError(PlanProblem.WRONG_TYPE, "voice_pack", "must be text")
    if plan.voice_pack and not (
        len(plan.voice_pack) <= VOICE_PACK_ID_MAX_CHARS
        and set(plan.voice_pack) <= _RELAXATION_ID_CHARS
    ):
        raise PlanError(PlanProblem.BAD_ID, "voice_pack", "must be a voice pack's id")
    _check_text(plan.flare_up_advice, "flare_up_advice", FLARE_UP_ADVICE_MAX_CHARS)
    if not isinstance(plan.suggest_contact, bool):
        raise PlanError(PlanProblem.WRONG_TYPE, "suggest_contact", "must be true or false")


def item_session_plan(item: PlanItem, settle_s: float = SETTLE_S) -> SessionPlan:
    """The session a breathing item prescribes; ValueError for a relaxation item.

    PatternError / LengthError for an item that check_plan would refuse.
    """
    if item.kind is not ItemKind.BREATHING:
        raise ValueError("a relaxation item is played by the relaxation player")
    pattern, pattern_id = resolve(item.what)
    pacing: Pacing = pattern
    if item.ramp_start_bpm is not None and item.ramp_minutes is not None:
        pacing = Ramp.make(pattern, item.ramp_start_bpm, item.ramp_minutes)
    return SessionPlan(pacing, Length.minutes(item.minutes), pattern_id, settle_s)


def plan_from_demo(shown: tuple[Shown, ...], title: str) -> Plan:
    """A plan from what a demonstration showed: one phase, one daily breathing item per pattern.

    Each pattern gets the minutes it was shown (rounded, at least 1), in the order first
    shown; with more patterns than a phase holds, the longest shown are kept. Moves on
    when the therapist says. PlanError(EMPTY) when nothing was shown.
    """
    seconds: dict[Pattern, float] = {}
    for entry in shown:
        seconds[entry.pattern] = seconds.get(entry.pattern, 0.0) + max(0.0, entry.seconds)
    if not seconds:
        raise PlanError(PlanProblem.EMPTY, "phases[0].items", "nothing was shown")
    longest = sorted(seconds, key=lambda p: -seconds[p])[:ITEMS_PER_PHASE_MAX]
    items = []
    for pattern in (p for p in seconds if p in longest):
        minutes = min(MINUTES_MAX, max(1.0, float(math.floor(seconds[pattern] / 60.0 + 0.5))))
        what = next((p.id for p in PRESETS if p.pattern == pattern), pattern.text())
        items.append(PlanItem(ItemKind.BREATHING, what, minutes=minutes))
    phase = PlanPhase(name="", items=tuple(items), advance=Advance.THERAPIST)
    return Plan(title=title.strip()[:TITLE_MAX_CHARS], phases=(phase,))
