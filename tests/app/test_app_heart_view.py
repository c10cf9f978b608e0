# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart in the app: View > Heart rate strap… opens the picker; the heart shows beside the
guide and on the guide's screen once a source is in use; nothing of it loads at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.app.heart_view import add_heart_ui
from breathapp.core.heart.link import LinkState
from breathapp.core.session import SessionState
from breathapp.ui.heart.heart_place import HeartBox
from tests.builders.app import STRAIGHT_TO_PRACTICE, close_app, make_app
from tests.builders.heart_live import FakeHeart, beats_following, wave
from tests.builders.process import modules_after_start
from tests.builders.room import LARGE_TEXT_WINDOW, cut_off


def test_the_menu_entry_opens_the_picker_and_the_heart_joins_the_guide(
    qtbot: QtBot, tmp_path: Path
) -> None:
    prefs = {**STRAIGHT_TO_PRACTICE, "settle_in": False}
    built = make_app(qtbot, tmp_path, prefs=prefs, shown=True)
    heart = FakeHeart(LinkState.OFF)
    actions = add_heart_ui(built, lambda: heart)
    entry = actions.strap_action
    assert entry in built.window.view_menu.actions()
    assert entry.text() == "Heart rate strap…"
    entry.trigger()
    assert actions.picker is not None and actions.picker.isVisible()
    assert heart.asked == ["search"]
    box = built.window.guide.findChild(HeartBox)
    assert box is not None and not box.isVisible()  # searching is not a source in use yet
    heart.set_link(LinkState.CONNECTED)
    built.window.guide.start()
    assert built.session.state is SessionState.RUNNING
    QApplication.processEvents()
    assert box.isVisible()
    built.window.present_action.trigger()
    assert actions.presented is not None and actions.presented.panel.isVisible()
    box.toggle.click()  # "Show my heart" off: off the guide's screen too
    assert not actions.presented.panel.isVisible()
    actions.picker.close()
    close_app(built)


def test_the_therapists_choice_of_place_is_kept_for_the_next_presentation(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from breathapp.ui.heart.heart_place import Place

    built = make_app(qtbot, tmp_path, prefs={**STRAIGHT_TO_PRACTICE, "settle_in": False})
    heart = FakeHeart(LinkState.CONNECTED)
    actions = add_heart_ui(built, lambda: heart)
    actions.show_heart(heart)
    built.window.present_action.trigger()
    presented = actions.presented
    assert presented is not None and presented.place is Place.UNDER  # the first time: under
    presented.set_place(Place.FILL)  # what the therapist's panel's choice does
    assert built.prefs.prefs.present_heart_fill
    built.window.guide.presentation.close()  # type: ignore[union-attr]
    close_app(built)
    again = make_app(qtbot, tmp_path)
    actions = add_heart_ui(again, lambda: heart)
    actions.show_heart(heart)
    again.window.present_action.trigger()
    assert actions.presented is not None and actions.presented.place is Place.FILL
    assert not again.window.guide.presentation.window.canvas.isVisible()  # type: ignore[union-attr]
    close_app(again)


def test_dutch_words_for_the_menu_entry(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path)
    actions = add_heart_ui(built, lambda: None)
    built.language.switch("nl")
    QApplication.processEvents()
    assert actions.strap_action.text() != ""
    close_app(built)


def test_nothing_of_the_heart_is_built_without_a_source(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path)
    actions = add_heart_ui(built, lambda: None)
    actions.strap_action.trigger()  # no Bluetooth side here: nothing opens, nothing breaks
    assert actions.picker is None
    assert built.window.guide.findChild(HeartBox) is None
    close_app(built)


def test_start_up_and_after_the_first_paint_load_nothing_of_the_heart(tmp_path: Path) -> None:
    loaded = modules_after_start(tmp_path, after_paint=True)
    # numpy comes later with the history's charts (preloaded when idle), never for the heart.
    late = {"PySide6.QtBluetooth", "breathapp.core.heart.metrics", "breathapp.core.heart.spectrum"}
    assert not {m for m in loaded if m.startswith("breathapp.ui.heart") or m in late}
    assert "breathapp.app.heart_view" in loaded  # the menu entry is there


def test_beside_the_guide_at_200_percent_text_nothing_is_cut_off(
    qtbot: QtBot, tmp_path: Path
) -> None:
    prefs = {**STRAIGHT_TO_PRACTICE, "settle_in": False}
    built = make_app(qtbot, tmp_path, prefs=prefs, shown=True)
    heart = FakeHeart(LinkState.CONNECTED)
    actions = add_heart_ui(built, lambda: heart)
    actions.show_heart(heart)
    built.window.guide.start()
    start = built.clock.monotonic()
    built.clock.advance(60.0)  # type: ignore[attr-defined]
    heart.add(beats_following(wave(66.0, 9.0, 10.0, start), start, start + 60.0))
    built.window.resize(*LARGE_TEXT_WINDOW)
    QApplication.processEvents()
    assert "9 beats a minute" in actions.panel.swing_label.text()  # type: ignore[union-attr]
    assert cut_off(built.window.guide) == []
    close_app(built)
