# SPDX-License-Identifier: GPL-3.0-or-later
"""A large import while a session runs: its checkpoints always get through, nothing is half."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.session import SessionStatus
from breathapp.storage import backup as backup_module
from breathapp.storage.backup import Backup, BackupSession, ImportReport, import_backup
from breathapp.storage.db import Database
from breathapp.storage.sessions_repo import SessionRepo
from breathapp.storage.vault import DataKey
from tests.builders.backups import NOW
from tests.builders.sessions import make_record

ROWS = 30_000
# The checkpointing connection waits as the app's does (5 s). The short final transaction
# gets through that on a loaded machine too; that the rows are made outside the store's
# write lock is proven without timing below.
CHECKPOINT_WAIT_MS = 5000


def _big_backup(rows: int = ROWS) -> Backup:
    """``rows`` completed sessions of a minute, one every two minutes from 2024 on."""
    first = datetime(2024, 1, 1, tzinfo=UTC)
    done = make_record(active_s=60.0, breaths=6, status=SessionStatus.COMPLETED)
    sessions = []
    for n in range(rows):
        started = first + timedelta(minutes=2 * n)
        ended = started + timedelta(seconds=62)
        record = replace(done, started_utc=started, ended_utc=ended)
        sessions.append(BackupSession(record, started.date(), ended))
    return Backup(
        "big.json", 1, NOW, "0.1.0", "", False, False, {}, tuple(sessions), (date(2024, 1, 1),)
    )


class Practice(threading.Thread):
    """A session running on its own connection, checkpointed every few milliseconds."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(daemon=True)
        self.data_dir = data_dir
        self.ready = threading.Event()
        self.stop = threading.Event()
        self.saved: list[datetime] = []
        self.failed: list[StorageError] = []

    def run(self) -> None:
        db, _report = Database.open(self.data_dir, NOW)
        try:
            db.connection.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
            repo = SessionRepo(db, UTC)
            running = make_record(started_utc=NOW)
            row = repo.add(1, running)
            self.ready.set()
            tick = 0
            while not self.stop.is_set():
                tick += 1
                record = replace(running, active_s=tick * 0.005)
                try:
                    repo.checkpoint(row, record, NOW + timedelta(milliseconds=5 * tick))
                    self.saved.append(datetime.now(UTC))
                except StorageError as error:  # "database is locked"
                    self.failed.append(error)
                self.stop.wait(0.005)
        finally:
            self.ready.set()
            db.close()


def test_a_running_session_keeps_checkpointing_through_a_large_import(
    db: Database, data_dir: Path
) -> None:
    backup = _big_backup()
    practice = Practice(data_dir)
    practice.start()
    assert practice.ready.wait(10)
    began = datetime.now(UTC)
    try:
        report = import_backup(db, 1, backup)
    finally:
        ended = datetime.now(UTC)
        practice.stop.set()
        practice.join(10)
    assert practice.failed == []
    during = [t for t in practice.saved if began <= t <= ended]
    assert len(during) >= 3  # it really ran alongside the import
    assert report == ImportReport(added=ROWS, skipped=0, moved_added=1)
    assert db.query("SELECT count(*) FROM sessions")[0][0] == ROWS + 1
    assert db.query("SELECT count(*) FROM sessions WHERE status = 'running'")[0][0] == 1


def test_the_rows_are_made_while_the_store_is_free_to_write(
    db: Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While an import makes its rows, another writer gets the lock at once (no waiting):
    the import before batching held it for all of them."""
    backup = _big_backup(30)
    other = Database.open(data_dir, NOW)[0]
    other.connection.execute("PRAGMA busy_timeout = 0")
    taken: list[bool] = []
    real_row = backup_module._row

    def row_while_another_writes(
        profile_id: int, session: BackupSession, key: DataKey | None
    ) -> list[object]:
        try:
            with other.transaction():
                pass
            taken.append(True)
        except StorageError:  # "database is locked"
            taken.append(False)
        return real_row(profile_id, session, key)

    monkeypatch.setattr(backup_module, "_row", row_while_another_writes)
    try:
        assert import_backup(db, 1, backup).added == 30
    finally:
        other.close()
    assert taken == [True] * 30


def test_a_failure_while_staging_changes_nothing_and_the_next_import_works(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = _big_backup(50)
    monkeypatch.setattr(backup_module, "_STAGE_BATCH", 10)
    made: list[int] = []
    real_row = backup_module._row

    def row_failing_in_the_third_batch(
        profile_id: int, session: BackupSession, key: DataKey | None
    ) -> list[object]:
        made.append(1)
        if len(made) == 25:
            raise StorageError(StorageProblem.DISK_FULL, None, "no room for the staging")
        return real_row(profile_id, session, key)

    monkeypatch.setattr(backup_module, "_row", row_failing_in_the_third_batch)
    with pytest.raises(StorageError):
        import_backup(db, 1, backup)
    assert db.query("SELECT count(*) FROM sessions")[0][0] == 0  # two batches were staged
    monkeypatch.setattr(backup_module, "_row", real_row)
    assert import_backup(db, 1, backup).added == 50
    assert db.query("SELECT count(*) FROM sessions")[0][0] == 50


def test_a_session_begun_during_the_import_is_not_doubled(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file has the session the profile began while the rows were being staged."""
    backup = _big_backup(20)
    late = backup.sessions[-1].record
    real_stage = backup_module._stage

    def stage_while_a_session_begins(*args: object) -> None:
        real_stage(*args)  # type: ignore[arg-type]
        other, _report = Database.open(db.data_dir, NOW)
        try:
            SessionRepo(other, UTC).add(1, late)
        finally:
            other.close()

    monkeypatch.setattr(backup_module, "_stage", stage_while_a_session_begins)
    report = import_backup(db, 1, backup)
    assert (report.added, report.skipped) == (19, 1)
    assert db.query("SELECT count(*) FROM sessions")[0][0] == 20


def test_an_import_inside_a_transaction_stays_in_it(db: Database) -> None:
    backup = _big_backup(20)
    with pytest.raises(RuntimeError), db.transaction():
        assert import_backup(db, 1, backup).added == 20
        raise RuntimeError("the caller changes its mind")
    assert db.query("SELECT count(*) FROM sessions")[0][0] == 0
