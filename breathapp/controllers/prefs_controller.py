# SPDX-License-Identifier: GPL-3.0-or-later
"""Holds the current profile's preferences and saves every change."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.core.errors import StorageError
from breathapp.core.prefs import Preferences
from breathapp.core.profiles import Profile
from breathapp.core.safety import within_safety


class PrefsStore(Protocol):
    def load(self, profile_id: int) -> tuple[Preferences, list[str]]: ...
    def save(self, profile_id: int, prefs: Preferences) -> None: ...


class PrefsController(QObject):
    """The preferences of one profile.

    Signals:
        changed(Preferences): after any change, with the new preferences.
        storage_failed(StorageError): a change could not be saved (it still applies now).
    """

    changed = Signal(object)
    storage_failed = Signal(object)

    def __init__(self, store: PrefsStore, profile_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._profile_id = profile_id
        self.prefs, self.unusable = store.load(profile_id)

    def update(self, **changes: Any) -> None:
        new = replace(self.prefs, **changes)
        if new == self.prefs:
            return
        self.prefs = new
        try:
            self._store.save(self._profile_id, new)
        except StorageError as error:
            self.storage_failed.emit(error)
        self.changed.emit(new)

    def keep_within(self, profile: Profile) -> None:
        """A therapist turned breath holds off: a remembered pattern with holds gives way
        to the default one, so the next Start offers something this profile may do."""
        wanted = within_safety(self.prefs.pattern, profile)
        if wanted != self.prefs.pattern:
            self.update(pattern=wanted)
