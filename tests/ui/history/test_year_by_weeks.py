# SPDX-License-Identifier: GPL-3.0-or-later
"""The year view by weeks: a bar per week, month names below, averages for the ratings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from breathapp.controllers.history_controller import Period
from breathapp.controllers.history_weeks import week_totals
from breathapp.core.stats import monday_of
from breathapp.storage.db import Database
from breathapp.ui.history.history_charts import DateAxis, month_text
from tests.builders.history import NOW, make_history_view
from tests.builders.sessions import put_session

TODAY = NOW.astimezone().date()  # Wednesday, 25 November 2026


def test_the_year_shows_one_bar_per_week_summed(qtbot: QtBot, db: Database) -> None:
    put_session(db, TODAY, 12.0)
    put_session(db, TODAY - timedelta(days=1), 8.0)
    put_session(db, TODAY - timedelta(days=100), 20.0)
    view, _history = make_history_view(qtbot, db)
    view.set_period(Period.YEAR)
    bars = view.minutes_chart.bars
    assert bars is not None
    heights = list(bars.opts["height"])
    xs = list(bars.opts["x"])
    assert len(heights) == 53  # the calendar's weeks, Monday to Sunday
    assert heights[-1] == pytest.approx(20.0)  # this week: 12 + 8
    assert sum(heights) == pytest.approx(40.0) and heights.count(0) == 51
    assert date.fromordinal(int(xs[-1])) == monday_of(TODAY) + timedelta(days=3)  # mid-week
    assert view.minutes_chart.goal_line.value() == 70  # the daily goal, for seven days
    assert view.minutes_title.text() == "Minutes per week"
    lines = view.minutes_chart.accessibleDescription().split("\n")
    assert len(lines) == 53 and all(line.startswith("Week of Monday") for line in lines)
    assert lines[-1] == (
        "Week of Monday, 23 November 2026, 20 minutes, 2 sessions, "
        "2 days with practice, goal 10 min a day"
    )
    sunday = monday_of(TODAY) + timedelta(days=6)
    assert view.minutes_chart.readout_at(sunday.toordinal()) is not None  # anywhere in a week
    expected = week_totals(view._overview.year, view._overview.year[0].day, TODAY)  # type: ignore[union-attr]
    assert heights == pytest.approx([w.minutes for w in expected])
    view.set_period(Period.MONTH)  # a month keeps its days
    assert len(view.minutes_chart.bars.opts["height"]) == 30  # type: ignore[union-attr]
    assert view.minutes_title.text() == "Minutes per day"


def test_the_year_is_written_in_month_names_not_dates_weeks_apart(
    qtbot: QtBot, db: Database
) -> None:
    put_session(db, TODAY, 12.0)
    view, _history = make_history_view(qtbot, db)
    view.resize(1200, 900)
    view.set_period(Period.YEAR)
    axis = view.minutes_chart.getAxis("bottom")
    assert isinstance(axis, DateAxis) and axis.by_months
    low, high = view.minutes_chart.getPlotItem().vb.viewRange()[0]
    (_spacing, values), *_ = axis.tickValues(low, high, 1400.0)  # room for every month
    days = [date.fromordinal(int(v)) for v in values]
    assert all(d.day == 1 for d in days) and len(days) == 12  # every month, none left out
    names = axis.tickStrings(values, 1.0, 30.0)
    assert names[:3] == ["Dec 2025", "Jan 2026", "Feb"] and names[-1] == "Nov"
    (_spacing, values), *_ = axis.tickValues(low, high, 300.0)  # narrow: every other month
    assert 3 <= len(values) <= 6
    view.set_period(Period.MONTH)
    assert not axis.by_months  # a month keeps its dates


def test_month_names_follow_the_app_language() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    try:
        assert month_text(date(2026, 3, 1)).startswith("mrt")
        assert month_text(date(2027, 1, 1)).endswith("2027")
    finally:
        QLocale.setDefault(before)


def test_the_year_rates_tension_and_pain_per_week_on_average(qtbot: QtBot, db: Database) -> None:
    monday = monday_of(TODAY)
    put_session(db, monday, 10.0, tension=(7, 3), pain=(6, 2))
    put_session(db, monday + timedelta(days=1), 10.0, tension=(5, 5))
    view, _history = make_history_view(qtbot, db)
    view.set_period(Period.YEAR)
    chart = view.ratings_chart
    tip = chart.readout_at(monday.toordinal() + 1)
    assert tip is not None
    assert tip.split("\n") == [
        "Week of Monday, 23 November 2026",
        "Tension on average 6.0 → 4.0",
        "Pain on average 6.0 → 2.0",
        "2 sessions rated",
    ]
    assert chart.accessibleDescription() == ", ".join(tip.split("\n"))  # one line a week
    assert view.ratings_note.text().startswith("Each week")
