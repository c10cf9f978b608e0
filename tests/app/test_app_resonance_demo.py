# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole resonance pace test in the app, fed by the demo recording as --rr-replay feeds
it: the real replay, the real menu wiring, the guide pacing, the measures, the store, the
profile's pace and the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathapp.app.built import Built
from breathapp.app.heart import start_replay
from breathapp.app.run import after_first_paint
from breathapp.controllers.resonance_controller import RunState
from breathapp.core.clock import ManualClock
from breathapp.core.heart.link import LinkState
from breathapp.core.prefs import session_plan
from breathapp.paths import asset_path
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.app import close_app, make_plan_app

DEMO = asset_path("heart") / "demo-resonance.rr"
STEP_S = 0.25  # the timers' ticks: the guide's frame, the replay's look, the test's tick
RAISE_WARNING = "This plugin does not support raise"  # offscreen: the window comes forward


def _run(built: Built, clock: ManualClock, seconds: float) -> None:
    """Move the clock on and fire each timer as Qt would (a late tick shifts nothing)."""
    assert built.heart is not None and built.resonance is not None
    replay = built.heart._replay  # the replay's single-shot timer
    for _ in range(round(seconds / STEP_S)):
        clock.advance(STEP_S)
        built.session._on_frame()
        if replay is not None:
            replay._on_look()
        if built.resonance.controller is not None:
            built.resonance.controller._tick()


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_the_demo_recording_runs_the_whole_test_and_finds_its_pace(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = ManualClock()
    built = make_plan_app(qtbot, tmp_path, clock)
    start_replay(built, DEMO)  # what --rr-replay does after the first paint
    after_first_paint(built)
    assert built.heart is not None and built.heart.link is LinkState.CONNECTED
    assert built.resonance is not None and built.heart_actions is not None
    assert built.heart_actions.panel is not None  # the heart shows beside the guide at once
    view = built.resonance.open()
    controller = built.resonance.controller
    assert controller is not None and view.start_button.isEnabled()
    # The recording's first pace begins a minute in; the guide counts 3-2-1 first.
    _run(built, clock, 57.0)
    assert controller.start()
    _run(built, clock, 3.0 + 12 * 60.0 + 30.0)
    assert controller.state is RunState.DONE
    test = controller.test
    assert test is not None and test.completed
    assert [r.rate_bpm for r in test.results] == [6.5, 6.0, 5.5, 5.0, 4.5]
    assert test.suggested_bpm == 5.5  # the pace the recording was made to answer most
    swings = {r.rate_bpm: r.swing_bpm for r in test.results}
    assert swings[5.5] is not None and swings[6.5] is not None and swings[5.5] > swings[6.5]
    assert all(r.removed_share < 0.05 for r in test.results)
    assert controller.choose(5.5)
    assert built.prefs.prefs.resonance_bpm == 5.5
    # The patient's everyday session on the Breathe page now breathes at that pace.
    everyday = session_plan(built.prefs.prefs)
    assert everyday.pacing.rate_bpm == pytest.approx(5.5, abs=0.01)
    assert not everyday.pacing.has_holds
    # Stored with the profile, with its beats; the session it ran as carries them too.
    stored = built.resonance_repo.latest()
    assert stored is not None and stored.chosen_bpm == 5.5 and len(stored.rr.rr_ms) > 600
    profile = built.profile.profile.id
    session = SessionRepo(built.db).last(profile)
    assert session is not None and session.pattern_text  # the test's one guided session
    day = clock.now_utc().astimezone().date()
    report = HistoryRepo(built.db).report(profile, day, day, day, 10)
    assert report.resonance is not None and report.resonance.suggested_bpm == 5.5
    view.close()
    built.heart.stop()
    close_app(built)
