# SPDX-License-Identifier: GPL-3.0-or-later
"""The soft background sound in the whole app: loaded with the first session that has one."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from breathapp.core.clock import ManualClock
from breathapp.ui.common.background_sound import FADE_OUT_S
from tests.builders.app import STRAIGHT_TO_PRACTICE, close_app, make_app
from tests.builders.process import modules_after_start


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
    loaded = modules_after_start(tmp_path, prefs="background='rain'")
    names = {
        "numpy",
        "breathapp.ui.common.background_sound",
        "breathapp.ui.common.background_loops",
    }
    assert not loaded & names, loaded & names
