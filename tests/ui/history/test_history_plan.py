# SPDX-License-Identifier: GPL-3.0-or-later
"""The history with a plan and the movement tick, fed with known data: cards, bars, marks."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from breathapp.controllers.history_controller import HistoryController, Period
from breathapp.core.adherence import WeekAdherence
from breathapp.core.clock import ManualClock
from breathapp.core.plans import Advance, ItemKind, Per, Plan, PlanItem, PlanPhase, PlanProgress
from breathapp.storage.db import Database
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_history import PlanHistory
from breathapp.storage.plans_repo import PlanRepo
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.history.chart_legend import Mark
from tests.builders.history import NOW, make_history_view
from tests.builders.sessions import put_session

MONDAY = date(2026, 11, 16)  # the plan's first day; "today" is Wednesday, 25 November
PLAN = Plan(
    "Calm first",
    (
        PlanPhase(
            "Calm the pain",
            (
                PlanItem(ItemKind.BREATHING, "calm", 5.0, times=1, per=Per.DAY),
                PlanItem(ItemKind.RELAXATION, "body-scan", times=3, per=Per.WEEK),
            ),
            Advance.THERAPIST,
        ),
    ),
)
MOVED = [date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 25)]


def practise(db: Database, plan: bool = True, moved: bool = True) -> None:
    """Six calm days in the plan's first week; two, and a body scan, in this one."""
    for i in range(6):
        put_session(db, MONDAY + timedelta(days=i), 10)
    put_session(db, date(2026, 11, 23), 10)
    put_session(db, date(2026, 11, 24), 10)
    put_session(db, date(2026, 11, 24), 12, kind="relaxation:body-scan", hour=18)
    if plan:
        PlanRepo(db).save(1, PLAN, PlanProgress(MONDAY, 0, MONDAY), NOW)
    if moved:
        for day in MOVED:
            MovementRepo(db).set(1, day, True, NOW)


def test_the_overview_counts_planned_weeks_and_days_moved(db: Database) -> None:
    practise(db)
    history = HistoryController(
        HistoryRepo(db), 1, ManualClock(start_utc=NOW), plans=PlanHistory(db)
    )
    month = history.overview(Period.MONTH)
    assert month.plan_weeks == (
        WeekAdherence(MONDAY, 10, 6),  # 7 calm + 3 body scans planned; 6 calm done
        WeekAdherence(date(2026, 11, 23), 10, 3),  # the whole week planned; 2 calm + 1 scan
    )
    assert month.plan_this_week == WeekAdherence(date(2026, 11, 23), 10, 3)
    assert month.moved == frozenset(MOVED) and month.moved_this_week == 2


def test_without_a_plan_or_the_tick_nothing_of_it_is_read(db: Database) -> None:
    practise(db, plan=False, moved=False)
    history = HistoryController(
        HistoryRepo(db), 1, ManualClock(start_utc=NOW), plans=PlanHistory(db)
    )
    week = history.overview(Period.WEEK)
    assert week.plan_weeks is None and week.plan_this_week is None
    assert week.moved == frozenset() and week.moved_this_week is None


def test_the_cards_and_the_weekly_bars(qtbot: QtBot, db: Database) -> None:
    practise(db)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    view.set_period(Period.MONTH)
    week, moved = view.cards[4], view.cards[5]
    assert all(card.isVisible() for card in view.cards)  # the usual four stay, in two rows
    assert view._grid.getItemPosition(view._grid.indexOf(moved))[:2] == (1, 2)
    assert (week.value.text(), week.caption.text()) == ("3 of 10", "planned sessions this week")
    assert (moved.value.text(), moved.caption.text()) == (
        "2 days",
        "moved 15 minutes or more this week",
    )
    chart = view.plan_weeks.chart
    assert view.plan_weeks.isVisible()
    assert list(chart.planned.opts["height"]) == [10, 10]
    assert list(chart.done.opts["height"]) == [6, 3]
    assert list(chart.done.opts["x"]) == [MONDAY.toordinal() + 3, MONDAY.toordinal() + 10]
    read = chart.readout_at(MONDAY.toordinal() + 6)  # Sunday still reads its week
    assert read is not None and read.endswith("6 of 10 planned sessions done")
    brushes = {chart.planned.opts["brush"].name(), chart.done.opts["brush"].name()}
    assert brushes == {LIGHT.accent_soft.lower(), LIGHT.accent.lower()}  # no red, no warning


def test_days_moved_are_marked_on_the_bars_and_the_calendar(qtbot: QtBot, db: Database) -> None:
    practise(db)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    view.set_period(Period.MONTH)
    dots = view.minutes_chart.moved_dots.getData()
    assert sorted(dots[0]) == [d.toordinal() for d in MOVED]
    assert all(y < 0 for y in dots[1])  # below the bars, never on them
    text = view.minutes_chart.readout_at(MOVED[0].toordinal())
    assert text is not None and text.endswith("moved 15 minutes or more")
    assert len(view.calendar.moved_rects()) == 3
    assert Mark.MOVED in view.minutes_chart.legend.kinds()
    assert Mark.DAY_MOVED in view.calendar.legend.kinds()
    view.set_period(Period.YEAR)  # by weeks: the days moved are counted in each week's read-out
    assert len(view.minutes_chart.moved_dots.getData()[0]) == 0
    assert Mark.MOVED not in view.minutes_chart.legend.kinds()
    week = view.minutes_chart.readout_at(date(2026, 11, 23).toordinal())
    assert week is not None and week.endswith("moved 15 minutes or more on 2 days")
    assert len(view.calendar.moved_rects()) == 3


def test_without_a_plan_no_plan_card_or_chart(qtbot: QtBot, db: Database) -> None:
    practise(db, plan=False, moved=True)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    assert view.cards[4].isHidden() and view.plan_weeks.isHidden()
    assert view.cards[5].isVisible()  # the tick is used: its count shows
    assert view.cards[5].value.text() == "2 days"


def test_nothing_of_it_for_a_profile_without_plan_or_tick(qtbot: QtBot, db: Database) -> None:
    practise(db, plan=False, moved=False)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    assert view.cards[4].isHidden() and view.cards[5].isHidden()
    assert view.plan_weeks.isHidden()
    assert len(view.minutes_chart.moved_dots.getData()[0]) == 0
    assert view.calendar.moved_rects() == []
    assert Mark.MOVED not in view.minutes_chart.legend.kinds()
    assert Mark.DAY_MOVED not in view.calendar.legend.kinds()
    assert [view._grid.indexOf(card) >= 0 for card in view.cards] == [True] * 4 + [False] * 2
    assert view.minutes_chart.getPlotItem().vb.viewRange()[1][0] == 0  # no room kept for dots


def test_a_new_tick_shows_once_the_history_hears_of_it(qtbot: QtBot, db: Database) -> None:
    practise(db)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    MovementRepo(db).set(1, date(2026, 11, 24), True, NOW)
    view.data_changed()
    assert view.cards[5].value.text() == "3 days"


def test_the_report_has_the_days_moved_and_the_weeks(db: Database) -> None:
    practise(db)
    data = HistoryRepo(db).report(1, date(2026, 11, 1), date(2026, 11, 30), date(2026, 11, 25), 10)
    assert data.moved_days == 3
    # counted up to today: this week has had three days of the plan so far
    assert data.adherence == (WeekAdherence(MONDAY, 10, 6), WeekAdherence(date(2026, 11, 23), 4, 3))
    without = HistoryRepo(db).report(
        1, date(2026, 10, 1), date(2026, 10, 31), date(2026, 11, 25), 10
    )
    assert without.moved_days == 0 and without.adherence == ()
