# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the store, the controllers and the window for the first paint, and connects them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

# Before PySide6, which reads the source of every module imported after it (start-up).
from breathapp.app.built import Built  # isort: skip
from breathapp.app.options import Options  # isort: skip
from breathapp.controllers.safety_gate import SafetyGate  # isort: skip
from breathapp.storage.plans_repo import PlanRepo  # isort: skip

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from breathapp.app.starting import close_when_done
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.record_writer import RecordWriter
from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.controllers.session_controller import FRAME_INTERVAL_MS, SessionController
from breathapp.core.clock import Clock, SystemClock
from breathapp.core.cues import Cue
from breathapp.core.errors import StorageError
from breathapp.logs import log, setup_logging
from breathapp.paths import asset_path
from breathapp.storage.db import Database
from breathapp.storage.own_files import WINDOW_SETTINGS
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.relaxation_files import load_library
from breathapp.storage.sessions_repo import SessionRepo
from breathapp.ui.common import labels
from breathapp.ui.common.breath_tone_player import BreathTone, EyesClosedHum
from breathapp.ui.common.i18n import LanguageSwitcher, system_language
from breathapp.ui.common.sound import SoundBank
from breathapp.ui.common.style import ThemeFollower, style_sheet, use_arrows
from breathapp.ui.guide.guide_view import GuideView
from breathapp.ui.shell.main_window import TODAY_PAGE, MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedLayout

    from breathapp.controllers.practice import PracticeController
    from breathapp.storage.heart_repo import RrRepo
    from breathapp.ui.history.history_view import HistoryView
    from breathapp.ui.plan.today_view import TodayView
    from breathapp.ui.relax.relax_view import RelaxView


def _qapplication() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("BreathApp")
    app.setOrganizationName("BreathApp")
    app.setDesktopFileName("breathapp")
    # Fusion draws the same calm controls on every platform and follows our palette.
    # Linux already starts in Fusion; setting (or even asking for) the style there
    # would cost about 30 ms of start-up.
    if not sys.platform.startswith("linux"):
        app.setStyle("Fusion")
    return app


