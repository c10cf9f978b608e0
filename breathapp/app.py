# SPDX-License-Identifier: GPL-3.0-or-later
"""Composition root: builds the store, controllers and views, connects them, runs Qt."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

# Before PySide6, which reads the source of every module imported after it (start-up).
from breathapp.storage.plans_repo import PlanRepo  # isort: skip

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.record_writer import RecordWriter
from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.controllers.session_controller import FRAME_INTERVAL_MS, SessionController
from breathapp.core.clock import Clock, SystemClock
from breathapp.core.errors import StorageError
from breathapp.core.patterns import DEFAULT_PRESET_ID, PatternError, resolve
from breathapp.core.prefs import Preferences, session_plan
from breathapp.core.session import LengthKind, SessionState
from breathapp.logs import excepthook, log, setup_logging
from breathapp.paths import asset_path
from breathapp.storage.db import Database, OpenReport
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.relaxation_files import load_library
from breathapp.storage.sessions_repo import SessionRepo
from breathapp.ui.common import labels
from breathapp.ui.common.breath_tone_player import BreathTone
from breathapp.ui.common.i18n import LanguageSwitcher, system_language
from breathapp.ui.common.sound import SoundBank
from breathapp.ui.common.style import apply_palette, apply_theme, current_theme, style_sheet
from breathapp.ui.guide.guide_view import GuideView
from breathapp.ui.shell.main_window import RELAX_PAGE, TODAY_PAGE, MainWindow

if TYPE_CHECKING:
    from breathapp.storage.instance_requests import Request
    from breathapp.ui.history.history_view import HistoryView
    from breathapp.ui.plan.today_view import TodayView
    from breathapp.ui.relax.relax_view import RelaxView


class Options(NamedTuple):
    """What the window needs from the command line."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).

    data_dir: Path
    language: str | None
    start: str | None
    minutes: float | None
    breaths: int | None
    fullscreen: bool
    quit_when_done: bool
    profile: object = None  # --profile NAME; after a switch, the ProfileChoice made


