# SPDX-License-Identifier: GPL-3.0-or-later
"""A command that writes beside the open app leaves the app's live state alone: the session
running there is not marked interrupted, and the app's checkpoint journal is not touched."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from breathapp.core.session import SessionStatus
from breathapp.storage.checkpoint_journal import JOURNAL_FILENAME
from breathapp.storage.db import Database
from breathapp.storage.instance_lock import InstanceLock
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.commands import NOW, STARTS, export_practice_file, run
from tests.builders.commands import store_evenings as store_sessions
from tests.builders.sessions import make_record


def _running_in_the_app(data: Path) -> int:
    """A session the open app is running (its row says running, as the app keeps it)."""
    with Database.open(data, NOW)[0] as db:
        record = make_record(
            started_utc=NOW + timedelta(days=2), status=SessionStatus.RUNNING, active_s=30.0
        )
        return SessionRepo(db).add(1, record)


def _status(data: Path, session_id: int) -> str:
    with Database.open_read_only(data) as db:
        return str(db.query("SELECT status FROM sessions WHERE id = ?", (session_id,))[0][0])


def test_an_import_beside_the_open_app_leaves_its_running_session_running(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, data = tmp_path / "source", tmp_path / "data"
    store_sessions(source, STARTS[:2])
    practice = export_practice_file(source, tmp_path / "p.json", capsys)
    store_sessions(data, STARTS[:1])
    running = _running_in_the_app(data)
    journal = (data / JOURNAL_FILENAME).read_bytes()
    with InstanceLock.acquire(data) as lock:  # the app is open on the folder
        assert lock is not None
        code, out, _err = run(capsys, "import", "--data-dir", str(data), str(practice))
        assert code == 0 and "sessions imported: 1;" in out
        assert _status(data, running) == "running"
        assert (data / JOURNAL_FILENAME).read_bytes() == journal


def test_without_the_app_an_import_marks_a_cut_off_session_interrupted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, data = tmp_path / "source", tmp_path / "data"
    store_sessions(source, STARTS[:2])
    practice = export_practice_file(source, tmp_path / "p.json", capsys)
    store_sessions(data, STARTS[:1])
    running = _running_in_the_app(data)  # then the app was killed: nobody holds the lock
    assert run(capsys, "import", "--data-dir", str(data), str(practice))[0] == 0
    assert _status(data, running) == "interrupted"
