# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's practice report as an A4 PDF, drawn with Qt's own PDF writer."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.relaxation import KIND_PREFIX
from breathapp.core.report import RatingSummary, ReportData
from breathapp.core.session import SessionRecord
from breathapp.ui import labels
from breathapp.ui.theme import LIGHT

DPI = 300
MARGIN_MM = 15.0
FOOTER_MM = 9.0
CHART_MM = 61.0
SCALE_STEPS = (1, 2, 5, 10, 15, 20, 30, 60, 120, 240, 480, 960)  # minutes per grid line
DOTS_MAX = 40  # a line with fewer points than this gets a dot on each
DAILY_POINTS_THIN = 200  # a line with more points is drawn thinner, so it stays calm
THEME = LIGHT  # a report is printed: always the light theme
TEXT, MUTED = THEME.text, THEME.muted
# The bare name keeps lines short; pyside6-lupdate finds every translate("report", ...).
translate = QCoreApplication.translate
Names = Callable[[str], str]  # a relaxation session's title by its kind
Points = Sequence[tuple[float, float]]  # (x in device pixels, value)
Align = Qt.AlignmentFlag
TOP_LEFT = Align.AlignLeft | Align.AlignTop
TOP_RIGHT = Align.AlignRight | Align.AlignTop
MID_LEFT = Align.AlignLeft | Align.AlignVCenter
MID_RIGHT = Align.AlignRight | Align.AlignVCenter


def _fill(text: str, *args: str) -> str:
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", arg)
    return text


class _Page:
    """The painter on the writer, with the report's fonts, colours and millimetres."""

    def __init__(self, painter: QPainter, width: int, height: int, locale: QLocale) -> None:
        self.p = painter
        self.loc = locale
        self.mm = DPI / 25.4  # device pixels per millimetre
        self.w = width / self.mm  # the area inside the margins, in mm
        self.h = height / self.mm

    def r(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.mm, y * self.mm, w * self.mm, h * self.mm)

    def font(self, size_pt: float, bold: bool = False) -> None:
        font = QFont()
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        self.p.setFont(font)

    def text(
        self, r: QRectF, s: str, pt: float, c: str = TEXT, at: Align = TOP_LEFT, bold: bool = False
    ) -> None:
        """Text ``s`` in colour ``c`` in a rectangle, wrapped at word ends; ``pt``: font size."""
        self.font(pt, bold)
        self.p.setPen(QColor(c))
        self.p.drawText(r, int(at | Qt.TextFlag.TextWordWrap), s)

    def pen(self, color: str | QColor, width_mm: float, dashed: bool = False) -> None:
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        self.p.setPen(QPen(QColor(color), width_mm * self.mm, style, Qt.PenCapStyle.FlatCap))

    def rule(self, y_mm: float, width_mm: float = 0.3) -> None:
        self.pen(THEME.accent_soft, width_mm)
        self.p.drawLine(QPointF(0, y_mm * self.mm), QPointF(self.w * self.mm, y_mm * self.mm))

    def num(self, value: float, decimals: int = 1) -> str:
        return self.loc.toString(round(value, decimals) + 0.0, "f", decimals)  # never "-0.0"

    def count(self, n: int) -> str:  # grouped: 100,375 or 100.375
        return self.loc.toString(n)

    def minutes(self, minutes: float) -> str:
        if round(minutes) < 2:
            return labels.minutes_text(minutes * 60)
        return translate("labels", "%1 minutes").replace("%1", self.count(round(minutes)))

    def day(self, day: date, fmt: str = "d MMMM yyyy") -> str:
        return self.loc.toString(QDate(day.year, day.month, day.day), fmt)


def write_pdf(
    path: Path, data: ReportData, title_names: Names | None = None, locale: QLocale | None = None
) -> int:
    """Write the report to ``path`` (A4); returns the number of pages, 1 or 2.

    Page 1: the period, key figures and charts; page 2, if there are sessions, the most
    recent ones. Words come from the installed translator; dates and numbers from
    ``locale``, by default QLocale(), which the LanguageSwitcher sets to the app's
    language. ``title_names`` names a relaxation session by its kind ("relaxation:<id>").
    Fonts need a QGuiApplication: a caller without a window creates one first (with
    QT_QPA_PLATFORM=offscreen where there is no display). Raises StorageError when the
    file cannot be written.
    """
    if QtGui.QGuiApplication.instance() is None:
        raise RuntimeError("write_pdf needs a QGuiApplication (QT_QPA_PLATFORM=offscreen)")
    pages = 1 if data.is_empty or not data.recent else 2
    writer = QtGui.QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM))  # in mm
    writer.setTitle(translate("report", "Practice report"))
    try:  # a folder that cannot be written to is found here, with its reason, not in Qt
        path.open("ab").close()
    except OSError as error:
        raise StorageError(StorageProblem.IO, path, error.strerror or str(error)) from error
    painter = QPainter()
    if not painter.begin(writer):
        raise StorageError(StorageProblem.IO, path, "the PDF could not be written")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = _Page(painter, writer.width(), writer.height(), locale or QLocale())
        y = _header(page, data)
        if data.is_empty:
            _empty(page, y)
        else:
            _charts(page, data, _figures(page, data, y))
        _footer(page, 1, pages)
        if pages == 2:
            writer.newPage()
            _sessions(page, data, title_names)
            _footer(page, 2, pages)
    finally:
        painter.end()
    return pages


