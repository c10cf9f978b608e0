# SPDX-License-Identifier: GPL-3.0-or-later
"""Full screen never traps a mouse user: quiet controls on a move, fading on the clock."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.core.session import SessionState
from tests.ui.conftest import Ui


def full_screen_session(ui: Ui, qtbot: QtBot) -> None:
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.start()
    qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    assert ui.window.isFullScreen() and ui.session.state is SessionState.RUNNING


def quiet(ui: Ui) -> tuple[object, ...]:
    return (ui.guide.pause_button, ui.guide.stop_button, ui.guide.fullscreen_button)


def wait(ui: Ui, seconds: float) -> None:
    """Time passes on the injected clock; the fade looks at it when its timer fires."""
    ui.clock.advance(seconds)
    ui.guide.session_bar.tick()


def move_mouse(ui: Ui, qtbot: QtBot) -> None:
    qtbot.mouseMove(ui.guide.canvas, QPoint(40, 50))
    qtbot.mouseMove(ui.guide.canvas, QPoint(60, 80))
    QApplication.processEvents()


def test_a_mouse_move_in_full_screen_shows_pause_stop_and_leave(ui: Ui, qtbot: QtBot) -> None:
    full_screen_session(ui, qtbot)
    wait(ui, 10)  # shown on entering, then gone
    bar = ui.guide.session_bar
    assert all(not b.isVisible() for b in quiet(ui))  # type: ignore[attr-defined]
    assert ui.guide.dizzy_button.isVisible()  # always there
    assert not bar.fade_timer.isActive()  # nothing ticks while nothing shows
    move_mouse(ui, qtbot)
    assert all(b.isVisible() for b in quiet(ui))  # type: ignore[attr-defined]
    assert ui.guide.pause_button.text() == "Pause"
    assert ui.guide.fullscreen_button.text() == "Leave full screen"
    assert bar.hint.isVisible()
    assert "Esc stops the session" in bar.hint.text() and "F11" in bar.hint.text()
    assert bar.fade_timer.isActive()


def test_the_controls_fade_after_three_seconds_on_the_clock(ui: Ui, qtbot: QtBot) -> None:
    full_screen_session(ui, qtbot)
    bar = ui.guide.session_bar
    assert ui.guide.stop_button.isVisible()  # shown on entering: they exist
    wait(ui, 2.5)
    assert ui.guide.stop_button.isVisible() and bar.opacity() == 1.0
    wait(ui, 0.8)
    assert 0.0 < bar.opacity() < 1.0 and ui.guide.stop_button.isVisible()  # fading
    wait(ui, 2.0)
    assert bar.opacity() == 0.0 and not ui.guide.stop_button.isVisible()
    assert not bar.fade_timer.isActive()


def test_reduced_motion_hides_the_controls_without_a_fade(ui: Ui, qtbot: QtBot) -> None:
    ui.prefs.update(reduced_motion=True)
    full_screen_session(ui, qtbot)
    bar = ui.guide.session_bar
    wait(ui, 2.9)
    assert bar.opacity() == 1.0
    wait(ui, 0.2)
    assert bar.opacity() == 0.0 and not ui.guide.stop_button.isVisible()


def test_a_key_press_shows_the_controls_and_tab_reaches_them(ui: Ui, qtbot: QtBot) -> None:
    full_screen_session(ui, qtbot)
    wait(ui, 10)
    window = ui.window.windowHandle()
    assert window is not None
    QTest.keyClick(window, Qt.Key.Key_Tab)  # as a real key arrives: at the window first
    assert ui.guide.stop_button.isVisible()
    seen = set()
    for _ in range(6):
        seen.add(QApplication.focusWidget())
        QTest.keyClick(window, Qt.Key.Key_Tab)
    assert set(quiet(ui)) <= seen  # Tab reaches Pause, Stop and Leave full screen
    for button in quiet(ui):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # type: ignore[attr-defined]
        assert button.text()  # type: ignore[attr-defined]


def test_leave_full_screen_leaves_and_the_session_goes_on(ui: Ui, qtbot: QtBot) -> None:
    full_screen_session(ui, qtbot)
    move_mouse(ui, qtbot)
    qtbot.mouseClick(ui.guide.fullscreen_button, Qt.MouseButton.LeftButton)
    assert not ui.window.isFullScreen()
    assert ui.session.state is SessionState.RUNNING
    assert ui.guide.stop_button.isVisible() and ui.guide.fullscreen_button.text() == "Full screen"
    assert not ui.guide.session_bar.hint.isVisible()
    assert not ui.guide.session_bar.fade_timer.isActive()  # nothing fades in a window


def test_stop_from_the_full_screen_controls_stops(ui: Ui, qtbot: QtBot) -> None:
    full_screen_session(ui, qtbot)
    wait(ui, 10)
    move_mouse(ui, qtbot)
    qtbot.mouseClick(ui.guide.stop_button, Qt.MouseButton.LeftButton)
    assert ui.session.state is SessionState.STOPPED
    assert ui.window.isFullScreen()
    assert ui.guide.pages.currentWidget() is ui.guide.summary


def test_pause_from_the_full_screen_controls_pauses(ui: Ui, qtbot: QtBot) -> None:
    full_screen_session(ui, qtbot)
    assert ui.guide.pause_button.isVisible()  # shown on entering full screen
    qtbot.mouseClick(ui.guide.pause_button, Qt.MouseButton.LeftButton)
    assert ui.session.state is SessionState.PAUSED
    assert ui.guide.pause_button.text() == "Continue"


def test_a_session_ending_in_full_screen_shows_its_summary_and_a_start(
    ui: Ui, qtbot: QtBot
) -> None:
    ui.prefs.update(length_minutes=1.0)
    full_screen_session(ui, qtbot)
    ui.tick(61)
    assert ui.session.state is SessionState.FINISHED and ui.window.isFullScreen()
    summary = ui.guide.summary
    assert summary.isVisible() and summary.again_button.isVisible()
    assert summary.title.text() and summary.title.wordWrap()
    # A way out that does not fade: nothing else moves on a summary.
    bar = ui.guide.session_bar
    assert ui.guide.fullscreen_button.isVisible() and not ui.guide.stop_button.isVisible()
    assert bar.hint.isVisible() and bar.hint.text() == "Esc leaves full screen."
    wait(ui, 30)
    assert ui.guide.fullscreen_button.isVisible() and not bar.fade_timer.isActive()
    qtbot.mouseClick(summary.done_button, Qt.MouseButton.LeftButton)
    start = ui.guide.setup_bar.start_button
    assert ui.window.isFullScreen() and start.isVisible()  # start again, still full screen
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert ui.session.state.is_live


def test_esc_after_a_full_screen_session_leaves_full_screen(ui: Ui, qtbot: QtBot) -> None:
    full_screen_session(ui, qtbot)
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)
    assert ui.session.state is SessionState.STOPPED and ui.window.isFullScreen()
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)
    assert not ui.window.isFullScreen()
    assert not ui.guide.session_bar.isVisible()  # back to the plain summary


def test_no_readout_is_cut_off_in_full_screen_even_a_long_dutch_one(ui: Ui, qtbot: QtBot) -> None:
    ui.language.switch("nl")
    qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    for _ in range(3):  # the readouts take their size, then the layout its lines
        QApplication.processEvents()
    guide = ui.guide
    assert guide.phase_label.text() == "Begin wanneer je wil"
    for label in (guide.phase_label, guide.count_label, guide.info_label):
        if label.wordWrap():  # a sentence wraps: all its lines show
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            continue
        wide = QFontMetrics(label.font()).horizontalAdvance(label.text())
        assert wide <= label.contentsRect().width(), (label.text(), wide, label.width())
        assert label.mapTo(guide, label.rect().topLeft()).x() >= 0


def test_a_focused_control_that_fades_hands_the_focus_to_the_guide(ui: Ui, qtbot: QtBot) -> None:
    full_screen_session(ui, qtbot)
    ui.guide.stop_button.setFocus()
    assert ui.guide.stop_button.hasFocus()
    wait(ui, 10)
    assert not ui.guide.stop_button.isVisible()
    assert ui.guide.canvas.hasFocus()  # Space pauses; it never presses "I feel dizzy"
