# SPDX-License-Identifier: GPL-3.0-or-later
"""The history's charts (pyqtgraph): minutes per day or week, and the breathing pace.

Imported only when the history is first needed: pyqtgraph costs about 200 ms to load.
Days are plotted at x = date.toordinal(); the axis writes them as dates in the app's
language, or as month names in a year shown by weeks (a week's mark sits mid-week).
Hovering shows the exact values of the nearest day, week or session. Every chart keeps
a legend (chart_legend.Legend) of the marks it draws, for the page to place below it.

A plain mouse wheel over a chart scrolls the page; Ctrl + wheel zooms the days, never
closer than a week and never beyond the period shown, and ``reset_view`` brings the
period back.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence, Set
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetricsF, QPen, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from breathapp.controllers.history_weeks import WeekTotal
from breathapp.core.stats import DayTotal, RatePoint
from breathapp.ui.common import labels, numbers
from breathapp.ui.common.counts import Counts
from breathapp.ui.common.theme import Theme
from breathapp.ui.history import movement_text
from breathapp.ui.history.chart_legend import Entry, Legend, Mark
from breathapp.ui.history.movement_text import WeekMoved

if TYPE_CHECKING:
    from breathapp.core.movement_goals import MovementGoalDay

translate = QCoreApplication.translate
WEEK_REACH = 3.6  # hovering anywhere in a week reads that week


def number_text(value: float, decimals: int = 1) -> str:
    return numbers.decimal(value, decimals)


class DateAxis(pg.AxisItem):
    """Day numbers (ordinals) written as short dates, or as months (``by_months``)."""

    by_months = False

    def tickValues(
        self, min_value: float, max_value: float, size: float
    ) -> list[tuple[float, list[float]]]:
        if not self.by_months:
            return super().tickValues(min_value, max_value, size)  # type: ignore[no-any-return]
        starts = month_starts(min_value, max_value)
        room = size / max(1, len(starts))  # pixels per month
        metrics = QFontMetricsF(self.font())
        locale, short = QLocale(), QLocale.FormatType.ShortFormat
        widest = max(
            metrics.horizontalAdvance(locale.standaloneMonthName(m, short)) for m in range(1, 13)
        )
        # January carries its year: half of it reaches towards each neighbour.
        label = widest + metrics.horizontalAdvance(" 2026") / 2 + metrics.height() * 0.6
        step = next((n for n in (1, 2, 3, 6) if room * n >= label), 12)
        return [(30.0 * step, [float(d) for d in starts[::step]])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        out = []
        for n, v in enumerate(values):
            try:
                day = date.fromordinal(round(v))
            except (ValueError, OverflowError):
                out.append("")
                continue
            if not self.by_months:
                out.append(labels.date_text(day))
            elif n == len(values) - 1 and self.range[1] - v < 21:
                out.append(month_text(day, year=False))  # the right edge: no room for a year
            else:
                out.append(month_text(day, year=n == 0 or day.month == 1))
        return out

    def tickSpacing(self, low: float, high: float, size: float) -> list[tuple[float, float]]:
        """Whole days only: a tick between two days would write the same date twice."""
        levels = super().tickSpacing(low, high, size)
        whole = [(s, o) for s, o in levels if s >= 1 and s == int(s)]
        return whole or [(1.0, 0.0)]


def month_starts(low: float, high: float) -> list[int]:
    """The first days of the months from ``low`` to ``high`` (day ordinals)."""
    try:
        day = date.fromordinal(max(1, math.ceil(low)))
    except (ValueError, OverflowError):
        return []
    month = date(day.year, day.month, 1)
    if month < day:
        month = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    out = []
    while month.toordinal() <= high:
        out.append(month.toordinal())
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return out


def month_text(day: date, year: bool | None = None) -> str:
    """A month's short name in the app's language, with its year (by default: January's)."""
    name = QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
    return f"{name} {day.year}" if (day.month == 1 if year is None else year) else name


def week_of_text(monday: date) -> str:
    return translate("history", "Week of %1").replace("%1", labels.date_text(monday, long=True))


class NumberAxis(pg.AxisItem):
    """Values with the app's decimal mark and a real minus (pyqtgraph writes 5.5 and -1)."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        step = spacing * scale
        places = max(0, math.ceil(-math.log10(step) - 1e-9)) if step > 0 else 0
        return [numbers.decimal(v * scale, places) for v in values]


class Chart(pg.PlotWidget):
    """A calm plot in the theme's colours, with dates below and a hover read-out."""

    def __init__(self, theme: Theme, left_label: str = "") -> None:
        super().__init__(
            axisItems={"bottom": DateAxis(orientation="bottom"), "left": NumberAxis("left")},
            enableMenu=False,  # no right-click menu, and none built: a faster first paint
        )
        self._x: list[float] = []  # sorted x of the points that can be read out
        self._texts: list[str] = []
        self._reach = 0.6  # how far from a point hovering still reads it (in days)
        self.legend = Legend(theme)  # placed by the page, below the chart
        self.setMinimumHeight(180)
        self.setFixedHeight(250)
        self.setMenuEnabled(False)
        self.hideButtons()
        item = self.getPlotItem()
        item.setMouseEnabled(x=True, y=False)  # pan and zoom along time only
        item.showGrid(x=False, y=True, alpha=0.15)
        self._left_label = left_label
        self.set_theme(theme)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._home: tuple[float, float] | None = None  # the period's days, as x

    def wheelEvent(self, event: QWheelEvent) -> None:  # type: ignore[override]
        """Ctrl + wheel zooms the days; a plain wheel goes on to the page, which scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            event.accept()
            return
        event.setAccepted(_pass_wheel_on(self, event))

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.legend.set_theme(theme)
        self.setBackground(theme.background)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.text))
        if self._left_label:
            self.setLabel("left", self._left_label, color=theme.muted)

    def set_readout(self, xs: Sequence[float], texts: Sequence[str], reach: float = 0.6) -> None:
        """What hovering within ``reach`` days of each x says."""
        self._reach = reach
        order = sorted(range(len(xs)), key=lambda i: xs[i])
        self._x = [xs[i] for i in order]
        self._texts = [texts[i] for i in order]
        # The numbers behind the chart, for a screen reader: one line per point, in order.
        points = [", ".join(filter(None, map(str.strip, t.splitlines()))) for t in self._texts]
        self.setAccessibleDescription(
            "\n".join(points)
            if points
            else QCoreApplication.translate("Chart", "Nothing to show in this period.")
        )

    def readout_at(self, x: float) -> str | None:
        """The read-out of the point nearest to ``x`` (within its reach)."""
        if not self._x:
            return None
        i = bisect.bisect_left(self._x, x)
        best = min(
            (j for j in (i - 1, i) if 0 <= j < len(self._x)), key=lambda j: abs(self._x[j] - x)
        )
        return self._texts[best] if abs(self._x[best] - x) <= self._reach else None

    def _on_mouse_moved(self, pos: QPointF) -> None:
        view = self.getPlotItem().vb
        if not view.sceneBoundingRect().contains(pos):
            QToolTip.hideText()
            return
        text = self.readout_at(view.mapSceneToView(pos).x())
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    def show_days(self, first: date, last: date, least_days: float = 7.0) -> None:
        """Show these days, and keep any zoom or drag within them (and ``least_days`` wide).

        A period shown by weeks (``least_days`` > 7) gets month names below.
        """
        axis = self.getAxis("bottom")
        if isinstance(axis, DateAxis) and axis.by_months != (least_days > 7):
            axis.by_months = least_days > 7
            axis.picture = None  # written again with the other kind of tick
            axis.update()
        low, high = first.toordinal() - 0.6, last.toordinal() + 0.6
        self._home = (low, high)
        view = self.getPlotItem().vb
        view.setLimits(xMin=None, xMax=None, minXRange=None, maxXRange=None)
        self.setXRange(low, high, padding=0)
        span = high - low
        view.setLimits(xMin=low, xMax=high, minXRange=min(span, least_days), maxXRange=span)

    def reset_view(self) -> None:
        """Back to the whole period after a zoom or a drag."""
        if self._home is not None:
            self.setXRange(*self._home, padding=0)


class MinutesChart(Chart):
    """Minutes practised per day (or per week) as bars, with the goal as a dashed line.

    A day the patient moved 15 minutes or more gets a small dot below its bar; by weeks,
    the read-out counts those days instead.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme, translate("history", "minutes"))
        self.bars: pg.BarGraphItem | None = None
        self.goal_line = pg.InfiniteLine(angle=0, movable=False)
        self.goal_line.mark = Mark.GOAL
        self.addItem(self.goal_line)
        self.moved_dots = pg.ScatterPlotItem()
        self.moved_dots.mark = Mark.MOVED
        self.addItem(self.moved_dots)

    def set_data(
        self,
        days: Sequence[DayTotal],
        goal_minutes: int,
        moved: Set[date] = frozenset(),
        movement: Mapping[date, MovementGoalDay] | None = None,
    ) -> None:
        """One bar a day; ``movement``: the minutes moved against the phase's goal."""
        xs = [d.day.toordinal() for d in days]
        heights = [d.minutes for d in days]
        top = self._draw(xs, heights, 0.72, Mark.DAY_BAR, goal_minutes)
        marked = [d.day.toordinal() for d in days if d.day in moved]
        self.moved_dots.setData(
            marked,
            [-top * 0.06] * len(marked),
            size=8,
            pen=pg.mkPen(self.theme.background, width=1),
            brush=pg.mkBrush(self.theme.focus),
        )
        self.setYRange(-top * 0.12 if marked else 0, top, padding=0)
        if days:
            self.show_days(days[0].day, days[-1].day)
        goal = translate("history", "goal %1 min").replace("%1", str(goal_minutes))
        self.set_readout(
            xs,
            [
                f"{labels.date_text(d.day, long=True)}\n{_minutes_sessions(d.minutes, d.sessions)}"
                f"\n{goal}" + movement_text.readout_line(d.day, moved, movement)
                for d in days
            ],
        )
        entries = [
            Entry((Mark.DAY_BAR,), translate("history", "Bar: the minutes you practised that day")),
            Entry(
                (Mark.GOAL,),
                translate("history", "Dashed line: your goal of %1 a day").replace(
                    "%1", labels.minutes_text(goal_minutes * 60)
                ),
            ),
        ]
        if marked:
            dot = (
                translate("history", "Dot below a day: you moved that day")
                if movement and movement_text.has_minutes(movement.values())
                else translate("history", "Dot below a day: you moved 15 minutes or more")
            )
            entries.append(Entry((Mark.MOVED,), dot))
        self.legend.set_entries(entries)

    def set_weeks(
        self,
        weeks: Sequence[WeekTotal],
        goal_minutes: int,
        movement: Mapping[date, WeekMoved] | None = None,
    ) -> None:
        """One bar a week (mid-week), the goal as seven days of it; ``movement`` by Monday."""
        xs = [w.monday.toordinal() + 3 for w in weeks]
        top = self._draw(xs, [w.minutes for w in weeks], 5.0, Mark.WEEK_BAR, goal_minutes * 7)
        self.moved_dots.setData([], [])
        self.setYRange(0, top, padding=0)
        if weeks:
            self.show_days(weeks[0].monday, weeks[-1].monday + timedelta(days=6), 56)
        moved = movement or {}
        self.set_readout(
            xs, [_week_text(w, goal_minutes, moved.get(w.monday)) for w in weeks], reach=WEEK_REACH
        )
        self.legend.set_entries(
            [
                Entry(
                    (Mark.WEEK_BAR,),
                    translate("history", "Bar: the minutes you practised that week"),
                ),
                Entry(
                    (Mark.GOAL,),
                    translate("history", "Dashed line: your goal of %1 a day, for 7 days").replace(
                        "%1", labels.minutes_text(goal_minutes * 60)
                    ),
                ),
            ]
        )

    def _draw(
        self, xs: list[int], heights: list[float], width: float, mark: str, goal: int
    ) -> float:
        """The bars and the goal line; the top of the chart."""
        if self.bars is None:
            self.bars = pg.BarGraphItem(x=xs, height=heights, width=width)
            self.addItem(self.bars)
        self.bars.mark = mark
        self.bars.setOpts(
            x=xs,
            height=heights,
            width=width,
            brush=QColor(self.theme.accent),
            pen=pg.mkPen(None),
        )
        pen = QPen(QColor(self.theme.muted), 0)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        pen.setWidthF(1.5)
        self.goal_line.setPen(pen)
        self.goal_line.setValue(goal)
        return max([goal, *heights]) * 1.15


