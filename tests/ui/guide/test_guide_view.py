# SPDX-License-Identifier: GPL-3.0-or-later
"""The guide screen driven by keys, the picker, the editor, languages and full screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from breathapp.core.clock import ManualClock
from breathapp.core.patterns import preset
from breathapp.core.prefs import GuideStyle
from breathapp.core.session import LengthKind, SessionState, SessionStatus
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.guide.pattern_editor import PatternEditor
from breathapp.ui.shell.main_window import GEOMETRY_KEY
from tests.ui.conftest import Ui


def begin(ui: Ui) -> None:
    """Start, skipping the check-in before."""
    ui.guide.start()
    ui.guide.checkin.rating.skip()


def leave_checkin_after(ui: Ui) -> None:
    """Esc twice after a session: skip the ratings, then the note."""
    assert ui.guide.escape() and ui.guide.escape()


def test_space_starts_skips_the_countdown_pauses_and_resumes(ui: Ui, qtbot: QtBot) -> None:
    assert ui.guide.phase_label.text() == "Ready when you are"
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    assert ui.guide.pages.currentWidget() is ui.guide.checkin  # how tense, first
    qtbot.keyClick(ui.guide.checkin.rating, Qt.Key.Key_6)
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.SETTLING
    assert ui.store.rows[1].tension_before == 6
    assert ui.guide.count_label.text() == "3"
    assert ui.guide.setup_bar.isHidden() and not ui.guide.session_bar.isHidden()
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.RUNNING
    ui.tick(1.0)
    assert ui.guide.phase_label.text() == "Breathe in"
    assert ui.guide.count_label.text() == "3"
    ui.tick(3.5)
    assert ui.guide.phase_label.text() == "Breathe out"
    assert "0:04 done" in ui.guide.info_label.text()
    assert "6 breaths per minute" in ui.guide.info_label.text()
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.PAUSED
    assert ui.guide.pause_button.text() == "Continue"
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    assert ui.session.state is SessionState.RUNNING


def test_escape_stops_and_shows_a_kind_summary(ui: Ui, qtbot: QtBot) -> None:
    qtbot.keyClick(ui.window, Qt.Key.Key_Return)
    ui.guide.checkin.rating.skip()
    ui.session.skip_settle()
    ui.tick(95)
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)
    assert ui.session.state is SessionState.STOPPED
    assert ui.store.rows[1].status is SessionStatus.STOPPED
    assert ui.guide.pages.currentWidget() is ui.guide.checkin  # how tense now?
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)
    assert ui.guide.pages.currentWidget() is ui.guide.summary
    assert "2 minutes" in ui.guide.summary.body.text()
    assert "9 breaths" in ui.guide.summary.body.text()
    assert "that is fine" in ui.guide.summary.title.text()
    qtbot.mouseClick(ui.guide.summary.done_button, Qt.MouseButton.LeftButton)
    assert ui.session.state is SessionState.READY
    assert not ui.guide.setup_bar.isHidden()


def test_a_finished_session_summarises_minutes_breaths_and_pattern(ui: Ui, qtbot: QtBot) -> None:
    ui.prefs.update(length_minutes=1.0, settle_in=False)
    begin(ui)
    ui.tick(61)
    assert ui.session.state is SessionState.FINISHED
    leave_checkin_after(ui)
    text = ui.guide.summary.body.text()
    assert "1 minute" in text and "6 breaths" in text and "Calm belly breathing (4-0-6-0)" in text
    qtbot.mouseClick(ui.guide.summary.again_button, Qt.MouseButton.LeftButton)
    ui.guide.checkin.rating.skip()
    assert ui.session.state is SessionState.RUNNING


def test_picker_lists_presets_marks_holds_and_remembers_the_choice(ui: Ui) -> None:
    patterns = ui.guide.setup_bar.patterns
    assert len(patterns.buttons()) == 8  # eight presets ("make your own" is under More)
    assert "with pauses" in patterns.button("box").detail()
    assert "with pauses" not in patterns.button("calm").detail()
    patterns.button("box").click()
    assert ui.prefs.prefs.pattern == "box"
    assert "two short pauses" in ui.guide.setup_bar.description.text()


def test_length_and_ramp_choices_are_saved(ui: Ui) -> None:
    bar = ui.guide.setup_bar
    bar.more_button.click()
    bar.length_spin.setValue(12)
    assert ui.prefs.prefs.length_minutes == 12
    bar.unit_combo.setCurrentIndex(1)
    bar.length_spin.setValue(40)
    assert (ui.prefs.prefs.length_kind.value, ui.prefs.prefs.length_breaths) == ("breaths", 40)
    assert not bar.ramp_from.isEnabled()
    bar.ramp_check.setChecked(True)
    assert ui.prefs.prefs.ramp and bar.ramp_from.isEnabled()


def test_editor_refuses_a_bad_pattern_with_a_clear_message(qtbot: QtBot) -> None:
    editor = PatternEditor(preset("calm").pattern, ManualClock(), LIGHT, GuideStyle.CIRCLE)
    qtbot.addWidget(editor)
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    editor.exhale.setValue(0)
    assert not ok.isEnabled()
    assert editor.problem.text() == "Breathing out can be 1 to 20 seconds, not 0."
    editor.exhale.setValue(20)
    editor.hold_in.setValue(20)
    assert "at most 40 seconds; this one lasts 44" in editor.problem.text()
    editor.hold_in.setValue(2)
    assert ok.isEnabled()
    assert editor.pattern is not None and editor.pattern.text() == "4-2-20-0"


def test_editor_by_pace_and_ratio_and_its_live_preview(qtbot: QtBot) -> None:
    clock = ManualClock()
    editor = PatternEditor(preset("calm").pattern, clock, LIGHT, GuideStyle.CIRCLE)
    qtbot.addWidget(editor)
    editor.show()
    editor.by_rate.setChecked(True)
    editor.rate.setValue(5)
    editor.ratio.setValue(2)
    assert editor.pattern is not None and editor.pattern.text() == "4-0-8-0"
    assert "5 breaths per minute" in editor.summary.text()
    clock.advance(5.0)
    editor.preview.grab()
    painted = editor.preview.last_painted
    assert painted is not None and painted.phase.value == "exhale"


def _switch(ui: Ui, language: str) -> None:
    ui.language.switch(language)
    QApplication.processEvents()  # Qt delivers LanguageChange as posted events


def test_switching_language_retranslates_every_screen(ui: Ui) -> None:
    _switch(ui, "nl")
    assert ui.guide.phase_label.text() == "Begin wanneer je wil"
    assert ui.window.settings_button.text() == "Instellingen"
    assert ui.guide.setup_bar.start_button.text() == "Starten"
    calm = ui.guide.setup_bar.patterns.button("calm")
    assert calm is not None and calm.text().startswith("Rustig buikademen")
    begin(ui)
    ui.session.skip_settle()
    ui.tick(0.5)
    assert ui.guide.phase_label.text() == "Adem in"
    ui.tick(4)
    assert ui.guide.phase_label.text() == "Adem uit"
    _switch(ui, "en")
    assert ui.guide.phase_label.text() == "Breathe out"


def test_language_choice_in_settings_is_saved(ui: Ui) -> None:
    view = ui.window.settings_view
    view.language.setCurrentIndex(view.language.findData("nl"))
    view.language.activated.emit(view.language.currentIndex())
    assert ui.prefs.prefs.language == "nl"
    view.belly.setChecked(True)
    assert ui.prefs.prefs.guide_style is GuideStyle.BELLY
    view.reduced_motion.setChecked(True)
    assert ui.prefs.prefs.reduced_motion


def test_f11_goes_full_screen_with_only_the_guide(ui: Ui, qtbot: QtBot) -> None:
    begin(ui)
    qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    assert ui.window.isFullScreen()
    ui.clock.advance(10)  # the quiet controls show on entering, then fade
    ui.guide.session_bar.tick()
    assert ui.window.nav.isHidden() and not ui.guide.pause_button.isVisible()
    assert ui.guide.dizzy_button.isVisible()
    assert ui.guide.phase_label.font().pixelSize() >= 0.08 * ui.guide.height()
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)  # stops the session first
    assert ui.window.isFullScreen()
    leave_checkin_after(ui)
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)  # then leaves full screen
    assert not ui.window.isFullScreen()


def test_geometry_is_remembered(ui: Ui, tmp_path: object) -> None:
    ui.window.resize(900, 640)
    ui.window.close()
    settings = QSettings(str(tmp_path) + "/window.ini", QSettings.Format.IniFormat)  # type: ignore[operator]
    assert settings.value(GEOMETRY_KEY) is not None


def test_i_feel_dizzy_ends_at_once_with_calm_advice_and_suggests_gentler(
    ui: Ui, qtbot: QtBot
) -> None:
    begin(ui)
    ui.session.skip_settle()
    ui.tick(7.3)  # mid-exhale: no waiting for the breath to end
    qtbot.keyClick(ui.window, Qt.Key.Key_D)
    assert ui.session.state is SessionState.STOPPED
    record = ui.store.rows[1]
    assert record.dizzy and record.active_s == pytest.approx(7.3, abs=0.05)
    assert ui.guide.summary.title.text() == "Breathe normally now."
    assert "own pace" in ui.guide.summary.advice.text()
    assert not ui.guide.summary.again_button.isVisible()
    qtbot.mouseClick(ui.guide.summary.done_button, Qt.MouseButton.LeftButton)
    assert "Last time you felt dizzy" in ui.guide.error_label.text()
    assert ui.guide.suggest_button.text() == "Use Gentle start"
    qtbot.mouseClick(ui.guide.suggest_button, Qt.MouseButton.LeftButton)
    assert ui.prefs.prefs.pattern == "gentle"
    assert ui.guide.suggest_button.isHidden()


def test_the_dizzy_button_is_there_in_every_session(ui: Ui, qtbot: QtBot) -> None:
    assert not ui.guide.dizzy_button.isVisible()
    begin(ui)
    assert ui.guide.dizzy_button.isVisible()
    qtbot.mouseClick(ui.guide.dizzy_button, Qt.MouseButton.LeftButton)
    assert ui.store.rows[1].dizzy


def test_no_breath_holds_hides_them_and_refuses_them(ui: Ui) -> None:
    view = ui.window.settings_view
    view.no_holds.setChecked(True)
    assert ui.profile.profile.no_holds
    patterns = ui.guide.setup_bar.patterns
    assert patterns.button("box") is None and patterns.button("calm") is not None
    ui.prefs.update(pattern="4-4-4-4")  # e.g. remembered from before
    ui.guide.start()
    assert ui.session.state is SessionState.READY
    # Which pattern, why, and what to choose instead.
    text = ui.guide.error_label.text()
    assert "Box breathing" in text and "without pauses" in text and "Calm belly" in text


def test_the_editor_keeps_pauses_at_zero_when_holds_are_off(qtbot: QtBot) -> None:
    editor = PatternEditor(
        preset("box").pattern, ManualClock(), LIGHT, GuideStyle.CIRCLE, no_holds=True
    )
    qtbot.addWidget(editor)
    assert not editor.hold_in.isEnabled() and editor.hold_in.value() == 0
    assert editor.pattern is not None and not editor.pattern.has_holds


def test_check_in_before_and_after_with_pain_and_a_note(ui: Ui, qtbot: QtBot) -> None:
    ui.profile.set_ask_pain(True)
    ui.prefs.update(length_breaths=1, length_kind=LengthKind.BREATHS, settle_in=False)
    ui.guide.start()
    rating = ui.guide.checkin.rating
    assert "How tense" in rating.title.text() and "not a test" in rating.scale.text()
    qtbot.keyClick(rating, Qt.Key.Key_1)
    qtbot.keyClick(rating, Qt.Key.Key_0)  # "1" then "0" is ten
    assert rating.buttons.checkedId() == 10
    rating.confirm()
    assert "pain" in rating.title.text()
    qtbot.mouseClick(rating.buttons.button(6), Qt.MouseButton.LeftButton)
    assert ui.session.state is SessionState.RUNNING
    ui.tick(10.5)
    assert ui.guide.pages.currentWidget() is ui.guide.checkin
    assert rating.title.text() == "How tense do you feel now?"
    qtbot.mouseClick(rating.buttons.button(4), Qt.MouseButton.LeftButton)
    rating.skip()  # no pain rating after
    note = ui.guide.checkin.note
    assert note.isVisible()
    note.edit.setPlainText("My shoulders dropped")
    qtbot.keyClick(note.edit, Qt.Key.Key_Return)
    record = ui.store.rows[1]
    assert (record.tension_before, record.pain_before) == (10, 6)
    assert (record.tension_after, record.pain_after) == (4, None)
    assert record.note == "My shoulders dropped"
    assert ui.guide.pages.currentWidget() is ui.guide.summary
    assert "Tension 10 → 4" in ui.guide.summary.body.text()
    assert "Pain 6 → –" in ui.guide.summary.body.text()


def test_esc_before_a_session_goes_back_and_starts_nothing(ui: Ui, qtbot: QtBot) -> None:
    ui.guide.start()
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)
    assert ui.session.state is SessionState.READY
    assert ui.guide.pages.currentIndex() == 0 and not ui.guide.setup_bar.isHidden()
    assert ui.store.rows == {}


def test_check_ins_can_be_turned_off(ui: Ui) -> None:
    ui.prefs.update(check_in=False)
    ui.guide.start()
    assert ui.session.state is SessionState.SETTLING


def test_a_pain_change_that_matters_is_marked_kindly(ui: Ui) -> None:
    from breathapp.core.checkin import Ratings

    ui.profile.set_ask_pain(True)
    ui.prefs.update(length_breaths=1, length_kind=LengthKind.BREATHS, settle_in=False)
    ui.guide.start()
    ui.guide.checkin.rating.skip()
    ui.guide.checkin.rating.answered.emit(6)
    ui.tick(10.5)
    ui.session.record_after(Ratings(None, 4))
    ui.guide.summary.show_record(ui.session.last_ended)  # type: ignore[arg-type]
    assert "Pain 6 → 4 (a difference you can feel)" in ui.guide.summary.body.text()


def test_4_7_8_in_its_first_month_says_so_beside_the_length_and_when_it_starts(
    ui: Ui,
) -> None:
    bar = ui.guide.setup_bar
    assert bar.length_note.isHidden()
    ui.prefs.update(pattern="4-7-8", length_kind=LengthKind.MINUTES, length_minutes=5.0)
    assert not bar.length_note.isHidden()
    assert "at most 4 breaths" in bar.length_note.text() and "3 Feb" in bar.length_note.text()
    begin(ui)
    session = ui.session.session
    assert session is not None and session.plan.length.value == 4  # breaths, not minutes
    assert "ends after 4 breaths" in ui.guide.error_label.text()
    ui.prefs.update(pattern="calm")
    assert bar.length_note.isHidden()


def test_the_editor_opened_for_a_no_holds_profile_keeps_pauses_at_zero(
    ui: Ui, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[PatternEditor] = []

    def exec_(editor: PatternEditor) -> int:
        opened.append(editor)
        return 0  # closed without saving

    monkeypatch.setattr(PatternEditor, "exec", exec_)
    ui.profile.set_no_holds()
    ui.guide.setup_bar.more_button.click()
    ui.guide.setup_bar.edit_button.click()  # "Make your own…"
    editor = opened[0]
    assert not editor.hold_in.isEnabled() and not editor.hold_out.isEnabled()
    assert editor.hold_in.value() == 0 and editor.hold_out.value() == 0
    assert "without pauses" in editor.holds_note.text() and not editor.holds_note.isHidden()
