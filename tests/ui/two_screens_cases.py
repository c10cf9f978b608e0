# SPDX-License-Identifier: GPL-3.0-or-later
"""Presentation with two screens (run by tests/e2e/test_two_screens.py on a two-screen Qt)."""

# Not collected by the ordinary run (the name is not test_*.py): the QApplication of that run
# has one screen. tests/e2e/test_two_screens.py runs this file in its own pytest process,
# whose QApplication gets the two screens of TWO_SCREENS below.

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathapp.core.patterns import preset
from breathapp.core.session import SessionState
from breathapp.ui.common.style import style_sheet
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.guide.presentation import Presentation
from breathapp.ui.guide.therapist_panel import TherapistPanel
from tests.ui.conftest import Ui

LAPTOP = {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800}
PROJECTOR = {"name": "Projector", "x": 1280, "y": 0, "width": 1920, "height": 1080}
TWO_SCREENS = {
    "screens": [
        {**s, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1} for s in (LAPTOP, PROJECTOR)
    ]
}
# Tool windows are raised when shown; the offscreen plugin says it cannot raise.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
SHOTS = os.environ.get("BREATHAPP_SHOTS")  # a folder: save renders there too


def two_screens_platform() -> str:
    """The offscreen platform with a laptop and a projector side by side."""
    path = Path(tempfile.mkdtemp()) / "screens.json"
    path.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    return f"offscreen:configfile={path}"


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    # -platform wins over QT_QPA_PLATFORM, which tests/conftest.py sets to plain offscreen.
    return ["breathapp-two-screens", "-platform", two_screens_platform()]


def present(ui: Ui, qtbot: QtBot) -> tuple[Presentation, TherapistPanel]:
    assert [s.name() for s in QGuiApplication.screens()] == ["Laptop", "Projector"]
    ui.prefs.update(settle_in=False, check_in=False)
    qtbot.keyClick(ui.window, Qt.Key.Key_P)
    presentation = ui.guide.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation.window)
    panel = presentation.panel
    assert isinstance(panel, TherapistPanel)
    qtbot.waitExposed(panel)
    return presentation, panel


def key(window: QWidget, qtbot: QtBot, k: Qt.Key) -> None:
    window.activateWindow()  # activation is asynchronous: wait for it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, k)


def pick(panel: TherapistPanel, name: str) -> None:
    index = panel.screen_box.findData(name)
    assert index >= 0
    panel.screen_box.setCurrentIndex(index)
    panel.screen_box.activated.emit(index)  # what a click on the item does


def shoot(widget: QWidget, name: str) -> None:
    if SHOTS:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet(style_sheet(LIGHT))  # as the app does; the tests' app has none
        QApplication.sendPostedEvents()  # pending layouts first, as the event loop would
        assert widget.grab().save(str(Path(SHOTS) / name))
        app.setStyleSheet("")


