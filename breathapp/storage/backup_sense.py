# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files checked for meaning: times in range and in order, active time within the
span, breaths the pace allows, a pattern that parses, ids this BreathApp knows.

backup_read types each field; this says whether the typed session could have happened.
Every bound is the app's own (patterns, session lengths, relaxation scripts), with a small
tolerance where clocks and rounding meet, so a file the app wrote always passes.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from breathapp.core.patterns import (
    BREATH_MIN_S,
    PRESETS,
    RATE_MAX_BPM,
    RATE_MIN_BPM,
    Pattern,
    PatternError,
    parse,
)
from breathapp.core.session import Length, LengthError, LengthKind, SessionRecord, SessionStatus
from breathapp.storage.timestamps import to_iso_z

# BreathApp began in 2026; 2020 keeps clear of it and of every test's dates, while year 1
# or 1970 (a clock that was never set) is refused.
EARLIEST_UTC = datetime(2020, 1, 1, tzinfo=UTC)
# The exporter reads its clock before it reads the sessions; a session running meanwhile
# is checkpointed every few seconds, and opening a large store can take a while.
AFTER_EXPORT = timedelta(minutes=10)
# The computer that saved the file may have its clock (or its time zone) set wrong.
EXPORTED_AHEAD = timedelta(days=1)
# Two readings of the wall clock (start, end) may disagree a little with the monotonic one
# that counts active seconds: small steps of the system clock, rounding to milliseconds.
CLOCK_SLACK_S = 2.0
_CLOCK_SLACK = timedelta(seconds=CLOCK_SLACK_S)
ACTIVE_SLACK_SHARE = 0.01  # active time may pass the span by 2 s or 1 %, whichever is more
RATE_SLACK_BPM = 0.01  # the app stores the rate rounded to 0.001
BREATHS_SLACK = 2  # whole breaths counted at the edges
# The quickest breath any pattern allows: an inhale and an exhale of BREATH_MIN_S each.
FASTEST_BPM = 60.0 / (2 * BREATH_MIN_S)

_PRESETS = {p.id: p.pattern for p in PRESETS}


