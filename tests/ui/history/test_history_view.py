# SPDX-License-Identifier: GPL-3.0-or-later
"""The history screen fed with known data: summary, charts, calendar, list, edits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from breathapp.controllers.history_controller import HistoryController, Period
from breathapp.core.clock import ManualClock
from breathapp.core.stats import SessionFilter
from breathapp.storage.db import Database
from breathapp.storage.history_repo import HistoryRepo
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.history.chart_loading import import_charts
from breathapp.ui.history.history_view import HistoryView
from tests.builders.history import NOW, make_history_view
from tests.builders.sessions import put_session

import_charts()

TODAY = NOW.astimezone().date()


def test_an_empty_history_says_kindly_what_will_show(qtbot: QtBot, db: Database) -> None:
    view, _history = make_history_view(qtbot, db)
    assert view.empty.isVisible()
    assert "after your first session" in view.empty_text.text()
    with qtbot.waitSignal(view.start_requested, timeout=1000):
        view.empty_button.click()


def test_the_summary_and_the_minutes_chart_show_the_known_days(qtbot: QtBot, db: Database) -> None:
    monday = TODAY - timedelta(days=TODAY.weekday())
    put_session(db, TODAY, 12.0)
    put_session(db, TODAY - timedelta(days=1), 5.0)
    put_session(db, TODAY - timedelta(days=1), 3.0, status="stopped", hour=18)
    put_session(db, TODAY - timedelta(days=3), 20.0)
    put_session(db, monday - timedelta(days=7), 30.0)  # last week
    view, _history = make_history_view(qtbot, db, goal=15)
    assert not view.empty.isVisible()
    expected_week = sum(
        m for d, m in ((0, 12), (1, 8), (3, 20)) if TODAY - timedelta(days=d) >= monday
    )
    assert view.cards[0].value.text() == f"{expected_week} minutes"
    assert view.cards[1].value.text() == "2 days"  # today and yesterday in a row
    assert "longest 2" in view.cards[1].caption.text()
    assert view.cards[2].value.text() == "70 minutes"
    assert "5 sessions" in view.cards[2].caption.text()
    bars = view.minutes_chart.bars
    assert bars is not None
    heights = list(bars.opts["height"])
    assert len(heights) == 7 and heights[-1] == pytest.approx(12.0)
    assert heights[-2] == pytest.approx(8.0)
    assert view.minutes_chart.goal_line.value() == 15
    tip = view.minutes_chart.readout_at(TODAY.toordinal() + 0.2)
    assert tip is not None and "12 minutes, 1 session" in tip and "goal 15 min" in tip
    assert view.minutes_chart.readout_at(TODAY.toordinal() + 3) is None
    view.set_period(Period.MONTH)
    assert len(view.minutes_chart.bars.opts["height"]) == 30  # type: ignore[union-attr]
    view.set_goal(30)
    assert view.minutes_chart.goal_line.value() == 30


def test_the_calendar_starts_on_a_monday_and_shades_by_minutes(qtbot: QtBot, db: Database) -> None:
    put_session(db, TODAY, 12.0)
    put_session(db, TODAY - timedelta(days=2), 2.0)
    view, _history = make_history_view(qtbot, db)
    days = view.calendar._days
    assert days[0].day.weekday() == 0 and days[-1].day == TODAY
    assert len(days) >= 52 * 7
    assert view.calendar.level(0) == 0
    assert view.calendar.level(2.0) == 1
    assert view.calendar.level(12.0) == 4


def test_ratings_per_session_and_the_week_change(qtbot: QtBot, db: Database) -> None:
    put_session(db, TODAY, 10.0, tension=(7, 4), pain=(6, 3))
    put_session(db, TODAY - timedelta(days=1), 10.0, tension=(6, 5))
    view, _history = make_history_view(qtbot, db)
    tip = view.ratings_chart.readout_at(TODAY.toordinal() - 0.3)
    assert tip is not None
    assert "Tension 7 → 4" in tip and "Pain 6 → 3" in tip
    assert "a difference in pain you can feel" in tip
    # In words, not "−2.0 tension after a session".
    assert view.cards[3].value.text() == "2.0 points"
    assert view.cards[3].caption.text() == "less tense after a session, on average"
    assert "2.0 points less tense" in view.weeks_label.text()
    assert "−" not in view.weeks_label.text() and "-" not in view.cards[3].value.text()


def test_the_breathing_pace_is_drawn_per_day(qtbot: QtBot, db: Database) -> None:
    put_session(db, TODAY, 10.0, rate=6.0)
    put_session(db, TODAY - timedelta(days=2), 10.0, rate=8.0)
    put_session(db, TODAY - timedelta(days=2), 5.0, kind="relaxation:body-scan", rate=0.0)
    view, _history = make_history_view(qtbot, db)
    _xs, ys = view.rate_chart.line.getData()
    assert list(ys) == pytest.approx([8.0, 6.0])
    tip = view.rate_chart.readout_at(TODAY.toordinal())
    assert tip is not None and "6 breaths per minute" in tip


def test_the_list_filters_edits_a_note_and_deletes_with_undo(qtbot: QtBot, db: Database) -> None:
    put_session(db, TODAY, 10.0, note="calm")
    put_session(db, TODAY - timedelta(days=1), 8.0, kind="relaxation:body-scan")
    put_session(db, TODAY - timedelta(days=40), 8.0)
    view, history = make_history_view(qtbot, db)
    view.tabs.setCurrentIndex(1)
    sessions = view.sessions
    assert sessions.table.rowCount() == 3
    assert sessions.table.item(0, 5).text() == "calm"
    sessions.kind_filter.setCurrentIndex(sessions.kind_filter.findData("relaxation:body-scan"))
    assert sessions.table.rowCount() == 1
    assert sessions.table.item(0, 1).text() == "Body scan"
    sessions.kind_filter.setCurrentIndex(0)
    sessions.period_filter.setCurrentIndex(sessions.period_filter.findData(30))
    assert sessions.table.rowCount() == 2
    sessions.period_filter.setCurrentIndex(0)
    sessions.table.selectRow(0)
    sessions.ask_note = lambda _title, current: current + ", warm hands"
    sessions.edit_note()
    assert sessions.table.item(0, 5).text() == "calm, warm hands"
    sessions.confirm = lambda _t, _q: False
    sessions.delete_selected()
    assert sessions.table.rowCount() == 3  # said no: nothing happens
    sessions.confirm = lambda _t, _q: True
    sessions.table.selectRow(0)
    sessions.delete_selected()
    assert sessions.table.rowCount() == 2
    assert sessions.undo_bar.isVisible()
    assert history.count(SessionFilter()) == 2
    sessions.undo()
    assert sessions.table.rowCount() == 3
    assert sessions.table.item(0, 5).text() == "calm, warm hands"
    assert not sessions.undo_bar.isVisible()


def test_a_read_only_history_offers_no_edits(qtbot: QtBot, db: Database) -> None:
    put_session(db, TODAY, 10.0)
    history = HistoryController(HistoryRepo(db), 1, ManualClock(start_utc=NOW), read_only=True)
    view = HistoryView(history, 10, LIGHT)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentIndex(1)
    assert view.sessions.delete_button.isHidden() and view.sessions.note_button.isHidden()
    assert not history.delete(1) and not history.set_note(1, "x")


def test_the_page_pages_through_many_sessions(qtbot: QtBot, db: Database) -> None:
    for n in range(450):
        put_session(db, TODAY - timedelta(days=n // 3), 5.0, hour=8 + n % 3)
    view, _history = make_history_view(qtbot, db)
    view.tabs.setCurrentIndex(1)
    sessions = view.sessions
    assert sessions.table.rowCount() == 200
    assert sessions.count_label.text() == "200 of 450 sessions"
    sessions.show_more()
    sessions.show_more()
    assert sessions.table.rowCount() == 450 and not sessions.more_button.isVisible()
