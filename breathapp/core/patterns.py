# SPDX-License-Identifier: GPL-3.0-or-later
"""Breathing patterns: phases in seconds, presets, the text form and validation."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from typing import NamedTuple

PHASE_MAX_S = 20.0
BREATH_MIN_S = 1.0  # inhale and exhale
CYCLE_MAX_S = 40.0
RATE_MIN_BPM = 3.0
RATE_MAX_BPM = 12.0
RATIO_MIN = 1.0  # exhale / inhale, 1:1
RATIO_MAX = 2.0  # 1:2
RAMP_MIN_MINUTES = 0.5
RAMP_MAX_MINUTES = 30.0
# Phases are kept to the millisecond so text, storage and arithmetic agree exactly.
_RESOLUTION = 1000


class Phase(Enum):
    """One part of a breath, in the order they happen."""

    INHALE = "inhale"
    TOP_UP = "top_up"  # the short second inhale of the physiological sigh
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"

    @property
    def is_hold(self) -> bool:
        return self in (Phase.HOLD_IN, Phase.HOLD_OUT)


class Problem(Enum):
    """What is wrong with a pattern, ramp or pattern text."""

    PHASE_RANGE = "phase_range"  # a phase outside its limits
    CYCLE_TOO_LONG = "cycle_too_long"
    RATE_RANGE = "rate_range"
    RATIO_RANGE = "ratio_range"
    RAMP_MINUTES_RANGE = "ramp_minutes_range"
    BAD_TEXT = "bad_text"
    UNKNOWN_PRESET = "unknown_preset"


class PatternError(ValueError):
    """A pattern that breaks a limit; carries the facts so the ui can say it in any language."""

    def __init__(
        self,
        problem: Problem,
        *,
        field: str = "",
        low: float = 0.0,
        high: float = 0.0,
        got: float | str = "",
    ) -> None:
        self.problem = problem
        self.field = field
        self.low = low
        self.high = high
        self.got = got
        super().__init__(self._english())

    def _english(self) -> str:
        if self.problem is Problem.PHASE_RANGE:
            name = self.field.replace("_", " ")
            return f"{name} must be {fmt_s(self.low)} to {fmt_s(self.high)} seconds, got {self.got}"
        if self.problem is Problem.CYCLE_TOO_LONG:
            return f"a whole breath must last at most {fmt_s(self.high)} seconds, got {self.got}"
        if self.problem is Problem.RATE_RANGE:
            return (
                f"{self.field or 'rate'} must be {fmt_s(self.low)} to {fmt_s(self.high)} "
                f"breaths per minute, got {self.got}"
            )
        if self.problem is Problem.RATIO_RANGE:
            return f"exhale must be 1 to 2 times as long as the inhale, got 1:{self.got}"
        if self.problem is Problem.RAMP_MINUTES_RANGE:
            return f"ramp must last {fmt_s(self.low)} to {fmt_s(self.high)} minutes, got {self.got}"
        if self.problem is Problem.UNKNOWN_PRESET:
            return f"unknown pattern {self.got!r}: use a preset id or IN-HOLD-OUT-HOLD seconds"
        return (
            f"pattern {self.got!r} is not IN-HOLD-OUT-HOLD in seconds (for example 4-0-6-0 "
            "or 2+1-0-6-0)"
        )


def fmt_s(value: float) -> str:
    """Seconds as short text: 4, 5.5, 0.25 (no trailing zeros)."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _q(value: float) -> float:
    return round(value * _RESOLUTION) / _RESOLUTION


