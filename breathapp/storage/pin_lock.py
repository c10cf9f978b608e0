# SPDX-License-Identifier: GPL-3.0-or-later
"""A profile's PIN (or passphrase) as the key to its private data: check, set, change, remove.

The secret gives a key through Argon2id (storage.vault.derive_key; its cost: core.pins);
that key wraps the profile's random data key, which seals its sessions' private values and
its plan (session_columns, plans_repo). Unwrapping is the check: a wrong secret cannot open
anything, and nothing that would tell a right one from a wrong one faster is stored. A
profile whose PIN an earlier version set (a PBKDF2 hash, data in plain) is sealed the next
time its PIN is given right.
"""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from breathapp.storage import migrations
from breathapp.storage.db import Database
from breathapp.storage.sealing import LOCK_COLUMNS, reseal_backups, reseal_profile, scrub
from breathapp.storage.vault import DataKey, derive_key, wrap_aad

if TYPE_CHECKING:
    from breathapp.core.pins import KdfCost


class LockKind(Enum):
    NONE = "none"  # no PIN: the data is plain
    OLD = "old"  # an earlier version's PIN (PBKDF2 hash): the data is still plain
    SEALED = "sealed"  # the data is sealed with a key the PIN unwraps


class _Lock(NamedTuple):
    kind: LockKind
    row: sqlite3.Row


_SELECT = f"SELECT created_utc, {', '.join(LOCK_COLUMNS)} FROM profiles WHERE id = ?"


