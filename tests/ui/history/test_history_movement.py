# SPDX-License-Identifier: GPL-3.0-or-later
"""The history with movement minutes against the phase's goal, and bad days (issue 16)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from breathapp.controllers.history_controller import Period
from breathapp.core.plans import Advance, ItemKind, Plan, PlanItem, PlanPhase, PlanProgress
from breathapp.storage.db import Database
from breathapp.storage.flare_repo import BadDayRepo
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_history import PlanHistory
from breathapp.storage.plans_repo import PlanRepo
from breathapp.ui.history.chart_legend import Mark
from tests.builders.history import NOW, make_history_view
from tests.builders.sessions import put_session

MONDAY = date(2026, 11, 16)  # the plan's first day; "today" is Wednesday, 25 November
THIS_MONDAY = date(2026, 11, 23)
BAD = date(2026, 11, 24)
PHASE = PlanPhase(
    "Calm the pain",
    (PlanItem(ItemKind.BREATHING, "calm", 5.0),),
    Advance.THERAPIST,
    movement_minutes=15,
    movement_activity="walking",
)


def practise(db: Database, goal: int | None = 15) -> None:
    for i in range(10):
        put_session(db, MONDAY + timedelta(days=i), 10)
    plan = Plan("Calm first", (replace(PHASE, movement_minutes=goal),))
    PlanRepo(db).save(1, plan, PlanProgress(MONDAY, 0, MONDAY), NOW)
    movement = MovementRepo(db)
    movement.set(1, date(2026, 11, 20), True, NOW)  # an old tick: 15 minutes or more
    for day, minutes in ((18, 30), (23, 20), (24, 10), (25, 15)):
        movement.set_minutes(1, date(2026, 11, day), minutes, NOW)


def test_the_card_says_the_days_at_the_goal_this_week(qtbot: QtBot, db: Database) -> None:
    practise(db)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    card = view.cards[5]
    assert card.isVisible()
    assert (card.value.text(), card.caption.text()) == (
        "2 of 3",
        "days at your goal of 15 minutes this week",
    )
    assert "streak" not in card.caption.text()


def test_without_a_goal_the_card_says_the_minutes_moved(qtbot: QtBot, db: Database) -> None:
    practise(db, goal=None)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    card = view.cards[5]
    assert (card.value.text(), card.caption.text()) == ("45 minutes", "moved this week")


def test_a_days_read_out_has_its_minutes_and_the_goal(qtbot: QtBot, db: Database) -> None:
    practise(db)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    view.set_period(Period.MONTH)
    chart = view.minutes_chart
    monday = chart.readout_at(THIS_MONDAY.toordinal())
    assert monday is not None and monday.endswith("moved 20 minutes (your goal: 15 minutes)")
    tick = chart.readout_at(date(2026, 11, 20).toordinal())
    assert tick is not None and tick.endswith("moved 15 minutes or more")
    lines = chart.accessibleDescription().split("\n")
    (tuesday,) = [line for line in lines if "24 November" in line]
    assert tuesday.endswith("goal 10 min, moved 10 minutes (your goal: 15 minutes)")
    assert chart.legend.texts()[-1] == "Dot below a day: you moved that day"


def test_a_weeks_read_out_has_the_minutes_and_the_days_at_the_goal(
    qtbot: QtBot, db: Database
) -> None:
    practise(db)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    view.set_period(Period.YEAR)  # by weeks
    chart = view.minutes_chart
    this = chart.readout_at(THIS_MONDAY.toordinal() + 3)
    assert this is not None
    assert this.split("\n")[-2:] == [
        "minutes moved this week: 45",
        "2 of 3 days at your goal of 15 minutes",
    ]
    last = chart.readout_at(MONDAY.toordinal() + 3)
    assert last is not None  # 30 minutes and an old tick: "or more"
    assert last.split("\n")[-2:] == [
        "minutes moved this week: 45 or more",
        "2 of 7 days at your goal of 15 minutes",
    ]


def test_a_bad_day_is_a_soft_corner_with_its_legend_and_words(qtbot: QtBot, db: Database) -> None:
    practise(db)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    calendar = view.calendar
    assert not calendar.bad_rects() and Mark.DAY_BAD not in calendar.legend.kinds()
    BadDayRepo(db).add(1, BAD, NOW, pain=8)
    view.data_changed()
    assert len(calendar.bad_rects()) == 1 and Mark.DAY_BAD in calendar.marks_drawn()
    assert Mark.DAY_BAD in calendar.legend.kinds()
    assert "Corner: a bad day" in calendar.legend.texts()
    day = next(d for d in calendar._days if d.day == BAD)
    assert calendar.day_text(day).split("\n")[-2:] == [
        "moved 10 minutes (your goal: 15 minutes)",
        "a bad day",
    ]
    assert calendar.accessibleDescription() == calendar.day_text(day)
    # Its mark is a shape drawn over the day, not a colour of the day's square.
    image = calendar.grab().toImage()
    rect = calendar.bad_rects()[0]
    corner = image.pixelColor(round(rect.right() - 2), round(rect.top() + 1))
    middle = image.pixelColor(round(rect.left() + 2), round(rect.bottom() - 2))
    assert corner != middle
    assert not (corner.red() > 180 and corner.green() < 100)  # never red


def test_a_month_that_starts_in_the_last_week_keeps_its_name_inside_the_calendar(
    qtbot: QtBot,
) -> None:
    from breathapp.core.stats import DayTotal
    from breathapp.ui.common.theme import LIGHT
    from breathapp.ui.history.year_calendar import LEFT_PX, YearCalendar

    calendar = YearCalendar(LIGHT)
    qtbot.addWidget(calendar)
    # A narrow calendar (200 % text): 52 weeks of 8 px, the last from Monday 2 March 2026.
    calendar.resize(LEFT_PX + 52 * 8, calendar.height())
    monday = date(2025, 3, 10)
    days = [DayTotal(monday + timedelta(days=n), 0.0, 0, 0) for n in range(52 * 7)]
    calendar.set_days(days, 10)
    labels = calendar.month_labels()
    assert labels[-1][1].lower().startswith("mar")
    for rect, name in labels:
        assert rect.left() >= 0 and rect.right() <= calendar.width(), name
        assert rect.width() > 0
