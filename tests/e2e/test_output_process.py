# SPDX-License-Identifier: GPL-3.0-or-later
"""The real command in its own process: outputs never land on the data folder's own files,
a named pipe as input is refused at once, a named pipe as output is written straight."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from breathapp.core.plans import PlanProgress
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.plan_files import write_plan_file
from breathapp.storage.plans_repo import PlanRepo
from tests.builders.commands import NOW, store_evenings
from tests.builders.plans import easy_plan
from tests.builders.process import ROOT, process_env, run_breathapp

pytestmark = pytest.mark.slow
STARTED = date(2026, 11, 20)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with sessions, a plan, a daily backup and a log."""
    folder = tmp_path / "data"
    store_evenings(folder)
    db, _ = Database.open(folder, NOW)
    try:
        PlanRepo(db).save(1, easy_plan(), PlanProgress(STARTED, 0, STARTED), NOW)
        db.daily_backup(date(2026, 11, 25))
    finally:
        db.close()
    (folder / "logs").mkdir()
    (folder / "logs" / "breathapp.log").write_text("started\n", encoding="utf-8")
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("breathapp: "), stderr
    return lines[0]


@pytest.mark.parametrize(
    ("command", "own"),
    [
        (["export", "--format", "csv", "--output"], DB_FILENAME),
        (["export", "--format", "json", "--output"], "backups/breathapp-2026-11-25.db"),
        (["export", "--format", "pdf", "--output"], DB_FILENAME),
        (["plan", "export"], DB_FILENAME),
        (["plan", "export"], "logs/breathapp.log"),
    ],
)
def test_an_export_over_the_data_folders_own_files_is_refused(
    data: Path, command: list[str], own: str
) -> None:
    before = _files(data)
    result = run_breathapp("--data-dir", str(data), *command, str(data / own))
    assert result.returncode == 2
    assert "data folder" in _one_line(result.stderr)
    assert _files(data) == before  # the database, its backup and the log are as they were


def test_a_symlink_to_the_database_is_refused(data: Path, tmp_path: Path) -> None:
    before = _files(data)
    link = tmp_path / "history.csv"
    link.symlink_to(data / DB_FILENAME)
    result = run_breathapp(
        "--data-dir", str(data), "export", "--format", "csv", "--output", str(link)
    )
    assert result.returncode == 2 and "data folder" in _one_line(result.stderr)
    assert _files(data) == before and link.is_symlink()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
@pytest.mark.parametrize("command", [["import"], ["plan", "import"]])
def test_a_named_pipe_as_input_is_refused_at_once(
    data: Path, tmp_path: Path, command: list[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    before = _files(data)
    result = run_breathapp("--data-dir", str(data), *command, str(fifo), timeout=30)
    assert result.returncode == 2
    assert "not a file" in _one_line(result.stderr)
    assert _files(data) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_an_export_to_a_link_to_a_named_pipe_is_written_into_the_pipe(
    data: Path, tmp_path: Path
) -> None:
    """What --output /dev/stdout is, without touching /dev: a link to a pipe."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "stdout"
    link.symlink_to(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        result = run_breathapp(
            "--data-dir", str(data), "export", "--format", "csv", "--output", str(link)
        )
        assert (result.returncode, result.stderr) == (0, "")
        received = os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert received.startswith(b"id,") and received.count(b"\n") == 5
    assert link.is_symlink() and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_dev_stdout_is_written_straight(data: Path) -> None:
    """--output /dev/stdout, with standard output a pipe: the rows arrive there."""
    if not Path("/dev/stdout").exists():
        pytest.skip("no /dev/stdout")
    if os.geteuid() == 0:
        pytest.skip("as root the old code replaced /dev/stdout itself: never tried here")
    result = run_breathapp(
        "--data-dir", str(data), "export", "--format", "csv", "--output", "/dev/stdout"
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("id,")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="no /proc/self/fd")
def test_an_export_to_its_own_standard_output_appends_to_the_shells_file(
    data: Path, tmp_path: Path
) -> None:
    """``--output /proc/self/fd/1 >> all.csv`` (what /dev/stdout is on Linux) keeps the file."""
    kept = tmp_path / "all.csv"
    kept.write_text("earlier\n", encoding="utf-8")
    command = ["export", "--format", "csv", "--output", "/proc/self/fd/1"]
    with kept.open("ab") as shell:
        result = subprocess.run(
            [sys.executable, "-m", "breathapp", "--data-dir", str(data), *command],
            stdout=shell,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env=process_env(),
            cwd=ROOT,
        )
    assert (result.returncode, result.stderr) == (0, "")
    text = kept.read_text("utf-8")
    assert text.startswith("earlier\nid,") and text.count("\n") == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "data"]


def test_a_practice_file_into_a_folder_named_with_a_newline_fails_on_one_line(
    data: Path, tmp_path: Path
) -> None:
    odd = tmp_path / "a\nb"
    result = run_breathapp("--data-dir", str(data), "import", str(odd / "x.json"))
    assert result.returncode == 2 and "a\\nb" in _one_line(result.stderr)


def test_plan_import_into_a_store_from_a_newer_breathapp_prints_nothing_first(
    data: Path, tmp_path: Path
) -> None:
    conn = sqlite3.connect(data / DB_FILENAME)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    plan = tmp_path / "p.breathplan"
    write_plan_file(plan, easy_plan())
    before = _files(data)
    result = run_breathapp("--data-dir", str(data), "--lang", "en", "plan", "import", str(plan))
    assert result.returncode == 1 and result.stdout == ""
    assert "newer version" in _one_line(result.stderr)
    assert _files(data) == before
