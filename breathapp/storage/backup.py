# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files: a profile's history as versioned JSON, read back field by field, merged.

Format, version 1: one UTF-8 JSON object (written with ensure_ascii=False)::

    {"format": "breathapp-backup", "version": 1,
     "exported_utc": "2026-11-25T15:23:00.123Z", "app_version": "0.1.0",
     "profile": {"name": "", "no_holds": false, "ask_pain": false},
     "preferences": {"pattern": "calm", ...},
     "movement_days": ["2026-11-24", "2026-11-25"],
     "movement_minutes": {"2026-11-25": 20},
     "sessions": [
      {"kind": "breathing", "started_utc": "2026-11-25T08:00:00.250Z",
       "ended_utc": "2026-11-25T08:05:30.500Z", "checkpoint_utc": "2026-11-25T08:05:30.500Z",
       "local_day": "2026-11-25", "active_s": 330.0, "pattern_text": "4-0-6-0",
       "pattern_id": "calm", "rate_bpm": 6.0, "ramp_start_bpm": null, "breaths": 33,
       "status": "completed", "length_kind": "minutes", "length_value": 5.0, "dizzy": false,
       "tension_before": 7, "tension_after": 4, "pain_before": null, "pain_after": null,
       "note": "", "demo_log": null}
     ]}

- ``preferences`` holds every preference as ``Preferences.to_dict()`` gives it.
- ``sessions`` are oldest first, one per line; each has every stored column but the
  row and profile ids. Times are UTC as the store writes them (milliseconds and a Z);
  ``local_day`` is the calendar day the session started on in the user's zone then.
  ``kind`` is "breathing" or "relaxation:" and a session id; ``status`` is running,
  completed, stopped or interrupted; ratings are whole numbers 0 to 10 or null.
- ``demo_log`` is what a demonstration showed live (presentation mode), in order: a list
  of ``{"pattern": "4-0-6-0", "seconds": 120.0}``, or null for an ordinary session.
  Files written before it was added have no such key: read as null.
- ``movement_days`` are the days with movement, oldest first; files written before it
  was added have none.
- ``movement_minutes`` (issue 16) maps a day to the whole minutes moved (1 to 600) for the
  days given exactly; a day of ``movement_days`` without them is the old "I moved at least
  15 minutes" tick and reads as 15 "or more". Files written before it have none.
- ``bad_days`` and ``notes`` (notes for the therapist first) are described in
  backup_flare; files written before they were added have none.
- A session with a heart sensor has its ``beats``, and ``resonance_tests`` holds the
  profile's resonance pace tests (issue 17): described in backup_heart; files written
  before them have none.
- A reader ignores keys it does not know, and refuses a key given twice in one object.
  A change a version-1 reader would misread raises the version; files of a newer version
  are refused.
- Each session must be one that could have happened (backup_sense): times from 2020 up to
  the file's saving and in order, active time within the span, breaths its pace allows,
  a pattern and preset that agree with its rate, lengths and relaxation sessions this app
  has. A session still running when the file was saved is read back as interrupted,
  ended at its last checkpoint: as the store recovers one that a crash cut off.

Importing merges sessions, movement days, bad days and notes only: the profile's settings
and preferences in a file are shown by "view a practice file" and never change the profile
they are imported into.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple, TextIO

from breathapp import __version__
from breathapp.core.errors import BackupError
from breathapp.core.movement import OLD_TICK_MINUTES, MovementDay
from breathapp.storage.backup_flare import file_entries, merge_flare
from breathapp.storage.backup_heart import (
    beats_json,
    merge_heart,
    resonance_entries,
    session_beats,
)
from breathapp.storage.backup_read import (
    FORMAT,
    MAX_BACKUP_BYTES,
    VERSION,
    Backup,
    BackupSession,
    load_backup,
    read_backup,
)
from breathapp.storage.db import Database
from breathapp.storage.errors import storage_errors
from breathapp.storage.export import stored_sessions
from breathapp.storage.migrations import rollback_quietly
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.session_columns import (
    COLUMNS,
    FILE_COLUMNS,
    names,
    seal_given,
    stored_values,
)
from breathapp.storage.timestamps import to_iso_z, to_iso_z_or_none

if TYPE_CHECKING:
    from breathapp.storage.vault import DataKey

__all__ = [
    "FORMAT",
    "MAX_BACKUP_BYTES",
    "VERSION",
    "Backup",
    "BackupError",
    "BackupSession",
    "ImportReport",
    "import_backup",
    "load_backup",
    "read_backup",
    "write_backup",
]

