# SPDX-License-Identifier: GPL-3.0-or-later
"""The preferences of a profile: saved at once, and kept within the profile's safety."""

from __future__ import annotations

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.profiles import Profile
from tests.fakes import MemoryPrefs

NO_HOLDS = Profile(1, "", no_holds=True)


def test_a_remembered_pattern_with_holds_gives_way_when_holds_are_turned_off() -> None:
    prefs = PrefsController(MemoryPrefs(), 1)
    prefs.update(pattern="box")
    changed: list[object] = []
    prefs.changed.connect(changed.append)
    prefs.keep_within(Profile(1, ""))  # holds allowed: nothing to change
    assert prefs.prefs.pattern == "box" and changed == []
    prefs.keep_within(NO_HOLDS)
    assert prefs.prefs.pattern == "calm" and len(changed) == 1


def test_a_pattern_without_holds_is_kept() -> None:
    prefs = PrefsController(MemoryPrefs(), 1)
    prefs.update(pattern="4-0-8-0")
    prefs.keep_within(NO_HOLDS)
    assert prefs.prefs.pattern == "4-0-8-0"
