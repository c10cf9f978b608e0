# SPDX-License-Identifier: GPL-3.0-or-later
"""Several profiles: the picker, the guest, the Profile menu.

Loaded only when needed: with one profile and no PIN (the usual case) the window opens
without any of it, and the menu comes after the first paint.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from breathapp.app.options import Options
from breathapp.controllers.profiles_controller import Entry, ProfilesController
from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.prefs import Preferences
from breathapp.core.profiles import Profile, ProfileChoice
from breathapp.storage import migrations
from breathapp.storage.db import Database
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.transfer import Transfers
from breathapp.ui.common.i18n import system_language
from breathapp.ui.common.menus import insert_before_help
from breathapp.ui.common.window_fit import resize_within_screen
from breathapp.ui.profiles.profile_menu import ProfileActions, ProfileDialogs
from breathapp.ui.profiles.profile_picker import ProfilePicker

if TYPE_CHECKING:
    from breathapp.app.built import Built

GUEST_FILE = "guest (kept in memory only)"


class GuestDatabase(Database):
    """A whole store in memory: the guest's practice is gone when the window closes."""

    @classmethod
    def create(cls, data_dir: Path, now_utc: datetime) -> GuestDatabase:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute("PRAGMA foreign_keys=ON")
        migrations.migrate(conn, now_utc)
        db = cls(conn, data_dir / GUEST_FILE)
        profile = ProfileRepo(db).default()
        # A demonstration: no check-ins, and the safety notice is the therapist's to give.
        PrefsRepo(db).save(profile.id, Preferences(check_in=False, safety_notice_seen=True))
        return db

    def daily_backup(self, today: date) -> Path | None:
        return None  # nothing to keep


def profiles_controller(db: Database, clock: Clock, unlocked: int | None) -> ProfilesController:
    def save_copy(profile_id: int, path: Path) -> int:
        return Transfers(db, profile_id).export(path, "json", clock.now_utc(), None, None)

    return ProfilesController(ProfileRepo(db), clock, save_copy, unlocked)


def pick(profiles: ProfilesController, only: Entry | None = None) -> ProfileChoice | None:
    """The picker at start; with ``only``, straight to that profile's PIN. None: closed."""
    picker = ProfilePicker(profiles)
    resize_within_screen(picker, 720, 560)
    if only is not None:
        picker.ask_pin_for(only)
    return picker.choice if picker.exec() else None


def choose(
    db: Database,
    options: Options,
    clock: Clock,
    tell: Callable[[QWidget | None, str], None],
    picker: Callable[[ProfilesController, Entry | None], ProfileChoice | None] | None = None,
) -> tuple[Database, ProfileRepo, Profile] | None:
    """The store and profile the window opens on; None (store closed) when none was chosen."""
    repo = ProfileRepo(db)
    wanted = options.profile
    if isinstance(wanted, ProfileChoice):  # after a switch: chosen (and unlocked) already
        choice: ProfileChoice | None = wanted
    else:
        profiles = profiles_controller(db, clock, None)
        named = repo.by_name(wanted) if isinstance(wanted, str) else None
        if isinstance(wanted, str) and named is None:
            tell(None, QCoreApplication.translate("app", "There is no profile of that name."))
            choice = None
        elif named is not None and not named.has_pin:
            choice = ProfileChoice(named.id)
        else:
            only = Entry(named.id, named.name, True) if named is not None else None
            choice = (picker or pick)(profiles, only)
    if choice is not None and not choice.guest and choice.profile_id is not None:
        try:
            return db, repo, repo.get(choice.profile_id)
        except KeyError:
            choice = None  # deleted in the meantime
    data_dir = db.data_dir
    db.close()
    if choice is None:
        return None
    guest = GuestDatabase.create(data_dir, clock.now_utc())
    guest_repo = ProfileRepo(guest)
    return guest, guest_repo, guest_repo.default()


def add_profile_ui(built: Built, dialogs: ProfileDialogs | None = None) -> None:
    """The Profile menu and the profile's name in the rail (after the first paint).

    A switch opens the next window in the language saved for that profile.
    """
    window = built.window
    if built.profile_actions is not None:
        return
    guest = isinstance(built.db, GuestDatabase)
    profile = built.profile.profile
    current = ProfileChoice(None, guest=True) if guest else ProfileChoice(profile.id)
    if guest:
        # The profile list lives in the real file; the guest only reads it.
        real, _report = Database.open(built.db.data_dir, built.clock.now_utc())
        real_profiles = profiles_controller(real, built.clock, None)
        window.destroyed.connect(real.close)
    else:
        real = built.db
        real_profiles = profiles_controller(built.db, built.clock, profile.id)

    def switch(choice: ProfileChoice | None) -> None:
        """Close this window; run() then builds one for ``choice`` (None: the picker)."""
        if built.busy():
            if not window.confirm(
                QCoreApplication.translate("app", "Stop this session?"),
                QCoreApplication.translate(
                    "app",
                    "A session is under way. Stop it and switch profile? "
                    "What you practised so far is kept.",
                ),
            ):
                return
            built.session.stop()
            built.relax.stop()
        # run() sees this once the window has closed and builds the next one.
        # The next window gets the key of the profile chosen (its PIN given), no other.
        keys = real.keyring.only(None if choice is None else choice.profile_id)
        built.switch_to = Options(
            built.db.data_dir, None, None, None, None, False, False, choice, keys
        )
        if not window.close():
            built.switch_to = None
            return
        built.language.switch("en")  # the next window installs its own translator

    actions = ProfileActions(
        real_profiles, current, profile.name, dialogs or ProfileDialogs(window), switch, window
    )
    # The person who made the profile goes on in the window's language, and is not shown
    # the safety notice again if they saw it (the guest's "seen" is only the demonstration's).
    seen = not guest and built.prefs.prefs.safety_notice_seen

    def made(new_id: int) -> None:
        shown = built.language.language
        # A window that follows the system's language makes a profile that follows it too.
        following = not built.prefs.prefs.language and shown == system_language()
        _carry_over(real, new_id, "" if following else shown, seen)

    actions.created.connect(made)
    insert_before_help(window, actions.menu)
    layout = window.nav.layout()
    if layout is not None:
        layout.addWidget(actions.rail_label)
    built.profile_actions = actions
    if not guest:
        _pin_in_settings(window.pages, actions)


def _carry_over(db: Database, profile_id: int, language: str, notice_seen: bool) -> None:
    """A new profile's first settings: the maker's language and safety notice, else defaults."""
    # Not saved (a full disk): the new profile opens with the defaults, no worse than before.
    with suppress(StorageError):
        PrefsRepo(db).save(
            profile_id, Preferences(language=language, safety_notice_seen=notice_seen)
        )


def _pin_in_settings(pages: QStackedWidget, actions: ProfileActions) -> None:
    """The PIN section of Settings, in the page now or whenever it is built (on first use)."""

    from breathapp.ui.settings.pin_settings import PinSettings
    from breathapp.ui.settings.settings_view import SettingsView

    def attach(index: int) -> None:
        page = pages.widget(index)
        if isinstance(page, SettingsView):
            page.add_pin_section(PinSettings(actions))

    for index in range(pages.count()):
        attach(index)
    pages.widgetAdded.connect(attach)
