# SPDX-License-Identifier: GPL-3.0-or-later
"""The bad-day screen's fixed words: every language says the same things, kindly, once."""

from __future__ import annotations

import re

import pytest

from breathapp.core.flare_texts import bad_day_texts
from breathapp.core.languages import LANGUAGES

# Words that promise, blame or alarm: never in these texts (CLINICAL.md).
NEVER = re.compile(
    r"\bcure|genees|guéri|\bheilt\b|your fault|you should have|schuld|faute"
    r"|danger|gevaar|gefahr|alarm|\burgent\b|!",
    re.IGNORECASE,
)
SIGNS = 6  # CLINICAL.md's "seek care at once" list
EMERGENCY_NUMBER = "112"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_says_the_same_things(language: str) -> None:
    texts, english = bad_day_texts(language), bad_day_texts("en")
    assert len(texts.reassurance) == len(english.reassurance) == 4
    assert len(texts.seek_care) == SIGNS
    assert EMERGENCY_NUMBER in texts.seek_care_after
    assert all(text.strip() == text and text for text in (*texts.reassurance, *texts.seek_care))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_words_are_kind_and_never_promise_or_alarm(language: str) -> None:
    texts = bad_day_texts(language)
    every = " ".join((*texts.reassurance, texts.seek_care_title, *texts.seek_care))
    assert NEVER.search(every) is None


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["common", "usually settle", "rarely means new damage", "can help"]),
        ("nl", ["komt vaak voor", "weer liggen", "zelden nieuwe schade", "kan meer helpen"]),
        ("fr", ["fréquentes", "se calment", "rarement une nouvelle lésion", "peut aider"]),
        ("de", ["häufig", "klingen sie", "selten einen neuen schaden", "kann mehr helfen"]),
    ],
)
def test_the_reassurance_follows_clinical_md(language: str, words: list[str]) -> None:
    said = " ".join(bad_day_texts(language).reassurance).lower()
    for word in words:
        assert word in said, word


def test_an_unknown_language_gets_english() -> None:
    assert bad_day_texts("xx") == bad_day_texts("en")
