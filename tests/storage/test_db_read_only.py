# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening the store read-only: nothing recovered, written or left behind."""

from __future__ import annotations

import stat
from datetime import datetime
from pathlib import Path

import pytest

from breathapp.core.session import SessionStatus
from breathapp.storage import files
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.errors import StorageError, StorageProblem
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.permissions import needs_permissions
from tests.builders.sessions import files_after_a_kill, make_record


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_killed_apps_store_is_read_as_it_stands(
    tmp_path: Path, data_dir: Path, now: datetime
) -> None:
    db, _ = Database.open(data_dir, now)
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    repo.checkpoint(session_id, make_record(active_s=5.0), now)
    killed = files_after_a_kill(data_dir, tmp_path)
    db.close()
    before = _files(killed)
    with Database.open_read_only(killed) as reader:
        got = SessionRepo(reader).get(session_id)
        with pytest.raises(StorageError) as info, reader.transaction() as conn:
            conn.execute("DELETE FROM sessions")
    assert info.value.problem is StorageProblem.READ_ONLY
    assert (got.status, got.active_s) == (SessionStatus.RUNNING, 5.0)
    assert _files(killed).keys() == before.keys()
    assert _files(killed)[DB_FILENAME] == before[DB_FILENAME]


def test_a_closed_store_gains_no_file(data_dir: Path, now: datetime) -> None:
    Database.open(data_dir, now)[0].close()
    before = _files(data_dir)
    with Database.open_read_only(data_dir) as reader:
        assert SessionRepo(reader).count(1) == 0
    assert _files(data_dir) == before


@needs_permissions
def test_a_read_only_folder_is_read_even_where_os_access_says_yes(
    data_dir: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows os.access looks only at the read-only flag: SQLite's refusal decides."""
    Database.open(data_dir, now)[0].close()
    before = _files(data_dir)
    monkeypatch.setattr(files.os, "access", lambda *args: True)
    data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with Database.open_read_only(data_dir) as reader:
            assert SessionRepo(reader).count(1) == 0
        assert _files(data_dir) == before
    finally:
        data_dir.chmod(stat.S_IRWXU)
