# SPDX-License-Identifier: GPL-3.0-or-later
"""The history as the charts and the list need it: aggregated per day in SQL, filtered, edited."""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any

from breathapp.core.checkin import check_note
from breathapp.core.report import RECENT_SESSIONS, ReportData, build_report
from breathapp.core.session import SessionRecord
from breathapp.core.stats import DayTotal, RatePoint, RatingPoint, SessionFilter
from breathapp.storage.db import Database
from breathapp.storage.errors import storage_errors
from breathapp.storage.flare_repo import BadDayRepo, NoteRepo
from breathapp.storage.plan_history import PlanHistory
from breathapp.storage.session_columns import (
    PRIVATE,
    RECORD_SQL,
    open_private,
    open_row,
    record_from_row,
    seal_row,
    session_aad,
    tension_change,
)
from breathapp.storage.timestamps import local_day_range
from breathapp.storage.vault import NONCE_BYTES

BREATHING = "breathing"
RELAXATION = "relaxation:"
_RATINGS = ("tension_before", "tension_after", "pain_before", "pain_after")

# Where a deleted session's beats wait for an undo: no column has this name.
_BEATS = "-beats"


class HistoryRepo:
    """Reads for the history screen and the report; edits notes; deletes and restores."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _sealed(self, profile_id: int) -> bool:
        """Whether the profile keeps its private values sealed (a PIN); asked once."""
        with storage_errors(self._db.path):
            return self._db.keyring.is_sealed(self._db.connection, profile_id)

    def _tuples(self, sql: str, params: tuple[object, ...]) -> builtins.list[tuple[Any, ...]]:
        """Rows as plain tuples: the quickest sqlite3 makes, for reads of every session."""
        with storage_errors(self._db.path):
            cursor = self._db.connection.cursor()
            cursor.row_factory = None
            rows: builtins.list[tuple[Any, ...]] = cursor.execute(sql, params).fetchall()
            return rows

    def _sealed_plain(self, profile_id: int) -> builtins.list[bytes]:
        """The opened private bytes of each sealed row of the profile (none while it is
        locked; b"" for a blob that does not open, moved from another row or damaged).

        Each blob is opened once while the profile is open; later calls read only the row
        ids and nonces and open the rows sealed since (100,000 sessions: see benchmarks).
        """
        keys = self._db.keyring
        key = keys.key(profile_id)
        if key is None:
            return []
        known = keys.opened_rows(profile_id)
        where = " WHERE profile_id = ? AND sealed IS NOT NULL"
        if known:
            rows = self._tuples(
                f"SELECT id, substr(sealed, 2, {NONCE_BYTES}) FROM sessions{where}", (profile_id,)
            )
            if all((hit := known.get(i)) is not None and hit[0] == nonce for i, nonce in rows):
                return [known[i][1] for i, _nonce in rows]
        plains = []
        for row_id, started_utc, kind, blob in self._tuples(
            f"SELECT id, started_utc, kind, sealed FROM sessions{where}", (profile_id,)
        ):
            nonce = blob[1 : 1 + NONCE_BYTES]
            hit = known.get(row_id)
            if hit is None or hit[0] != nonce:
                try:
                    plain = key.open(blob, session_aad(profile_id, started_utc, kind))
                except ValueError:  # SealError
                    plain = b""
                hit = known[row_id] = (nonce, plain)
            plains.append(hit[1])
        return plains

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
        # A PIN profile's ratings are in its sealed blobs: those rows are read too and opened.
        sealed = " OR sealed IS NOT NULL" if self._sealed(profile_id) else ""
        rows = self._db.query(
            "SELECT id, local_day, tension_before, tension_after, pain_before, pain_after,"
            f" started_utc, kind, sealed FROM sessions WHERE profile_id = ?{where}"
            " AND (tension_before IS NOT NULL OR tension_after IS NOT NULL"
            f" OR pain_before IS NOT NULL OR pain_after IS NOT NULL{sealed})"
            " ORDER BY started_utc, id",
            [profile_id, *params],
        )
        keys, points = self._db.keyring, []
        for r in rows:
            rated = tuple(r[2:6])
            if r[8] is not None:
                opened = open_private(keys, r[8], profile_id, r[6], r[7])
                rated = tuple(opened.get(name) for name in _RATINGS)
            if any(value is not None for value in rated):
                points.append(RatingPoint(int(r[0]), date.fromisoformat(r[1]), *rated))
        return points

    def average_tension_change(self, profile_id: int) -> float | None:
        """The mean of (after - before) over every session rated both times."""
        rows = self._db.query(
            "SELECT sum(tension_after - tension_before), count(*) FROM sessions"
            " WHERE profile_id = ? AND tension_before IS NOT NULL AND tension_after IS NOT NULL",
            (profile_id,),
        )
        total, count = int(rows[0][0] or 0), int(rows[0][1])
        if self._sealed(profile_id):
            for plain in self._sealed_plain(profile_id):
                change = tension_change(plain)
                if change is not None:
                    total += change
                    count += 1
        return total / count if count else None

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
        from breathapp.storage.heart_repo import ResonanceRepo  # heart data: loaded when asked

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
            plans.movement_goal_days(profile_id, first, end),
            [b.day for b in BadDayRepo(self._db).list(profile_id, first, end)],
            NoteRepo(self._db).list(profile_id),
            ResonanceRepo(self._db, profile_id).latest(),
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
        keys = self._db.keyring
        return [record_from_row(r, keys) for r in rows]

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
        """A new note; in a sealed row the blob is opened and sealed again around it."""
        note = check_note(note)
        keys = self._db.keyring
        with self._db.transaction() as conn:
            found = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if found is None:
                raise KeyError(session_id)
            row = open_row(dict(zip(found.keys(), tuple(found), strict=True)), keys)
            row["note"] = note
            row = seal_row(row, keys.sealing_key(conn, _profile_of(row)))
            changed = [*(c.name for c in PRIVATE), "sealed"]
            conn.execute(
                f"UPDATE sessions SET {', '.join(f'{n} = ?' for n in changed)} WHERE id = ?",
                [*(row[n] for n in changed), session_id],
            )

    def delete(self, session_id: int) -> dict[str, object]:
        """Remove a session; returns its whole row, so restore() can put it back as it was.

        A sealed row comes back opened (memory only): restore() seals it with the key open
        then, so an undo still works after the PIN was changed meanwhile.
        """
        from breathapp.storage.heart_repo import RrRepo  # only when a session is deleted

        with self._db.transaction() as conn:
            row = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise KeyError(session_id)
            beats = RrRepo(self._db).get(session_id)  # opened: memory only, like the row
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))  # and its beats
        # A Row iterates its values.
        deleted = open_row(dict(zip(row.keys(), tuple(row), strict=True)), self._db.keyring)
        if beats is not None:
            deleted[_BEATS] = beats
        return deleted

    def restore(self, row: dict[str, object]) -> None:
        """Undo a delete: the same row, with the same id, back in its place (with its beats)."""
        row = dict(row)
        beats = row.pop(_BEATS, None)
        with self._db.transaction() as conn:
            key = self._db.keyring.sealing_key(conn, _profile_of(row))
            row = seal_row(row, key)
            names = list(row)
            marks = ", ".join("?" for _ in names)
            conn.execute(
                f"INSERT INTO sessions ({', '.join(names)}) VALUES ({marks})",
                [row[n] for n in names],
            )
            if beats is not None:
                from breathapp.core.heart.beats import RrSeries
                from breathapp.storage.heart_repo import RrRepo

                session_id = row["id"]
                assert isinstance(beats, RrSeries) and isinstance(session_id, int)
                RrRepo(self._db).save(session_id, beats)


def _profile_of(row: dict[str, object]) -> int:
    profile_id = row["profile_id"]
    if not isinstance(profile_id, int):
        raise TypeError("a stored session has a whole-number profile id")
    return profile_id