def _message_box(parent: QWidget | None, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # rarely needed: kept off the start-up path

    QMessageBox.information(parent, "BreathApp", text)


def build(
    options: Options,
    clock: Clock | None = None,
    tell: Callable[[QWidget | None, str], None] = _message_box,
) -> Built | None:
    """Open the store and build the window; None (after telling the user) if that fails.

    ``tell`` shows a calm message to the user; tests pass one that records it.
    """
    app = _qapplication()
    clock = clock or SystemClock()
    setup_logging(options.data_dir)
    language = LanguageSwitcher(app, asset_path("translations"))
    language.switch(options.language or system_language())
    try:
        db, report = Database.open(options.data_dir, clock.now_utc())
    except StorageError as error:
        log.error("cannot open the store: %s", error)
        sys.stderr.write(f"breathapp: {error}\n")
        tell(None, labels.storage_message(error))
        return None
    if options.keys is not None:  # a switch to a profile whose PIN was just given
        from breathapp.storage.vault import Keyring

        assert isinstance(options.keys, Keyring)
        db.keyring = options.keys
    profiles = ProfileRepo(db)
    first, count = profiles.first_and_count()  # the one query profiles add to start-up
    if count > 1 or first.has_pin or options.profile is not None:
        from breathapp.app.profiles import choose  # several profiles: loaded only then

        if (chosen := choose(db, options, clock, tell)) is None:
            return None
        db, profiles, first = chosen
    profile = ProfileController(profiles, first, clock)
    prefs = PrefsController(PrefsRepo(db), profile.profile.id)
    prefs.keep_within(profile.profile)
    has_plan = PlanRepo(db).has_active(profile.profile.id)  # the one query plans add to start-up
    language.switch(options.language or prefs.prefs.language or system_language())
    theme = ThemeFollower(app, QPalette(app.palette()), lambda: prefs.prefs.appearance)

    # One writer for every kind of session: one queue to the store, one word when it fails.
    sessions = SessionRepo(db)
    writer = RecordWriter(clock, sessions, profile.profile.id, beats=lambda: _rr_repo(db))
    # One gate for every kind of session: the safety rules, whoever starts it.
    gate = SafetyGate(profile, sessions, clock)
    timers = [QTimer() for _ in range(4)]
    for timer in timers[::2]:
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # the frame timers
    session = SessionController(clock, timers[0], timers[1], writer, gate)
    relaxation_dir = asset_path("relaxation")
    relax = RelaxationController(
        clock,
        timers[2],
        timers[3],
        writer,
        gate,
        lambda lang: load_library(relaxation_dir, lang),
        language.language,
        parent=session,
    )
    theme.setParent(session)
    writer.setParent(session)
    for timer in timers:
        timer.setParent(session)
    screen = app.primaryScreen()
    if screen is not None and screen.refreshRate() > 0:
        session.frame_interval_ms = max(8, int(1000 / screen.refreshRate()))
    else:
        session.frame_interval_ms = FRAME_INTERVAL_MS
    relax.frame_interval_ms = session.frame_interval_ms

    guide = GuideView(session, prefs, profile, theme.current, clock)
    sound = SoundBank(asset_path("sounds"), parent=session)

    def settings_view() -> QWidget:
        from breathapp.ui.settings.settings_view import SettingsView

        sound.load()  # so the page can say at once whether sound works
        from breathapp.app.voice import voice_settings

        return SettingsView(
            prefs, profile, sound, str(options.data_dir), voice=voice_settings(built)
        )

    def relax_view() -> RelaxView:
        from breathapp.ui.relax.relax_view import RelaxView

        view = RelaxView(relax, prefs, profile, theme.current)
        view.pages.currentChanged.connect(lambda _i: _link_checkin(built, view.pages, relax))
        theme.changed.connect(view.set_theme)
        writer.storage_failed.connect(lambda e: view.show_notice(labels.storage_message(e)))
        writer.storage_recovered.connect(view.hide_notice)
        return view

    def history_view() -> HistoryView:
        from breathapp.app.history import build_history  # with pyqtgraph: loaded late

        return build_history(built)

    def today_view() -> TodayView:
        from breathapp.app.plans import build_today  # the plan's controller: loaded late

        return build_today(built)

    qsettings = QSettings(str(options.data_dir / WINDOW_SETTINGS), QSettings.Format.IniFormat)
    window = MainWindow(
        guide,
        relax_view,
        history_view,
        settings_view,
        session,
        relax,
        qsettings,
        str(options.data_dir),
        today_view,
    )
    # The style sheet comes once the window is built: set before, it polishes every
    # widget as it is made and again as it moves into its layout (about 6 ms of
    # start-up); set now, it polishes each widget once. It looks the same either way.
    use_arrows(asset_path("style"))
    app.setStyleSheet(style_sheet(theme.current))
    # Eyes closed: the hum follows whichever guide is breathing.
    tone = BreathTone(lambda: session.pacer_state() or relax.pacer_state(), parent=session)
    hum = EyesClosedHum(tone, prefs, session, relax, parent=session)
    built = Built(
        app,
        window,
        session,
        relax,
        prefs,
        profile,
        db,
        report,
        clock,
        language,
        tell,
        theme,
        sound,
        hum,
    )
    _connect(built, options)
    if has_plan:
        window.show_page(TODAY_PAGE)  # a patient with a plan starts the day there
    return built


def _rr_repo(db: Database) -> RrRepo:
    """Where a session's beats go: made with the first session that has some."""
    from breathapp.storage.heart_repo import RrRepo

    return RrRepo(db)


def _connect(built: Built, options: Options) -> None:
    window, prefs, session, guide = built.window, built.prefs, built.session, built.window.guide

    def on_prefs() -> None:
        wanted = options.language or prefs.prefs.language or system_language()
        if wanted != built.language.language:
            built.language.switch(wanted)
            built.relax.set_language(built.language.language)

    def on_storage_failed(error: StorageError) -> None:
        log.warning("store: %s", error)
        guide.show_notice(labels.storage_message(error))

    built.profile.changed.connect(prefs.keep_within)
    guide.pages.currentChanged.connect(lambda _i: _link_checkin(built, guide.pages, session))
    guide.setup_bar.bad_day_requested.connect(lambda: _open_bad_day(built))
    built.profile.storage_failed.connect(on_storage_failed)

    def on_cue(cue: Cue) -> None:
        narrator = built.narrator
        if narrator is not None:
            if cue is Cue.STEP:
                return  # a step's own signal speaks it, or chimes (app/voice.py)
            if narrator.speak_cue(cue):
                return  # words instead of the tone
        built.sound.play(cue, prefs.prefs)

    for practice in (session, built.relax):
        practice.cue.connect(on_cue)
    window.mute_requested.connect(lambda: prefs.update(sound_muted=not prefs.prefs.sound_muted))
    prefs.changed.connect(on_prefs)
    prefs.changed.connect(built.theme.refresh)
    QGuiApplication.styleHints().colorSchemeChanged.connect(built.theme.refresh)
    built.theme.changed.connect(guide.set_theme)
    session.storage_failed.connect(on_storage_failed)
    prefs.storage_failed.connect(on_storage_failed)
    session.storage_recovered.connect(guide.hide_notice)
    if options.quit_when_done:
        close_when_done(built)
    for changed in (session.state_changed, built.relax.state_changed, prefs.changed):
        changed.connect(lambda *_args: _background_with_a_session(built))


def _link_checkin(built: Built, pages: QStackedLayout, practice: PracticeController) -> None:
    """A check-in shown: its 7-or-more offer and its note reach the bad days (app/flare)."""
    from breathapp.app.flare import watch_checkin  # with the first page change, not before

    watch_checkin(built, pages, practice)


def _open_bad_day(built: Built) -> None:
    from breathapp.app.flare import open_bad_day  # with the first bad day, not before

    open_bad_day(built)


def _background_with_a_session(built: Built) -> None:
    """The soft background sound: its module (and its loops) load with the first session
    that has one chosen, never at start-up; then it follows every session itself."""
    if built.background is not None or not built.busy() or built.prefs.prefs.background == "off":
        return
    from breathapp.ui.common.background_sound import BackgroundSound, BackgroundUnderSession

    player = BackgroundSound(built.clock, parent=built.session)
    background = BackgroundUnderSession(
        player, built.prefs, built.session, built.relax, parent=built.session
    )
    background.went_silent.connect(lambda why: log.info("background sound: %s; silent", why))
    built.background = background
    background.update()
