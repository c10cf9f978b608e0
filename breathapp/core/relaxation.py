# SPDX-License-Identifier: GPL-3.0-or-later
"""Guided relaxation: scripts of timed steps, their validation, and a player over a clock."""

from __future__ import annotations

import math
from enum import Enum
from typing import NamedTuple

from breathapp.core.patterns import Pattern, PatternError, resolve

FORMAT_VERSION = 1
KIND_PREFIX = "relaxation:"  # a stored session's kind: "relaxation:<script id>"
TITLE_CHARS = (3, 60)
SUMMARY_CHARS = (10, 140)
TEXT_CHARS = (1, 240)
STEPS = (2, 60)
BREATHS = (1, 60)
TOTAL_S_MAX = 30 * 60.0
FILE_BYTES_MAX = 64_000
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_TOP_KEYS = frozenset({"format", "id", "language", "title", "summary", "order", "listed", "steps"})
STEP_ID_CHARS = (1, 40)
ORDER = (1, 99)  # where a session stands in the list; lower first


class StepKind(Enum):
    SAY = "say"  # an instruction to read and follow
    TENSE = "tense"  # tense a muscle group lightly
    RELEASE = "release"  # let go and notice
    BREATHE = "breathe"  # breathe with the guide for a number of whole breaths


# Seconds each kind of step may last (breathe steps take theirs from their breaths).
SECONDS = {
    StepKind.SAY: (3.0, 120.0),
    StepKind.TENSE: (3.0, 10.0),  # short and light: back-safe (CLINICAL.md)
    StepKind.RELEASE: (10.0, 60.0),
}
_STEP_KEYS = {
    StepKind.SAY: frozenset({"id", "kind", "text", "seconds"}),
    StepKind.TENSE: frozenset({"id", "kind", "text", "seconds"}),
    StepKind.RELEASE: frozenset({"id", "kind", "text", "seconds"}),
    StepKind.BREATHE: frozenset({"id", "kind", "text", "pattern", "breaths"}),
}


class ScriptProblem(Enum):
    """What is wrong in a script file."""

    UNREADABLE = "unreadable"  # cannot be read, too large, or not UTF-8
    SYNTAX = "syntax"  # not valid TOML
    MISSING = "missing"
    UNKNOWN_KEY = "unknown_key"
    WRONG_TYPE = "wrong_type"
    OUT_OF_RANGE = "out_of_range"
    BAD_VALUE = "bad_value"  # an unknown kind, a pattern that does not parse, a bad id
    MISMATCH = "mismatch"  # id or language differ from the file name
    HOLDS = "holds"  # relaxation breathes without holds, for every profile
    TOO_LONG = "too_long"  # the whole session


class ScriptError(ValueError):
    """A broken script: names the file, the step (1-based, or None) and the field."""

    def __init__(
        self,
        source: str,
        problem: ScriptProblem,
        detail: str,
        step: int | None = None,
        field: str | None = None,
    ) -> None:
        self.source = source
        self.problem = problem
        self.detail = detail
        self.step = step
        self.field = field
        where = [source]
        if step is not None:
            where.append(f"step {step}")
        if field is not None:
            where.append(f"field '{field}'")
        super().__init__(f"{', '.join(where)}: {detail}")


class Step(NamedTuple):
    # NamedTuples, not dataclasses: nothing to compile when the window starts.
    kind: StepKind
    text: str
    seconds: float
    pattern: Pattern | None = None  # breathe steps only
    breaths: int = 0  # breathe steps only
    id: str = ""  # unique in its script, the same in every language: what a recording is of


class Script:
    """One relaxation session in one language; a value, never changed once made."""

    __slots__ = (
        "id",
        "language",
        "listed",
        "order",
        "starts_s",
        "steps",
        "summary",
        "title",
        "total_s",
    )

    def __init__(
        self,
        id: str,
        language: str,
        title: str,
        summary: str,
        steps: tuple[Step, ...],
        order: int = 50,
        listed: bool = True,
    ) -> None:
        self.id = id
        # False: not in the Relax list; opened from elsewhere (the flare-up session from a
        # bad day). The file's optional ``listed = false``.
        self.listed = listed
        self.language = language
        self.title = title
        self.summary = summary
        self.steps = steps
        self.order = order
        starts, t = [], 0.0
        for step in steps:
            starts.append(t)
            t += step.seconds
        self.starts_s: tuple[float, ...] = tuple(starts)  # when each step begins
        self.total_s = t

    def __repr__(self) -> str:
        return f"Script({self.id!r}, {self.language!r}, {len(self.steps)} steps)"

    @property
    def minutes(self) -> int:
        """Whole minutes, as a list shows it (at least 1)."""
        return max(1, round(self.total_s / 60.0))

    @property
    def kind(self) -> str:
        return KIND_PREFIX + self.id

    def step_at(self, position_s: float) -> int:
        """The index of the step running at ``position_s``."""
        index = 0
        for i, start in enumerate(self.starts_s):
            if position_s + 1e-9 >= start:
                index = i
        return index


