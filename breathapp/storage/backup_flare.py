# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad days and notes for the therapist in a practice file: written, read back, merged.

Two keys at the file's top level, after ``movement_days`` (files written before them have
neither: read as none)::

    "bad_days": [{"local_day": "2026-11-25", "logged_utc": "2026-11-25T08:00:00.000Z",
                  "pain_before": 8, "pain_after": 6, "pain": null,
                  "session": {"started_utc": "2026-11-25T08:01:00.000Z",
                              "kind": "relaxation:flare-up"}}],
    "notes": [{"written_utc": "2026-11-25T08:10:00.000Z", "text": "Bending was hard.",
               "for_therapist": true, "session": null,
               "bad_day_logged_utc": "2026-11-25T08:00:00.000Z"}]

- A bad day: its local day, when it was logged, its ratings (whole numbers 0 to 10 or null)
  and the session done then, named as sessions are in a file (start time and kind), or null.
- Notes: those for the therapist first, each group oldest first; a note names its session
  the same way, and its bad day by that day's ``logged_utc`` (or null).
- Importing adds the bad days the profile lacks (same local day and logged time: the same
  one) and the notes it lacks (same written time); a session or bad day a note
  names that the profile does not have is left unnamed, never refused.
- A date range (export of part of the history) takes the bad days of its local days and
  the notes written on its days (local time, as sessions), with whatever they name.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from breathapp.core.flare import NOTE_MAX_CHARS, NoteError, check_note_text
from breathapp.storage.flare_seal import RATINGS, bad_day_aad, note_aad, opened, seal
from breathapp.storage.timestamps import from_iso_z, local_day_range, to_iso_z, to_iso_z_or_none

if TYPE_CHECKING:
    from breathapp.storage.vault import DataKey, Keyring

MAX_BAD_DAYS = 100_000
MAX_NOTES = 100_000


class SessionKey(NamedTuple):
    """A session as a practice file names it: its start and its kind."""

    started_utc: datetime
    kind: str


class FileBadDay(NamedTuple):
    local_day: date
    logged_utc: datetime
    pain_before: int | None
    pain_after: int | None
    pain: int | None
    session: SessionKey | None


class FileNote(NamedTuple):
    written_utc: datetime
    text: str
    for_therapist: bool
    session: SessionKey | None
    bad_day_logged_utc: datetime | None


class Flare(NamedTuple):
    bad_days: tuple[FileBadDay, ...] = ()
    notes: tuple[FileNote, ...] = ()


NO_FLARE = Flare()  # a file written before bad days and notes


class FieldReader(Protocol):
    """What backup_read's reader offers: typed fields, each failure naming its place."""

    def fail(self, where: str, message: str, got: object = ...) -> Exception: ...
    def get(self, obj: dict[str, Any], where: str, key: str) -> Any: ...
    def object(self, value: Any, where: str) -> dict[str, Any]: ...
    def number(
        self, obj: dict[str, Any], where: str, key: str, most: float, least: float = 0.0
    ) -> float: ...
    def number_or_null(
        self, obj: dict[str, Any], where: str, key: str, most: float, least: float = 0.0
    ) -> float | None: ...
    def text(self, obj: dict[str, Any], where: str, key: str, most: int) -> str: ...
    def flag(self, obj: dict[str, Any], where: str, key: str) -> bool: ...
    def rating(self, obj: dict[str, Any], where: str, key: str) -> int | None: ...
    def moment(self, obj: dict[str, Any], where: str, key: str) -> datetime: ...
    def moment_or_null(self, obj: dict[str, Any], where: str, key: str) -> datetime | None: ...
    def day(self, obj: dict[str, Any], where: str, key: str) -> date: ...


class Sense(Protocol):
    latest: datetime

    def day(self, day: date) -> bool: ...
    def day_message(self) -> str: ...


