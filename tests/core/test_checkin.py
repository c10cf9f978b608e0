# SPDX-License-Identifier: GPL-3.0-or-later
"""Check-in ratings: limits, skipping, and which pain changes are marked."""

import pytest

from breathapp.core.checkin import (
    RatingError,
    Ratings,
    check_note,
    check_rating,
    pain_change_matters,
)


def test_ratings_are_0_to_10_or_skipped() -> None:
    assert Ratings() == Ratings(None, None)
    assert Ratings(0, 10).pain == 10
    for bad in (-1, 11, 5.5, True):
        with pytest.raises(RatingError):
            check_rating(bad)  # type: ignore[arg-type]


def test_notes_are_trimmed_and_limited() -> None:
    assert check_note("  calm  ") == "calm"
    with pytest.raises(RatingError, match="at most 1000"):
        check_note("x" * 1001)


@pytest.mark.parametrize(
    ("before", "after", "matters"),
    [(6, 4, True), (3, 2, True), (8, 7, False), (5, 5, False), (4, 6, False), (None, 2, False)],
)
def test_a_pain_change_matters_from_2_points_or_30_percent(
    before: int | None, after: int | None, matters: bool
) -> None:
    assert pain_change_matters(before, after) is matters