class Library(NamedTuple):
    """The scripts that loaded, in list order, and what was wrong with the others."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads.
    scripts: tuple[Script, ...]
    problems: tuple[ScriptError, ...]

    def get(self, script_id: str) -> Script | None:
        return next((s for s in self.scripts if s.id == script_id), None)

    def listed(self) -> tuple[Script, ...]:
        """The scripts the Relax list shows: all but those whose file says ``listed = false``."""
        return tuple(s for s in self.scripts if s.listed)


def script_id_of(kind: str) -> str | None:
    """The script id in a stored session kind, or None for a breathing session."""
    return kind[len(KIND_PREFIX) :] if kind.startswith(KIND_PREFIX) else None


# -- reading ----------------------------------------------------------------------------


class _Reader:
    """Checks one parsed file field by field; every error names where it is."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(
        self, problem: ScriptProblem, detail: str, step: int | None = None, key: str | None = None
    ) -> ScriptError:
        return ScriptError(self.source, problem, detail, step, key)

    def keys(self, table: dict[str, object], allowed: frozenset[str], step: int | None) -> None:
        for key in table:
            if key not in allowed:
                raise self.fail(ScriptProblem.UNKNOWN_KEY, "is not a known field", step, key)

    def text(
        self, table: dict[str, object], key: str, limits: tuple[int, int], step: int | None = None
    ) -> str:
        if key not in table:
            raise self.fail(ScriptProblem.MISSING, "is missing", step, key)
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(ScriptProblem.WRONG_TYPE, "must be text", step, key)
        value = " ".join(value.split())
        low, high = limits
        if not low <= len(value) <= high:
            raise self.fail(
                ScriptProblem.OUT_OF_RANGE,
                f"must be {low} to {high} characters, got {len(value)}",
                step,
                key,
            )
        return value

    def number(
        self, table: dict[str, object], key: str, limits: tuple[float, float], step: int
    ) -> float:
        if key not in table:
            raise self.fail(ScriptProblem.MISSING, "is missing", step, key)
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(ScriptProblem.WRONG_TYPE, "must be a number", step, key)
        low, high = limits
        if not math.isfinite(value) or not low <= value <= high:
            raise self.fail(
                ScriptProblem.OUT_OF_RANGE, f"must be {low:g} to {high:g}, got {value:g}", step, key
            )
        return float(value)

    def step(self, raw: object, n: int) -> Step:
        if not isinstance(raw, dict):
            raise self.fail(ScriptProblem.WRONG_TYPE, "must be a table ([[steps]])", n)
        if "kind" not in raw:
            raise self.fail(ScriptProblem.MISSING, "is missing", n, "kind")
        try:
            kind = StepKind(raw["kind"])
        except ValueError:
            names = ", ".join(k.value for k in StepKind)
            raise self.fail(
                ScriptProblem.BAD_VALUE, f"must be one of {names}, got {raw['kind']!r}", n, "kind"
            ) from None
        self.keys(raw, _STEP_KEYS[kind], n)
        step_id = self.step_id(raw, n)
        text = self.text(raw, "text", TEXT_CHARS, n)
        if kind is not StepKind.BREATHE:
            return Step(kind, text, self.number(raw, "seconds", SECONDS[kind], n), id=step_id)
        pattern = self.pattern(raw, n)
        breaths = self.number(raw, "breaths", BREATHS, n)
        if breaths != int(breaths):
            raise self.fail(ScriptProblem.WRONG_TYPE, "must be a whole number", n, "breaths")
        return Step(kind, text, pattern.cycle_s * int(breaths), pattern, int(breaths), step_id)

    def step_id(self, raw: dict[str, object], n: int) -> str:
        """The step's own id: what a therapist's recording of it is tied to."""
        step_id = self.text(raw, "id", STEP_ID_CHARS, n)
        if not set(step_id) <= _ID_CHARS:
            raise self.fail(ScriptProblem.BAD_VALUE, "may hold only a-z, 0-9 and '-'", n, "id")
        return step_id

    def pattern(self, raw: dict[str, object], n: int) -> Pattern:
        spec = raw.get("pattern")
        if spec is None:
            raise self.fail(ScriptProblem.MISSING, "is missing", n, "pattern")
        if not isinstance(spec, str):
            raise self.fail(ScriptProblem.WRONG_TYPE, "must be text", n, "pattern")
        try:
            pattern, _preset = resolve(spec)
        except PatternError as error:
            raise self.fail(ScriptProblem.BAD_VALUE, str(error), n, "pattern") from None
        if pattern.has_holds:
            raise self.fail(
                ScriptProblem.HOLDS, "relaxation sessions breathe without holds", n, "pattern"
            )
        return pattern


