# SPDX-License-Identifier: GPL-3.0-or-later
"""The history's charts (pyqtgraph): minutes per day, self-ratings, breathing rate.

Imported only when the history is first needed: pyqtgraph costs about 200 ms to load.
Days are plotted at x = date.toordinal(); the axis writes them as dates in the app's
language. Hovering shows the exact values of the nearest day or session.

A plain mouse wheel over a chart scrolls the page; Ctrl + wheel zooms the days, never
closer than a week and never beyond the period shown, and ``reset_view`` brings the
period back.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence, Set
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QPen, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from breathapp.core.stats import DayTotal, RatePoint, RatingPoint
from breathapp.ui.common import labels, numbers
from breathapp.ui.common.theme import Theme


def number_text(value: float, decimals: int = 1) -> str:
    return numbers.decimal(value, decimals)


class DateAxis(pg.AxisItem):
    """Day numbers (ordinals) written as short dates."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            try:
                out.append(labels.date_text(date.fromordinal(round(v))))
            except (ValueError, OverflowError):
                out.append("")
        return out

    def tickSpacing(self, low: float, high: float, size: float) -> list[tuple[float, float]]:
        """Whole days only: a tick between two days would write the same date twice."""
        levels = super().tickSpacing(low, high, size)
        whole = [(s, o) for s, o in levels if s >= 1 and s == int(s)]
        return whole or [(1.0, 0.0)]


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
            axisItems={"bottom": DateAxis(orientation="bottom"), "left": NumberAxis("left")}
        )
        self._x: list[float] = []  # sorted x of the points that can be read out
        self._texts: list[str] = []
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
        self.setBackground(theme.background)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.text))
        if self._left_label:
            self.setLabel("left", self._left_label, color=theme.muted)

    def set_readout(self, xs: Sequence[float], texts: Sequence[str]) -> None:
        """What hovering near each x says."""
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
        """The read-out of the point nearest to ``x`` (within half a day)."""
        if not self._x:
            return None
        i = bisect.bisect_left(self._x, x)
        best = min(
            (j for j in (i - 1, i) if 0 <= j < len(self._x)), key=lambda j: abs(self._x[j] - x)
        )
        return self._texts[best] if abs(self._x[best] - x) <= 0.6 else None

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

    def show_days(self, first: date, last: date) -> None:
        """Show these days, and keep any zoom or drag within them."""
        low, high = first.toordinal() - 0.6, last.toordinal() + 0.6
        self._home = (low, high)
        view = self.getPlotItem().vb
        view.setLimits(xMin=None, xMax=None, minXRange=None, maxXRange=None)
        self.setXRange(low, high, padding=0)
        span = high - low
        view.setLimits(xMin=low, xMax=high, minXRange=min(span, 7.0), maxXRange=span)

    def reset_view(self) -> None:
        """Back to the whole period after a zoom or a drag."""
        if self._home is not None:
            self.setXRange(*self._home, padding=0)


