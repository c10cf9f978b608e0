# SPDX-License-Identifier: GPL-3.0-or-later
"""Safety rules: breath holds a profile may not use, and a gentler pattern after dizziness."""

from __future__ import annotations

from typing import TYPE_CHECKING

from breathapp.core.patterns import PRESETS, Pacing, PatternError, Preset, resolve, target_pattern
from breathapp.core.profiles import Profile
from breathapp.core.session import SessionRecord

if TYPE_CHECKING:  # plans load only for a profile with a plan: off the start-up path
    from breathapp.core.plans import Plan

# After feeling dizzy: quicker, shorter breaths without pauses, so nobody over-breathes.
GENTLER_PRESET_ID = "gentle"


class HoldsNotAllowedError(ValueError):
    """The profile is set to no breath holds and the pattern has them."""

    def __init__(self, pattern_text: str, where: str = "") -> None:
        self.pattern_text = pattern_text
        self.where = where  # in a plan: "phases[1].items[0].what"; "" for a single pattern
        text = f"{pattern_text} has breath holds, and this profile is set to no breath holds"
        super().__init__(f"{where}: {text}" if where else text)


def allowed_presets(profile: Profile) -> tuple[Preset, ...]:
    """The presets this profile may be offered."""
    if not profile.no_holds:
        return PRESETS
    return tuple(p for p in PRESETS if not p.pattern.has_holds)


def check_pacing(pacing: Pacing, profile: Profile) -> None:
    """Raise HoldsNotAllowedError if the profile may not breathe this way."""
    pattern = target_pattern(pacing)
    if profile.no_holds and pattern.has_holds:
        raise HoldsNotAllowedError(pattern.text())


def check_plan_safety(plan: Plan, profile: Profile) -> None:
    """HoldsNotAllowedError (with ``where``) for the first breathing item with holds.

    Only for a "no breath holds" profile; an item that does not resolve is check_plan's
    business and is passed over here.
    """
    if not profile.no_holds:
        return
    from breathapp.core.plans import ItemKind

    for p, phase in enumerate(plan.phases):
        for i, item in enumerate(phase.items):
            if item.kind is not ItemKind.BREATHING:
                continue
            try:
                pattern, _ = resolve(item.what)
            except PatternError:
                continue
            if pattern.has_holds:
                raise HoldsNotAllowedError(pattern.text(), f"phases[{p}].items[{i}].what")


def gentler_after(last: SessionRecord | None) -> str | None:
    """The preset to suggest when the last session ended with dizziness, else None."""
    if last is None or not last.dizzy:
        return None
    return GENTLER_PRESET_ID
