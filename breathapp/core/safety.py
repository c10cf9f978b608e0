# SPDX-License-Identifier: GPL-3.0-or-later
"""Safety rules: breath holds a profile may not use, 4-7-8's first month, and a gentler
pattern after dizziness. Pure rules; controllers/safety_gate.py is where every path meets them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from breathapp.core.pacer import cycles_at
from breathapp.core.patterns import (
    DEFAULT_PRESET_ID,
    PRESETS,
    Pacing,
    Pattern,
    PatternError,
    Preset,
    preset,
    resolve,
    target_pattern,
)
from breathapp.core.profiles import Profile
from breathapp.core.session import Length, SessionPlan, SessionRecord

if TYPE_CHECKING:  # plans and relaxation load late: off the start-up path
    from breathapp.core.plans import Plan
    from breathapp.core.relaxation import Script

# After feeling dizzy: quicker, shorter breaths without pauses, so nobody over-breathes.
GENTLER_PRESET_ID = "gentle"
# Weil's advice for 4-7-8 (CLINICAL.md): at most four breaths at a time for the first month.
FOUR_SEVEN_EIGHT = preset("4-7-8").pattern
FIRST_MONTH_DAYS = 30
FIRST_MONTH_BREATHS = 4
_EPS_CYCLES = 1e-6


class SafetyError(ValueError):
    """A session, or a change of pace, that the profile's safety rules do not allow."""


class HoldsNotAllowedError(SafetyError):
    """The profile is set to no breath holds and the pattern has them."""

    def __init__(self, pattern_text: str, where: str = "") -> None:
        self.pattern_text = pattern_text
        self.where = where  # in a plan: "phases[1].items[0].what"; "" for a single pattern
        text = f"{pattern_text} has breath holds, and this profile is set to no breath holds"
        super().__init__(f"{where}: {text}" if where else text)


class FirstMonthError(SafetyError):
    """4-7-8 asked for during a session while the profile is in its first month with it.

    In the first month 4-7-8 is a short session of its own, so a live switch is refused.
    """

    def __init__(self, last_day: date) -> None:
        self.last_day = last_day
        super().__init__(
            f"4-7-8 is at most {FIRST_MONTH_BREATHS} breaths a session until {last_day}"
            " (the first month with it), so it is not switched to during a session"
        )


class LengthCapped(NamedTuple):
    """A 4-7-8 session shortened to ``breaths`` because the first month lasts until ``last_day``."""

    breaths: int
    last_day: date


def allowed_presets(profile: Profile) -> tuple[Preset, ...]:
    """The presets this profile may be offered."""
    if not profile.no_holds:
        return PRESETS
    return tuple(p for p in PRESETS if not p.pattern.has_holds)


def check_pacing(pacing: Pacing, profile: Profile) -> None:
    """Raise HoldsNotAllowedError if the profile may not breathe this way (a ramp: its target)."""
    pattern = target_pattern(pacing)
    if profile.no_holds and pattern.has_holds:
        raise HoldsNotAllowedError(pattern.text())


def allowed_spec(spec: str, profile: Profile) -> bool:
    """Whether a remembered pattern (a preset id or seconds) is one this profile may use.

    A spec that does not resolve is the pattern parser's business, not a safety matter.
    """
    try:
        pattern, _preset = resolve(spec)
    except PatternError:
        return True
    return not (profile.no_holds and pattern.has_holds)


def within_safety(spec: str, profile: Profile) -> str:
    """The remembered pattern, or the default one when the profile may no longer use it."""
    return spec if allowed_spec(spec, profile) else DEFAULT_PRESET_ID


def is_four_seven_eight(pattern: Pattern) -> bool:
    return pattern == FOUR_SEVEN_EIGHT


def first_month_last_day(first_used: date | None, today: date) -> date | None:
    """The last day of a profile's first month with 4-7-8; None once that month is over.

    Never used yet: today would be the first day.
    """
    last = (first_used or today) + timedelta(days=FIRST_MONTH_DAYS - 1)
    return last if today <= last else None


def vet_session(
    plan: SessionPlan, profile: Profile, first_478: date | None, today: date
) -> tuple[SessionPlan, LengthCapped | None]:
    """The session as the rules allow it: HoldsNotAllowedError for holds on a no-holds
    profile; a 4-7-8 session in its first month shortened to at most four breaths."""
    check_pacing(plan.pacing, profile)
    if not is_four_seven_eight(target_pattern(plan.pacing)):
        return plan, None
    last_day = first_month_last_day(first_478, today)
    if last_day is None:
        return plan, None
    breaths = cycles_at(plan.pacing, plan.length.end_s(plan.pacing))
    if breaths <= FIRST_MONTH_BREATHS + _EPS_CYCLES:
        return plan, None
    capped = plan._replace(length=Length.breaths(FIRST_MONTH_BREATHS))
    return capped, LengthCapped(FIRST_MONTH_BREATHS, last_day)


def vet_change(pattern: Pattern, profile: Profile, first_478: date | None, today: date) -> None:
    """Raise SafetyError when a running session may not change to ``pattern``."""
    check_pacing(pattern, profile)
    if is_four_seven_eight(pattern):
        last_day = first_month_last_day(first_478, today)
        if last_day is not None:
            raise FirstMonthError(last_day)


def check_script(script: Script, profile: Profile) -> None:
    """HoldsNotAllowedError (with ``where``) for a breathing step with holds, for a no-holds
    profile. The bundled scripts never hold the breath; a script may come from a file."""
    if not profile.no_holds:
        return
    for n, step in enumerate(script.steps):
        if step.pattern is not None and step.pattern.has_holds:
            raise HoldsNotAllowedError(step.pattern.text(), f"steps[{n}].pattern")


def _breathing_patterns(plan: Plan) -> Iterator[tuple[str, Pattern]]:
    """Each breathing session of a plan that resolves, with where it is in the plan.

    An item that does not resolve is check_plan's business and is passed over here.
    """
    from breathapp.core.plans import ItemKind

    for p, phase in enumerate(plan.phases):
        for i, item in enumerate(phase.items):
            if item.kind is not ItemKind.BREATHING:
                continue
            try:
                pattern, _ = resolve(item.what)
            except PatternError:
                continue
            yield f"phases[{p}].items[{i}].what", pattern


def check_plan_safety(plan: Plan, profile: Profile) -> None:
    """HoldsNotAllowedError (with ``where``) for the first breathing item with holds.

    Only for a "no breath holds" profile.
    """
    if not profile.no_holds:
        return
    for where, pattern in _breathing_patterns(plan):
        if pattern.has_holds:
            raise HoldsNotAllowedError(pattern.text(), where)


def plan_breathes_four_seven_eight(plan: Plan) -> bool:
    """Whether any breathing session of the plan is 4-7-8 (shortened in its first month)."""
    return any(is_four_seven_eight(pattern) for _where, pattern in _breathing_patterns(plan))


def gentler_after(last: SessionRecord | None) -> str | None:
    """The preset to suggest when the last session ended with dizziness, else None."""
    if last is None or not last.dizzy:
        return None
    return GENTLER_PRESET_ID
