# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole app: 'No breath holds' on a profile with a PIN comes off only with that PIN."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from breathapp.app.build import build
from breathapp.app.options import Options
from breathapp.app.profiles import profiles_controller
from breathapp.controllers.profiles_controller import Outcome
from breathapp.core.clock import ManualClock
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.ui.settings.settings_view import SettingsView
from breathapp.ui.shell.main_window import SETTINGS_PAGE
from tests.fakes import HoldsDialogs as Dialogs


def _told(_parent: object, text: str) -> None:
    raise AssertionError(text)


def test_a_profile_with_a_pin_allows_holds_again_only_with_its_pin(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = ManualClock()
    built = build(Options(tmp_path, "en", None, None, None, False, False), clock, _told)
    assert built is not None
    qtbot.addWidget(built.window)
    profile_id = built.profile.profile.id
    built.profile.set_no_holds()  # the therapist, one click
    # The PIN is set while the window is open: the rule reads the store, not the snapshot.
    profiles = profiles_controller(built.db, clock, profile_id)
    assert profiles.set_pin(profile_id, None, "2580")
    built.window.show_page(SETTINGS_PAGE)
    view = built.window.settings_view
    assert isinstance(view, SettingsView) and view.no_holds.isChecked()
    box = view.no_holds

    def click(dialogs: Dialogs) -> None:
        view.dialogs = dialogs
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))

    def stored() -> bool:
        return ProfileRepo(built.db).get(profile_id).no_holds

    click(Dialogs(confirm=False))  # "Keep them off"
    assert box.isChecked() and stored()

    wrong = Dialogs(confirm=True, pins=("1111", "2222", "3333", "4444", "5555"))
    click(wrong)
    assert box.isChecked() and stored()
    assert wrong.told == ["Too many tries. Please wait a minute, then try again."]
    # Five wrong PINs here lock the profile at the picker too.
    assert profiles_controller(built.db, clock, None).open(profile_id, "2580").outcome is (
        Outcome.LOCKED_OUT
    )

    clock.advance(60)
    click(Dialogs(confirm=True, pins=("2580",)))
    assert not box.isChecked() and not stored()
    assert not built.profile.profile.no_holds

    box.click()  # back on: one click, nothing asked
    assert box.isChecked() and stored()
    built.window.close()
    built.db.close()
    built.language.switch("en")
