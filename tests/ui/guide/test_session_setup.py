# SPDX-License-Identifier: GPL-3.0-or-later
"""The Breathe page's start screen is a calm choice: large length and pattern choices, Start,
and the rest under a "More" that remembers being open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.safety_gate import SafetyGate
from breathapp.core.clock import ManualClock
from breathapp.core.patterns import preset, resolve
from breathapp.core.prefs import Preferences
from breathapp.core.profiles import Profile
from breathapp.core.session import LengthKind, SessionState
from breathapp.ui.common.style import style_sheet
from breathapp.ui.common.theme import HIGH_CONTRAST, LIGHT, Theme
from breathapp.ui.guide.choice_row import ChoiceButton
from breathapp.ui.guide.session_setup import SetupBar
from tests.fakes import MemoryPrefs, MemoryProfiles, MemoryStore
from tests.ui.conftest import Ui

NORMAL_PX = 17
DOUBLE_PX = 34  # 200 % text


class Parts:
    def __init__(self, no_holds: bool = False, prefs: MemoryPrefs | None = None) -> None:
        clock = ManualClock()
        self.store = prefs or MemoryPrefs()
        self.prefs = PrefsController(self.store, 1)
        self.profile = ProfileController(MemoryProfiles(), Profile(1, "", no_holds), clock)
        self.gate = SafetyGate(self.profile, MemoryStore(), clock)

    def bar(self, qtbot: QtBot) -> SetupBar:
        bar = SetupBar(self.prefs, self.profile, self.gate)
        qtbot.addWidget(bar)
        return bar


def texts(buttons: list[QPushButton]) -> list[str]:
    return [b.accessibleName() for b in buttons]


def test_three_five_and_ten_minutes_are_large_buttons_that_set_the_length(qtbot: QtBot) -> None:
    parts = Parts()
    bar = parts.bar(qtbot)
    assert texts(bar.lengths.buttons()) == ["3 minutes", "5 minutes", "10 minutes"]
    assert [b.text() for b in bar.lengths.buttons()] == ["3 min", "5 min", "10 min"]
    assert bar.lengths.checked_key() == (LengthKind.MINUTES, 5.0)  # the default
    bar.lengths.button((LengthKind.MINUTES, 10.0)).click()
    assert parts.prefs.prefs.length_minutes == 10.0
    assert parts.prefs.prefs.length_kind is LengthKind.MINUTES


def test_a_length_set_under_more_is_shown_as_its_own_checked_button(qtbot: QtBot) -> None:
    parts = Parts()
    bar = parts.bar(qtbot)
    parts.prefs.update(length_minutes=7.5)
    assert "7.5 minutes" in texts(bar.lengths.buttons())
    assert bar.lengths.checked_key() == (LengthKind.MINUTES, 7.5)
    assert [b.text() for b in bar.lengths.buttons()][2] == "7.5 min"  # in order
    parts.prefs.update(length_kind=LengthKind.BREATHS, length_breaths=30)
    assert bar.lengths.checked_key() == (LengthKind.BREATHS, 30.0)
    assert "30 breaths" in [b.text() for b in bar.lengths.buttons()]
    bar.lengths.button((LengthKind.MINUTES, 3.0)).click()  # back to minutes in one press
    assert parts.prefs.prefs.length_kind is LengthKind.MINUTES
    assert parts.prefs.prefs.length_minutes == 3.0


def test_the_plans_length_is_offered_only_with_a_plan(qtbot: QtBot) -> None:
    parts = Parts()
    bar = parts.bar(qtbot)
    assert len(bar.lengths.buttons()) == 3
    bar.set_plan_minutes(12.0)
    plan = bar.lengths.button((LengthKind.MINUTES, 12.0))
    assert plan.text() == "12 min · your plan"
    assert len(bar.lengths.buttons()) == 4
    plan.click()
    assert parts.prefs.prefs.length_minutes == 12.0
    bar.set_plan_minutes(10.0)  # one of the usual lengths: that one says so
    assert len(bar.lengths.buttons()) == 4  # 12 is still the length in use
    assert bar.lengths.button((LengthKind.MINUTES, 10.0)).text() == "10 min · your plan"
    parts.prefs.update(length_minutes=5.0)
    assert len(bar.lengths.buttons()) == 3
    bar.set_plan_minutes(None)
    assert [b.text() for b in bar.lengths.buttons()] == ["3 min", "5 min", "10 min"]


def test_patterns_are_large_choices_with_their_pace(qtbot: QtBot) -> None:
    parts = Parts()
    bar = parts.bar(qtbot)
    assert bar.patterns.offered() == [p.id for p in parts.gate.presets()]
    calm = bar.patterns.button("calm")
    assert calm.accessibleName() == "Calm belly breathing"
    assert "6 breaths per minute" in calm.accessibleDescription()
    assert bar.patterns.checked_key() == "calm"
    assert "A good pattern to begin with" in bar.description.text()
    assert "with pauses" in bar.patterns.button("box").accessibleDescription()
    bar.patterns.button("box").click()
    assert parts.prefs.prefs.pattern == "box"
    assert "two short pauses" in bar.description.text()


def test_an_own_pattern_is_shown_as_a_checked_choice(qtbot: QtBot) -> None:
    parts = Parts()
    bar = parts.bar(qtbot)
    parts.prefs.update(pattern="3-0-6-0")
    assert bar.patterns.checked_key() == "3-0-6-0"
    own = bar.patterns.button("3-0-6-0")
    assert own.accessibleName() == "Your own pattern"
    assert "3-0-6-0" in own.accessibleDescription()


def test_a_no_holds_profile_is_never_offered_a_pattern_with_pauses(qtbot: QtBot) -> None:
    parts = Parts(no_holds=True)
    bar = parts.bar(qtbot)
    offered = [resolve(str(key))[0] for key in bar.patterns.offered()]
    assert offered and not any(p.has_holds for p in offered)
    assert bar.patterns.button("box") is None and bar.patterns.button("4-7-8") is None
    parts.prefs.update(pattern="4-4-4-4")  # an own pattern from before: not offered either
    assert bar.patterns.button("4-4-4-4") is None
    assert bar.patterns.checked_key() is None
    assert "turned off for you" in bar.description.text()


def test_holds_turned_off_take_the_hold_patterns_away_at_once(qtbot: QtBot) -> None:
    parts = Parts()
    bar = parts.bar(qtbot)
    assert bar.patterns.button("box") is not None
    parts.profile.set_no_holds()
    assert bar.patterns.button("box") is None


def test_more_is_closed_at_first_and_its_state_is_remembered(qtbot: QtBot) -> None:
    assert Preferences().setup_more_open is False
    parts = Parts()
    bar = parts.bar(qtbot)
    bar.show()
    assert not bar.more_button.isChecked() and not bar.more.isVisible()
    assert bar.more_button.accessibleName() == "More choices"
    bar.more_button.click()
    assert bar.more.isVisible() and parts.prefs.prefs.setup_more_open
    assert "shown" in bar.more_button.accessibleDescription()
    again = Parts(prefs=parts.store).bar(qtbot)  # a new start, the same saved preferences
    again.show()
    assert again.more_button.isChecked() and again.more.isVisible()
    again.more_button.click()
    assert not again.more.isVisible() and not parts.store.saved.setup_more_open  # type: ignore[union-attr]


def test_the_rest_is_under_more(qtbot: QtBot) -> None:
    parts = Parts()
    bar = parts.bar(qtbot)
    bar.show()
    for widget in (bar.edit_button, bar.ramp_check, bar.length_spin, bar.unit_combo):
        assert not widget.isVisible()
        assert bar.more.isAncestorOf(widget)
    bar.more_button.click()
    assert bar.edit_button.isVisible() and bar.ramp_check.isVisible()
    bar.length_spin.setValue(7.5)
    assert parts.prefs.prefs.length_minutes == 7.5
    assert bar.length_spin.text() == "7.5"
    bar.length_spin.setValue(8)
    assert bar.length_spin.text() == "8"  # not "8.0"
    assert bar.ramp_from.text() == "10" and bar.ramp_minutes.text() == "3"


def test_the_prefs_field_round_trips_and_a_bad_value_falls_back() -> None:
    prefs = Preferences(setup_more_open=True)
    assert Preferences.from_dict(prefs.to_dict()) == (prefs, [])
    back, bad = Preferences.from_dict({"setup_more_open": "yes"})
    assert back.setup_more_open is False and bad == ["setup_more_open"]


def _focus(ui: Ui, widget: QWidget) -> None:
    ui.window.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert ui.window.focusWidget() is widget


def _press(ui: Ui, key: Qt.Key) -> None:
    target = ui.window.focusWidget() or ui.window
    QTest.keyClick(target, key, Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_space_or_enter_on_a_choice_chooses_it_and_starts_nothing(ui: Ui, key: Qt.Key) -> None:
    bar = ui.guide.setup_bar
    box = bar.patterns.button("box")
    _focus(ui, box)
    _press(ui, key)
    assert ui.prefs.prefs.pattern == "box"
    assert ui.session.state is SessionState.READY and ui.guide.pages.currentIndex() == 0
    ten = bar.lengths.button((LengthKind.MINUTES, 10.0))
    _focus(ui, ten)
    _press(ui, key)
    assert ui.prefs.prefs.length_minutes == 10.0
    _focus(ui, bar.more_button)
    _press(ui, key)
    assert bar.more.isVisible()
    assert ui.session.state is SessionState.READY and ui.guide.pages.currentIndex() == 0


def test_arrows_move_within_a_group_and_tab_reaches_start(ui: Ui) -> None:
    bar = ui.guide.setup_bar
    _focus(ui, bar.lengths.button((LengthKind.MINUTES, 5.0)))
    _press(ui, Qt.Key.Key_Right)
    assert ui.window.focusWidget() is bar.lengths.button((LengthKind.MINUTES, 10.0))
    assert ui.prefs.prefs.length_minutes == 10.0  # as round choices do: the choice follows
    _press(ui, Qt.Key.Key_Left)
    assert ui.prefs.prefs.length_minutes == 5.0
    reached = []
    for _ in range(40):
        _press(ui, Qt.Key.Key_Tab)
        reached.append(ui.window.focusWidget())
        if reached[-1] is bar.start_button:
            break
    assert bar.start_button in reached
    assert bar.patterns.button("calm") in reached and bar.more_button in reached
    _press(ui, Qt.Key.Key_Return)
    assert ui.guide.pages.currentWidget() is ui.guide.checkin  # Start starts


def _clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit, or that reach outside ``root``."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, QLabel | QPushButton):
            continue
        hint = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        if wraps or isinstance(widget, ChoiceButton):  # as tall as its words at its width
            need_h = widget.heightForWidth(widget.width())
            if need_h > widget.height() or widget.width() < widget.minimumSizeHint().width():
                found.append(f"{widget.text()!r} {widget.size().toTuple()} needs {need_h} high")
        elif hint.width() > widget.width() or hint.height() > widget.height():
            text = widget.text() or widget.accessibleName()
            found.append(f"{text!r} {widget.size().toTuple()} < {hint.toTuple()}")
        corner = widget.mapTo(root, QPoint(widget.width(), widget.height()))
        if corner.x() > root.width() or corner.y() > root.height():
            found.append(f"{widget.text()!r} reaches outside at {corner.toTuple()}")
    return found


def _shown_bar(qtbot: QtBot, theme: Theme, font_px: int, width: int) -> SetupBar:
    parts = Parts()
    parts.prefs.update(setup_more_open=True, pattern="3.4-0-5.9-0", length_minutes=7.5)
    bar = parts.bar(qtbot)
    bar.set_plan_minutes(12.0)
    bar.setStyleSheet(style_sheet(theme))
    font = QFont(bar.font())
    font.setPixelSize(font_px)
    bar.setFont(font)
    bar.resize(width, 400)
    bar.show()
    qtbot.waitExposed(bar)
    QApplication.processEvents()
    return bar


def _start_is_whole(bar: SetupBar) -> bool:
    start = bar.start_button
    inside = bar.rect().contains(start.geometry())
    return inside and start.width() >= start.sizeHint().width() and start.isVisible()


@pytest.mark.parametrize("theme", [LIGHT, HIGH_CONTRAST], ids=lambda t: t.name)
@pytest.mark.parametrize(("font_px", "width"), [(NORMAL_PX, 1000), (DOUBLE_PX, 1400)])
def test_nothing_is_cut_off_at_normal_and_at_200_percent_text(
    qtbot: QtBot, theme: Theme, font_px: int, width: int
) -> None:
    bar = _shown_bar(qtbot, theme, font_px, width)
    for _ in range(2):  # the height it asks for follows the width it is given
        bar.resize(width, bar.sizeHint().height())
        QApplication.processEvents()
    choices = bar.scroll.widget()
    assert _clipped(choices) == []
    assert choices.height() >= choices.heightForWidth(choices.width())
    assert not bar.scroll.verticalScrollBar().isVisible()  # room enough: all on show
    assert _start_is_whole(bar)


@pytest.mark.parametrize(
    ("font_px", "size"), [(NORMAL_PX, (700, 220)), (DOUBLE_PX, (620, 300)), (NORMAL_PX, (330, 300))]
)
def test_a_short_window_scrolls_the_choices_and_keeps_start_whole(
    qtbot: QtBot, font_px: int, size: tuple[int, int]
) -> None:
    bar = _shown_bar(qtbot, LIGHT, font_px, size[0])
    bar.resize(*size)
    QApplication.processEvents()
    choices = bar.scroll.widget()
    assert _clipped(choices) == []
    assert choices.height() >= choices.heightForWidth(choices.width())  # never squeezed
    assert bar.scroll.verticalScrollBar().isVisible()
    assert _start_is_whole(bar)
    assert bar.scroll.minimumSizeHint().height() <= size[1]
    bar.activateWindow()
    bar.more_button.setFocus(Qt.FocusReason.TabFocusReason)  # the last choice, far down
    QApplication.processEvents()
    assert bar.scroll.verticalScrollBar().value() > 0  # scrolled to where the focus went
    shown = bar.more_button.visibleRegion().boundingRect()
    assert shown.height() == bar.more_button.height()


def test_the_choices_have_a_visible_focus_ring_in_each_theme(qtbot: QtBot) -> None:
    for theme in (LIGHT, HIGH_CONTRAST):
        sheet = style_sheet(theme)
        assert "QPushButton#choice:focus" in sheet
        assert f"border: 3px solid {theme.focus}" in sheet.split("QPushButton#choice:focus")[1]


def test_every_choice_has_a_name(qtbot: QtBot) -> None:
    parts = Parts()
    parts.prefs.update(setup_more_open=True)
    bar = parts.bar(qtbot)
    bar.show()
    for widget in bar.findChildren(QWidget):
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if widget.isVisible() and focusable and isinstance(widget, QPushButton):
            assert widget.accessibleName() or widget.text(), widget
    assert preset("calm").id == bar.patterns.checked_key()
