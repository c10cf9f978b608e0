# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema migrations: MIGRATIONS[n] takes a database from user_version n to n + 1."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import datetime

from breathapp.storage.timestamps import to_iso_z


def has_table(conn: sqlite3.Connection, table: str) -> bool:
    """True when the file has ``table``: an older file (a backup from before a step) may not."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    return row.fetchone() is not None


# A step gets the connection (inside its own transaction) and the time the app opened it.
Migration = Callable[[sqlite3.Connection, datetime], None]

_V1_STATEMENTS = (
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_utc TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        kind TEXT NOT NULL DEFAULT 'breathing',
        started_utc TEXT NOT NULL,
        ended_utc TEXT,
        checkpoint_utc TEXT,
        local_day TEXT NOT NULL,
        active_s REAL NOT NULL DEFAULT 0,
        pattern_text TEXT NOT NULL,
        pattern_id TEXT,
        rate_bpm REAL NOT NULL,
        ramp_start_bpm REAL,
        breaths INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL
            CHECK (status IN ('running', 'completed', 'stopped', 'interrupted')),
        length_kind TEXT NOT NULL,
        length_value REAL NOT NULL
    )
    """,
    "CREATE INDEX sessions_profile_day ON sessions (profile_id, local_day)",
    "CREATE INDEX sessions_status ON sessions (status)",
    """
    CREATE TABLE preferences (
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (profile_id, key)
    )
    """,
)