class MinutesChart(Chart):
    """Minutes practised per day as bars, with the daily goal as a dashed line.

    A day the patient moved 15 minutes or more gets a small dot below its bar.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme, QCoreApplication.translate("history", "minutes"))
        self.bars: pg.BarGraphItem | None = None
        self.goal_line = pg.InfiniteLine(angle=0, movable=False)
        self.addItem(self.goal_line)
        self.moved_dots = pg.ScatterPlotItem()
        self.addItem(self.moved_dots)

    def set_data(
        self, days: Sequence[DayTotal], goal_minutes: int, moved: Set[date] = frozenset()
    ) -> None:
        if self.bars is not None:
            self.removeItem(self.bars)
        xs = [d.day.toordinal() for d in days]
        heights = [d.minutes for d in days]
        self.bars = pg.BarGraphItem(
            x=xs,
            height=heights,
            width=0.72,
            brush=QColor(self.theme.accent),
            pen=pg.mkPen(None),
        )
        self.addItem(self.bars)
        pen = QPen(QColor(self.theme.muted), 0)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        pen.setWidthF(1.5)
        self.goal_line.setPen(pen)
        self.goal_line.setValue(goal_minutes)
        top = max([goal_minutes, *heights]) * 1.15
        marked = [d.day.toordinal() for d in days if d.day in moved]
        self.moved_dots.setData(
            marked,
            [-top * 0.06] * len(marked),
            size=8,
            pen=pg.mkPen(self.theme.background, width=1),
            brush=pg.mkBrush(self.theme.focus),
        )
        self.setYRange(-top * 0.12 if moved else 0, top, padding=0)
        if days:
            self.show_days(days[0].day, days[-1].day)
        goal = QCoreApplication.translate("history", "goal %1 min").replace("%1", str(goal_minutes))
        self.set_readout(
            xs,
            [
                f"{labels.date_text(d.day, long=True)}\n{_minutes_sessions(d)}\n{goal}"
                + (f"\n{moved_text()}" if d.day in moved else "")
                for d in days
            ],
        )


def moved_text() -> str:
    return QCoreApplication.translate("history", "moved 15 minutes or more")


def _minutes_sessions(d: DayTotal) -> str:
    if not d.sessions:
        return QCoreApplication.translate("history", "no practice")
    sessions = QCoreApplication.translate("history", "%1 sessions").replace("%1", str(d.sessions))
    if d.sessions == 1:
        sessions = QCoreApplication.translate("history", "1 session")
    return f"{labels.minutes_text(d.minutes * 60)}, {sessions}"


class RatingsChart(Chart):
    """Tension (and pain) before and after each session: a line from before to after.

    A pain change that matters (2 points or 30 %) gets a ring round its after point.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme, QCoreApplication.translate("history", "0 to 10"))
        self.setYRange(-0.5, 10.5, padding=0)
        self.items: list[pg.GraphicsObject] = []

    def set_data(self, points: Sequence[RatingPoint], first: date, last: date) -> None:
        for item in self.items:
            self.removeItem(item)
        self.items = []
        t = self.theme
        # Sessions on one day sit side by side within it.
        per_day: dict[date, int] = {}
        xs, texts = [], []
        segments_t: list[float] = []
        segments_p: list[float] = []
        before_t, after_t, before_p, after_p, marked = [], [], [], [], []
        for p in points:
            n = per_day.get(p.day, 0)
            per_day[p.day] = n + 1
            x = p.day.toordinal() - 0.3 + 0.2 * min(n, 3)
            if p.tension_before is not None:
                before_t.append((x, p.tension_before))
            if p.tension_after is not None:
                after_t.append((x, p.tension_after))
            if p.tension_change is not None:
                segments_t += [x, p.tension_before, x, p.tension_after]  # type: ignore[list-item]
            if p.pain_before is not None:
                before_p.append((x + 0.06, p.pain_before))
            if p.pain_after is not None:
                after_p.append((x + 0.06, p.pain_after))
            if p.pain_change is not None:
                segments_p += [x + 0.06, p.pain_before, x + 0.06, p.pain_after]  # type: ignore[list-item]
            if p.pain_matters:
                marked.append((x + 0.06, p.pain_after))
            xs.append(x)
            texts.append(_rating_text(p))
        self._add_segments(segments_t, t.accent)
        self._add_segments(segments_p, t.hold)
        self._add_dots(before_t, t.accent, hollow=True)
        self._add_dots(after_t, t.accent, hollow=False)
        self._add_dots(before_p, t.hold, hollow=True, symbol="s")
        self._add_dots(after_p, t.hold, hollow=False, symbol="s")
        if marked:
            ring = pg.ScatterPlotItem(
                [m[0] for m in marked],
                [m[1] for m in marked],
                size=16,
                pen=pg.mkPen(t.text, width=1.2),
                brush=pg.mkBrush(None),
            )
            self.addItem(ring)
            self.items.append(ring)
        self.set_readout(xs, texts)
        self.show_days(first, last)

    def _add_segments(self, flat: list[float], color: str) -> None:
        if not flat:
            return
        item = pg.PlotDataItem(
            flat[0::2], flat[1::2], connect="pairs", pen=pg.mkPen(color, width=2)
        )
        self.addItem(item)
        self.items.append(item)

    def _add_dots(
        self, points: list[tuple[float, int]], color: str, hollow: bool, symbol: str = "o"
    ) -> None:
        if not points:
            return
        item = pg.ScatterPlotItem(
            [p[0] for p in points],
            [p[1] for p in points],
            size=7,
            symbol=symbol,
            pen=pg.mkPen(color, width=1.5),
            brush=pg.mkBrush(self.theme.background if hollow else color),
        )
        self.addItem(item)
        self.items.append(item)


def _rating_text(p: RatingPoint) -> str:
    lines = [labels.date_text(p.day, long=True)]
    for name, before, after in (
        (QCoreApplication.translate("history", "Tension"), p.tension_before, p.tension_after),
        (QCoreApplication.translate("history", "Pain"), p.pain_before, p.pain_after),
    ):
        if before is not None or after is not None:
            lines.append(
                f"{name} {'–' if before is None else before} → {'–' if after is None else after}"
            )
    if p.pain_matters:
        lines.append(QCoreApplication.translate("history", "a difference in pain you can feel"))
    return "\n".join(lines)


class RateChart(Chart):
    """The breathing rate practised per day: the way toward slower breathing."""

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme, QCoreApplication.translate("history", "per minute"))
        self.line = pg.PlotDataItem()
        self.addItem(self.line)

    def set_data(self, rates: Sequence[RatePoint], first: date, last: date) -> None:
        xs = [r.day.toordinal() for r in rates]
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
        self.show_days(first, last)
        self.set_readout(
            xs,
            [
                f"{labels.date_text(r.day, long=True)}\n{labels.rate_text(round(r.rate_bpm, 1))}"
                f"\n{labels.minutes_text(r.minutes * 60)}"
                for r in rates
            ],
        )


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
