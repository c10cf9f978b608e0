# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad days, notes for the therapist, and the day the contact suggestion was last shown.

Every write is one transaction (Database.transaction): a full disk or a damaged file
raises StorageError as a session's write does, and leaves the store as it was. For a
profile with a PIN a bad day's ratings and a note's text are sealed (flare_seal); they
read back while the profile is open, and as blank (None, '') while it is locked.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from breathapp.core.checkin import check_rating
from breathapp.core.flare import BadDay, TherapistNote, check_note_text
from breathapp.storage.db import Database
from breathapp.storage.flare_seal import RATINGS, bad_day_aad, note_aad, opened, seal
from breathapp.storage.timestamps import from_iso_z, local_day_range, to_iso_z

_BAD_DAY = (
    "id, profile_id, local_day, logged_utc, pain_before, pain_after, pain, session_id, sealed"
)
_NOTE = "id, profile_id, written_utc, text, for_therapist, session_id, bad_day_id, sealed"


class BadDayRepo:
    """Adds, lists and deletes a profile's bad days; keeps when the suggestion was shown."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        profile_id: int,
        day: date,
        now_utc: datetime,
        *,
        pain_before: int | None = None,
        pain_after: int | None = None,
        pain: int | None = None,
        session_id: int | None = None,
    ) -> BadDay:
        """Store a bad day (ratings 0 to 10 or None; RatingError otherwise); returns it.

        ``session_id`` is the session done that day (the flare-up one), or None.
        """
        for value in (pain_before, pain_after, pain):
            check_rating(value)
        logged = to_iso_z(now_utc)
        ratings: list[int | None] = [pain_before, pain_after, pain]
        with self._db.transaction() as conn:
            key = self._db.keyring.sealing_key(conn, profile_id)  # LockedError: locked
            sealed = None
            if key is not None:
                values = dict(zip(RATINGS, ratings, strict=True))
                sealed = seal(key, values, bad_day_aad(profile_id, logged))
                ratings = [None, None, None]
            cursor = conn.execute(
                "INSERT INTO bad_days (profile_id, local_day, logged_utc, pain_before,"
                " pain_after, pain, session_id, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (profile_id, day.isoformat(), logged, *ratings, session_id, sealed),
            )
            row_id = cursor.lastrowid
        return self.get(int(row_id or 0))

    def get(self, bad_day_id: int) -> BadDay:
        """One bad day; KeyError when there is none with that id."""
        rows = self._db.query(f"SELECT {_BAD_DAY} FROM bad_days WHERE id = ?", (bad_day_id,))
        if not rows:
            raise KeyError(bad_day_id)
        return self._bad_day(rows[0])

    def list(
        self, profile_id: int, first: date | None = None, last: date | None = None
    ) -> list[BadDay]:
        """The profile's bad days from ``first`` to ``last`` (None: no bound), oldest first."""
        where, params = local_day_range(first, last)
        rows = self._db.query(
            f"SELECT {_BAD_DAY} FROM bad_days WHERE profile_id = ?{where}"
            " ORDER BY local_day, logged_utc, id",
            [profile_id, *params],
        )
        return [self._bad_day(r) for r in rows]

    def count(self, profile_id: int, first: date | None = None, last: date | None = None) -> int:
        """How many bad days the profile logged in [first, last]."""
        where, params = local_day_range(first, last)
        rows = self._db.query(
            f"SELECT COUNT(*) FROM bad_days WHERE profile_id = ?{where}", [profile_id, *params]
        )
        return int(rows[0][0])

    def delete(self, bad_day_id: int) -> None:
        """Remove a bad day; its notes stay, no longer tied to it. KeyError: none such."""
        with self._db.transaction() as conn:
            if conn.execute("DELETE FROM bad_days WHERE id = ?", (bad_day_id,)).rowcount != 1:
                raise KeyError(bad_day_id)

    def suggestion_shown(self, profile_id: int) -> date | None:
        """The day the "contact your therapist" suggestion was last shown (None: never)."""
        rows = self._db.query(
            "SELECT contact_suggested_day FROM profiles WHERE id = ?", (profile_id,)
        )
        if not rows:
            raise KeyError(profile_id)
        value = rows[0][0]
        return None if value is None else date.fromisoformat(str(value))

    def mark_suggestion_shown(self, profile_id: int, day: date) -> None:
        """Remember that the suggestion was shown on ``day``."""
        with self._db.transaction() as conn:
            changed = conn.execute(
                "UPDATE profiles SET contact_suggested_day = ? WHERE id = ?",
                (day.isoformat(), profile_id),
            ).rowcount
            if changed != 1:
                raise KeyError(profile_id)

    def _bad_day(self, row: sqlite3.Row) -> BadDay:
        profile_id = int(row[1])
        ratings = dict(zip(RATINGS, row[4:7], strict=True))
        if row[8] is not None:
            opened_values = opened(
                self._db.keyring, row[8], profile_id, bad_day_aad(profile_id, row[3])
            )
            ratings = {n: _rating(opened_values.get(n)) for n in RATINGS}
        return BadDay(
            id=int(row[0]),
            profile_id=profile_id,
            day=date.fromisoformat(str(row[2])),
            logged_utc=from_iso_z(str(row[3])),
            pain_before=ratings["pain_before"],
            pain_after=ratings["pain_after"],
            pain=ratings["pain"],
            session_id=row[7],
        )


