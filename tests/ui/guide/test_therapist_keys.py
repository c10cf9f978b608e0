# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's panel: a focused control keeps its keys ahead of the live keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathapp.core.session import SessionState
from breathapp.ui.guide.therapist_panel import TherapistPanel
from tests.ui.conftest import Ui


def panel_with_focus_on(ui: Ui, qtbot: QtBot, pick: str) -> tuple[TherapistPanel, QWidget]:
    ui.prefs.update(settle_in=False, check_in=False)
    qtbot.keyClick(ui.window, Qt.Key.Key_P)
    presentation = ui.guide.presentation
    assert presentation is not None
    panel = TherapistPanel(ui.session, presentation.controls, presentation.move_to)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    widget: QWidget = getattr(panel, pick)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return panel, widget


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_space_on_the_focused_leave_button_leaves(ui: Ui, qtbot: QtBot) -> None:
    _panel, leave = panel_with_focus_on(ui, qtbot, "leave_button")
    assert ui.session.state is SessionState.RUNNING
    qtbot.keyClick(leave, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.STOPPED  # pressed, not paused


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_arrows_in_the_screen_list_move_in_the_list_not_the_pace(ui: Ui, qtbot: QtBot) -> None:
    _panel, box = panel_with_focus_on(ui, qtbot, "screen_box")
    before = ui.session.heading_to()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert ui.session.heading_to() == before
    assert ui.session.state is SessionState.RUNNING
