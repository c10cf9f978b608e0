# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates written for a person: the one place that turns a day or a moment into text.

The shapes come from Qt's locale data (CLDR) for the language's region (core.languages
locale_name: Belgian Dutch, French and German, British English): "donderdag 12 maart 2026",
"Donnerstag, 12. März 2026". The shorter shapes are that same long format with the weekday,
the year or the month's full name taken out, so German keeps its "12. März" and English its
"12 March". ``locale`` defaults to QLocale(), which the language switch sets.
Files meant for machines (CSV, practice and plan files) never use this: they keep ISO dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

WEEKDAY = "weekday"  # donderdag 12 maart 2026
LONG = "long"  # 12 maart 2026
SHORT = "short"  # 12 mrt.
SHORT_YEAR = "short_year"  # 12 mrt. 2026

_WEEKDAY = re.compile(r"dddd[,.]?\s*")
_DAY_NUMBER = re.compile(r"(?<!d)d(?!d)")
_YEAR = re.compile(r"[\s,./-]*y+")


def day_format(style: str, locale: QLocale | None = None) -> str:
    """The Qt date format of ``style`` in the locale's own order and punctuation."""
    loc = locale if locale is not None else QLocale()
    full = loc.dateFormat(QLocale.FormatType.LongFormat)
    if style == WEEKDAY:
        return full
    fmt = _WEEKDAY.sub("", full).strip()
    if style == LONG:
        return fmt
    fmt = fmt.replace("MMMM", "MMM")
    if style == SHORT_YEAR:
        return fmt
    if style == SHORT:
        return _YEAR.sub("", fmt).strip()
    raise ValueError(f"no date style {style!r}")


def day_text(day: date, style: str = LONG, locale: QLocale | None = None) -> str:
    """``day`` in the app's language: see the styles above."""
    loc = locale if locale is not None else QLocale()
    fmt = day_format(style, loc)
    if day.day == 1 and loc.language() == QLocale.Language.French:
        fmt = _DAY_NUMBER.sub("'1er'", fmt)  # "1er mars": French writes the first as an ordinal
    return loc.toString(QDate(day.year, day.month, day.day), fmt)


def moment_text(when: datetime, locale: QLocale | None = None) -> str:
    """When something began, on this computer's clock, with a 24-hour clock:
    "do 12 mrt. 2026, 17:44" in Dutch, "Do., 12. März 2026, 17:44" in German."""
    loc = locale if locale is not None else QLocale()
    local = when.astimezone() if when.tzinfo is not None else when
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    fmt = day_format(WEEKDAY, loc).replace("dddd", "ddd").replace("MMMM", "MMM")
    return loc.toString(moment, f"{fmt}, HH:mm")
