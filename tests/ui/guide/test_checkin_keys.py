# SPDX-License-Identifier: GPL-3.0-or-later
"""The check-in by keyboard: Tab and arrows reach every number and Skip; a typed digit says
that Enter keeps it; the numbers are as large as their text at any text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathapp.core.session import SessionState
from breathapp.ui.guide.checkin_panel import CheckInPanel
from tests.ui.conftest import Ui


def _open_checkin(ui: Ui) -> CheckInPanel:
    ui.window.show()
    ui.window.activateWindow()
    ui.guide.start()
    rating = ui.guide.checkin.rating
    assert ui.guide.pages.currentWidget() is ui.guide.checkin
    return rating


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_tab_reaches_the_numbers_then_skip_and_arrows_reach_each_number(
    ui: Ui, qtbot: QtBot
) -> None:
    """As in a group of round buttons: Tab enters the numbers, arrows go along them."""
    rating = _open_checkin(ui)
    rating.setFocus()
    qtbot.keyClick(rating, Qt.Key.Key_Tab)
    assert _focused() is rating.buttons.button(0)
    for value in range(1, 11):
        qtbot.keyClick(_focused(), Qt.Key.Key_Right)
        assert _focused() is rating.buttons.button(value)
    qtbot.keyClick(_focused(), Qt.Key.Key_Right)  # ten is the last
    assert _focused() is rating.buttons.button(10)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is rating.skip_button
    qtbot.keyClick(rating.skip_button, Qt.Key.Key_Space)
    assert ui.session.state is not SessionState.READY  # skipped: the session begins


def test_arrows_move_between_the_numbers_without_answering(ui: Ui, qtbot: QtBot) -> None:
    rating = _open_checkin(ui)
    three = rating.buttons.button(3)
    three.setFocus()
    qtbot.keyClick(three, Qt.Key.Key_Right)
    assert _focused() is rating.buttons.button(4)
    qtbot.keyClick(rating.buttons.button(4), Qt.Key.Key_Left)
    qtbot.keyClick(rating.buttons.button(3), Qt.Key.Key_Left)
    assert _focused() is rating.buttons.button(2)
    qtbot.keyClick(rating, Qt.Key.Key_5)  # a typed five is ticked, not yet answered
    rating.buttons.button(5).setFocus()
    qtbot.keyClick(rating.buttons.button(5), Qt.Key.Key_Right)
    assert _focused() is rating.buttons.button(6)
    assert ui.session.state is SessionState.READY  # still asking: nothing answered
    assert rating.buttons.checkedId() == 5


def test_space_or_enter_on_a_focused_number_answers_it(ui: Ui, qtbot: QtBot) -> None:
    ui.profile.set_ask_pain(True)
    rating = _open_checkin(ui)
    answers: list[object] = []
    rating.answered.connect(answers.append)
    rating.buttons.button(4).setFocus()
    qtbot.keyClick(rating.buttons.button(4), Qt.Key.Key_Space)
    assert answers == [4]
    rating.buttons.button(7).setFocus()
    qtbot.keyClick(rating.buttons.button(7), Qt.Key.Key_Return)
    assert answers == [4, 7]


def test_a_typed_number_says_that_enter_keeps_it(ui: Ui, qtbot: QtBot) -> None:
    rating = _open_checkin(ui)
    assert "type" in rating.hint.text().lower()  # how to answer by keyboard, always shown
    qtbot.keyClick(rating, Qt.Key.Key_7)
    assert "7" in rating.hint.text() and "Enter" in rating.hint.text()
    rating.ask("tension", after=False)  # the next question starts afresh
    assert "7" not in rating.hint.text()


def test_every_number_is_whole_in_a_narrow_window(qtbot: QtBot) -> None:
    """At 200 % text a 1600 × 1000 screen leaves the page about 600 of Qt's pixels."""
    panel = CheckInPanel()
    qtbot.addWidget(panel)
    panel.setStyleSheet("QPushButton#rating { font-size: 24px; padding: 14px 10px; }")
    panel.resize(560, 460)
    panel.show()
    qtbot.waitExposed(panel)
    for value in range(11):
        button = panel.buttons.button(value)
        assert button.width() >= button.minimumSizeHint().width(), value
        assert panel.rect().contains(button.geometry()), value
    wide = panel.buttons.button(0).y() == panel.buttons.button(10).y()
    panel.resize(1100, 700)
    QApplication.processEvents()
    assert panel.buttons.button(0).y() == panel.buttons.button(10).y()  # one row when it fits
    assert not wide  # two rows when it does not
