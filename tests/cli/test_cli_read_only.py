# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands that only read open the store read-only: they never recover, migrate or mark."""

from __future__ import annotations

import csv
import io
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from breathapp.cli.common import EXIT_ENVIRONMENT
from breathapp.storage import migrations
from breathapp.storage.db import DB_FILENAME, SCHEMA_VERSION, Database
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.commands import NOW, one_line, run, store_evenings
from tests.builders.permissions import needs_permissions
from tests.builders.sessions import make_record

SIDECARS = (DB_FILENAME + "-wal", DB_FILENAME + "-shm")
READERS = [
    ["export", "--format", "csv", "--output", "-"],
    ["export", "--format", "json", "--output", "-"],
    ["profiles"],
    ["plan", "export", "plan.breathplan"],
]


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def running(data_dir: Path) -> Iterator[tuple[Database, int]]:
    """The app's store, open, with a session under way (checkpointed at 20 s)."""
    store_evenings(data_dir)
    db, _report = Database.open(data_dir, NOW)
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record(started_utc=NOW))
    repo.checkpoint(session_id, make_record(started_utc=NOW, active_s=20.0, breaths=2), NOW)
    yield db, session_id
    db.close()


def test_an_export_during_a_session_leaves_it_running(
    running: tuple[Database, int], capsys: pytest.CaptureFixture[str]
) -> None:
    db, session_id = running
    code, out, err = run(capsys, "export", "--format", "csv", "--output", "-")
    assert (code, err) == (0, "")
    row = db.query("SELECT status, ended_utc FROM sessions WHERE id = ?", (session_id,))[0]
    assert tuple(row) == ("running", None)
    exported = list(csv.DictReader(io.StringIO(out)))
    assert [r["active_s"] for r in exported if r["status"] == "running"] == ["20"]


def test_a_pdf_export_during_a_session_leaves_it_running(
    running: tuple[Database, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, session_id = running
    target = tmp_path / "report.pdf"
    code, _out, err = run(capsys, "export", "--format", "pdf", "--output", str(target))
    assert (code, err) == (0, "")
    assert target.stat().st_size > 0
    status = db.query("SELECT status FROM sessions WHERE id = ?", (session_id,))[0][0]
    assert status == "running"


@pytest.mark.parametrize("argv", [*READERS, ["list"], ["export", "--profile", "", *READERS[0][1:]]])
def test_read_only_commands_leave_no_wal_or_shm_behind(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    store_evenings(data_dir)
    monkeypatch.chdir(tmp_path)
    before = _snapshot(data_dir)
    assert not [name for name in SIDECARS if name in before]
    run(capsys, *argv)
    assert _snapshot(data_dir) == before  # not a byte changed, no file added


def _damage(data_dir: Path) -> None:
    """A store with a good backup whose file was then cut to nothing."""
    db, _report = Database.open(data_dir, NOW)
    with db:
        assert db.daily_backup(NOW.date()) is not None
    (data_dir / DB_FILENAME).write_bytes(b"")


@pytest.mark.parametrize("argv", [*READERS, ["export", "--format", "pdf", "--output", "r.pdf"]])
def test_a_damaged_store_is_refused_and_left_for_the_app_to_repair(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    store_evenings(data_dir)
    _damage(data_dir)
    monkeypatch.chdir(tmp_path)
    before = _snapshot(data_dir)
    code, _out, err = run(capsys, *argv)
    assert code == EXIT_ENVIRONMENT
    line = one_line(err)
    assert "damaged" in line and "open BreathApp" in line and str(data_dir) in line
    assert _snapshot(data_dir) == before
    assert not (tmp_path / argv[-1]).exists()


def _extra_step(conn: sqlite3.Connection, now_utc: object) -> None:
    conn.execute("ALTER TABLE sessions ADD COLUMN test_extra TEXT")


def test_a_store_of_an_older_version_is_not_migrated_by_a_read(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store_evenings(data_dir)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, _extra_step])
    before = _snapshot(data_dir)
    for argv in READERS:
        code, _out, err = run(capsys, *argv)
        assert code == EXIT_ENVIRONMENT, argv
        assert "older version" in one_line(err) and "open BreathApp once" in err
    assert _snapshot(data_dir) == before


def test_a_store_of_a_newer_version_is_refused_unchanged(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_evenings(data_dir)
    with closing(sqlite3.connect(data_dir / DB_FILENAME)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = _snapshot(data_dir)
    for argv in READERS:
        code, _out, err = run(capsys, *argv)
        assert code == EXIT_ENVIRONMENT, argv
        assert "newer version" in one_line(err)
    assert _snapshot(data_dir) == before


def _read_only(folder: Path) -> None:
    for path in folder.iterdir():
        path.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)


@needs_permissions
@pytest.mark.parametrize("argv", [*READERS[:3], ["list"]])
def test_read_only_commands_work_in_a_read_only_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    store_evenings(data_dir)
    with Database.open(data_dir, NOW)[0] as db:
        ProfileRepo(db).create("Ann", NOW)
    _read_only(data_dir)
    try:
        before = _snapshot(data_dir)
        code, out, err = run(capsys, *argv)
        assert (code, err) == (0, ""), err
        assert out and ("Ann" in out or argv[0] != "profiles")
        assert _snapshot(data_dir) == before
    finally:
        data_dir.chmod(stat.S_IRWXU)


@needs_permissions
def test_an_export_reads_a_read_only_folder_while_the_app_writes(
    running: tuple[Database, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app's -wal and -shm are there: SQLite reads through them, as its docs say."""
    db, session_id = running
    data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        code, out, err = run(capsys, "export", "--format", "csv", "--output", "-")
    finally:
        data_dir.chmod(stat.S_IRWXU)
    assert (code, err) == (0, "")
    exported = list(csv.DictReader(io.StringIO(out)))
    assert [r["active_s"] for r in exported if r["status"] == "running"] == ["20"]
    assert db.query("SELECT status FROM sessions WHERE id = ?", (session_id,))[0][0] == "running"