def _header(page: _Page, data: ReportData) -> float:
    page.text(page.r(0, 0, page.w, 12), translate("report", "Practice report"), 20)
    y = 13.0
    if data.profile_name:
        page.text(page.r(0, y, page.w, 7), data.profile_name, 12)
        y += 7
    period = _fill(translate("report", "%1 to %2"), page.day(data.first), page.day(data.last))
    if data.end < data.last:
        counted = translate("report", "counted up to %1").replace("%1", page.day(data.end))
        period = f"{period} ({counted})"
    page.text(page.r(0, y, page.w, 6), period, 10.5, MUTED)
    page.rule(y + 10, 0.5)
    return y + 17


def _empty(page: _Page, y: float) -> None:
    text = translate("report", "No practice was recorded in this period.")
    page.text(page.r(0, y + 16, page.w, 10), text, 13)
    hint = translate(
        "report",
        "When there is practice in the chosen period, this report shows the days, "
        "the minutes and the ratings before and after the sessions.",
    )
    page.text(page.r(0, y + 28, page.w * 0.75, 20), hint, 10.5, MUTED)


def _rated(page: _Page, summary: RatingSummary) -> str:
    if summary.before is None or summary.after is None or summary.change is None:
        return translate("report", "not rated in this period")
    change = ("+" if summary.change > 0 else "") + page.num(summary.change)
    before, after = page.num(summary.before), page.num(summary.after)
    sessions = translate("report", "%1 sessions").replace("%1", page.count(summary.sessions))
    if summary.sessions == 1:
        sessions = translate("report", "1 session")
    return _fill(translate("report", "%1 → %2 (change %3; %4)"), before, after, change, sessions)


def _figures(page: _Page, data: ReportData, y: float) -> float:
    """Two calm columns of label and value; returns where the charts begin."""
    n = page.count
    days_of = translate("report", "%1 of %2 days")
    practised = _fill(days_of, n(data.days_practised), n(data.days_in_period))
    at_goal = _fill(days_of, n(data.days_at_goal), n(data.days_in_period))
    goal = translate("report", "Days with at least the daily goal of %1 minutes")
    per_day = data.minutes_per_practice_day
    average = "–" if per_day is None else page.minutes(per_day)
    rate = "–"
    if data.rate_start_bpm is not None and data.rate_end_bpm is not None:
        rate = f"{page.num(data.rate_start_bpm)} → {page.num(data.rate_end_bpm)}"
    dizzy = n(data.dizzy)
    if not data.dizzy_of_all:
        listed = translate("report", "%1 of the %2 listed sessions")
        dizzy = _fill(listed, dizzy, n(len(data.recent)))
    matters = "–"
    if data.pain.sessions:
        matters = _fill(
            translate("report", "%1 of %2"), n(data.pain_matters), n(data.pain.sessions)
        )
    tension, pain = _rated(page, data.tension), _rated(page, data.pain)
    practice = [
        (translate("report", "Days practised"), practised),
        (goal.replace("%1", n(data.goal_minutes)), at_goal),
        (translate("report", "Total time"), page.minutes(data.total_minutes)),
        (translate("report", "Average on a day with practice"), average),
        (translate("report", "Sessions"), n(data.sessions)),
    ]
    ratings = [
        (translate("report", "Tension before → after, on average (0 to 10)"), tension),
        (translate("report", "Pain before → after, on average (0 to 10)"), pain),
        (translate("report", "Sessions with 2 points or 30 % less pain"), matters),
        (translate("report", "Breaths per minute, first week → last week"), rate),
        (translate("report", "Sessions ended with “I feel dizzy”"), dizzy),
    ]
    headings = (translate("report", "Practice"), translate("report", "Ratings and breathing"))
    gap = 10.0
    half = (page.w - gap) / 2
    for column, (heading, rows) in enumerate(zip(headings, (practice, ratings), strict=True)):
        x = column * (half + gap)
        page.text(page.r(x, y, half, 6), heading, 11, THEME.accent, bold=True)
        for i, (label, value) in enumerate(rows):
            top = y + 9 + i * 11.5
            page.text(page.r(x, top, half, 5), label, 8.5, MUTED)
            page.text(page.r(x, top + 4.2, half, 6), value, 10.5)
    return y + 9 + len(practice) * 11.5 + 7


