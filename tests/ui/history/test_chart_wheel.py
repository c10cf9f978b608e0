# SPDX-License-Identifier: GPL-3.0-or-later
"""The mouse wheel over a chart scrolls the page; only Ctrl + wheel zooms, within limits."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.controllers.history_controller import Period
from breathapp.storage.db import Database
from breathapp.ui.history.history_charts import Chart, DateAxis
from breathapp.ui.history.history_view import HistoryView
from tests.builders.history import NOW, make_history_view
from tests.builders.sessions import put_session

TODAY = NOW.astimezone().date()


def _wheel(chart: Chart, steps: int, ctrl: bool = False) -> bool:
    """Turn the wheel ``steps`` notches (positive: away from you) over the chart's middle."""
    viewport = chart.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    QApplication.processEvents()
    return event.isAccepted()


def _x_range(chart: Chart) -> tuple[float, float]:
    (x0, x1), _y = chart.getPlotItem().vb.viewRange()
    return x0, x1


def _month_view(qtbot: QtBot, db: Database) -> HistoryView:
    for back in range(0, 30, 2):
        put_session(db, TODAY - timedelta(days=back), 10.0, tension=(6, 4))
    view, _history = make_history_view(qtbot, db)
    view.resize(1100, 600)  # the charts do not all fit: the page scrolls
    view.set_period(Period.MONTH)
    QApplication.processEvents()
    return view


def test_a_plain_wheel_over_a_chart_scrolls_the_page_not_the_chart(
    qtbot: QtBot, db: Database
) -> None:
    view = _month_view(qtbot, db)
    bar = view._scroll.verticalScrollBar()
    assert bar.maximum() > 0
    for chart in (view.minutes_chart, view.ratings_chart):
        bar.setValue(0)
        before = _x_range(chart)
        _wheel(chart, -1)  # towards you: down the page
        assert _x_range(chart) == before
        assert bar.value() > 0


def test_ctrl_wheel_zooms_the_days_and_reset_view_brings_back_the_period(
    qtbot: QtBot, db: Database
) -> None:
    view = _month_view(qtbot, db)
    chart = view.minutes_chart
    bar = view._scroll.verticalScrollBar()
    bar.setValue(0)
    home = _x_range(chart)
    _wheel(chart, 2, ctrl=True)
    zoomed = _x_range(chart)
    assert zoomed[1] - zoomed[0] < home[1] - home[0] - 1
    assert bar.value() == 0  # the page stays where it was
    assert view.reset_view_button.isVisible()
    view.reset_view_button.click()
    QApplication.processEvents()
    assert _x_range(chart) == home


def test_zoom_stays_within_the_period_and_never_below_a_week(qtbot: QtBot, db: Database) -> None:
    view = _month_view(qtbot, db)
    chart = view.minutes_chart
    home = _x_range(chart)
    for _ in range(40):
        _wheel(chart, 3, ctrl=True)  # far in
    x0, x1 = _x_range(chart)
    assert x1 - x0 >= 7 - 1e-6  # some days always show: never a blank chart
    assert home[0] - 1e-6 <= x0 and x1 <= home[1] + 1e-6
    for _ in range(40):
        _wheel(chart, -3, ctrl=True)  # far out: no empty months beside the period
    x0, x1 = _x_range(chart)
    assert home[0] - 1e-6 <= x0 and x1 <= home[1] + 1e-6
    chart.setXRange(home[0] - 200, home[0] - 100, padding=0)  # a drag far into the past
    QApplication.processEvents()
    x0, x1 = _x_range(chart)
    assert home[0] - 1e-6 <= x0 and x1 <= home[1] + 1e-6


def test_the_date_axis_writes_each_day_once_however_close_the_view(
    qtbot: QtBot, db: Database
) -> None:
    view = _month_view(qtbot, db)
    axis = view.minutes_chart.getAxis("bottom")
    assert isinstance(axis, DateAxis)
    day = TODAY.toordinal()
    for low, high, size in ((day - 3.6, day + 3.6, 900.0), (day - 1.6, day + 1.6, 1600.0)):
        spacings = axis.tickSpacing(low, high, size)
        assert spacings and all(s >= 1 and s == int(s) for s, _offset in spacings)