@dataclass(frozen=True)
class Pattern:
    """Seconds per phase of one breath. Construct through ``Pattern.make`` to validate."""

    inhale_s: float
    hold_in_s: float
    exhale_s: float
    hold_out_s: float
    top_up_s: float = 0.0

    @classmethod
    def make(
        cls,
        inhale_s: float,
        hold_in_s: float,
        exhale_s: float,
        hold_out_s: float,
        top_up_s: float = 0.0,
    ) -> Pattern:
        """A validated pattern, or PatternError naming the first broken limit."""
        values = {
            "inhale": (inhale_s, BREATH_MIN_S),
            "top_up": (top_up_s, 0.0),
            "hold_in": (hold_in_s, 0.0),
            "exhale": (exhale_s, BREATH_MIN_S),
            "hold_out": (hold_out_s, 0.0),
        }
        for name, (value, low) in values.items():
            if not math.isfinite(value) or not low <= value <= PHASE_MAX_S:
                raise PatternError(
                    Problem.PHASE_RANGE, field=name, low=low, high=PHASE_MAX_S, got=fmt_s(value)
                )
        pattern = cls(_q(inhale_s), _q(hold_in_s), _q(exhale_s), _q(hold_out_s), _q(top_up_s))
        if pattern.cycle_s > CYCLE_MAX_S + 1e-9:
            raise PatternError(Problem.CYCLE_TOO_LONG, high=CYCLE_MAX_S, got=fmt_s(pattern.cycle_s))
        return pattern

    @classmethod
    def from_rate(cls, rate_bpm: float, exhale_ratio: float) -> Pattern:
        """A pattern without holds from breaths per minute and the exhale:inhale ratio."""
        if not math.isfinite(rate_bpm) or not RATE_MIN_BPM <= rate_bpm <= RATE_MAX_BPM:
            raise PatternError(
                Problem.RATE_RANGE, low=RATE_MIN_BPM, high=RATE_MAX_BPM, got=fmt_s(rate_bpm)
            )
        if not math.isfinite(exhale_ratio) or not RATIO_MIN <= exhale_ratio <= RATIO_MAX:
            raise PatternError(
                Problem.RATIO_RANGE, low=RATIO_MIN, high=RATIO_MAX, got=fmt_s(exhale_ratio)
            )
        cycle_s = 60.0 / rate_bpm
        inhale_s = _q(cycle_s / (1.0 + exhale_ratio))
        return cls.make(inhale_s, 0.0, _q(cycle_s - inhale_s), 0.0)

    @cached_property
    def phases(self) -> tuple[tuple[Phase, float], ...]:
        """The phases that last longer than zero, in order, with their seconds."""
        all_phases = (
            (Phase.INHALE, self.inhale_s),
            (Phase.TOP_UP, self.top_up_s),
            (Phase.HOLD_IN, self.hold_in_s),
            (Phase.EXHALE, self.exhale_s),
            (Phase.HOLD_OUT, self.hold_out_s),
        )
        return tuple((p, s) for p, s in all_phases if s > 0)

    @cached_property
    def cycle_s(self) -> float:
        # Summed in integer milliseconds so 5.5 + 5.5 is exactly 11.
        total_ms = sum(round(s * _RESOLUTION) for _, s in self.phases)
        return total_ms / _RESOLUTION

    @property
    def rate_bpm(self) -> float:
        return 60.0 / self.cycle_s

    @property
    def exhale_ratio(self) -> float:
        """Exhale seconds per second of inhale (2.0 means 1:2)."""
        return self.exhale_s / (self.inhale_s + self.top_up_s)

    @property
    def has_holds(self) -> bool:
        return self.hold_in_s > 0 or self.hold_out_s > 0

    def text(self) -> str:
        """The IN-HOLD-OUT-HOLD text form; the sigh's top-up is written as 2+1."""
        inhale = fmt_s(self.inhale_s)
        if self.top_up_s > 0:
            inhale += "+" + fmt_s(self.top_up_s)
        parts = (inhale, fmt_s(self.hold_in_s), fmt_s(self.exhale_s), fmt_s(self.hold_out_s))
        return "-".join(parts)


