# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad days (flare-ups): when to offer the flare-up session, when to suggest contacting the
therapist, and what a note for the therapist may hold. Pure functions: today's date and
the ratings are passed in; nothing here reads a clock or a store.

The thresholds are CLINICAL.md's ("Flare-ups (bad days)" and the 2 points / 30 % change
that matters, Farrar et al. 2001):

- High pain: a rating of 7 or more (``HIGH_PAIN``) on the 0-10 scale. A fractional
  rating counts by its value: 6.9 is not high.
- Three days in a row: three consecutive calendar days, each with at least one high
  rating (before or after a session, or a bad-day rating: any rating that day), all
  within the last 7 days up to and including today. A day with no rating breaks the row.
- Pain that rose over a week: the mean of every rating of the last 7 days (today and the
  6 days before) against the mean of every rating of the 7 days before those; both weeks
  need at least 2 ratings. It rose when the later mean exceeds the earlier one by 2 points
  or more, or by 30 % of the earlier mean or more (an earlier mean of 0 takes the 2 points
  only). Computed exactly (fractions), so "exactly 2" and "exactly 30 %" count.
- At most once a week: not again until 7 days after the day it was last shown (shown on
  a Sunday: not on the Monday after, again from the next Sunday).
- Never when the plan turns it off (``suggest_contact`` false).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from fractions import Fraction

HIGH_PAIN = 7
HIGH_DAYS_IN_A_ROW = 3
WINDOW_DAYS = 7  # the "week" of every rule here
MIN_RATINGS_PER_WEEK = 2
RISE_POINTS = 2
RISE_SHARE = Fraction(3, 10)
SUGGEST_EVERY_DAYS = 7
NOTE_MAX_CHARS = 1000
# The relaxation script a bad day opens (assets/relaxation/flare-up.*).
FLARE_UP_SCRIPT_ID = "flare-up"


@dataclass(frozen=True)
class DayRating:
    """One pain rating (0 to 10) given on a local day: before or after a session, or on a
    bad day."""

    day: date
    pain: float


class ContactReason(Enum):
    """Why the contact suggestion shows."""

    HIGH_DAYS = "high_days"  # three days in a row with pain of 7 or more
    RISING = "rising"  # pain rose by 2 points or 30 % over a week


def is_high(pain: float | None) -> bool:
    """Whether a rating is high pain (7 or more); None (skipped) is not."""
    return pain is not None and _exact(pain) >= HIGH_PAIN


def offer_flare_up(pain_before: float | None) -> bool:
    """Whether to offer the flare-up session instead of the planned one: a pain rating of
    7 or more before the session. The patient can still keep the planned one."""
    return is_high(pain_before)


def high_days_in_a_row(ratings: Iterable[DayRating], today: date) -> bool:
    """Three consecutive days within the last 7 (up to today), each with a rating of 7+."""
    first = today - timedelta(days=WINDOW_DAYS - 1)
    high = {r.day for r in ratings if first <= r.day <= today and is_high(r.pain)}
    run = 0
    for offset in range(WINDOW_DAYS):
        run = run + 1 if first + timedelta(days=offset) in high else 0
        if run >= HIGH_DAYS_IN_A_ROW:
            return True
    return False


def week_means(ratings: Iterable[DayRating], today: date) -> tuple[Fraction, Fraction] | None:
    """(earlier, later): the mean rating of the 7 days before the last 7, and of the last 7
    (today included); None when either week has fewer than 2 ratings."""
    later_first = today - timedelta(days=WINDOW_DAYS - 1)
    earlier_first = later_first - timedelta(days=WINDOW_DAYS)
    earlier: list[Fraction] = []
    later: list[Fraction] = []
    for r in ratings:
        if later_first <= r.day <= today:
            later.append(_exact(r.pain))
        elif earlier_first <= r.day < later_first:
            earlier.append(_exact(r.pain))
    if len(earlier) < MIN_RATINGS_PER_WEEK or len(later) < MIN_RATINGS_PER_WEEK:
        return None
    return sum(earlier, Fraction(0)) / len(earlier), sum(later, Fraction(0)) / len(later)