# -- writing ---------------------------------------------------------------------------
def file_entries(
    conn: sqlite3.Connection,
    keys: Keyring,
    profile_id: int,
    first: date | None,
    last: date | None,
) -> dict[str, list[dict[str, object]]]:
    """The profile's bad days and notes in [first, last], as the file holds them (sealed
    values opened with the profile's open key; blank while it is locked)."""
    where, params = local_day_range(first, last)
    bad_days = [
        {
            "local_day": row[0],
            "logged_utc": row[1],
            **_ratings(keys, profile_id, row),
            "session": _session(row[5], row[6]),
        }
        for row in conn.execute(
            "SELECT b.local_day, b.logged_utc, b.pain_before, b.pain_after, b.pain,"
            " s.started_utc, s.kind, b.sealed"
            " FROM bad_days b LEFT JOIN sessions s ON s.id = b.session_id"
            f" WHERE b.profile_id = ?{where.replace('local_day', 'b.local_day')}"
            " ORDER BY b.local_day, b.logged_utc, b.id",
            [profile_id, *params],
        )
    ]
    # A note's day is the local day it was written on (as a session's): the range is
    # checked here, since SQLite does not know this computer's time zone.
    notes = [
        {
            "written_utc": row[0],
            "text": _text(keys, profile_id, row),
            "for_therapist": bool(row[2]),
            "session": _session(row[3], row[4]),
            "bad_day_logged_utc": row[5],
        }
        for row in conn.execute(
            "SELECT n.written_utc, n.text, n.for_therapist, s.started_utc, s.kind, b.logged_utc,"
            " n.sealed"
            " FROM therapist_notes n LEFT JOIN sessions s ON s.id = n.session_id"
            " LEFT JOIN bad_days b ON b.id = n.bad_day_id"
            " WHERE n.profile_id = ?"
            " ORDER BY n.for_therapist DESC, n.written_utc, n.id",
            [profile_id],
        )
        if _within(from_iso_z(row[0]).astimezone().date(), first, last)
    ]
    return {"bad_days": bad_days, "notes": notes}


def _within(day: date, first: date | None, last: date | None) -> bool:
    return (first is None or first <= day) and (last is None or day <= last)


def _ratings(keys: Keyring, profile_id: int, row: sqlite3.Row) -> dict[str, object]:
    if row[7] is None:
        return dict(zip(RATINGS, row[2:5], strict=True))
    values = opened(keys, row[7], profile_id, bad_day_aad(profile_id, row[1]))
    return {name: values.get(name) for name in RATINGS}


def _text(keys: Keyring, profile_id: int, row: sqlite3.Row) -> str:
    if row[6] is None:
        return str(row[1])
    return str(opened(keys, row[6], profile_id, note_aad(profile_id, row[0])).get("text") or "")


def _session(started: str | None, kind: str | None) -> dict[str, str] | None:
    return None if started is None or kind is None else {"started_utc": started, "kind": kind}


# -- reading ---------------------------------------------------------------------------
def read_flare(r: FieldReader, top: dict[str, Any], sense: Sense) -> Flare:
    """The file's bad days and notes, checked; a file from before them has none."""
    bad_days = tuple(
        _bad_day(r, r.object(item, f"bad_days[{i}]"), f"bad_days[{i}]", sense)
        for i, item in enumerate(_items(r, top, "bad_days", MAX_BAD_DAYS))
    )
    notes = tuple(
        _note(r, r.object(item, f"notes[{i}]"), f"notes[{i}]", sense)
        for i, item in enumerate(_items(r, top, "notes", MAX_NOTES))
    )
    return Flare(bad_days, notes)


def _items(r: FieldReader, top: dict[str, Any], key: str, most: int) -> list[Any]:
    items = top.get(key, [])
    if not isinstance(items, list):
        raise r.fail(key, "must be a list", items)
    if len(items) > most:
        raise r.fail(key, f"must be at most {most:,} entries", len(items))
    return items


def _bad_day(r: FieldReader, item: dict[str, Any], where: str, sense: Sense) -> FileBadDay:
    day = r.day(item, where, "local_day")
    if not sense.day(day):
        raise r.fail(f"{where}.local_day", sense.day_message(), day.isoformat())
    return FileBadDay(
        local_day=day,
        logged_utc=_moment(r, item, where, "logged_utc", sense),
        pain_before=r.rating(item, where, "pain_before"),
        pain_after=r.rating(item, where, "pain_after"),
        pain=r.rating(item, where, "pain"),
        session=_session_key(r, item, where),
    )


