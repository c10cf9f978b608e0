# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files (backups): a store with sessions of every sort, its file, its rows."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from breathapp.core.session import LengthKind, SessionStatus
from breathapp.storage.backup import SESSION_FIELDS, write_backup
from breathapp.storage.db import Database
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import add_finished, make_record

NOW = datetime(2026, 11, 25, 15, 23, 0, 123000, tzinfo=UTC)  # stores are opened and saved then
# Far east: a morning session in UTC is on the next calendar day there.
KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14
SOURCE = "practice.json"  # the name a practice file is read under


def at(day: int, hour: int, minute: int = 0, ms: int = 0) -> datetime:
    """A moment in November 2026, UTC."""
    return datetime(2026, 11, day, hour, minute, 0, ms * 1000, tzinfo=UTC)


def fill_every_sort(db: Database) -> None:
    """Five sessions of every sort, written as the app writes them (with checkpoints)."""
    done = make_record(
        started_utc=at(23, 10, 0, 250),
        ended_utc=at(23, 10, 5, 500),
        active_s=330.0,
        breaths=33,
        status=SessionStatus.COMPLETED,
        tension_before=7,
        tension_after=4,
        pain_before=5,
        pain_after=0,
        note='felt "lighter", calmer — ü ✓',
    )
    ramped = make_record(
        started_utc=at(24, 6, 30, 1),
        ended_utc=at(24, 6, 31, 2),
        pattern_id=None,
        pattern_text="5,5-0-5,5-0",
        rate_bpm=5.455,
        ramp_start_bpm=8.0,
        active_s=61.257,
        breaths=5,
        status=SessionStatus.STOPPED,
        length_kind=LengthKind.BREATHS,
        length_value=30.0,
        dizzy=True,
    )
    relax = make_record(
        kind="relaxation:pmr-short",
        started_utc=at(25, 20, 0, 999),
        ended_utc=at(25, 20, 10),
        pattern_text="",
        pattern_id=None,
        rate_bpm=0.0,
        active_s=600.0,
        status=SessionStatus.INTERRUPTED,
        length_value=10.0,
    )
    add_finished(db, (done, ramped, relax), KIRITIMATI)
    repo = SessionRepo(db, KIRITIMATI)
    # still running: started, one checkpoint, never finished
    running = make_record(started_utc=at(26, 9))
    row = repo.add(1, running)
    repo.checkpoint(row, replace(running, active_s=12.5, breaths=1), at(26, 9, 0, 13))
    # started and never checkpointed: no checkpoint time
    repo.add(1, make_record(started_utc=at(26, 11), tension_before=3))


def backup_bytes(db: Database, profile_id: int = 1, **kwargs: Any) -> bytes:
    """The practice file of the profile, saved at NOW; ``kwargs`` go to write_backup."""
    out = io.StringIO()
    write_backup(db, profile_id, out, now_utc=NOW, **kwargs)
    return out.getvalue().encode("utf-8")


def stored_rows(db: Database) -> list[tuple[Any, ...]]:
    """Every column of every session but the row id, in time order."""
    names = ", ".join(("profile_id", *SESSION_FIELDS))
    return [tuple(r) for r in db.query(f"SELECT {names} FROM sessions ORDER BY started_utc")]
