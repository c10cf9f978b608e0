# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files read back: size-limited, parsed as JSON, every field checked and typed."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from breathapp.core import strict_json
from breathapp.core.checkin import (
    NOTE_MAX_CHARS,  # the same limit as in the app
    RATING_MAX,
)
from breathapp.core.errors import BackupError
from breathapp.core.prefs import Preferences
from breathapp.core.session import LengthKind, SessionRecord, SessionStatus
from breathapp.core.strict_json import DuplicateKeyError
from breathapp.storage.backup_flare import NO_FLARE, Flare, read_flare
from breathapp.storage.plain_files import read_regular_file
from breathapp.storage.timestamps import from_iso_z

if TYPE_CHECKING:
    from breathapp.core.heart.beats import RrSeries
    from breathapp.core.heart.resonance import ResonanceTest
    from breathapp.core.live_pace import Shown
    from breathapp.core.movement import MovementDay
    from breathapp.storage.backup_sense import SessionSense

FORMAT = "breathapp-backup"
VERSION = 1
MAX_BACKUP_BYTES = 200 * 1024 * 1024
MAX_SESSIONS = 1_000_000

NAME_MAX_CHARS = 100
PATTERN_MAX_CHARS = 100
MAX_ACTIVE_S = 86_400.0  # a day
MAX_RATE_BPM = 60.0
MAX_BREATHS = 86_400
MAX_LENGTH_VALUE = 86_400.0
MAX_SHOWN = 1_000  # patterns in one demonstration's log
MAX_MOVEMENT_DAYS = 100_000  # more than 270 years of days

_UTC_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")
_DAY_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_KIND = re.compile(r"breathing|relaxation:[a-z0-9-]{1,40}")
_STATUSES = tuple(s.value for s in SessionStatus)
_LENGTH_KINDS = tuple(k.value for k in LengthKind)


class BackupSession(NamedTuple):
    """One session of a practice file, as typed values."""

    record: SessionRecord  # id and profile_id are None
    local_day: date
    checkpoint_utc: datetime | None
    beats: RrSeries | None = None  # from a heart sensor (backup_heart); none in older files


@dataclass(frozen=True)
class Backup:
    """A checked practice file."""

    source: str
    version: int
    exported_utc: datetime
    app_version: str
    profile_name: str
    no_holds: bool
    ask_pain: bool
    # The usable preferences of the file, by name; Preferences.from_dict() takes them.
    preferences: Mapping[str, Any]
    sessions: tuple[BackupSession, ...]
    movement_days: tuple[date, ...] = ()  # days with movement; none in older files
    # The minutes per day, oldest first: a day of movement_days without minutes in the file
    # (an old tick) is 15 "or more" (at_least). Every day here is in movement_days.
    movement: tuple[MovementDay, ...] = ()
    # Bad days and notes for the therapist (backup_flare); none in older files.
    flare: Flare = NO_FLARE
    resonance: tuple[ResonanceTest, ...] = ()  # resonance tests (backup_heart); none before


def read_backup(
    data: bytes, source: str, *, now_utc: datetime, script_ids: Collection[str]
) -> Backup:
    """Check a practice file completely; raises BackupError saying where it is wrong.

    ``source`` names the file in messages. Nothing is executed; size is checked first.
    Each session is checked for meaning too (backup_sense): times up to the file's saving,
    which is at most a day after ``now_utc``; a relaxation session one of ``script_ids``.
    A session still running when the file was saved is read as interrupted, as the store
    itself would recover it.
    """
    if len(data) > MAX_BACKUP_BYTES:
        raise BackupError(source, "", f"is larger than {MAX_BACKUP_BYTES // 2**20} MB")
    try:
        text = data.decode("utf-8-sig")  # a byte order mark (some Windows editors) is fine
    except UnicodeDecodeError as error:
        raise BackupError(source, f"byte {error.start}", "is not UTF-8 text") from None
    try:
        top = strict_json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise BackupError(source, where, f"is not valid JSON ({error.msg})") from None
    except DuplicateKeyError as error:
        raise BackupError(source, error.where, "is given more than once") from None
    except (ValueError, RecursionError) as error:
        raise BackupError(source, "", f"is not valid JSON ({error})") from None
    return _Reader(source, now_utc, script_ids).backup(top)


