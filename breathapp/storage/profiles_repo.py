# SPDX-License-Identifier: GPL-3.0-or-later
"""Profiles: the default one (created with the schema) and lookup by id."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from breathapp.core.profiles import Profile
from breathapp.storage.db import Database, read_one_row


class ProfileRepo:
    """Reads profiles and their safety settings."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def default(self) -> Profile:
        """The profile with the lowest id; the schema always creates one."""
        rows = self._db.query(f"SELECT {_COLUMNS} FROM profiles ORDER BY id LIMIT 1")
        if not rows:
            raise LookupError("the database has no profile")
        return _profile(rows[0])

    def get(self, profile_id: int) -> Profile:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM profiles WHERE id = ?", (profile_id,))
        if not rows:
            raise KeyError(profile_id)
        return _profile(rows[0])

    def set_no_holds(self, profile_id: int, no_holds: bool) -> Profile:
        """Allow or forbid breath holds for the profile; returns it as stored."""
        return self._set(profile_id, "no_holds", no_holds)

    def set_ask_pain(self, profile_id: int, ask_pain: bool) -> Profile:
        """Whether check-ins ask about pain too; returns the profile as stored."""
        return self._set(profile_id, "ask_pain", ask_pain)

    def _set(self, profile_id: int, column: str, value: bool) -> Profile:
        # column comes from the two methods above, never from outside.
        with self._db.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE profiles SET {column} = ? WHERE id = ?", (int(value), profile_id)
            )
            if cursor.rowcount != 1:
                raise KeyError(profile_id)
        return self.get(profile_id)


_COLUMNS = "id, name, no_holds, ask_pain"


def _profile(row: sqlite3.Row) -> Profile:
    return Profile(
        id=int(row["id"]),
        name=str(row["name"]),
        no_holds=bool(row["no_holds"]),
        ask_pain=bool(row["ask_pain"]),
    )


def default_profile_read_only(db_file: Path) -> Profile | None:
    """The default profile of a database file without changing anything (None if unreadable).

    For checks on the command line that must write nothing, not even a new file.
    """
    row = read_one_row(db_file, f"SELECT {_COLUMNS} FROM profiles ORDER BY id LIMIT 1")
    return _profile(row) if row is not None else None
