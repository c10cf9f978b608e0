# SPDX-License-Identifier: GPL-3.0-or-later
"""The window fits its screen at any text size: 200 % text on 1600 × 1000 is 800 × 500."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from breathapp.ui.common.window_fit import SMALLEST, first_size, smallest_size, within
from tests.builders.app import close_app, make_app

# 1600 × 1000 at QT_FONT_DPI=192 (Qt's pixels are twice as large), and a laptop.
LARGE_TEXT = QSize(800, 500)


@pytest.mark.parametrize("available", [LARGE_TEXT, QSize(1366, 728), QSize(640, 400)])
def test_a_first_window_is_never_larger_than_the_free_area(available: QSize) -> None:
    size = first_size(available)
    assert size.width() <= available.width()
    assert size.height() <= available.height()
    assert smallest_size(available).width() <= size.width()


def test_on_a_large_screen_the_first_window_is_the_preferred_size() -> None:
    assert first_size(QSize(2560, 1400)) == QSize(1100, 760)


def test_the_smallest_window_fits_a_screen_at_200_percent_text() -> None:
    assert smallest_size(LARGE_TEXT).width() <= 800
    assert smallest_size(LARGE_TEXT).height() <= 500
    assert smallest_size(QSize(400, 300)) == QSize(400, 300)
    assert smallest_size(QSize(1920, 1080)) == SMALLEST


def test_a_saved_window_larger_than_the_screen_is_shrunk_and_moved_onto_it() -> None:
    screen = QRect(0, 0, 800, 500)
    assert within(QRect(300, 200, 1100, 760), screen) == screen
    assert within(QRect(-50, 10, 400, 300), screen) == QRect(0, 10, 400, 300)
    assert within(QRect(600, 400, 400, 300), screen) == QRect(400, 200, 400, 300)
    assert within(QRect(10, 20, 300, 200), screen) == QRect(10, 20, 300, 200)


def test_the_app_opens_within_its_screen_and_can_be_made_smaller(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path)
    window = built.window
    available = window.screen().availableGeometry()  # 800 × 800 on the offscreen screen
    try:
        assert window.width() <= available.width()
        assert window.height() <= available.height()
        assert window.minimumWidth() <= 480
        assert window.minimumHeight() <= 360
    finally:
        close_app(built)


def test_a_dialog_opens_within_its_screen(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog

    from breathapp.ui.common.window_fit import resize_within_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(900, 300)
    available = dialog.screen().availableGeometry()  # 800 × 800 offscreen
    resize_within_screen(dialog, 1280, 760)
    assert dialog.width() <= available.width() and dialog.height() <= available.height()
    assert dialog.height() > 700 and dialog.minimumWidth() <= available.width()
    small = QDialog()
    qtbot.addWidget(small)
    resize_within_screen(small, 500, 400)
    assert (small.width(), small.height()) == (500, 400)
