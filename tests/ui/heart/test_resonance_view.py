# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's window over the real controller, a fake clock and a synthetic heart."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication

from breathapp.core.heart.resonance_plan import pattern_for
from breathapp.core.patterns import Pattern
from breathapp.ui.heart.resonance_view import ResonanceView, clock_text
from tests.builders.resonance import SHORT, SHORT_DONE_S, ResonanceRig
from tests.builders.room import cut_off


def settle() -> None:
    for _ in range(3):  # the table laid out anew: its old cells go, the page lays out again
        QApplication.processEvents()
        QApplication.sendPostedEvents()


def _view(rig: ResonanceRig, width: int = 1100, height: int = 640) -> ResonanceView:
    view = ResonanceView(rig.r, SHORT)
    view.resize(width, height)
    view.show()
    settle()
    return view


def test_without_a_heart_signal_it_says_so_and_offers_the_picker(qapp: QApplication) -> None:
    rig = ResonanceRig(heart=False)
    view = _view(rig)
    assert view.pages.currentWidget() is view.before_page
    assert view.no_signal.isVisible() and "heart signal" in view.no_signal.text()
    assert "--rr-replay" in view.no_signal.text()
    assert not view.start_button.isEnabled()
    asked: list[object] = []
    view.picker_requested.connect(lambda: asked.append(True))
    view.picker_button.click()
    assert asked == [True]
    # 3 paces of 2 min, 2 rests of 10 s and the 3-2-1 (6:23), and a minute to settle in.
    assert "about 8 minutes" in view.needs.text()


def test_during_the_test_it_shows_the_step_and_the_time_left(qapp: QApplication) -> None:
    rig = ResonanceRig()
    view = _view(rig)
    rig.begin()
    assert view.pages.currentWidget() is view.during_page
    rig.go(3.0 + 10.0)
    assert view.step_label.text() == "Pace 1 of 3: 6.5 breaths a minute"
    assert view.left_label.text() == "Follow the guide. 1:50 left at this pace."
    assert view.total_label.text() == "6:10 left in the test"
    rig.go(SHORT.step_s - 10.0 + 5.0)  # 5 s into the rest
    assert view.step_label.text() == "Rest: breathe freely"
    assert view.left_label.text() == "Next: 5.5 breaths a minute, in 0:05."


def test_after_the_test_the_table_and_chart_sit_side_by_side_with_the_suggestion_named(
    qapp: QApplication,
) -> None:
    rig = ResonanceRig()
    view = _view(rig)
    rig.begin()
    rig.go(SHORT_DONE_S)
    settle()
    assert view.pages.currentWidget() is view.after_page
    rows = view.table.rows()
    assert [r[0] for r in rows] == ["6.5", "5.5 ★", "4.5"]
    assert view.table.radios[1].isChecked() and view.table.radios[1].font().bold()
    assert view.table.radios[1].accessibleName() == "5.5, suggested"
    assert "A bigger wave: you found a good pace" in view.summary.text()
    assert "test again in a few weeks" in view.summary.text()  # it can drift (CLINICAL.md)
    assert view.table.y() == view.chart.y() and view.chart.x() > view.table.x()
    assert not view.early.isVisible()
    assert cut_off(view) == []


def test_in_a_narrower_window_the_chart_goes_under_the_table_then_the_words_too(
    qapp: QApplication,
) -> None:
    rig = ResonanceRig()
    view = _view(rig)
    rig.begin()
    rig.go(SHORT_DONE_S)
    settle()
    columns = view.table.least_width()
    view.resize(columns + 100, 460)  # the columns fit, the chart beside them does not
    settle()
    assert view.chart.y() > view.table.y() and not view.table.narrow
    assert cut_off(view) == []
    view.resize(columns, 460)  # not even the columns: each pace with its measures under it
    settle()
    assert view.table.narrow and view.chart.y() > view.table.y()
    assert cut_off(view) == []
    assert view.table.radios[1].text() == "5.5 ★" and view.table.radios[1].isChecked()


def test_the_therapist_chooses_any_pace_uses_it_and_makes_a_plan(qapp: QApplication) -> None:
    rig = ResonanceRig()
    view = _view(rig)
    rig.begin()
    rig.go(SHORT_DONE_S)
    settle()
    view.table.radios[2].click()
    assert view.table.current() == 4.5
    view.use_button.click()
    # The profile keeps the pace, and its everyday breathing pattern breathes at it
    # (inhale:exhale as tested, no holds): the Breathe page offers it as its own pattern.
    assert rig.prefs.changes == [{"resonance_bpm": 4.5, "pattern": "5.333-0-8-0"}]
    assert rig.repo.tests[1].chosen_bpm == 4.5
    assert view.status.text() == (
        "4.5 breaths a minute is now this profile's pace. "
        "The Breathe page now offers it as “Your own pattern”."
    )
    plans: list[Pattern] = []
    view.plan_requested.connect(plans.append)
    view.plan_button.click()
    assert plans == [pattern_for(4.5, SHORT.inhale_share)]


def test_stopped_early_it_says_so_and_keeps_the_paces_measured(qapp: QApplication) -> None:
    rig = ResonanceRig()
    view = _view(rig)
    rig.begin()
    rig.go(3.0 + SHORT.step_s + SHORT.rest_s + 27.0)  # 27 s into the second pace
    view.stop_button.click()
    settle()
    assert view.early.isVisible()
    assert len(view.table.rows()) == 2
    view.again_button.click()
    assert view.pages.currentWidget() is view.before_page


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (59.2, "1:00"), (125, "2:05")])
def test_times_are_minutes_and_seconds(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text
