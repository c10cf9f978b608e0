# SPDX-License-Identifier: GPL-3.0-or-later
"""Two real processes on one data folder: the second hands over and the first runs it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from breathapp.cli.main import ALREADY_OPEN
from breathapp.storage.db import Database
from breathapp.storage.instance_lock import LOCK_FILENAME, REQUESTS_DIRNAME
from breathapp.storage.profiles_repo import ProfileRepo
from tests.builders.process import ROOT, export_rows, process_env, run_breathapp

UP_TIMEOUT_S = 60.0


def _wait_until_locked_by(proc: subprocess.Popen[bytes], lock_file: Path) -> None:
    """A real process keeps real time: poll (bounded) until it holds the lock."""
    deadline = time.monotonic() + UP_TIMEOUT_S
    while True:
        try:
            if lock_file.read_text().strip() == str(proc.pid):
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"no lock within {UP_TIMEOUT_S:.0f} s"
        _wait_a_moment_for_exit(proc, "the first app exited early")


def _wait_a_moment_for_exit(proc: subprocess.Popen[bytes], message: str) -> None:
    """Wait on the process itself for a moment between looks: an exit ends the wait at once
    (and fails the test); otherwise the look is taken again."""
    try:
        proc.wait(timeout=0.05)
    except subprocess.TimeoutExpired:
        return
    raise AssertionError(f"{message} with {proc.returncode}")


def _app(data: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "breathapp", "--data-dir", str(data), "--lang", "en", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=process_env(),
        cwd=ROOT,
    )


@pytest.mark.slow
def test_a_second_launch_hands_its_session_to_the_open_app(tmp_path: Path) -> None:
    data = tmp_path / "data"
    crashed = _app(data)
    try:
        _wait_until_locked_by(crashed, data / LOCK_FILENAME)
        crashed.kill()  # SIGKILL: its lock file stays, its lock goes with the process
        crashed.wait(timeout=30)
    finally:
        if crashed.poll() is None:
            crashed.kill()
        crashed.communicate()
    first = _app(data)  # a crash never blocks the next start
    try:
        _wait_until_locked_by(first, data / LOCK_FILENAME)
        began = time.monotonic()
        second = run_breathapp(
            "--data-dir", str(data), "--start", "calm", "--breaths", "1", "--quit-when-done"
        )
        handed_over_s = time.monotonic() - began
        assert second.returncode == 0, second.stderr
        assert second.stdout == ALREADY_OPEN + "\n"
        assert second.stderr == ""
        # It opened nothing: no window, no Qt (a fraction of a full start), no store.
        assert handed_over_s < 10, f"the hand-over took {handed_over_s:.1f} s"
        # The first app runs that one breath (3 s settle-in + 10 s) and, as asked, quits.
        _out, err = first.communicate(timeout=90)
        assert first.returncode == 0, err
        assert b"Traceback" not in err
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=30)
    assert list((data / REQUESTS_DIRNAME).iterdir()) == []  # taken, nothing left behind
    rows = export_rows(data)
    assert len(rows) == 1
    assert (rows[0]["status"], rows[0]["pattern_id"], rows[0]["breaths"]) == (
        "completed",
        "calm",
        "1",
    )


@pytest.mark.slow
def test_a_second_launch_cannot_start_holds_in_a_window_on_a_no_holds_profile(
    tmp_path: Path,
) -> None:
    """Issue 11's leak, with real processes: the window is open on a profile set to no
    breath holds; a second launch asks for box breathing. The command line cannot know
    which profile the window is on; the window's own gate refuses it and stores nothing.
    A third launch then asks for calm breathing, which runs, is stored, and closes the app."""
    data = tmp_path / "data"
    db, _report = Database.open(data, datetime.now(UTC))
    try:
        mia = ProfileRepo(db).create("Mia", datetime.now(UTC))
        ProfileRepo(db).set_no_holds(mia.id, True)
    finally:
        db.close()
    first = _app(data, "--profile", "Mia")
    try:
        _wait_until_locked_by(first, data / LOCK_FILENAME)
        box = run_breathapp("--data-dir", str(data), "--start", "box", "--breaths", "1")
        assert (box.returncode, box.stdout) == (0, ALREADY_OPEN + "\n")
        requests = data / REQUESTS_DIRNAME
        deadline = time.monotonic() + UP_TIMEOUT_S
        while any(requests.iterdir()):  # a real process keeps real time: poll, bounded
            assert time.monotonic() < deadline, "the request was never taken"
            _wait_a_moment_for_exit(first, "the first app exited")
        # Refused, the window is free: a running box session would turn this one away.
        calm = run_breathapp(
            "--data-dir", str(data), "--start", "calm", "--breaths", "1", "--quit-when-done"
        )
        assert calm.returncode == 0, calm.stderr
        _out, err = first.communicate(timeout=90)
        assert first.returncode == 0, err
        assert b"Traceback" not in err
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=30)
    with sqlite3.connect(data / "breathapp.db") as conn:
        rows = conn.execute("SELECT profile_id, pattern_text, status FROM sessions").fetchall()
    assert rows == [(mia.id, "4-0-6-0", "completed")]