class ImplausibleError(ValueError):
    """A field whose value could not have happened; ``field`` is its key in the session."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def check_exported(exported_utc: datetime, now_utc: datetime) -> None:
    """When the file was saved: not before BreathApp, not (much) after now."""
    latest = now_utc + EXPORTED_AHEAD
    if not EARLIEST_UTC <= exported_utc <= latest:
        raise ImplausibleError(
            "exported_utc",
            f"must be from {to_iso_z(EARLIEST_UTC)} to {to_iso_z(latest)} (a day from now)",
        )


class SessionSense:
    """Checks the sessions of one file, saved at ``exported_utc``.

    ``script_ids`` are the relaxation sessions this app has (storage.relaxation_files.
    script_ids): a kind "relaxation:ID" must name one of them.
    """

    Error = ImplausibleError  # what its checks raise, for readers that load this lazily

    def __init__(self, exported_utc: datetime, script_ids: Collection[str]) -> None:
        self.latest = exported_utc + AFTER_EXPORT
        self._until = f"{to_iso_z(self.latest)} (the file was saved at {to_iso_z(exported_utc)})"
        self.last_day = exported_utc.date() + timedelta(days=1)  # the day east of UTC
        self._script_ids = frozenset(script_ids)
        self._patterns: dict[str, Pattern | None] = {}
        self._hows: dict[tuple[object, ...], float | ImplausibleError] = {}

    def started(self, started: datetime) -> None:
        """A session's start: read before its local day, which is checked against it."""
        if not EARLIEST_UTC <= started <= self.latest:
            raise ImplausibleError(
                "started_utc",
                f"must be from {to_iso_z(EARLIEST_UTC)} to {self._until}",
            )

    def day(self, day: date) -> bool:
        """Whether a movement day is within the file's time."""
        return EARLIEST_UTC.date() <= day <= self.last_day

    def day_message(self) -> str:
        return f"must be a day from {EARLIEST_UTC.date()} to {self.last_day}"

    def _after_start(self, field: str, moment: datetime, started: datetime) -> None:
        if not started - _CLOCK_SLACK <= moment <= self.latest:
            raise ImplausibleError(
                field,
                f"must be from the session's start ({to_iso_z(started)}) to {self._until}",
            )

    def session(self, record: SessionRecord, checkpoint: datetime | None) -> SessionRecord:
        """``record`` as the store may take it, or ImplausibleError naming the first wrong field.

        A session still running when the file was saved comes back as the store's own
        recovery leaves it: interrupted, ended at its last checkpoint (or its start).
        """
        if record.ended_utc is not None:
            self._after_start("ended_utc", record.ended_utc, record.started_utc)
        if checkpoint is not None:
            self._after_start("checkpoint_utc", checkpoint, record.started_utc)
        record = self._ended(record, checkpoint)
        self._active(record)
        fastest = self._how(record)
        self._demo_log(record)
        for shown in record.shown:
            fastest = max(fastest, shown.pattern.rate_bpm)
        most = record.active_s * fastest / 60.0 + BREATHS_SLACK
        if record.breaths > most:
            raise ImplausibleError(
                "breaths",
                f"must be at most {math.floor(most)} in {record.active_s:g} active seconds"
                f" at {fastest:.3g} breaths a minute",
            )
        return record

    def _ended(self, record: SessionRecord, checkpoint: datetime | None) -> SessionRecord:
        if record.status is SessionStatus.RUNNING:
            if record.ended_utc is not None:
                raise ImplausibleError("ended_utc", "must be null while the session is running")
            # As Database._recover_interrupted does with a session a crash cut off.
            return replace(
                record,
                status=SessionStatus.INTERRUPTED,
                ended_utc=checkpoint or record.started_utc,
            )
        if record.ended_utc is None:
            raise ImplausibleError(
                "ended_utc", f"must be when the session ended (it is {record.status.value})"
            )
        return record

    def _how(self, record: SessionRecord) -> float:
        """The fields that say how the session breathed, checked once for every session
        that has the same (a file repeats a few); the quickest rate it may have breathed."""
        key = (
            record.kind,
            record.pattern_text,
            record.pattern_id,
            record.rate_bpm,
            record.ramp_start_bpm,
            record.length_kind,
            record.length_value,
        )
        known = self._hows.get(key)
        if known is None:
            try:
                if record.kind == "breathing":
                    known = self._breathing(record)
                else:
                    known = self._relaxation(record)
            except ImplausibleError as error:
                known = error
            self._hows[key] = known
        if isinstance(known, ImplausibleError):
            raise known
        return known

    def _active(self, record: SessionRecord) -> None:
        assert record.ended_utc is not None  # _ended gave every session an end
        span_s = max(0.0, (record.ended_utc - record.started_utc).total_seconds())
        most = span_s + max(CLOCK_SLACK_S, span_s * ACTIVE_SLACK_SHARE)
        if record.active_s > most:
            raise ImplausibleError(
                "active_s",
                f"must be at most {most:.3f}: the session lasted {span_s:.3f} seconds"
                " from its start to its end (or its last save)",
            )

    def _pattern(self, text: str) -> Pattern | None:
        if text not in self._patterns:
            try:
                self._patterns[text] = parse(text)
            except PatternError:
                self._patterns[text] = None
        return self._patterns[text]

    def _parsed(self, record: SessionRecord) -> Pattern:
        pattern = self._pattern(record.pattern_text)
        if pattern is None:
            raise ImplausibleError(
                "pattern_text", "must be a breathing pattern this app allows, like 4-0-6-0"
            )
        if abs(record.rate_bpm - pattern.rate_bpm) > RATE_SLACK_BPM:
            raise ImplausibleError(
                "rate_bpm", f"must be {pattern.rate_bpm:.3f}, the rate of {pattern.text()}"
            )
        return pattern

    def _breathing(self, record: SessionRecord) -> float:
        """The pattern, its preset, ramp and length; the quickest rate breathed."""
        pattern = self._parsed(record)
        if record.pattern_id is not None:
            preset = _PRESETS.get(record.pattern_id)
            if preset is None:
                known = ", ".join(_PRESETS)
                raise ImplausibleError("pattern_id", f"must be null or a preset: {known}")
            if preset != pattern:
                raise ImplausibleError(
                    "pattern_id",
                    f"is the preset {preset.text()}, not the session's {pattern.text()}",
                )
        fastest = pattern.rate_bpm
        ramp = record.ramp_start_bpm
        if ramp is not None:
            if not RATE_MIN_BPM <= ramp <= RATE_MAX_BPM:
                raise ImplausibleError(
                    "ramp_start_bpm",
                    f"must be null or {RATE_MIN_BPM:g} to {RATE_MAX_BPM:g} breaths a minute",
                )
            fastest = max(fastest, ramp)
        try:
            if record.length_kind is LengthKind.MINUTES:
                Length.minutes(record.length_value)
            else:
                Length.breaths(record.length_value)
        except LengthError as error:
            message = f"must fit the session's length: {error}"
            raise ImplausibleError("length_value", message) from None
        return fastest

    def _relaxation(self, record: SessionRecord) -> float:
        """A relaxation script's session: the quickest rate any of its steps may breathe."""
        from breathapp.core.relaxation import KIND_PREFIX, TOTAL_S_MAX

        script = record.kind[len(KIND_PREFIX) :]
        if script not in self._script_ids:
            message = f"names a relaxation session this BreathApp does not have: {script}"
            raise ImplausibleError("kind", message)
        if record.pattern_text:  # the first breathing step's pattern
            self._parsed(record)
        elif record.rate_bpm != 0:
            message = "must be 0 for a relaxation session without a pattern"
            raise ImplausibleError("rate_bpm", message)
        if record.pattern_id is not None:
            raise ImplausibleError("pattern_id", "must be null for a relaxation session")
        if record.ramp_start_bpm is not None:
            raise ImplausibleError("ramp_start_bpm", "must be null for a relaxation session")
        if record.length_kind is not LengthKind.MINUTES:
            raise ImplausibleError("length_kind", "must be minutes for a relaxation session")
        most = TOTAL_S_MAX / 60.0
        if not 0 < record.length_value <= most:
            message = f"must be more than 0 and at most {most:g} minutes"
            raise ImplausibleError("length_value", message)
        return FASTEST_BPM  # each breathing step may have its own pattern

    def _demo_log(self, record: SessionRecord) -> None:
        if not record.shown:
            return
        if record.kind != "breathing":
            raise ImplausibleError("demo_log", "must be null for a relaxation session")
        total_s = sum(s.seconds for s in record.shown)
        # each entry is rounded to the millisecond
        if total_s > record.active_s + CLOCK_SLACK_S + 0.001 * len(record.shown):
            raise ImplausibleError(
                "demo_log",
                f"lasts {total_s:g} seconds, more than the session's {record.active_s:g}",
            )
