# SPDX-License-Identifier: GPL-3.0-or-later
"""A relaxation in full screen never traps a mouse user either."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.core.session import SessionState
from breathapp.ui.relax.relax_view import RelaxView
from breathapp.ui.shell.main_window import RELAX_PAGE
from tests.ui.conftest import Ui


def full_screen_relaxation(ui: Ui, qtbot: QtBot) -> RelaxView:
    ui.prefs.update(check_in=False)
    ui.window.show_page(RELAX_PAGE)
    view = ui.relax_view
    next(c for c in view.list.cards if c.script.id == "body-scan").click()
    qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    assert ui.window.isFullScreen() and ui.relax.state is SessionState.RUNNING
    return view


def wait(ui: Ui, view: RelaxView, seconds: float) -> None:
    ui.clock.advance(seconds)
    view.fade.tick()


def test_a_mouse_move_shows_the_relaxation_controls_and_the_way_out(ui: Ui, qtbot: QtBot) -> None:
    view = full_screen_relaxation(ui, qtbot)
    player = view.player
    assert player.pause_button.isVisible() and view.leave_button.isVisible()  # on entering
    wait(ui, view, 10)
    assert not player.pause_button.isVisible() and not view.leave_button.isVisible()
    assert player.dizzy_button.isVisible() and not view.fade.timer.isActive()
    qtbot.mouseMove(player, QPoint(30, 40))
    qtbot.mouseMove(player, QPoint(60, 80))
    QApplication.processEvents()
    for button in (player.pause_button, player.stop_button, view.leave_button):
        assert button.isVisible() and button.text()
    assert view.leave_button.text() == "Leave full screen"
    assert "Esc stops the session" in view.leave_hint.text() and view.leave_hint.isVisible()
    wait(ui, view, 5)
    assert not player.stop_button.isVisible()


def test_leave_full_screen_from_a_relaxation_and_it_goes_on(ui: Ui, qtbot: QtBot) -> None:
    view = full_screen_relaxation(ui, qtbot)
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert not ui.window.isFullScreen() and ui.relax.state is SessionState.RUNNING
    assert view.player.pause_button.isVisible() and not view.leave_button.isVisible()


def test_a_relaxation_ending_in_full_screen_shows_its_summary_and_a_way_out(
    ui: Ui, qtbot: QtBot
) -> None:
    view = full_screen_relaxation(ui, qtbot)
    qtbot.mouseClick(view.player.stop_button, Qt.MouseButton.LeftButton)
    assert ui.relax.state is SessionState.STOPPED and ui.window.isFullScreen()
    assert view.pages.currentWidget() is view.summary and view.summary.isVisible()
    assert view.leave_button.isVisible() and view.leave_hint.text() == "Esc leaves full screen."
    wait(ui, view, 30)
    assert view.leave_button.isVisible()  # nothing fades after the session
    qtbot.mouseClick(view.summary.done_button, Qt.MouseButton.LeftButton)
    assert view.list.isVisible() and view.leave_button.isVisible()  # choose again, or leave
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert not ui.window.isFullScreen() and ui.window.nav.isVisible()