class Preset(NamedTuple):
    """A named pattern with a stable id (ids are stored and typed on command lines)."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).
    id: str
    pattern: Pattern


PRESETS: tuple[Preset, ...] = (
    Preset("calm", Pattern.make(4, 0, 6, 0)),
    Preset("coherent", Pattern.make(5, 0, 5, 0)),
    Preset("coherent-5.5", Pattern.make(5.5, 0, 5.5, 0)),
    Preset("long-exhale", Pattern.make(3, 0, 7, 0)),
    Preset("gentle", Pattern.make(3, 0, 4, 0)),
    Preset("box", Pattern.make(4, 4, 4, 4)),
    Preset("4-7-8", Pattern.make(4, 7, 8, 0)),
    Preset("sigh", Pattern.make(2, 0, 6, 0, top_up_s=1)),
)
DEFAULT_PRESET_ID = "calm"
_BY_ID = {p.id: p for p in PRESETS}

_NUMBER = r"\d+(?:[.,]\d+)?"
_TEXT_RE = re.compile(
    rf"^\s*(?P<inhale>{_NUMBER})(?:\+(?P<top_up>{_NUMBER}))?"
    rf"(?:-(?P<hold_in>{_NUMBER})-(?P<exhale>{_NUMBER})-(?P<hold_out>{_NUMBER})"
    rf"|-(?P<exhale_only>{_NUMBER}))\s*$"
)


def preset(preset_id: str) -> Preset:
    try:
        return _BY_ID[preset_id]
    except KeyError:
        raise PatternError(Problem.UNKNOWN_PRESET, got=preset_id) from None


def parse(text: str) -> Pattern:
    """Pattern from ``IN-HOLD-OUT-HOLD`` seconds (``4-7-8-0``, ``5,5-0-5,5-0``, ``2+1-0-6-0``).

    ``IN-OUT`` is accepted as a short form without holds.
    """
    match = _TEXT_RE.match(text)
    if match is None:
        raise PatternError(Problem.BAD_TEXT, got=text)

    def num(name: str) -> float:
        raw = match.group(name)
        return float(raw.replace(",", ".")) if raw else 0.0

    exhale = num("exhale") if match.group("exhale") else num("exhale_only")
    return Pattern.make(num("inhale"), num("hold_in"), exhale, num("hold_out"), num("top_up"))


def resolve(spec: str) -> tuple[Pattern, str | None]:
    """A preset id or a pattern text, as typed on a command line or stored in preferences.

    Returns the pattern and the preset id it came from (None for a custom pattern).
    """
    spec = spec.strip()
    if spec in _BY_ID:
        return _BY_ID[spec].pattern, spec
    if _TEXT_RE.match(spec) is None:
        problem = Problem.BAD_TEXT if any(c.isdigit() for c in spec) else Problem.UNKNOWN_PRESET
        raise PatternError(problem, got=spec)
    pattern = parse(spec)
    for p in PRESETS:
        if p.pattern == pattern:
            return pattern, p.id
    return pattern, None


class Ramp(NamedTuple):
    """Ease from ``start_bpm`` to the pattern's own rate over ``duration_s``, ratio kept."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).
    pattern: Pattern
    start_bpm: float
    duration_s: float

    @classmethod
    def make(cls, pattern: Pattern, start_bpm: float, minutes: float) -> Ramp:
        if not math.isfinite(start_bpm) or not RATE_MIN_BPM <= start_bpm <= RATE_MAX_BPM:
            raise PatternError(
                Problem.RATE_RANGE,
                field="start rate",
                low=RATE_MIN_BPM,
                high=RATE_MAX_BPM,
                got=fmt_s(start_bpm),
            )
        if not math.isfinite(minutes) or not RAMP_MIN_MINUTES <= minutes <= RAMP_MAX_MINUTES:
            raise PatternError(
                Problem.RAMP_MINUTES_RANGE,
                low=RAMP_MIN_MINUTES,
                high=RAMP_MAX_MINUTES,
                got=fmt_s(minutes),
            )
        return cls(pattern, float(start_bpm), float(minutes) * 60.0)


Pacing = Pattern | Ramp


def target_pattern(pacing: Pacing) -> Pattern:
    return pacing.pattern if isinstance(pacing, Ramp) else pacing
