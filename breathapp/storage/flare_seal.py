# SPDX-License-Identifier: GPL-3.0-or-later
"""What of a bad day and a note is private, and how it is sealed for a profile with a PIN.

A bad day's ratings and a note's text are kept as one blob in ``sealed`` (storage.vault),
bound to its profile and the moment it was logged or written; the plain columns then hold
NULL (ratings) and '' (text). The plain bytes are JSON padded to 64 bytes, so a blob tells
little of a note's length. ``reseal`` moves every row of a profile from one key to another
(a change of PIN), as storage.sealing does for sessions and plans.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING

from breathapp.storage.migrations import has_table

if TYPE_CHECKING:
    from breathapp.storage.vault import DataKey, Keyring

RATINGS = ("pain_before", "pain_after", "pain")
_PAD_BYTES = 64


def bad_day_aad(profile_id: object, logged_utc: object) -> bytes:
    return f"bad_day|{profile_id}|{logged_utc}".encode()


def note_aad(profile_id: object, written_utc: object) -> bytes:
    return f"note|{profile_id}|{written_utc}".encode()


def seal(key: DataKey, values: Mapping[str, object], aad: bytes) -> bytes:
    plain = json.dumps(dict(values), ensure_ascii=False, separators=(",", ":")).encode()
    return key.seal(plain + b" " * (-len(plain) % _PAD_BYTES), aad)


def open_blob(key: DataKey, blob: bytes, aad: bytes) -> dict[str, object]:
    """The values of a blob; ValueError (SealError) when it does not open with ``key``."""
    values = json.loads(key.open(blob, aad).decode("utf-8"))
    if not isinstance(values, dict):
        raise ValueError("a sealed bad day or note is not an object")
    return values


def opened(keys: Keyring, blob: object, profile_id: int, aad: bytes) -> dict[str, object]:
    """A row's private values, or {} when it is plain, its key is not open (a locked profile)
    or it does not open here (damaged)."""
    key = keys.key(profile_id)
    if not isinstance(blob, bytes) or key is None:
        return {}
    try:
        return open_blob(key, blob, aad)
    except ValueError:
        return {}


def reseal(
    conn: sqlite3.Connection, profile_id: int, old: DataKey | None, new: DataKey | None
) -> tuple[int, int]:
    """Every bad day and note of the profile from ``old`` (None: plain) to ``new`` (None:
    plain again), inside the caller's transaction; (rows changed, rows that did not open).
    A file from before these tables (an older backup) has nothing to change."""
    changed = unopened = 0
    if has_table(conn, "bad_days"):
        rows = conn.execute(
            "SELECT id, logged_utc, pain_before, pain_after, pain, sealed FROM bad_days"
            " WHERE profile_id = ?",
            (profile_id,),
        ).fetchall()
        updates: list[list[object]] = []
        for row in rows:
            aad = bad_day_aad(profile_id, row[1])
            values = _plain(row[5], dict(zip(RATINGS, row[2:5], strict=True)), old, aad)
            if values is None:
                unopened += 1
                continue
            if new is None:
                updates.append([*(values.get(n) for n in RATINGS), None, row[0]])
            else:
                updates.append([None, None, None, seal(new, values, aad), row[0]])
        conn.executemany(
            "UPDATE bad_days SET pain_before = ?, pain_after = ?, pain = ?, sealed = ?"
            " WHERE id = ?",
            updates,
        )
        changed += len(updates)
    if has_table(conn, "therapist_notes"):
        rows = conn.execute(
            "SELECT id, written_utc, text, sealed FROM therapist_notes WHERE profile_id = ?",
            (profile_id,),
        ).fetchall()
        notes: list[list[object]] = []
        for row in rows:
            aad = note_aad(profile_id, row[1])
            values = _plain(row[3], {"text": row[2]}, old, aad)
            if values is None:
                unopened += 1
                continue
            if new is None:
                notes.append([str(values.get("text") or ""), None, row[0]])
            else:
                notes.append(["", seal(new, values, aad), row[0]])
        conn.executemany("UPDATE therapist_notes SET text = ?, sealed = ? WHERE id = ?", notes)
        changed += len(notes)
    return changed, unopened


def _plain(
    blob: object, columns: dict[str, object], old: DataKey | None, aad: bytes
) -> dict[str, object] | None:
    """The row's values in plain: its columns, or its blob opened; None when it will not."""
    if not isinstance(blob, bytes):
        return columns
    if old is None:
        return None
    try:
        return open_blob(old, blob, aad)
    except ValueError:
        return None