def _note(r: FieldReader, item: dict[str, Any], where: str, sense: Sense) -> FileNote:
    raw = r.text(item, where, "text", NOTE_MAX_CHARS + 100)  # trimmed below
    try:
        text = check_note_text(raw)
    except NoteError as problem:
        raise r.fail(f"{where}.text", str(problem)) from None
    bad_day = r.moment_or_null(item, where, "bad_day_logged_utc")
    return FileNote(
        written_utc=_moment(r, item, where, "written_utc", sense),
        text=text,
        for_therapist=r.flag(item, where, "for_therapist"),
        session=_session_key(r, item, where),
        bad_day_logged_utc=bad_day,
    )


def _moment(r: FieldReader, item: dict[str, Any], where: str, key: str, sense: Sense) -> datetime:
    moment = r.moment(item, where, key)
    if moment > sense.latest:
        raise r.fail(f"{where}.{key}", "is after the file was saved", to_iso_z(moment))
    return moment


def _session_key(r: FieldReader, item: dict[str, Any], where: str) -> SessionKey | None:
    value = item.get("session")
    if value is None:
        return None
    obj = r.object(value, f"{where}.session")
    return SessionKey(
        r.moment(obj, f"{where}.session", "started_utc"),
        r.text(obj, f"{where}.session", "kind", 60),
    )


# -- merging ---------------------------------------------------------------------------
def merge_flare(
    conn: sqlite3.Connection, profile_id: int, flare: Flare, key: DataKey | None
) -> tuple[int, int]:
    """Add the file's bad days and notes the profile lacks, inside the caller's transaction
    (after its sessions, which they may name), sealed with ``key`` (a PIN profile's; None:
    plain); returns how many of each were added. A note is the same one as a stored note
    written at the same moment (to the millisecond)."""
    added_days = added_notes = 0
    for bad in flare.bad_days:
        logged = to_iso_z(bad.logged_utc)
        if conn.execute(
            "SELECT 1 FROM bad_days WHERE profile_id = ? AND local_day = ? AND logged_utc = ?",
            (profile_id, bad.local_day.isoformat(), logged),
        ).fetchone():
            continue
        ratings: list[int | None] = [bad.pain_before, bad.pain_after, bad.pain]
        sealed = None
        if key is not None:
            values = dict(zip(RATINGS, ratings, strict=True))
            sealed = seal(key, values, bad_day_aad(profile_id, logged))
            ratings = [None, None, None]
        conn.execute(
            "INSERT INTO bad_days (profile_id, local_day, logged_utc, pain_before, pain_after,"
            " pain, session_id, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                profile_id,
                bad.local_day.isoformat(),
                logged,
                *ratings,
                _session_id(conn, profile_id, bad.session),
                sealed,
            ),
        )
        added_days += 1
    for note in flare.notes:
        written = to_iso_z(note.written_utc)
        if conn.execute(
            "SELECT 1 FROM therapist_notes WHERE profile_id = ? AND written_utc = ?",
            (profile_id, written),
        ).fetchone():
            continue
        bad_day = None
        if note.bad_day_logged_utc is not None:
            row = conn.execute(
                "SELECT id FROM bad_days WHERE profile_id = ? AND logged_utc = ? ORDER BY id",
                (profile_id, to_iso_z_or_none(note.bad_day_logged_utc)),
            ).fetchone()
            bad_day = None if row is None else int(row[0])
        conn.execute(
            "INSERT INTO therapist_notes (profile_id, written_utc, text, for_therapist,"
            " session_id, bad_day_id, sealed) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                profile_id,
                written,
                "" if key is not None else note.text,
                int(note.for_therapist),
                _session_id(conn, profile_id, note.session),
                bad_day,
                None
                if key is None
                else seal(key, {"text": note.text}, note_aad(profile_id, written)),
            ),
        )
        added_notes += 1
    return added_days, added_notes


def _session_id(conn: sqlite3.Connection, profile_id: int, key: SessionKey | None) -> int | None:
    if key is None:
        return None
    row = conn.execute(
        "SELECT id FROM sessions WHERE profile_id = ? AND started_utc = ? AND kind = ?",
        (profile_id, to_iso_z(key.started_utc), key.kind),
    ).fetchone()
    return None if row is None else int(row[0])
