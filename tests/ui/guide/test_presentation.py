# SPDX-License-Identifier: GPL-3.0-or-later
"""Presentation mode: the guide alone full screen, live pace keys, what was shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.core.patterns import PRESETS, preset
from breathapp.core.session import SessionState
from breathapp.ui.guide.presentation import Presentation, choose_screen
from tests.ui.conftest import Ui


def present(ui: Ui, qtbot: QtBot) -> Presentation:
    ui.prefs.update(settle_in=False)
    qtbot.keyClick(ui.window, Qt.Key.Key_P)
    presentation = ui.guide.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation.window)
    return presentation


def key(presentation: Presentation, qtbot: QtBot, k: Qt.Key) -> None:
    window = presentation.window
    window.activateWindow()  # activation is asynchronous: wait for it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, k)


def test_choose_screen_prefers_the_pick_then_another_screen_then_the_only_one() -> None:
    assert choose_screen(["laptop"], "laptop", None) == 0
    assert choose_screen(["laptop", "projector"], "laptop", None) == 1
    assert choose_screen(["tv", "laptop"], "laptop", None) == 0
    assert choose_screen(["laptop", "a", "b"], "laptop", "b") == 2
    assert choose_screen(["laptop", "a"], "laptop", "gone") == 1
    assert choose_screen(["laptop", "a"], "laptop", "laptop") == 0  # asked for: allowed


def test_p_starts_a_demonstration_full_screen_with_nothing_else(ui: Ui, qtbot: QtBot) -> None:
    presentation = present(ui, qtbot)
    assert ui.session.state is SessionState.RUNNING  # no check-in before a demonstration
    window = presentation.window
    assert window.isFullScreen() and window.isVisible()
    assert window.screen() in QGuiApplication.screens()
    assert presentation.panel is None  # one screen offscreen: no therapist panel
    ui.tick(1.0)
    assert window.phase_label.text() == "Breathe in"
    assert window.phase_label.font().pixelSize() >= 32


def test_live_keys_change_the_pace_and_say_it_calmly(ui: Ui, qtbot: QtBot) -> None:
    presentation = present(ui, qtbot)
    ui.tick(5.0)
    key(presentation, qtbot, Qt.Key.Key_Up)
    assert "6.5 breaths per minute" in presentation.window.notice_label.text()
    heading = ui.session.heading_to()
    assert heading is not None and heading.rate_bpm == pytest.approx(6.5, abs=1e-3)
    key(presentation, qtbot, Qt.Key.Key_Down)
    key(presentation, qtbot, Qt.Key.Key_Down)
    heading = ui.session.heading_to()
    assert heading is not None and heading.rate_bpm == pytest.approx(5.5, abs=1e-3)
    key(presentation, qtbot, Qt.Key.Key_Right)
    heading = ui.session.heading_to()
    assert heading is not None and heading.exhale_ratio == pytest.approx(1.75, abs=0.01)
    key(presentation, qtbot, Qt.Key.Key_Left)
    key(presentation, qtbot, Qt.Key.Key_Left)
    heading = ui.session.heading_to()
    assert heading is not None and heading.exhale_ratio == pytest.approx(1.25, abs=0.01)
    assert heading.rate_bpm == pytest.approx(5.5, abs=1e-3)
    key(presentation, qtbot, Qt.Key.Key_2)
    assert ui.session.heading_to() == preset("coherent").pattern
    assert "Even breathing" in presentation.window.notice_label.text()
    # The volume never jumps while the guide eases into all of that.
    last = ui.session.pacer_state()
    for _ in range(60 * 30):
        ui.tick(1 / 60)
        now = ui.session.pacer_state()
        assert now is not None and last is not None
        assert abs(now.volume - last.volume) < 0.03
        last = now


def test_number_keys_skip_presets_with_holds_when_the_profile_forbids(ui: Ui, qtbot: QtBot) -> None:
    ui.profile.set_no_holds()
    presentation = present(ui, qtbot)
    allowed = [p for p in PRESETS if not p.pattern.has_holds]
    key(presentation, qtbot, Qt.Key.Key_6)  # the sixth allowed one is the sigh, not box
    assert ui.session.heading_to() == allowed[5].pattern
    key(presentation, qtbot, Qt.Key.Key_8)  # only six: nothing happens
    heading = ui.session.heading_to()
    assert heading is not None and not heading.has_holds


def test_space_pauses_and_the_relaxation_arrows_stay_off(ui: Ui, qtbot: QtBot) -> None:
    presentation = present(ui, qtbot)
    assert not ui.window.previous_step_action.isEnabled()
    key(presentation, qtbot, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.PAUSED
    assert presentation.window.phase_label.text() == "Paused"
    key(presentation, qtbot, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.RUNNING


def test_esc_leaves_and_the_summary_lists_what_was_shown(ui: Ui, qtbot: QtBot) -> None:
    ui.prefs.update(check_in=False)
    presentation = present(ui, qtbot)
    ui.tick(5.0)
    key(presentation, qtbot, Qt.Key.Key_Up)
    ui.tick(60.0)
    key(presentation, qtbot, Qt.Key.Key_Escape)
    assert ui.session.state is SessionState.STOPPED
    assert not presentation.window.isVisible()
    record = ui.store.rows[1]
    assert [round(s.pattern.rate_bpm, 1) for s in record.shown] == [6.0, 6.5]
    summary = ui.guide.summary
    assert ui.guide.pages.currentWidget() is summary
    shown = summary.shown
    assert shown is not None and shown.isVisibleTo(summary)
    assert "Calm belly breathing" in shown.list_label.text()
    assert "6.5 breaths per minute" in shown.list_label.text()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Shown in the demonstration:") and "4-0-6-0" in copied


def test_an_ordinary_session_shows_no_list(ui: Ui, qtbot: QtBot) -> None:
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.start()
    ui.tick(3.0)
    ui.session.stop()
    assert ui.guide.summary.shown is None


def test_d_ends_the_demonstration_at_once_as_dizzy(ui: Ui, qtbot: QtBot) -> None:
    presentation = present(ui, qtbot)
    ui.tick(5.0)
    key(presentation, qtbot, Qt.Key.Key_D)
    assert ui.session.state is SessionState.STOPPED
    assert ui.store.rows[1].dizzy and not presentation.is_open
    assert ui.guide.pages.currentWidget() is ui.guide.summary  # the calm advice


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_therapists_panel_has_a_visible_i_feel_dizzy(ui: Ui, qtbot: QtBot) -> None:
    from breathapp.ui.guide.therapist_panel import TherapistPanel

    presentation = present(ui, qtbot)
    panel = TherapistPanel(ui.session, presentation.controls, presentation.move_to)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.dizzy_button.isVisible() and "dizzy" in panel.dizzy_button.text()
    panel.dizzy_button.click()
    assert ui.session.state is SessionState.STOPPED and ui.store.rows[1].dizzy


# -- issue 13: the calm theme or high contrast, a key strip, no "how tense now?" unasked ----
def test_the_guide_screen_is_calm_unless_high_contrast_is_chosen(ui: Ui, qtbot: QtBot) -> None:
    from breathapp.ui.common.theme import HIGH_CONTRAST, LIGHT

    presentation = present(ui, qtbot)
    window = presentation.window
    assert window.theme == LIGHT  # the app's own calm colours by default
    assert window.canvas._theme == LIGHT  # the guide itself is calm too
    key(presentation, qtbot, Qt.Key.Key_C)
    assert window.theme == HIGH_CONTRAST and ui.prefs.prefs.present_high_contrast
    assert window.palette().color(QPalette.ColorRole.Window) == HIGH_CONTRAST.color("background")
    assert window.phase_label.font().pixelSize() >= 32  # the new colours keep the large words
    key(presentation, qtbot, Qt.Key.Key_C)
    assert window.theme == LIGHT and not ui.prefs.prefs.present_high_contrast


def test_high_contrast_is_remembered_for_the_next_demonstration(ui: Ui, qtbot: QtBot) -> None:
    from breathapp.ui.common.theme import HIGH_CONTRAST

    ui.prefs.update(present_high_contrast=True)
    presentation = present(ui, qtbot)
    assert presentation.window.theme == HIGH_CONTRAST


def test_k_shows_and_hides_the_key_strip_and_it_is_remembered(ui: Ui, qtbot: QtBot) -> None:
    ui.prefs.update(check_in=False)
    presentation = present(ui, qtbot)
    strip = presentation.window.key_strip
    assert strip.isVisible()
    for word in ("Esc", "Space", "1\u20138", "D", "C", "K", "pace", "dizzy"):
        assert word in strip.text(), word
    key(presentation, qtbot, Qt.Key.Key_K)
    assert not strip.isVisible() and not ui.prefs.prefs.present_key_strip
    key(presentation, qtbot, Qt.Key.Key_Escape)
    ui.guide.summary.done.emit()
    ui.session.reset()
    ui.guide.present()  # the next demonstration keeps it hidden
    assert presentation.window.isVisible() and not strip.isVisible()
    presentation.controls.toggle_key_strip()  # K again
    assert strip.isVisible() and ui.prefs.prefs.present_key_strip


def test_no_how_tense_now_after_a_demonstration_that_asked_nothing_before(
    ui: Ui, qtbot: QtBot
) -> None:
    assert ui.prefs.prefs.check_in
    presentation = present(ui, qtbot)
    ui.tick(30.0)
    key(presentation, qtbot, Qt.Key.Key_Escape)
    assert ui.guide.pages.currentWidget() is ui.guide.summary  # no after question


def test_a_session_asked_before_still_asks_after_when_presented(ui: Ui, qtbot: QtBot) -> None:
    ui.prefs.update(settle_in=False)
    ui.guide.start()
    ui.guide.checkin.rating.skip()  # asked, skipped: the question was put all the same
    assert ui.session.state is SessionState.RUNNING
    qtbot.keyClick(ui.window, Qt.Key.Key_P)
    presentation = ui.guide.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation.window)
    ui.tick(30.0)
    key(presentation, qtbot, Qt.Key.Key_Escape)
    assert ui.guide.pages.currentWidget() is ui.guide.checkin  # how tense now?


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_therapists_panel_switches_the_colours(ui: Ui, qtbot: QtBot) -> None:
    from breathapp.ui.common.theme import HIGH_CONTRAST, LIGHT
    from breathapp.ui.guide.therapist_panel import TherapistPanel

    presentation = present(ui, qtbot)
    panel = TherapistPanel(ui.session, presentation.controls, presentation.move_to)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.contrast_box.isChecked()
    panel.contrast_box.click()
    assert presentation.window.theme == HIGH_CONTRAST and ui.prefs.prefs.present_high_contrast
    key(presentation, qtbot, Qt.Key.Key_C)  # the key and the box agree
    assert presentation.window.theme == LIGHT and not panel.contrast_box.isChecked()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
@pytest.mark.parametrize("size", [(1000, 720), (760, 460)], ids=["normal", "200 % text"])
def test_the_therapists_panel_cuts_no_key_off(ui: Ui, qtbot: QtBot, size: tuple[int, int]) -> None:
    """At 200 % text (760 × 460 of Qt's pixels) the keys' rows were cut in half."""
    from breathapp.ui.guide.therapist_panel import TherapistPanel
    from tests.builders.room import cut_off

    ui.language.switch("nl")  # the longer words
    presentation = present(ui, qtbot)
    panel = TherapistPanel(ui.session, presentation.controls, presentation.move_to)
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    assert cut_off(panel) == []
    assert panel.height() <= size[1]