class NoteRepo:
    """Adds, lists and deletes a profile's notes for the therapist."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        profile_id: int,
        text: str,
        now_utc: datetime,
        *,
        for_therapist: bool = True,
        session_id: int | None = None,
        bad_day_id: int | None = None,
    ) -> TherapistNote:
        """Store a note (trimmed and checked: NoteError when empty, too long or not text);
        it may belong to a session or a bad day. Returns it."""
        text = check_note_text(text)
        written = to_iso_z(now_utc)
        with self._db.transaction() as conn:
            key = self._db.keyring.sealing_key(conn, profile_id)  # LockedError: locked
            sealed = None
            if key is not None:
                sealed = seal(key, {"text": text}, note_aad(profile_id, written))
                text = ""
            cursor = conn.execute(
                "INSERT INTO therapist_notes (profile_id, written_utc, text, for_therapist,"
                " session_id, bad_day_id, sealed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (profile_id, written, text, int(for_therapist), session_id, bad_day_id, sealed),
            )
            row_id = cursor.lastrowid
        return self.get(int(row_id or 0))

    def get(self, note_id: int) -> TherapistNote:
        """One note; KeyError when there is none with that id."""
        rows = self._db.query(f"SELECT {_NOTE} FROM therapist_notes WHERE id = ?", (note_id,))
        if not rows:
            raise KeyError(note_id)
        return self._note(rows[0])

    def list(self, profile_id: int) -> list[TherapistNote]:
        """The profile's notes: those for the therapist first, each group oldest first."""
        rows = self._db.query(
            f"SELECT {_NOTE} FROM therapist_notes WHERE profile_id = ?"
            " ORDER BY for_therapist DESC, written_utc, id",
            (profile_id,),
        )
        return [self._note(r) for r in rows]

    def delete(self, note_id: int) -> None:
        """Remove a note. KeyError: none such."""
        with self._db.transaction() as conn:
            if conn.execute("DELETE FROM therapist_notes WHERE id = ?", (note_id,)).rowcount != 1:
                raise KeyError(note_id)

    def _note(self, row: sqlite3.Row) -> TherapistNote:
        profile_id = int(row[1])
        text = str(row[3])
        if row[7] is not None:
            values = opened(self._db.keyring, row[7], profile_id, note_aad(profile_id, row[2]))
            text = str(values.get("text") or "")
        return TherapistNote(
            id=int(row[0]),
            profile_id=profile_id,
            written_utc=from_iso_z(str(row[2])),
            text=text,
            for_therapist=bool(row[4]),
            session_id=row[5],
            bad_day_id=row[6],
        )


def _rating(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
