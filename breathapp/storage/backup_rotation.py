# SPDX-License-Identifier: GPL-3.0-or-later
"""Which daily backups to keep: the last 7, one a week for 8 weeks, and the newest sound one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

KEEP_DAILY_BACKUPS = 7  # the newest dailies, whatever their weeks
KEEP_WEEKLY_BACKUPS = 8  # the newest daily of each of the newest ISO weeks that have one

_DAILY = re.compile(r"breathapp-(\d{4}-\d{2}-\d{2})\.db")


class DailyBackup(NamedTuple):
    """One daily backup file: its name, its day, and whether it passed an integrity check."""

    name: str
    day: date
    sound: bool | None  # None: not checked (only the newest sound one is sought)


def daily_name(day: date) -> str:
    return f"breathapp-{day.isoformat()}.db"


def daily_day(name: str) -> date | None:
    """The day of a daily backup's file name; None for any other file."""
    match = _DAILY.fullmatch(name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def backups_to_keep(
    backups: Iterable[DailyBackup],
    daily: int = KEEP_DAILY_BACKUPS,
    weekly: int = KEEP_WEEKLY_BACKUPS,
) -> set[str]:
    """The names to keep; the others may be deleted.

    The ``daily`` newest; the newest of each of the ``weekly`` newest ISO weeks (counted
    among the weeks that have a backup, so a long absence never empties the folder); and
    always the newest backup known to be sound, however old.
    """
    newest_first = sorted(backups, key=lambda b: (b.day, b.name), reverse=True)
    keep = {b.name for b in newest_first[:daily]}
    weeks: set[tuple[int, int]] = set()
    for backup in newest_first:
        week = backup.day.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(backup.name)
    sound = next((b for b in newest_first if b.sound), None)
    if sound is not None:
        keep.add(sound.name)
    return keep
