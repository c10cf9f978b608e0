# SPDX-License-Identifier: GPL-3.0-or-later
"""After "I feel dizzy": advice a tired patient cannot miss, and a button that is not Stop."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathapp.ui.common.style import style_sheet
from breathapp.ui.common.theme import DARK, HIGH_CONTRAST, LIGHT, Theme
from tests.ui.conftest import Ui

ALL = [LIGHT, DARK, HIGH_CONTRAST]


def _luminance(hex_color: str) -> float:
    def channel(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    color = QColor(hex_color)
    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _rule(theme: Theme, selector: str) -> str:
    """The declarations of one selector of the app's style sheet."""
    found = ""
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", style_sheet(theme)):
        if selector in (" ".join(s.split()) for s in selectors.split(",")):
            found += ";" + body
    return found


def _dizzy(ui: Ui, qtbot: QtBot) -> None:
    ui.guide.start()
    ui.guide.checkin.rating.skip()
    ui.session.skip_settle()
    ui.tick(7.3)
    qtbot.keyClick(ui.window, Qt.Key.Key_D)
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_advice_names_112_for_chest_pain_on_a_line_of_its_own(
    ui: Ui, qtbot: QtBot, language: str
) -> None:
    ui.language.switch(language)
    QApplication.processEvents()
    _dizzy(ui, qtbot)
    summary = ui.guide.summary
    assert summary.emergency.isVisible() and summary.advice.isVisible()
    assert "112" in summary.emergency.text()
    assert "112" not in summary.advice.text()  # the number stands on its own line
    assert not summary.tip.isVisible()  # no small grey line
    ui.language.switch("en")
    QApplication.processEvents()


def test_the_advice_is_large_in_a_narrow_column_in_the_text_colour(ui: Ui, qtbot: QtBot) -> None:
    ui.window.resize(1600, 1000)
    _dizzy(ui, qtbot)
    summary = ui.guide.summary
    body_px = QFontInfo(QApplication.font()).pixelSize()
    for label in (summary.advice, summary.emergency):
        px = QFontInfo(label.font()).pixelSize()
        assert px >= 1.3 * body_px, (px, body_px)
        assert label.maximumWidth() <= 40 * px
        assert label.width() <= 40 * px  # not a line across a full screen
        assert label.width() >= 20 * px  # nor a ribbon
        assert label.objectName() != "muted"
        assert f"color: {LIGHT.text}" in _rule(LIGHT, f"QLabel#{label.objectName()}")


def test_the_advice_shows_after_a_relaxation_session_too(ui: Ui, qtbot: QtBot) -> None:
    from breathapp.core.session import SessionRecord

    _dizzy(ui, qtbot)
    record = ui.store.rows[1]
    assert isinstance(record, SessionRecord)
    relax = ui.relax_view
    relax.summary.show_record(record, "Body scan")
    assert "112" in relax.summary.emergency.text()
    assert not relax.summary.emergency.isHidden()


def test_the_dizzy_button_looks_calm_and_unlike_stop(ui: Ui, qtbot: QtBot) -> None:
    ui.window.resize(1600, 1000)
    ui.guide.start()
    ui.guide.checkin.rating.skip()
    QApplication.processEvents()
    stop, dizzy = ui.guide.stop_button, ui.guide.dizzy_button
    assert dizzy.objectName() == "dizzy" and stop.objectName() != "dizzy"
    for theme in ALL:
        rule = _rule(theme, "QPushButton#dizzy")
        assert f"background: {theme.calm}" in rule and f"solid {theme.calm_edge}" in rule
        focus = _rule(theme, "QPushButton#dizzy:focus")
        assert f"solid {theme.focus}" in focus
    # Its own place: well apart from Pause, Stop and Full screen, not one more in their row.
    assert stop.isVisible() and dizzy.isVisible()
    others = (ui.guide.pause_button, stop, ui.guide.fullscreen_button)
    nearest = max(b.mapTo(ui.window, b.rect().topRight()).x() for b in others)
    gap = dizzy.mapTo(ui.window, dizzy.rect().topLeft()).x() - nearest
    em = QFontInfo(QApplication.font()).pixelSize()
    assert gap >= 8 * em, (gap, em)


@pytest.mark.parametrize("theme", ALL, ids=lambda t: t.name)
def test_the_dizzy_button_reads_clearly_in_every_theme(theme: Theme) -> None:
    assert _contrast(theme.text, theme.calm) >= 7.0  # its words, like all text
    assert _contrast(theme.calm_edge, theme.background) >= 3.0  # its edge on the page
    assert _contrast(theme.calm_edge, theme.calm) >= 3.0 or theme.calm == theme.background
    assert theme.calm not in (theme.surface, theme.accent, theme.background)  # not Stop's look


def test_the_relaxation_player_keeps_dizzy_apart_and_calm(ui: Ui) -> None:
    player = ui.relax_view.player
    assert player.dizzy_button.objectName() == "dizzy"
    assert isinstance(player, QWidget)
