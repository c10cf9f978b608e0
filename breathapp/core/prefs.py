# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences as a typed value; read tolerantly so a bad stored value never blocks start."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from breathapp.core.languages import LANGUAGES
from breathapp.core.patterns import (
    DEFAULT_PRESET_ID,
    RAMP_MAX_MINUTES,
    RAMP_MIN_MINUTES,
    RATE_MAX_BPM,
    RATE_MIN_BPM,
    Pacing,
    PatternError,
    Ramp,
    resolve,
)
from breathapp.core.session import (
    BREATHS_MAX,
    BREATHS_MIN,
    MINUTES_MAX,
    MINUTES_MIN,
    SETTLE_S,
    Length,
    LengthKind,
    SessionPlan,
)

if TYPE_CHECKING:
    from breathapp.core.heart.resonance import ResonanceSettings

# Ready for the day reminders are turned on: a morning and a winding-down evening practice
# ("several times a day"); "Use the plan's times" replaces them in one step.
DEFAULT_REMINDER_TIMES = ("09:00", "19:00")
APPEARANCES = ("light", "dark", "high_contrast")  # "" follows the system
BREATH_WORDS = ("off", "words", "count")  # the guide says nothing, "in"/"out"/"hold", or counts
BACKGROUNDS = ("off", "brown", "rain", "waves")
VOICE_RATE_DEFAULT = -0.3
VOICE_NAME_CHARS = 120


class GuideStyle(Enum):
    CIRCLE = "circle"
    BELLY = "belly"


@dataclass(frozen=True)
class Preferences:
    """What the app remembers for a profile between runs."""

    pattern: str = DEFAULT_PRESET_ID  # a preset id or a pattern text such as 4-2-6-0
    length_kind: LengthKind = LengthKind.MINUTES
    length_minutes: float = 5.0
    length_breaths: int = 30
    guide_style: GuideStyle = GuideStyle.CIRCLE
    reduced_motion: bool = False
    language: str = ""  # "" follows the system
    ramp: bool = False
    ramp_start_bpm: float = 10.0
    ramp_minutes: float = 3.0
    settle_in: bool = True
    safety_notice_seen: bool = False
    check_in: bool = True  # ask how tense (and in pain) before and after
    appearance: str = ""  # "" follows the system; else one of APPEARANCES
    sound_muted: bool = False
    sound_volume: int = 60  # percent
    cue_inhale: bool = True
    cue_exhale: bool = True
    cue_hold: bool = True
    cue_step: bool = True
    cue_end: bool = True
    eyes_closed: bool = False  # a soft hum follows the breath, for practice lying down
    daily_goal_minutes: int = 10  # the line on the history's bars
    reminders_on: bool = False
    reminder_times: tuple[str, ...] = DEFAULT_REMINDER_TIMES  # "HH:MM" local times, sorted
    reminders_paused_day: str = ""  # ISO date of a day without reminders; "" for none
    close_to_tray_told: bool = False  # the first close to the tray says so, once
    present_high_contrast: bool = False  # presentation mode: calm colours unless asked (C)
    present_key_strip: bool = True  # presentation mode: the live keys along the bottom (K)
    present_heart_fill: bool = False  # presentation mode with a heart: it fills the screen
    setup_more_open: bool = False  # the start screen shows what is under "More"
    voice_recorded: bool = True  # the therapist's recordings speak, where the voice pack has them
    voice_computer: bool = True  # the computer's voice speaks the steps nobody recorded
    voice_name: str = ""  # the speech engine's voice; "" picks one for the language
    voice_rate: float = VOICE_RATE_DEFAULT  # -1 (slowest) to 1; a little slow suits relaxation
    voice_pack: str = ""  # id of the voice pack in use; "" for none
    breath_words: str = "off"  # the guide speaks each phase: one of BREATH_WORDS
    background: str = "off"  # soft sound under a session: one of BACKGROUNDS
    background_volume: int = 30  # percent of the voice's volume, never louder than it
    # The pace a resonance test found and the therapist chose (breaths a minute); None: none.
    resonance_bpm: float | None = None
    # The resonance test's times (core.heart.resonance's defaults, written out so start-up
    # loads nothing of the heart; tests/core/test_prefs_resonance.py keeps them equal).
    resonance_step_s: float = 120.0  # seconds at each pace
    resonance_rest_s: float = 30.0  # seconds of free breathing between two paces
    resonance_inhale_share: float = 0.4  # breathing in 4 : out 6; never a hold

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, Enum):
                out[key] = value.value
            elif isinstance(value, tuple):
                out[key] = list(value)  # as JSON gives it back
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> tuple[Preferences, list[str]]:
        """Preferences from stored values; each bad value falls back to its default.

        Returns the preferences and the names of the values that were not usable.
        """
        prefs = cls()
        bad: list[str] = []
        for f in fields(cls):
            if f.name not in data:
                continue
            try:
                value = _check(f.name, data[f.name], getattr(prefs, f.name))
            except (ValueError, TypeError, PatternError):  # ReminderError is a ValueError
                bad.append(f.name)
                continue
            prefs = replace(prefs, **{f.name: value})
        return prefs, bad


