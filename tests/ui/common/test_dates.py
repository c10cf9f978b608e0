# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates as each language's region writes them: Belgian Dutch, French, German; British English."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from breathapp.core.languages import LANGUAGES, locale_name
from breathapp.ui.common import dates

THURSDAY = date(2026, 3, 12)

EXPECTED = {
    "nl": ("donderdag 12 maart 2026", "12 maart 2026", "12 mrt", "12 mrt 2026"),
    "fr": ("jeudi 12 mars 2026", "12 mars 2026", "12 mars", "12 mars 2026"),
    "de": ("Donnerstag, 12. März 2026", "12. März 2026", "12. März", "12. März 2026"),
    "en": ("Thursday, 12 March 2026", "12 March 2026", "12 Mar", "12 Mar 2026"),
}


def test_every_language_has_its_region() -> None:
    assert {code: locale_name(code) for code in LANGUAGES} == {
        "nl": "nl_BE",
        "en": "en_GB",
        "fr": "fr_BE",
        "de": "de_BE",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_day_is_written_as_the_region_writes_it(language: str) -> None:
    loc = QLocale(locale_name(language))
    got = (
        dates.day_text(THURSDAY, dates.WEEKDAY, loc),
        dates.day_text(THURSDAY, dates.LONG, loc),
        dates.day_text(THURSDAY, dates.SHORT, loc),
        dates.day_text(THURSDAY, dates.SHORT_YEAR, loc),
    )
    assert tuple(text.rstrip(".") for text in got) == EXPECTED[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_moment_has_the_day_and_a_24_hour_clock(language: str) -> None:
    loc = QLocale(locale_name(language))
    when = datetime(2026, 3, 12, 17, 44, tzinfo=UTC)
    text = dates.moment_text(when.astimezone().replace(hour=17, minute=44), loc)
    assert "17:44" in text and "2026" in text and "12" in text
    assert "PM" not in text and "pm" not in text


def test_the_default_locale_is_used_when_none_is_given() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale_name("de")))
    try:
        assert dates.day_text(THURSDAY, dates.LONG) == "12. März 2026"
    finally:
        QLocale.setDefault(before)


def test_french_writes_the_first_of_the_month_as_an_ordinal() -> None:
    loc = QLocale(locale_name("fr"))
    assert dates.day_text(date(2026, 3, 1), dates.WEEKDAY, loc) == "dimanche 1er mars 2026"
    assert dates.day_text(date(2026, 3, 1), dates.SHORT, loc) == "1er mars"
    assert dates.day_text(date(2026, 3, 2), dates.LONG, loc) == "2 mars 2026"
    assert dates.day_text(date(2026, 3, 1), dates.LONG, QLocale("nl_BE")) == "1 maart 2026"


@pytest.mark.parametrize("language", LANGUAGES)
def test_switching_the_language_sets_its_regions_locale(qapp: object, language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from breathapp.ui.common.i18n import LanguageSwitcher
    from tests.ui.conftest import TRANSLATIONS

    assert isinstance(qapp, QApplication)
    switcher = LanguageSwitcher(qapp, TRANSLATIONS)
    try:
        switcher.switch(language)
        assert QLocale().name() == locale_name(language)
    finally:
        switcher.switch("en")
