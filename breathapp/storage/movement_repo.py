# SPDX-License-Identifier: GPL-3.0-or-later
"""Movement per local day: the minutes moved, one row per profile and day.

Days from the old "I moved at least 15 minutes today" tick read as 15 minutes with
``at_least`` set ("15 minutes or more"); the tick's own calls (set, moved, days) still work.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from breathapp.core.movement import MovementDay, check_movement_minutes
from breathapp.storage.db import Database
from breathapp.storage.timestamps import local_day_range, to_iso_z


class MovementRepo:
    """Sets, clears and lists the minutes a profile moved per day (and the old tick)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def set(self, profile_id: int, day: date, moved: bool, now_utc: datetime) -> None:
        """The old tick: ``moved`` adds "15 minutes or more" unless ``day`` has minutes
        already (ticking twice keeps the first); False clears the day."""
        with self._db.transaction() as conn:
            if moved:
                conn.execute(
                    "INSERT OR IGNORE INTO movement"
                    " (profile_id, local_day, logged_utc, minutes, at_least)"
                    " VALUES (?, ?, ?, 15, 1)",
                    (profile_id, day.isoformat(), to_iso_z(now_utc)),
                )
            else:
                self._clear(conn, profile_id, day)

    def set_minutes(self, profile_id: int, day: date, minutes: int, now_utc: datetime) -> None:
        """Set ``day`` to exactly ``minutes`` (replacing what it had); 0 clears the day.

        Anything but whole minutes from 0 to 600 raises MovementError and changes nothing.
        """
        if not (type(minutes) is int and minutes == 0):
            check_movement_minutes(minutes)
        with self._db.transaction() as conn:
            if minutes == 0:
                self._clear(conn, profile_id, day)
                return
            conn.execute(
                "INSERT OR REPLACE INTO movement"
                " (profile_id, local_day, logged_utc, minutes, at_least) VALUES (?, ?, ?, ?, 0)",
                (profile_id, day.isoformat(), to_iso_z(now_utc), minutes),
            )

    @staticmethod
    def _clear(conn: sqlite3.Connection, profile_id: int, day: date) -> None:
        conn.execute(
            "DELETE FROM movement WHERE profile_id = ? AND local_day = ?",
            (profile_id, day.isoformat()),
        )

    def minutes(self, profile_id: int, day: date) -> MovementDay | None:
        """What ``day`` holds, or None when nothing was logged."""
        found = self.entries(profile_id, day, day)
        return found[0] if found else None

    def entries(self, profile_id: int, first: date | None, last: date | None) -> list[MovementDay]:
        """The days with movement from ``first`` to ``last`` (None: no bound), oldest first."""
        where, params = local_day_range(first, last)
        rows = self._db.query(
            "SELECT local_day, minutes, at_least FROM movement"
            f" WHERE profile_id = ?{where} ORDER BY local_day",
            [profile_id, *params],
        )
        return [
            MovementDay(
                date.fromisoformat(str(r["local_day"])), int(r["minutes"]), bool(r["at_least"])
            )
            for r in rows
        ]

    def moved(self, profile_id: int, day: date) -> bool:
        """Whether ``day`` has any movement logged."""
        rows = self._db.query(
            "SELECT 1 FROM movement WHERE profile_id = ? AND local_day = ?",
            (profile_id, day.isoformat()),
        )
        return bool(rows)

    def days(self, profile_id: int, first: date | None, last: date | None) -> list[date]:
        """The days with movement from ``first`` to ``last`` (None: no bound), oldest first."""
        where, params = local_day_range(first, last)
        rows = self._db.query(
            f"SELECT local_day FROM movement WHERE profile_id = ?{where} ORDER BY local_day",
            [profile_id, *params],
        )
        return [date.fromisoformat(str(r["local_day"])) for r in rows]
