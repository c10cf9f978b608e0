# SPDX-License-Identifier: GPL-3.0-or-later
"""The history as the charts and the list need it: aggregated per day in SQL, filtered, edited."""

from __future__ import annotations

import builtins
from datetime import date

from breathapp.core.checkin import check_note
from breathapp.core.report import RECENT_SESSIONS, ReportData, build_report
from breathapp.core.session import SessionRecord
from breathapp.core.stats import DayTotal, RatePoint, RatingPoint, SessionFilter
from breathapp.storage.db import Database
from breathapp.storage.plan_history import PlanHistory
from breathapp.storage.session_columns import RECORD_SQL, record_from_row
from breathapp.storage.timestamps import local_day_range

BREATHING = "breathing"
RELAXATION = "relaxation:"


class HistoryRepo:
    """Reads for the history screen and the report; edits notes; deletes and restores."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def day_totals(
        self, profile_id: int, first: date | None = None, last: date | None = None
    ) -> builtins.list[DayTotal]:
        """Minutes, sessions and completed sessions per local day, oldest first.

        One indexed GROUP BY: 100,000 sessions aggregate in milliseconds.
        """
        where, params = local_day_range(first, last)
        rows = self._db.query(
            "SELECT local_day, sum(active_s) / 60.0, count(*),"
            " sum(CASE WHEN status = 'completed' THEN 1 ELSE 0 END)"
            f" FROM sessions WHERE profile_id = ?{where} GROUP BY local_day ORDER BY local_day",
            [profile_id, *params],
        )
        return [DayTotal(date.fromisoformat(r[0]), float(r[1]), int(r[2]), int(r[3])) for r in rows]

    def rate_per_day(
        self, profile_id: int, first: date | None = None, last: date | None = None
    ) -> builtins.list[RatePoint]:
        """The breathing rate practised each day (weighted by time), breathing sessions only."""
        where, params = local_day_range(first, last)
        rows = self._db.query(
            "SELECT local_day, sum(rate_bpm * active_s) / sum(active_s), sum(active_s) / 60.0"
            f" FROM sessions WHERE profile_id = ? AND kind = ? AND active_s > 0{where}"
            " GROUP BY local_day ORDER BY local_day",
            [profile_id, BREATHING, *params],
        )
        return [RatePoint(date.fromisoformat(r[0]), float(r[1]), float(r[2])) for r in rows]

    def ratings(
        self, profile_id: int, first: date | None = None, last: date | None = None
    ) -> builtins.list[RatingPoint]:
        """Sessions with any self-rating, oldest first."""
        where, params = local_day_range(first, last)
        rows = self._db.query(
            "SELECT id, local_day, tension_before, tension_after, pain_before, pain_after"
            f" FROM sessions WHERE profile_id = ?{where} AND (tension_before IS NOT NULL"
            " OR tension_after IS NOT NULL OR pain_before IS NOT NULL OR pain_after IS NOT NULL)"
            " ORDER BY started_utc, id",
            [profile_id, *params],
        )
        return [RatingPoint(int(r[0]), date.fromisoformat(r[1]), *r[2:6]) for r in rows]

    def average_tension_change(self, profile_id: int) -> float | None:
        """The mean of (after - before) over every session rated both times."""
        rows = self._db.query(
            "SELECT avg(tension_after - tension_before) FROM sessions WHERE profile_id = ?"
            " AND tension_before IS NOT NULL AND tension_after IS NOT NULL",
            (profile_id,),
        )
        value = rows[0][0]
        return None if value is None else float(value)

    def dizzy_count(self, profile_id: int, first: date | None, last: date | None) -> int:
        where, params = local_day_range(first, last)
        rows = self._db.query(
            f"SELECT count(*) FROM sessions WHERE profile_id = ? AND dizzy = 1{where}",
            [profile_id, *params],
        )
        return int(rows[0][0])

    def report(
        self,
        profile_id: int,
        first: date,
        last: date,
        today: date,
        goal_minutes: int,
        profile_name: str = "",
    ) -> ReportData:
        """The figures of the therapist's report for ``first`` to ``last`` (local days)."""
        which = SessionFilter(first=first, last=last)
        plans = PlanHistory(self._db)
        end = min(last, today)
        return build_report(
            first,
            last,
            today,
            goal_minutes,
            self.day_totals(profile_id, first, last),
            self.ratings(profile_id, first, last),
            self.rate_per_day(profile_id, first, last),
            self.sessions(profile_id, which, limit=RECENT_SESSIONS),
            self.count(profile_id, which),
            profile_name,
            self.dizzy_count(profile_id, first, last),
            plans.movement_days(profile_id, first, end),
            plans.adherence(profile_id, first, end),
        )

    def sessions(
        self,
        profile_id: int,
        which: SessionFilter = SessionFilter(),  # noqa: B008 - an immutable NamedTuple
        limit: int = 200,
        offset: int = 0,
    ) -> builtins.list[SessionRecord]:
        """Sessions for the list, newest first, a page at a time."""
        where, params = self._filter(which)
        rows = self._db.query(
            f"SELECT {RECORD_SQL} FROM sessions WHERE profile_id = ?{where}"
            " ORDER BY started_utc DESC, id DESC LIMIT ? OFFSET ?",
            [profile_id, *params, limit, offset],
        )
        return [record_from_row(r) for r in rows]

    def count(self, profile_id: int, which: SessionFilter = SessionFilter()) -> int:  # noqa: B008
        where, params = self._filter(which)
        rows = self._db.query(
            f"SELECT count(*) FROM sessions WHERE profile_id = ?{where}", [profile_id, *params]
        )
        return int(rows[0][0])

    def kinds_and_patterns(self, profile_id: int) -> tuple[list[str], list[str]]:
        """What the filters can offer: the kinds and the patterns this profile has used."""
        kinds = self._db.query(
            "SELECT DISTINCT kind FROM sessions WHERE profile_id = ? ORDER BY kind", (profile_id,)
        )
        patterns = self._db.query(
            "SELECT coalesce(pattern_id, pattern_text) AS p, count(*) AS n FROM sessions"
            " WHERE profile_id = ? AND kind = ? GROUP BY p ORDER BY n DESC",
            (profile_id, BREATHING),
        )
        return [r[0] for r in kinds], [r[0] for r in patterns if r[0]]

    @staticmethod
    def _filter(which: SessionFilter) -> tuple[str, list[object]]:
        sql, params = local_day_range(which.first, which.last)
        if which.kind == RELAXATION:
            sql += " AND kind LIKE 'relaxation:%'"
        elif which.kind is not None:
            sql += " AND kind = ?"
            params.append(which.kind)
        if which.pattern is not None:
            sql += " AND coalesce(pattern_id, pattern_text) = ?"
            params.append(which.pattern)
        return sql, params

    # -- edits ----------------------------------------------------------------------
    def set_note(self, session_id: int, note: str) -> None:
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET note = ? WHERE id = ?", (check_note(note), session_id)
            )
            if cursor.rowcount != 1:
                raise KeyError(session_id)

    def delete(self, session_id: int) -> dict[str, object]:
        """Remove a session; returns its whole row, so restore() can put it back as it was."""
        with self._db.transaction() as conn:
            row = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise KeyError(session_id)
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return dict(zip(row.keys(), tuple(row), strict=True))  # a Row iterates its values

    def restore(self, row: dict[str, object]) -> None:
        """Undo a delete: the same row, with the same id, back in its place."""
        names = list(row)
        marks = ", ".join("?" for _ in names)
        with self._db.transaction() as conn:
            conn.execute(
                f"INSERT INTO sessions ({', '.join(names)}) VALUES ({marks})",
                [row[n] for n in names],
            )
