# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart panel's words: the swing per breath, large and plain; the link, calmly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from breathapp.core.heart.beats import Beat
from breathapp.core.heart.link import LinkState
from breathapp.core.session import SessionState
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.heart import heart_words
from breathapp.ui.heart.breath_track import BreathTrack
from breathapp.ui.heart.heart_panel import HeartPanel
from tests.builders.heart_live import FakeHeart, beats_following, wave
from tests.ui.conftest import Ui


def test_the_swing_of_the_heart_with_each_breath_is_said_in_whole_beats(ui: Ui) -> None:
    track = BreathTrack(ui.session, ui.clock)
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.start()
    assert ui.session.state is SessionState.RUNNING
    session = ui.session.session
    assert session is not None
    cycle = 60.0 / session.pacer_state().rate_bpm
    start = ui.clock.monotonic()
    heart = FakeHeart()
    panel = HeartPanel(heart, track, ui.clock, LIGHT)
    assert "after a few breaths" in panel.swing_label.text()  # no wave yet: how it comes
    ui.clock.advance(60.0)
    heart.add(beats_following(wave(66.0, 9.0, cycle, start), start, start + 60.0))
    assert panel.swing_label.text() == (
        "Your heart follows your breath: 9 beats a minute up and down"
    )
    assert panel.rate_label.text().startswith("Heart rate now: ")


@pytest.mark.parametrize(
    ("state", "words"),
    [
        (LinkState.SEARCHING, "Looking for your strap…"),
        (LinkState.CONNECTING, "Connecting to your strap…"),
        (LinkState.CONNECTED, "Connected: your heartbeats come in."),
        (LinkState.LOST, "Signal lost: trying again. The session goes on."),
        (LinkState.UNAVAILABLE, "Bluetooth is not available here. The session goes on without it."),
        (LinkState.ENDED, "The replay has ended."),
    ],
)
def test_the_link_in_calm_words(qapp: object, state: LinkState, words: str) -> None:
    assert heart_words.link_text(state) == words


def test_a_lost_signal_that_returns_is_said_to_be_back(ui: Ui) -> None:
    heart = FakeHeart(LinkState.CONNECTED)
    panel = HeartPanel(heart, None, ui.clock, LIGHT)
    heart.set_link(LinkState.LOST)
    heart.set_link(LinkState.CONNECTED)
    assert panel.link_label.text() == "The signal is back."


def test_the_share_of_beats_left_out_is_shown(ui: Ui) -> None:
    heart = FakeHeart()
    now = ui.clock.monotonic()
    beats = [Beat(now - 50 + i, 1000.0) for i in range(49)]
    beats[20] = Beat(beats[20].t_s, 2000.0)  # a missed beat
    beats[30] = Beat(beats[30].t_s, 480.0)  # an extra one
    panel = HeartPanel(heart, None, ui.clock, LIGHT)
    assert panel.left_out_label.isHidden()
    heart.add(beats)
    assert panel.left_out_label.text() == "4 % of beats left out as unclear"
    assert not panel.left_out_label.isHidden()


def test_words_change_only_when_what_they_say_changes(ui: Ui) -> None:
    heart = FakeHeart()
    panel = HeartPanel(heart, None, ui.clock, LIGHT)
    said: list[str] = []
    for label in (panel.swing_label, panel.rate_label, panel.link_label):
        label.setText = lambda text, label=label: (said.append(text), QLabel.setText(label, text))  # type: ignore[method-assign]
    now = ui.clock.monotonic()
    heart.add([Beat(now - 2, 1000.0)])
    said.clear()
    for _ in range(5):
        heart.add([])  # nothing new to say
        heart.set_link(LinkState.CONNECTED)
    assert said == []


def test_never_words_of_medicine(qapp: object) -> None:
    texts = [heart_words.link_text(s) for s in LinkState]
    texts += [heart_words.swing_text(None), heart_words.swing_text(7.2)]
    texts += [heart_words.rate_text(64.0), heart_words.left_out_text(0.05)]
    for text in texts:
        for word in ("diagnos", "abnormal", "alarm", "warning", "danger"):
            assert word not in text.lower()
