# SPDX-License-Identifier: GPL-3.0-or-later
"""Heart data in a practice file: each session's beats and the resonance tests written,
read back strictly (a bad file names the place), imported; older files still read."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from breathapp.core.errors import BackupError
from breathapp.core.session import SessionStatus
from breathapp.storage.backup import import_backup
from breathapp.storage.db import Database
from breathapp.storage.heart_repo import ResonanceRepo, RrRepo
from breathapp.storage.profiles_repo import ProfileRepo
from tests.builders.backups import SAVED, at, backup_bytes, read
from tests.builders.heart_store import resonance_test, series
from tests.builders.sessions import add_finished, make_record

_SESSION = make_record(
    started_utc=at(24, 8),
    ended_utc=at(24, 8, 5),
    active_s=300.0,
    breaths=30,
    status=SessionStatus.COMPLETED,
)
_TEST = resonance_test(started_utc=at(25, 9), chosen_bpm=5.5)


def _filled(db: Database) -> int:
    """The default profile with two sessions (the second with beats) and two tests."""
    _plain, with_beats = add_finished(
        db, (_SESSION, replace(_SESSION, started_utc=at(25, 8), ended_utc=at(25, 8, 5)))
    )
    RrRepo(db).save(with_beats, series(300))
    repo = ResonanceRepo(db, 1)
    repo.add(_TEST)
    repo.add(resonance_test(started_utc=at(26, 9), completed=False, suggested_bpm=None))
    return with_beats


def test_beats_and_tests_go_out_and_come_back_in(db: Database) -> None:
    _filled(db)
    data = backup_bytes(db)
    top = json.loads(data)
    assert "beats" not in top["sessions"][0]
    assert top["sessions"][1]["beats"] == {
        "t_ms": list(series(300).t_ms),
        "rr_ms": list(series(300).rr_ms),
    }
    assert [t["started_utc"] for t in top["resonance_tests"]] == [
        "2026-11-25T09:00:00.000Z",
        "2026-11-26T09:00:00.000Z",
    ]
    backup = read(data)
    assert [s.beats for s in backup.sessions] == [None, series(300)]
    assert backup.resonance[0] == _TEST and len(backup.resonance) == 2
    # Into another profile: the same, then nothing more the second time.
    other = ProfileRepo(db).create("Other", SAVED).id
    report = import_backup(db, other, backup)
    assert (report.added, report.resonance_added) == (2, 2)
    ids = [r[0] for r in db.query("SELECT id FROM sessions WHERE profile_id = ?", (other,))]
    assert [RrRepo(db).get(i) for i in sorted(ids)] == [None, series(300)]
    assert ResonanceRepo(db, other).all() == ResonanceRepo(db, 1).all()
    again = import_backup(db, other, backup)
    assert (again.added, again.resonance_added) == (0, 0)
    assert db.query("SELECT count(*) FROM session_beats")[0][0] == 2


def test_a_date_range_takes_the_tests_and_beats_of_its_days(db: Database) -> None:
    _filled(db)
    backup = read(backup_bytes(db, first=at(24, 12).date(), last=at(24, 12).date()))
    assert [s.beats for s in backup.sessions] == [None] and backup.resonance == ()
    backup = read(backup_bytes(db, first=at(25, 12).date(), last=at(25, 12).date()))
    assert [s.beats for s in backup.sessions] == [series(300)]
    assert backup.resonance == (_TEST,)


def test_an_older_file_without_them_still_reads(db: Database) -> None:
    _filled(db)
    top = json.loads(backup_bytes(db))
    del top["resonance_tests"]
    for session in top["sessions"]:
        session.pop("beats", None)
    backup = read(json.dumps(top).encode())
    assert backup.resonance == () and [s.beats for s in backup.sessions] == [None, None]


def _beats(top: dict[str, Any]) -> dict[str, Any]:
    beats: dict[str, Any] = top["sessions"][1]["beats"]
    return beats


def _test(top: dict[str, Any]) -> dict[str, Any]:
    test: dict[str, Any] = top["resonance_tests"][0]
    return test


BAD: list[tuple[str, Any, str]] = [
    (
        "rr too short",
        lambda t: _beats(t)["rr_ms"].__setitem__(3, 200),
        "sessions[1].beats.rr_ms[3]",
    ),
    (
        "rr too long",
        lambda t: _beats(t)["rr_ms"].__setitem__(0, 2401),
        "sessions[1].beats.rr_ms[0]",
    ),
    (
        "rr not whole",
        lambda t: _beats(t)["rr_ms"].__setitem__(0, 800.5),
        "sessions[1].beats.rr_ms[0]",
    ),
    ("times back", lambda t: _beats(t)["t_ms"].__setitem__(5, 1), "sessions[1].beats.t_ms[5]"),
    ("unequal", lambda t: _beats(t)["rr_ms"].pop(), "sessions[1].beats.rr_ms"),
    ("no times", lambda t: _beats(t).pop("t_ms"), "sessions[1].beats.t_ms"),
    (
        "pace",
        lambda t: _test(t)["settings"]["paces_bpm"].__setitem__(1, 2.0),
        "resonance_tests[0].settings.paces_bpm[1]",
    ),
    (
        "share",
        lambda t: _test(t)["settings"].__setitem__("inhale_share", 1.5),
        "resonance_tests[0].settings.inhale_share",
    ),
    (
        "in step",
        lambda t: _test(t)["results"][0].__setitem__("in_step", -0.1),
        "resonance_tests[0].results[0].in_step",
    ),
    (
        "removed",
        lambda t: _test(t)["results"][1].__setitem__("removed_share", 2),
        "resonance_tests[0].results[1].removed_share",
    ),
    ("chosen", lambda t: _test(t).__setitem__("chosen_bpm", 30), "resonance_tests[0].chosen_bpm"),
    (
        "window",
        lambda t: _test(t)["windows"][0].__setitem__("end_s", -1),
        "resonance_tests[0].windows[0].end_s",
    ),
    (
        "test rr",
        lambda t: _test(t)["beats"]["rr_ms"].__setitem__(0, 9999),
        "resonance_tests[0].beats.rr_ms[0]",
    ),
    (
        "after saving",
        lambda t: _test(t).__setitem__("started_utc", "2026-12-30T09:00:00.000Z"),
        "resonance_tests[0].started_utc",
    ),
    ("not a list", lambda t: t.__setitem__("resonance_tests", {}), "resonance_tests"),
]


@pytest.mark.parametrize(("change", "where"), [(b[1], b[2]) for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_file_names_the_place_and_changes_nothing(
    db: Database, change: Any, where: str
) -> None:
    _filled(db)
    top = json.loads(backup_bytes(db))
    change(top)
    before = db.query("SELECT count(*) FROM session_beats")[0][0]
    with pytest.raises(BackupError) as caught:
        read(json.dumps(top).encode())
    assert caught.value.where == where
    assert db.query("SELECT count(*) FROM session_beats")[0][0] == before


def test_a_pin_profile_exports_its_beats_opened_and_imports_them_sealed(
    db: Database,
) -> None:
    anna = ProfileRepo(db).create("Anna", SAVED).id
    (session,) = add_finished(db, (_SESSION,), profile_id=anna)
    RrRepo(db).save(session, series(50))
    ResonanceRepo(db, anna).add(_TEST)
    lock = ProfileRepo(db).pin_lock()
    assert lock.change(anna, None, "2580")
    backup = read(backup_bytes(db, anna))
    assert backup.sessions[0].beats == series(50) and backup.resonance == (_TEST,)
    other = ProfileRepo(db).create("Anna 2", SAVED).id
    assert lock.change(other, None, "1470")
    import_backup(db, other, backup)
    rows = db.query(
        "SELECT b.data FROM session_beats b JOIN sessions s ON s.id = b.session_id"
        " WHERE s.profile_id = ?",
        (other,),
    )
    assert [r[0] for r in rows] == [None]
    assert ResonanceRepo(db, other).all() == [_TEST]
    db.keyring.close(anna)  # locked: its tests are left out of a file, never shown blank
    assert read(backup_bytes(db, anna)).resonance == ()
