# SPDX-License-Identifier: GPL-3.0-or-later
"""The store as a command that writes opens it, saying in one line what opening repaired."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from breathapp.storage.db import Database, OpenReport
from breathapp.storage.instance_lock import InstanceLock


def _made(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime)


def repair_line(report: OpenReport, made: Callable[[Path], datetime] = _made) -> str | None:
    """What opening the store repaired, as one line for stderr; None when nothing was.

    The window says the same in its own words (app.later). ``made`` gives a backup's
    local time of making (its file's modification time).
    """
    moved = report.damaged_moved_to
    if moved is None:
        return None
    n = report.sessions_salvaged
    sessions = f"{n} session{'' if n == 1 else 's'}"
    if report.restored_from is None:
        fresh = "a new, empty history was started"
        if n:
            fresh = f"a new history was started with the {sessions} still readable in it"
        return (
            "the history file was damaged and there was no backup to restore; it was set "
            f"aside as {moved} and {fresh}"
        )
    try:
        when = made(report.restored_from).strftime("%Y-%m-%d %H:%M")
    except OSError:
        when = report.restored_from.name
    missing = (
        f"; {sessions} {'was' if n == 1 else 'were'} read back from the damaged file, others "
        "after the backup may be missing"
        if n
        else " (sessions after it are not in it)"
    )
    return (
        f"the history file was damaged; it was set aside as {moved} and the backup of "
        f"{when} was restored{missing}"
    )


def open_for_writing(data_dir: Path) -> Database:
    """Database.open for a command that writes: a repair is said on stderr, the work goes on."""
    # Beside the open app, its running session and its journal are its own to keep.
    beside_the_app = InstanceLock.held_elsewhere(data_dir)
    db, report = Database.open(data_dir, datetime.now(UTC), app_open_elsewhere=beside_the_app)
    line = repair_line(report)
    if line is not None and sys.stderr is not None:
        sys.stderr.write(f"breathapp: {line}\n")
    return db
