# SPDX-License-Identifier: GPL-3.0-or-later
"""What Qt answers through ICU, as JSON on stdout: build_installer.py runs it with the ICU
data library as it came and as trimmed (packaging/icu_trim.py), and keeps the trimmed one
only when every answer is the same.

Usage: ``python packaging/icu_probe.py LOCALE...`` ("nl_BE", "fr_BE", ...).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone

# Accents, ligatures, Dutch IJ, German ß and umlauts, numbers in names, case and punctuation.
WORDS = (
    "été", "Ete", "ete", "côte", "coté", "cote", "côté", "Zoë", "zoe", "Äpfel", "Apfel",
    "Øre", "ijs", "IJs", "Ijzer", "œuvre", "oeuvre", "Straße", "strasse", "file10",
    "file9", "File2", "ångström", "Zebra", "a b", "a-b", "Ölbaum", "Ober",
)  # fmt: skip


def answers(name: str) -> dict[str, object]:
    locale = QLocale(name)
    plain, numeric = QCollator(locale), QCollator(locale)
    numeric.setNumericMode(True)
    numeric.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    zone = QTimeZone(b"Europe/Brussels")
    moment = QDateTime(QDate(2026, 3, 5), QTime(14, 30), zone)
    text = " ".join(WORDS)
    times = (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime)
    names = (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)
    return {
        "sorted": sorted(WORDS, key=plain.sortKey),
        "sorted, numbers and case aside": sorted(WORDS, key=numeric.sortKey),
        "upper": locale.toUpper(text),
        "lower": locale.toLower(text),
        "zone names": [zone.displayName(t, n, locale) for t in times for n in names],
        "long date and time": locale.toString(moment, QLocale.FormatType.LongFormat),
        "long date": locale.toString(QDate(2026, 7, 1), QLocale.FormatType.LongFormat),
        "month and day": [locale.monthName(3), locale.dayName(4)],
    }


def main(locales: list[str]) -> int:
    with open("/proc/self/maps", encoding="utf-8") as maps:
        loaded = sorted({line.split()[-1] for line in maps if "libicudata" in line and "/" in line})
    results = {name: answers(name) for name in [*locales, "C"]}
    print(json.dumps({"library": [str(Path(p)) for p in loaded], "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