class Built(NamedTuple):
    """Everything the running app is made of; tests and benchmarks reach in here."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).

    app: QApplication
    window: MainWindow
    session: SessionController
    relax: RelaxationController
    prefs: PrefsController
    profile: ProfileController
    db: Database
    report: OpenReport
    clock: Clock
    language: LanguageSwitcher
    tell: Callable[[QWidget | None, str], None]
    system_palette: QPalette
    sound: SoundBank
    tone: BreathTone


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
    language = LanguageSwitcher(app, asset_path("translations"), options.data_dir / "cache")
    language.switch(options.language or system_language())
    try:
        db, report = Database.open(options.data_dir, clock.now_utc())
    except StorageError as error:
        log.error("cannot open the store: %s", error)
        sys.stderr.write(f"breathapp: {error}\n")
        tell(None, labels.storage_message(error))
        return None
    profiles = ProfileRepo(db)
    first, count = profiles.first_and_count()  # the one query profiles add to start-up
    if count > 1 or first.has_pin or options.profile is not None:
        from breathapp.app_profiles import choose  # several profiles: loaded only then

        if (chosen := choose(db, options, clock, tell)) is None:
            return None
        db, profiles, first = chosen
    profile = ProfileController(profiles, first)
    prefs = PrefsController(PrefsRepo(db), profile.profile.id)
    has_plan = PlanRepo(db).has_active(profile.profile.id)  # the one query plans add to start-up
    language.switch(options.language or prefs.prefs.language or system_language())

    system_palette = QPalette(app.palette())  # before ours replaces it
    theme = current_theme(system_palette, prefs.prefs.appearance)
    apply_palette(app, theme)

    # One writer for every kind of session: one queue to the store, one word when it fails.
    writer = RecordWriter(clock, SessionRepo(db), profile.profile.id)
    timers = [QTimer() for _ in range(4)]
    for timer in timers[::2]:
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # the frame timers
    session = SessionController(clock, timers[0], timers[1], writer)
    relaxation_dir = asset_path("relaxation")
    relax = RelaxationController(
        clock,
        timers[2],
        timers[3],
        writer,
        lambda lang: load_library(relaxation_dir, lang),
        language.language,
        parent=session,
    )
    writer.setParent(session)
    for timer in timers:
        timer.setParent(session)
    screen = app.primaryScreen()
    if screen is not None and screen.refreshRate() > 0:
        session.frame_interval_ms = max(8, int(1000 / screen.refreshRate()))
    else:
        session.frame_interval_ms = FRAME_INTERVAL_MS
    relax.frame_interval_ms = session.frame_interval_ms

    guide = GuideView(session, prefs, profile, theme)

    sound = SoundBank(asset_path("sounds"), parent=session)

    def settings_view() -> QWidget:
        from breathapp.ui.settings.settings_view import SettingsView

        sound.load()  # so the page can say at once whether sound works
        return SettingsView(prefs, profile, sound, str(options.data_dir))

    def relax_view() -> RelaxView:
        from breathapp.ui.relax.relax_view import RelaxView

        view = RelaxView(
            relax, prefs, profile, current_theme(system_palette, prefs.prefs.appearance)
        )
        writer.storage_failed.connect(lambda e: view.show_notice(labels.storage_message(e)))
        writer.storage_recovered.connect(view.hide_notice)
        return view

    def history_view() -> HistoryView:
        from breathapp.app_history import build_history  # with pyqtgraph: loaded late

        return build_history(
            db,
            profile.profile.id,
            profile.profile.name,
            clock,
            session,
            relax,
            prefs,
            lambda: current_theme(system_palette, prefs.prefs.appearance),
            lambda: window,
            tell,
        )

    def today_view() -> TodayView:
        from breathapp.app_plans import build_today  # the plan's controller: loaded late

        return build_today(built)

    qsettings = QSettings(str(options.data_dir / "window.ini"), QSettings.Format.IniFormat)
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
    app.setStyleSheet(style_sheet(theme))
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
        system_palette,
        sound,
        # Eyes closed: the hum follows whichever guide is breathing.
        BreathTone(lambda: session.pacer_state() or relax.pacer_state(), parent=session),
    )
    _connect(built, options)
    if has_plan:
        window.show_page(TODAY_PAGE)  # a patient with a plan starts the day there
    return built


def _connect(built: Built, options: Options) -> None:
    window, prefs, session = built.window, built.prefs, built.session
    guide = window.guide

    def on_prefs(new: Preferences) -> None:
        wanted = options.language or new.language or system_language()
        if wanted != built.language.language:
            built.language.switch(wanted)
            built.relax.set_language(built.language.language)
        on_theme_change()

    def edit_pattern() -> None:
        # Opened now and then; importing it here keeps it off the start-up path.
        from breathapp.ui.guide.pattern_editor import PatternEditor

        try:
            current, _ = resolve(prefs.prefs.pattern)
        except PatternError:
            current, _ = resolve("calm")
        editor = PatternEditor(
            current,
            built.clock,
            current_theme(built.system_palette, prefs.prefs.appearance),
            prefs.prefs.guide_style,
            window,
        )
        if editor.exec() and editor.pattern is not None:
            _pattern, preset_id = resolve(editor.pattern.text())
            prefs.update(pattern=preset_id or editor.pattern.text())

    shown = [current_theme(built.system_palette, prefs.prefs.appearance)]

    def on_theme_change() -> None:
        theme = current_theme(built.system_palette, prefs.prefs.appearance)
        if theme != shown[0]:
            shown[0] = theme
            apply_theme(built.app, theme)
            guide.set_theme(theme)
            if window.relax_view_built:
                window.relax_view.set_theme(theme)
            if window.history_view_built:
                window.history_view.set_theme(theme)

    def on_storage_failed(error: StorageError) -> None:
        log.warning("store: %s", error)
        guide.show_notice(labels.storage_message(error))

    def keep_within_safety(*_args: object) -> None:
        # A therapist turned breath holds off: a remembered pattern with holds gives way.
        try:
            pattern, _preset = resolve(prefs.prefs.pattern)
        except PatternError:
            return
        if built.profile.profile.no_holds and pattern.has_holds:
            prefs.update(pattern=DEFAULT_PRESET_ID)

    keep_within_safety()
    built.profile.changed.connect(keep_within_safety)
    built.profile.storage_failed.connect(on_storage_failed)

    def toggle_mute() -> None:
        prefs.update(sound_muted=not prefs.prefs.sound_muted)

    tone_failed = [False]  # tried and failed: do not try again until the settings change

    def update_tone(*_args: object) -> None:
        # Eyes-closed mode hums only while breathing, never when sound is off.
        p = prefs.prefs
        if _args and isinstance(_args[0], Preferences):
            tone_failed[0] = False
        relax = built.relax
        breathing_step = relax.state is SessionState.RUNNING and relax.pacer_state() is not None
        running = session.state is SessionState.RUNNING or breathing_step
        if p.eyes_closed and not p.sound_muted and running:
            if built.tone.running:
                built.tone.set_gain(p.sound_volume / 100)
            elif not tone_failed[0] and not built.tone.start(p.sound_volume / 100):
                tone_failed[0] = True
                log.info("eyes-closed tone: %s", built.tone.problem)
        else:
            built.tone.stop()

    session.cue.connect(lambda cue: built.sound.play(cue, prefs.prefs))
    built.relax.cue.connect(lambda cue: built.sound.play(cue, prefs.prefs))
    session.state_changed.connect(update_tone)
    built.relax.state_changed.connect(update_tone)
    built.relax.readout_changed.connect(update_tone)  # relaxation hums in breathe steps only
    prefs.changed.connect(update_tone)
    window.mute_requested.connect(toggle_mute)
    prefs.changed.connect(on_prefs)
    guide.edit_pattern_requested.connect(edit_pattern)
    QGuiApplication.styleHints().colorSchemeChanged.connect(on_theme_change)
    session.storage_failed.connect(on_storage_failed)
    prefs.storage_failed.connect(on_storage_failed)
    session.storage_recovered.connect(guide.hide_notice)
    if options.quit_when_done:
        close_when_done(built)


def close_when_done(built: Built) -> None:
    for ended in (built.session.session_ended, built.relax.session_ended):
        ended.connect(lambda _record: QTimer.singleShot(0, built.window.close))


def start_from_options(built: Built, options: Options | Request) -> None:
    # The command line chooses this one session; the saved choices stay as they were.
    script = built.relax.script(options.start) if options.start else None
    if script is not None:
        built.window.show_page(RELAX_PAGE)
        built.relax.start(script)
        return
    prefs = built.prefs.prefs
    if options.minutes is not None:
        prefs = replace(prefs, length_kind=LengthKind.MINUTES, length_minutes=options.minutes)
    elif options.breaths is not None:
        prefs = replace(prefs, length_kind=LengthKind.BREATHS, length_breaths=options.breaths)
    built.session.start(session_plan(prefs, pattern_override=options.start))


def after_first_paint(built: Built) -> None:
    """Work that can wait until the window is up (app_later.py, loaded only then)."""
    from breathapp.app_later import after_first_paint as later

    later(built)


def run(options: Options) -> int:
    sys.excepthook = excepthook
    built = build(options)
    if built is None:
        return 1
    window = built.window
    if options.fullscreen:
        window.toggle_fullscreen()
    else:
        window.show()
    if options.start:
        start_from_options(built, options)
    # Sound, backup and messages wait for the first paint (a zero timer would not).
    if window.relax_view_built and built.relax.state.is_live:
        window.relax_view.player.progress.after_next_paint(lambda: after_first_paint(built))
    elif window.today_view_built and window.pages.currentWidget() is window.today_view:
        window.today_view.after_next_paint(lambda: after_first_paint(built))
    else:
        window.guide.canvas.after_next_paint(lambda: after_first_paint(built))
    code = built.app.exec()
    built.session.flush()
    built.db.close()
    return run(window.switch_to) if hasattr(window, "switch_to") else code  # Profile menu
