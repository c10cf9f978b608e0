# SPDX-License-Identifier: GPL-3.0-or-later
"""Profiles: the default one (created with the schema), more of them, their PINs and locks."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from breathapp.core.profiles import (
    LockState,
    NameProblem,
    Profile,
    ProfileNameError,
    clean_name,
    same_name,
)
from breathapp.storage.db import Database, read_one_row
from breathapp.storage.files import connect_read_only
from breathapp.storage.timestamps import from_iso_z_or_none, to_iso_z, to_iso_z_or_none

if TYPE_CHECKING:
    from breathapp.storage.pin_lock import PinLock


class ProfileRepo:
    """Reads and changes profiles, their safety settings, PINs and lock-outs."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._pin_lock: PinLock | None = None

    def default(self) -> Profile:
        """The profile with the lowest id; the schema always creates one."""
        return self.first_and_count()[0]

    def first_and_count(self) -> tuple[Profile, int]:
        """The default profile and how many there are, in one cheap query (start-up)."""
        rows = self._db.query(
            f"SELECT {_COLUMNS}, (SELECT count(*) FROM profiles) AS n"
            " FROM profiles ORDER BY id LIMIT 1"
        )
        if not rows:
            raise LookupError("the database has no profile")
        return _profile(rows[0]), int(rows[0]["n"])

    def all(self) -> list[Profile]:
        """Every profile, oldest first."""
        return [_profile(r) for r in self._db.query(f"SELECT {_COLUMNS} FROM profiles ORDER BY id")]

    def get(self, profile_id: int) -> Profile:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM profiles WHERE id = ?", (profile_id,))
        if not rows:
            raise KeyError(profile_id)
        return _profile(rows[0])

    def by_name(self, name: str) -> Profile | None:
        """The profile of that name, in any case; "" is the default profile."""
        wanted = " ".join(name.split())
        for profile in self.all():
            if same_name(profile.name, wanted):
                return profile
        return None

    def create(self, name: str, now_utc: datetime) -> Profile:
        """A new profile with default settings; ProfileNameError for a bad or taken name."""
        name = clean_name(name)
        with self._db.transaction() as conn:
            self._check_free(conn, name, None)
            cursor = conn.execute(
                "INSERT INTO profiles (name, created_utc) VALUES (?, ?)", (name, to_iso_z(now_utc))
            )
            new_id = int(cursor.lastrowid or 0)
        return self.get(new_id)

    def rename(self, profile_id: int, name: str) -> Profile:
        name = clean_name(name)
        with self._db.transaction() as conn:
            self._check_free(conn, name, profile_id)
            if (
                conn.execute(
                    "UPDATE profiles SET name = ? WHERE id = ?", (name, profile_id)
                ).rowcount
                != 1
            ):
                raise KeyError(profile_id)
        return self.get(profile_id)

    @staticmethod
    def _check_free(conn: sqlite3.Connection, name: str, own_id: int | None) -> None:
        for row in conn.execute("SELECT id, name FROM profiles"):
            if row[0] != own_id and same_name(str(row[1]), name):
                raise ProfileNameError(NameProblem.TAKEN)

    def delete(self, profile_id: int) -> None:
        """Remove the profile and all that is its own for good, in one transaction.

        Its sessions (with their beats), resonance tests, preferences, plans and movement
        ticks go with it. The last profile
        stays: ValueError when it is the only one.
        """
        with self._db.transaction() as conn:
            if conn.execute("SELECT count(*) FROM profiles").fetchone()[0] <= 1:
                raise ValueError("the only profile cannot be deleted")
            conn.execute("DELETE FROM therapist_notes WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM bad_days WHERE profile_id = ?", (profile_id,))
            conn.execute(
                "DELETE FROM session_beats WHERE session_id IN"
                " (SELECT id FROM sessions WHERE profile_id = ?)",
                (profile_id,),
            )
            conn.execute("DELETE FROM resonance_tests WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM sessions WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM preferences WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM plans WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM movement WHERE profile_id = ?", (profile_id,))
            if conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,)).rowcount != 1:
                raise KeyError(profile_id)

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

    # -- PIN (storage.pin_lock; loaded, with hashlib, only when a PIN is asked) -----------
    def pin_lock(self) -> PinLock:
        from breathapp.storage.pin_lock import PinLock

        if self._pin_lock is None:
            self._pin_lock = PinLock(self._db)
        return self._pin_lock

    def files_not_cleared(self) -> list[Path]:
        """The files the last change of PIN could not seal or clear (a full disk, a damaged
        backup): they may still hold the profile's notes and ratings readable."""
        return list(self._pin_lock.not_cleared) if self._pin_lock is not None else []

    def has_pin(self, profile_id: int) -> bool:
        """Whether the profile opens only with its PIN (or passphrase)."""
        return self.get(profile_id).has_pin

    def try_pin(self, profile_id: int, pin: str) -> bool:
        """Whether ``pin`` opens the profile; if so its private data is open from now on."""
        return self.pin_lock().try_pin(profile_id, pin)

    def change_pin(self, profile_id: int, old: str | None, new: str | None) -> bool:
        """Set, change or remove (``new`` None) the PIN; False when ``old`` is not right."""
        return self.pin_lock().change(profile_id, old, new)

    def lock_state(self, profile_id: int) -> LockState:
        rows = self._db.query(
            "SELECT pin_failures, locked_until_utc FROM profiles WHERE id = ?", (profile_id,)
        )
        if not rows:
            raise KeyError(profile_id)
        return LockState(int(rows[0][0]), from_iso_z_or_none(rows[0][1]))

    def set_lock_state(self, profile_id: int, state: LockState) -> None:
        """Kept in the file, so that quitting and starting again does not reset a lock."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE profiles SET pin_failures = ?, locked_until_utc = ? WHERE id = ?",
                (state.failures, to_iso_z_or_none(state.locked_until_utc), profile_id),
            )


_COLUMNS = (
    "id, name, no_holds, ask_pain, (pin_hash IS NOT NULL OR vault_wrapped IS NOT NULL) AS has_pin"
)


def _profile(row: sqlite3.Row) -> Profile:
    return Profile(
        id=int(row["id"]),
        name=str(row["name"]),
        no_holds=bool(row["no_holds"]),
        ask_pain=bool(row["ask_pain"]),
        has_pin=bool(row["has_pin"]),
    )


# Read-only checks may meet a file from an older version: they leave it as it is. Before
# sealing (schema v4 to v7) a PIN is a hash alone; before PINs (v3) there are none.
_OLDER_COLUMNS = (
    "id, name, no_holds, ask_pain, pin_hash IS NOT NULL AS has_pin",
    "id, name, no_holds, ask_pain, 0 AS has_pin",
)


def default_profile_read_only(db_file: Path) -> Profile | None:
    """The default profile of a database file without changing anything (None if unreadable).

    For checks on the command line that must write nothing, not even a new file.
    """
    for columns in (_COLUMNS, *_OLDER_COLUMNS):
        row = read_one_row(db_file, f"SELECT {columns} FROM profiles ORDER BY id LIMIT 1")
        if row is not None:
            return _profile(row)
    return None


def profiles_read_only(db_file: Path) -> list[Profile] | None:
    """Every profile of a database file, oldest first, read without writing; None if unreadable."""
    if not db_file.is_file():
        return None
    try:
        with closing(connect_read_only(db_file)) as conn:
            conn.row_factory = sqlite3.Row
            for columns in (_COLUMNS, *_OLDER_COLUMNS):
                try:
                    cursor = conn.execute(f"SELECT {columns} FROM profiles ORDER BY id")
                except sqlite3.OperationalError:  # a file from an older version
                    continue
                return [_profile(row) for row in cursor.fetchall()]
            return None
    except (sqlite3.Error, OSError):
        return None