GOAL_MINUTES_MIN = 1
GOAL_MINUTES_MAX = 120


def _in_range(value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(value)
    if not low <= value <= high:
        raise ValueError(value)
    return float(value)


def _check(name: str, value: Any, default: Any) -> Any:
    if isinstance(default, Enum):
        return type(default)(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise TypeError(value)
        return value
    if name == "pattern":
        if not isinstance(value, str):
            raise TypeError(value)
        resolve(value)
        return value
    if name == "language":
        if value not in ("", *LANGUAGES):
            raise ValueError(value)
        return value
    if name == "appearance":
        if value not in ("", *APPEARANCES):
            raise ValueError(value)
        return value
    if name in ("breath_words", "background"):
        if value not in (BREATH_WORDS if name == "breath_words" else BACKGROUNDS):
            raise ValueError(value)
        return value
    if name in ("voice_name", "voice_pack"):
        if not isinstance(value, str) or len(value) > VOICE_NAME_CHARS:
            raise ValueError(value)
        return value
    if name == "voice_rate":
        return _in_range(value, -1.0, 1.0)
    if name == "background_volume":
        return int(_in_range(value, 0, 100))
    if name == "reminder_times":
        if not isinstance(value, list | tuple):  # JSON gives a list
            raise TypeError(value)
        if tuple(value) == DEFAULT_REMINDER_TIMES:
            return DEFAULT_REMINDER_TIMES  # the usual case: nothing more to load at start-up
        from breathapp.core.reminders import check_times

        return check_times(value)
    if name == "reminders_paused_day":
        if not isinstance(value, str):
            raise TypeError(value)
        if value and date.fromisoformat(value).isoformat() != value:
            raise ValueError(value)
        return value
    if name == "length_minutes":
        return _in_range(value, MINUTES_MIN, MINUTES_MAX)
    if name == "length_breaths":
        return int(_in_range(value, BREATHS_MIN, BREATHS_MAX))
    if name == "sound_volume":
        return int(_in_range(value, 0, 100))
    if name == "daily_goal_minutes":
        return int(_in_range(value, GOAL_MINUTES_MIN, GOAL_MINUTES_MAX))
    if name == "ramp_start_bpm":
        return _in_range(value, RATE_MIN_BPM, RATE_MAX_BPM)
    if name == "resonance_bpm":
        return None if value is None else _in_range(value, RATE_MIN_BPM, RATE_MAX_BPM)
    if name.startswith("resonance_"):
        return _resonance_time(name, value)
    if name == "ramp_minutes":
        return _in_range(value, RAMP_MIN_MINUTES, RAMP_MAX_MINUTES)
    raise ValueError(name)


def _resonance_time(name: str, value: Any) -> float:
    """A resonance test's time within the test's limits (core.heart.resonance_limits)."""
    from breathapp.core.heart import resonance_limits as plan

    low, high = {
        "resonance_step_s": (plan.STEP_MIN_S, plan.STEP_MAX_S),
        "resonance_rest_s": (plan.REST_MIN_S, plan.REST_MAX_S),
        "resonance_inhale_share": (plan.SHARE_MIN, plan.SHARE_MAX),
    }[name]
    return _in_range(value, low, high)


def resonance_settings(
    prefs: Preferences, paces_bpm: tuple[float, ...] | None = None
) -> ResonanceSettings:
    """The resonance test's settings with this profile's times (and the usual paces)."""
    from breathapp.core.heart.resonance import DEFAULT_PACES_BPM, ResonanceSettings

    return ResonanceSettings(
        paces_bpm or DEFAULT_PACES_BPM,
        prefs.resonance_step_s,
        prefs.resonance_rest_s,
        prefs.resonance_inhale_share,
    )


def session_plan(prefs: Preferences, pattern_override: str | None = None) -> SessionPlan:
    """The session the preferences describe; raises PatternError or LengthError if invalid."""
    pattern, preset_id = resolve(pattern_override or prefs.pattern)
    pacing: Pacing = pattern
    if prefs.ramp:
        pacing = Ramp.make(pattern, prefs.ramp_start_bpm, prefs.ramp_minutes)
    if prefs.length_kind is LengthKind.BREATHS:
        length = Length.breaths(prefs.length_breaths)
    else:
        length = Length.minutes(prefs.length_minutes)
    return SessionPlan(pacing, length, preset_id, SETTLE_S if prefs.settle_in else 0.0)
