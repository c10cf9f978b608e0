# SPDX-License-Identifier: GPL-3.0-or-later
"""Safety rules: breath holds a profile may not use, and a gentler pattern after dizziness."""

from __future__ import annotations

from breathapp.core.patterns import PRESETS, Pacing, Preset, target_pattern
from breathapp.core.profiles import Profile
from breathapp.core.session import SessionRecord

# After feeling dizzy: quicker, shorter breaths without pauses, so nobody over-breathes.
GENTLER_PRESET_ID = "gentle"


class HoldsNotAllowedError(ValueError):
    """The profile is set to no breath holds and the pattern has them."""

    def __init__(self, pattern_text: str) -> None:
        self.pattern_text = pattern_text
        super().__init__(
            f"{pattern_text} has breath holds, and this profile is set to no breath holds"
        )


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


def gentler_after(last: SessionRecord | None) -> str | None:
    """The preset to suggest when the last session ended with dizziness, else None."""
    if last is None or not last.dizzy:
        return None
    return GENTLER_PRESET_ID
