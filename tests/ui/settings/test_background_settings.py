# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings for the soft background sound: which one, how loud, a short listen."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.core.clock import ManualClock
from breathapp.core.profiles import Profile
from breathapp.ui.settings.background_settings import LISTEN_MS, BackgroundSettings
from breathapp.ui.settings.settings_view import SettingsView
from tests.fakes import FakeTimer, MemoryPrefs, MemoryProfiles
from tests.ui.conftest import silent_sound


class FakePlayer:
    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.calls: list[tuple[str, float] | str] = []

    def play(self, kind: str, gain: float) -> bool:
        self.calls.append((kind, round(gain, 4)))
        return self.works

    def fade_out(self) -> None:
        self.calls.append("fade out")


def _settings(qtbot: QtBot) -> tuple[BackgroundSettings, PrefsController, FakePlayer, FakeTimer]:
    prefs = PrefsController(MemoryPrefs(), 1)
    player = FakePlayer()
    timer = FakeTimer()
    made: list[FakePlayer] = []

    def make_player() -> FakePlayer:
        made.append(player)
        return player

    settings = BackgroundSettings(prefs, make_player, timer)  # type: ignore[arg-type]
    qtbot.addWidget(settings)
    settings.show()
    assert made == []  # nothing to play until Listen
    return settings, prefs, player, timer


def test_the_choice_and_its_volume_are_saved_at_once_and_follow_the_prefs(qtbot: QtBot) -> None:
    settings, prefs, _player, _timer = _settings(qtbot)
    names = [settings.choice.itemText(i) for i in range(settings.choice.count())]
    assert names == ["Off", "Brown noise", "Soft rain", "Soft waves"]
    assert settings.choice.currentText() == "Off"  # off by default
    assert not settings.volume.isEnabled() and not settings.listen.isEnabled()
    settings.choice.setCurrentIndex(2)
    settings.choice.activated.emit(2)
    assert prefs.prefs.background == "rain"
    assert settings.volume.isEnabled() and settings.listen.isEnabled()
    settings.volume.setValue(55)
    assert prefs.prefs.background_volume == 55
    prefs.update(background="waves", background_volume=20)  # from elsewhere
    assert (settings.choice.currentText(), settings.volume.value()) == ("Soft waves", 20)
    prefs.update(sound_muted=True)  # sound off: nothing of it to set
    assert not settings.choice.isEnabled() and not settings.volume.isEnabled()
    assert not settings.listen.isEnabled()


def test_listen_plays_a_few_seconds_at_the_chosen_volume(qtbot: QtBot) -> None:
    settings, prefs, player, timer = _settings(qtbot)
    prefs.update(background="brown", sound_volume=50, background_volume=40)
    qtbot.mouseClick(settings.listen, Qt.MouseButton.LeftButton)
    assert player.calls == [("brown", 0.2)] and timer.active and timer.interval_ms == LISTEN_MS
    prefs.update(background_volume=80)  # heard while it plays
    assert player.calls[-1] == ("brown", 0.4)
    timer.fire()
    assert player.calls[-1] == "fade out"
    prefs.update(background_volume=60)
    assert player.calls[-1] == "fade out"  # done listening: the slider plays nothing
    qtbot.mouseClick(settings.listen, Qt.MouseButton.LeftButton)
    prefs.update(background="off")  # Off while listening: it goes
    assert player.calls[-1] == "fade out" and not timer.active


def _view(qtbot: QtBot, tmp_path: Path) -> SettingsView:
    store = MemoryProfiles()
    store.profile = Profile(1, "")
    profile = ProfileController(store, store.profile, ManualClock())
    prefs = PrefsController(MemoryPrefs(), 1)
    prefs.update(background="rain")
    view = SettingsView(prefs, profile, silent_sound(), str(tmp_path))
    qtbot.addWidget(view)
    view.resize(1000, 4000)  # everything on screen: positions are plain
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_background_sits_with_the_sound_named_and_in_tab_order(
    qtbot: QtBot, tmp_path: Path
) -> None:
    view = _view(qtbot, tmp_path)
    background = view.sound.background
    assert view.guide_group.isAncestorOf(background)
    assert background.choice.accessibleName() == "Background sound"  # a list's own name
    for widget, name in (
        (background.listen, "Listen to the background sound"),
        (background.volume, "Background volume"),
    ):
        face = QAccessible.queryAccessibleInterface(widget)
        assert face is not None and face.text(QAccessible.Text.Name) == name
    order = view.sound.focus_order()
    eyes = order.index(view.sound.cues["eyes_closed"])
    assert order[eyes + 1 :] == [background.choice, background.listen, background.volume]
    view.activateWindow()
    widget: QWidget | None = view.sound.cues["eyes_closed"]
    assert widget is not None
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(3):
        assert widget is not None
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = view.focusWidget()
        assert widget is not None
        seen.append(widget)
    assert seen == [background.choice, background.listen, background.volume]
    places = [(w.mapTo(view, QPoint(0, 0)).y(), w.mapTo(view, QPoint(0, 0)).x()) for w in seen]
    for (y0, x0), (y1, x1) in pairwise(places):
        assert y1 > y0 + 2 or (abs(y1 - y0) <= 12 and x1 > x0), places  # as the eye reads
