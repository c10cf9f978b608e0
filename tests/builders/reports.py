# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's report: a month of known practice, and the text of a PDF's pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from breathapp.core.report import ReportData, build_report
from breathapp.core.stats import DayTotal, RatePoint, RatingPoint
from tests.builders.sessions import completed_on

FIRST, LAST = date(2026, 3, 1), date(2026, 3, 30)  # a Sunday to a Monday
NOTE = "Shoulders looser afterwards"


def march(recent_count: int = 12) -> ReportData:
    """12 practice days of 15 minutes (1 to 12 March), rated; the goal is 10 minutes."""
    days = [FIRST + timedelta(days=i) for i in range(12)]
    totals = [DayTotal(d, 15.0, 1, 1) for d in days]
    ratings = [RatingPoint(i, d, 6, 4, 5, 3) for i, d in enumerate(days)]
    rates = [RatePoint(d, 8.0 if d.day < 6 else 6.0, 15.0) for d in days]
    recent = [completed_on(d, 15.0, tension_before=6, tension_after=4) for d in reversed(days)]
    recent[0] = replace(recent[0], note=NOTE, kind="relaxation:body-scan", pattern_id=None)
    recent[1] = replace(recent[1], dizzy=True, pattern_id=None, pattern_text="5.5-0-5.5-0")
    return build_report(
        FIRST, LAST, date(2026, 4, 2), 10, totals, ratings, rates, recent, recent_count, "Anna"
    )


def pages_text(path: Path) -> list[str]:
    """The text of each page of the PDF at ``path``."""
    from PySide6.QtPdf import QPdfDocument  # here: the core's tests use this module without Qt

    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    try:
        return [doc.getAllText(page).text() for page in range(doc.pageCount())]
    finally:
        doc.close()
