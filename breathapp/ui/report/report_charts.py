# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's charts on page 1: minutes per day, ratings before and after, the pace."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from breathapp.core.report import ReportData
from breathapp.ui.common import dates
from breathapp.ui.common.counts import Counts
from breathapp.ui.report.report_page import (
    MID_LEFT,
    MID_RIGHT,
    MUTED,
    TEXT,
    THEME,
    TOP_RIGHT,
    Align,
    Page,
    fill,
    translate,
)

CHART_MM = 61.0
SCALE_STEPS = (1, 2, 5, 10, 15, 20, 30, 60, 120, 240, 480, 960)  # minutes per grid line
DOTS_MAX = 40  # a line with fewer points than this gets a dot on each
DAILY_POINTS_THIN = 200  # a line with more points is drawn thinner, so it stays calm
ADHERENCE_MM = 62.0  # the width of the planned-sessions chart
Points = Sequence[tuple[float, float]]  # (x in device pixels, value)


def charts(page: Page, data: ReportData, y: float) -> None:
    if data.adherence:  # with a plan, the planned sessions per week beside the minutes
        gap, width = 9.0, ADHERENCE_MM
        _minutes_chart(page, page.r(0, y, page.w - gap - width, CHART_MM), data)
        adherence_chart(page, page.r(page.w - width, y, width, CHART_MM), data)
    else:
        _minutes_chart(page, page.r(0, y, page.w, CHART_MM), data)
    ratings = [False, True] if data.pain.sessions else [False]  # tension, and pain if rated
    gap, y = 9.0, y + CHART_MM + 10
    width = (page.w - gap * len(ratings)) / (len(ratings) + 1)
    for i, pain in enumerate(ratings):
        _ratings_chart(page, page.r(i * (width + gap), y, width, CHART_MM), data, pain)
    _rate_chart(page, page.r(len(ratings) * (width + gap), y, width, CHART_MM), data)


def scale(top: float) -> tuple[float, float]:
    """A round top for an axis and its step, two to four steps high."""
    step = next((s for s in SCALE_STEPS if top <= s * 4), SCALE_STEPS[-1])
    return step * max(1, math.ceil(top / step)), step


def frame(page: Page, rect: QRectF, name: str, top: float, step: float, pad: float = 1) -> QRectF:
    """Name, faint grid lines, y labels, ``pad`` mm free on the right; returns the plot."""
    mm = page.mm
    # Room for a name on two lines, its last line just above the legend.
    title = QRectF(rect.left(), rect.top(), rect.width(), 10 * mm)
    page.text(title, name, 9.5, TEXT, Align.AlignLeft | Align.AlignBottom, bold=True)
    plot = rect.adjusted(9 * mm, 17 * mm, -pad * mm, -6 * mm)
    grid = QColor(MUTED)
    grid.setAlphaF(0.2)
    for i in range(round(top / step) + 1):
        y = plot.bottom() - i * step / top * plot.height()
        page.pen(grid, 0.2)
        page.p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = QRectF(rect.left(), y - 3 * mm, 7 * mm, 6 * mm)
        page.text(label, page.num(i * step, 0), 7.5, MUTED, MID_RIGHT)
    return plot


def x_labels(page: Page, plot: QRectF, data: ReportData) -> None:
    below = QRectF(plot.left(), plot.bottom() + 1.5 * page.mm, plot.width(), 5 * page.mm)
    same_year = data.first.year == data.end.year
    first = page.day(data.first, dates.SHORT if same_year else dates.SHORT_YEAR)
    page.text(below, first, 7.5, MUTED)
    page.text(below, page.day(data.end, dates.SHORT_YEAR), 7.5, MUTED, TOP_RIGHT)


def x_at(
    page: Page, plot: QRectF, data: ReportData, first: date, last: date | None = None
) -> float:
    """The middle of the days ``first`` to ``last`` (clipped to the period) on the x axis."""
    days = max(1, len(data.daily))
    start = min(max((first - data.first).days, 0), days - 1)
    stop = min(max(((last or first) - data.first).days, 0), days - 1)
    return plot.left() + ((start + stop) / 2 + 0.5) / days * plot.width()


def _minutes_chart(page: Page, rect: QRectF, data: ReportData) -> None:
    title = translate("report", "Minutes per day")
    if data.bar_days == 7:
        title = translate("report", "Minutes per day, as a weekly average")
    elif data.bar_days > 1:
        title = Counts.tr("Minutes per day, as an average over %n days", "", data.bar_days)
    top, step = scale(max([*data.bars, float(data.goal_minutes), 1.0]))
    plot = frame(page, rect, title, top, step, pad=21)
    slot = plot.width() / max(1, len(data.bars))
    bar = slot * (0.72 if slot > 1.5 * page.mm else 0.9)
    for i, value in enumerate(data.bars):
        if value > 0:
            height = max(value / top * plot.height(), 0.3 * page.mm)
            x = plot.left() + i * slot + (slot - bar) / 2
            page.p.fillRect(QRectF(x, plot.bottom() - height, bar, height), QColor(THEME.accent))
    if data.goal_minutes > 0:
        y = plot.bottom() - data.goal_minutes / top * plot.height()
        line = (QPointF(plot.left(), y), QPointF(plot.right(), y))
        page.pen(THEME.surface, 0.7)  # a pale edge keeps the line visible across the bars
        page.p.drawLine(*line)
        page.pen(MUTED, 0.3, dashed=True)
        page.p.drawLine(*line)
        goal = translate("report", "goal %1 min").replace("%1", str(data.goal_minutes))
        box = QRectF(plot.right() + 2 * page.mm, y - 5 * page.mm, 19 * page.mm, 10 * page.mm)
        page.text(box, goal, 7.5, MUTED, MID_LEFT)
    x_labels(page, plot, data)


