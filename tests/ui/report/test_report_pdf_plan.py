# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's page 1 with a plan: the days moved and the planned sessions per week."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument

from breathapp.core.adherence import WeekAdherence
from breathapp.core.report import ReportData, build_report
from breathapp.core.stats import DayTotal, RatePoint, RatingPoint
from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.report.report_pdf import write_pdf
from tests.builders.reports import FIRST, LAST, pages_text
from tests.builders.sessions import completed_on

# 1 March 2026 is a Sunday: the plan's weeks start on the Mondays 2, 9, 16 and 23 March.
WEEKS = (
    WeekAdherence(date(2026, 3, 2), 10, 6),
    WeekAdherence(date(2026, 3, 9), 10, 10),
    WeekAdherence(date(2026, 3, 16), 10, 3),
    WeekAdherence(date(2026, 3, 23), 10, 0),
)
MOVED = [FIRST + timedelta(days=i) for i in (0, 2, 4, 6, 8, 31)]  # the last is after the period


def planned(adherence: tuple[WeekAdherence, ...] | None = WEEKS) -> ReportData:
    days = [FIRST + timedelta(days=i) for i in range(12)]
    totals = [DayTotal(d, 15.0, 1, 1) for d in days]
    ratings = [RatingPoint(i, d, 6, 4, None, None) for i, d in enumerate(days)]
    rates = [RatePoint(d, 6.0, 15.0) for d in days]
    recent = [completed_on(d, 15.0) for d in reversed(days)]
    return build_report(
        FIRST,
        LAST,
        date(2026, 4, 2),
        10,
        totals,
        ratings,
        rates,
        recent,
        12,
        "Anna",
        moved_days=MOVED,
        adherence=adherence,
    )


def test_the_figures_count_the_days_moved_in_the_period() -> None:
    data = planned()
    assert data.moved_days == 5 and data.adherence == WEEKS
    assert build_report(FIRST, LAST, LAST, 10, [], [], [], [], 0).adherence is None


def test_page_one_shows_days_moved_and_the_plan(language: LanguageSwitcher, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    assert write_pdf(path, planned()) == 2
    first = pages_text(path)[0]
    assert "Days with 15 minutes or more of movement" in first
    assert "5 of 30 days" in first
    assert "Planned sessions per week" in first
    assert "19 of 40 planned sessions done" in first
    assert "2 Mar" in first and "23 Mar" in first
    assert "Page 1 of 2" in first  # all of it still on page 1


def test_the_planned_and_done_bars_are_drawn(language: LanguageSwitcher, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path, planned())
    doc = QPdfDocument()
    doc.load(str(path))
    image = doc.render(0, QSize(620, 877))
    doc.close()
    # The plan's chart is at the right of the minutes chart, a third of the way down.
    colours = {image.pixelColor(x, y).rgb() for x in range(420, 600, 2) for y in range(300, 520, 2)}
    assert QColor(LIGHT.accent_soft).rgb() in colours  # planned
    assert QColor(LIGHT.accent).rgb() in colours  # done


def test_without_a_plan_or_movement_nothing_of_it_shows(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    data = planned(adherence=None)._replace(moved_days=0)
    path = tmp_path / "report.pdf"
    write_pdf(path, data)
    first = pages_text(path)[0]
    assert "movement" not in first and "Planned sessions" not in first


def test_movement_alone_shows_its_line_but_no_plan_chart(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path, planned(adherence=None))
    first = pages_text(path)[0]
    assert "5 of 30 days" in first and "Planned sessions" not in first


def test_the_plan_in_dutch(language: LanguageSwitcher, tmp_path: Path) -> None:
    language.switch("nl")
    path = tmp_path / "verslag.pdf"
    write_pdf(path, planned())
    first = pages_text(path)[0]
    assert "2 mrt" in first and "23 mrt" in first
