# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad days for the screens: record one, leave a note for the therapist, and the two rules
that react to pain (core.flare): offer the flare-up session, suggest contacting the
therapist (quietly, at most once a week, never when the plan turns it off)."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.flare import (
    FLARE_UP_SCRIPT_ID,
    WINDOW_DAYS,
    BadDay,
    ContactReason,
    DayRating,
    TherapistNote,
    contact_reason,
    offer_flare_up,
)
from breathapp.core.stats import RatingPoint

# Two weeks of ratings: the rising-pain rule compares the last 7 days with the 7 before.
_RATING_DAYS = 2 * WINDOW_DAYS


class BadDayStore(Protocol):
    """storage.flare_repo.BadDayRepo."""

    def add(
        self,
        profile_id: int,
        day: date,
        now_utc: datetime,
        *,
        pain_before: int | None = ...,
        pain_after: int | None = ...,
        pain: int | None = ...,
        session_id: int | None = ...,
    ) -> BadDay: ...
    def list(
        self, profile_id: int, first: date | None = ..., last: date | None = ...
    ) -> builtins.list[BadDay]: ...
    def delete(self, bad_day_id: int) -> None: ...
    def suggestion_shown(self, profile_id: int) -> date | None: ...
    def mark_suggestion_shown(self, profile_id: int, day: date) -> None: ...


class NoteStore(Protocol):
    """storage.flare_repo.NoteRepo."""

    def add(
        self,
        profile_id: int,
        text: str,
        now_utc: datetime,
        *,
        for_therapist: bool = ...,
        session_id: int | None = ...,
        bad_day_id: int | None = ...,
    ) -> TherapistNote: ...
    def list(self, profile_id: int) -> builtins.list[TherapistNote]: ...
    def delete(self, note_id: int) -> None: ...


# The sessions' ratings from first to last (storage.history_repo.HistoryRepo.ratings).
SessionRatings = Callable[[int, date, date], "builtins.list[RatingPoint]"]


class FlareController(QObject):
    """Bad days and notes of one profile, and the rules the screens ask.

    ``plan`` gives the profile's plan or None (PlanController.plan); a plan turns the
    contact suggestion off with ``suggest_contact = false`` (plan format version 2: read
    as ``getattr(plan, "suggest_contact", True)``, so older plans leave it on).
    Errors of the environment are emitted as ``storage_failed`` and change nothing; a note
    that is empty or too long raises NoteError (core.flare.check_note_text says why).

    Signals:
        bad_day_recorded(BadDay): a bad day was stored.
        notes_changed(): a note was added or deleted.
        storage_failed(StorageError): reading or writing failed; nothing changed.
    """

    bad_day_recorded = Signal(object)
    notes_changed = Signal()
    storage_failed = Signal(object)

    SCRIPT_ID = FLARE_UP_SCRIPT_ID  # the relaxation session a bad day opens

    def __init__(
        self,
        bad_days: BadDayStore,
        notes: NoteStore,
        session_ratings: SessionRatings,
        profile_id: int,
        clock: Clock,
        today: Callable[[], date],
        plan: Callable[[], Any] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bad_days = bad_days
        self._notes = notes
        self._session_ratings = session_ratings
        self._profile_id = profile_id
        self._clock = clock
        self._today = today
        self._plan = plan

    # -- the rules ----------------------------------------------------------------------
    @staticmethod
    def should_offer_flare_up(pain_before: float | None) -> bool:
        """Offer the flare-up session instead of the planned one (pain 7 or more before)."""
        return offer_flare_up(pain_before)

    def suggestion_enabled(self) -> bool:
        """False when the plan turns the contact suggestion off."""
        plan = self._plan()
        return plan is None or bool(getattr(plan, "suggest_contact", True))

    def contact_reason(self, today: date) -> ContactReason | None:
        """Why to show the contact suggestion on ``today`` (None: not today, or a read
        failed, which is emitted as storage_failed)."""
        if not self.suggestion_enabled():
            return None
        try:
            shown = self._bad_days.suggestion_shown(self._profile_id)
            ratings = self.recent_ratings(today)
        except StorageError as error:
            self.storage_failed.emit(error)
            return None
        return contact_reason(ratings, today, shown)

    def contact_suggestion(self, today: date) -> bool:
        """Whether to show the quiet "contact your therapist" suggestion on ``today``."""
        return self.contact_reason(today) is not None

    def mark_suggestion_shown(self, today: date) -> None:
        """Call when the suggestion was shown: it stays away for the next 6 days."""
        try:
            self._bad_days.mark_suggestion_shown(self._profile_id, today)
        except StorageError as error:
            self.storage_failed.emit(error)

    def recent_ratings(self, today: date) -> builtins.list[DayRating]:
        """Every pain rating of the last two weeks: sessions' before and after, and bad
        days'. StorageError when they cannot be read."""
        first = today - timedelta(days=_RATING_DAYS - 1)
        ratings = [
            DayRating(p.day, value)
            for p in self._session_ratings(self._profile_id, first, today)
            for value in (p.pain_before, p.pain_after)
            if value is not None
        ]
        for bad in self._bad_days.list(self._profile_id, first, today):
            ratings.extend(bad.ratings())
        return ratings

    # -- bad days and notes -------------------------------------------------------------
    def record_bad_day(
        self,
        *,
        pain_before: int | None = None,
        pain_after: int | None = None,
        pain: int | None = None,
        session_id: int | None = None,
        day: date | None = None,
    ) -> BadDay | None:
        """Store a bad day (today unless ``day``); None when it could not be stored."""
        try:
            bad = self._bad_days.add(
                self._profile_id,
                day or self._today(),
                self._clock.now_utc(),
                pain_before=pain_before,
                pain_after=pain_after,
                pain=pain,
                session_id=session_id,
            )
        except StorageError as error:
            self.storage_failed.emit(error)
            return None
        self.bad_day_recorded.emit(bad)
        return bad

    def bad_days(
        self, first: date | None = None, last: date | None = None
    ) -> builtins.list[BadDay]:
        """The bad days from ``first`` to ``last`` (None: no bound), oldest first."""
        try:
            return self._bad_days.list(self._profile_id, first, last)
        except StorageError as error:
            self.storage_failed.emit(error)
            return []

    def add_note(
        self,
        text: str,
        *,
        for_therapist: bool = True,
        session_id: int | None = None,
        bad_day_id: int | None = None,
    ) -> TherapistNote | None:
        """Store a note (NoteError for an empty or too long one); None when the store failed."""
        try:
            note = self._notes.add(
                self._profile_id,
                text,
                self._clock.now_utc(),
                for_therapist=for_therapist,
                session_id=session_id,
                bad_day_id=bad_day_id,
            )
        except StorageError as error:
            self.storage_failed.emit(error)
            return None
        self.notes_changed.emit()
        return note

    def notes(self) -> builtins.list[TherapistNote]:
        """The notes, those for the therapist first, each group oldest first."""
        try:
            return self._notes.list(self._profile_id)
        except StorageError as error:
            self.storage_failed.emit(error)
            return []

    def delete_note(self, note_id: int) -> bool:
        """Remove a note; False when the store failed."""
        try:
            self._notes.delete(note_id)
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        self.notes_changed.emit()
        return True
