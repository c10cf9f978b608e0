# SPDX-License-Identifier: GPL-3.0-or-later
"""The PIN in Settings: set, change (current PIN first) and remove; never for the guest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from breathapp.app.built import Built
from breathapp.app.profiles import add_profile_ui, profiles_controller
from breathapp.core.profiles import ProfileChoice
from breathapp.ui.settings.pin_settings import PinSettings
from breathapp.ui.settings.settings_view import SettingsView
from tests.builders.app import close_app, make_app, never_told


class Dialogs:
    """Answers the PIN questions from a list and records what was asked and told."""

    def __init__(self, *pins: str | None) -> None:
        self.pins = list(pins)
        self.asked: list[str] = []
        self.told: list[str] = []

    def ask_pin(self, title: str, label: str) -> str | None:
        self.asked.append(label)
        return self.pins.pop(0)

    def ask_new_pin(self, title: str, label: str, passphrase_label: str) -> str | None:
        return self.ask_pin(title, label)

    def busy(self) -> Callable[[], None]:
        return lambda: None

    def tell(self, text: str) -> None:
        self.told.append(text)


def _pin_section(built: Built) -> PinSettings | None:
    view = built.window.settings_view
    assert isinstance(view, SettingsView)
    sections = view.findChildren(PinSettings)
    return sections[0] if sections else None


def _has_pin(built: Built) -> bool:
    profiles = profiles_controller(built.db, built.clock, built.profile.profile.id)
    return profiles.has_pin(built.profile.profile.id)


def test_a_pin_is_set_changed_and_removed_from_settings(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path, never_told, confirm=False)
    dialogs = Dialogs("2468", "2468", "1111", "1357", "1357", "1357")
    add_profile_ui(built, dialogs)  # type: ignore[arg-type]
    section = _pin_section(built)
    assert section is not None
    assert section.status.text() == "This profile has no PIN: it opens without one."
    said = section.help.text()  # plainly what a PIN protects, and what it does not
    assert "sealed on this computer, in its backups" in said and "stay visible" in said
    assert "4-digit PIN within hours" in said and "separate computer account" in said
    assert not section.set_button.isHidden() and section.change_button.isHidden()

    section.set_button.click()  # the new PIN twice
    assert dialogs.told == ["The PIN is set."] and _has_pin(built)
    assert dialogs.asked == ["A new PIN of 4 to 8 digits.", "Type the new PIN once more:"]
    assert section.status.text() == "This profile opens with a PIN."
    assert section.set_button.isHidden() and not section.change_button.isHidden()

    section.change_button.click()  # the current PIN is asked first: a wrong one changes nothing
    assert dialogs.asked[2] == "Your current PIN:"
    assert dialogs.told[-1].startswith("The PIN was not changed")
    profiles = profiles_controller(built.db, built.clock, built.profile.profile.id)
    assert profiles.set_pin(built.profile.profile.id, "2468", "2468")  # still the first PIN

    dialogs.pins = ["2468", "1357", "1357", "1357"]
    section.change_button.click()
    assert dialogs.told[-1] == "The PIN is set."
    assert not profiles.set_pin(built.profile.profile.id, "2468", "2468")  # now 1357

    section.remove_button.click()  # only the current PIN is asked
    assert dialogs.asked[-1] == "Your current PIN:" and dialogs.pins == []
    assert dialogs.told[-1] == "The PIN is removed." and not _has_pin(built)
    assert not section.set_button.isHidden() and section.remove_button.isHidden()
    close_app(built)


def test_two_different_new_pins_change_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path, never_told, confirm=False)
    dialogs = Dialogs("2468", "2469")
    add_profile_ui(built, dialogs)  # type: ignore[arg-type]
    section = _pin_section(built)
    assert section is not None
    section.set_button.click()
    assert dialogs.told == ["The two PINs are not the same. Nothing was changed."]
    assert not _has_pin(built)
    close_app(built)


def test_settings_built_before_the_menu_gets_the_pin_too(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path, never_told, confirm=False)
    assert _pin_section(built) is None  # the menu comes after the first paint
    add_profile_ui(built, Dialogs())  # type: ignore[arg-type]
    view = built.window.settings_view
    assert isinstance(view, SettingsView)
    section = _pin_section(built)
    assert section is not None and view.profile_group.isAncestorOf(section)
    assert view.profile_group.heading.text() == "Your profile and PIN"
    assert len(view.findChildren(PinSettings)) == 1
    close_app(built)


def test_the_guest_has_no_pin_section(qtbot: QtBot, tmp_path: Path) -> None:
    guest = make_app(
        qtbot, tmp_path, never_told, confirm=False, profile=ProfileChoice(None, guest=True)
    )
    add_profile_ui(guest, Dialogs())  # type: ignore[arg-type]
    assert _pin_section(guest) is None
    close_app(guest)


def test_the_therapists_settings_are_grouped_for_the_profile(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path, never_told, confirm=False)
    add_profile_ui(built, Dialogs())  # type: ignore[arg-type]
    view = built.window.settings_view
    assert isinstance(view, SettingsView)
    group = view.therapist_group
    captions = [label.text() for label in group.findChildren(QLabel)]
    assert captions[:2] == ["For your therapist", group.lead.text()]
    assert [c for c in captions if c in ("Safety", "Pain rating", "Daily goal")] == [
        "Safety",
        "Pain rating",
        "Daily goal",
    ]
    for widget in (view.no_holds, view.ask_pain, view.goal):
        assert group.isAncestorOf(widget)  # one group, and no other group holds them
        assert [g for g in view.groups if g.isAncestorOf(widget)] == [group]
    section = _pin_section(built)
    assert section is not None and not group.isAncestorOf(section)  # the PIN: the profile's
    close_app(built)


def test_a_backup_the_pin_could_not_seal_is_named_to_the_user(qtbot: QtBot, tmp_path: Path) -> None:
    """A copy that may still hold the notes readable is never left unsaid."""
    built = make_app(qtbot, tmp_path, never_told, confirm=False)
    damaged = built.db.backup_dir / "breathapp-2026-11-27.db"
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    dialogs = Dialogs("2468", "2468")
    add_profile_ui(built, dialogs)  # type: ignore[arg-type]
    section = _pin_section(built)
    assert section is not None
    section.set_button.click()
    assert _has_pin(built)
    said = dialogs.told[-1]
    assert said.startswith("The PIN is set.") and damaged.name in said
    assert "could not be sealed" in said
