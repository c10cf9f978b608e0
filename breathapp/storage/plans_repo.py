# SPDX-License-Identifier: GPL-3.0-or-later
"""Plans per profile: the active one with where the profile stands in it, older ones kept."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING

from breathapp.core import strict_json
from breathapp.storage.db import Database
from breathapp.storage.timestamps import to_iso_z

if TYPE_CHECKING:  # plans load only for a profile that has one: off the start-up path
    from breathapp.core.adherence import SessionDone
    from breathapp.core.plans import Plan, PlanProgress


def _starts_to_text(starts: tuple[date, ...]) -> str | None:
    return json.dumps([day.isoformat() for day in starts]) if starts else None


def _starts_from_text(text: object) -> tuple[date, ...]:
    """The days the phases began; () when not stored (older plans) or unreadable.

    Adherence then rebuilds them, so a damaged list never costs the plan itself.
    """
    if not isinstance(text, str):
        return ()
    try:
        days = json.loads(text)
        if not isinstance(days, list) or not all(isinstance(d, str) for d in days):
            return ()
        return tuple(date.fromisoformat(d) for d in days)
    except (ValueError, RecursionError):
        return ()


class PlanRepo:
    """Reads and writes a profile's plans; at most one is active."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def has_active(self, profile_id: int) -> bool:
        """Whether the profile has a plan: one cheap query, for start-up."""
        rows = self._db.query(
            "SELECT 1 FROM plans WHERE profile_id = ? AND active = 1 LIMIT 1", (profile_id,)
        )
        return bool(rows)

    def active(self, profile_id: int) -> tuple[Plan, PlanProgress] | None:
        """The active plan and progress, or None; PlanError when the stored plan is unusable."""
        from breathapp.core.plan_file import plan_from_json
        from breathapp.core.plans import PlanError, PlanProblem, PlanProgress

        rows = self._db.query(
            "SELECT body, started_day, phase_index, phase_started_day, phase_starts FROM plans"
            " WHERE profile_id = ? AND active = 1 ORDER BY id DESC LIMIT 1",
            (profile_id,),
        )
        if not rows:
            return None
        row = rows[0]
        try:
            plan = plan_from_json(strict_json.loads(str(row["body"])))
            progress = PlanProgress(
                date.fromisoformat(str(row["started_day"])),
                int(row["phase_index"]),
                date.fromisoformat(str(row["phase_started_day"])),
                _starts_from_text(row["phase_starts"]),
            )
        except (ValueError, RecursionError) as exc:  # PlanError is a ValueError too
            if isinstance(exc, PlanError):
                raise
            raise PlanError(PlanProblem.BAD_JSON, "", "the stored plan is damaged") from exc
        return plan, progress

    def save(self, profile_id: int, plan: Plan, progress: PlanProgress, now_utc: datetime) -> None:
        """Store ``plan`` as the profile's active plan; the one before it stays, inactive."""
        from breathapp.core.plan_file import plan_to_json

        body = json.dumps(plan_to_json(plan), ensure_ascii=False, separators=(",", ":"))
        with self._db.transaction() as conn:
            conn.execute("UPDATE plans SET active = 0 WHERE profile_id = ?", (profile_id,))
            conn.execute(
                "INSERT INTO plans (profile_id, body, received_utc, started_day, phase_index,"
                " phase_started_day, phase_starts, active) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                (
                    profile_id,
                    body,
                    to_iso_z(now_utc),
                    progress.started_day.isoformat(),
                    progress.phase_index,
                    progress.phase_started_day.isoformat(),
                    _starts_to_text(progress.phase_starts),
                ),
            )

    def set_progress(self, profile_id: int, progress: PlanProgress) -> None:
        """Where the profile stands in its active plan (the therapist moved it on)."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE plans SET started_day = ?, phase_index = ?, phase_started_day = ?,"
                " phase_starts = ? WHERE profile_id = ? AND active = 1",
                (
                    progress.started_day.isoformat(),
                    progress.phase_index,
                    progress.phase_started_day.isoformat(),
                    _starts_to_text(progress.phase_starts),
                    profile_id,
                ),
            )
            if cursor.rowcount != 1:
                raise LookupError(f"profile {profile_id} has no active plan")

    def remove(self, profile_id: int) -> None:
        """The profile no longer follows a plan; the plans stay stored, inactive."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE plans SET active = 0 WHERE profile_id = ?", (profile_id,))

    def sessions_done(self, profile_id: int, first: date, last: date) -> list[SessionDone]:
        """The profile's sessions from ``first`` to ``last`` (local days), in the order begun."""
        from breathapp.core.adherence import SessionDone

        rows = self._db.query(
            "SELECT local_day, kind, pattern_id, pattern_text, active_s, status FROM sessions"
            " WHERE profile_id = ? AND local_day BETWEEN ? AND ? ORDER BY started_utc, id",
            (profile_id, first.isoformat(), last.isoformat()),
        )
        return [
            SessionDone(
                local_day=date.fromisoformat(str(r["local_day"])),
                kind=str(r["kind"]),
                pattern_id=None if r["pattern_id"] is None else str(r["pattern_id"]),
                pattern_text=str(r["pattern_text"]),
                active_s=float(r["active_s"]),
                completed=r["status"] == "completed",
            )
            for r in rows
        ]
