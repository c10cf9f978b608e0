# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's practice report as an A4 PDF, drawn with Qt's own PDF writer."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPainter

from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.report import RatingSummary, ReportData
from breathapp.ui.common import numbers
from breathapp.ui.common.counts import Counts
from breathapp.ui.report import report_notes
from breathapp.ui.report.report_charts import charts
from breathapp.ui.report.report_page import (
    DPI,
    FOOTER_MM,
    MARGIN_MM,
    MUTED,
    THEME,
    TOP_RIGHT,
    Page,
    fill,
    translate,
)
from breathapp.ui.report.report_sessions import Names, sessions_page


def write_pdf(
    path: Path,
    data: ReportData,
    title_names: Names | None = None,
    locale: QLocale | None = None,
) -> int:
    """Write the report to ``path`` (A4); returns the number of pages.

    Page 1: the period, key figures and charts. Then, from the top of page 2, the notes
    written for the therapist (so the next appointment starts from them) and movement by
    week, over as many pages as they need; then, with ``data.resonance`` (the profile's latest
    resonance pace test), its table and chart; last, if there are sessions, the most recent
    ones. Words come from the installed translator; dates and numbers from
    ``locale``, by default QLocale(), which the LanguageSwitcher sets to the app's
    language. ``title_names`` names a relaxation session by its kind ("relaxation:<id>").
    Fonts need a QGuiApplication: a caller without a window creates one first (with
    QT_QPA_PLATFORM=offscreen where there is no display). Raises StorageError when the
    file cannot be written.
    """
    if QtGui.QGuiApplication.instance() is None:
        raise RuntimeError("write_pdf needs a QGuiApplication (QT_QPA_PLATFORM=offscreen)")
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
        page = Page(painter, writer.width(), writer.height(), locale or QLocale())
        middle = report_notes.pages(page, report_notes.blocks(page, data))
        with_sessions = not data.is_empty and bool(data.recent)
        resonance = data.resonance
        pages = 1 + len(middle) + (resonance is not None) + with_sessions
        y = _header(page, data)
        if data.is_empty:
            _empty(page, y, data.bad_days)
        else:
            charts(page, data, _figures(page, data, y))
        footer(page, 1, pages)
        for number, placed in enumerate(middle, start=2):
            writer.newPage()
            for top, block in placed:
                block.draw(top)
            footer(page, number, pages)
        if resonance is not None:
            from breathapp.ui.report.report_resonance import resonance_page

            writer.newPage()
            resonance_page(page, resonance)
            footer(page, 2 + len(middle), pages)
        if with_sessions:
            writer.newPage()
            sessions_page(page, data, title_names)
            footer(page, pages, pages)
    finally:
        painter.end()
    return pages


def _header(page: Page, data: ReportData) -> float:
    page.text(page.r(0, 0, page.w, 12), translate("report", "Practice report"), 20)
    y = 13.0
    if data.profile_name:
        page.text(page.r(0, y, page.w, 7), data.profile_name, 12)
        y += 7
    period = fill(translate("report", "%1 to %2"), page.day(data.first), page.day(data.last))
    if data.end < data.last:
        counted = translate("report", "counted up to %1").replace("%1", page.day(data.end))
        period = f"{period} ({counted})"
    page.text(page.r(0, y, page.w, 6), period, 10.5, MUTED)
    page.rule(y + 10, 0.5)
    return y + 17


def _empty(page: Page, y: float, bad_days: int) -> None:
    text = translate("report", "No practice was recorded in this period.")
    page.text(page.r(0, y + 16, page.w, 10), text, 13)
    hint = translate(
        "report",
        "When there is practice in the chosen period, this report shows the days, "
        "the minutes and the ratings before and after the sessions.",
    )
    page.text(page.r(0, y + 28, page.w * 0.75, 20), hint, 10.5, MUTED)
    if bad_days:
        logged = Counts.tr("Bad days logged: %Ln days", "", bad_days)
        page.text(page.r(0, y + 50, page.w * 0.75, 8), logged, 10.5)


def _rated(page: Page, summary: RatingSummary) -> str:
    if summary.before is None or summary.after is None or summary.change is None:
        return translate("report", "not rated in this period")
    change = numbers.signed(summary.change, 1, page.loc, zero="")
    before, after = page.num(summary.before), page.num(summary.after)
    sessions = Counts.tr("%Ln sessions", "", summary.sessions)
    return fill(translate("report", "%1 → %2 (change %3; %4)"), before, after, change, sessions)


def _figures(page: Page, data: ReportData, y: float) -> float:
    """Two calm columns of label and value; returns where the charts begin."""
    n = page.count
    days_of = Counts.tr("%1 of %Ln days", "", data.days_in_period)
    practised = fill(days_of, n(data.days_practised))
    at_goal = fill(days_of, n(data.days_at_goal))
    goal = Counts.tr("Days with at least the daily goal of %Ln minutes", "", data.goal_minutes)
    per_day = data.minutes_per_practice_day
    average = "–" if per_day is None else page.minutes(per_day)
    rate = "–"
    if data.rate_start_bpm is not None and data.rate_end_bpm is not None:
        rate = f"{page.num(data.rate_start_bpm)} → {page.num(data.rate_end_bpm)}"
    dizzy = n(data.dizzy)
    if not data.dizzy_of_all:
        listed = Counts.tr("%1 of the %Ln listed sessions", "", len(data.recent))
        dizzy = fill(listed, dizzy)
    matters = "–"
    if data.pain.sessions:
        matters = fill(translate("report", "%1 of %2"), n(data.pain_matters), n(data.pain.sessions))
    tension, pain = _rated(page, data.tension), _rated(page, data.pain)
    practice = [
        (translate("report", "Days practised"), practised),
        (goal, at_goal),
        (translate("report", "Total time"), page.minutes(data.total_minutes)),
        (translate("report", "Average on a day with practice"), average),
        (translate("report", "Sessions"), n(data.sessions)),
    ]
    if data.moved_days or data.adherence is not None:  # the practice's first tip
        moved = fill(days_of, n(data.moved_days), n(data.days_in_period))
        practice.append((translate("report", "Days with 15 minutes or more of movement"), moved))
    ratings = [
        (translate("report", "Tension before → after, on average (0 to 10)"), tension),
        (translate("report", "Pain before → after, on average (0 to 10)"), pain),
        (translate("report", "Sessions with 2 points or 30 % less pain"), matters),
        (translate("report", "Breaths per minute, first week → last week"), rate),
        (translate("report", "Sessions ended with “I feel dizzy”"), dizzy),
    ]
    if data.bad_days:  # beside the pain: counted, never judged (a bad day is nobody's fault)
        bad = Counts.tr("%Ln days", "", data.bad_days)
        ratings.append((translate("report", "Bad days logged"), bad))
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
    return y + 9 + max(len(practice), len(ratings)) * 11.5 + 7


def footer(page: Page, number: int, pages: int) -> None:
    top = page.h - FOOTER_MM + 2.5
    page.rule(top - 2.5)
    note = translate(
        "report",
        "BreathApp — a practice aid, not a medical device. "
        "Self-ratings are the patient's own, not a test.",
    )
    page.text(page.r(0, top, page.w * 0.82, FOOTER_MM), note, 7.5, MUTED)
    number_text = fill(translate("report", "Page %1 of %2"), str(number), str(pages))
    page.text(page.r(0, top, page.w, FOOTER_MM), number_text, 7.5, MUTED, TOP_RIGHT)