def shoot_desktop(ui: Ui, presentation: Presentation, panel: QWidget, name: str) -> None:
    """Both screens side by side as the room sees them: the app and its panel, the guide."""
    if not SHOTS:
        return
    desktop = QImage(3200, 1080, QImage.Format.Format_RGB32)
    desktop.fill(QColor("#444444"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(style_sheet(LIGHT))  # as the app does; the tests' app has none
    painter = QPainter(desktop)
    for window in (ui.window, panel, presentation.window):
        QApplication.sendPostedEvents()
        painter.drawPixmap(window.frameGeometry().topLeft(), window.grab())
    painter.end()
    app.setStyleSheet("")
    assert desktop.save(str(Path(SHOTS) / name))


class JsonTranslator(QTranslator):
    """Dutch for strings not merged into the .ts yet (BREATHAPP_NL_JSON: helper JSON files)."""

    def __init__(self, paths: str) -> None:
        super().__init__()
        self.texts: dict[tuple[str, str], str] = {}
        for path in paths.split(os.pathsep):
            for item in json.loads(Path(path).read_text(encoding="utf-8")):
                self.texts[(item["context"], item["source"])] = item["translation"]

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.texts.get((context, source))  # None: ask the next translator

    def isEmpty(self) -> bool:
        return False


def test_p_shows_the_guide_alone_on_the_other_screen_and_the_panel_here(
    ui: Ui, qtbot: QtBot
) -> None:
    assert ui.window.screen().name() == "Laptop"
    presentation, panel = present(ui, qtbot)
    guide = presentation.window
    assert guide.screen().name() == "Projector"
    assert guide.isFullScreen()
    assert guide.geometry() == guide.screen().geometry()
    assert guide.phase_label.font().pixelSize() >= 1080 * 0.1 - 1  # sized for the projector
    # The app's calm colours (high contrast only on request) and nothing else: the guide, no
    # pointer, no panel.
    assert guide.palette().color(guide.backgroundRole()).name() == LIGHT.background.lower()
    assert guide.cursor().shape() is Qt.CursorShape.BlankCursor
    assert panel.screen().name() == "Laptop"
    assert guide.screen().geometry().intersected(panel.frameGeometry()).isEmpty()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)  # the therapist's keys
    ui.tick(1.0)
    assert guide.phase_label.text() == "Breathe in"
    shoot(panel, "panel_en.png")
    shoot(guide, "guide_projector_en.png")
    shoot_desktop(ui, presentation, panel, "two_screens_en.png")


def test_the_panel_follows_the_therapist_when_the_main_window_is_on_the_second_screen(
    ui: Ui, qtbot: QtBot
) -> None:
    ui.window.move(1400, 100)  # the app was left on the projector
    qtbot.waitUntil(lambda: ui.window.screen().name() == "Projector")
    presentation, panel = present(ui, qtbot)
    assert presentation.window.screen().name() == "Laptop"
    assert panel.screen().name() == "Projector"
    assert presentation.window.screen().geometry().intersected(panel.frameGeometry()).isEmpty()


def test_the_panel_keys_change_the_pace_like_the_guide_window(ui: Ui, qtbot: QtBot) -> None:
    presentation, panel = present(ui, qtbot)
    ui.tick(5.0)
    key(panel, qtbot, Qt.Key.Key_Up)
    heading = ui.session.heading_to()
    assert heading is not None and heading.rate_bpm == pytest.approx(6.5, abs=1e-3)
    assert "6.5 breaths per minute" in presentation.window.notice_label.text()
    assert "6.5 breaths per minute" in panel.pace_label.text()
    key(panel, qtbot, Qt.Key.Key_Down)
    key(panel, qtbot, Qt.Key.Key_Down)
    key(panel, qtbot, Qt.Key.Key_Right)
    heading = ui.session.heading_to()
    assert heading is not None and heading.rate_bpm == pytest.approx(5.5, abs=1e-3)
    assert heading.exhale_ratio == pytest.approx(1.75, abs=0.01)
    key(panel, qtbot, Qt.Key.Key_Left)
    key(panel, qtbot, Qt.Key.Key_Left)
    heading = ui.session.heading_to()
    assert heading is not None and heading.exhale_ratio == pytest.approx(1.25, abs=0.01)
    assert "5.5 breaths per minute" in panel.pace_label.text()
    ui.tick(60.0)  # eased in: the rate now is the new one
    assert panel.now_label.text() == "Now: 5.5 breaths per minute"
    key(panel, qtbot, Qt.Key.Key_2)
    assert ui.session.heading_to() == preset("coherent").pattern  # 6 a minute, 5 in, 5 out
    assert panel.pace_label.text().startswith("Even breathing\n")
    assert panel.notice_label.text() == ""  # said once, above
    ui.tick(60.0)
    assert panel.now_label.text() == "Now: 6 breaths per minute"
    key(panel, qtbot, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.PAUSED
    assert presentation.window.phase_label.text() == "Paused"
    key(panel, qtbot, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.RUNNING


def test_the_screen_picker_moves_the_guide(ui: Ui, qtbot: QtBot) -> None:
    presentation, panel = present(ui, qtbot)
    guide = presentation.window
    assert [panel.screen_box.itemData(i) for i in range(panel.screen_box.count())] == [
        "Laptop",
        "Projector",
    ]
    assert panel.screen_box.currentData() == "Projector"  # says where the guide is now
    pick(panel, "Laptop")
    qtbot.waitUntil(lambda: guide.screen().name() == "Laptop")
    assert guide.isFullScreen() and guide.geometry() == guide.screen().geometry()
    assert not panel.isVisible()  # nothing on top of the guide; its own keys still work
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    key(guide, qtbot, Qt.Key.Key_Escape)
    assert ui.session.state is SessionState.STOPPED


def test_the_picker_moves_the_guide_back_and_the_panel_comes_back(ui: Ui, qtbot: QtBot) -> None:
    presentation, panel = present(ui, qtbot)
    guide = presentation.window
    pick(panel, "Laptop")
    qtbot.waitUntil(lambda: guide.screen().name() == "Laptop")
    ui.guide.present()  # P again on the main window, or the picker of the next run
    presentation.move_to("Projector")
    qtbot.waitUntil(lambda: guide.screen().name() == "Projector")
    assert guide.geometry() == guide.screen().geometry()
    assert panel.isVisible() and panel.screen().name() == "Laptop"


def test_end_the_demonstration_closes_both_and_the_summary_lists_what_was_shown(
    ui: Ui, qtbot: QtBot
) -> None:
    presentation, panel = present(ui, qtbot)
    ui.tick(5.0)
    key(panel, qtbot, Qt.Key.Key_Up)
    ui.tick(60.0)
    qtbot.mouseClick(panel.leave_button, Qt.MouseButton.LeftButton)
    assert ui.session.state is SessionState.STOPPED
    assert not presentation.window.isVisible() and not panel.isVisible()
    record = ui.store.rows[1]
    assert [round(s.pattern.rate_bpm, 1) for s in record.shown] == [6.0, 6.5]
    shown = ui.guide.summary.shown
    assert shown is not None and shown.isVisibleTo(ui.guide.summary)
    assert "Calm belly breathing" in shown.list_label.text()
    assert "6.5 breaths per minute" in shown.list_label.text()


def test_dutch_renders(ui: Ui, qtbot: QtBot) -> None:
    ui.language.switch("nl")
    extra = JsonTranslator(os.environ.get("BREATHAPP_NL_JSON", "")) if SHOTS else None
    if extra is not None and extra.texts:
        QApplication.installTranslator(extra)
    presentation, panel = present(ui, qtbot)
    ui.tick(1.0)
    assert panel.title.text() == "De ademfiguur staat op het andere scherm"
    assert presentation.window.phase_label.text() == "Adem in"
    shoot(panel, "panel_nl.png")
    shoot(presentation.window, "guide_projector_nl.png")
    shoot_desktop(ui, presentation, panel, "two_screens_nl.png")
    if extra is not None:
        QApplication.removeTranslator(extra)
