# SPDX-License-Identifier: GPL-3.0-or-later
"""The store as a command that writes opens it, saying in one line what opening repaired."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from breathapp.cli.words import Counted, fill, translate
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
    if report.restored_from is None:
        if n:
            text = Counted.tr(
                "the history file was damaged and there was no backup to restore; it was set "
                "aside as %1 and a new history was started with the %n sessions still readable "
                "in it",
                "",
                n,
            )
        else:
            text = translate(
                "cli",
                "the history file was damaged and there was no backup to restore; it was set "
                "aside as %1 and a new, empty history was started",
            )
        return fill(text, moved)
    try:
        when = made(report.restored_from).strftime("%Y-%m-%d %H:%M")
    except OSError:
        when = report.restored_from.name
    if n:
        text = Counted.tr(
            "the history file was damaged; it was set aside as %1 and the backup of %2 was "
            "restored; %n sessions were read back from the damaged file, others after the "
            "backup may be missing",
            "",
            n,
        )
    else:
        text = translate(
            "cli",
            "the history file was damaged; it was set aside as %1 and the backup of %2 was "
            "restored (sessions after it are not in it)",
        )
    return fill(text, moved, when)


def open_for_writing(data_dir: Path) -> Database:
    """Database.open for a command that writes: a repair is said on stderr, the work goes on."""
    # Beside the open app, its running session and its journal are its own to keep.
    beside_the_app = InstanceLock.held_elsewhere(data_dir)
    db, report = Database.open(data_dir, datetime.now(UTC), app_open_elsewhere=beside_the_app)
    line = repair_line(report)
    if line is not None and sys.stderr is not None:
        sys.stderr.write(f"breathapp: {line}\n")
    return db
