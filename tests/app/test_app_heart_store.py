# SPDX-License-Identifier: GPL-3.0-or-later
"""The app reaches the heart's store: a session's beats through its writer, the profile's
resonance tests; nothing of it loads before the first paint."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from breathapp.core.clock import ManualClock
from breathapp.core.heart.beats import RrSeries
from breathapp.core.prefs import session_plan
from tests.builders.app import close_app, make_app, never_told
from tests.builders.heart_store import FakeFeed, resonance_test
from tests.builders.process import modules_after_start


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
    loaded = modules_after_start(tmp_path)
    names = {
        "breathapp.storage.heart_repo",
        "breathapp.storage.heart_seal",
        "breathapp.core.heart.beats",
        "breathapp.core.heart.resonance",
    }
    assert not loaded & names, loaded & names
