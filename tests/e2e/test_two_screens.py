# SPDX-License-Identifier: GPL-3.0-or-later
"""Presentation on two screens: the cases of tests/ui/two_screens_cases.py on a two-screen Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "ui" / "two_screens_cases.py"


@pytest.mark.slow
def test_presentation_with_a_laptop_and_a_projector() -> None:
    # Its own process: this one's QApplication has one screen, and there is only one.
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("BREATHAPP_SHOTS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(CASES), "-q", "-p", "no:cacheprovider", "-n", "0"],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "7 passed" in result.stdout
