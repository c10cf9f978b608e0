# SPDX-License-Identifier: GPL-3.0-or-later
"""The daily "I moved at least 15 minutes today" tick, one row per profile and local day."""

from __future__ import annotations

from datetime import date, datetime

from breathapp.storage.db import Database
from breathapp.storage.timestamps import local_day_range, to_iso_z


class MovementRepo:
    """Sets, clears and lists the days a profile ticked "I moved today"."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def set(self, profile_id: int, day: date, moved: bool, now_utc: datetime) -> None:
        """Tick (or untick) ``day``; ticking twice keeps the first time it was logged."""
        with self._db.transaction() as conn:
            if moved:
                conn.execute(
                    "INSERT OR IGNORE INTO movement (profile_id, local_day, logged_utc)"
                    " VALUES (?, ?, ?)",
                    (profile_id, day.isoformat(), to_iso_z(now_utc)),
                )
            else:
                conn.execute(
                    "DELETE FROM movement WHERE profile_id = ? AND local_day = ?",
                    (profile_id, day.isoformat()),
                )

    def moved(self, profile_id: int, day: date) -> bool:
        """Whether ``day`` is ticked."""
        rows = self._db.query(
            "SELECT 1 FROM movement WHERE profile_id = ? AND local_day = ?",
            (profile_id, day.isoformat()),
        )
        return bool(rows)

    def days(self, profile_id: int, first: date | None, last: date | None) -> list[date]:
        """The ticked days from ``first`` to ``last`` (None: no bound), oldest first."""
        where, params = local_day_range(first, last)
        rows = self._db.query(
            f"SELECT local_day FROM movement WHERE profile_id = ?{where} ORDER BY local_day",
            [profile_id, *params],
        )
        return [date.fromisoformat(str(r["local_day"])) for r in rows]
