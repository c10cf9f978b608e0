# SPDX-License-Identifier: GPL-3.0-or-later
"""A practice file's movement minutes (issue 16), read beside its ``movement_days``.

``movement_minutes`` is an object from day to whole minutes (1 to 600), for the days whose
minutes were given exactly; a day of ``movement_days`` without them (every day of a file
from before the minutes) is an old tick: 15 minutes "or more". Files without the key
read as before.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from breathapp.core.errors import BackupError
from breathapp.core.movement import (
    OLD_TICK_MINUTES,
    MovementDay,
    MovementError,
    check_movement_minutes,
)

# As backup_read has them for movement_days (not imported: backup_read imports this module).
MAX_MINUTES_DAYS = 100_000
DAY_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

if TYPE_CHECKING:
    from breathapp.storage.backup_sense import SessionSense

Fail = Callable[..., BackupError]  # (where, message[, got]) -> the error to raise


def movement_of(
    top: dict[str, Any], days: set[date], sense: SessionSense, fail: Fail
) -> dict[str, Any]:
    """``movement_days`` (every day moved, with those that only have minutes) and
    ``movement`` (a MovementDay per day, oldest first), as Backup takes them."""
    minutes = minutes_of(top, sense, fail)
    every = sorted(days | set(minutes))
    movement = tuple(
        MovementDay(d, minutes[d], False)
        if d in minutes
        else MovementDay(d, OLD_TICK_MINUTES, True)
        for d in every
    )
    return {"movement_days": tuple(every), "movement": movement}


def minutes_of(top: dict[str, Any], sense: SessionSense, fail: Fail) -> dict[date, int]:
    """The exact minutes per day; BackupError naming the day for anything else."""
    given = top.get("movement_minutes", {})
    if not isinstance(given, dict):
        raise fail("movement_minutes", "must be an object", given)
    if len(given) > MAX_MINUTES_DAYS:
        raise fail("movement_minutes", f"must be at most {MAX_MINUTES_DAYS:,} days", len(given))
    read: dict[date, int] = {}
    for key, value in given.items():
        where = f"movement_minutes.{key}"
        day = None
        if DAY_TEXT.fullmatch(key):
            with contextlib.suppress(ValueError):  # a day that does not exist: refused below
                day = date.fromisoformat(key)
        if day is None:
            raise fail(where, "must be a date like 2026-11-25")
        if not sense.day(day):
            raise fail(where, sense.day_message())
        try:
            read[day] = check_movement_minutes(value)
        except MovementError:
            raise fail(where, "must be whole minutes from 1 to 600", value) from None
    return read
