# SPDX-License-Identifier: GPL-3.0-or-later
"""Keys act on the focused control first; Space and Enter start a session only when none
claims them; D ends a session whatever has the focus, but types into a text field; Tab
reaches every control of the main screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from breathapp.core.session import SessionState
from breathapp.ui.shell.main_window import BREATHE_PAGE, RELAX_PAGE, SETTINGS_PAGE
from tests.ui.conftest import Ui


def press(ui: Ui, key: Qt.Key, text: str = "") -> None:
    """A key as the user presses it: to the focused widget, bubbling up from there."""
    ui.window.activateWindow()
    QApplication.processEvents()
    target = ui.window.focusWidget() or ui.window
    QTest.keyClick(target, key, Qt.KeyboardModifier.NoModifier)


def focus(ui: Ui, widget: QWidget) -> None:
    ui.window.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert ui.window.focusWidget() is widget


def test_space_on_make_your_own_opens_the_editor_and_starts_nothing(
    ui: Ui, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(
        "breathapp.ui.guide.pattern_editor.edit_own_pattern", lambda *a: opened.append(a)
    )
    ui.guide.setup_bar.more_button.click()  # "Make your own…" is under More
    focus(ui, ui.guide.setup_bar.edit_button)
    press(ui, Qt.Key.Key_Space)
    assert len(opened) == 1
    assert ui.session.state is SessionState.READY
    assert ui.guide.pages.currentIndex() == 0  # no check-in either


def test_enter_on_the_rail_presses_that_button_and_starts_nothing(ui: Ui) -> None:
    focus(ui, ui.window.settings_button)
    press(ui, Qt.Key.Key_Return)
    assert ui.session.state is SessionState.READY
    assert ui.guide.pages.currentIndex() == 0
    assert ui.window.pages.currentWidget() is ui.window.settings_view
    focus(ui, ui.window.breathe_button)
    press(ui, Qt.Key.Key_Space)
    assert ui.window.pages.currentWidget() is ui.guide
    assert ui.session.state is SessionState.READY and ui.guide.pages.currentIndex() == 0


def test_space_and_enter_in_a_drop_down_or_check_box_start_nothing(ui: Ui) -> None:
    bar = ui.guide.setup_bar
    bar.more_button.click()
    focus(ui, bar.ramp_check)
    before = bar.ramp_check.isChecked()
    press(ui, Qt.Key.Key_Space)
    assert bar.ramp_check.isChecked() is not before  # Space ticks the box
    press(ui, Qt.Key.Key_Return)
    focus(ui, bar.length_spin)
    press(ui, Qt.Key.Key_Return)
    assert ui.session.state is SessionState.READY and ui.guide.pages.currentIndex() == 0


def test_space_on_start_starts_and_then_pauses_however_the_focus_fell(ui: Ui) -> None:
    ui.prefs.update(check_in=False)
    focus(ui, ui.guide.setup_bar.start_button)
    press(ui, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.SETTLING
    # The focus is on the guide now, not on Stop or "I feel dizzy" where it could fall.
    assert ui.window.focusWidget() is ui.guide.canvas
    press(ui, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.RUNNING
    press(ui, Qt.Key.Key_Return)
    assert ui.session.state is SessionState.PAUSED
    press(ui, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.RUNNING


def test_space_on_a_focused_session_button_presses_that_button(ui: Ui) -> None:
    ui.prefs.update(check_in=False)
    ui.guide.start()
    ui.session.skip_settle()
    focus(ui, ui.guide.stop_button)
    press(ui, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.STOPPED
    assert not ui.store.rows[1].dizzy


def test_d_ends_a_session_whatever_has_the_focus(ui: Ui) -> None:
    ui.prefs.update(check_in=False)
    ui.guide.start()
    ui.session.skip_settle()
    ui.tick(2.0)
    focus(ui, ui.guide.pause_button)
    press(ui, Qt.Key.Key_D)
    assert ui.session.state is SessionState.STOPPED
    assert ui.store.rows[1].dizzy


def test_a_d_typed_into_a_text_field_is_typed(ui: Ui) -> None:
    field = QLineEdit(ui.guide)
    field.show()
    ui.guide.start(check_in=False)
    ui.session.skip_settle()
    focus(ui, field)
    QTest.keyClicks(field, "dizzy day")
    assert field.text() == "dizzy day"
    assert ui.session.state.is_live  # a letter in a note is not the dizzy key
    field.deleteLater()


def test_space_on_a_relaxation_card_starts_that_one_and_then_pauses(ui: Ui) -> None:
    ui.prefs.update(check_in=False)
    ui.window.show_page(RELAX_PAGE)
    cards = ui.relax_view.list.cards
    focus(ui, cards[1])
    press(ui, Qt.Key.Key_Return)
    assert ui.relax.state is SessionState.RUNNING
    assert ui.relax.player is not None
    assert ui.relax.player.script.id == cards[1].script.id
    press(ui, Qt.Key.Key_Space)
    assert ui.relax.state is SessionState.PAUSED


def tab_walk(ui: Ui, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back round."""
    focus(ui, start)
    seen: list[QWidget] = [start]
    for _ in range(limit):
        press(ui, Qt.Key.Key_Tab)
        widget = ui.window.focusWidget()
        if widget is None or widget in seen:
            break
        seen.append(widget)
    return seen


def reachable_controls(page: QWidget) -> list[QWidget]:
    """The page's visible, enabled widgets that a keyboard user must be able to reach."""
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisibleTo(page)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


@pytest.mark.parametrize("page", [BREATHE_PAGE, RELAX_PAGE, SETTINGS_PAGE])
def test_tab_reaches_every_control_of_the_main_screens(ui: Ui, page: int) -> None:
    ui.window.show_page(page)
    QApplication.processEvents()
    shown = ui.window.pages.currentWidget()
    visited = tab_walk(ui, ui.window.nav.buttons[page])
    missing = [
        f"{type(w).__name__} {w.objectName() or w.accessibleName() or ''}".strip()
        for w in reachable_controls(shown)
        if w not in visited
    ]
    assert missing == []
    assert len([w for w in visited if shown.isAncestorOf(w)]) >= 1


def test_arrows_in_a_focused_slider_stay_there_during_a_relaxation(ui: Ui) -> None:
    from PySide6.QtWidgets import QSlider

    ui.prefs.update(check_in=False)
    ui.window.show_page(RELAX_PAGE)
    ui.relax_view.list.cards[0].click()
    assert ui.relax.state is SessionState.RUNNING
    steps: list[str] = []
    ui.window.next_step_action.triggered.connect(lambda: steps.append("next"))
    slider = QSlider(Qt.Orientation.Horizontal, ui.relax_view)
    slider.show()
    focus(ui, slider)
    QTest.keyClick(slider, Qt.Key.Key_Right)
    assert slider.value() == 1 and steps == []  # the slider moved, the relaxation did not
    focus(ui, ui.relax_view.player.pause_button)
    QTest.keyClick(ui.relax_view.player.pause_button, Qt.Key.Key_Right)
    assert steps == ["next"]  # on a button, Right is the next step
