# SPDX-License-Identifier: GPL-3.0-or-later
"""The beats of a session and a profile's resonance tests, in the store (heart_seal's forms).

Every write is one transaction (Database.transaction): a full disk raises StorageError as a
session's write does and leaves the store as it was. For a profile with a PIN the beats and
a test's results are sealed; they read back while the profile is open, and as none (no
beats, no results) while it is locked. Both go with their profile when it is deleted
(profiles_repo) and a session's beats with the session (ON DELETE CASCADE).
"""

from __future__ import annotations

import builtins
import json
import math
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from breathapp.core.heart.beats import RrSeries
from breathapp.core.heart.resonance import ResonanceTest
from breathapp.core.patterns import RATE_MAX_BPM, RATE_MIN_BPM
from breathapp.storage.db import Database
from breathapp.storage.heart_seal import (
    EMPTY,
    beats_aad,
    pack_series,
    private_values,
    resonance_aad,
    results_of,
    seal_beats,
    settings_of,
    test_values,
    unpack_series,
    windows_of,
)
from breathapp.storage.timestamps import from_iso_z, to_iso_z

if TYPE_CHECKING:
    from breathapp.storage.vault import Keyring

_TEST = (
    "id, started_utc, settings, windows, results, rr, suggested_bpm, chosen_bpm, completed, sealed"
)


def check_pace(bpm: float | None) -> float | None:
    """A pace the app can guide (or None); ValueError otherwise."""
    if bpm is None:
        return None
    if isinstance(bpm, bool) or not isinstance(bpm, int | float) or math.isnan(bpm):
        raise ValueError(f"a pace is a number of breaths a minute, got {bpm!r}")
    if not RATE_MIN_BPM <= bpm <= RATE_MAX_BPM:
        raise ValueError(f"a pace is {RATE_MIN_BPM:g} to {RATE_MAX_BPM:g} breaths a minute")
    return float(bpm)


class RrRepo:
    """A session's beats: saved whole (again at each checkpoint), read back."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, session_id: int, series: RrSeries) -> None:
        """Keep ``series`` as the session's beats, replacing what it had (only the beats a
        store keeps: heart_seal.kept). KeyError: no such session."""
        data = pack_series(series)
        with self._db.transaction() as conn:
            found = conn.execute(
                "SELECT profile_id, started_utc, kind FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if found is None:
                raise KeyError(session_id)
            profile_id = int(found[0])
            key = self._db.keyring.sealing_key(conn, profile_id)  # LockedError: locked
            sealed = None
            if key is not None:
                sealed = seal_beats(key, data, beats_aad(profile_id, found[1], found[2]))
            conn.execute(
                "INSERT INTO session_beats (session_id, data, sealed) VALUES (?, ?, ?)"
                " ON CONFLICT (session_id) DO UPDATE SET data = excluded.data,"
                " sealed = excluded.sealed",
                (session_id, None if sealed else data, sealed),
            )

    def get(self, session_id: int) -> RrSeries | None:
        """The session's beats; None when it has none, or they are sealed and shut."""
        rows = self._db.query(
            "SELECT b.data, b.sealed, s.profile_id, s.started_utc, s.kind FROM session_beats b"
            " JOIN sessions s ON s.id = b.session_id WHERE b.session_id = ?",
            (session_id,),
        )
        if not rows:
            return None
        data, sealed, profile_id, started, kind = rows[0]
        return read_beats(self._db.keyring, data, sealed, int(profile_id), started, kind)


def read_beats(
    keys: Keyring, data: object, sealed: object, profile_id: int, started: object, kind: object
) -> RrSeries | None:
    """Stored beats, plain or sealed; None when they do not open (locked, damaged)."""
    try:
        if isinstance(data, bytes):
            return unpack_series(data)
        key = keys.key(profile_id)
        if key is None or not isinstance(sealed, bytes):
            return None
        return unpack_series(key.open(sealed, beats_aad(profile_id, started, kind)))
    except ValueError:
        return None


