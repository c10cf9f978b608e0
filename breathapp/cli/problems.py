# SPDX-License-Identifier: GPL-3.0-or-later
"""Core's refusals (a pattern, a length, breath holds) said in the command line's words and
language: in English exactly as core words them, with the option names the command takes."""

from __future__ import annotations

from breathapp.cli.words import decimal, fill, translate
from breathapp.core.heart.beats import RR_MAX_MS, RR_MIN_MS
from breathapp.core.heart.rr_file import (
    RR_FILE_MAX_BYTES,
    RR_FILE_MIN_VALUES,
    RrFileError,
    RrProblem,
)
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


def rr_file_problem(error: RrFileError) -> str:
    """What is wrong with an --rr-replay file, naming the file and the line."""
    path, line, got = str(error.path), error.line, error.got
    if error.problem is RrProblem.UNREADABLE:
        return fill(translate("cli", "%1: cannot be read: %2"), path, got)
    if error.problem is RrProblem.TOO_LARGE:
        text = translate("cli", "%1: larger than %2 MB: not an RR file")
        return fill(text, path, RR_FILE_MAX_BYTES // 1_000_000)
    if error.problem is RrProblem.NOT_TEXT:
        text = translate(
            "cli", "%1: not a text file (UTF-8) with one interval in milliseconds a line"
        )
        return fill(text, path)
    if error.problem is RrProblem.NOT_A_NUMBER:
        text = translate("cli", "%1: line %2: %3 is not a number of milliseconds")
        return fill(text, path, line, repr(got))
    if error.problem is RrProblem.OUT_OF_RANGE:
        text = translate(
            "cli",
            "%1: line %2: %3 ms is not between %4 and %5 ms (the file is read in milliseconds)",
        )
        return fill(text, path, line, decimal(got), RR_MIN_MS, RR_MAX_MS)
    text = translate("cli", "%1: too few intervals (%2); at least %3 are needed")
    return fill(text, path, got, RR_FILE_MIN_VALUES)