def _v1(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Profiles, sessions and preferences, with the default profile (name '')."""
    # One statement per execute(): executescript() would commit our transaction early.
    for statement in _V1_STATEMENTS:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO profiles (name, created_utc) VALUES ('', ?)",
        (to_iso_z(now_utc),),
    )


def _v2(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Safety: a session can end with "I feel dizzy"; a profile can forbid breath holds."""
    conn.execute("ALTER TABLE sessions ADD COLUMN dizzy INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE profiles ADD COLUMN no_holds INTEGER NOT NULL DEFAULT 0")


def _v3(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Check-ins: tension (and pain) before and after, a note; a profile may rate pain."""
    for column in ("tension_before", "tension_after", "pain_before", "pain_after"):
        conn.execute(
            f"ALTER TABLE sessions ADD COLUMN {column} INTEGER"
            f" CHECK ({column} IS NULL OR {column} BETWEEN 0 AND 10)"
        )
    conn.execute("ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE profiles ADD COLUMN ask_pain INTEGER NOT NULL DEFAULT 0")


def _v4(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Several profiles: an optional PIN (salted hash only) and its lock-out per profile."""
    conn.execute("ALTER TABLE profiles ADD COLUMN pin_salt BLOB")
    conn.execute("ALTER TABLE profiles ADD COLUMN pin_iterations INTEGER")
    conn.execute("ALTER TABLE profiles ADD COLUMN pin_hash BLOB")
    conn.execute("ALTER TABLE profiles ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE profiles ADD COLUMN locked_until_utc TEXT")


def _v5(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Presentation mode: what was shown live (JSON: each pattern with its seconds)."""
    conn.execute("ALTER TABLE sessions ADD COLUMN demo_log TEXT")


def _v6(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Prescribed plans (the file's JSON, where the profile stands in it) and the movement tick."""
    conn.execute(
        """
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            body TEXT NOT NULL,
            received_utc TEXT NOT NULL,
            started_day TEXT NOT NULL,
            phase_index INTEGER NOT NULL DEFAULT 0 CHECK (phase_index >= 0),
            phase_started_day TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        )
        """
    )
    conn.execute("CREATE INDEX plans_profile_active ON plans (profile_id, active)")
    conn.execute(
        """
        CREATE TABLE movement (
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            local_day TEXT NOT NULL,
            logged_utc TEXT NOT NULL,
            PRIMARY KEY (profile_id, local_day)
        )
        """
    )


def _v7(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """The day each phase of a plan began (JSON list of ISO days); NULL for older plans."""
    conn.execute("ALTER TABLE plans ADD COLUMN phase_starts TEXT")


def _v8(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """A PIN that seals: a profile's key derivation (its name, salt and cost: Argon2id's
    passes and memory in bytes) and its data key wrapped by the key the PIN gives; a
    session's and a plan's private part, sealed."""
    conn.execute("ALTER TABLE profiles ADD COLUMN vault_kdf TEXT")
    conn.execute("ALTER TABLE profiles ADD COLUMN vault_salt BLOB")
    conn.execute("ALTER TABLE profiles ADD COLUMN vault_ops INTEGER")
    conn.execute("ALTER TABLE profiles ADD COLUMN vault_mem INTEGER")
    conn.execute("ALTER TABLE profiles ADD COLUMN vault_wrapped BLOB")
    conn.execute("ALTER TABLE sessions ADD COLUMN sealed BLOB")
    conn.execute("ALTER TABLE plans ADD COLUMN sealed BLOB")


def movement_minutes(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Movement in minutes per day (issue 16): each old tick becomes 15 minutes "or more".

    ``minutes`` is whole minutes from 1 to 600; ``at_least`` 1 marks a day from the old
    "I moved at least 15 minutes" tick (the defaults give every row already there that
    meaning), 0 a day whose minutes were given exactly.
    """
    conn.execute(
        "ALTER TABLE movement ADD COLUMN minutes INTEGER NOT NULL DEFAULT 15"
        " CHECK (minutes BETWEEN 1 AND 600)"
    )
    conn.execute(
        "ALTER TABLE movement ADD COLUMN at_least INTEGER NOT NULL DEFAULT 1"
        " CHECK (at_least IN (0, 1))"
    )


def bad_days_and_notes(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Bad days (flare-ups) with their pain ratings and session, notes for the therapist, and
    the day a profile was last shown the "contact your therapist" suggestion. For a profile
    with a PIN a bad day's ratings and a note's text are kept in ``sealed`` (flare_seal),
    their plain columns NULL and '' (so a note's text is checked by the app, 1 to 1000)."""
    rating = "INTEGER CHECK ({0} IS NULL OR {0} BETWEEN 0 AND 10)"
    conn.execute(
        f"""
        CREATE TABLE bad_days (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            local_day TEXT NOT NULL,
            logged_utc TEXT NOT NULL,
            pain_before {rating.format("pain_before")},
            pain_after {rating.format("pain_after")},
            pain {rating.format("pain")},
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            sealed BLOB
        )
        """
    )
    conn.execute("CREATE INDEX bad_days_profile_day ON bad_days (profile_id, local_day)")
    conn.execute(
        """
        CREATE TABLE therapist_notes (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            written_utc TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(text) <= 1000),
            for_therapist INTEGER NOT NULL DEFAULT 1 CHECK (for_therapist IN (0, 1)),
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            bad_day_id INTEGER REFERENCES bad_days(id) ON DELETE SET NULL,
            sealed BLOB
        )
        """
    )
    conn.execute("CREATE INDEX therapist_notes_profile ON therapist_notes (profile_id)")
    conn.execute("ALTER TABLE profiles ADD COLUMN contact_suggested_day TEXT")


def heart_rhythm(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Heart rhythm (issue 17): the beats of a session with a sensor, and resonance tests.

    ``session_beats`` holds one row per session with beats (storage.heart_seal's packed form:
    a format byte, the count, then the times as array('I') and the intervals as array('H'),
    little-endian: 6 bytes a beat), in ``data``; for a profile with a PIN ``data`` is NULL and
    the same bytes are sealed in ``sealed``. A resonance test keeps its settings and pace
    windows as JSON, its results as JSON, its beats packed, the suggested and chosen paces;
    for a PIN profile ``results``, ``rr``, ``suggested_bpm`` and ``chosen_bpm`` are NULL
    and kept together in ``sealed``.
    """
    conn.execute(
        """
        CREATE TABLE session_beats (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            data BLOB,
            sealed BLOB,
            CHECK ((data IS NULL) <> (sealed IS NULL))
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE resonance_tests (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            started_utc TEXT NOT NULL,
            settings TEXT NOT NULL,
            windows TEXT NOT NULL,
            results TEXT,
            rr BLOB,
            suggested_bpm REAL,
            chosen_bpm REAL,
            completed INTEGER NOT NULL DEFAULT 1 CHECK (completed IN (0, 1)),
            sealed BLOB
        )
        """
    )
    conn.execute(
        "CREATE INDEX resonance_tests_profile ON resonance_tests (profile_id, started_utc)"
    )


MIGRATIONS: list[Migration] = [
    *(_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8),
    movement_minutes,  # 9
    bad_days_and_notes,  # 10
    heart_rhythm,  # 11
]

SCHEMA_VERSION = len(MIGRATIONS)


def target_version() -> int:
    """The version this build migrates to; read at call time so tests can add steps."""
    return len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, now_utc: datetime) -> None:
    """Apply each missing step in its own transaction; a failed step leaves the previous version.

    ``conn`` must be in autocommit mode (isolation_level=None): transactions are ours.
    """
    steps = list(MIGRATIONS)
    version = user_version(conn)
    if version < 0:
        raise ValueError(f"user_version {version} was not written by BreathApp")
    while version < len(steps):
        conn.execute("BEGIN IMMEDIATE")
        try:
            steps[version](conn, now_utc)
            # PRAGMA takes no parameters; version is an int we computed.
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            rollback_quietly(conn)
            raise
        version += 1


def rollback_quietly(conn: sqlite3.Connection) -> None:
    """Roll back after a failure without hiding that failure behind a second one."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
