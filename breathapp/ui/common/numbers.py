# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers written for a person: the one place that turns a value into text on screen or paper.

The rounding rule is core's (core/shown_numbers); this adds the language: the locale's decimal
mark (5,5 in Dutch) and a real minus sign (U+2212), never "-0,0". ``locale`` defaults to
QLocale(), which the language switch sets to the app's language; the report passes its own.
Files meant for machines (CSV, practice and plan files) never use this: they keep '.' and '-'.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from breathapp.core.patterns import Pattern, fmt_s
from breathapp.core.shown_numbers import shown_phases, shown_value

MINUS = "\u2212"


def _text(value: float, decimals: int, locale: QLocale | None, trim: bool) -> str:
    loc = locale if locale is not None else QLocale()
    value = shown_value(value, decimals)
    text = loc.toString(abs(value), "f", decimals)
    if trim and decimals > 0:
        text = text.rstrip("0").removesuffix(loc.decimalPoint())
    return MINUS + text if value < 0 else text


def decimal(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """A figure with a fixed number of decimals: 6,0 and −2,0 in Dutch."""
    return _text(value, decimals, locale, trim=False)


def short(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """At most ``decimals`` decimals, none when whole: 5, 2,5, −1,5."""
    return _text(value, decimals, locale, trim=True)


def signed(value: float, decimals: int = 1, locale: QLocale | None = None, zero: str = "±") -> str:
    """A change: +1,5, −1,5, and ``zero`` before a change of nothing (±0,0)."""
    text = decimal(value, decimals, locale)
    if shown_value(value, decimals) > 0:
        return "+" + text
    if shown_value(value, decimals) == 0:
        return zero + text
    return text


def seconds(value: float, locale: QLocale | None = None) -> str:
    """Seconds as a person reads them: 3,4 for 3.357; 4 for 4."""
    return short(value, 1, locale)


def exact(value: float, locale: QLocale | None = None) -> str:
    """A value quoted back as it was typed (in a message about a wrong value): 10,04."""
    loc = locale if locale is not None else QLocale()
    text = fmt_s(value).replace(".", loc.decimalPoint())
    return MINUS + text[1:] if text.startswith("-") else text


def timing(pattern: Pattern, locale: QLocale | None = None) -> str:
    """IN-HOLD-OUT-HOLD as a person reads it: 3,4-0-5,9-0, the sigh's top-up as 2+1."""
    inhale, top_up, hold_in, exhale, hold_out = shown_phases(pattern)
    first = seconds(inhale, locale)
    if pattern.top_up_s > 0:
        first += "+" + seconds(top_up, locale)
    return "-".join((first, *(seconds(s, locale) for s in (hold_in, exhale, hold_out))))


def short_timing(pattern: Pattern, locale: QLocale | None = None) -> str:
    """The seconds a patient counts: 4-6, 2+1-6, or all four (4-4-4-4) when there are pauses."""
    text = timing(pattern, locale)
    if pattern.has_holds:
        return text
    parts = text.split("-")
    return f"{parts[0]}-{parts[2]}"
