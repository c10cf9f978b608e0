# SPDX-License-Identifier: GPL-3.0-or-later
"""While a session runs, the rest of the app steps back: rail, menu bar, profile name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from breathapp.core.session import SessionState
from breathapp.ui.shell.main_window import RELAX_PAGE
from tests.ui.conftest import Ui


def test_rail_menu_and_profile_name_step_back_while_breathing(ui: Ui, qtbot: QtBot) -> None:
    name = QLabel("Anna")  # the profile's name sits in the rail, as the app puts it there
    layout = ui.window.nav.layout()
    assert layout is not None
    layout.addWidget(name)
    QApplication.processEvents()
    assert ui.window.nav.isVisible() and ui.window.menuBar().isVisible() and name.isVisible()
    ui.prefs.update(check_in=False)
    ui.guide.start()
    assert ui.session.state.is_live
    assert not ui.window.nav.isVisible() and not name.isVisible()
    assert not ui.window.menuBar().isVisible()
    ui.session.skip_settle()
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)  # paused: still the session's screen
    assert ui.session.state is SessionState.PAUSED and not ui.window.nav.isVisible()
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)  # Esc still stops
    assert ui.session.state is SessionState.STOPPED
    assert ui.window.nav.isVisible() and ui.window.menuBar().isVisible() and name.isVisible()


def test_the_rail_comes_back_after_full_screen_only_when_no_session_runs(
    ui: Ui, qtbot: QtBot
) -> None:
    ui.prefs.update(check_in=False)
    ui.guide.start()
    qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    assert not ui.window.isFullScreen() and not ui.window.nav.isVisible()
    ui.session.stop()
    assert ui.window.nav.isVisible() and ui.window.menuBar().isVisible()


def test_a_relaxation_steps_the_rail_back_too(ui: Ui) -> None:
    ui.prefs.update(check_in=False)
    ui.window.show_page(RELAX_PAGE)
    view = ui.relax_view
    next(c for c in view.list.cards if c.script.id == "body-scan").click()
    assert ui.relax.state.is_live
    assert not ui.window.nav.isVisible() and not ui.window.menuBar().isVisible()
    ui.relax.stop()
    assert ui.window.nav.isVisible() and ui.window.menuBar().isVisible()


def test_readouts_are_larger_while_a_session_runs(ui: Ui) -> None:
    ui.window.resize(1000, 700)
    QApplication.processEvents()
    ready = ui.guide.phase_label.font().pixelSize(), ui.guide.info_label.font().pixelSize()
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.start()
    QApplication.processEvents()
    running = ui.guide.phase_label.font().pixelSize(), ui.guide.info_label.font().pixelSize()
    assert running[0] >= 1.25 * ready[0] and running[1] > ready[1]
    ui.session.stop()
