# SPDX-License-Identifier: GPL-3.0-or-later
"""Heart data in a practice file: a session's beats and the resonance tests; written, read
back strictly, merged.

A session with beats carries them in its own line (files written before them, and sessions
without a sensor, have none)::

    {"kind": "breathing", "started_utc": ..., ...,
     "beats": {"t_ms": [812, 1640, ...], "rr_ms": [812, 828, ...]}}

``t_ms`` is when each beat fell, in whole ms from the session's start (never decreasing),
``rr_ms`` the interval it ended, RR_MIN_MS to RR_MAX_MS; both lists have the same length.

The tests are a key at the file's top level (files written before them have none)::

    "resonance_tests": [{"started_utc": "2026-11-25T09:00:00.250Z",
      "settings": {"paces_bpm": [6.5, 6.0, 5.5, 5.0, 4.5], "step_s": 120.0, "rest_s": 30.0,
                   "inhale_share": 0.4},
      "windows": [{"rate_bpm": 6.5, "start_s": 0.0, "end_s": 120.0}, ...],
      "results": [{"rate_bpm": 6.5, "swing_bpm": 12.5, "lf_power_ms2": 1830.0,
                   "lf_peak_hz": 0.105, "in_step": 0.82, "beats": 141, "removed_share": 0.01},
                  ...],
      "beats": {"t_ms": [...], "rr_ms": [...]},
      "suggested_bpm": 5.5, "chosen_bpm": 5.5, "completed": true}]

Paces are within the app's limits (RATE_MIN_BPM to RATE_MAX_BPM), shares from 0 to 1, a
window ends after it starts; a measure that could not be made is null. Importing adds the
tests the profile lacks (the same start: the same test) and the beats of each session it
adds; a date range takes the tests started on its days (local time, as sessions).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING, Any

from breathapp.core.heart.beats import RR_MAX_MS, RR_MIN_MS, RrSeries
from breathapp.core.heart.resonance import PaceResult, PaceWindow, ResonanceSettings, ResonanceTest
from breathapp.core.patterns import RATE_MAX_BPM, RATE_MIN_BPM
from breathapp.storage.heart_repo import read_beats, test_of
from breathapp.storage.heart_seal import (
    EMPTY,
    beats_aad,
    pack_series,
    private_values,
    resonance_aad,
    results_json,
    seal_beats,
    settings_json,
    test_values,
    windows_json,
)
from breathapp.storage.timestamps import from_iso_z, to_iso_z

if TYPE_CHECKING:
    from breathapp.storage.backup_flare import FieldReader, Sense
    from breathapp.storage.backup_read import BackupSession
    from breathapp.storage.vault import DataKey, Keyring

MAX_BEATS = 400_000  # a whole day at 240 beats a minute and more
MAX_TESTS = 10_000
MAX_PACES = 20
MAX_SECONDS = 86_400.0
MAX_SWING_BPM = 200.0
MAX_LF_POWER = 1e9
MAX_LF_PEAK_HZ = 1.0
_MAX_T_MS = 2**32 - 1


# -- writing ---------------------------------------------------------------------------
def beats_json(series: RrSeries) -> dict[str, list[int]]:
    return {"t_ms": list(series.t_ms), "rr_ms": list(series.rr_ms)}


def session_beats(
    conn: sqlite3.Connection,
    keys: Keyring,
    profile_id: int,
    first: date | None,
    last: date | None,
) -> dict[tuple[str, str], RrSeries]:
    """The beats of the profile's sessions by (started_utc, kind) as stored (sealed ones
    opened with the profile's open key; left out while it is locked)."""
    from breathapp.storage.timestamps import local_day_range

    where, params = local_day_range(first, last)
    found: dict[tuple[str, str], RrSeries] = {}
    rows = conn.execute(
        "SELECT s.started_utc, s.kind, b.data, b.sealed FROM session_beats b"
        " JOIN sessions s ON s.id = b.session_id"
        f" WHERE s.profile_id = ?{where.replace('local_day', 's.local_day')}",
        [profile_id, *params],
    )
    for started, kind, data, sealed in rows:
        series = read_beats(keys, data, sealed, profile_id, started, kind)
        if series is not None:
            found[(str(started), str(kind))] = series
    return found


