# SPDX-License-Identifier: GPL-3.0-or-later
"""How the sessions list shares its width among its columns of words.

Each column first gets its longest word (a word is never cut off: the words wrap
between them), then what is left goes by weight, so that a narrow window (200 % text)
never scrolls sideways and, where there is room for them, every word shows whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def share_widths(room: int, least: Sequence[int], weights: Sequence[float]) -> list[int]:
    """Widths for columns that need at least ``least`` each, out of ``room`` in all: the
    rest shared by ``weights``. When even the least does not fit, each gives up the same
    share of it: every column stays in sight (a long word may then end in "…")."""
    spare = room - sum(least)
    if spare <= 0:
        scale = max(room, 0) / (sum(least) or 1)
        return [int(need * scale) for need in least]
    total = sum(weights) or 1.0
    widths = [
        need + int(spare * weight / total) for need, weight in zip(least, weights, strict=True)
    ]
    widths[-1] += room - sum(widths)  # rounding: the last takes what is left
    return widths


def longest_word(texts: Sequence[str], width_of: Callable[[str], int]) -> int:
    """The width of the longest word in ``texts`` (``width_of(word)`` measures one)."""
    return max((width_of(word) for text in texts for word in text.split()), default=0)