def _charts(page: _Page, data: ReportData, y: float) -> None:
    _minutes_chart(page, page.r(0, y, page.w, CHART_MM), data)
    ratings = [False, True] if data.pain.sessions else [False]  # tension, and pain if rated
    gap, y = 9.0, y + CHART_MM + 10
    width = (page.w - gap * len(ratings)) / (len(ratings) + 1)
    for i, pain in enumerate(ratings):
        _ratings_chart(page, page.r(i * (width + gap), y, width, CHART_MM), data, pain)
    _rate_chart(page, page.r(len(ratings) * (width + gap), y, width, CHART_MM), data)


def _scale(top: float) -> tuple[float, float]:
    """A round top for an axis and its step, two to four steps high."""
    step = next((s for s in SCALE_STEPS if top <= s * 4), SCALE_STEPS[-1])
    return step * max(1, math.ceil(top / step)), step


def _frame(page: _Page, rect: QRectF, name: str, top: float, step: float, pad: float = 1) -> QRectF:
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


def _x_labels(page: _Page, plot: QRectF, data: ReportData) -> None:
    below = QRectF(plot.left(), plot.bottom() + 1.5 * page.mm, plot.width(), 5 * page.mm)
    same_year = data.first.year == data.end.year
    page.text(below, page.day(data.first, "d MMM" if same_year else "d MMM yyyy"), 7.5, MUTED)
    page.text(below, page.day(data.end, "d MMM yyyy"), 7.5, MUTED, TOP_RIGHT)


def _x(page: _Page, plot: QRectF, data: ReportData, first: date, last: date | None = None) -> float:
    """The middle of the days ``first`` to ``last`` (clipped to the period) on the x axis."""
    days = max(1, len(data.daily))
    start = min(max((first - data.first).days, 0), days - 1)
    stop = min(max(((last or first) - data.first).days, 0), days - 1)
    return plot.left() + ((start + stop) / 2 + 0.5) / days * plot.width()


def _minutes_chart(page: _Page, rect: QRectF, data: ReportData) -> None:
    title = translate("report", "Minutes per day")
    if data.bar_days == 7:
        title = translate("report", "Minutes per day, as a weekly average")
    elif data.bar_days > 1:
        title = translate("report", "Minutes per day, as an average over %1 days")
        title = title.replace("%1", str(data.bar_days))
    top, step = _scale(max([*data.bars, float(data.goal_minutes), 1.0]))
    plot = _frame(page, rect, title, top, step, pad=21)
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
    _x_labels(page, plot, data)


def _series(page: _Page, plot: QRectF, points: Points, color: str, top: float) -> None:
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


def _ratings_chart(page: _Page, rect: QRectF, data: ReportData, pain: bool) -> None:
    title = translate("report", "Tension, weekly average")
    if pain:
        title = translate("report", "Pain, weekly average")
    plot = _frame(page, rect, title, 10, 5)
    before: list[tuple[float, float]] = []
    after: list[tuple[float, float]] = []
    for w in data.week_ratings:
        b, a = (w.pain_before, w.pain_after) if pain else (w.tension_before, w.tension_after)
        if b is not None and a is not None:
            x = _x(page, plot, data, w.week, w.week + timedelta(days=6))
            before.append((x, b))
            after.append((x, a))
    if not before:
        text = translate("report", "No ratings in this period.")
        page.text(plot, text, 8.5, MUTED, Align.AlignCenter)
    _series(page, plot, before, THEME.body, 10)
    _series(page, plot, after, THEME.accent, 10)
    x, y, mm = rect.left() + 9 * page.mm, rect.top() + 13 * page.mm, page.mm
    names = (translate("report", "before"), translate("report", "after"))
    for text, color in zip(names, (THEME.body, THEME.accent), strict=True):
        page.pen(color, 0.6)
        page.p.drawLine(QPointF(x, y), QPointF(x + 4 * mm, y))
        page.font(7.5)
        width = page.p.fontMetrics().horizontalAdvance(text) + mm
        page.text(QRectF(x + 5.5 * mm, y - 3 * mm, width, 6 * mm), text, 7.5, MUTED, MID_LEFT)
        x += 9.5 * mm + width
    _x_labels(page, plot, data)


