# SPDX-License-Identifier: GPL-3.0-or-later
"""The recording screen at 200 % text (an 800 × 460 window), in English and Dutch, and how
the integrator opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.controllers.voice_packs import VoicePacksController
from breathapp.controllers.voice_recorder import LEVEL_INTERVAL_MS
from breathapp.core.clock import ManualClock
from breathapp.core.prefs import Preferences
from breathapp.core.relaxation import Script
from breathapp.core.voice_pack import known_from_scripts
from breathapp.paths import asset_path
from breathapp.storage.relaxation_files import load_library
from breathapp.storage.voice_packs import VoicePacks
from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.voice.recorder_window import open_recorder
from tests.builders.room import LARGE_TEXT_WINDOW, cut_off
from tests.builders.voice_packs import write_wav
from tests.fakes import FakeAudioDevice

TRANSLATIONS = asset_path("translations")


def scripts(language: str) -> tuple[Script, ...]:
    return load_library(asset_path("relaxation"), language).scripts


@pytest.mark.parametrize("language", ["en", "nl"])
def test_nothing_is_cut_off_in_a_window_of_200_percent_text(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    switcher = LanguageSwitcher(QApplication.instance(), TRANSLATIONS)  # type: ignore[arg-type]
    switcher.switch(language)
    try:
        store = VoicePacks(tmp_path / "voice")
        pack = store.create("Anna", language)
        known = known_from_scripts(scripts(language))
        for i, step in enumerate(scripts(language)[0].steps[:3]):
            take = write_wav(tmp_path / f"{i}.wav")
            store.put_recording(pack.id, scripts(language)[0].id, step.id, take, 3.5, known)
        device = FakeAudioDevice()
        window = open_recorder(
            None,
            VoicePacksController(store, lambda: known),
            scripts,
            language,
            Preferences(voice_pack=pack.id),
            ManualClock(),
            device,
        )
        window.resize(*LARGE_TEXT_WINDOW)
        found = []
        for row in range(window.steps.count()):
            window.steps.setCurrentRow(row)  # each step's words, the longest too
            QApplication.sendPostedEvents()
            QApplication.processEvents()
            found += [f"step {row + 1}: {line}" for line in cut_off(window)]
        window.record()
        QApplication.processEvents()
        found += [f"counting in: {line}" for line in cut_off(window)]
        window.close()
    finally:
        switcher.switch("en")
    assert found == [], "\n".join(found)


def test_open_recorder_wires_a_real_timer_and_cleans_up_its_takes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = VoicePacks(tmp_path / "voice")
    store.create("Anna", "en")
    device = FakeAudioDevice()
    window = open_recorder(
        None,
        VoicePacksController(store, lambda: {}),
        scripts,
        "en",
        None,
        ManualClock(),
        device,
    )
    assert window.isVisible()
    assert window.windowModality() == Qt.WindowModality.WindowModal
    assert window.pack is not None and window.pack.id == "anna"
    window.record()
    timer = window.recorder._timer
    assert isinstance(timer, QTimer) and timer.isActive()
    assert timer.interval() == LEVEL_INTERVAL_MS
    work = window.recorder._work_dir
    assert work.is_dir()
    gone: list[object] = []
    window.destroyed.connect(lambda: gone.append(True))
    window.close()  # it deletes itself, and the work folder with it
    assert not device.capturing
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)
    assert not work.exists()