class ResonanceRepo:
    """A profile's resonance tests: added as one runs, updated, listed, a pace chosen."""

    def __init__(self, db: Database, profile_id: int) -> None:
        self._db = db
        self.profile_id = profile_id

    def add(self, test: ResonanceTest) -> int:
        """Store a test (its ``id`` is ignored); returns its id."""
        _check(test)
        started = to_iso_z(test.started_utc)
        with self._db.transaction() as conn:
            values = self._stored(conn, test, started)
            cursor = conn.execute(
                "INSERT INTO resonance_tests (profile_id, started_utc, settings, windows,"
                " results, rr, suggested_bpm, chosen_bpm, completed, sealed)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.profile_id, started, *values),
            )
            row_id = cursor.lastrowid
        if row_id is None:
            raise RuntimeError("INSERT gave no row id")
        return int(row_id)

    def update(self, test: ResonanceTest) -> None:
        """Write ``test`` over the stored one with its id; KeyError: none such (or no id)."""
        if test.id is None:
            raise KeyError(None)
        _check(test)
        started = to_iso_z(test.started_utc)
        with self._db.transaction() as conn:
            values = self._stored(conn, test, started)
            changed = conn.execute(
                "UPDATE resonance_tests SET started_utc = ?, settings = ?, windows = ?,"
                " results = ?, rr = ?, suggested_bpm = ?, chosen_bpm = ?, completed = ?,"
                " sealed = ? WHERE id = ? AND profile_id = ?",
                (started, *values, test.id, self.profile_id),
            ).rowcount
            if changed != 1:
                raise KeyError(test.id)

    def all(self) -> builtins.list[ResonanceTest]:
        """The profile's tests, newest first."""
        rows = self._db.query(
            f"SELECT {_TEST} FROM resonance_tests WHERE profile_id = ?"
            " ORDER BY started_utc DESC, id DESC",
            (self.profile_id,),
        )
        return [self._test(row) for row in rows]

    def latest(self) -> ResonanceTest | None:
        """The newest test, or None."""
        rows = self._db.query(
            f"SELECT {_TEST} FROM resonance_tests WHERE profile_id = ?"
            " ORDER BY started_utc DESC, id DESC LIMIT 1",
            (self.profile_id,),
        )
        return self._test(rows[0]) if rows else None

    def get(self, test_id: int) -> ResonanceTest:
        """One test of the profile; KeyError: none such."""
        rows = self._db.query(
            f"SELECT {_TEST} FROM resonance_tests WHERE id = ? AND profile_id = ?",
            (test_id, self.profile_id),
        )
        if not rows:
            raise KeyError(test_id)
        return self._test(rows[0])

    def choose(self, test_id: int, bpm: float | None) -> None:
        """The therapist's chosen pace for a test (None: no choice); ValueError for a pace
        outside the app's limits, KeyError for no such test."""
        check_pace(bpm)
        self.update(replace(self.get(test_id), chosen_bpm=bpm))

    # -- rows ------------------------------------------------------------------------------
    def _stored(self, conn: sqlite3.Connection, test: ResonanceTest, started: str) -> list[Any]:
        key = self._db.keyring.sealing_key(conn, self.profile_id)  # LockedError: locked
        return test_values(test, key, resonance_aad(self.profile_id, started))

    def _test(self, row: sqlite3.Row) -> ResonanceTest:
        test_id, started, settings, windows, *columns, completed, sealed = tuple(row)
        private = private_values(
            self._db.keyring, self.profile_id, started, tuple(columns), sealed
        ) or {"results": None, "rr": None, "suggested": None, "chosen": None}
        return test_of(started, settings, windows, private, completed, int(test_id))


def test_of(
    started: object,
    settings: object,
    windows: object,
    private: dict[str, Any],
    completed: object,
    test_id: int | None = None,
) -> ResonanceTest:
    """A test from its stored values (a shut or damaged private part reads as none)."""
    try:
        series = unpack_series(private["rr"]) if private["rr"] is not None else EMPTY
    except ValueError:
        series = EMPTY
    return ResonanceTest(
        started_utc=from_iso_z(str(started)),
        settings=settings_of(json.loads(str(settings))),
        windows=windows_of(json.loads(str(windows))),
        results=results_of(json.loads(private["results"] or "[]")),
        rr=series,
        suggested_bpm=private["suggested"],
        chosen_bpm=private["chosen"],
        completed=bool(completed),
        id=test_id,
    )


def _check(test: ResonanceTest) -> None:
    check_pace(test.suggested_bpm)
    check_pace(test.chosen_bpm)
