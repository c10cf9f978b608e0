# SPDX-License-Identifier: GPL-3.0-or-later
"""The relax screen: the list, the player on a hand-driven clock, keys, check-ins, summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.record_writer import RecordWriter
from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.core.clock import ManualClock
from breathapp.core.profiles import Profile
from breathapp.core.relaxation import Library, StepKind
from breathapp.core.session import SessionState, SessionStatus
from breathapp.storage.relaxation_files import load_library
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.relax.relax_view import RelaxView
from breathapp.ui.shell.main_window import BREATHE_PAGE, RELAX_PAGE
from tests.fakes import FakeTimer, MemoryPrefs, MemoryProfiles, MemoryStore, make_gate
from tests.ui.conftest import TRANSLATIONS, Ui

SHIPPED = TRANSLATIONS.parent / "relaxation"


def open_relax(ui: Ui, check_in: bool = False) -> RelaxView:
    ui.prefs.update(check_in=check_in)
    ui.window.show_page(RELAX_PAGE)
    return ui.relax_view


def choose(view: RelaxView, script_id: str) -> None:
    card = next(c for c in view.list.cards if c.script.id == script_id)
    card.click()


def test_the_list_shows_every_session_with_its_length(ui: Ui) -> None:
    view = open_relax(ui)
    titles = [card.title.text() for card in view.list.cards]
    assert titles[0] == "Learning belly breathing"
    assert len(titles) == 5
    assert "For a bad day" not in titles  # the flare-up session opens from a bad day only
    lesson = view.list.cards[0]
    assert lesson.about.text().startswith("5 minutes  ·  ")
    assert view.list.empty.isHidden() and view.list.problems.isHidden()
    assert view.list.cards[0].hasFocus()  # Space or Enter starts it
    QTest.keyClick(view.list.cards[0], Qt.Key.Key_Down)
    QTest.keyClick(view.list.cards[1], Qt.Key.Key_Down)
    assert view.list.cards[2].hasFocus()
    QTest.keyClick(view.list.cards[2], Qt.Key.Key_Up)
    assert view.list.cards[1].hasFocus()


def test_the_player_shows_each_step_and_moves_on_with_the_clock(ui: Ui, qtbot: QtBot) -> None:
    view = open_relax(ui)
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)  # the first card: the belly lesson
    assert ui.relax.state is SessionState.RUNNING
    assert not ui.window.nav.isEnabled()
    script = ui.relax.player.script  # type: ignore[union-attr]
    player = view.player
    assert player.text_label.text() == script.steps[0].text
    assert player.next_label.text() == "Next: " + script.steps[1].text
    assert player.step_label.text().startswith(f"Step 1 of {len(script.steps)}")
    assert player.cue.isHidden() and player.canvas.isHidden()
    ui.tick(script.starts_s[1] + 0.5)
    assert player.text_label.text() == script.steps[1].text
    breathe = next(i for i, s in enumerate(script.steps) if s.kind is StepKind.BREATHE)
    for _ in range(breathe - 1):
        qtbot.keyClick(ui.window, Qt.Key.Key_Right)
    assert player.step_label.text().startswith(f"Step {breathe + 1} of {len(script.steps)}")
    ui.tick(1.0)
    assert not player.canvas.isHidden()
    assert player.kind_label.text() == "Breathe in"
    assert player.canvas.last_painted is None or player.canvas.last_painted.cycle == 0
    ui.tick(4.0)
    assert player.kind_label.text() == "Breathe out"
    qtbot.keyClick(ui.window, Qt.Key.Key_Left)
    assert player.step_label.text().startswith(f"Step {breathe} of {len(script.steps)}")
    assert player.canvas.isHidden()


def test_tense_and_release_show_their_cue_and_seconds(ui: Ui) -> None:
    view = open_relax(ui)
    choose(view, "pmr-very-short")
    player = ui.relax.player
    assert player is not None
    tense = next(i for i, s in enumerate(player.script.steps) if s.kind is StepKind.TENSE)
    ui.relax.player.go_to_step(tense)  # type: ignore[union-attr]
    ui.tick(2.0)
    seconds = player.script.steps[tense].seconds
    assert view.player.kind_label.text() == "Tense gently"
    assert not view.player.cue.isHidden()
    assert view.player.cue.kind is StepKind.TENSE
    assert view.player.cue.seconds_left == round(seconds - 2.0)
    ui.tick(seconds - 2.0 + 1.0)
    assert view.player.kind_label.text() == "Let go"
    assert view.player.cue.kind is StepKind.RELEASE


def test_space_pauses_and_resumes_and_esc_stops_into_the_kind_summary(ui: Ui, qtbot: QtBot) -> None:
    view = open_relax(ui, check_in=True)
    choose(view, "breathing-space")
    assert view.pages.currentWidget() is view.checkin
    qtbot.keyClick(view.checkin.rating, Qt.Key.Key_7)
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    assert ui.relax.state is SessionState.RUNNING
    ui.tick(5.0)
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    assert ui.relax.state is SessionState.PAUSED
    assert view.player.pause_button.text() == "Continue"
    assert view.player.kind_label.text() == "Paused"
    ui.clock.advance(100.0)
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    ui.tick(2.0)
    qtbot.keyClick(ui.window, Qt.Key.Key_Escape)
    assert ui.relax.state is SessionState.STOPPED
    assert view.pages.currentWidget() is view.checkin  # how do you feel now
    qtbot.keyClick(view.checkin.rating, Qt.Key.Key_3)
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    view.checkin.note.edit.setPlainText("warm hands")
    view.checkin.note.save()
    assert view.pages.currentWidget() is view.summary
    assert view.summary.title.text() == "You stopped here, and that is fine."
    assert "Three-minute breathing space" in view.summary.body.text()
    assert "Tension 7 → 3" in view.summary.body.text()
    row = ui.store.rows[1]
    assert row.kind == "relaxation:breathing-space"
    assert row.status is SessionStatus.STOPPED
    assert abs(row.active_s - 7.0) < 0.05  # the pause is not practice
    assert (row.tension_before, row.tension_after, row.note) == (7, 3, "warm hands")
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)  # done: back to the list
    assert view.pages.currentWidget() is view.list
    assert ui.window.nav.isEnabled()


def test_i_feel_dizzy_stops_at_once_with_advice_and_no_questions(ui: Ui, qtbot: QtBot) -> None:
    view = open_relax(ui, check_in=True)
    choose(view, "pmr-short")
    view.checkin.skip_all()
    ui.tick(3.0)
    qtbot.keyClick(ui.window, Qt.Key.Key_D)
    assert ui.relax.state is SessionState.STOPPED
    assert view.pages.currentWidget() is view.summary
    assert view.summary.title.text() == "Breathe normally now."
    assert ui.store.rows[1].dizzy
    # Back on the breathing page, a gentler pattern is offered, as after a dizzy breathing session.
    qtbot.keyClick(ui.window, Qt.Key.Key_Space)
    ui.window.show_page(BREATHE_PAGE)
    assert not ui.guide.suggest_button.isHidden()


def test_a_finished_session_is_completed_with_its_bell(ui: Ui) -> None:
    view = open_relax(ui)
    choose(view, "breathing-space")
    total = ui.relax.player.script.total_s  # type: ignore[union-attr]
    ui.tick(total + 0.1)
    assert ui.relax.state is SessionState.FINISHED
    assert view.summary.title.text() == "Good that you took this time for yourself."
    assert ui.store.rows[1].status is SessionStatus.COMPLETED


def test_arrow_keys_belong_to_the_player_only_while_it_runs(ui: Ui) -> None:
    assert not ui.window.next_step_action.isEnabled()
    view = open_relax(ui)
    choose(view, "body-scan")
    assert ui.window.next_step_action.isEnabled()
    ui.relax.stop()
    assert not ui.window.previous_step_action.isEnabled()


def test_full_screen_keeps_the_player_and_the_dizzy_button(ui: Ui, qtbot: QtBot) -> None:
    view = open_relax(ui)
    choose(view, "body-scan")
    qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    assert ui.window.pages.currentWidget() is view
    ui.clock.advance(10)  # the quiet controls show on entering, then fade
    view.fade.tick()
    assert not view.player.pause_button.isVisible() and view.player.dizzy_button.isVisible()
    qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    assert view.player.pause_button.isVisible()


def test_a_running_breathing_session_keeps_the_relax_page_out(ui: Ui) -> None:
    ui.prefs.update(check_in=False)
    ui.guide.start()
    assert not ui.window.nav.isEnabled()
    assert ui.window.pages.currentIndex() == BREATHE_PAGE


def test_the_list_follows_the_language(ui: Ui) -> None:
    view = open_relax(ui)
    ui.language.switch("nl")
    ui.relax.set_language("nl")
    assert view.list.cards[0].title.text() == "Buikademhaling leren"
    assert view.list.heading.text() == "Ontspannen"


def make_view(qtbot: QtBot, library: Library) -> RelaxView:

    clock = ManualClock()
    store = MemoryStore()
    relax = RelaxationController(
        clock,
        FakeTimer(),
        FakeTimer(),
        RecordWriter(clock, store, 1),
        make_gate(clock, store),
        lambda _lang: library,
        "en",
    )
    view = RelaxView(
        relax,
        PrefsController(MemoryPrefs(), 1),
        ProfileController(MemoryProfiles(), Profile(1, ""), clock),
        LIGHT,
    )
    qtbot.addWidget(view)
    return view


def test_a_broken_file_is_named_calmly_and_the_others_are_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    good = (SHIPPED / "body-scan.en.toml").read_text(encoding="utf-8")
    (tmp_path / "body-scan.en.toml").write_text(good, encoding="utf-8")
    bad = (SHIPPED / "pmr-short.en.toml").read_text(encoding="utf-8")
    bad = bad.replace('kind = "tense"\nseconds = 7', 'kind = "tense"\nseconds = 17', 1)
    (tmp_path / "pmr-short.en.toml").write_text(bad, encoding="utf-8")
    view = make_view(qtbot, load_library(tmp_path, "en"))
    assert [c.script.id for c in view.list.cards] == ["body-scan"]
    text = view.list.problems.text()
    assert "pmr-short.en.toml, step " in text and "field 'seconds': is outside its limits" in text
    assert not view.list.problems.isHidden()


def test_no_sessions_at_all_gives_a_calm_empty_state(qtbot: QtBot) -> None:
    view = make_view(qtbot, Library((), ()))
    assert view.list.cards == []
    assert "No relaxation sessions could be found" in view.list.empty.text()
    assert not view.list.empty.isHidden()


def test_the_longest_step_fits_a_small_window_with_every_button_whole(ui: Ui) -> None:
    view = open_relax(ui)
    ui.window.resize(720, 540)
    scripts = ui.relax.library.scripts
    script, index = max(
        ((s, i) for s in scripts for i in range(len(s.steps))),
        key=lambda pair: len(pair[0].steps[pair[1]].text),
    )
    ui.relax.start(script)
    ui.relax.player.go_to_step(index)  # type: ignore[union-attr]
    ui.tick(0.5)
    QApplication.processEvents()
    player = view.player
    for label in (player.text_label, player.next_label):
        assert label.height() >= label.sizeHint().height() > 0  # not squeezed: no cut words
    step_buttons = (player.previous_button, player.pause_button, player.next_button)
    for button in (*step_buttons, player.stop_button, player.dizzy_button):
        assert button.isVisible() and button.width() >= button.sizeHint().width()
    # Words on the step buttons only where they fit beside "I feel dizzy", else arrows.
    assert player.previous_button.text() in ("‹", "‹  Previous")


def test_a_session_that_breathes_with_holds_is_refused_in_words_for_a_no_holds_profile(
    ui: Ui,
) -> None:
    from breathapp.core.patterns import preset
    from breathapp.core.relaxation import Script, Step

    box = preset("box").pattern
    script = Script("held", "en", "Held", "", (Step(StepKind.BREATHE, "Breathe", 32.0, box, 2),))
    ui.window.show_page(BREATHE_PAGE)
    ui.profile.set_no_holds()
    view = ui.relax_view
    view.choose(script)  # as a card on the list would
    assert ui.relax.state is SessionState.READY and ui.store.rows == {}
    assert view.pages.currentWidget() is view.list
    assert "breathes with pauses" in view.notice.text() and not view.notice.isHidden()
    ui.relax.start(script)  # a caller that never asked first: the gate says no all the same
    assert ui.relax.state is SessionState.READY and ui.store.rows == {}
    assert ui.window.pages.currentWidget() is view
