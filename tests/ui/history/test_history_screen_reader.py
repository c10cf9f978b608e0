# SPDX-License-Identifier: GPL-3.0-or-later
"""The history's charts for a screen reader: a name, and the numbers behind them as text."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from breathapp.storage.db import Database
from tests.builders.history import NOW, make_history_view
from tests.builders.sessions import put_session

TODAY = NOW.astimezone().date()


def test_each_chart_is_named_and_reads_out_its_numbers_one_day_a_line(
    qtbot: QtBot, db: Database
) -> None:
    put_session(db, TODAY, 12.0, tension=(7, 4))
    put_session(db, TODAY - timedelta(days=1), 5.0, tension=(6, 5))
    view, _history = make_history_view(qtbot, db)
    minutes = view.minutes_chart
    assert minutes.accessibleName() == "Minutes per day"
    lines = minutes.accessibleDescription().split("\n")
    assert len(lines) == 7  # this week, day by day
    assert [line for line in lines if "12 min" in line] == [
        "Wednesday, 25 November 2026, 12 minutes, 1 session, goal 10 min"
    ]
    assert view.ratings_chart.accessibleName() == "How you felt before and after"
    ratings = view.ratings_chart.accessibleDescription()
    assert "7" in ratings and "4" in ratings and "\n" in ratings
    assert view.rate_chart.accessibleName() == "Your breathing pace"


def test_an_empty_period_says_so(qtbot: QtBot, db: Database) -> None:
    put_session(db, TODAY - timedelta(days=40), 5.0)
    view, _history = make_history_view(qtbot, db)
    assert view.ratings_chart.accessibleDescription() == "Nothing to show in this period."