class PinLock:
    """The PIN of the profiles of one store. ``cost`` is Argon2id's for new keys (tests pass
    a quick one); by default core.pins.NEW_KEY_COST as it is when a key is made."""

    def __init__(self, db: Database, cost: KdfCost | None = None) -> None:
        self._db = db
        self._cost = cost
        # Files the last change of PIN could not rewrite (a full disk, a damaged backup):
        # they may still hold what the profile had before, as the change found it.
        self.not_cleared: list[Path] = []

    def _lock(self, profile_id: int) -> _Lock:
        rows = self._db.query(_SELECT, (profile_id,))
        if not rows:
            raise KeyError(profile_id)
        row = rows[0]
        if row["vault_wrapped"] is not None:
            return _Lock(LockKind.SEALED, row)
        if row["pin_hash"] is not None:
            return _Lock(LockKind.OLD, row)
        return _Lock(LockKind.NONE, row)

    def kind(self, profile_id: int) -> LockKind:
        return self._lock(profile_id).kind

    def has_pin(self, profile_id: int) -> bool:
        return self.kind(profile_id) is not LockKind.NONE

    def is_open(self, profile_id: int) -> bool:
        """Whether this store can read the profile's private data now."""
        return self.kind(profile_id) is not LockKind.SEALED or (
            self._db.keyring.key(profile_id) is not None
        )

    def _opened_key(self, lock: _Lock, profile_id: int, secret: str) -> DataKey | None:
        """The profile's data key when ``secret`` is its PIN; None otherwise (or no PIN)."""
        from breathapp.core.pins import Kdf, KdfCost

        row = lock.row
        cost = KdfCost(int(row["vault_ops"]), int(row["vault_mem"]))
        kek = derive_key(secret, Kdf(bytes(row["vault_salt"]), cost, str(row["vault_kdf"])))
        return DataKey.unwrap(bytes(row["vault_wrapped"]), kek, wrap_aad(profile_id))

    def _old_pin_right(self, lock: _Lock, secret: str) -> bool:
        from breathapp.core.pins import PinHash, check_pin

        row = lock.row
        stored = PinHash(bytes(row["pin_salt"]), int(row["pin_iterations"]), bytes(row["pin_hash"]))
        return check_pin(secret, stored)

    def try_pin(self, profile_id: int, secret: str) -> bool:
        """Whether ``secret`` opens the profile; if so its private data is open from now on.

        An earlier version's PIN, given right, is replaced by a sealing one and the
        profile's data is sealed there and then (in the store and its backups).
        """
        lock = self._lock(profile_id)
        if lock.kind is LockKind.NONE:
            return True
        if lock.kind is LockKind.OLD:
            if not self._old_pin_right(lock, secret):
                return False
            self._seal_with(profile_id, lock, secret, None)
            return True
        key = self._opened_key(lock, profile_id, secret)
        if key is None:
            return False
        self._db.keyring.open(profile_id, key)
        self._seal_strays(profile_id, key)
        return True

    def change(self, profile_id: int, old: str | None, new: str | None) -> bool:
        """Set (no PIN yet), change or remove (``new`` None) the PIN.

        False when the profile has a PIN and ``old`` is not it. A change seals everything
        again with a new data key, so an old PIN and a newer copy of the file reveal
        nothing; a removal opens it all back into plain columns.
        """
        self.not_cleared = []  # this change's, not an earlier one's
        lock = self._lock(profile_id)
        key: DataKey | None = None
        if lock.kind is not LockKind.NONE:
            if old is None:
                return False
            if lock.kind is LockKind.OLD:
                if not self._old_pin_right(lock, old):
                    return False
            else:
                key = self._opened_key(lock, profile_id, old)
                if key is None:
                    return False
        if new is None:
            if lock.kind is not LockKind.NONE:
                self._apply(profile_id, lock, dict.fromkeys(LOCK_COLUMNS), key, None)
            return True
        self._seal_with(profile_id, lock, new, key)
        return True

    def _seal_with(self, profile_id: int, lock: _Lock, secret: str, old: DataKey | None) -> None:
        """A new data key for the profile, wrapped by ``secret``; its data sealed under it."""
        from breathapp.core.pins import new_kdf

        kdf = new_kdf(self._cost)
        key = DataKey.new()
        wrapped = key.wrap(derive_key(secret, kdf), wrap_aad(profile_id))
        columns: dict[str, object] = dict.fromkeys(LOCK_COLUMNS)
        columns.update(
            vault_kdf=kdf.name,
            vault_salt=kdf.salt,
            vault_ops=kdf.cost.ops,
            vault_mem=kdf.cost.memory_bytes,
            vault_wrapped=wrapped,
        )
        self._apply(profile_id, lock, columns, old, key)

    def _apply(
        self,
        profile_id: int,
        lock: _Lock,
        columns: dict[str, object],
        old: DataKey | None,
        new: DataKey | None,
    ) -> None:
        """Store the PIN columns and move the data from ``old`` to ``new``, in one
        transaction; then rewrite the file and every backup that holds the profile."""
        assigned = ", ".join(f"{name} = ?" for name in columns)
        with self._db.transaction() as conn:
            conn.execute(
                f"UPDATE profiles SET {assigned}, pin_failures = 0, locked_until_utc = NULL"
                " WHERE id = ?",
                [*columns.values(), profile_id],
            )
            reseal_profile(conn, profile_id, old, new)
        if new is None:
            self._db.keyring.set_plain(profile_id)
        else:
            self._db.keyring.open(profile_id, new)
        # The change is made. What follows clears what came before from the files; when the
        # disk will not let it (VACUUM needs room for a copy), the next change tries again.
        try:
            scrub(self._db.connection)
        except sqlite3.Error:
            self.not_cleared.append(self._db.path)
        done = reseal_backups(
            self._db.backup_dir,
            profile_id,
            str(lock.row["created_utc"]),
            columns,
            old,
            new,
            migrations.target_version(),
        )
        self.not_cleared.extend(done.failed)

    def _seal_strays(self, profile_id: int, key: DataKey) -> None:
        """Rows written in plain into a sealed profile (another process importing while the
        PIN was set) are sealed at the next unlock."""
        rows = self._db.query(
            "SELECT 1 FROM sessions WHERE profile_id = ? AND sealed IS NULL"
            " UNION ALL SELECT 1 FROM plans WHERE profile_id = ? AND sealed IS NULL LIMIT 1",
            (profile_id, profile_id),
        )
        if rows:
            with self._db.transaction() as conn:
                reseal_profile(conn, profile_id, key, key)
