# SPDX-License-Identifier: GPL-3.0-or-later
"""Profiles: the default one (created with the schema) and lookup by id."""

from __future__ import annotations

from breathapp.core.profiles import Profile
from breathapp.storage.db import Database


class ProfileRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def default(self) -> Profile:
        """The profile with the lowest id; the schema always creates one."""
        rows = self._db.query("SELECT id, name FROM profiles ORDER BY id LIMIT 1")
        if not rows:
            raise LookupError("the database has no profile")
        return Profile(id=int(rows[0]["id"]), name=str(rows[0]["name"]))

    def get(self, profile_id: int) -> Profile:
        rows = self._db.query("SELECT id, name FROM profiles WHERE id = ?", (profile_id,))
        if not rows:
            raise KeyError(profile_id)
        return Profile(id=int(rows[0]["id"]), name=str(rows[0]["name"]))
