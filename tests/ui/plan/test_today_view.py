# SPDX-License-Identifier: GPL-3.0-or-later
"""The Today page: today's sessions with one big Start, the phase, message, contact, movement."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from breathapp.core.plans import Contact, ItemKind, PlanItem
from breathapp.core.relaxation import Script
from breathapp.storage.relaxation_files import load_library
from breathapp.ui.plan import plan_text
from breathapp.ui.plan.today_view import TodayPanel, TodayView
from tests.builders.plans import TODAY, plan_of, sample_plan
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


def words(view: TodayPanel) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel) if label.isVisible())


def test_without_a_plan_it_says_what_a_plan_is_and_how_to_get_one(qtbot: QtBot) -> None:
    plans = FakePlans(None)
    view = make(qtbot, plans)
    assert view.empty_card.isVisible() and not view.phase_card.isVisible()
    assert "ask your therapist" in view.empty_how.text()
    assert ".breathplan" in view.empty_how.text()
    assert view.rows == []
    with qtbot.waitSignal(view.import_requested):
        view.import_button.click()
    with qtbot.waitSignal(view.start_requested) as started:
        view.start_button.click()
    assert started.args == [None]  # the usual breathing session
    assert view.movement.isVisible()  # the movement question is there without a plan too
    assert not view.movement.goal_label.isVisible()


def test_the_phase_and_what_comes_next_are_said(qtbot: QtBot) -> None:
    view = make(qtbot, FakePlans(sample_plan()))
    assert view.phase_title.text() == "Calm and loosen"
    assert view.phase_where.text() == "Phase 1 of 3  ·  day 4 of 14"
    assert view.phase_note.text().startswith("Lie on your back")
    # The first phase ends on 13 December (day 14); the next one starts the day after.
    assert view.phase_next.text() == "Next: Build up, from Monday, 14 December 2026."
    assert view.date_label.text() == "Thursday, 3 December 2026"


def test_today_lists_each_session_with_a_soft_tick_and_never_a_missed(qtbot: QtBot) -> None:
    plans = FakePlans(sample_plan())
    view = make(qtbot, plans)
    assert [row.title.text() for row in view.rows] == ["Calm belly breathing 4-6", "Body scan"]
    assert view.rows[0].details.text() == "5\u00a0min  ·  twice a day"
    assert view.rows[1].details.text().endswith("3 times a week")
    assert [row.tick.done for row in view.rows] == [False, False]
    assert view.rows[0].progress.text() == "0 of 2 done today"
    assert "missed" not in words(view).lower()
    calm = sample_plan().phases[0].items[0]
    plans.practise(calm)
    plans.practise(calm)
    assert view.rows[0].tick.done and view.rows[0].progress.text() == "Done for today"
    assert view.rows[1].progress.text() == "0 of 3 done this week"


def test_the_big_start_starts_the_next_open_session(qtbot: QtBot) -> None:
    plans = FakePlans(sample_plan())
    view = make(qtbot, plans)
    calm, scan = sample_plan().phases[0].items
    assert view.start_about.text() == "Next: Calm belly breathing 4-6, 5\u00a0min"
    with qtbot.waitSignal(view.start_requested) as started:
        view.start_button.click()
    assert started.args == [calm]
    plans.practise(calm)
    plans.practise(calm)
    with qtbot.waitSignal(view.start_requested) as started:
        view.primary_action()  # Space
    assert started.args == [scan]
    assert view.start_about.text() == "Next: Body scan, 8\u00a0min"


def test_when_all_is_done_it_says_so_kindly_and_offers_a_little_more(qtbot: QtBot) -> None:
    plans = FakePlans(sample_plan())
    view = make(qtbot, plans)
    calm, scan = sample_plan().phases[0].items
    for item in (calm, calm, scan, scan, scan):
        plans.practise(item)
    assert all(row.tick.done for row in view.rows)
    assert view.all_done.isVisible()
    assert "All done for today" in view.all_done.text()
    with qtbot.waitSignal(view.start_requested) as started:
        view.start_button.click()
    assert started.args == [None]


def test_the_message_and_the_contact_card_show_what_the_therapist_wrote(qtbot: QtBot) -> None:
    view = make(qtbot, FakePlans(sample_plan()))
    assert view.message.text().startswith("Take your time, Els.")
    assert view.contact.name.text() == "Sofie Peeters"
    shown = words(view)
    for text in ("Kine Leuven-Noord", "016 12 34 56", "sofie@kine.be", "Mon–Fri 8–12"):
        assert text in shown


def test_without_message_or_contact_their_cards_stay_away(qtbot: QtBot) -> None:
    plain = replace(sample_plan(), message="", contact=Contact())
    view = make(qtbot, FakePlans(plain))
    assert not view.message_card.isVisible()
    assert not view.contact.isVisible()
    assert not view.side.isVisible()


def test_a_relaxation_session_missing_on_this_computer_is_named_calmly(qtbot: QtBot) -> None:
    item = PlanItem(ItemKind.RELAXATION, "yoga-nidra")
    plan = plan_of(item, name="Plan", phase="Rest")
    view = make(qtbot, FakePlans(plan))
    assert view.rows[0].title.text() == "Relaxation session “yoga-nidra”"
    assert view.rows[0].details.text() == "once a day"


def test_a_narrow_window_puts_the_cards_under_each_other(qtbot: QtBot) -> None:
    view = make(qtbot, FakePlans(sample_plan()))
    assert view._columns.direction().name == "LeftToRight"
    view.resize(640, 800)
    assert view._columns.direction().name == "TopToBottom"


def test_the_preview_panel_takes_no_press_and_no_focus(qtbot: QtBot) -> None:
    panel = TodayPanel(scripts().get, read_only=True)
    qtbot.addWidget(panel)
    assert panel.start_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    for button in (panel.bad_day_button, *panel.movement.choices.buttons()):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert panel.scroll_area.widget().testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_plan_words(qtbot: QtBot) -> None:
    ramp = PlanItem(ItemKind.BREATHING, "4-2-6-0", 7.5, ramp_start_bpm=9, ramp_minutes=2)
    assert plan_text.describe_item(ramp) == (
        "Your own pattern 4-2-6-0  ·  7.5\u00a0min  ·  once a day  ·  "
        "starting at 9 breaths a minute, slowing down over 2\u00a0min"
    )
    sigh = PlanItem(ItemKind.BREATHING, "sigh", 3, times=4)
    assert plan_text.describe_item(sigh).startswith("Double breath in, long sigh out 2+1-6")
    assert plan_text.times_text(2, sample_plan().phases[0].items[1].per) == "twice a week"
    assert plan_text.rule_text(sample_plan().phases[1]) == "When the therapist says"


def test_work_can_wait_for_the_first_paint_of_the_page(qtbot: QtBot) -> None:
    view = TodayView(FakePlans(sample_plan()), scripts().get, lambda: TODAY)
    qtbot.addWidget(view)
    painted: list[int] = []
    view.after_next_paint(lambda: painted.append(1))
    assert painted == []
    view.show()
    for _ in range(3):  # the paint, then the zero timer it queues
        QApplication.processEvents()
    assert painted == [1]


def test_the_big_start_is_at_the_top_and_needs_no_scrolling(qtbot: QtBot) -> None:
    """A plan of four sessions, the page as large as in the default window (1100 x 760
    less the rail and the menu bar): Start comes before the list, seen at once."""
    items = [PlanItem(ItemKind.BREATHING, "calm", 5, times=2) for _ in range(4)]
    view = make(qtbot, FakePlans(plan_of(*items)))
    view.resize(900, 720)
    QApplication.processEvents()

    def top(widget: QWidget) -> int:
        return widget.mapTo(view.scroll_area.widget(), widget.rect().topLeft()).y()

    assert top(view.start_button) < top(view.phase_card) < top(view.rows[0])
    assert view.scroll_area.verticalScrollBar().value() == 0
    bottom = top(view.start_button) + view.start_button.height()
    assert bottom <= view.scroll_area.viewport().height()
    # No plan: the usual breathing comes before what a plan is.
    view.show_plan(None, None, (), None, TODAY)
    assert top(view.start_button) < top(view.empty_card)
