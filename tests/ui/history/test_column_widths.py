# SPDX-License-Identifier: GPL-3.0-or-later
"""The sessions list's columns: each its longest word, the rest by weight."""

from __future__ import annotations

from breathapp.ui.history.column_widths import longest_word, share_widths


def test_each_column_gets_its_longest_word_then_the_rest_by_weight() -> None:
    assert share_widths(400, [50, 100, 50], [1, 2, 1]) == [100, 200, 100]
    widths = share_widths(301, [10, 10, 10], [1, 1, 1])
    assert sum(widths) == 301 and min(widths) >= 10


def test_when_the_words_do_not_fit_every_column_stays_in_sight() -> None:
    widths = share_widths(100, [60, 140], [1, 1])
    assert widths == [30, 70] and sum(widths) <= 100


def test_the_longest_word_is_measured_across_all_texts() -> None:
    assert longest_word(["vr 20 nov", "Buikademhaling leren"], len) == len("Buikademhaling")
    assert longest_word([], len) == 0