# The stored columns of a session in the file, in this order.
SESSION_FIELDS = tuple(c.name for c in FILE_COLUMNS)
_SELECT = names(FILE_COLUMNS)
_TO_FILE = tuple((c.name, c.form.to_file) for c in FILE_COLUMNS)
# An imported session: the file's columns, into the profile it is imported into (sealed
# there when the profile has a PIN).
_IMPORTED = tuple(c for c in COLUMNS if c.in_file or c.name in ("profile_id", "sealed"))


class ImportReport(NamedTuple):
    added: int
    skipped: int  # already in the profile (same start time and kind), or twice in the file
    moved_added: int = 0  # movement days the profile did not have yet
    bad_days_added: int = 0  # bad days the profile did not have yet
    notes_added: int = 0  # notes for the therapist the profile did not have yet
    resonance_added: int = 0  # resonance tests the profile did not have yet


def write_backup(
    db: Database,
    profile_id: int,
    out: TextIO,
    first: date | None = None,
    last: date | None = None,
    *,
    now_utc: datetime,
) -> int:
    """Write the profile, its preferences and its sessions whose local day is in
    [first, last] (inclusive; None for open-ended) to ``out``; returns how many sessions.

    Sessions still running are written as they stand.
    """
    profile = ProfileRepo(db).get(profile_id)
    prefs, _unusable = PrefsRepo(db).load(profile_id)
    head = {
        "format": FORMAT,
        "version": VERSION,
        "exported_utc": to_iso_z(now_utc),
        "app_version": __version__,
        "profile": {
            "name": profile.name,
            "no_holds": profile.no_holds,
            "ask_pain": profile.ask_pain,
        },
        "preferences": prefs.to_dict(),
        **_movement(db, profile_id, first, last),
        **file_entries(db.connection, db.keyring, profile_id, first, last),
        "resonance_tests": resonance_entries(db.connection, db.keyring, profile_id, first, last),
        "sessions": [],
    }
    beats = session_beats(db.connection, db.keyring, profile_id, first, last)
    text = json.dumps(head, ensure_ascii=False, indent=1)
    # The sessions go last, one per line: written as they are read, readable in an editor.
    out.write(text[: text.rindex("[]")] + "[")
    count = 0
    for row in stored_sessions(db, _SELECT, profile_id, first, last):
        session = {
            name: to_file(value) for (name, to_file), value in zip(_TO_FILE, row, strict=True)
        }
        series = beats.get((session["started_utc"], session["kind"]))
        if series is not None:
            session["beats"] = beats_json(series)
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(session, ensure_ascii=False))
        count += 1
    out.write("\n ]\n}\n" if count else "]\n}\n")
    return count


def _movement(
    db: Database, profile_id: int, first: date | None, last: date | None
) -> dict[str, object]:
    entries = MovementRepo(db).entries(profile_id, first, last)
    return {
        "movement_days": [m.day.isoformat() for m in entries],
        "movement_minutes": {m.day.isoformat(): m.minutes for m in entries if not m.at_least},
    }


def _movement_in(backup: Backup) -> list[MovementDay]:
    """The file's movement: its minutes, and each other day of movement_days as a tick."""
    given = {m.day: m for m in backup.movement}
    for day in backup.movement_days:
        given.setdefault(day, MovementDay(day, OLD_TICK_MINUTES, True))
    return [given[d] for d in sorted(given)]


