# SPDX-License-Identifier: GPL-3.0-or-later
"""The reminder preferences survive the database: the times' tuple comes back a tuple."""

from __future__ import annotations

from breathapp.core.prefs import Preferences
from breathapp.storage.db import Database
from breathapp.storage.prefs_repo import PrefsRepo


def test_reminder_preferences_round_trip(db: Database) -> None:
    repo = PrefsRepo(db)
    prefs = Preferences(
        reminders_on=True,
        reminder_times=("07:15", "12:00", "21:45"),
        reminders_paused_day="2026-10-25",
        close_to_tray_told=True,
    )
    repo.save(1, prefs)
    loaded, bad = repo.load(1)
    assert bad == []
    assert loaded == prefs
    assert isinstance(loaded.reminder_times, tuple)
    repo.save(1, Preferences(reminder_times=()))
    assert repo.load(1) == (Preferences(reminder_times=()), [])
