# SPDX-License-Identifier: GPL-3.0-or-later
"""A pseudo-translation: every text about 40 % longer and full of accents, placeholders,
accelerators and markup kept, to find the screens a longer language would cut off."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüýÅÉÎÕÜÝçñšž")
# Left as they are: %1, a count's %n and %Ln, an accelerator's &, markup and entities.
_KEEP = re.compile(r"(%\d|%L?n|&\w+;|<[^>]*>|&(?=\w))")
_WORD = re.compile(r"[^\W\d_]{2,}")
_VOWELS = "aeiouAEIOU"


def _longer(word: str) -> str:
    """The word half again as long: its vowels said twice, from the first on, as needed."""
    extra = math.ceil(len(word) * 0.5)  # half again: with the spaces, about 40 % in all
    out = []
    for char in word:
        out.append(char)
        if extra and char in _VOWELS:
            out.append(char)
            extra -= 1
    return "".join(out) + "ë" * extra


def pseudo(text: str) -> str:
    parts = _KEEP.split(text)
    for i, part in enumerate(parts):
        if i % 2 == 0:  # not a kept token
            parts[i] = _WORD.sub(lambda m: _longer(m.group(0)), part).translate(_ACCENTS)
    return "".join(parts)


class PseudoTranslator(QTranslator):
    """Answers every message of the app with its pseudo-translation."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context.startswith("Q") and context[1:2].isupper():
            return None  # type: ignore[return-value]  # Qt's own texts: as they are
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False