def _rate_chart(page: _Page, rect: QRectF, data: ReportData) -> None:
    highest = max((r.rate_bpm for r in data.rates), default=0.0)
    top, step = (12.0, 3.0) if highest <= 12 else _scale(highest)
    plot = _frame(page, rect, translate("report", "Breaths per minute, per day"), top, step)
    points = [(_x(page, plot, data, r.day), r.rate_bpm) for r in data.rates]
    if not points:
        text = translate("report", "No breathing sessions in this period.")
        page.text(plot, text, 8.5, MUTED, Align.AlignCenter)
    _series(page, plot, points, THEME.accent, top)
    _x_labels(page, plot, data)


def _kind_name(page: _Page, record: SessionRecord, title_names: Names | None) -> str:
    if record.kind.startswith(KIND_PREFIX):
        if title_names is not None:
            return title_names(record.kind)
        return record.kind.removeprefix(KIND_PREFIX).replace("-", " ").capitalize()
    if record.pattern_id:
        return labels.preset_name(record.pattern_id)
    timing = record.pattern_text.replace(".", page.loc.decimalPoint())
    return translate("report", "Own pattern %1").replace("%1", timing)


def _pair(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


def _sessions(page: _Page, data: ReportData, title_names: Names | None) -> None:
    page.text(page.r(0, 0, page.w, 10), translate("report", "Most recent sessions"), 16)
    shown, total = len(data.recent), data.session_count
    if shown < total:
        intro = translate("report", "The %1 most recent of %2 sessions in this period.")
        intro = _fill(intro, page.count(shown), page.count(total))
    else:
        intro = translate("report", "All sessions in this period, the most recent first.")
    page.text(page.r(0, 11, page.w, 6), intro, 10, MUTED)
    names = [translate("report", "Date"), translate("report", "Session")]
    names += [translate("report", "Duration"), translate("report", "Tension")]
    names += [
        translate("report", "Pain"),
        translate("report", "Dizzy"),
        translate("report", "Note"),
    ]
    rows = [names]
    for record in data.recent:
        when = record.started_utc.astimezone()  # the local time of this computer
        rows.append(
            [
                f"{page.day(when.date(), 'd MMM yyyy')}  {when:%H:%M}",
                _kind_name(page, record, title_names),
                labels.clock_text(record.active_s),
                _pair(record.tension_before, record.tension_after),
                _pair(record.pain_before, record.pain_after),
                translate("report", "dizzy") if record.dizzy else "",
                " ".join(record.note.split()),
            ]
        )
    fit = [0.0] * (len(names) - 1)  # in mm: every column but the note fits its longest text
    for i, cells in enumerate(rows):
        page.font(8.5, bold=i == 0)
        advance = page.p.fontMetrics().horizontalAdvance
        fit = [max(w, advance(cell) / page.mm + 4) for w, cell in zip(fit, cells, strict=False)]
    widths = [min(w, page.w * 0.3) for w in fit]
    widths.append(page.w - sum(widths))  # the note has the rest, shortened where needed
    row_mm, y = 7.6, 24.0 - 7.6
    for i, cells in enumerate(rows):
        y += row_mm
        if i == 0 or i % 2 == 0:
            band = THEME.accent_soft if i == 0 else THEME.background
            page.p.fillRect(page.r(0, y, page.w, row_mm), QColor(band))
        page.font(8.5, bold=i == 0)
        page.p.setPen(QColor(TEXT))
        metrics = page.p.fontMetrics()
        x = 0.0
        for width, cell in zip(widths, cells, strict=True):
            fitted = metrics.elidedText(
                cell, Qt.TextElideMode.ElideRight, int((width - 3) * page.mm)
            )
            page.p.drawText(page.r(x + 1.5, y, width - 3, row_mm), int(MID_LEFT), fitted)
            x += width
    page.rule(y + row_mm)


def _footer(page: _Page, number: int, pages: int) -> None:
    top = page.h - FOOTER_MM + 2.5
    page.rule(top - 2.5)
    note = translate(
        "report",
        "BreathApp — a practice aid, not a medical device. "
        "Self-ratings are the patient's own, not a test.",
    )
    page.text(page.r(0, top, page.w * 0.82, FOOTER_MM), note, 7.5, MUTED)
    number_text = _fill(translate("report", "Page %1 of %2"), str(number), str(pages))
    page.text(page.r(0, top, page.w, FOOTER_MM), number_text, 7.5, MUTED, TOP_RIGHT)
