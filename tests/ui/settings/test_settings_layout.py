# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings in groups with large controls: the therapist's together, Tab top to bottom, no
clipping at 200 % text."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.core.clock import ManualClock
from breathapp.core.profiles import Profile
from breathapp.ui.common.style import BASE_FONT_PX, style_sheet
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.settings.pin_settings import PinSettings
from breathapp.ui.settings.settings_view import SettingsView
from tests.fakes import MemoryPrefs, MemoryProfiles
from tests.ui.conftest import silent_sound


class _Pin:
    """The Profile menu's PIN actions, doing nothing."""

    def has_pin(self) -> bool:
        return False

    def set_new_pin(self) -> None: ...
    def change_existing_pin(self) -> None: ...
    def remove_pin(self) -> None: ...


@pytest.fixture
def app_font() -> Iterator[QApplication]:
    """The application's font and style sheet, put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QFont(app.font()), app.styleSheet()
    yield app
    app.setStyleSheet(sheet)
    app.setFont(font)


def _use_font(app: QApplication, px: int) -> None:
    font = QFont(app.font())
    font.setPixelSize(px)
    app.setFont(font)
    app.setStyleSheet(style_sheet(LIGHT))  # as apply_theme does: the font, then the sheet


def _view(qtbot: QtBot, tmp_path: Path, width: int = 1000, height: int = 800) -> SettingsView:
    store = MemoryProfiles()
    store.profile = Profile(1, "", no_holds=True)
    profile = ProfileController(store, store.profile, ManualClock())
    prefs = PrefsController(MemoryPrefs(), 1)
    prefs.update(reminders_on=True, reminder_times=("08:00", "20:00"))
    view = SettingsView(prefs, profile, silent_sound(), str(tmp_path))
    view.add_pin_section(PinSettings(_Pin()))
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("px", [BASE_FONT_PX, 2 * BASE_FONT_PX], ids=["normal", "doubled"])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_ticks_and_rounds_are_larger_than_the_text_line(
    qtbot: QtBot, app_font: QApplication, px: int, kind: type[QAbstractButton]
) -> None:
    """At least 1.3 lines of text tall, at the app's font and at twice its size."""
    _use_font(app_font, px)
    button = kind("No breath holds")
    qtbot.addWidget(button)
    button.show()
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if kind is QCheckBox
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    indicator = button.style().subElementRect(element, option, button)
    line = QFontMetrics(button.font()).height()
    assert indicator.height() >= 1.3 * line
    assert indicator.width() >= 1.3 * line
    assert button.sizeHint().height() >= indicator.height()


def _heading_texts(view: SettingsView) -> list[str]:
    return [group.heading.text() for group in view.groups]


def test_settings_come_in_groups_with_headings(qtbot: QtBot, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path)
    assert _heading_texts(view) == [
        "Look and feel",
        "Guide",
        "Reminders",
        "Your profile and PIN",
        "For your therapist",
    ]
    tops = [group.mapTo(view, QPoint(0, 0)).y() for group in view.groups]
    assert tops == sorted(tops)  # shown in that order, top to bottom
    look, guide, reminders, profile, _therapist = view.groups
    assert look.isAncestorOf(view.language) and look.isAncestorOf(view.appearance)
    for widget in (view.circle, view.belly, view.reduced_motion, view.settle_in, view.sound):
        assert guide.isAncestorOf(widget)
    assert guide.isAncestorOf(view.sound.cues["eyes_closed"])
    assert reminders.isAncestorOf(view.reminders)
    assert profile.isAncestorOf(view.findChildren(PinSettings)[0])
    assert profile.isAncestorOf(view.data_label)


def test_the_therapists_settings_sit_together_in_one_group(qtbot: QtBot, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path)
    therapist = view.therapist_group
    assert therapist is view.groups[-1]
    assert therapist.heading.text() == "For your therapist"
    [line] = [label for label in therapist.findChildren(QLabel) if label.objectName() == "lead"]
    assert "therapist" in line.text()
    therapists = (view.no_holds, view.ask_pain, view.goal)
    for widget in therapists:
        assert therapist.isAncestorOf(widget)
        assert [g for g in view.groups if g.isAncestorOf(widget)] == [therapist]
    controls = [
        w
        for w in therapist.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.objectName().startswith("qt_")
    ]
    assert set(controls) == set(therapists)  # nothing else in among them


def _reading_order(widgets: list[QWidget], view: SettingsView) -> list[tuple[int, int]]:
    return [(w.mapTo(view, QPoint(0, 0)).y(), w.mapTo(view, QPoint(0, 0)).x()) for w in widgets]


def test_tab_goes_top_to_bottom(qtbot: QtBot, tmp_path: Path) -> None:
    view = _view(qtbot, tmp_path, 1000, 4000)  # everything on screen: positions are plain
    view.activateWindow()
    view.language.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    widget = view.focusWidget()
    assert widget is view.language
    seen: list[QWidget] = [widget]
    for _ in range(120):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        now = view.focusWidget()
        assert now is not None
        if now is widget:
            continue  # a time field: Tab goes from the hours to the minutes first
        if now in seen:
            break
        seen.append(now)
        widget = now
    controls = [w for w in seen if view.isAncestorOf(w) and not isinstance(w, QScrollArea)]
    places = _reading_order(controls, view)
    for (y0, x0), (y1, x1) in pairwise(places):
        # Downwards, or to the right along the same line (a time and its Remove button).
        assert y1 > y0 + 2 or (abs(y1 - y0) <= 12 and x1 > x0), (places, seen)
    for widget in (
        view.language,
        view.circle,
        view.sound.sound_on,
        view.reminders.add_button,
        view.no_holds,
        view.goal,
    ):
        assert widget in seen


def test_at_double_text_the_page_scrolls_down_and_nothing_is_cut(
    qtbot: QtBot, tmp_path: Path, app_font: QApplication
) -> None:
    """200 % text on a 1600x1000 screen: the page beside the sidebar is about 600 x 450."""
    _use_font(app_font, BASE_FONT_PX)
    view = _view(qtbot, tmp_path, 600, 450)
    scroll = view.findChild(QScrollArea)
    assert scroll is not None
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.verticalScrollBar().isVisible()
    page = scroll.widget()
    for box in page.findChildren(QAbstractButton):
        if box.isVisible():
            inside = box.mapTo(page, QPoint(0, 0)).x() + box.width()
            assert inside <= scroll.viewport().width(), box.text()
            assert box.height() >= box.heightForWidth(box.width()) or not box.hasHeightForWidth()
    for check in page.findChildren(QCheckBox):
        if check.isVisible():  # its words wrap rather than run off the page
            text_width = QFontMetrics(check.font()).horizontalAdvance(check.text())
            lines = check.height() // QFontMetrics(check.font()).height()
            assert text_width <= (check.width() - 40) * max(1, lines), check.text()