def load_backup(
    path: str | Path,
    source: str | None = None,
    *,
    now_utc: datetime,
    script_ids: Collection[str],
) -> Backup:
    """Read and check the practice file at ``path`` (reading no more than the size limit);
    ``now_utc`` and ``script_ids`` as for read_backup."""
    name = str(path) if source is None else source
    try:
        # A regular file only: a named pipe with no writer would wait for ever.
        data = read_regular_file(Path(path), MAX_BACKUP_BYTES + 1)
    except OSError as error:
        raise BackupError(name, "", f"cannot be read: {error.strerror or error}") from None
    return read_backup(data, name, now_utc=now_utc, script_ids=script_ids)


_MISSING = object()


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


class _Reader:
    """Typed fields of the parsed file; each failure names its place."""

    def __init__(self, source: str, now_utc: datetime, script_ids: Collection[str]) -> None:
        self.source = source
        self.now_utc = now_utc
        self.script_ids = script_ids

    def fail(self, where: str, message: str, got: object = _MISSING) -> BackupError:
        if got is not _MISSING:
            message = f"{message}, got {_shown(got)}"
        return BackupError(self.source, where, message)

    def get(self, obj: dict[str, Any], where: str, key: str) -> Any:
        try:
            return obj[key]
        except KeyError:
            raise self.fail(_at(where, key), "is missing") from None

    def object(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a JSON object", value)
        return value

    def text(self, obj: dict[str, Any], where: str, key: str, most: int) -> str:
        value = self.get(obj, where, key)
        if not isinstance(value, str):
            raise self.fail(_at(where, key), "must be text", value)
        if len(value) > most:
            raise self.fail(_at(where, key), f"must be at most {most} characters", len(value))
        if not value.isascii():
            try:  # JSON can spell half a character ("\ud800"), which the store cannot hold
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise self.fail(_at(where, key), "is not UTF-8 text") from None
        return value

    def flag(self, obj: dict[str, Any], where: str, key: str) -> bool:
        value = self.get(obj, where, key)
        if value is not True and value is not False:
            raise self.fail(_at(where, key), "must be true or false", value)
        return bool(value)

    def whole(self, obj: dict[str, Any], where: str, key: str, most: int) -> int:
        value = self.get(obj, where, key)
        # type() and not isinstance(): JSON true is a bool, which Python counts as an int.
        if type(value) is not int or not 0 <= value <= most:
            raise self.fail(_at(where, key), f"must be a whole number 0 to {most}", value)
        return int(value)

    def rating(self, obj: dict[str, Any], where: str, key: str) -> int | None:
        value = self.get(obj, where, key)
        if value is None:
            return None
        if type(value) is not int or not 0 <= value <= RATING_MAX:
            message = f"must be a whole number 0 to {RATING_MAX} or null"
            raise self.fail(_at(where, key), message, value)
        return int(value)

    def number(
        self, obj: dict[str, Any], where: str, key: str, most: float, least: float = 0.0
    ) -> float:
        value = self.get(obj, where, key)
        # A NaN fails the comparison, an infinity (1e999) the range.
        if type(value) not in (int, float) or not least <= value <= most:
            raise self.fail(_at(where, key), f"must be a number {least:g} to {most:g}", value)
        return float(value)

    def number_or_null(
        self, obj: dict[str, Any], where: str, key: str, most: float, least: float = 0.0
    ) -> float | None:
        if self.get(obj, where, key) is None:
            return None
        return self.number(obj, where, key, most, least)

    def moment(self, obj: dict[str, Any], where: str, key: str) -> datetime:
        value = self.get(obj, where, key)
        if isinstance(value, str) and _UTC_TEXT.fullmatch(value):
            try:
                return from_iso_z(value)
            except ValueError:
                pass
        message = "must be a UTC time like 2026-11-25T08:00:00.250Z"
        raise self.fail(_at(where, key), message, value)

    def moment_or_null(self, obj: dict[str, Any], where: str, key: str) -> datetime | None:
        if self.get(obj, where, key) is None:
            return None
        return self.moment(obj, where, key)

    def text_or_null(self, obj: dict[str, Any], where: str, key: str, most: int) -> str | None:
        if self.get(obj, where, key) is None:
            return None
        return self.text(obj, where, key, most)

    def day(self, obj: dict[str, Any], where: str, key: str) -> date:
        value = self.get(obj, where, key)
        if isinstance(value, str) and _DAY_TEXT.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(_at(where, key), "must be a date like 2026-11-25", value)

    def choice(self, obj: dict[str, Any], where: str, key: str, choices: tuple[str, ...]) -> str:
        value = self.get(obj, where, key)
        if not isinstance(value, str) or value not in choices:
            raise self.fail(_at(where, key), f"must be one of {', '.join(choices)}", value)
        return value

    # -- the file ------------------------------------------------------------------
    def backup(self, top: Any) -> Backup:
        top = self.object(top, "")
        if "format" not in top:
            raise self.fail("format", "is missing: this is not a BreathApp practice file")
        if top["format"] != FORMAT:
            message = f'must be "{FORMAT}": this is not a BreathApp practice file'
            raise self.fail("format", message, top["format"])
        version = self.get(top, "", "version")
        if type(version) is not int or version < 1:
            raise self.fail("version", "must be a whole number from 1", version)
        if version > VERSION:
            raise self.fail(
                "version",
                f"the file was made by a newer BreathApp (version {version});"
                f" this one reads version {VERSION}",
            )
        profile = self.object(self.get(top, "", "profile"), "profile")
        items = self.get(top, "", "sessions")
        if not isinstance(items, list):
            raise self.fail("sessions", "must be a list", items)
        if len(items) > MAX_SESSIONS:
            raise self.fail("sessions", f"must be at most {MAX_SESSIONS:,} sessions", len(items))
        # The checks of meaning load with the first file read: off the window's start.
        from breathapp.storage.backup_heart import read_resonance
        from breathapp.storage.backup_sense import ImplausibleError, SessionSense, check_exported

        exported = self.moment(top, "", "exported_utc")
        try:
            check_exported(exported, self.now_utc)
        except ImplausibleError as problem:
            raise self.fail("exported_utc", problem.message, top["exported_utc"]) from None
        sense = SessionSense(exported, self.script_ids)
        return Backup(
            source=self.source,
            version=version,
            exported_utc=exported,
            app_version=self.text(top, "", "app_version", NAME_MAX_CHARS),
            profile_name=self.text(profile, "profile", "name", NAME_MAX_CHARS),
            no_holds=self.flag(profile, "profile", "no_holds"),
            ask_pain=self.flag(profile, "profile", "ask_pain"),
            preferences=self.preferences(self.get(top, "", "preferences")),
            sessions=tuple(
                self.session(item, f"sessions[{i}]", sense) for i, item in enumerate(items)
            ),
            **self.movement(top, sense),
            flare=read_flare(self, top, sense),
            resonance=read_resonance(self, top, sense) if "resonance_tests" in top else (),
        )

    def movement(self, top: dict[str, Any], sense: SessionSense) -> dict[str, Any]:
        """movement_days and movement: the days moved, and the minutes of each."""
        from breathapp.storage.backup_movement import movement_of

        return movement_of(top, set(self.movement_days(top, sense)), sense, self.fail)

    def movement_days(self, top: dict[str, Any], sense: SessionSense) -> tuple[date, ...]:
        """The days "I moved" was ticked; a file from before the tick has none."""
        days = top.get("movement_days", [])
        if not isinstance(days, list):
            raise self.fail("movement_days", "must be a list", days)
        if len(days) > MAX_MOVEMENT_DAYS:
            message = f"must be at most {MAX_MOVEMENT_DAYS:,} days"
            raise self.fail("movement_days", message, len(days))
        read: set[date] = set()
        for i, value in enumerate(days):
            if isinstance(value, str) and _DAY_TEXT.fullmatch(value):
                try:
                    day = date.fromisoformat(value)
                except ValueError:
                    pass
                else:
                    if not sense.day(day):
                        raise self.fail(f"movement_days[{i}]", sense.day_message(), value)
                    read.add(day)
                    continue
            raise self.fail(f"movement_days[{i}]", "must be a date like 2026-11-25", value)
        return tuple(sorted(read))

    def preferences(self, value: Any) -> Mapping[str, Any]:
        """The usable values, read as the app reads its own store: never a reason to refuse."""
        given = self.object(value, "preferences")
        prefs, unusable = Preferences.from_dict(given)
        return {
            key: value
            for key, value in prefs.to_dict().items()
            if key in given and key not in unusable
        }

    def session(self, item: Any, where: str, sense: SessionSense) -> BackupSession:
        """One check per column of session_columns.FILE_COLUMNS, each with its own limits and
        message; tests/storage/test_session_columns.py fails when a column has none. Then
        what they mean together (backup_sense), each failure at the field it names."""
        s = self.object(item, where)
        kind = self.get(s, where, "kind")
        if not isinstance(kind, str) or not _KIND.fullmatch(kind):
            message = "must be breathing, or relaxation: and a session id of a-z, 0-9 and -"
            raise self.fail(f"{where}.kind", message, kind)
        started = self.moment(s, where, "started_utc")
        try:
            sense.started(started)
        except sense.Error as problem:
            raise self.fail(f"{where}.started_utc", problem.message, s["started_utc"]) from None
        local_day = self.day(s, where, "local_day")
        # Every zone is within 14 hours of UTC: a day further off is not the same session.
        if abs((local_day - started.date()).days) > 1:
            message = "must be the day the session started in the user's zone (see started_utc)"
            raise self.fail(f"{where}.local_day", message, local_day.isoformat())
        record = SessionRecord(
            kind=kind,
            started_utc=started,
            ended_utc=self.moment_or_null(s, where, "ended_utc"),
            active_s=self.number(s, where, "active_s", MAX_ACTIVE_S),
            pattern_text=self.text(s, where, "pattern_text", PATTERN_MAX_CHARS),
            pattern_id=self.text_or_null(s, where, "pattern_id", PATTERN_MAX_CHARS),
            rate_bpm=self.number(s, where, "rate_bpm", MAX_RATE_BPM),
            ramp_start_bpm=self.number_or_null(s, where, "ramp_start_bpm", MAX_RATE_BPM),
            breaths=self.whole(s, where, "breaths", MAX_BREATHS),
            status=SessionStatus(self.choice(s, where, "status", _STATUSES)),
            length_kind=LengthKind(self.choice(s, where, "length_kind", _LENGTH_KINDS)),
            length_value=self.number(s, where, "length_value", MAX_LENGTH_VALUE),
            dizzy=self.flag(s, where, "dizzy"),
            tension_before=self.rating(s, where, "tension_before"),
            tension_after=self.rating(s, where, "tension_after"),
            pain_before=self.rating(s, where, "pain_before"),
            pain_after=self.rating(s, where, "pain_after"),
            note=self.text(s, where, "note", NOTE_MAX_CHARS),
            shown=self.shown(s, where),
        )
        checkpoint = self.moment_or_null(s, where, "checkpoint_utc")
        try:
            record = sense.session(record, checkpoint)
        except sense.Error as problem:
            got = s.get(problem.field)
            raise self.fail(f"{where}.{problem.field}", problem.message, got) from None
        beats = None
        if s.get("beats") is not None:
            from breathapp.storage.backup_heart import read_beats_of

            beats = read_beats_of(self, s, where)
        return BackupSession(record, local_day, checkpoint, beats)

    def shown(self, s: dict[str, Any], where: str) -> tuple[Shown, ...]:
        """The demo log: absent (an older file) or null for an ordinary session."""
        items = s.get("demo_log")
        if items is None:
            return ()
        where = f"{where}.demo_log"
        if not isinstance(items, list):
            raise self.fail(where, "must be a list or null", items)
        if len(items) > MAX_SHOWN:
            raise self.fail(where, f"must be at most {MAX_SHOWN:,} patterns", len(items))
        from breathapp.core.live_pace import Shown  # only files with a demonstration
        from breathapp.core.patterns import PatternError, parse

        shown = []
        for i, item in enumerate(items):
            at = f"{where}[{i}]"
            entry = self.object(item, at)
            text = self.text(entry, at, "pattern", PATTERN_MAX_CHARS)
            try:
                pattern = parse(text)
            except PatternError:
                message = "must be a breathing pattern like 4-0-6-0"
                raise self.fail(f"{at}.pattern", message, text) from None
            shown.append(Shown(pattern, self.number(entry, at, "seconds", MAX_ACTIVE_S)))
        return tuple(shown)
