# SPDX-License-Identifier: GPL-3.0-or-later
"""Today's movement question: the minutes chosen, saved and shown, the phase's goal, Other…,
and the bad-day button."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from breathapp.core.movement import MovementDay
from breathapp.core.plans import Plan
from breathapp.core.relaxation import Script
from breathapp.storage.relaxation_files import load_library
from breathapp.ui.guide.choice_row import MARK
from breathapp.ui.plan.today_movement import OTHER
from breathapp.ui.plan.today_view import TodayPanel, TodayView
from tests.builders.plans import TODAY, sample_plan
from tests.fakes import FakePlans

RELAXATION = Path(__file__).resolve().parents[3] / "assets" / "relaxation"


def scripts() -> dict[str, Script]:
    return {s.id: s for s in load_library(RELAXATION, "en").scripts}


def make(qtbot: QtBot, plans: FakePlans) -> TodayView:
    view = TodayView(plans, scripts().get, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    return view


def with_goals(minutes: int | None, activity: str = "") -> Plan:
    plan = sample_plan()
    first = replace(plan.phases[0], movement_minutes=minutes, movement_activity=activity)
    return replace(plan, phases=(first, *plan.phases[1:]))


def test_the_question_offers_large_choices_with_names_for_a_screen_reader(qtbot: QtBot) -> None:
    view = make(qtbot, FakePlans(sample_plan()))
    question = view.movement
    assert question.question.text() == "How many minutes did you move today?"
    buttons = question.choices.buttons()
    assert [b.text() for b in buttons] == [
        "5\u00a0min", "10\u00a0min", "15\u00a0min", "20\u00a0min", "30\u00a0min", "Other…",
    ]  # fmt: skip
    assert [b.accessibleName() for b in buttons][:2] == ["5 minutes", "10 minutes"]
    assert buttons[-1].accessibleName() == "Another number of minutes"
    assert question.choices.accessibleName() == question.question.text()
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert question.choices.checked_key() is None
    assert not question.chosen_label.isVisible() and not question.clear_button.isVisible()


def test_the_minutes_chosen_are_saved_shown_changed_and_cleared(qtbot: QtBot) -> None:
    plans = FakePlans(sample_plan())
    view = make(qtbot, plans)
    question = view.movement
    question.choices.button(15).click()
    assert plans.minutes_calls == [(TODAY, 15)]
    assert plans.minutes[TODAY] == MovementDay(TODAY, 15)
    assert question.choices.checked_key() == 15
    assert question.chosen_label.text() == "Today: 15 minutes."
    assert question.chosen_label.isVisible() and question.clear_button.isVisible()
    # The chosen one shows by its shape too (a tick), not by colour alone.
    assert question.choices.button(15).isChecked() and MARK == "✓"
    question.choices.button(30).click()
    assert plans.minutes[TODAY].minutes == 30 and question.choices.checked_key() == 30
    question.clear_button.click()
    assert plans.minutes_calls[-1] == (TODAY, 0) and TODAY not in plans.minutes
    assert question.choices.checked_key() is None
    assert not question.chosen_label.isVisible()
    assert "streak" not in question.chosen_label.text().lower()


def test_minutes_set_elsewhere_and_an_old_tick_are_shown(qtbot: QtBot) -> None:
    plans = FakePlans(None)
    plans.minutes[TODAY] = MovementDay(TODAY, 15, at_least=True)
    view = make(qtbot, plans)
    assert view.movement.chosen_label.text() == "Today: 15 minutes or more."
    plans.set_movement_minutes(TODAY, 25)
    assert view.movement.chosen_label.text() == "Today: 25 minutes."
    assert view.movement.choices.checked_key() == OTHER
    assert view.movement.choices.button(OTHER).detail() == "25\u00a0min"


def test_other_takes_any_number_from_1_to_600_and_refuses_0_and_601_kindly(
    qtbot: QtBot,
) -> None:
    plans = FakePlans(sample_plan())
    view = make(qtbot, plans)
    question = view.movement
    question.choices.button(OTHER).click()
    assert question.other.isVisible() and view.focusWidget() is question.other_spin
    assert question.other_spin.accessibleName() == "Minutes moved today"
    for wrong in (0, 601):
        question.other_spin.setValue(wrong)
        assert not question.other_save.isEnabled()
        assert question.other_problem.text() == "A number from 1 to 600 minutes, please."
        question.other_save.click()
        assert plans.minutes_calls == []
    question.other_spin.setValue(600)
    assert question.other_save.isEnabled() and not question.other_problem.isVisible()
    question.other_spin.setValue(45)
    question.other_save.click()
    assert plans.minutes_calls == [(TODAY, 45)]
    assert not question.other.isVisible()
    assert question.chosen_label.text() == "Today: 45 minutes."
    assert question.choices.checked_key() == OTHER


def test_the_phase_goal_and_activity_are_shown_when_the_plan_has_them(qtbot: QtBot) -> None:
    plans = FakePlans(with_goals(15, "walking"))
    view = make(qtbot, plans)
    goal = view.movement.goal_label
    assert goal.isVisible() and goal.text() == "Your goal in this phase: 15 minutes of walking"
    view.movement.choices.button(20).click()
    assert (
        view.movement.chosen_label.text() == "Today: 20 minutes. You reached your goal for today."
    )
    plans.plan = with_goals(10)
    plans.plan_changed.emit()
    assert goal.text() == "Your goal in this phase: 10 minutes a day"
    plans.plan = with_goals(None)
    plans.plan_changed.emit()
    assert not goal.isVisible()
    assert view.movement.chosen_label.text() == "Today: 20 minutes."


def test_the_goal_shows_per_phase_in_the_editors_preview(qtbot: QtBot) -> None:
    plans = FakePlans(with_goals(5, "cycling"))
    panel = TodayPanel(scripts().get, read_only=True)
    qtbot.addWidget(panel)
    panel.show_plan(plans.plan, plans.phase_now(), plans.today_items(), None, TODAY)
    assert panel.movement.goal_label.text() == "Your goal in this phase: 5 minutes of cycling"


def test_minutes_that_were_not_stored_do_not_show(qtbot: QtBot) -> None:
    plans = FakePlans(sample_plan())
    view = make(qtbot, plans)
    plans.set_movement_minutes = lambda day, minutes: False  # type: ignore[method-assign]
    view.movement.choices.button(10).click()
    assert view.movement.choices.checked_key() is None
    assert not view.movement.chosen_label.isVisible()


def test_the_bad_day_button_asks_for_the_flare_up_flow(qtbot: QtBot) -> None:
    for plan in (None, sample_plan()):
        view = make(qtbot, FakePlans(plan))
        button = view.bad_day_button
        assert button.isVisible() and button.text() == "I'm having a bad day"
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleDescription() == view.bad_day_about.text()
        with qtbot.waitSignal(view.bad_day_requested):
            button.click()
        shown = " ".join(label.text() for label in view.findChildren(QLabel))
        assert "fault" not in shown.lower() or "nobody's fault" in shown
