# SPDX-License-Identifier: GPL-3.0-or-later
"""The eyes-closed hum and the theme follow their controllers, each tested on its own."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from breathapp.core.patterns import preset
from breathapp.core.session import Length, SessionPlan
from breathapp.ui.common.breath_tone_player import BreathTone, EyesClosedHum
from breathapp.ui.common.style import ThemeFollower
from breathapp.ui.common.theme import DARK, HIGH_CONTRAST, LIGHT, Theme
from tests.ui.conftest import Ui


class FakeTone:
    """Stands in for BreathTone: records what the hum asked of it."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.running = False
        self.gain = 0.0
        self.starts = 0

    def start(self, gain: float) -> bool:
        self.starts += 1
        self.running, self.gain = self.works, gain
        return self.works

    def set_gain(self, gain: float) -> None:
        self.gain = gain

    def stop(self) -> None:
        self.running = False


def _hum(ui: Ui, tone: FakeTone) -> EyesClosedHum:
    return EyesClosedHum(tone, ui.prefs, ui.session, ui.relax)  # type: ignore[arg-type]


def test_the_hum_runs_only_while_a_session_breathes_with_eyes_closed(ui: Ui) -> None:
    tone = FakeTone()
    hum = _hum(ui, tone)  # kept: it has no parent here
    ui.prefs.update(eyes_closed=True, sound_volume=50)
    assert not tone.running  # nothing breathes yet
    ui.session.start(SessionPlan(preset("calm").pattern, Length.minutes(5), "calm", 3.0))
    assert not tone.running  # settling in: quiet
    ui.session.skip_settle()
    assert tone.running and tone.gain == 0.5
    ui.prefs.update(sound_volume=80)
    assert tone.gain == 0.8
    ui.prefs.update(sound_muted=True)  # M
    assert not tone.running
    ui.prefs.update(sound_muted=False)
    ui.session.toggle_pause()
    assert not tone.running
    ui.session.toggle_pause()
    assert tone.running
    ui.session.stop()
    assert not tone.running and hum.tone is tone


def test_a_tone_that_cannot_play_is_not_tried_again_until_the_settings_change(ui: Ui) -> None:
    tone = FakeTone(works=False)
    hum = _hum(ui, tone)  # kept: it has no parent here
    ui.prefs.update(eyes_closed=True, settle_in=False)
    ui.session.start(SessionPlan(preset("calm").pattern, Length.minutes(5), "calm", 0.0))
    ui.tick(1.0)
    assert tone.starts == 1
    ui.session.toggle_pause()
    ui.session.toggle_pause()
    assert tone.starts == 1  # no device: asked once
    ui.prefs.update(sound_volume=40)  # a change in Settings: worth one more try
    assert tone.starts == 2 and hum.tone is tone


def test_the_theme_follows_the_choice_and_says_so_once(qapp: QApplication) -> None:
    chosen = [""]
    follower = ThemeFollower(qapp, QPalette(qapp.palette()), lambda: chosen[0])
    seen: list[Theme] = []
    follower.changed.connect(seen.append)
    start = follower.current
    assert start in (LIGHT, DARK)
    chosen[0] = "high_contrast"
    follower.refresh()
    follower.refresh()  # nothing new: nothing said
    assert follower.current is HIGH_CONTRAST and seen == [HIGH_CONTRAST]
    assert qapp.styleSheet()  # the style sheet follows at once
    chosen[0] = ""
    follower.refresh()
    assert follower.current == start and seen == [HIGH_CONTRAST, start]


def test_the_real_tone_is_what_the_hum_drives() -> None:
    assert {"start", "set_gain", "stop", "running"} <= set(dir(BreathTone))
