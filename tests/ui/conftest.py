# SPDX-License-Identifier: GPL-3.0-or-later
"""Views wired to real controllers over fake timers, a manual clock and in-memory stores."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from breathapp.controllers.history_controller import HistoryController
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.record_writer import RecordWriter
from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.controllers.safety_gate import SafetyGate
from breathapp.controllers.session_controller import SessionController
from breathapp.core.clock import ManualClock
from breathapp.core.profiles import Profile
from breathapp.storage.db import Database
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.relaxation_files import load_library
from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.common.sound import SoundBank
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.guide.guide_view import GuideView
from breathapp.ui.history.history_view import HistoryView
from breathapp.ui.relax.relax_view import RelaxView
from breathapp.ui.settings.settings_view import SettingsView
from breathapp.ui.shell.main_window import MainWindow
from tests.fakes import FakeTimer, MemoryPrefs, MemoryProfiles, MemoryStore

TRANSLATIONS = Path(__file__).resolve().parents[2] / "assets" / "translations"


def silent_sound() -> SoundBank:
    """A sound bank on a machine without Qt Multimedia."""

    def missing() -> ModuleType:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    return SoundBank(TRANSLATIONS.parent / "sounds", missing)


@dataclass
class Ui:
    window: MainWindow
    guide: GuideView
    session: SessionController
    prefs: PrefsController
    profile: ProfileController
    clock: ManualClock
    frame: FakeTimer
    checkpoint: FakeTimer
    store: MemoryStore
    language: LanguageSwitcher
    relax: RelaxationController
    relax_frame: FakeTimer

    def tick(self, seconds: float) -> None:
        steps = max(1, round(seconds * 60))
        for _ in range(steps):
            self.clock.advance(seconds / steps)
            self.frame.fire()
            self.relax_frame.fire()

    @property
    def relax_view(self) -> RelaxView:
        return self.window.relax_view


def history_view(folder: Path, clock: ManualClock) -> HistoryView:
    """The history over an empty store of its own (the ui's sessions live in memory)."""
    from breathapp.ui.history.chart_loading import import_charts

    import_charts()
    from breathapp.ui.history.history_view import HistoryView

    db, _report = Database.open(folder / "history", clock.now_utc())
    view = HistoryView(HistoryController(HistoryRepo(db), 1, clock), 10, LIGHT)
    view.destroyed.connect(db.close)
    return view


@pytest.fixture
def ui(qtbot: object, tmp_path: Path) -> Iterator[Ui]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = LanguageSwitcher(app, TRANSLATIONS)
    language.switch("en")
    clock = ManualClock()
    frame, checkpoint = FakeTimer(), FakeTimer()
    store = MemoryStore()
    writer = RecordWriter(clock, store, 1)
    profile = ProfileController(MemoryProfiles(), Profile(1, ""), clock)
    gate = SafetyGate(profile, store, clock)
    session = SessionController(clock, frame, checkpoint, writer, gate)
    relax_frame = FakeTimer()
    relax = RelaxationController(
        clock,
        relax_frame,
        FakeTimer(),
        writer,
        gate,
        lambda lang: load_library(TRANSLATIONS.parent / "relaxation", lang),
        "en",
    )
    prefs = PrefsController(MemoryPrefs(), 1)
    guide = GuideView(session, prefs, profile, LIGHT, clock)
    qsettings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        guide,
        lambda: RelaxView(relax, prefs, profile, LIGHT),
        lambda: history_view(tmp_path, clock),
        lambda: SettingsView(prefs, profile, silent_sound(), str(tmp_path)),
        session,
        relax,
        qsettings,
        str(tmp_path),
    )
    window.confirm = lambda _title, _question: True  # type: ignore[method-assign]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1000, 700)
    window.show()
    yield Ui(
        window,
        guide,
        session,
        prefs,
        profile,
        clock,
        frame,
        checkpoint,
        store,
        language,
        relax,
        relax_frame,
    )
    language.switch("en")


@pytest.fixture(scope="session", autouse=True)
def english_plural_forms(qapp: QApplication) -> Iterator[None]:
    """English as the app speaks it: its catalogue of plural forms ("1 session", "2
    sessions") installed, as the language switch does at every start; a view test run on
    its own reads the same words as one run after a test that switched languages."""
    from breathapp.ui.common.i18n import load_translator

    translator = load_translator(TRANSLATIONS, "en")
    assert translator is not None, "no breathapp_en.qm: run scripts/compile_translations.py"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
