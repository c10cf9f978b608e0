# SPDX-License-Identifier: GPL-3.0-or-later
"""A low window (200 % text on 1600 × 1000 is 800 × 500) gives the start screen's choices
the room the resting circle would take; the guide is back as soon as a session starts."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from breathapp.core.session import SessionState
from tests.builders.room import LARGE_TEXT_WINDOW
from tests.ui.conftest import Ui


def test_the_resting_circle_steps_aside_in_a_low_window(ui: Ui) -> None:
    ui.prefs.update(check_in=False, settle_in=False)
    ui.window.show()
    ui.window.resize(*LARGE_TEXT_WINDOW)
    QApplication.processEvents()
    assert not ui.guide.canvas.isVisible()
    ui.guide.start()
    assert ui.session.state is SessionState.RUNNING
    assert ui.guide.canvas.isVisible()


def test_a_window_of_normal_height_shows_the_resting_circle(ui: Ui) -> None:
    ui.window.show()
    ui.window.resize(1100, 760)
    QApplication.processEvents()
    assert ui.guide.canvas.isVisible()
