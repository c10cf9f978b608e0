# SPDX-License-Identifier: GPL-3.0-or-later
"""The real import command in its own process: refused files, and kills during an import."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.timestamps import to_iso_z
from tests.builders.backups import good_file, good_session
from tests.builders.process import ROOT, process_env, run_breathapp

SESSIONS = 10_000


def _practice_file(path: Path, sessions: int) -> Path:
    """A practice file of ``sessions`` calm sessions of 5 minutes, one every hour of 2025."""
    first = datetime(2025, 1, 1, 8, tzinfo=UTC)
    items = []
    for n in range(sessions):
        start = first + timedelta(hours=n)
        end = to_iso_z(start + timedelta(seconds=331))
        items.append(
            good_session(
                started_utc=to_iso_z(start),
                ended_utc=end,
                checkpoint_utc=end,
                local_day=start.date().isoformat(),
            )
        )
    path.write_text(json.dumps(good_file(*items)), encoding="utf-8")
    return path


def _count(data: Path) -> tuple[int, str]:
    with sqlite3.connect(f"file:{data / DB_FILENAME}?mode=ro", uri=True) as conn:
        count = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return int(count), str(check)


def _import(data: Path, practice: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "breathapp", "import", "--data-dir", str(data), str(practice)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=process_env(),
        cwd=ROOT,
    )


@pytest.mark.slow
def test_a_killed_import_leaves_the_store_unchanged_or_complete(tmp_path: Path) -> None:
    practice = _practice_file(tmp_path / "practice.json", SESSIONS)
    empty = tmp_path / "empty"
    Database.open(empty, datetime.now(UTC))[0].close()
    # the whole import, once, for how long it takes here
    whole = tmp_path / "whole"
    shutil.copytree(empty, whole)
    began = time.monotonic()
    assert _import(whole, practice).wait(timeout=120) == 0
    took_s = time.monotonic() - began
    assert _count(whole) == (SESSIONS, "ok")
    outcomes = []
    for share in (0.3, 0.6, 0.8, 0.9, 0.95, 0.98):
        data = tmp_path / f"killed-{share}"
        shutil.copytree(empty, data)
        proc = _import(data, practice)
        try:
            # A real process keeps real time: the kill lands that far into the import.
            proc.wait(timeout=took_s * share)
        except subprocess.TimeoutExpired:
            proc.kill()  # SIGKILL: nothing is tidied up
        proc.wait(timeout=30)
        count, check = _count(data)
        assert check == "ok"
        assert count in (0, SESSIONS), f"half an import at {share:.0%}: {count} sessions"
        outcomes.append(count)
    assert 0 in outcomes  # some kills came before the end


def test_an_impossible_session_exits_2_with_one_line_and_changes_nothing(tmp_path: Path) -> None:
    practice = tmp_path / "practice.json"
    impossible = good_session(started_utc="9999-01-01T08:00:00.250Z", local_day="9999-01-01")
    practice.write_text(json.dumps(good_file(good_session(), impossible)), encoding="utf-8")
    data = tmp_path / "data"
    result = run_breathapp("import", "--data-dir", str(data), str(practice))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"breathapp: {practice}: sessions[1].started_utc: must be")
    assert result.stderr.count("\n") == 1
    assert not data.exists()  # the file is checked before the store is opened