def parse_script(
    text: str, source: str, expect_id: str | None = None, expect_language: str | None = None
) -> Script:
    """A script from the text of its TOML file; ScriptError says what is wrong and where."""
    import tomllib  # about 10 ms to import: only when a session list is first needed

    r = _Reader(source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise r.fail(ScriptProblem.SYNTAX, f"is not valid TOML ({error})") from None
    r.keys(data, _TOP_KEYS, None)
    version = data.get("format")
    if version != FORMAT_VERSION:
        raise r.fail(ScriptProblem.BAD_VALUE, f"must be {FORMAT_VERSION}", None, "format")
    script_id = r.text(data, "id", (1, 40))
    if not set(script_id) <= _ID_CHARS:
        raise r.fail(ScriptProblem.BAD_VALUE, "may hold only a-z, 0-9 and '-'", None, "id")
    try:
        resolve(script_id)
    except PatternError:
        pass
    else:
        raise r.fail(ScriptProblem.BAD_VALUE, "is taken by a breathing pattern", None, "id")
    language = r.text(data, "language", (2, 5))
    for key, got, expected in (
        ("id", script_id, expect_id),
        ("language", language, expect_language),
    ):
        if expected is not None and got != expected:
            raise r.fail(
                ScriptProblem.MISMATCH, f"is {got!r}, the file name says {expected!r}", None, key
            )
    title = r.text(data, "title", TITLE_CHARS)
    summary = r.text(data, "summary", SUMMARY_CHARS)
    order = data.get("order", 50)
    if isinstance(order, bool) or not isinstance(order, int) or not ORDER[0] <= order <= ORDER[1]:
        raise r.fail(
            ScriptProblem.OUT_OF_RANGE,
            f"must be a whole number {ORDER[0]} to {ORDER[1]}",
            None,
            "order",
        )
    listed = data.get("listed", True)
    if not isinstance(listed, bool):
        raise r.fail(ScriptProblem.WRONG_TYPE, "must be true or false", None, "listed")
    raw_steps = data.get("steps")
    if raw_steps is None:
        raise r.fail(ScriptProblem.MISSING, "is missing", None, "steps")
    if not isinstance(raw_steps, list):
        raise r.fail(ScriptProblem.WRONG_TYPE, "must be a list of [[steps]]", None, "steps")
    if not STEPS[0] <= len(raw_steps) <= STEPS[1]:
        raise r.fail(
            ScriptProblem.OUT_OF_RANGE,
            f"must hold {STEPS[0]} to {STEPS[1]} steps, got {len(raw_steps)}",
            None,
            "steps",
        )
    steps = tuple(r.step(raw, n) for n, raw in enumerate(raw_steps, start=1))
    seen: set[str] = set()
    for n, step in enumerate(steps, start=1):
        if step.id in seen:
            raise r.fail(ScriptProblem.BAD_VALUE, f"{step.id!r} is used twice", n, "id")
        seen.add(step.id)
    script = Script(script_id, language, title, summary, steps, order, listed)
    if script.total_s > TOTAL_S_MAX:
        raise r.fail(
            ScriptProblem.TOO_LONG,
            f"lasts {script.total_s / 60:.1f} minutes; at most {TOTAL_S_MAX / 60:g}",
            None,
            "steps",
        )
    return script
