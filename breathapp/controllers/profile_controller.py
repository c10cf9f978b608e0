# SPDX-License-Identifier: GPL-3.0-or-later
"""The current profile and its safety settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.controllers.pin_check import PinCheck, PinOutcome, PinStore, check_pin_with_lockout
from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.profiles import Profile


class ProfileStore(PinStore, Protocol):
    def set_no_holds(self, profile_id: int, no_holds: bool) -> Profile: ...
    def set_ask_pain(self, profile_id: int, ask_pain: bool) -> Profile: ...


class ProfileController(QObject):
    """Holds the profile in use and owns the rule for turning "No breath holds" off.

    Signals:
        changed(Profile): a setting of the profile changed.
        storage_failed(StorageError): the change could not be saved; nothing changed.
    """

    changed = Signal(object)
    storage_failed = Signal(object)

    def __init__(
        self, store: ProfileStore, profile: Profile, clock: Clock, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.profile = profile

    def set_no_holds(self) -> None:
        """Turn "No breath holds" on: the safer way needs nothing more."""
        if not self.profile.no_holds:
            self._save(self._store.set_no_holds, True)

    def allow_holds(self, pin: str | None = None) -> PinCheck | None:
        """Turn "No breath holds" off, the only way to; with a PIN on the profile, only with it.

        The caller asks the person first (the ui says who turned it on and why). The PIN is
        checked with the picker's lock-out: five wrong ones lock the profile for a minute.
        ALLOWED: holds are allowed again. None: the store failed (storage_failed said so)
        and nothing changed.
        """
        if not self.profile.no_holds:
            return PinCheck(PinOutcome.ALLOWED)
        try:
            # The store, not self.profile: a PIN may have been set since the window opened.
            check = check_pin_with_lockout(self._store, self.profile.id, pin, self._clock.now_utc())
        except StorageError as error:
            self.storage_failed.emit(error)
            return None
        if check.outcome is PinOutcome.ALLOWED and not self._save(self._store.set_no_holds, False):
            return None
        return check

    def set_ask_pain(self, ask_pain: bool) -> None:
        if ask_pain != self.profile.ask_pain:
            self._save(self._store.set_ask_pain, ask_pain)

    def _save(self, setter: Callable[[int, bool], Profile], value: bool) -> bool:
        try:
            # A setting only counts once it is stored: no saving, no change.
            self.profile = setter(self.profile.id, value)
        except StorageError as error:
            self.storage_failed.emit(error)
            return False
        self.changed.emit(self.profile)
        return True
