# SPDX-License-Identifier: GPL-3.0-or-later
"""The current profile and its safety settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.core.errors import StorageError
from breathapp.core.profiles import Profile


class ProfileStore(Protocol):
    def set_no_holds(self, profile_id: int, no_holds: bool) -> Profile: ...
    def set_ask_pain(self, profile_id: int, ask_pain: bool) -> Profile: ...


class ProfileController(QObject):
    """Holds the profile in use.

    Signals:
        changed(Profile): a setting of the profile changed.
        storage_failed(StorageError): the change could not be saved; nothing changed.
    """

    changed = Signal(object)
    storage_failed = Signal(object)

    def __init__(self, store: ProfileStore, profile: Profile, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self.profile = profile

    def set_no_holds(self, no_holds: bool) -> None:
        if no_holds != self.profile.no_holds:
            self._save(self._store.set_no_holds, no_holds)

    def set_ask_pain(self, ask_pain: bool) -> None:
        if ask_pain != self.profile.ask_pain:
            self._save(self._store.set_ask_pain, ask_pain)

    def _save(self, setter: Callable[[int, bool], Profile], value: bool) -> None:
        try:
            # A setting only counts once it is stored: no saving, no change.
            self.profile = setter(self.profile.id, value)
        except StorageError as error:
            self.storage_failed.emit(error)
            return
        self.changed.emit(self.profile)
