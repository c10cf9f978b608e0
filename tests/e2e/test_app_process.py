# SPDX-License-Identifier: GPL-3.0-or-later
"""The real app in its own process: a session end to end, a kill, and the command line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from breathapp.storage.db import Database
from tests.builders.process import ROOT, export_rows, process_env, run_breathapp


@pytest.mark.slow
def test_one_breath_from_the_command_line_is_saved_and_exported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_breathapp(
        "--data-dir",
        str(data),
        "--lang",
        "nl",
        "--start",
        "calm",
        "--breaths",
        "1",
        "--quit-when-done",
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    rows = export_rows(data)
    assert len(rows) == 1
    row = rows[0]
    assert (row["status"], row["breaths"], row["active_s"]) == ("completed", "1", "10")
    assert (row["pattern_id"], row["pattern"], row["rate_bpm"]) == ("calm", "4-0-6-0", "6")
    assert row["started_utc"].endswith("Z") and row["ended_utc"] > row["started_utc"]


def _checkpointed_active_s(db_path: Path) -> float:
    if not db_path.exists():
        return 0.0
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT max(active_s) FROM sessions").fetchone()
    except sqlite3.Error:
        return 0.0
    return float(row[0] or 0.0)


@pytest.mark.slow
def test_a_killed_session_is_recovered_as_interrupted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "breathapp",
            "--data-dir",
            str(data),
            "--start",
            "calm",
            "--minutes",
            "5",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=process_env(),
        cwd=ROOT,
    )
    try:
        # A real process keeps real time: wait (bounded) for its first checkpoint.
        deadline = time.monotonic() + 60
        while (saved := _checkpointed_active_s(data / "breathapp.db")) <= 0:
            assert time.monotonic() < deadline, "no checkpoint within 60 s"
            with pytest.raises(subprocess.TimeoutExpired):
                proc.wait(timeout=0.25)
        proc.kill()  # SIGKILL: no chance to save anything more
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    # An export only reads: the session as the kill left it, never marked by the export.
    assert [row["status"] for row in export_rows(data)] == ["running"]
    Database.open(data, datetime.now(UTC))[0].close()  # as the app's next start opens it
    rows = export_rows(data)
    assert len(rows) == 1
    row = rows[0]
    assert row["status"] == "interrupted"
    # kept up to its last checkpoint: what was on disk when it was killed, or later
    assert float(row["active_s"]) >= saved > 0
    assert row["ended_utc"] > row["started_utc"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "calmer"], "unknown pattern or relaxation session 'calmer'"),
        (["--start", "pmr-short", "--minutes", "5"], "a relaxation session has its own length"),
        (["--start", "4-0-0-0"], "exhale must be 1 to 20 seconds, got 0"),
        (["--start", "calm", "--minutes", "ten"], "--minutes must be a number"),
        (["--start", "calm", "--breaths", "0"], "breaths must be a whole number"),
        (["--minutes", "5"], "need --start"),
        (["--lang", "es"], "invalid choice: 'es'"),
        (["export", "--format", "xml", "--output", "-"], "invalid choice: 'xml'"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    tmp_path: Path, args: list[str], message: str
) -> None:
    data = tmp_path / "data"
    result = run_breathapp("--data-dir", str(data), *args, timeout=30)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("breathapp: ")
    assert message in lines[0]
    assert not data.exists()


def test_list_prints_every_preset_with_timing_and_rate() -> None:
    result = run_breathapp("list", timeout=30)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert any(line.split()[:3] == ["calm", "4-0-6-0", "6"] for line in lines)
    assert any(line.split()[:4] == ["box", "4-4-4-4", "3.75", "yes"] for line in lines)
    assert any(line.split()[:2] == ["sigh", "2+1-0-6-0"] for line in lines)
    assert "Relaxation sessions" in lines
    assert any(line.split()[:2] == ["pmr-short", "10"] for line in lines)


def _new_store(data: Path) -> None:
    """A store as the app makes it on its first start (made here: quicker than the window)."""
    Database.open(data, datetime.now(UTC))[0].close()


def test_export_to_a_file_and_to_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = tmp_path / "sessions.csv"
    result = run_breathapp(
        "export", "--data-dir", str(data), "--format", "csv", "--output", str(out)
    )
    assert result.returncode == 2 and "there is no data folder at" in result.stderr
    assert not data.exists() and not out.exists()  # export only reads: it makes no store
    _new_store(data)
    result = run_breathapp(
        "export", "--data-dir", str(data), "--format", "csv", "--output", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("id,started_utc,ended_utc,")
    bad = tmp_path / "missing" / "x.csv"
    result = run_breathapp(
        "export", "--data-dir", str(data), "--format", "csv", "--output", str(bad)
    )
    assert result.returncode == 2
    assert "cannot write" in result.stderr


def test_version() -> None:
    result = run_breathapp("--version", timeout=30)
    assert result.returncode == 0 and result.stdout.startswith("BreathApp ")


def test_an_unusable_data_dir_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    plan = tmp_path / "p.breathplan"  # a command that writes: it would make the folder
    plan.write_text(
        '{"format": "breathapp-plan", "version": 1, "plan": {"title": "t", '
        '"phases": [{"items": [{"kind": "breathing", "what": "calm"}]}]}}',
        encoding="utf-8",
    )
    result = run_breathapp(
        "plan", "import", "--data-dir", str(blocker / "data"), str(plan), timeout=30
    )
    # The user's input is wrong (a path through a file), not the machine: exit 2, one line.
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr == (
        f"breathapp: {blocker / 'data'} cannot be a folder: {blocker} is a file: check --data-dir\n"
    )


def test_holds_are_refused_on_the_command_line_for_a_no_holds_profile(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _new_store(data)
    with sqlite3.connect(data / "breathapp.db") as conn:
        conn.execute("UPDATE profiles SET no_holds = 1")
    conn.close()
    before = (data / "breathapp.db").read_bytes()
    result = run_breathapp("--data-dir", str(data), "--start", "box", timeout=30)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "breathapp: 4-4-4-4 has breath holds, and this profile is set to no breath holds"
    )
    assert (data / "breathapp.db").read_bytes() == before
