# SPDX-License-Identifier: GPL-3.0-or-later
"""Practice files checked for meaning: each impossible session is refused at its field."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from breathapp.core.errors import BackupError
from breathapp.core.session import SessionStatus
from breathapp.storage.backup import import_backup
from breathapp.storage.db import Database
from tests.builders.backups import (
    READ_AT,
    SOURCE,
    good_file,
    good_relaxation,
    good_session,
    read,
)
from tests.builders.sessions import stored_records

Change = Callable[[dict[str, Any]], None]
LATE = "2026-11-25T16:00:00.000Z"  # after the file was saved (15:23 on the 25th)


def session(index: int = 0, **fields: Any) -> Change:
    """Set ``fields`` of the file's session ``index``."""

    def change(data: dict[str, Any]) -> None:
        data["sessions"][index].update(fields)

    return change


def relaxation(**fields: Any) -> Change:
    """Make the file's second session a relaxation session, with ``fields`` set."""

    def change(data: dict[str, Any]) -> None:
        data["sessions"][1] = good_relaxation(started_utc="2026-11-25T09:00:00.000Z", **fields)
        if "ended_utc" not in fields:
            data["sessions"][1]["ended_utc"] = "2026-11-25T09:10:30.000Z"
            data["sessions"][1]["checkpoint_utc"] = "2026-11-25T09:10:30.000Z"

    return change


