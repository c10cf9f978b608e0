# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV export: exact header and rows."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from breathapp.core.clock import ManualClock
from breathapp.core.relaxation import parse_script
from breathapp.core.relaxation_player import Player
from breathapp.core.session import LengthKind, SessionRecord, SessionStatus
from breathapp.storage.db import Database
from breathapp.storage.export import CSV_COLUMNS, write_csv
from breathapp.storage.sessions_repo import SessionRepo
from tests.core.test_relaxation import GOOD

MakeRecord = Callable[..., SessionRecord]

HEADER = (
    "id,started_utc,ended_utc,active_s,active_minutes,kind,pattern_id,pattern,rate_bpm,"
    "ramp_start_bpm,breaths,status,length_kind,length_value,dizzy,tension_before,"
    "tension_after,pain_before,pain_after,note\n"
)


def test_header_only_for_no_sessions() -> None:
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue() == HEADER
    assert ",".join(CSV_COLUMNS) + "\n" == HEADER


def test_rows_exact(make_record: MakeRecord) -> None:
    done = make_record(
        id=3,
        ended_utc=datetime(2026, 11, 25, 8, 5, 30, 500000, tzinfo=UTC),
        active_s=330.0,
        breaths=33,
        status=SessionStatus.COMPLETED,
    )
    cut = make_record(
        id=4,
        pattern_id=None,
        pattern_text="5,5-0-5,5-0",
        rate_bpm=5.455,
        ramp_start_bpm=8.0,
        active_s=61.257,
        breaths=5,
        status=SessionStatus.INTERRUPTED,
        length_kind=LengthKind.BREATHS,
        length_value=30.0,
        dizzy=True,
        tension_before=7,
        tension_after=4,
        note='felt "lighter", calmer',
    )
    out = io.StringIO()
    assert write_csv([done, cut], out) == 2
    assert out.getvalue() == HEADER + (
        "3,2026-11-25T08:00:00.250Z,2026-11-25T08:05:30.500Z,330,5.50,breathing,calm,"
        "4-0-6-0,6,,33,completed,minutes,5,no,,,,,\n"
        '4,2026-11-25T08:00:00.250Z,,61.257,1.02,breathing,,"5,5-0-5,5-0",5.455,8,5,'
        'interrupted,breaths,30,yes,7,4,,,"felt ""lighter"", calmer"\n'
    )


def test_export_from_the_repository(db: Database, make_record: MakeRecord) -> None:
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    out = io.StringIO()
    assert write_csv(repo.list(1), out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1].startswith(f"{session_id},2026-11-25T08:00:00.250Z,,0,0.00,")
    assert lines[1].endswith(",running,minutes,5,no,,,,,")


def test_a_relaxation_session_exports_with_its_own_kind(tmp_path: Path) -> None:
    clock = ManualClock()
    player = Player(parse_script(GOOD, "tiny.en.toml"), clock)
    player.start()
    clock.advance(100.0)
    player.update()
    db, _report = Database.open(tmp_path, clock.now_utc())
    repo = SessionRepo(db)
    row = repo.add(1, player.record())
    repo.finish(row, player.record(), clock.now_utc())
    out = io.StringIO()
    write_csv(repo.list(1), out)
    line = out.getvalue().splitlines()[1].split(",")
    columns = dict(zip(CSV_COLUMNS, line, strict=True))
    assert columns["kind"] == "relaxation:tiny"
    assert columns["status"] == "completed"
    assert columns["active_s"] == "80" and columns["breaths"] == "3"
    db.close()