def pain_rose(ratings: Iterable[DayRating], today: date) -> bool:
    """Whether the last week's mean rose by 2 points or 30 % over the week before it."""
    means = week_means(ratings, today)
    if means is None:
        return False
    earlier, later = means
    rise = later - earlier
    if rise <= 0:
        return False
    return rise >= RISE_POINTS or (earlier > 0 and rise >= RISE_SHARE * earlier)


def suggestion_due(last_shown: date | None, today: date) -> bool:
    """Whether the once-a-week limit allows the suggestion today."""
    return last_shown is None or (today - last_shown).days >= SUGGEST_EVERY_DAYS


def contact_reason(
    ratings: Iterable[DayRating],
    today: date,
    last_shown: date | None,
    *,
    enabled: bool = True,
) -> ContactReason | None:
    """Why to show the quiet "contact your therapist" suggestion today, or None.

    ``enabled`` is the plan's ``suggest_contact`` (True without a plan); ``last_shown``
    the day it was last shown to this profile (None: never).
    """
    if not enabled or not suggestion_due(last_shown, today):
        return None
    kept = list(ratings)
    if high_days_in_a_row(kept, today):
        return ContactReason.HIGH_DAYS
    if pain_rose(kept, today):
        return ContactReason.RISING
    return None


def suggest_contact(
    ratings: Iterable[DayRating],
    today: date,
    last_shown: date | None,
    *,
    enabled: bool = True,
) -> bool:
    """Whether to show the suggestion today (see ``contact_reason``)."""
    return contact_reason(ratings, today, last_shown, enabled=enabled) is not None


class NoteError(ValueError):
    """A note for the therapist that is empty, too long or not text a person wrote."""


def check_note_text(text: str) -> str:
    """The note trimmed: 1 to 1000 characters, with at least one letter or digit, and no
    control characters but line breaks and tabs. NoteError otherwise."""
    if not isinstance(text, str):
        raise NoteError(f"a note must be text, got {type(text).__name__}")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()
    if not text:
        raise NoteError("a note cannot be empty")
    if len(text) > NOTE_MAX_CHARS:
        raise NoteError(f"a note can be at most {NOTE_MAX_CHARS} characters, got {len(text)}")
    if any(unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") and c not in "\n\t" for c in text):
        raise NoteError("a note cannot hold control characters")
    if not any(c.isalnum() for c in text):
        raise NoteError("a note needs at least one letter or digit")
    return text


def _exact(value: float) -> Fraction:
    """A rating as an exact fraction: 6.9 is 69/10, so 30 % and 2 points compare exactly."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"a rating must be a number, got {value!r}")
    if not 0 <= value <= 10:
        raise ValueError(f"a rating must be 0 to 10, got {value}")
    return Fraction(value) if isinstance(value, int) else Fraction(repr(value))


@dataclass(frozen=True)
class BadDay:
    """A bad day as stored: the local day, when it was logged, its pain (before and after a
    flare-up session, or one rating on its own; each may be None) and the session done then
    (its id; None when none was done, or it was deleted since)."""

    id: int
    profile_id: int
    day: date
    logged_utc: datetime
    pain_before: int | None = None
    pain_after: int | None = None
    pain: int | None = None
    session_id: int | None = None

    def ratings(self) -> list[DayRating]:
        """Its ratings for the contact rules."""
        values = (self.pain_before, self.pain_after, self.pain)
        return [DayRating(self.day, v) for v in values if v is not None]


@dataclass(frozen=True)
class TherapistNote:
    """A note written by the patient: for the therapist (listed first in the report and
    the practice file) or private; it may belong to a session or to a bad day."""

    id: int
    profile_id: int
    written_utc: datetime
    text: str
    for_therapist: bool = True
    session_id: int | None = None
    bad_day_id: int | None = None
