# SPDX-License-Identifier: GPL-3.0-or-later
"""Every mark the history draws is named in a legend in plain words, and nothing else is."""

from __future__ import annotations

from datetime import timedelta

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathapp.controllers.history_controller import Period
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_history import PlanHistory
from breathapp.ui.common.theme import HIGH_CONTRAST
from breathapp.ui.history.chart_legend import Mark, MarkSample
from breathapp.ui.history.history_charts import Chart
from breathapp.ui.history.history_view import HistoryView
from tests.builders.history import NOW, make_history_view
from tests.builders.sessions import put_session

TODAY = NOW.astimezone().date()


def drawn_marks(chart: Chart) -> set[str]:
    """The kinds of mark among the chart's items that draw something; each item is tagged."""
    kinds = set()
    for item in chart.getPlotItem().items:
        if not item.isVisible() or not _draws(item):
            continue
        assert hasattr(item, "mark"), f"{type(item).__name__} is drawn but not named"
        kinds.add(item.mark)
    return kinds


def _draws(item: object) -> bool:
    if isinstance(item, pg.BarGraphItem):
        return len(item.opts.get("x") if item.opts.get("x") is not None else []) > 0
    if isinstance(item, pg.ScatterPlotItem):
        return len(item.getData()[0]) > 0
    if isinstance(item, pg.PlotDataItem):
        xs = item.getData()[0]
        return xs is not None and len(xs) > 0
    return True  # a line across the chart (the goal)


def _practise(db: Database) -> None:
    for back in range(0, 120, 3):
        day = TODAY - timedelta(days=back)
        put_session(db, day, 12.0, tension=(7, 4), pain=(6, 3) if back % 2 else (5, 4))
        put_session(db, day, 3.0, tension=(5, None), hour=18)
    for back in (0, 2, 9, 40):
        MovementRepo(db).set(1, TODAY - timedelta(days=back), True, NOW)


def _charts(view: HistoryView) -> list[Chart]:
    return [view.minutes_chart, view.ratings_chart, view.rate_chart, view.plan_weeks.chart]


@pytest.mark.parametrize("period", list(Period))
def test_each_chart_has_a_legend_entry_for_every_kind_of_mark_it_draws(
    qtbot: QtBot, db: Database, period: Period
) -> None:
    _practise(db)
    view, _history = make_history_view(qtbot, db, plans=PlanHistory(db))
    view.set_period(period)
    for chart in _charts(view):
        assert drawn_marks(chart) == chart.legend.kinds(), type(chart).__name__
    minutes = drawn_marks(view.minutes_chart)
    if period is Period.YEAR:
        assert minutes == {Mark.WEEK_BAR, Mark.GOAL}
    else:
        assert minutes == {Mark.DAY_BAR, Mark.GOAL, Mark.MOVED}
    ratings = drawn_marks(view.ratings_chart)
    assert {Mark.TENSION_BEFORE, Mark.TENSION_AFTER, Mark.PAIN_BEFORE, Mark.PAIN_AFTER} <= ratings
    assert (Mark.PAIN_RING in ratings) == (period is not Period.YEAR)  # no ring on averages
    assert view.calendar.marks_drawn() <= view.calendar.legend.kinds()
    assert Mark.DAY_MOVED in view.calendar.marks_drawn()


def test_the_legend_speaks_plainly_and_follows_the_language_of_marks(
    qtbot: QtBot, db: Database
) -> None:
    _practise(db)
    view, _history = make_history_view(qtbot, db)
    view.set_period(Period.MONTH)
    texts = view.ratings_chart.legend.texts()
    assert texts[0] == "Tension before a session (open dot) and after"
    assert texts[1] == "Pain before a session (open square) and after"
    assert texts[2].startswith("Ring: a change in pain you can feel")
    assert view.minutes_chart.legend.texts()[:2] == [
        "Bar: the minutes you practised that day",
        "Dashed line: your goal of 10 minutes a day",
    ]
    assert view.calendar.legend.texts()[:3] == [
        "No practice",
        "Darker: more minutes",
        "Your goal of 10 minutes or more",
    ]
    for legend in (view.minutes_chart.legend, view.ratings_chart.legend, view.calendar.legend):
        assert legend.isVisible()
        assert legend.accessibleDescription() == "\n".join(legend.texts())


def test_a_profile_without_pain_ratings_sees_no_pain_in_the_legend(
    qtbot: QtBot, db: Database
) -> None:
    put_session(db, TODAY, 10.0, tension=(6, 4))
    view, _history = make_history_view(qtbot, db)
    assert drawn_marks(view.ratings_chart) == view.ratings_chart.legend.kinds()
    assert not any("Pain" in text for text in view.ratings_chart.legend.texts())


def test_the_legend_wraps_onto_more_lines_when_narrow(qtbot: QtBot, db: Database) -> None:
    _practise(db)
    view, _history = make_history_view(qtbot, db)
    layout = view.ratings_chart.legend.layout()
    assert layout is not None and layout.hasHeightForWidth()
    wide, narrow = layout.heightForWidth(2000), layout.heightForWidth(260)
    assert narrow >= 2 * wide
    view.set_theme(HIGH_CONTRAST)  # the samples take the theme's colours
    QApplication.processEvents()
    legend = view.ratings_chart.legend
    assert legend.theme == HIGH_CONTRAST
    samples = legend.findChildren(MarkSample)
    assert samples and all(sample.theme == HIGH_CONTRAST for sample in samples)
    image = samples[0].grab().toImage()  # tension's sample: drawn in the breath's colour
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert HIGH_CONTRAST.accent.lower() in colours


def test_a_new_period_replaces_the_legend_at_once(qtbot: QtBot, db: Database) -> None:
    _practise(db)
    view, _history = make_history_view(qtbot, db)
    for period in (Period.YEAR, Period.MONTH, Period.YEAR):
        view.set_period(period)
        QApplication.processEvents()  # the new entries show; a deleted one may linger
        legend = view.minutes_chart.legend
        shown = [w for w in legend.children() if isinstance(w, QWidget) and not w.isHidden()]
        assert len(shown) == len(legend.entries) == 2  # no old entry left under the new ones
