# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's PDF report: pages, the figures in its text, both languages, speed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument

from breathapp.core.errors import StorageError
from breathapp.core.report import build_report
from breathapp.core.stats import DayTotal, RatePoint, RatingPoint
from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.report.report_pdf import write_pdf
from tests.builders.reports import FIRST, LAST, NOTE, march, pages_text
from tests.builders.sessions import completed_on


def test_the_report_shows_the_period_figures_and_sessions(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    assert write_pdf(path, march()) == 2
    first, second = pages_text(path)
    for text in (
        "Practice report",
        "Anna",
        "1 March 2026",
        "30 March 2026",
        "12 of 30 days",  # practised, and at the goal of 10 minutes
        "180 minutes",
        "15 minutes",  # on average on a day with practice
        "6.0 → 4.0 (change \u22122.0; 12 sessions)",
        "12 of 12",  # less pain by 2 points or 30 %
        "7.4 → 6.0",  # breaths per minute: (5 × 8 + 2 × 6) / 7, then 6 all the last week
        "1 of the 12 listed sessions",  # "I feel dizzy"
        "goal 10 min",
    ):
        assert text in first, text
    for text in (
        "All sessions in this period",
        "12 Mar 2026",
        "Body scan",  # a relaxation id, made readable
        "Own pattern 5.5-0-5.5-0",
        "Calm belly breathing",
        "15:00",
        "6 → 4",
        "dizzy",
        NOTE,
    ):
        assert text in second, text
    assert "BreathApp — a practice aid, not a medical device." in first
    assert "Page 1 of 2" in first and "Page 2 of 2" in second


def test_only_the_most_recent_sessions_are_listed(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path, march(recent_count=1234), title_names=lambda kind: "Short body scan")
    second = pages_text(path)[1]
    assert "The 12 most recent of 1,234 sessions in this period." in second
    assert "Short body scan" in second


def test_an_empty_period_is_one_kind_page(language: LanguageSwitcher, tmp_path: Path) -> None:
    data = build_report(FIRST, LAST, date(2026, 3, 15), 10, [], [], [], [], 0)
    path = tmp_path / "empty.pdf"
    assert write_pdf(path, data) == 1
    (text,) = pages_text(path)
    assert "No practice was recorded in this period." in text
    assert "counted up to 15 March 2026" in text
    assert "Page 1 of 1" in text


def test_a_period_with_practice_but_no_listed_sessions_is_one_page(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    data = march()._replace(recent=())
    assert write_pdf(tmp_path / "report.pdf", data) == 1


def test_the_report_in_dutch(language: LanguageSwitcher, tmp_path: Path) -> None:
    language.switch("nl")
    path = tmp_path / "verslag.pdf"
    assert write_pdf(path, march()) == 2
    first, second = pages_text(path)
    assert "1 maart 2026" in first and "30 maart 2026" in first
    assert "6,0 → 4,0" in first and "7,4 → 6,0" in first
    assert "12 mrt" in second and NOTE in second
    assert "5,5-0-5,5-0" in second


@pytest.mark.parametrize(
    ("code", "title", "period", "row"),
    [
        ("fr", "Rapport d'exercices", "Du 1er mars 2026 au 30 mars 2026", "12 mars 2026 12:00"),
        ("de", "Übungsbericht", "1. März 2026 bis 30. März 2026", "12. März 2026 12:00"),
    ],
)
def test_the_report_in_french_and_german_writes_dates_as_the_region_does(
    language: LanguageSwitcher, tmp_path: Path, code: str, title: str, period: str, row: str
) -> None:
    language.switch(code)
    path = tmp_path / f"report-{code}.pdf"
    assert write_pdf(path, march()) == 2
    first, second = (" ".join(page.split()) for page in pages_text(path))
    assert first.startswith(title) and period in first
    assert "6,0 → 4,0" in first and "5,5-0-5,5-0" in second
    assert row in second


def test_a_locale_can_be_given_for_dates_and_numbers(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path, march(), locale=QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    first = pages_text(path)[0]
    assert "1 maart 2026" in first and "6,0 → 4,0" in first
    assert "Practice report" in first  # the words follow the installed translator


def test_the_bars_are_drawn_in_the_light_themes_accent(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path, march())
    doc = QPdfDocument()
    doc.load(str(path))
    image = doc.render(0, QSize(620, 877))
    doc.close()
    accent = QColor(LIGHT.accent)
    colours = {image.pixelColor(x, y).rgb() for x in range(0, 620, 3) for y in range(300, 620, 3)}
    assert accent.rgb() in colours  # the bars of minutes per day


def test_a_folder_that_cannot_be_written_is_a_storage_error(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    with pytest.raises(StorageError):
        write_pdf(tmp_path / "no such folder" / "report.pdf", march())


def test_ten_years_and_100000_sessions_render_within_two_seconds(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    first = date(2016, 1, 1)
    days = [first + timedelta(days=i) for i in range(3650)]
    totals = [DayTotal(d, 274.0, 27 + i % 2, 27) for i, d in enumerate(days)]
    assert sum(t.sessions for t in totals) == 100_375
    ratings = [RatingPoint(i, days[i // 28], 6, 4, 5, 3) for i in range(100_000)]
    rates = [RatePoint(d, 9 - 3 * i / 3650, 274.0) for i, d in enumerate(days)]
    recent = [completed_on(days[-1], 10, note="x" * 1000) for _ in range(25)]
    path = tmp_path / "decade.pdf"
    start = time.perf_counter()
    data = build_report(first, days[-1], days[-1], 10, totals, ratings, rates, recent, 100_375)
    pages = write_pdf(path, data)
    seconds = time.perf_counter() - start
    # Measured: about 0.35 s (0.3 s the figures over 100,000 ratings, 0.05 s the PDF);
    # the rest of the two seconds is margin for slow machines.
    assert seconds < 2.0
    assert pages == 2
    first_page, second = pages_text(path)
    assert "3,650 of 3,650 days" in first_page and "100,375" in first_page
    assert "The 25 most recent of 100,375 sessions in this period." in second
