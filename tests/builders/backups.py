# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files (backups): a store with sessions of every sort, its file, its rows."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from breathapp.core.session import LengthKind, SessionStatus
from breathapp.paths import asset_path
from breathapp.storage.backup import (
    SESSION_FIELDS,
    Backup,
    load_backup,
    read_backup,
    write_backup,
)
from breathapp.storage.db import Database
from breathapp.storage.relaxation_files import script_ids
from breathapp.storage.sessions_repo import SessionRepo
from breathapp.storage.timestamps import to_iso_z
from tests.builders.sessions import add_finished, make_record

NOW = datetime(2026, 11, 25, 15, 23, 0, 123000, tzinfo=UTC)  # stores are opened then
# Practice files are saved after the sessions the tests store (up to the 27th), read later.
SAVED = datetime(2026, 11, 28, 7, 30, 0, 500000, tzinfo=UTC)
READ_AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
SCRIPT_IDS = script_ids(asset_path("relaxation"))  # the relaxation sessions the app has
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
        ended_utc=at(23, 10, 6, 500),  # 330 s of breathing, and the settle-in
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
    repo.checkpoint(
        row, replace(running, active_s=12.5, breaths=1), at(26, 9) + timedelta(seconds=13)
    )
    # started and never checkpointed: no checkpoint time
    repo.add(1, make_record(started_utc=at(26, 11), tension_before=3))


def backup_bytes(db: Database, profile_id: int = 1, **kwargs: Any) -> bytes:
    """The practice file of the profile, saved at SAVED; ``kwargs`` go to write_backup."""
    out = io.StringIO()
    write_backup(db, profile_id, out, now_utc=SAVED, **kwargs)
    return out.getvalue().encode("utf-8")


def read(data: bytes, source: str = SOURCE) -> Backup:
    """A practice file read as the app reads it, at READ_AT, knowing the app's sessions."""
    return read_backup(data, source, now_utc=READ_AT, script_ids=SCRIPT_IDS)


def load(path: Path, source: str | None = None) -> Backup:
    """The practice file at ``path``, read as ``read`` reads one."""
    return load_backup(path, source, now_utc=READ_AT, script_ids=SCRIPT_IDS)


def stored_rows(db: Database) -> list[tuple[Any, ...]]:
    """Every column of every session but the row id, in time order."""
    names = ", ".join(("profile_id", *SESSION_FIELDS))
    return [tuple(r) for r in db.query(f"SELECT {names} FROM sessions ORDER BY started_utc")]


def good_session(**changes: Any) -> dict[str, Any]:
    """A practice file's session as the app writes one: 5 minutes of calm, completed."""
    session = {
        "kind": "breathing",
        "started_utc": "2026-11-25T08:00:00.250Z",
        "ended_utc": "2026-11-25T08:05:30.500Z",
        "checkpoint_utc": "2026-11-25T08:05:30.500Z",
        "local_day": "2026-11-25",
        "active_s": 330.0,
        "pattern_text": "4-0-6-0",
        "pattern_id": "calm",
        "rate_bpm": 6.0,
        "ramp_start_bpm": None,
        "breaths": 33,
        "status": "completed",
        "length_kind": "minutes",
        "length_value": 5.0,
        "dizzy": False,
        "tension_before": 7,
        "tension_after": 4,
        "pain_before": None,
        "pain_after": None,
        "note": "",
        "demo_log": None,
    }
    return {**session, **changes}


def good_relaxation(**changes: Any) -> dict[str, Any]:
    """A relaxation session of 10 minutes without a breathing step, as the app writes one."""
    relax = good_session(
        kind="relaxation:pmr-short",
        ended_utc="2026-11-25T08:10:30.000Z",
        checkpoint_utc="2026-11-25T08:10:30.000Z",
        active_s=600.0,
        pattern_text="",
        pattern_id=None,
        rate_bpm=0.0,
        breaths=0,
        length_value=10.0,
    )
    return {**relax, **changes}


def good_file(*sessions: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A practice file saved at NOW holding ``sessions``; ``changes`` replace top-level keys."""
    data = {
        "format": "breathapp-backup",
        "version": 1,
        "exported_utc": to_iso_z(NOW),
        "app_version": "0.1.0",
        "profile": {"name": "", "no_holds": False, "ask_pain": False},
        "preferences": {},
        "movement_days": ["2026-11-24", "2026-11-25"],
        "sessions": list(sessions),
    }
    return {**data, **changes}
