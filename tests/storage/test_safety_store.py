# SPDX-License-Identifier: GPL-3.0-or-later
"""The store keeps the dizzy event and the no-holds setting."""

from datetime import datetime, timedelta
from pathlib import Path

from breathapp.core.session import SessionStatus
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.profiles_repo import ProfileRepo, default_profile_read_only
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import make_record


def test_dizzy_round_trips_and_last_finds_the_latest_ended_session(
    db: Database, now: datetime
) -> None:
    repo = SessionRepo(db)
    assert repo.last(1) is None
    first = repo.add(1, make_record())
    repo.finish(first, make_record(status=SessionStatus.STOPPED, dizzy=True), now)
    later = make_record(started_utc=now + timedelta(hours=1))
    repo.add(1, later)  # still running: not "the last session" yet
    last = repo.last(1)
    assert last is not None and last.id == first and last.dizzy is True


def test_no_holds_is_stored_per_profile(db: Database) -> None:
    repo = ProfileRepo(db)
    assert repo.default().no_holds is False
    assert repo.set_no_holds(1, True).no_holds is True
    assert repo.get(1).no_holds is True


def test_the_profile_can_be_read_without_writing_anything(data_dir: Path, now: datetime) -> None:
    assert default_profile_read_only(data_dir / DB_FILENAME) is None
    assert not data_dir.exists()
    db, _ = Database.open(data_dir, now)
    with db:
        ProfileRepo(db).set_no_holds(1, True)
    path = data_dir / DB_FILENAME
    before = path.read_bytes()
    profile = default_profile_read_only(path)
    assert profile is not None and profile.no_holds
    assert path.read_bytes() == before
