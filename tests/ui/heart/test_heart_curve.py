# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart curve and the breath on one time axis, both read from the clock at each paint."""

from __future__ import annotations

import math

import pytest
from PySide6.QtWidgets import QApplication

from breathapp.core.heart.link import LinkState
from breathapp.core.session import SessionState
from breathapp.ui.common.theme import HIGH_CONTRAST, LIGHT
from breathapp.ui.heart.breath_track import BreathTrack
from breathapp.ui.heart.heart_curve import WINDOW_S, shape_at
from breathapp.ui.heart.heart_panel import HeartPanel
from tests.builders.heart_live import FakeHeart, beats_following, wave
from tests.ui.conftest import Ui


def _running(ui: Ui) -> BreathTrack:
    track = BreathTrack(ui.session, ui.clock)
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.start()
    assert ui.session.state is SessionState.RUNNING
    return track


def test_the_breath_on_the_axis_is_the_pacer_at_that_moment(ui: Ui) -> None:
    track = _running(ui)
    start = ui.clock.monotonic()
    ui.clock.advance(40.0)  # no frame fired: the track reads the clock, not ticks
    session = ui.session.session
    assert session is not None
    for back in (0.0, 3.3, 17.0, 39.0):
        t = ui.clock.monotonic() - back
        expected = session.pace.state_at(t - start).volume
        assert track.volume_at(t) == pytest.approx(expected)
    assert track.volume_at(start - 1.0) is None  # before the session: no breath drawn


def test_a_pause_holds_the_breath_still_and_it_goes_on_after(ui: Ui) -> None:
    track = _running(ui)
    start = ui.clock.monotonic()
    ui.tick(10.0)
    ui.session.toggle_pause()
    ui.tick(5.0)
    ui.session.toggle_pause()
    ui.tick(2.0)
    now = ui.clock.monotonic()
    assert track.active_at(now) == pytest.approx(12.0, abs=1e-6)
    assert track.active_at(start + 12.0) == pytest.approx(10.0, abs=1e-6)  # paused
    assert track.active_at(start + 5.0) == pytest.approx(5.0, abs=1e-6)


def test_breath_starts_come_from_the_pacer(ui: Ui) -> None:
    track = _running(ui)
    start = ui.clock.monotonic()
    session = ui.session.session
    assert session is not None
    cycle = 60.0 / session.pacer_state().rate_bpm
    ui.clock.advance(cycle * 4.5)
    starts = track.starts_between(start, ui.clock.monotonic())
    assert starts == pytest.approx([start + i * cycle for i in range(5)])


def test_the_curve_scrolls_with_the_clock_not_with_paints(ui: Ui) -> None:
    track = _running(ui)
    heart = FakeHeart()
    start = ui.clock.monotonic()
    heart.add(beats_following(wave(65.0, 8.0, 10.0, start), start, start + 60.0))
    ui.clock.advance(60.0)
    panel = HeartPanel(heart, track, ui.clock, LIGHT)
    panel.resize(600, 300)
    panel.show()
    curve = panel.curve
    before = curve.shape_now()
    for _ in range(30):  # paints (or timer ticks) without time passing change nothing
        curve.grab()
    assert curve.last_shape == before
    ui.clock.advance(9.0)  # time passing moves every point left by 9 s of the axis
    after = curve.shape_now()
    step = curve.width() * 9.0 / WINDOW_S
    kept = [p for p in before.heart if p[0] - step >= 0]
    assert len(kept) >= 20
    shifted = [v for x, y in kept for v in (x - step, y)]
    moved = [v for p in after.heart if p[0] >= 0 for v in p][: len(shifted)]
    assert moved == pytest.approx(shifted)
    panel.close()


def test_the_heart_rises_on_the_breath_in_and_falls_on_the_breath_out() -> None:
    class Breath:
        def volume_at(self, t_s: float) -> float | None:
            return 0.5 - 0.5 * math.cos(2 * math.pi * t_s / 10.0)

    beats = beats_following(wave(65.0, 8.0, 10.0, 0.0), 0.0, 90.0)
    shape = shape_at(90.0, beats, Breath(), 900.0, 300.0)
    # The highest heart rate (smallest y) and the fullest breath (smallest y) fall together.
    top_heart = min(shape.heart, key=lambda p: p[1] if 300 < p[0] < 400 else 1e9)
    top_breath = min(shape.breath, key=lambda p: p[1] if 300 < p[0] < 400 else 1e9)
    assert top_heart[0] == pytest.approx(top_breath[0], abs=12.0)
    assert shape.low_bpm <= 61.0 and shape.high_bpm >= 69.0


def test_it_repaints_only_while_shown(ui: Ui) -> None:
    heart = FakeHeart()
    panel = HeartPanel(heart, None, ui.clock, HIGH_CONTRAST)
    assert not panel.timer.isActive()
    panel.show()
    QApplication.processEvents()
    assert panel.timer.isActive()
    # Calm and light: across a full-HD screen a frame moves the curve by about 2 px at most.
    assert panel.timer.interval() / 1000 * 1920 / WINDOW_S <= 2.2
    panel.hide()
    assert not panel.timer.isActive()
    heart.set_link(LinkState.LOST)  # a hidden panel still keeps its words right
    assert "trying again" in panel.link_label.text()


def test_the_scale_stays_whole_inside_a_low_curve_at_large_text(ui: Ui) -> None:
    from PySide6.QtGui import QFont, QImage

    from breathapp.ui.heart.heart_curve import HeartCurve

    start = ui.clock.monotonic()
    beats = beats_following(wave(66.0, 9.0, 10.0, start), start, start + 60.0)
    ui.clock.advance(60.0)
    font = QFont(QApplication.font())
    font.setPixelSize(26)  # about 200 % text
    usual = QApplication.font()
    QApplication.setFont(font)
    try:
        grown = HeartCurve(lambda: beats, None, ui.clock, LIGHT)
    finally:
        QApplication.setFont(usual)
    assert grown.minimumHeight() >= 2.5 * grown.fontMetrics().height()  # both numbers
    curve = HeartCurve(lambda: beats, None, ui.clock, LIGHT)
    curve.setFont(font)
    # Drawn at a height that leaves little room, the lower number's glyphs end inside.
    curve.resize(300, 70)
    image = QImage(curve.size(), QImage.Format.Format_RGB32)
    curve.render(image)
    bottom_row = [image.pixelColor(x, 69) for x in range(4, 40)]
    background = LIGHT.color("background")
    assert all(c == background for c in bottom_row), "the scale's number runs off the bottom"
