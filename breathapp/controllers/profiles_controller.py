# SPDX-License-Identifier: GPL-3.0-or-later
"""The profiles on a shared PC: names for the picker, opening with a PIN, and changes."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.controllers.pin_check import PinOutcome, PinStore, check_pin_with_lockout
from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.profiles import Profile, valid_secret

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime
    from pathlib import Path


class ProfilesStore(PinStore, Protocol):
    def all(self) -> list[Profile]: ...
    def get(self, profile_id: int) -> Profile: ...
    def create(self, name: str, now_utc: datetime) -> Profile: ...
    def rename(self, profile_id: int, name: str) -> Profile: ...
    def delete(self, profile_id: int) -> None: ...
    def change_pin(self, profile_id: int, old: str | None, new: str | None) -> bool: ...
    def files_not_cleared(self) -> list[Path]: ...


class Entry(NamedTuple):
    """What the picker may show of a profile: its name and whether it has a lock."""

    id: int
    name: str
    locked: bool


class Outcome(Enum):
    OPEN = "open"
    WRONG_PIN = "wrong_pin"
    LOCKED_OUT = "locked_out"  # too many wrong PINs: wait seconds_left


class Opened(NamedTuple):
    outcome: Outcome
    profile: Profile | None = None  # only with OPEN
    tries_left: int = 0
    seconds_left: float = 0.0


class NotUnlockedError(PermissionError):
    """A profile with a PIN was asked for without its PIN being given first."""


class ProfilesController(QObject):
    """Every profile by name; a profile's data only once it is open (PIN given).

    ``unlocked`` is the profile the window was built for (already opened).

    Signals:
        changed(): a profile was added, renamed or deleted, or its PIN changed.
        storage_failed(StorageError): a change could not be saved; nothing changed.
    """

    changed = Signal()
    storage_failed = Signal(object)

    def __init__(
        self,
        store: ProfilesStore,
        clock: Clock,
        backup: Callable[[int, Path], int],
        unlocked: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._backup = backup
        self._unlocked: set[int] = set() if unlocked is None else {unlocked}

    def entries(self) -> list[Entry]:
        return [Entry(p.id, p.name, p.has_pin) for p in self._store.all()]

    def count(self) -> int:
        return len(self._store.all())

    def is_open(self, profile_id: int) -> bool:
        return profile_id in self._unlocked

    def open(self, profile_id: int, pin: str | None = None) -> Opened:
        """The profile when it has no PIN or ``pin`` is right; five wrong PINs lock it."""
        check = check_pin_with_lockout(self._store, profile_id, pin, self._clock.now_utc())
        if check.outcome is PinOutcome.ALLOWED:
            self._unlocked.add(profile_id)
            return Opened(Outcome.OPEN, self._store.get(profile_id))
        if check.outcome is PinOutcome.LOCKED_OUT:
            return Opened(Outcome.LOCKED_OUT, seconds_left=check.seconds_left)
        # A wrong PIN, or none (only asking whether it opens: not a try).
        return Opened(Outcome.WRONG_PIN, tries_left=check.tries_left)

    def _require_open(self, profile_id: int) -> None:
        if profile_id not in self._unlocked:
            raise NotUnlockedError(profile_id)

    def create(self, name: str) -> Profile | None:
        """A new profile (ProfileNameError for a bad or taken name); None if not saved."""
        try:
            profile = self._store.create(name, self._clock.now_utc())
        except StorageError as error:
            self.storage_failed.emit(error)
            return None
        self._unlocked.add(profile.id)  # it has no PIN yet
        self.changed.emit()
        return profile

    def rename(self, profile_id: int, name: str) -> Profile | None:
        self._require_open(profile_id)
        try:
            profile = self._store.rename(profile_id, name)
        except StorageError as error:
            self.storage_failed.emit(error)
            return None
        self.changed.emit()
        return profile

    def can_delete(self, profile_id: int) -> bool:
        """The last profile stays (the default one when it is alone)."""
        return self.is_open(profile_id) and self.count() > 1

    def save_copy(self, profile_id: int, path: Path) -> int:
        """The profile's whole history as a practice file (JSON); how many sessions.

        Raises OSError or StorageError when it cannot be written (no half file is left).
        """
        self._require_open(profile_id)
        return self._backup(profile_id, path)

    def delete(self, profile_id: int) -> bool:
        """Its sessions, preferences and the profile itself, for good; False if not saved."""
        self._require_open(profile_id)
        try:
            self._store.delete(profile_id)
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        self._unlocked.discard(profile_id)
        self.changed.emit()
        return True

    def has_pin(self, profile_id: int) -> bool:
        return self._store.has_pin(profile_id)

    def set_pin(self, profile_id: int, old: str | None, new: str | None) -> bool:
        """Set, change (the old PIN is needed) or remove (new None) the PIN.

        False when the old PIN is wrong or the new one is neither 4 to 8 digits nor a
        passphrase of 8 characters or more. The profile's private data is sealed again
        under the new PIN (or opened, when it is removed), in the store and its backups.
        """
        self._require_open(profile_id)
        if new is not None and not valid_secret(new):
            return False
        try:
            changed = self._store.change_pin(profile_id, old, new)
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        if changed:
            self.changed.emit()
        return changed

    def files_not_cleared(self) -> list[Path]:
        """What the last set_pin could not seal or clear: copies that may still hold the
        profile's private data readable (the user is told, by name)."""
        return self._store.files_not_cleared()