def top(**fields: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        data.update(fields)

    return change


def shown(pattern: str, seconds: float, times: int = 1) -> list[dict[str, Any]]:
    return [{"pattern": pattern, "seconds": seconds}] * times


def started(text: str) -> Change:
    """A start (and its local day) far from the file's own time."""
    return session(started_utc=text, local_day=text[:10])


# (what is wrong, the place the refusal names); the first session is the one changed
IMPOSSIBLE: list[tuple[Change, str]] = [
    # times: not before BreathApp, not after the file was saved, and in order
    (started("9999-01-01T08:00:00.250Z"), "sessions[0].started_utc"),
    (started("0001-01-01T08:00:00.250Z"), "sessions[0].started_utc"),
    (started("1970-01-01T00:00:00.000Z"), "sessions[0].started_utc"),
    (started("2019-12-31T23:59:59.999Z"), "sessions[0].started_utc"),
    (started("2026-11-26T08:00:00.250Z"), "sessions[0].started_utc"),  # after the saving
    (session(ended_utc="2026-11-25T07:00:00.000Z"), "sessions[0].ended_utc"),  # before start
    (session(ended_utc="9999-12-31T23:59:59.999Z"), "sessions[0].ended_utc"),
    (session(ended_utc=LATE), "sessions[0].ended_utc"),
    (session(checkpoint_utc="2026-11-25T07:59:00.000Z"), "sessions[0].checkpoint_utc"),
    (session(checkpoint_utc="9999-01-01T00:00:00.000Z"), "sessions[0].checkpoint_utc"),
    (session(checkpoint_utc=LATE), "sessions[0].checkpoint_utc"),
    (top(exported_utc="9999-01-01T00:00:00.000Z"), "exported_utc"),
    (top(exported_utc="0001-01-01T00:00:00.000Z"), "exported_utc"),
    (top(exported_utc="2026-12-01T09:00:00.000Z"), "exported_utc"),  # 2 days after now
    # how it ended
    (session(ended_utc=None), "sessions[0].ended_utc"),  # completed, and no end
    (session(status="stopped", ended_utc=None), "sessions[0].ended_utc"),
    (session(status="interrupted", ended_utc=None), "sessions[0].ended_utc"),
    (session(status="running"), "sessions[0].ended_utc"),  # running, and already ended
    # active time within the span: 86400 s in 5.5 minutes; and a little too much
    (session(active_s=86_400.0), "sessions[0].active_s"),
    (session(active_s=334.0), "sessions[0].active_s"),
    (  # running: no more than up to its last checkpoint
        session(status="running", ended_utc=None, checkpoint_utc="2026-11-25T08:01:00.250Z"),
        "sessions[0].active_s",
    ),
    (session(status="running", ended_utc=None, checkpoint_utc=None), "sessions[0].active_s"),
    # breaths the pace allows: 330 s at 6 a minute is 33
    (session(breaths=86_400), "sessions[0].breaths"),
    (session(breaths=36), "sessions[0].breaths"),
    (session(breaths=47, ramp_start_bpm=8.0), "sessions[0].breaths"),  # 44 at 8 a minute
    # the rate is the pattern's
    (session(rate_bpm=0.0), "sessions[0].rate_bpm"),
    (session(rate_bpm=7.0), "sessions[0].rate_bpm"),
    (session(rate_bpm=60.0), "sessions[0].rate_bpm"),
    # the length the app allows
    (session(length_value=0.0), "sessions[0].length_value"),
    (session(length_value=181.0), "sessions[0].length_value"),
    (session(length_value=0.4), "sessions[0].length_value"),
    (session(length_kind="breaths", length_value=2.5), "sessions[0].length_value"),
    (session(length_kind="breaths", length_value=2001.0), "sessions[0].length_value"),
    (session(length_kind="breaths", length_value=0.0), "sessions[0].length_value"),
    # a pattern that parses, within the app's limits; a known preset that is that pattern
    (session(pattern_text="hello world"), "sessions[0].pattern_text"),
    (session(pattern_text=""), "sessions[0].pattern_text"),
    (session(pattern_text="0-0-0-0"), "sessions[0].pattern_text"),
    (session(pattern_text="25-0-25-0", rate_bpm=1.2), "sessions[0].pattern_text"),
    (session(pattern_id="resonance"), "sessions[0].pattern_id"),
    (session(pattern_id=""), "sessions[0].pattern_id"),
    (session(pattern_id="box"), "sessions[0].pattern_id"),  # box is 4-4-4-4, not 4-0-6-0
    (session(ramp_start_bpm=0.0), "sessions[0].ramp_start_bpm"),
    (session(ramp_start_bpm=30.0), "sessions[0].ramp_start_bpm"),
    # relaxation: a session this app has, and no breathing session's fields
    (relaxation(kind="relaxation:unknown"), "sessions[1].kind"),
    (relaxation(pattern_id="calm"), "sessions[1].pattern_id"),
    (relaxation(ramp_start_bpm=8.0), "sessions[1].ramp_start_bpm"),
    (relaxation(length_kind="breaths"), "sessions[1].length_kind"),
    (relaxation(rate_bpm=6.0), "sessions[1].rate_bpm"),  # no breathing step, no rate
    (relaxation(pattern_text="4-0-6-0", rate_bpm=5.0), "sessions[1].rate_bpm"),
    (relaxation(length_value=31.0), "sessions[1].length_value"),
    (relaxation(length_value=0.0), "sessions[1].length_value"),
    (relaxation(breaths=400), "sessions[1].breaths"),  # 600 s, at most one breath in 2 s
    (relaxation(demo_log=shown("4-0-6-0", 60.0)), "sessions[1].demo_log"),
    # what a demonstration showed lasts no longer than the session
    (session(demo_log=shown("4-0-6-0", 86_400.0, 1000)), "sessions[0].demo_log"),
    (session(demo_log=shown("4-0-6-0", 333.0)), "sessions[0].demo_log"),
    (session(demo_log=shown("hello", 1.0)), "sessions[0].demo_log[0].pattern"),
    # movement days within the file's time
    (top(movement_days=["9999-01-01"]), "movement_days[0]"),
    (top(movement_days=["0001-01-01"]), "movement_days[0]"),
    (top(movement_days=["2019-12-31"]), "movement_days[0]"),
    (top(movement_days=["2026-11-25", "2026-11-27"]), "movement_days[1]"),  # day after next
]


def _file() -> dict[str, Any]:
    later = good_session(
        started_utc="2026-11-25T09:00:00.000Z",
        ended_utc="2026-11-25T09:05:30.250Z",
        checkpoint_utc="2026-11-25T09:05:30.250Z",
    )
    return good_file(good_session(), later)


@pytest.mark.parametrize(("change", "where"), IMPOSSIBLE)
def test_an_impossible_session_is_refused_at_its_field(
    db: Database, change: Change, where: str
) -> None:
    data = _file()
    read(json.dumps(data).encode())  # the file as the app writes it is fine
    change(data)
    with pytest.raises(BackupError) as caught:
        read(json.dumps(data).encode())
    error = caught.value
    assert (error.source, error.where) == (SOURCE, where), str(error)
    assert "\n" not in str(error)


def test_the_refusal_says_what_would_be_possible() -> None:
    data = _file()
    data["sessions"][0]["active_s"] = 86_400.0
    with pytest.raises(BackupError) as caught:
        read(json.dumps(data).encode())
    assert str(caught.value) == (
        f"{SOURCE}: sessions[0].active_s: must be at most 333.553: the session lasted"
        " 330.250 seconds from its start to its end (or its last save), got 86400.0"
    )


# -- what is possible is read -------------------------------------------------------------
POSSIBLE: list[Change] = [
    # a ramp breathes faster at first: up to its start rate
    session(breaths=45, ramp_start_bpm=8.0),
    # the comma form of a pattern, and its rate rounded as the app stores it
    session(pattern_text="5,5-0-5,5-0", pattern_id=None, rate_bpm=5.455, breaths=30),
    session(pattern_text="5.5-0-5.5-0", pattern_id="coherent-5.5", rate_bpm=5.455, breaths=30),
    # a session by breaths, and a clock that stepped a second back
    session(length_kind="breaths", length_value=2000.0),
    session(ended_utc="2026-11-25T07:59:59.500Z", active_s=0.0, breaths=0),
    # active time a little past the span: the wall clock and the monotonic one
    session(active_s=331.5),
    # saved a few minutes after its checkpoint; and while the app still ran
    session(ended_utc="2026-11-25T15:30:00.000Z", checkpoint_utc="2026-11-25T15:30:00.000Z"),
    # a relaxation session with a breathing step; and one with none
    relaxation(pattern_text="4-0-6-0", rate_bpm=6.0, breaths=20),
    relaxation(),
    relaxation(length_value=0.07),  # the shortest script the format allows
    # a demonstration: its faster patterns allow more breaths
    session(demo_log=[*shown("4-0-6-0", 30.0), *shown("2-0-3-0", 300.0)], breaths=64),
    # a file saved on a computer whose clock runs ahead (less than a day), its last day
    top(exported_utc="2026-11-30T08:00:00.000Z", movement_days=["2026-12-01"]),
    top(movement_days=["2020-01-01", "2026-11-26"]),
]


@pytest.mark.parametrize("change", POSSIBLE)
def test_what_could_have_happened_is_read(change: Change) -> None:
    data = _file()
    change(data)
    assert len(read(json.dumps(data).encode()).sessions) == 2


def test_a_session_running_when_saved_is_read_as_the_store_recovers_it(
    db: Database,
) -> None:
    """Interrupted, ended at its last checkpoint or, never checkpointed, at its start."""
    checkpointed = good_session(
        status="running",
        ended_utc=None,
        checkpoint_utc="2026-11-25T08:02:00.250Z",
        active_s=118.0,
        breaths=11,
    )
    new = good_session(
        started_utc="2026-11-25T09:00:00.000Z",
        status="running",
        ended_utc=None,
        checkpoint_utc=None,
        active_s=0.0,
        breaths=0,
    )
    backup = read(json.dumps(good_file(checkpointed, new)).encode())
    records = [s.record for s in backup.sessions]
    assert [r.status for r in records] == [SessionStatus.INTERRUPTED] * 2
    assert [r.ended_utc for r in records] == [
        datetime(2026, 11, 25, 8, 2, 0, 250000, tzinfo=UTC),
        datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
    ]
    import_backup(db, 1, backup)
    assert {r.status for r in stored_records(db)} == {SessionStatus.INTERRUPTED}


def test_the_now_it_is_read_at_decides_the_future() -> None:
    """The reader takes now from its caller: it never reads the clock itself."""
    text = json.dumps(_file()).encode()
    from breathapp.storage.backup import read_backup

    saved = datetime(2026, 11, 25, 15, 23, 0, 123000, tzinfo=UTC)
    for now in (saved - timedelta(days=1) + timedelta(seconds=1), READ_AT):
        read_backup(text, SOURCE, now_utc=now, script_ids={"pmr-short"})
    with pytest.raises(BackupError, match="exported_utc"):
        read_backup(text, SOURCE, now_utc=saved - timedelta(days=2), script_ids=())


def test_the_relaxation_sessions_known_come_from_the_caller() -> None:
    from breathapp.storage.backup import read_backup

    data = good_file(good_relaxation())
    text = json.dumps(data).encode()
    assert read_backup(text, SOURCE, now_utc=READ_AT, script_ids={"pmr-short"}).sessions
    with pytest.raises(BackupError) as caught:
        read_backup(text, SOURCE, now_utc=READ_AT, script_ids={"body-scan"})
    assert caught.value.where == "sessions[0].kind"
    assert date(2026, 11, 25) in {s.local_day for s in read(text).sessions}
