# SPDX-License-Identifier: GPL-3.0-or-later
"""The app reaches the heart's store: a session's beats through its writer, the profile's
resonance tests; nothing of it loads before the first paint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from breathapp.core.clock import ManualClock
from breathapp.core.heart.beats import RrSeries
from breathapp.core.prefs import session_plan
from tests.builders.app import close_app, make_app, never_told
from tests.builders.heart_store import FakeFeed, resonance_test
from tests.builders.process import ROOT, process_env


def test_a_sessions_beats_and_the_resonance_tests_reach_the_store(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = ManualClock()
    built = make_app(qtbot, tmp_path, never_told, clock=clock, prefs={"settle_in": False})
    try:
        feed = FakeFeed()
        built.session.set_beat_feed(feed)
        assert built.session.start(session_plan(built.prefs.prefs))
        for _ in range(5):
            clock.advance(1.0)
            feed.add(clock.monotonic(), 1000.0)
        built.session.stop()
        session = built.session.last_session_id
        assert session is not None
        assert built.rr_repo.get(session) == RrSeries((1000, 2000, 3000, 4000, 5000), (1000,) * 5)
        test_id = built.resonance_repo.add(resonance_test())
        assert built.resonance_repo.latest() == resonance_test()
        built.resonance_repo.choose(test_id, 5.5)
        assert built.resonance_repo.get(test_id).chosen_bpm == 5.5
    finally:
        close_app(built)


def test_nothing_of_the_heart_loads_before_the_first_paint(tmp_path: Path) -> None:
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
        "built.window.show()\n"
        "for _ in range(20): app.processEvents()\n"
        "names = ('breathapp.storage.heart_repo', 'breathapp.storage.heart_seal',"
        " 'breathapp.core.heart.beats', 'breathapp.core.heart.resonance')\n"
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
