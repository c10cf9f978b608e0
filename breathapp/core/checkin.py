# SPDX-License-Identifier: GPL-3.0-or-later
"""Check-ins: a quick self-rating of tension (and pain) before and after a session."""

from __future__ import annotations

from dataclasses import dataclass

RATING_MIN = 0
RATING_MAX = 10
NOTE_MAX_CHARS = 1000
# A change in pain of 2 points or 30 % is what patients tend to feel as real
# (Farrar et al. 2001); used to mark, never to judge.
PAIN_POINTS_THAT_MATTER = 2
PAIN_SHARE_THAT_MATTERS = 0.3


class RatingError(ValueError):
    """A rating outside 0 to 10, or a note that is too long."""


def check_rating(value: int | None) -> int | None:
    """A rating of 0 to 10, or None when skipped."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise RatingError(f"a rating must be a whole number, got {value!r}")
    if not RATING_MIN <= value <= RATING_MAX:
        raise RatingError(f"a rating must be {RATING_MIN} to {RATING_MAX}, got {value}")
    return value


def check_note(note: str) -> str:
    note = note.strip()
    if len(note) > NOTE_MAX_CHARS:
        raise RatingError(f"a note can be at most {NOTE_MAX_CHARS} characters, got {len(note)}")
    return note


@dataclass(frozen=True)
class Ratings:
    """One check-in: each rating may be skipped (None)."""

    tension: int | None = None
    pain: int | None = None

    def __post_init__(self) -> None:
        check_rating(self.tension)
        check_rating(self.pain)


def pain_change_matters(before: int | None, after: int | None) -> bool:
    """True when pain went down by at least 2 points or 30 %."""
    if before is None or after is None or after >= before:
        return False
    drop = before - after
    return drop >= PAIN_POINTS_THAT_MATTER or drop >= PAIN_SHARE_THAT_MATTERS * before
