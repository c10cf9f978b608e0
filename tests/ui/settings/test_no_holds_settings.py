# SPDX-License-Identifier: GPL-3.0-or-later
"""'No breath holds' in Settings: on in one click; off only after asking, and with the PIN."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.core.clock import ManualClock
from breathapp.core.profiles import Profile
from breathapp.ui.settings.settings_view import SettingsView
from tests.fakes import HoldsDialogs as Dialogs
from tests.fakes import MemoryPrefs, MemoryProfiles
from tests.ui.conftest import silent_sound


def _view(
    qtbot: QtBot,
    tmp_path: Path,
    dialogs: Dialogs,
    pin: str | None = None,
    no_holds: bool = True,
) -> tuple[SettingsView, ProfileController, MemoryProfiles]:
    store = MemoryProfiles(pin)
    store.profile = Profile(1, "", no_holds=no_holds, has_pin=pin is not None)
    profile = ProfileController(store, store.profile, ManualClock())
    prefs = PrefsController(MemoryPrefs(), 1)
    view = SettingsView(prefs, profile, silent_sound(), str(tmp_path), dialogs=dialogs)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    return view, profile, store


def _click(qtbot: QtBot, view: SettingsView) -> None:
    box = view.no_holds
    # On the tick box itself (the row is wider than its words).
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_one_click_on_the_ticked_box_does_not_turn_it_off(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = Dialogs(confirm=False)
    view, profile, store = _view(qtbot, tmp_path, dialogs)
    assert view.no_holds.isChecked()
    _click(qtbot, view)
    assert view.no_holds.isChecked()
    assert profile.profile.no_holds and store.profile.no_holds
    [(title, text, keep, go)] = dialogs.confirmed  # it asked, and said who and why
    assert title == "Allow breath holds again?"
    assert text.startswith("Your therapist turned")
    assert "without pauses" in text and "talking with them" in text
    assert (keep, go) == ("Keep them off", "Allow breath holds")
    assert dialogs.asked == []  # no PIN on this profile


def test_confirmed_without_a_pin_turns_it_off(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = Dialogs(confirm=True)
    view, profile, store = _view(qtbot, tmp_path, dialogs)
    _click(qtbot, view)
    assert not view.no_holds.isChecked()
    assert not profile.profile.no_holds and not store.profile.no_holds
    assert dialogs.asked == [] and dialogs.told == []


def test_confirmed_with_a_wrong_pin_keeps_it_on(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = Dialogs(confirm=True, pins=("1111", None))
    view, profile, store = _view(qtbot, tmp_path, dialogs, pin="2580")
    _click(qtbot, view)
    assert view.no_holds.isChecked()
    assert profile.profile.no_holds and store.profile.no_holds
    assert len(dialogs.asked) == 2  # asked again after the wrong one, then cancelled
    first, again = dialogs.asked
    assert first[2] == "" and "not right" in again[2] and "4" in again[2]
    assert store.lock.failures == 1


def test_confirmed_with_the_right_pin_turns_it_off(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = Dialogs(confirm=True, pins=("2580",))
    view, profile, store = _view(qtbot, tmp_path, dialogs, pin="2580")
    _click(qtbot, view)
    assert not view.no_holds.isChecked()
    assert not profile.profile.no_holds and not store.profile.no_holds


def test_cancel_keeps_it_on_and_never_asks_the_pin(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = Dialogs(confirm=False)
    view, _profile, store = _view(qtbot, tmp_path, dialogs, pin="2580")
    _click(qtbot, view)
    assert view.no_holds.isChecked() and store.profile.no_holds
    assert dialogs.asked == []


def test_cancel_at_the_pin_keeps_it_on(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = Dialogs(confirm=True, pins=(None,))
    view, _profile, store = _view(qtbot, tmp_path, dialogs, pin="2580")
    _click(qtbot, view)
    assert view.no_holds.isChecked() and store.profile.no_holds
    assert store.lock.failures == 0


def test_five_wrong_pins_lock_and_say_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = Dialogs(confirm=True, pins=("0000",) * 5)
    view, _profile, store = _view(qtbot, tmp_path, dialogs, pin="2580")
    _click(qtbot, view)
    assert view.no_holds.isChecked() and store.profile.no_holds
    assert dialogs.told == ["Too many tries. Please wait a minute, then try again."]
    dialogs.told.clear()
    _click(qtbot, view)  # still locked: the PIN is not even asked
    assert len(dialogs.asked) == 5 and dialogs.told[0].startswith("Too many tries")
    assert view.no_holds.isChecked()


def test_turning_it_on_stays_one_click(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = Dialogs(confirm=False)
    view, profile, store = _view(qtbot, tmp_path, dialogs, pin="2580", no_holds=False)
    _click(qtbot, view)
    assert view.no_holds.isChecked() and store.profile.no_holds and profile.profile.no_holds
    assert dialogs.confirmed == [] and dialogs.asked == []


def test_the_keyboard_reaches_the_question(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = Dialogs(confirm=False)
    view, _profile, store = _view(qtbot, tmp_path, dialogs)
    view.no_holds.setFocus()
    qtbot.keyClick(view.no_holds, Qt.Key.Key_Space)
    assert len(dialogs.confirmed) == 1
    assert view.no_holds.isChecked() and store.profile.no_holds


def test_the_help_says_who_turns_it_on(qtbot: QtBot, tmp_path: Path) -> None:
    view, _profile, _store = _view(qtbot, tmp_path, Dialogs())
    help_text = view.no_holds_help.text()
    assert help_text.startswith("Your therapist turns this on for heart problems")
    assert view.no_holds.accessibleDescription() == help_text