def import_backup(db: Database, profile_id: int, backup: Backup) -> ImportReport:
    """Merge the file's sessions into the profile: all of them or, if it fails, none.

    A session the profile already has (same started_utc and kind) is skipped, and so is a
    movement day it has (its own minutes stay), so importing a file twice adds nothing.
    Movement days count as logged when the file was saved, with the file's minutes (an old
    tick: 15 "or more"). Keeps each session's local_day. The profile's settings and
    preferences are left as they are.

    The rows are made and staged first, a batch at a time, in a table of this connection
    alone (TEMP: outside the store's file, gone with the connection), while the store stays
    free for a session running meanwhile to checkpoint. One short transaction then moves
    them in: a killed import leaves the store unchanged or complete, never half.
    """
    conn = db.connection
    with storage_errors(db.path):
        have, last_id = _present(conn, profile_id)
        sealing = db.keyring.sealing_key(conn, profile_id)  # a PIN profile, open: sealed rows
        conn.execute(_UNSTAGE)
        conn.execute(_STAGING)
        try:
            _stage(conn, profile_id, backup.sessions, have, sealing)
            with db.transaction():
                _present(conn, profile_id, keys=False)  # not deleted meanwhile
                if conn.execute(_NEWER, (profile_id, last_id)).fetchone() is not None:
                    # A session the profile began since it was read: skipped, as any it has.
                    conn.execute(_UNSTAGE_NEWER, (profile_id, last_id))
                added = conn.execute(_PUBLISH).rowcount
                before = conn.total_changes
                logged = to_iso_z(backup.exported_utc)
                days = [
                    (profile_id, day.isoformat(), logged, minutes, int(at_least))
                    for day, minutes, at_least in _movement_in(backup)
                ]
                conn.executemany(_MOVED, days)
                moved = conn.total_changes - before
                bad_days, notes = merge_flare(conn, profile_id, backup.flare, sealing)
                tests = merge_heart(conn, profile_id, backup.sessions, backup.resonance, sealing)
        finally:
            conn.execute(_UNSTAGE)
    skipped = len(backup.sessions) - added
    return ImportReport(added, skipped, moved, bad_days, notes, tests)


# Rows staged per transaction: they go to TEMP, which takes no lock on the store.
_STAGE_BATCH = 5_000
_STAGING = f"CREATE TEMP TABLE import_staging ({names(_IMPORTED)})"
_UNSTAGE = "DROP TABLE IF EXISTS temp.import_staging"
_STAGE = f"INSERT INTO temp.import_staging VALUES ({', '.join('?' * len(_IMPORTED))})"
_PUBLISH = (
    f"INSERT INTO main.sessions ({names(_IMPORTED)})"
    f" SELECT {names(_IMPORTED)} FROM temp.import_staging ORDER BY rowid"
)
_NEWER = "SELECT 1 FROM main.sessions WHERE profile_id = ? AND id > ? LIMIT 1"
_UNSTAGE_NEWER = (
    "DELETE FROM temp.import_staging WHERE (started_utc, kind) IN"
    " (SELECT started_utc, kind FROM main.sessions WHERE profile_id = ? AND id > ?)"
)
_MOVED = (
    "INSERT OR IGNORE INTO movement (profile_id, local_day, logged_utc, minutes, at_least)"
    " VALUES (?, ?, ?, ?, ?)"
)


def _present(
    conn: sqlite3.Connection, profile_id: int, keys: bool = True
) -> tuple[set[tuple[str, str]], int]:
    """The profile's sessions (start and kind) and its newest row id; KeyError: no profile."""
    if conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone() is None:
        raise KeyError(profile_id)
    have: set[tuple[str, str]] = set()
    last_id = 0
    if keys:
        # One statement: one snapshot of the store, however long the reading takes.
        sql = "SELECT id, started_utc, kind FROM sessions WHERE profile_id = ?"
        for row_id, started, kind in conn.execute(sql, (profile_id,)):
            have.add((started, kind))
            last_id = max(last_id, row_id)
    return have, last_id


def _stage(
    conn: sqlite3.Connection,
    profile_id: int,
    sessions: tuple[BackupSession, ...],
    have: set[tuple[str, str]],
    sealing: DataKey | None,
) -> None:
    """Stage the sessions the profile lacks, each once, a batch per transaction (inside the
    caller's, if there is one)."""
    own = not conn.in_transaction
    for first in range(0, len(sessions), _STAGE_BATCH):
        rows: list[list[object]] = []
        for session in sessions[first : first + _STAGE_BATCH]:
            key = (to_iso_z(session.record.started_utc), session.record.kind)
            if key not in have:
                have.add(key)
                rows.append(_row(profile_id, session, sealing))
        if not own:
            conn.executemany(_STAGE, rows)
            continue
        conn.execute("BEGIN")  # deferred: writing only to TEMP, it never locks the store
        try:
            conn.executemany(_STAGE, rows)
            conn.execute("COMMIT")
        except BaseException:
            rollback_quietly(conn)
            raise


def _row(profile_id: int, session: BackupSession, key: DataKey | None) -> list[object]:
    given = {
        "profile_id": profile_id,
        "checkpoint_utc": to_iso_z_or_none(session.checkpoint_utc),
        "local_day": session.local_day.isoformat(),
        **seal_given(session.record, profile_id, key),
    }
    return stored_values(session.record, _IMPORTED, given)
