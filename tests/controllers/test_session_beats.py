# SPDX-License-Identifier: GPL-3.0-or-later
"""A session's beats reach the store through the session's own writer: at its start, at each
checkpoint and at its end; kept through a kill, held in memory through a full disk, sealed
for a PIN profile."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from breathapp.controllers.record_writer import RecordWriter
from breathapp.controllers.safety_gate import SafetyGate
from breathapp.controllers.session_controller import CHECKPOINT_INTERVAL_MS, SessionController
from breathapp.core.clock import ManualClock
from breathapp.core.heart.beats import RrSeries
from breathapp.core.session import Length, SessionState, SessionStatus
from breathapp.storage import files
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.heart_repo import RrRepo
from breathapp.storage.heart_seal import pack_series
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.controllers import calm_plan
from tests.builders.full_disk import FullDiskConnection
from tests.builders.heart_store import FakeFeed
from tests.fakes import FakeTimer, FixedProfile


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[FullDiskConnection]]:
    """The store's connections can be made to meet a full disk (FullDiskConnection.full)."""

    def connect(path: Path) -> sqlite3.Connection:
        return sqlite3.connect(path, isolation_level=None, factory=FullDiskConnection)

    monkeypatch.setattr(files, "_open_store", connect)
    FullDiskConnection.full = False
    yield FullDiskConnection
    FullDiskConnection.full = False


class Room:
    """A session controller over a real store in ``data``, and a strap beating every 0.8 s."""

    def __init__(self, data: Path, profile_id: int | None = None) -> None:
        self.clock = ManualClock()
        self.db, _ = Database.open(data, self.clock.now_utc())
        self.profile = profile_id or ProfileRepo(self.db).default().id
        sessions = SessionRepo(self.db)
        writer = RecordWriter(self.clock, sessions, self.profile, beats=lambda: RrRepo(self.db))
        gate = SafetyGate(FixedProfile(None), sessions, self.clock)
        self.checkpoint = FakeTimer()
        self.c = SessionController(self.clock, FakeTimer(), self.checkpoint, writer, gate)
        self.feed = FakeFeed()
        self.c.set_beat_feed(self.feed)
        self.next_beat = 0.8

    def run(self, seconds: float) -> None:
        """Time passes in steps of 0.1 s, a beat every 0.8 s, checkpoints when due."""
        for _ in range(round(seconds * 10)):
            self.clock.advance(0.1)
            now = self.clock.monotonic()
            if now >= self.next_beat + self.started - 1e-9:
                self.feed.add(now, 800.0)
                self.next_beat += 0.8
            self.c._on_frame()
            if now >= self.due - 1e-9:
                self.checkpoint.fire()
                self.due += CHECKPOINT_INTERVAL_MS / 1000

    def start(self) -> int:
        self.started = self.clock.monotonic()
        self.due = self.started + CHECKPOINT_INTERVAL_MS / 1000
        assert self.c.start(calm_plan(Length.minutes(1), settle_s=0))
        session = self.c._current
        assert session is not None and session.row_id is not None
        return session.row_id

    def beats_in(self, seconds: float) -> RrSeries:
        """The strap's beats from the session's start up to ``seconds`` into it."""
        count = int(seconds / 0.8 + 1e-9)
        return RrSeries(tuple(800 * (i + 1) for i in range(count)), (800,) * count)


def test_the_beats_of_a_session_killed_mid_way_are_there_up_to_its_last_checkpoint(
    tmp_path: Path,
) -> None:
    room = Room(tmp_path / "data")
    session = room.start()
    room.run(12.0)  # checkpoints at 5 s and 10 s
    assert room.feed.asked and set(room.feed.asked) == {room.started}
    room.db.close()  # killed: nothing more is written
    db, report = Database.open(tmp_path / "data", room.clock.now_utc())
    with db:
        assert report.interrupted_recovered == 1
        assert RrRepo(db).get(session) == room.beats_in(10.0)


def test_the_beats_are_written_whole_when_the_session_ends(tmp_path: Path) -> None:
    room = Room(tmp_path / "data")
    session = room.start()
    room.run(7.0)
    room.c.stop()
    assert room.c.state is SessionState.STOPPED
    assert SessionRepo(room.db).get(session).status is SessionStatus.STOPPED
    assert RrRepo(room.db).get(session) == room.beats_in(7.0)
    room.db.close()


def test_a_session_without_a_sensor_writes_no_beats(tmp_path: Path) -> None:
    room = Room(tmp_path / "data")
    room.c.set_beat_feed(None)
    session = room.start()
    room.run(6.0)
    room.c.stop()
    assert RrRepo(room.db).get(session) is None
    room.db.close()


def test_a_full_disk_holds_the_beats_in_memory_and_writes_them_later(
    disk: type[FullDiskConnection], tmp_path: Path
) -> None:
    room = Room(tmp_path / "data")
    session = room.start()
    room.run(6.0)
    assert RrRepo(room.db).get(session) == room.beats_in(5.0)
    disk.full = True
    room.run(5.0)  # the checkpoint at 10 s fails: the session and its beats wait
    assert room.c.has_unsaved()
    assert RrRepo(room.db).get(session) == room.beats_in(5.0)  # as it was
    disk.full = False
    room.run(5.0)  # the next checkpoint writes everything
    assert not room.c.has_unsaved()
    assert RrRepo(room.db).get(session) == room.beats_in(15.0)
    room.db.close()


def test_a_pin_profiles_beats_are_sealed_on_disk(tmp_path: Path) -> None:
    clock = ManualClock()
    db, _ = Database.open(tmp_path / "data", clock.now_utc())
    anna = ProfileRepo(db).create("Anna", clock.now_utc()).id
    assert ProfileRepo(db).pin_lock().change(anna, None, "2580")
    keys = db.keyring
    db.close()
    room = Room(tmp_path / "data", anna)
    room.db.keyring = keys  # the PIN was given: Anna's key is open
    session = room.start()
    room.run(20.0)
    room.c.stop()
    assert RrRepo(room.db).get(session) == room.beats_in(20.0)
    row = room.db.query("SELECT data, sealed FROM session_beats")[0]
    assert row[0] is None and row[1] is not None
    room.db.close()
    plain = pack_series(room.beats_in(20.0))
    stored = b"".join(p.read_bytes() for p in (tmp_path / "data").glob(DB_FILENAME + "*"))
    assert plain[5:] not in stored and plain[5 + 4 * 25 :] not in stored
