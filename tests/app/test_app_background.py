# SPDX-License-Identifier: GPL-3.0-or-later
"""The soft background sound in the whole app: loaded with the first session that has one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from breathapp.core.clock import ManualClock
from breathapp.ui.common.background_sound import FADE_OUT_S
from tests.builders.app import STRAIGHT_TO_PRACTICE, close_app, make_app
from tests.builders.process import process_env

ROOT = Path(__file__).resolve().parents[2]


def test_a_session_with_a_background_plays_it_and_fades_it_at_the_stop(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = ManualClock()
    built = make_app(qtbot, tmp_path, clock=clock, prefs=STRAIGHT_TO_PRACTICE)
    built.window.guide.start()
    assert built.background is None  # off by default: nothing loaded
    built.session.stop()
    built.prefs.update(background="waves", settle_in=False)
    assert built.background is None  # chosen, but no session yet
    built.window.guide.start()
    background = built.background
    assert background is not None
    player = background.player
    # A real device plays (PulseAudio's null sink here); a machine without sound says why.
    assert (player.running and player.kind == "waves") or player.problem
    built.session.stop()
    assert player.target == 0.0  # fading out
    clock.advance(FADE_OUT_S + 1.0)
    player._on_tick()
    assert not player.running
    close_app(built)


def test_start_up_loads_nothing_of_the_background_sound(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from breathapp.app.build import build\n"
        "from breathapp.app.options import Options\n"
        "app = QApplication([])\n"
        "def tell(parent, text): raise AssertionError(text)\n"
        "options = Options(Path(sys.argv[1]), 'en', None, None, None, False, False)\n"
        "built = build(options, None, tell)\n"
        "built.prefs.update(background='rain', safety_notice_seen=True)\n"
        "built.window.show()\n"
        "for _ in range(20): app.processEvents()\n"
        "names = ('numpy', 'breathapp.ui.common.background_sound',\n"
        "         'breathapp.ui.common.background_loops')\n"
        "loaded = sorted(m for m in sys.modules if m in names)\n"
        "assert not loaded, loaded\n"
        "built.db.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=process_env(),
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