def series(page: Page, plot: QRectF, points: Points, color: str, top: float) -> None:
    """A line through (x, value) points, with a dot on each when there are few."""
    at = [QPointF(x, plot.bottom() - v / top * plot.height()) for x, v in points]
    page.pen(color, 0.45 if len(at) <= DAILY_POINTS_THIN else 0.25)
    if len(at) > 1:
        page.p.drawPolyline(at)
    if len(at) <= DOTS_MAX:
        page.p.setBrush(QColor(color))
        radius = (0.8 if len(at) <= 12 else 0.55) * page.mm
        for point in at:
            page.p.drawEllipse(point, radius, radius)
        page.p.setBrush(Qt.BrushStyle.NoBrush)


def _ratings_chart(page: Page, rect: QRectF, data: ReportData, pain: bool) -> None:
    title = translate("report", "Tension, weekly average")
    if pain:
        title = translate("report", "Pain, weekly average")
    plot = frame(page, rect, title, 10, 5)
    before: list[tuple[float, float]] = []
    after: list[tuple[float, float]] = []
    for w in data.week_ratings:
        b, a = (w.pain_before, w.pain_after) if pain else (w.tension_before, w.tension_after)
        if b is not None and a is not None:
            x = x_at(page, plot, data, w.week, w.week + timedelta(days=6))
            before.append((x, b))
            after.append((x, a))
    if not before:
        text = translate("report", "No ratings in this period.")
        page.text(plot, text, 8.5, MUTED, Align.AlignCenter)
    series(page, plot, before, THEME.body, 10)
    series(page, plot, after, THEME.accent, 10)
    x, y, mm = rect.left() + 9 * page.mm, rect.top() + 13 * page.mm, page.mm
    names = (translate("report", "before"), translate("report", "after"))
    for text, color in zip(names, (THEME.body, THEME.accent), strict=True):
        page.pen(color, 0.6)
        page.p.drawLine(QPointF(x, y), QPointF(x + 4 * mm, y))
        page.font(7.5)
        width = page.p.fontMetrics().horizontalAdvance(text) + mm
        page.text(QRectF(x + 5.5 * mm, y - 3 * mm, width, 6 * mm), text, 7.5, MUTED, MID_LEFT)
        x += 9.5 * mm + width
    x_labels(page, plot, data)


def _rate_chart(page: Page, rect: QRectF, data: ReportData) -> None:
    highest = max((r.rate_bpm for r in data.rates), default=0.0)
    top, step = (12.0, 3.0) if highest <= 12 else scale(highest)
    plot = frame(page, rect, translate("report", "Breaths per minute, per day"), top, step)
    points = [(x_at(page, plot, data, r.day), r.rate_bpm) for r in data.rates]
    if not points:
        text = translate("report", "No breathing sessions in this period.")
        page.text(plot, text, 8.5, MUTED, Align.AlignCenter)
    series(page, plot, points, THEME.accent, top)
    x_labels(page, plot, data)


def adherence_chart(page: Page, rect: QRectF, data: ReportData) -> None:
    """Per week: the planned sessions as a pale bar, those done as a full one inside it."""
    weeks = data.adherence or ()
    top, step = scale(max([*(w.prescribed for w in weeks), 1]))
    title = translate("report", "Planned sessions per week")
    plot = frame(page, rect, title, top, step)
    done = sum(w.done for w in weeks)
    planned = sum(w.prescribed for w in weeks)
    total = Counts.tr("%1 of %Ln planned sessions done", "", planned)
    total = fill(total, page.count(done))
    legend = QRectF(
        rect.left() + 9 * page.mm, rect.top() + 10.5 * page.mm, rect.width(), 5 * page.mm
    )
    page.text(legend, total, 7.5, MUTED, MID_LEFT)
    slot = plot.width() / max(1, len(weeks))
    bar = slot * 0.62
    for i, week in enumerate(weeks):
        x = plot.left() + i * slot + (slot - bar) / 2
        for value, color in ((week.prescribed, THEME.accent_soft), (week.done, THEME.accent)):
            if value > 0:
                height = value / top * plot.height()
                page.p.fillRect(QRectF(x, plot.bottom() - height, bar, height), QColor(color))
    if weeks:
        below = QRectF(plot.left(), plot.bottom() + 1.5 * page.mm, plot.width(), 5 * page.mm)
        page.text(below, page.day(weeks[0].monday, dates.SHORT), 7.5, MUTED)
        if len(weeks) > 1:
            page.text(below, page.day(weeks[-1].monday, dates.SHORT), 7.5, MUTED, TOP_RIGHT)
