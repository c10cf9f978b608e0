# SPDX-License-Identifier: GPL-3.0-or-later
"""Plans per profile: the active one with where the profile stands in it, older ones kept.

For a profile with a PIN the whole plan is sealed (``sealed``, bound to its profile and
when it was received) and ``body`` keeps only its shape: the sessions prescribed, the
days and reminder times, without any of the therapist's words (see public_body).
"""

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
    from breathapp.storage.vault import DataKey, Keyring

# The title a sealed plan's readable shape has instead of the therapist's (required there).
SEALED_TITLE = "(sealed)"


def plan_aad(profile_id: object, received_utc: object) -> bytes:
    """What a sealed plan is bound to: its profile and when it was received (as stored)."""
    return f"plan|{profile_id}|{received_utc}".encode()


def plan_text(plan: Plan) -> str:
    from breathapp.core.plan_file import plan_to_json

    return json.dumps(plan_to_json(plan), ensure_ascii=False, separators=(",", ":"))


def public_body(plan: Plan) -> str:
    """The plan without its words (title, phase names, notes and movement activities,
    message, contact, flare-up advice) and without the id of its recorded voice (made
    from the therapist's name). Movement goals and suggest_contact are shape: kept."""
    from dataclasses import replace

    from breathapp.core.plans import Contact

    phases = tuple(replace(phase, name="", note="", movement_activity="") for phase in plan.phases)
    shape = replace(
        plan,
        title=SEALED_TITLE,
        phases=phases,
        message="",
        contact=Contact(),
        voice_pack="",
        flare_up_advice="",
    )
    return plan_text(shape)


def stored_plan(
    plan: Plan, key: DataKey | None, profile_id: int, received_utc: str
) -> tuple[str, bytes | None]:
    """``body`` and ``sealed`` as stored: the plan in plain, or its shape and the sealed plan."""
    if key is None:
        return plan_text(plan), None
    whole = plan_text(plan).encode("utf-8")
    return public_body(plan), key.seal(whole, plan_aad(profile_id, received_utc))


def opened_body(
    keys: Keyring | None, body: str, sealed: bytes | None, profile_id: int, received_utc: str
) -> str:
    """The plan's JSON text: the sealed whole when its key is open, else the body as stored.

    ValueError when a sealed plan does not open with its profile's open key (damaged).
    """
    key = None if keys is None else keys.key(profile_id)
    if sealed is None or key is None:
        return body
    return key.open(sealed, plan_aad(profile_id, received_utc)).decode("utf-8")


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
            "SELECT body, started_day, phase_index, phase_started_day, phase_starts,"
            " received_utc, sealed FROM plans"
            " WHERE profile_id = ? AND active = 1 ORDER BY id DESC LIMIT 1",
            (profile_id,),
        )
        if not rows:
            return None
        row = rows[0]
        try:
            text = opened_body(
                self._db.keyring, str(row["body"]), row["sealed"], profile_id, row["received_utc"]
            )
            plan = plan_from_json(strict_json.loads(text))
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
        received = to_iso_z(now_utc)
        with self._db.transaction() as conn:
            key = self._db.keyring.sealing_key(conn, profile_id)
            body, sealed = stored_plan(plan, key, profile_id, received)
            conn.execute("UPDATE plans SET active = 0 WHERE profile_id = ?", (profile_id,))
            conn.execute(
                "INSERT INTO plans (profile_id, body, received_utc, started_day, phase_index,"
                " phase_started_day, phase_starts, sealed, active)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (
                    profile_id,
                    body,
                    received,
                    progress.started_day.isoformat(),
                    progress.phase_index,
                    progress.phase_started_day.isoformat(),
                    _starts_to_text(progress.phase_starts),
                    sealed,
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
