# SPDX-License-Identifier: GPL-3.0-or-later
"""The current profile and its safety settings."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.core.errors import StorageError
from breathapp.core.profiles import Profile


class ProfileStore(Protocol):
    def set_no_holds(self, profile_id: int, no_holds: bool) -> Profile: ...


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
        if no_holds == self.profile.no_holds:
            return
        try:
            # A safety setting only counts once it is stored: no saving, no change.
            self.profile = self._store.set_no_holds(self.profile.id, no_holds)
        except StorageError as error:
            self.storage_failed.emit(error)
            return
        self.changed.emit(self.profile)
