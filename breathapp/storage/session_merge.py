# SPDX-License-Identifier: GPL-3.0-or-later
"""A newer word on sessions brought into the store, never an older one.

Two sources know more than the database at open: the checkpoint journal (what a full disk
kept out) and a damaged file just set aside (what happened after the restored backup).
A session is known by its profile, start and kind. A row is taken when the table lacks
it, or when it is newer: ended (completed or stopped) beats unfinished (running or
interrupted), and otherwise the later checkpoint wins. So a completed session never comes
back as interrupted, and nothing is ever made older.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterable, Mapping
from contextlib import closing
from pathlib import Path

from breathapp.core.session import SessionRecord
from breathapp.storage.checkpoint_journal import Row
from breathapp.storage.files import no_new_sidecars, open_read_only
from breathapp.storage.session_columns import COLUMNS, ON_UPDATE, stored_values
from breathapp.storage.timestamps import from_iso_z_or_none

ROW_COLUMNS = tuple(c for c in COLUMNS if c.name != "id")
ROW_NAMES = tuple(c.name for c in ROW_COLUMNS)
_KEY = ("profile_id", "started_utc", "kind")
_ENDED = frozenset({"completed", "stopped"})
_STATUSES = frozenset({"running", "interrupted", *_ENDED})
_UPDATED = tuple(c.name for c in ON_UPDATE)

Key = tuple[object, object, object]


def session_row(
    record: SessionRecord,
    profile_id: int,
    local_day: str,
    checkpoint_utc: str | None,
    sealed: Mapping[str, object],
) -> Row:
    """Every stored value of a session's row but its id, as the journal keeps it.

    ``sealed`` is what session_columns.seal_given gives for the row's profile.
    """
    given = {
        "profile_id": profile_id,
        "local_day": local_day,
        "checkpoint_utc": checkpoint_utc,
        **sealed,
    }
    return dict(zip(ROW_NAMES, stored_values(record, ROW_COLUMNS, given), strict=True))


def is_newer(candidate: Mapping[str, object], current: Mapping[str, object]) -> bool:
    """True when ``candidate`` knows more of the session than ``current``."""
    ended, was_ended = candidate["status"] in _ENDED, current["status"] in _ENDED
    if ended != was_ended:
        return ended
    return str(candidate.get("checkpoint_utc") or "") > str(current.get("checkpoint_utc") or "")


def _sane(row: Mapping[str, object]) -> bool:
    """The key and status a row must have to be taken (a damaged page may give husks)."""
    started = row.get("started_utc")
    if not isinstance(started, str) or from_iso_z_or_none(started) is None:
        return False
    return (
        isinstance(row.get("profile_id"), int)
        and isinstance(row.get("kind"), str)
        and row.get("status") in _STATUSES
    )


class _Known:
    """The sessions the table holds, by key, read once (for many rows, one query)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._rows: dict[Key, tuple[int, str, str | None]] | None = None
        self._profiles: set[int] = set()

    def find(self, key: Key) -> tuple[int, str, str | None] | None:
        if self._rows is None:
            cursor = self._conn.execute(
                "SELECT profile_id, started_utc, kind, id, status, checkpoint_utc FROM sessions"
            )
            self._rows = {(r[0], r[1], r[2]): (r[3], r[4], r[5]) for r in cursor}
            self._profiles = {r[0] for r in self._conn.execute("SELECT id FROM profiles")}
        return self._rows.get(key)

    def has_profile(self, profile_id: object) -> bool:
        return profile_id in self._profiles

    def note(self, key: Key, session_id: int, row: Mapping[str, object]) -> None:
        assert self._rows is not None
        self._rows[key] = (session_id, str(row["status"]), _text(row.get("checkpoint_utc")))


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def merge_sessions(conn: sqlite3.Connection, rows: Iterable[Mapping[str, object]]) -> int:
    """Bring each row in where it is new or newer (see the module); how many changed.

    Runs inside the caller's transaction. A row the table refuses (a profile that is
    gone, a value its checks reject) is passed over.
    """
    known = _Known(conn)
    changed = 0
    for row in rows:
        if not _sane(row):
            continue
        key: Key = (row["profile_id"], row["started_utc"], row["kind"])
        found = known.find(key)
        try:
            if found is None:
                if not known.has_profile(row["profile_id"]):
                    continue
                names = [n for n in ROW_NAMES if n in row]
                cursor = conn.execute(
                    f"INSERT INTO sessions ({', '.join(names)})"
                    f" VALUES ({', '.join('?' * len(names))})",
                    [row[n] for n in names],
                )
                session_id = cursor.lastrowid
            else:
                session_id, status, checkpoint = found
                if not is_newer(row, {"status": status, "checkpoint_utc": checkpoint}):
                    continue
                names = [n for n in _UPDATED if n in row]
                conn.execute(
                    f"UPDATE sessions SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                    [*(row[n] for n in names), session_id],
                )
        except sqlite3.IntegrityError:
            continue
        if session_id is not None:
            known.note(key, session_id, row)
        changed += 1
    return changed


def salvage(conn: sqlite3.Connection, damaged: Path) -> int:
    """Merge what the damaged file set aside still tells of its sessions; how many changed.

    The file is only read (and gains no file beside it); reading stops at the first
    damaged page, keeping what came before.
    """
    with no_new_sidecars(damaged):
        rows = _readable_rows(damaged)
        try:
            return merge_sessions(conn, rows)
        finally:
            rows.close()  # closes the file's connection before its sidecars are looked at


def _readable_rows(path: Path) -> Generator[Row, None, None]:
    try:
        with closing(open_read_only(path)) as source:
            present = {str(r[1]) for r in source.execute("PRAGMA table_info(sessions)")}
            names = [n for n in ROW_NAMES if n in present]
            if not set(_KEY) | {"status"} <= set(names):
                return
            cursor = source.execute(f"SELECT {', '.join(names)} FROM sessions")
            for values in cursor:
                yield dict(zip(names, values, strict=True))
    except (sqlite3.Error, OSError):
        return