def resonance_entries(
    conn: sqlite3.Connection,
    keys: Keyring,
    profile_id: int,
    first: date | None,
    last: date | None,
) -> list[dict[str, Any]]:
    """The profile's tests started in [first, last] (local days), oldest first, as the file
    holds them; a sealed test whose key is not open is left out (nothing to show of it)."""
    entries: list[dict[str, Any]] = []
    rows = conn.execute(
        "SELECT started_utc, settings, windows, results, rr, suggested_bpm, chosen_bpm,"
        " completed, sealed FROM resonance_tests WHERE profile_id = ? ORDER BY started_utc, id",
        (profile_id,),
    )
    for started, settings, windows, *columns, completed, sealed in rows:
        day = from_iso_z(str(started)).astimezone().date()
        if (first is not None and day < first) or (last is not None and day > last):
            continue
        private = private_values(keys, profile_id, started, tuple(columns), sealed)
        if private is None:
            continue
        test = test_of(started, settings, windows, private, completed)
        entries.append(
            {
                "started_utc": started,
                "settings": settings_json(test.settings),
                "windows": windows_json(test.windows),
                "results": results_json(test.results),
                "beats": beats_json(test.rr),
                "suggested_bpm": test.suggested_bpm,
                "chosen_bpm": test.chosen_bpm,
                "completed": test.completed,
            }
        )
    return entries


# -- reading ---------------------------------------------------------------------------
def read_beats_of(r: FieldReader, obj: dict[str, Any], where: str) -> RrSeries | None:
    """An object's ``beats``: absent or null for none; checked for meaning."""
    value = obj.get("beats")
    if value is None:
        return None
    where = f"{where}.beats" if where else "beats"
    beats = r.object(value, where)
    t_ms = _whole_list(r, beats, where, "t_ms", 0, _MAX_T_MS, "a time in ms from the start")
    interval = f"an interval of {RR_MIN_MS} to {RR_MAX_MS} ms"
    rr_ms = _whole_list(r, beats, where, "rr_ms", RR_MIN_MS, RR_MAX_MS, interval)
    if len(t_ms) != len(rr_ms):
        message = f"must have as many intervals as t_ms has times ({len(t_ms)})"
        raise r.fail(f"{where}.rr_ms", message, len(rr_ms))
    for i in range(1, len(t_ms)):
        if t_ms[i] < t_ms[i - 1]:
            raise r.fail(f"{where}.t_ms[{i}]", "must not be before the beat before it", t_ms[i])
    return RrSeries(tuple(t_ms), tuple(rr_ms))


def _whole_list(
    r: FieldReader,
    obj: dict[str, Any],
    where: str,
    key: str,
    low: int,
    most: int,
    what: str,
) -> list[int]:
    if key not in obj:
        raise r.fail(f"{where}.{key}", "is missing")
    items = obj[key]
    if not isinstance(items, list):
        raise r.fail(f"{where}.{key}", "must be a list", items)
    if len(items) > MAX_BEATS:
        raise r.fail(f"{where}.{key}", f"must be at most {MAX_BEATS:,} beats", len(items))
    for i, value in enumerate(items):
        # type() and not isinstance(): JSON true is a bool, which Python counts as an int.
        if type(value) is not int or not low <= value <= most:
            raise r.fail(f"{where}.{key}[{i}]", f"must be {what}, a whole number", value)
    return items


def read_resonance(r: FieldReader, top: dict[str, Any], sense: Sense) -> tuple[ResonanceTest, ...]:
    """The file's resonance tests, checked; a file from before them has none."""
    items = top.get("resonance_tests", [])
    if not isinstance(items, list):
        raise r.fail("resonance_tests", "must be a list", items)
    if len(items) > MAX_TESTS:
        raise r.fail("resonance_tests", f"must be at most {MAX_TESTS:,} tests", len(items))
    return tuple(
        _test(r, r.object(item, f"resonance_tests[{i}]"), f"resonance_tests[{i}]", sense)
        for i, item in enumerate(items)
    )


def _test(r: FieldReader, item: dict[str, Any], where: str, sense: Sense) -> ResonanceTest:
    started = r.moment(item, where, "started_utc")
    if started > sense.latest:
        raise r.fail(f"{where}.started_utc", "is after the file was saved", to_iso_z(started))
    settings = r.object(r.get(item, where, "settings"), f"{where}.settings")
    at = f"{where}.settings"
    paces = r.get(settings, at, "paces_bpm")
    if not isinstance(paces, list) or not 1 <= len(paces) <= MAX_PACES:
        raise r.fail(f"{at}.paces_bpm", f"must be a list of 1 to {MAX_PACES} paces", paces)
    read_settings = ResonanceSettings(
        paces_bpm=tuple(_pace(r, p, f"{at}.paces_bpm[{i}]") for i, p in enumerate(paces)),
        step_s=r.number(settings, at, "step_s", MAX_SECONDS, 1.0),
        rest_s=r.number(settings, at, "rest_s", MAX_SECONDS),
        inhale_share=r.number(settings, at, "inhale_share", 1.0),
    )
    windows = tuple(
        _window(r, r.object(w, f"{where}.windows[{i}]"), f"{where}.windows[{i}]")
        for i, w in enumerate(_list(r, item, where, "windows", MAX_PACES))
    )
    results = tuple(
        _result(r, r.object(x, f"{where}.results[{i}]"), f"{where}.results[{i}]")
        for i, x in enumerate(_list(r, item, where, "results", MAX_PACES))
    )
    return ResonanceTest(
        started_utc=started,
        settings=read_settings,
        windows=windows,
        results=results,
        rr=read_beats_of(r, item, where) or EMPTY,
        suggested_bpm=_pace_or_null(r, item, where, "suggested_bpm"),
        chosen_bpm=_pace_or_null(r, item, where, "chosen_bpm"),
        completed=r.flag(item, where, "completed"),
    )


