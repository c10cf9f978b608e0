# SPDX-License-Identifier: GPL-3.0-or-later
"""A profile's private data sealed, sealed again or opened for good: in the store and backups.

One transformation for every change of PIN: each session's, plan's, bad day's and note's
(flare_seal) private part, and its heart data (heart_seal), is taken
from ``old`` (None: it is plain) and kept under ``new`` (None: plain again). It runs on the
live store in one transaction, then on every backup file that holds the same profile, so an
old copy never keeps in plain text what the store now seals. Afterwards the files are
rewritten (VACUUM) so no earlier plain value lingers in free pages or in the -wal.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from breathapp.storage import flare_seal, heart_seal
from breathapp.storage.files import header_user_version, open_read_only
from breathapp.storage.plans_repo import SEALED_TITLE, plan_aad, public_body, stored_plan
from breathapp.storage.session_columns import PRIVATE, open_sealed, seal_private, session_aad
from breathapp.storage.vault import DataKey

SEALING_VERSION = 8  # the first schema with sealed columns
# A profile's PIN columns: the old PBKDF2 hash and the sealing key's, copied to backups.
LOCK_COLUMNS = (
    "pin_salt",
    "pin_iterations",
    "pin_hash",
    "vault_kdf",
    "vault_salt",
    "vault_ops",
    "vault_mem",
    "vault_wrapped",
)
_SESSION_SET = ", ".join(f"{c.name} = ?" for c in PRIVATE) + ", sealed = ?"


class Resealed(NamedTuple):
    """What a transformation did: rows changed, rows whose blob did not open (left as they are)."""

    changed: int
    unopened: int


def reseal_profile(
    conn: sqlite3.Connection, profile_id: int, old: DataKey | None, new: DataKey | None
) -> Resealed:
    """Every session and plan of the profile from ``old`` to ``new`` (inside the caller's
    transaction). A blob ``old`` does not open is left as it is and counted."""
    sessions = _reseal_sessions(conn, profile_id, old, new)
    plans = _reseal_plans(conn, profile_id, old, new)
    flare_changed, flare_unopened = flare_seal.reseal(conn, profile_id, old, new)
    heart_changed, heart_unopened = heart_seal.reseal(conn, profile_id, old, new)
    return Resealed(
        sessions.changed + plans.changed + flare_changed + heart_changed,
        sessions.unopened + plans.unopened + flare_unopened + heart_unopened,
    )


def _reseal_sessions(
    conn: sqlite3.Connection, profile_id: int, old: DataKey | None, new: DataKey | None
) -> Resealed:
    names = [c.name for c in PRIVATE]
    rows = conn.execute(
        f"SELECT id, started_utc, kind, {', '.join(names)}, sealed FROM sessions"
        " WHERE profile_id = ?",
        (profile_id,),
    ).fetchall()
    updates: list[list[object]] = []
    unopened = 0
    for row in rows:
        aad = session_aad(profile_id, row[1], row[2])
        blob = row[-1]
        if blob is None:
            plain: Mapping[str, object] = dict(zip(names, row[3:-1], strict=True))
        else:
            try:
                if old is None:
                    raise ValueError("no key to open it with")
                opened = open_sealed(old, blob, aad)
            except ValueError:
                unopened += 1
                continue
            plain = {c.name: opened.get(c.name, c.blank) for c in PRIVATE}
        if new is None:
            updates.append([*(plain.get(c.name, c.blank) for c in PRIVATE), None, row[0]])
        else:
            blanks = [c.blank for c in PRIVATE]
            updates.append([*blanks, seal_private(new, plain, aad), row[0]])
    conn.executemany(f"UPDATE sessions SET {_SESSION_SET} WHERE id = ?", updates)
    return Resealed(len(updates), unopened)


def _reseal_plans(
    conn: sqlite3.Connection, profile_id: int, old: DataKey | None, new: DataKey | None
) -> Resealed:
    from breathapp.core.plan_file import plan_from_json

    rows = conn.execute(
        "SELECT id, body, received_utc, sealed FROM plans WHERE profile_id = ?", (profile_id,)
    ).fetchall()
    updates: list[tuple[object, ...]] = []
    unopened = 0
    for row_id, body, received, sealed in rows:
        text = str(body)
        if sealed is not None:
            try:
                if old is None:
                    raise ValueError("no key to open it with")
                text = old.open(sealed, plan_aad(profile_id, received)).decode("utf-8")
            except ValueError:
                unopened += 1
                continue
        if new is None:
            updates.append((text, None, row_id))
            continue
        try:
            plan = plan_from_json(json.loads(text))
        except (ValueError, RecursionError):  # a plan this version cannot read: kept whole
            sealed_text = new.seal(text.encode("utf-8"), plan_aad(profile_id, received))
            updates.append(("{}", sealed_text, row_id))
            continue
        updates.append((*stored_plan(plan, new, profile_id, str(received)), row_id))
    conn.executemany("UPDATE plans SET body = ?, sealed = ? WHERE id = ?", updates)
    return Resealed(len(updates), unopened)


def scrub(conn: sqlite3.Connection) -> None:
    """Rewrite the live store so no value from before is left in free pages or the -wal.

    Outside any transaction. secure_delete zeroes what is freed from now on; VACUUM rebuilds
    every page; the checkpoints move everything into the file and empty the -wal.
    """
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# -- backups ---------------------------------------------------------------------------------
class BackupsSealed(NamedTuple):
    changed: list[Path]  # files that held the profile and now match the store
    failed: list[Path]  # files that could not be read or rewritten (damaged, a full disk)


def reseal_backups(
    backup_dir: Path,
    profile_id: int,
    created_utc: str,
    lock: Mapping[str, object],
    old: DataKey | None,
    new: DataKey | None,
    known_version: int,
) -> BackupsSealed:
    """Apply the store's change of PIN to every backup file that holds the same profile.

    The same profile is the same id made at the same moment (``created_utc``): an id used
    again after a delete is another person. Each file gets the profile's ``lock`` columns as
    the store has them now, so it restores as a whole. A file older than sealing (version
    below 8) cannot hold sealed values: the profile's private values are removed from it
    instead (the store keeps them, sealed), and with them its old PIN hash. Each file is
    rebuilt compactly and swapped in whole, keeping its time (the newest restores first).
    """
    changed: list[Path] = []
    failed: list[Path] = []
    if not backup_dir.is_dir():
        return BackupsSealed(changed, failed)
    for path in sorted(p for p in backup_dir.glob("*.db") if p.is_file()):
        try:
            version = header_user_version(path)
            if version is None or version > known_version:
                continue
            if _reseal_file(path, version, profile_id, created_utc, lock, old, new):
                changed.append(path)
        except (sqlite3.Error, OSError, ValueError):
            failed.append(path)
    return BackupsSealed(changed, failed)


def _reseal_file(
    path: Path,
    version: int,
    profile_id: int,
    created_utc: str,
    lock: Mapping[str, object],
    old: DataKey | None,
    new: DataKey | None,
) -> bool:
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as work:
        with closing(open_read_only(path)) as source:
            source.backup(work)
        row = work.execute("SELECT created_utc FROM profiles WHERE id = ?", (profile_id,))
        found = row.fetchone()
        if found is None or found[0] != created_utc:
            return False  # not this profile
        work.execute("BEGIN")
        if version >= SEALING_VERSION:
            reseal_profile(work, profile_id, old, new)
            columns = ", ".join(f"{name} = ?" for name in LOCK_COLUMNS)
            values = [lock.get(name) for name in LOCK_COLUMNS]
            work.execute(f"UPDATE profiles SET {columns} WHERE id = ?", [*values, profile_id])
        elif new is not None:
            _strip_older(work, profile_id)
        work.execute("COMMIT")
        _write_over(work, path)
    return True


def _strip_older(conn: sqlite3.Connection, profile_id: int) -> None:
    """A file from before sealing: the profile's private values and PIN hash removed."""
    from breathapp.core.plan_file import plan_from_json

    def columns(table: str) -> set[str]:
        return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}

    present = [c for c in PRIVATE if c.name in columns("sessions")]
    if present:
        blanks = ", ".join(f"{c.name} = ?" for c in present)
        conn.execute(
            f"UPDATE sessions SET {blanks} WHERE profile_id = ?",
            [*(c.blank for c in present), profile_id],
        )
    if "pin_hash" in columns("profiles"):
        conn.execute(
            "UPDATE profiles SET pin_salt = NULL, pin_iterations = NULL, pin_hash = NULL"
            " WHERE id = ?",
            (profile_id,),
        )
    if "body" not in columns("plans"):
        return
    plans = conn.execute("SELECT id, body FROM plans WHERE profile_id = ?", (profile_id,))
    for row_id, body in plans.fetchall():
        try:
            shape = public_body(plan_from_json(json.loads(str(body))))
        except (ValueError, RecursionError):
            shape = json.dumps({"title": SEALED_TITLE})
        conn.execute("UPDATE plans SET body = ? WHERE id = ?", (shape, row_id))


def _write_over(work: sqlite3.Connection, path: Path) -> None:
    """The rebuilt database in place of ``path``, whole or not at all, with its old times."""
    fresh = path.with_name(path.name + ".sealing")
    with contextlib.suppress(FileNotFoundError):
        fresh.unlink()
    try:
        work.execute("VACUUM INTO ?", (str(fresh),))
        with closing(sqlite3.connect(fresh, isolation_level=None)) as out:
            out.execute("PRAGMA journal_mode=DELETE")  # a backup is one file
        with fresh.open("rb+") as stream:
            os.fsync(stream.fileno())
        times = path.stat()
        os.utime(fresh, ns=(times.st_atime_ns, times.st_mtime_ns))
        os.replace(fresh, path)
    except BaseException:
        with contextlib.suppress(OSError):
            fresh.unlink()
        raise
