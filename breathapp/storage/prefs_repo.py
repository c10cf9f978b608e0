# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences per profile: one row per key, the value as JSON; bad values fall back."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from breathapp.core.prefs import Preferences
from breathapp.core.profiles import Profile
from breathapp.storage.db import Database, read_one_row

_FIELD_ORDER = {f.name: i for i, f in enumerate(fields(Preferences))}


class PrefsRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self, profile_id: int) -> tuple[Preferences, list[str]]:
        """The profile's preferences and the names of stored values that were not usable.

        Unusable values (undecodable JSON, wrong type, out of range) get their defaults;
        keys this version does not know are ignored.
        """
        rows = self._db.query(
            "SELECT key, value FROM preferences WHERE profile_id = ?", (profile_id,)
        )
        data: dict[str, Any] = {}
        bad: list[str] = []
        for row in rows:
            key = str(row["key"])
            try:
                data[key] = json.loads(row["value"])
            except (ValueError, TypeError):
                if key in _FIELD_ORDER:
                    bad.append(key)
        prefs, bad_values = Preferences.from_dict(data)
        bad.extend(bad_values)
        return prefs, sorted(bad, key=_FIELD_ORDER.__getitem__)

    def save(self, profile_id: int, prefs: Preferences) -> None:
        """Store every preference of the profile in one transaction."""
        rows = [
            (profile_id, key, json.dumps(value, ensure_ascii=False))
            for key, value in prefs.to_dict().items()
        ]
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO preferences (profile_id, key, value) VALUES (?, ?, ?)"
                " ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value",
                rows,
            )


def saved_language_read_only(db_file: Path, profile: Profile | None = None) -> str:
    """A profile's chosen language (the default profile's when None), read without writing.

    "" when none is saved.
    """
    which = "(SELECT id FROM profiles ORDER BY id LIMIT 1)" if profile is None else "?"
    row = read_one_row(
        db_file,
        f"SELECT value FROM preferences WHERE key = 'language' AND profile_id = {which}",
        () if profile is None else (profile.id,),
    )
    try:
        value = json.loads(row["value"]) if row is not None else ""
    except (ValueError, TypeError):
        return ""
    return value if isinstance(value, str) else ""
