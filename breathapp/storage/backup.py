# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files: a profile's history as versioned JSON, read back field by field, merged.

Format, version 1: one UTF-8 JSON object (written with ensure_ascii=False)::

    {"format": "breathapp-backup", "version": 1,
     "exported_utc": "2026-11-25T15:23:00.123Z", "app_version": "0.1.0",
     "profile": {"name": "", "no_holds": false, "ask_pain": false},
     "preferences": {"pattern": "calm", ...},
     "movement_days": ["2026-11-24", "2026-11-25"],
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
- ``movement_days`` are the days "I moved at least 15 minutes today" was ticked, oldest
  first; files written before it was added have none.
- A reader ignores keys it does not know. A change a version-1 reader would misread
  raises the version; files of a newer version are refused.

Importing merges sessions and movement days only: the profile's settings and preferences
in a file are shown by "view a practice file" and never change the profile they are
imported into.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple, TextIO

from breathapp import __version__
from breathapp.core.errors import BackupError
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
from breathapp.storage.export import stored_sessions
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.session_columns import (
    COLUMNS,
    FILE_COLUMNS,
    insert_sql,
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
_INSERT = insert_sql(_IMPORTED)


class ImportReport(NamedTuple):
    added: int
    skipped: int  # already in the profile (same start time and kind), or twice in the file
    moved_added: int = 0  # movement days the profile did not have yet


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
        "movement_days": [d.isoformat() for d in MovementRepo(db).days(profile_id, first, last)],
        "sessions": [],
    }
    text = json.dumps(head, ensure_ascii=False, indent=1)
    # The sessions go last, one per line: written as they are read, readable in an editor.
    out.write(text[: text.rindex("[]")] + "[")
    count = 0
    for row in stored_sessions(db, _SELECT, profile_id, first, last):
        session = {
            name: to_file(value) for (name, to_file), value in zip(_TO_FILE, row, strict=True)
        }
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(session, ensure_ascii=False))
        count += 1
    out.write("\n ]\n}\n" if count else "]\n}\n")
    return count


def import_backup(db: Database, profile_id: int, backup: Backup) -> ImportReport:
    """Merge the file's sessions into the profile, in one transaction.

    A session the profile already has (same started_utc and kind) is skipped, and so is a
    movement day it has, so importing a file twice adds nothing. Movement days count as
    logged when the file was saved. Keeps each session's local_day. The profile's settings and
    preferences are left as they are.
    """
    with db.transaction() as conn:
        if conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone() is None:
            raise KeyError(profile_id)
        cursor = conn.execute(
            "SELECT started_utc, kind FROM sessions WHERE profile_id = ?", (profile_id,)
        )
        have = {(row[0], row[1]) for row in cursor}
        sealing = db.keyring.sealing_key(conn, profile_id)  # a PIN profile, open: sealed rows
        logged = to_iso_z(backup.exported_utc)
        rows: list[list[object]] = []
        for session in backup.sessions:
            record = session.record
            key = (to_iso_z(record.started_utc), record.kind)
            if key in have:
                continue
            have.add(key)
            rows.append(_row(profile_id, session, sealing))
        conn.executemany(_INSERT, rows)
        before = conn.total_changes
        conn.executemany(
            "INSERT OR IGNORE INTO movement (profile_id, local_day, logged_utc) VALUES (?, ?, ?)",
            [(profile_id, d.isoformat(), logged) for d in backup.movement_days],
        )
        moved = conn.total_changes - before
    return ImportReport(len(rows), len(backup.sessions) - len(rows), moved)


def _row(profile_id: int, session: BackupSession, key: DataKey | None) -> list[object]:
    given = {
        "profile_id": profile_id,
        "checkpoint_utc": to_iso_z_or_none(session.checkpoint_utc),
        "local_day": session.local_day.isoformat(),
        **seal_given(session.record, profile_id, key),
    }
    return stored_values(session.record, _IMPORTED, given)
