# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything the running app is made of: one object, its later parts typed fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only annotates: the parts load when they are made
    from PySide6.QtWidgets import QApplication, QWidget

    from breathapp.app.heart_view import HeartActions
    from breathapp.app.options import Options
    from breathapp.app.plans import PlanParts
    from breathapp.app.reminders import Reminders
    from breathapp.app.resonance import ResonanceEntry
    from breathapp.controllers.flare_controller import FlareController
    from breathapp.controllers.heart_controller import HeartController
    from breathapp.controllers.instance_controller import InstanceController
    from breathapp.controllers.narrator import Narrator
    from breathapp.controllers.prefs_controller import PrefsController
    from breathapp.controllers.profile_controller import ProfileController
    from breathapp.controllers.relaxation_controller import RelaxationController
    from breathapp.controllers.session_controller import SessionController
    from breathapp.controllers.voice_packs import VoicePacksController
    from breathapp.core.clock import Clock
    from breathapp.storage.db import Database, OpenReport
    from breathapp.storage.heart_repo import ResonanceRepo, RrRepo
    from breathapp.ui.common.background_sound import BackgroundUnderSession
    from breathapp.ui.common.breath_tone_player import EyesClosedHum
    from breathapp.ui.common.i18n import LanguageSwitcher
    from breathapp.ui.common.sound import SoundBank
    from breathapp.ui.common.style import ThemeFollower
    from breathapp.ui.flare.bad_day_flow import BadDayFlow
    from breathapp.ui.history.file_actions import FileActions
    from breathapp.ui.profiles.profile_menu import ProfileActions
    from breathapp.ui.shell.main_window import MainWindow


class Built:
    """What build() made for one window, and what is added to it later.

    The parts after ``hum`` are None until they exist: the plan's parts with the first use
    of a plan, the rest after the first paint (app/later.py). Tests and benchmarks reach in
    here; nothing is ever set on the window from outside.
    """

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        session: SessionController,
        relax: RelaxationController,
        prefs: PrefsController,
        profile: ProfileController,
        db: Database,
        report: OpenReport,
        clock: Clock,
        language: LanguageSwitcher,
        tell: Callable[[QWidget | None, str], None],
        theme: ThemeFollower,
        sound: SoundBank,
        hum: EyesClosedHum,
    ) -> None:
        self.app = app
        self.window = window
        self.session = session
        self.relax = relax
        self.prefs = prefs
        self.profile = profile
        self.db = db
        self.report = report
        self.clock = clock
        self.language = language
        self.tell = tell  # shows a calm message; tests pass one that records it
        self.theme = theme
        self.sound = sound
        self.hum = hum
        # -- made later ---------------------------------------------------------------
        self.plans: PlanParts | None = None  # the plan's controller, Today, the Plan menu
        self.voice_packs: VoicePacksController | None = None  # app/voice_packs.py
        self.profile_actions: ProfileActions | None = None  # the Profile menu
        self.reminders: Reminders | None = None  # once reminders are on
        self.reminders_watched = False  # add_reminders ran (maybe only watching for "on")
        self.instance: InstanceController | None = None  # hands later launches to us
        self.file_actions: FileActions | None = None  # the history's file dialogs
        self.switch_to: Options | None = None  # the Profile menu asked for another window
        self.narrator: Narrator | None = None  # the voice: after the first paint
        self.background: BackgroundUnderSession | None = None  # with the first session that has one
        self.flare: FlareController | None = None  # bad days and notes: app/flare.py
        self.bad_day_flow: BadDayFlow | None = None  # "I'm having a bad day": app/flare.py
        self.heart: HeartController | None = None  # the strap or --rr-replay: app/heart.py
        self.heart_actions: HeartActions | None = None  # the strap picker, the heart's places
        self.resonance: ResonanceEntry | None = None  # the resonance pace test: app/resonance.py

    @property
    def rr_repo(self) -> RrRepo:
        """The beats of sessions in this store (the module loads on first use)."""
        from breathapp.storage.heart_repo import RrRepo

        return RrRepo(self.db)

    @property
    def resonance_repo(self) -> ResonanceRepo:
        """The open profile's resonance tests (the module loads on first use)."""
        from breathapp.storage.heart_repo import ResonanceRepo

        return ResonanceRepo(self.db, self.profile.profile.id)

    def busy(self) -> bool:
        """True while a session of any kind is under way."""
        return self.session.state.is_live or self.relax.state.is_live

    def today(self) -> date:
        """The local date now, from the app's clock."""
        return self.clock.now_utc().astimezone().date()
