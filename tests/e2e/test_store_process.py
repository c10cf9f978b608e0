# SPDX-License-Identifier: GPL-3.0-or-later
"""The store beside the real app: its backup, an export while it runs, a full disk, a repair."""

from __future__ import annotations

import csv
import io
import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from breathapp.core.prefs import Preferences
from breathapp.core.session import SessionStatus
from breathapp.storage.checkpoint_journal import FILE_BYTES, JOURNAL_FILENAME
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.commands import store_evenings
from tests.builders.process import ROOT, process_env, run_breathapp

WAIT_S = 60  # a bound, never a sleep: each wait ends as soon as what it waits for is there


def _query(db_file: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows read read-only; [] while the file is not there or not readable yet."""
    if not db_file.exists():
        return []
    try:
        with closing(sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)) as conn:
            return conn.execute(sql).fetchall()
    except sqlite3.Error:
        return []


def _wait_for(proc: subprocess.Popen[bytes], ready: Callable[[], bool], what: str) -> None:
    """Poll (bounded) until ``ready``; a real process keeps real time."""
    deadline = time.monotonic() + WAIT_S
    while not ready():
        assert proc.poll() is None, f"the app ended before {what}"
        assert time.monotonic() < deadline, f"no {what} within {WAIT_S} s"
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=0.2)


def _saved_active_s(data: Path) -> float:
    rows = _query(data / DB_FILENAME, "SELECT max(active_s) FROM sessions")
    return float(rows[0][0] or 0.0) if rows else 0.0


@pytest.fixture
def app(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    """The app started as the desktop shortcut starts it: straight into a 5-minute session.

    The safety notice was seen on an earlier day: its message box waits for a click.
    """
    data = tmp_path / "data"
    with Database.open(data, datetime.now(UTC))[0] as db:
        PrefsRepo(db).save(1, Preferences(safety_notice_seen=True))
    argv = ["--data-dir", str(data), "--start", "calm", "--minutes", "5"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "breathapp", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=process_env(),
        cwd=ROOT,
    )
    try:
        yield proc, data
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


@pytest.mark.slow
def test_the_days_backup_and_an_export_during_a_started_session(
    app: tuple[subprocess.Popen[bytes], Path],
) -> None:
    proc, data = app
    backup = data / "backups" / f"breathapp-{datetime.now(UTC).astimezone().date()}.db"
    _wait_for(proc, lambda: _saved_active_s(data) > 0 and backup.exists(), "checkpoint")
    # Taken after the first paint, with the session already under way: not as running.
    assert _query(backup, "SELECT status, active_s FROM sessions WHERE status = 'running'") == []

    result = run_breathapp("export", "--data-dir", str(data), "--format", "csv", "--output", "-")
    assert (result.returncode, result.stderr) == (0, "")
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert row["status"] == "running"  # read as it stands, not marked interrupted
    assert _query(data / DB_FILENAME, "SELECT status FROM sessions") == [("running",)]
    assert not (data / (DB_FILENAME + "-wal")).exists() or proc.poll() is None


@pytest.mark.slow
def test_a_kill_while_the_disk_is_full_keeps_the_last_checkpoint(
    app: tuple[subprocess.Popen[bytes], Path],
) -> None:
    """The app's files may not grow past their size (RLIMIT_FSIZE): SQLite's next write
    to the -wal is cut short and fails as on a full disk (SQLITE_FULL)."""
    proc, data = app
    _wait_for(proc, lambda: _saved_active_s(data) > 0, "first checkpoint")
    saved = _saved_active_s(data)
    wal = data / (DB_FILENAME + "-wal")
    limit = wal.stat().st_size + 100  # room for a frame header, not for its page
    resource.prlimit(proc.pid, resource.RLIMIT_FSIZE, (limit, limit))
    journal = data / JOURNAL_FILENAME
    _wait_for(proc, lambda: journal.read_bytes() != bytes(FILE_BYTES), "journal write")
    proc.kill()  # SIGKILL: nothing more is saved
    proc.wait(timeout=30)
    assert _saved_active_s(data) == saved  # the database took nothing after the limit

    db, report = Database.open(data, datetime.now(UTC))  # as the next start opens it
    with db:
        (got,) = SessionRepo(db).list(1)
    assert got.status is SessionStatus.INTERRUPTED
    assert got.active_s >= saved + 4  # the checkpoint the full disk refused is kept
    assert report.interrupted_recovered == 1


def test_import_into_a_damaged_store_says_so_in_one_line(tmp_path: Path) -> None:
    clinic, data = tmp_path / "clinic", tmp_path / "data"
    store_evenings(clinic)
    practice = tmp_path / "practice.json"
    exported = run_breathapp(
        "export", "--data-dir", str(clinic), "--format", "json", "--output", str(practice)
    )
    assert exported.returncode == 0, exported.stderr
    store_evenings(data)
    db, _report = Database.open(data, datetime.now(UTC))
    with db:
        assert db.daily_backup(datetime.now(UTC).date()) is not None
    (data / DB_FILENAME).write_bytes(b"")

    result = run_breathapp("import", "--data-dir", str(data), str(practice))
    assert result.returncode == 0
    assert result.stdout == "sessions imported: 0; already there, skipped: 4\n"
    (line,) = result.stderr.splitlines()
    assert line.startswith("breathapp: the history file was damaged; it was set aside as ")
    assert "was restored (sessions after it are not in it)" in line
