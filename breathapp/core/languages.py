# SPDX-License-Identifier: GPL-3.0-or-later
"""The languages the app speaks, listed once, and the rule that picks one from the system's.

Every reader takes them from here: the preferences, the settings page, the command line,
the voice packs, the tests.
"""

from __future__ import annotations

from collections.abc import Iterable

LANGUAGES = ("nl", "en", "fr", "de")
SOURCE = "en"  # the language the texts are written in
FALLBACK = "en"  # a system in a language the app does not speak: English, not Dutch
# Dates, numbers and decimal marks: as the practice's region writes each language. English
# is British: the app's English readers in Belgium read it, and so does any other system.
REGIONS = {"nl": "nl_BE", "en": "en_GB", "fr": "fr_BE", "de": "de_BE"}
_NAMES = {
    "dutch": "nl",
    "nederlands": "nl",
    "english": "en",
    "french": "fr",
    "german": "de",
}


def base_code(name: str) -> str:
    """The language of a locale name: "nl" from nl_BE.UTF-8, nl-BE or Dutch."""
    code = name.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return _NAMES.get(code, code)


def pick_language(names: Iterable[str]) -> str:
    """The first of the system's languages (best first) the app speaks; else English."""
    for name in names:
        code = base_code(name)
        if code in LANGUAGES:
            return code
    return FALLBACK


def locale_name(language: str) -> str:
    """The locale whose dates and numbers go with one of the app's languages: "de_BE" for "de"."""
    return REGIONS.get(language, REGIONS[FALLBACK])
