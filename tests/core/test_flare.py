# SPDX-License-Identifier: GPL-3.0-or-later
"""The bad-day rules: the flare-up offer, the contact suggestion and its limits, notes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from breathapp.core.flare import (
    ContactReason,
    DayRating,
    NoteError,
    check_note_text,
    contact_reason,
    high_days_in_a_row,
    offer_flare_up,
    pain_rose,
    suggest_contact,
    suggestion_due,
    week_means,
)

TODAY = date(2026, 12, 6)  # a Sunday


def _on(days_ago: int, pain: float) -> DayRating:
    return DayRating(TODAY - timedelta(days=days_ago), pain)


@pytest.mark.parametrize(
    ("pain", "offered"),
    [(7, True), (10, True), (6, False), (6.9, False), (7.0, True), (None, False)],
)
def test_flare_up_is_offered_from_seven(pain: float | None, offered: bool) -> None:
    assert offer_flare_up(pain) is offered


def test_three_high_days_in_a_row_suggest_contact() -> None:
    ratings = [_on(2, 7), _on(1, 8), _on(0, 7)]
    assert high_days_in_a_row(ratings, TODAY)
    assert contact_reason(ratings, TODAY, None) is ContactReason.HIGH_DAYS


def test_any_rating_that_day_counts() -> None:
    # Before 7, after 4 on one day; a bad-day rating of 9 another; 7 after on the third.
    ratings = [_on(3, 7), _on(3, 4), _on(2, 9), _on(1, 3), _on(1, 7)]
    assert high_days_in_a_row(ratings, TODAY)


def test_a_gap_day_breaks_the_row() -> None:
    ratings = [_on(4, 8), _on(3, 8), _on(1, 8), _on(0, 8)]  # day 2 has no rating
    assert not high_days_in_a_row(ratings, TODAY)


def test_a_day_below_seven_breaks_the_row() -> None:
    assert not high_days_in_a_row([_on(2, 7), _on(1, 6.9), _on(0, 7)], TODAY)


def test_only_the_last_seven_days_count_for_the_row() -> None:
    old = [_on(9, 9), _on(8, 9), _on(7, 9)]
    assert not high_days_in_a_row(old, TODAY)
    assert high_days_in_a_row([_on(6, 9), _on(5, 9), _on(4, 9)], TODAY)


def test_future_days_are_not_counted() -> None:
    assert not high_days_in_a_row([_on(-1, 9), _on(-2, 9), _on(0, 9)], TODAY)


def test_a_rise_of_exactly_two_points_counts() -> None:
    # Earlier mean 7 (30 % would be 2.1): only the 2 points make it.
    ratings = [_on(10, 7), _on(8, 7), _on(3, 9), _on(1, 9)]
    assert week_means(ratings, TODAY) == (7, 9)
    assert pain_rose(ratings, TODAY)
    assert contact_reason(ratings, TODAY, None) is ContactReason.RISING


def test_a_rise_just_under_two_points_and_thirty_percent_does_not() -> None:
    ratings = [_on(10, 7), _on(8, 7), _on(3, 8.9), _on(1, 9)]  # rise 1.95 < 2.1
    assert not pain_rose(ratings, TODAY)


def test_a_rise_of_exactly_thirty_percent_counts() -> None:
    # Earlier mean 5, later 6.5: 1.5 is exactly 30 % of 5 (and under 2 points).
    ratings = [_on(13, 4), _on(7, 6), _on(6, 6), _on(0, 7)]
    assert week_means(ratings, TODAY) == (5, 6.5)
    assert pain_rose(ratings, TODAY)
    just_under = [_on(13, 4), _on(7, 6), _on(6, 6), _on(0, 6.9)]
    assert not pain_rose(just_under, TODAY)


def test_a_rise_needs_two_ratings_in_each_week() -> None:
    assert not pain_rose([_on(10, 2), _on(3, 9), _on(1, 9)], TODAY)
    assert not pain_rose([_on(10, 2), _on(9, 2), _on(1, 9)], TODAY)
    assert not pain_rose([_on(20, 2), _on(19, 2), _on(3, 9), _on(1, 9)], TODAY)


def test_from_a_mean_of_zero_only_two_points_count() -> None:
    assert not pain_rose([_on(10, 0), _on(9, 0), _on(3, 1), _on(1, 1)], TODAY)
    assert pain_rose([_on(10, 0), _on(9, 0), _on(3, 2), _on(1, 2)], TODAY)


def test_falling_or_same_pain_is_no_rise() -> None:
    assert not pain_rose([_on(10, 6), _on(9, 6), _on(3, 6), _on(1, 6)], TODAY)
    assert not pain_rose([_on(10, 8), _on(9, 8), _on(3, 2), _on(1, 2)], TODAY)


def test_at_most_once_a_week_across_a_week_boundary() -> None:
    high = [_on(2, 8), _on(1, 8), _on(0, 8)]
    saturday = TODAY - timedelta(days=1)
    assert not suggest_contact(high, TODAY, saturday)  # Sunday after a Saturday: no
    monday = TODAY + timedelta(days=1)
    later = [DayRating(monday - timedelta(days=i), 8) for i in range(3)]
    assert not suggest_contact(later, monday, TODAY)  # a new calendar week, 1 day later: no
    assert not suggestion_due(TODAY, TODAY + timedelta(days=6))
    assert suggestion_due(TODAY, TODAY + timedelta(days=7))
    next_sunday = TODAY + timedelta(days=7)
    again = [DayRating(next_sunday - timedelta(days=i), 8) for i in range(3)]
    assert suggest_contact(again, next_sunday, TODAY)


def test_turned_off_by_the_plan() -> None:
    high = [_on(2, 8), _on(1, 8), _on(0, 8)]
    assert suggest_contact(high, TODAY, None)
    assert not suggest_contact(high, TODAY, None, enabled=False)


def test_nothing_to_suggest_without_ratings() -> None:
    assert contact_reason([], TODAY, None) is None


def test_ratings_outside_the_scale_are_refused() -> None:
    with pytest.raises(ValueError):
        offer_flare_up(11)
    with pytest.raises(TypeError):
        offer_flare_up(True)


def test_notes_are_trimmed_and_checked() -> None:
    assert check_note_text("  Walking went well.\n ") == "Walking went well."
    assert check_note_text("x" * 1000) == "x" * 1000
    for bad in ("", "   ", "x" * 1001, "...", "bad\x00day", "bad\x1bday"):
        with pytest.raises(NoteError):
            check_note_text(bad)
    assert check_note_text("line one\r\nline two") == "line one\nline two"
