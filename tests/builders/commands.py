# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line in this process, and a store of evening sessions to export and import."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from breathapp.cli.main import main
from breathapp.core.session import SessionRecord, SessionStatus
from tests.builders.sessions import make_record, store_finished

NOW = datetime(2026, 11, 25, 15, 23, tzinfo=UTC)
BRUSSELS = ZoneInfo("Europe/Brussels")
# Started at 23:30 UTC: in Brussels that is already the next day.
STARTS = [datetime(2026, 11, day, 23, 30, tzinfo=UTC) for day in (22, 23, 24, 25)]
LOCAL_DAYS = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]


def evening_session(started: datetime) -> SessionRecord:
    """A completed calm session of 5 minutes, rated and with a note, started at ``started``."""
    return make_record(
        started_utc=started,
        ended_utc=started.replace(minute=35),
        active_s=300.0,
        breaths=30,
        status=SessionStatus.COMPLETED,
        tension_before=6,
        tension_after=3,
        note="rustig — ü",
    )


def store_evenings(data: Path, starts: list[datetime] = STARTS) -> Path:
    """A store with finished sessions whose local days are in Brussels; returns its file."""
    return store_finished(data, [evening_session(s) for s in starts], NOW, BRUSSELS)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``breathapp ARGV`` in this process: its exit code, output and errors."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    """The one line a command says when it refuses: asserted to be one, and said as ours."""
    lines = err.splitlines()
    assert len(lines) == 1 and err.endswith("\n"), err
    assert lines[0].startswith("breathapp: ")
    return lines[0]


def export_practice_file(data: Path, target: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """``breathapp export --format json`` of the data folder into ``target``."""
    argv = ["export", "--data-dir", str(data), "--format", "json", "--output", str(target)]
    assert run(capsys, *argv)[0] == 0
    return target