def _minutes_sessions(minutes: float, count: int) -> str:
    if not count:
        return translate("history", "no practice")
    sessions = Counts.tr("%n sessions", "", count)
    return f"{labels.minutes_text(minutes * 60)}, {sessions}"


def _week_text(w: WeekTotal, goal_minutes: int, moved: WeekMoved | None = None) -> str:
    lines = [week_of_text(w.monday), _minutes_sessions(w.minutes, w.sessions)]
    if w.days_practised:
        lines.append(Counts.tr("%n days with practice", "", w.days_practised))
    lines.append(translate("history", "goal %1 min a day").replace("%1", str(goal_minutes)))
    if moved is not None and moved.week.days_moved:
        lines += movement_text.week_lines(moved)
    elif w.days_moved:
        lines.append(Counts.tr("moved 15 minutes or more on %n days", "", w.days_moved))
    return "\n".join(lines)


class RateChart(Chart):
    """The breathing pace practised per day (or week): the way toward slower breathing."""

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme, translate("history", "per minute"))
        self.line = pg.PlotDataItem()
        self.line.mark = Mark.PACE
        self.addItem(self.line)

    def set_data(
        self, rates: Sequence[RatePoint], first: date, last: date, weekly: bool = False
    ) -> None:
        """``rates`` per day, or per week (each at its Monday) when ``weekly``."""
        xs = [r.day.toordinal() + (3 if weekly else 0) for r in rates]
        ys = [r.rate_bpm for r in rates]
        self.line.setData(
            xs,
            ys,
            pen=pg.mkPen(self.theme.accent, width=2),
            symbol="o",
            symbolSize=7,
            symbolBrush=pg.mkBrush(self.theme.accent),
            symbolPen=pg.mkPen(None),
        )
        low = min([6.0, *ys]) - 1
        high = max([8.0, *ys]) + 1
        self.setYRange(max(0.0, low), high, padding=0)
        self.show_days(first, last, 56 if weekly else 7)
        self.set_readout(
            xs,
            [
                f"{week_of_text(r.day) if weekly else labels.date_text(r.day, long=True)}"
                f"\n{labels.rate_text(round(r.rate_bpm, 1))}"
                f"\n{labels.minutes_text(r.minutes * 60)}"
                for r in rates
            ],
            reach=WEEK_REACH if weekly else 0.6,
        )
        text = (
            translate("history", "Dot: your breathing pace that week, on average")
            if weekly
            else translate("history", "Dot: your breathing pace that day")
        )
        self.legend.set_entries([Entry((Mark.PACE,), text)] if rates else [])


def _pass_wheel_on(chart: QWidget, event: QWheelEvent) -> bool:
    """Give a wheel event to the page the chart sits in; whether the page took it.

    Passed on explicitly rather than ignored: Qt hands an ignored wheel event to the parent
    only when it came from the device, and this way a test's event scrolls the page too.
    """
    parent = chart.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return False
    target = parent.viewport()
    position = QPointF(target.mapFromGlobal(event.globalPosition().toPoint()))
    forwarded = QWheelEvent(
        position,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
        event.source(),
    )
    QApplication.sendEvent(target, forwarded)
    return forwarded.isAccepted()
