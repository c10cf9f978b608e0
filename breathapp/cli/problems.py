# SPDX-License-Identifier: GPL-3.0-or-later
"""Core's refusals (a pattern, a length, breath holds) said in the command line's words and
language: in English exactly as core words them, with the option names the command takes."""

from __future__ import annotations

from breathapp.cli.words import decimal, fill, translate
from breathapp.core.patterns import PatternError, Problem, fmt_s
from breathapp.core.safety import HoldsNotAllowedError
from breathapp.core.session import (
    BREATHS_MAX,
    BREATHS_MIN,
    MINUTES_MAX,
    MINUTES_MIN,
    LengthError,
    LengthKind,
)


def _field(name: str) -> str:
    names = {
        "inhale": translate("cli", "inhale"),
        "top_up": translate("cli", "top up"),
        "hold_in": translate("cli", "hold in"),
        "exhale": translate("cli", "exhale"),
        "hold_out": translate("cli", "hold out"),
    }
    return names.get(name, name.replace("_", " "))


def pattern_problem(error: PatternError) -> str:
    """What is wrong with a --start pattern, and how to write it."""
    low, high, got = decimal(fmt_s(error.low)), decimal(fmt_s(error.high)), str(error.got)
    if error.problem is Problem.PHASE_RANGE:
        text = translate("cli", "%1 must be %2 to %3 seconds, got %4")
        return fill(text, _field(error.field), low, high, decimal(got))
    if error.problem is Problem.CYCLE_TOO_LONG:
        text = translate("cli", "a whole breath must last at most %1 seconds, got %2")
        return fill(text, high, decimal(got))
    if error.problem is Problem.UNKNOWN_PRESET:
        text = translate("cli", "unknown pattern %1: use a preset id or IN-HOLD-OUT-HOLD seconds")
        return fill(text, repr(error.got))
    if error.problem is Problem.BAD_TEXT:
        text = translate(
            "cli",
            "pattern %1 is not IN-HOLD-OUT-HOLD in seconds (for example 4-0-6-0 or 2+1-0-6-0)",
        )
        return fill(text, repr(error.got))
    return str(error)  # a pace or a ramp: never from the command line's options


def length_problem(error: LengthError) -> str:
    """A --minutes or --breaths outside its limits."""
    got = decimal(f"{error.got:g}")
    if error.kind is LengthKind.MINUTES:
        text = translate("cli", "minutes must be %1 to %2, got %3")
        return fill(text, decimal(f"{MINUTES_MIN:g}"), f"{MINUTES_MAX:g}", got)
    text = translate("cli", "breaths must be a whole number, %1 to %2, got %3")
    return fill(text, BREATHS_MIN, BREATHS_MAX, got)


def holds_problem(error: HoldsNotAllowedError) -> str:
    """A pattern with breath holds for a profile set to none."""
    text = fill(
        translate("cli", "%1 has breath holds, and this profile is set to no breath holds"),
        error.pattern_text,
    )
    return f"{error.where}: {text}" if error.where else text