def _list(r: FieldReader, obj: dict[str, Any], where: str, key: str, most: int) -> list[Any]:
    items = r.get(obj, where, key)
    if not isinstance(items, list) or len(items) > most:
        raise r.fail(f"{where}.{key}", f"must be a list of at most {most}", items)
    return items


def _pace(r: FieldReader, value: Any, where: str) -> float:
    if type(value) not in (int, float) or not RATE_MIN_BPM <= value <= RATE_MAX_BPM:
        message = f"must be a pace of {RATE_MIN_BPM:g} to {RATE_MAX_BPM:g} breaths a minute"
        raise r.fail(where, message, value)
    return float(value)


def _pace_or_null(r: FieldReader, obj: dict[str, Any], where: str, key: str) -> float | None:
    value = r.get(obj, where, key)
    return None if value is None else _pace(r, value, f"{where}.{key}")


def _window(r: FieldReader, w: dict[str, Any], where: str) -> PaceWindow:
    rate = _pace(r, r.get(w, where, "rate_bpm"), f"{where}.rate_bpm")
    start = r.number(w, where, "start_s", MAX_SECONDS)
    end = r.number(w, where, "end_s", MAX_SECONDS)
    if end < start:
        raise r.fail(f"{where}.end_s", "must not be before start_s", end)
    return PaceWindow(rate, start, end)


def _result(r: FieldReader, x: dict[str, Any], where: str) -> PaceResult:
    beats = r.get(x, where, "beats")
    if type(beats) is not int or not 0 <= beats <= MAX_BEATS:
        raise r.fail(f"{where}.beats", f"must be a whole number 0 to {MAX_BEATS}", beats)
    return PaceResult(
        rate_bpm=_pace(r, r.get(x, where, "rate_bpm"), f"{where}.rate_bpm"),
        swing_bpm=r.number_or_null(x, where, "swing_bpm", MAX_SWING_BPM),
        lf_power_ms2=r.number_or_null(x, where, "lf_power_ms2", MAX_LF_POWER),
        lf_peak_hz=r.number_or_null(x, where, "lf_peak_hz", MAX_LF_PEAK_HZ),
        in_step=r.number_or_null(x, where, "in_step", 1.0),
        beats=beats,
        removed_share=r.number(x, where, "removed_share", 1.0),
    )


# -- merging ---------------------------------------------------------------------------
def merge_heart(
    conn: sqlite3.Connection,
    profile_id: int,
    sessions: tuple[BackupSession, ...],
    tests: tuple[ResonanceTest, ...],
    key: DataKey | None,
) -> int:
    """Inside the caller's transaction, after its sessions: the beats of each file session
    that has none in the profile yet, and the tests it lacks (same start), sealed with
    ``key`` (a PIN profile's; None: plain). Returns how many tests were added."""
    for session in sessions:
        if session.beats is None:
            continue
        started, kind = to_iso_z(session.record.started_utc), session.record.kind
        row = conn.execute(
            "SELECT s.id FROM sessions s LEFT JOIN session_beats b ON b.session_id = s.id"
            " WHERE s.profile_id = ? AND s.started_utc = ? AND s.kind = ?"
            " AND b.session_id IS NULL",
            (profile_id, started, kind),
        ).fetchone()
        if row is None:
            continue
        data = pack_series(session.beats)
        sealed = None
        if key is not None:
            sealed = seal_beats(key, data, beats_aad(profile_id, started, kind))
        conn.execute(
            "INSERT INTO session_beats (session_id, data, sealed) VALUES (?, ?, ?)",
            (int(row[0]), None if sealed else data, sealed),
        )
    added = 0
    for test in tests:
        started = to_iso_z(test.started_utc)
        if conn.execute(
            "SELECT 1 FROM resonance_tests WHERE profile_id = ? AND started_utc = ?",
            (profile_id, started),
        ).fetchone():
            continue
        values = test_values(test, key, resonance_aad(profile_id, started))
        conn.execute(
            "INSERT INTO resonance_tests (profile_id, started_utc, settings, windows, results,"
            " rr, suggested_bpm, chosen_bpm, completed, sealed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (profile_id, started, *values),
        )
        added += 1
    return added
