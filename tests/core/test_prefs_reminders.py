# SPDX-License-Identifier: GPL-3.0-or-later
"""The reminder preferences: defaults, checks, and values from storage (JSON lists)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from breathapp.core.plans import REMINDER_TIMES_MAX
from breathapp.core.prefs import DEFAULT_REMINDER_TIMES, Preferences
from breathapp.core.reminders import TIMES_MAX


def test_reminders_are_off_until_turned_on_with_times_ready() -> None:
    prefs = Preferences()
    assert prefs.reminders_on is False
    assert prefs.reminder_times == DEFAULT_REMINDER_TIMES
    assert TIMES_MAX == REMINDER_TIMES_MAX  # one limit for plans and preferences
    assert prefs.reminders_paused_day == ""
    assert prefs.close_to_tray_told is False


def test_times_arrive_as_a_json_list_and_come_back_as_a_cleaned_tuple() -> None:
    data = {
        "reminders_on": True,
        "reminder_times": ["19:30", "8:00"],
        "reminders_paused_day": "2026-03-29",
        "close_to_tray_told": True,
    }
    prefs, bad = Preferences.from_dict(data)
    assert bad == []
    assert prefs.reminder_times == ("08:00", "19:30")
    assert prefs.reminders_paused_day == "2026-03-29"
    assert prefs.reminders_on and prefs.close_to_tray_told
    assert Preferences.from_dict(prefs.to_dict()) == (prefs, [])


def test_bad_reminder_values_fall_back_one_by_one() -> None:
    data = {
        "reminder_times": ["08:00", "25:00"],
        "reminders_paused_day": "20260329",
        "reminders_on": "yes",
        "close_to_tray_told": 1,
    }
    prefs, bad = Preferences.from_dict(data)
    assert sorted(bad) == [
        "close_to_tray_told",
        "reminder_times",
        "reminders_on",
        "reminders_paused_day",
    ]
    assert prefs == Preferences()
    for value in ("09:00", 9, None, [["09:00"]], ["1", "2", "3", "4", "5"]):
        assert Preferences.from_dict({"reminder_times": value})[1] == ["reminder_times"]
    assert Preferences.from_dict({"reminder_times": []}) == (Preferences(reminder_times=()), [])


def test_usual_preferences_load_without_the_reminder_module() -> None:
    # Start-up is at its limit: with the usual times, loading the preferences reads no more.
    code = (
        "import sys\n"
        "from breathapp.core.prefs import Preferences\n"
        "Preferences.from_dict(Preferences().to_dict())\n"
        "assert 'breathapp.core.reminders' not in sys.modules\n"
        "Preferences.from_dict({'reminder_times': ['8:00']})\n"
        "assert 'breathapp.core.reminders' in sys.modules\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=60
    )
    assert result.returncode == 0, result.stderr
