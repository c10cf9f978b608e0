# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening the window where Qt cannot: BreathApp's own line and exit code 1, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import breathapp.app.run
from breathapp.app.options import Options
from breathapp.cli.common import EXIT_ENVIRONMENT
from breathapp.cli.main import ALREADY_OPEN, main
from breathapp.storage.instance_lock import InstanceLock

ROOT = Path(__file__).resolve().parents[2]
NO_DISPLAY = (
    "breathapp: cannot open a window: there is no display (DISPLAY is not set); "
    "run it on a desktop, or see 'Run it' in README.md\n"
)


@pytest.fixture
def no_display(monkeypatch: pytest.MonkeyPatch) -> list[Options]:
    """Linux without a display and with Qt's default platform; the window only recorded."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    opened: list[Options] = []

    def run(options: Options) -> int:
        opened.append(options)
        return 0

    monkeypatch.setattr(breathapp.app.run, "run", run)
    return opened


def test_without_a_display_the_window_is_not_tried_and_no_folder_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_display: list[Options]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--start", "calm"]) == EXIT_ENVIRONMENT
    assert capsys.readouterr() == ("", NO_DISPLAY)
    assert no_display == [] and not data.exists()


def test_without_a_display_an_existing_folder_is_left_unlocked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_display: list[Options]
) -> None:
    assert main(["--data-dir", str(tmp_path)]) == EXIT_ENVIRONMENT
    assert capsys.readouterr() == ("", NO_DISPLAY)
    assert no_display == []
    lock = InstanceLock.acquire(tmp_path)  # free again for the next start
    assert lock is not None
    lock.release()


def test_without_a_display_a_second_launch_still_hands_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_display: list[Options]
) -> None:
    """The open window needs no display of ours: --start goes to it, as it always did."""
    data = tmp_path / "data"
    lock = InstanceLock.acquire(data)
    assert lock is not None
    try:
        assert main(["--data-dir", str(data), "--start", "calm"]) == 0
    finally:
        lock.release()
    assert capsys.readouterr() == (ALREADY_OPEN + "\n", "")


def test_offscreen_opens_the_window_as_before(
    tmp_path: Path, no_display: list[Options], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["--data-dir", str(tmp_path / "data")]) == 0
    assert [options.data_dir for options in no_display] == [tmp_path / "data"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_python_m_breathapp_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "BREATHAPP_DATA_DIR")
    }
    result = subprocess.run(
        [sys.executable, "-m", "breathapp", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )
    assert (result.returncode, result.stdout, result.stderr) == (EXIT_ENVIRONMENT, "", NO_DISPLAY)
    assert not (tmp_path / "data").exists()
