# SPDX-License-Identifier: GPL-3.0-or-later
"""Soft background sound: seamless quiet loops, fades from the clock, and sessions it follows."""

from __future__ import annotations

import time
from array import array
from collections.abc import Iterator
from types import ModuleType

import numpy as np
import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from breathapp.core.clock import ManualClock
from breathapp.core.patterns import preset
from breathapp.core.prefs import BACKGROUNDS, Preferences
from breathapp.core.session import Length, SessionPlan
from breathapp.ui.common.background_loops import CAP, KINDS, LOOP_SAMPLES, loop_samples
from breathapp.ui.common.background_sound import (
    BLOCK_MS,
    BUFFER_MS,
    FADE_IN_S,
    FADE_OUT_S,
    GLIDE_S,
    BackgroundSound,
    BackgroundUnderSession,
    Fade,
    background_gain,
)
from tests.fakes import FakeTimer, fake_output_module
from tests.ui.conftest import Ui

FULL = 32767
RATE = 22050


@pytest.fixture(scope="module")
def loops() -> dict[str, np.ndarray]:
    return {kind: loop_samples(kind) for kind in KINDS}


def _steps(x: np.ndarray) -> np.ndarray:
    """Sample-to-sample steps of a loop played round, the jump from its end to its start last."""
    f = x.astype(np.float64)
    return np.diff(np.concatenate([f, f[:1]]))


def seam_jump(x: np.ndarray) -> float:
    """The jump from the last sample to the first, in typical (RMS) steps of the loop."""
    steps = _steps(x)
    return float(abs(steps[-1]) / np.sqrt(np.mean(steps**2)))


def worst_click(x: np.ndarray, block: int = 220) -> float:
    """The largest step, in RMS steps of the 30 ms around it (a click stands out there)."""
    steps = np.abs(_steps(x))
    blocks = steps[: steps.size // block * block].reshape(-1, block)
    rms = np.sqrt((blocks**2).mean(axis=1))
    near = np.sqrt((np.roll(rms, 1) ** 2 + rms**2 + np.roll(rms, -1) ** 2) / 3)
    return float((blocks.max(axis=1) / near).max())


# -- the loops ----------------------------------------------------------------------------


def test_every_background_choice_but_off_has_a_loop() -> None:
    assert set(BACKGROUNDS) == {"off", *KINDS}
    with pytest.raises(ValueError, match="unknown background"):
        loop_samples("thunder")


def test_the_loops_are_the_same_on_every_run_and_differ_from_each_other(
    loops: dict[str, np.ndarray],
) -> None:
    for kind, x in loops.items():
        assert x.dtype == np.int16 and x.size == LOOP_SAMPLES  # 16-bit mono, 23.8 s
        assert np.array_equal(x, loop_samples(kind))  # a fixed seed
    assert not np.array_equal(loops["brown"], loops["rain"])
    assert not np.array_equal(loops["rain"], loops["waves"])


def test_each_loop_joins_itself_without_a_seam(loops: dict[str, np.ndarray]) -> None:
    for kind, x in loops.items():
        assert seam_jump(x) <= 3.0, kind  # a step like any other (3 RMS: 99.7 % of them)
    # The check has teeth: 23.8 s cut out of a longer brown noise does not join itself.
    cut = loop_samples("brown", 2 * LOOP_SAMPLES)[:LOOP_SAMPLES]
    assert seam_jump(cut) > 3.0


def test_no_loop_clicks_anywhere_nor_where_it_starts_again(loops: dict[str, np.ndarray]) -> None:
    for kind, x in loops.items():
        assert worst_click(x) <= 6.0, kind
        assert worst_click(np.roll(x, LOOP_SAMPLES // 2)) <= 6.0, kind  # the seam mid-block
    clicked = loops["brown"].astype(np.int32)
    clicked[5000:] += 1200  # a step of 3.7 % of full scale: heard as a click
    assert worst_click(clicked) > 6.0


def test_the_loops_are_quiet_under_the_cap_and_never_louder_than_the_voice(
    loops: dict[str, np.ndarray],
) -> None:
    for kind, x in loops.items():
        f = x.astype(np.float64) / FULL
        assert np.abs(f).max() <= CAP, kind
        assert np.sqrt(np.mean(f**2)) <= CAP / 4, kind  # on average quieter still
        assert np.sqrt(np.mean(f**2)) >= CAP / 12, kind  # but there to hear
    # Its volume is a share of the voice's: at any setting, never above it.
    for volume in range(0, 101, 10):
        for share in range(0, 101, 10):
            prefs = Preferences(background="rain", sound_volume=volume, background_volume=share)
            gain = background_gain(prefs, live=True)
            assert gain is None or 0 < gain <= volume / 100
    assert background_gain(Preferences(background="rain"), live=True) == pytest.approx(0.18)
    assert background_gain(Preferences(), live=True) is None  # off by default
    assert background_gain(Preferences(background="rain", sound_muted=True), live=True) is None
    assert background_gain(Preferences(background="rain"), live=False) is None


def test_a_loop_is_made_in_a_few_tens_of_milliseconds() -> None:
    loop_samples("waves")  # numpy's FFT warmed up
    for kind in KINDS:
        started = time.perf_counter()
        loop_samples(kind)
        # About 20-45 ms on a quiet machine; room for a busy one (pure Python would take seconds).
        assert time.perf_counter() - started < 0.4, kind


# -- the player, on a fake device ---------------------------------------------------------


class FakeSink(QObject):
    def __init__(self, device: object, fmt: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.free = 0
        self.size = 0
        self.data = bytearray()
        self.stopped = False

    def setBufferSize(self, size: int) -> None:
        self.free = self.size = size

    def start(self) -> FakeSink:
        return self  # its own device to write to

    def bytesFree(self) -> int:
        return self.free

    def write(self, data: bytes) -> int:
        self.data += data
        self.free -= len(data)
        return len(data)

    def stop(self) -> None:
        self.stopped = True

    def play(self, seconds: float) -> None:
        """The device plays ``seconds`` of what it holds."""
        self.free = min(self.size, self.free + round(seconds * RATE) * 2)

    def samples(self) -> list[int]:
        out = array("h")
        out.frombytes(bytes(self.data))
        return list(out)


def fake_audio() -> ModuleType:
    return fake_output_module(FakeSink)


LEVEL = 10000  # the fake loops hold this one value: a sample written shows its gain


class Rig:
    def __init__(self) -> None:
        self.clock = ManualClock()
        self.timer = FakeTimer()
        self.made: list[str] = []
        self.player = BackgroundSound(self.clock, fake_audio, self.timer, self._make)

    def _make(self, kind: str) -> np.ndarray:
        self.made.append(kind)
        return np.full(1000, LEVEL if kind == "brown" else -LEVEL, dtype=np.int16)

    @property
    def sink(self) -> FakeSink:
        sink = self.player._sink
        assert isinstance(sink, FakeSink)
        return sink

    def run(self, seconds: float, tick_s: float = BLOCK_MS / 1000) -> None:
        """The device plays and the timer ticks for ``seconds`` of the clock."""
        for _ in range(round(seconds / tick_s)):
            self.clock.advance(tick_s)
            if self.player._sink is not None:
                self.sink.play(tick_s)
            self.timer.fire()

    def gain(self) -> float:
        """The gain of the last sample written."""
        return abs(self.sink.samples()[-1]) / LEVEL


@pytest.fixture
def rig(qapp: object) -> Iterator[Rig]:
    rig = Rig()
    yield rig
    rig.player.stop()


def test_the_background_fades_in_by_the_clock_whatever_the_ticks(rig: Rig) -> None:
    assert rig.made == []  # nothing made before it is needed
    assert rig.player.play("brown", 0.5) and rig.timer.active and rig.made == ["brown"]
    rig.timer.fire()
    assert rig.gain() == 0.0  # it starts from silence
    rig.clock.advance(FADE_IN_S / 2)
    rig.sink.play(0.1)
    rig.timer.fire()  # one late tick halfway: the gain the clock says, not one tick's worth
    assert rig.gain() == pytest.approx(0.25, abs=1e-4)
    for _ in range(5):
        rig.sink.play(0.02)
        rig.timer.fire()  # ticks without time passing change nothing
    assert rig.gain() == pytest.approx(0.25, abs=1e-4)
    rig.run(FADE_IN_S / 2)
    assert rig.gain() == pytest.approx(0.5, abs=1e-4)
    samples = np.array(rig.sink.samples(), dtype=np.float64)
    assert np.all(np.diff(samples) >= 0)  # rising all the way
    assert np.abs(np.diff(samples)).max() <= 3  # smoothly: under 0.01 % of the level a sample
    assert rig.made == ["brown"]


def test_a_fade_is_eased_at_both_ends() -> None:
    fade = Fade(10.0, 0.0, 1.0, 2.0)
    assert (fade.at(9.0), fade.at(10.0), fade.at(11.0), fade.at(12.0), fade.at(99.0)) == (
        0.0,
        0.0,
        0.5,
        1.0,
        1.0,
    )
    assert fade.at(10.1) < 0.05 and fade.at(11.9) > 0.95


def test_pause_fades_out_then_lets_the_device_go_and_a_resume_fades_in(rig: Rig) -> None:
    rig.player.play("brown", 0.4)
    rig.run(FADE_IN_S + 0.1)
    rig.player.fade_out()
    rig.run(FADE_OUT_S / 2)
    assert 0.0 < rig.gain() < 0.4 and rig.player.running
    rig.run(FADE_OUT_S / 2)
    assert rig.gain() == 0.0 and rig.player.running  # what the device holds plays out
    sink = rig.sink
    rig.run(BUFFER_MS / 1000 + 0.04)
    assert sink.stopped and not rig.player.running and not rig.timer.active
    assert rig.player.play("brown", 0.4)  # resumed: a fresh device, from silence
    rig.timer.fire()
    assert rig.gain() == 0.0
    rig.run(FADE_IN_S)
    assert rig.gain() == pytest.approx(0.4, abs=1e-4) and rig.made == ["brown"]  # made once


def test_a_resume_during_the_fade_out_turns_back_from_where_it_is(rig: Rig) -> None:
    rig.player.play("brown", 0.4)
    rig.run(FADE_IN_S + 0.1)
    rig.player.fade_out()
    rig.run(FADE_OUT_S / 2)
    halfway = rig.gain()
    rig.player.play("brown", 0.4)
    rig.run(0.04)
    assert halfway - 0.01 < rig.gain() < halfway + 0.01  # no jump
    rig.run(FADE_IN_S)
    assert rig.gain() == pytest.approx(0.4, abs=1e-4)


def test_a_new_volume_glides_and_another_sound_comes_after_the_first_has_gone(rig: Rig) -> None:
    rig.player.play("brown", 0.4)
    rig.run(FADE_IN_S + 0.1)
    rig.player.play("brown", 0.2)  # the volume slider
    rig.run(GLIDE_S / 2)
    assert 0.2 < rig.gain() < 0.4
    rig.run(GLIDE_S / 2 + 0.04)
    assert rig.gain() == pytest.approx(0.2, abs=1e-4)
    rig.player.play("rain", 0.3)
    rig.run(0.5)
    assert rig.sink.samples()[-1] > 0 and rig.player.kind == "brown"  # going...
    rig.run(0.6)
    assert rig.player.kind == "rain" and rig.made == ["brown", "rain"]  # ...gone: the rain comes
    rig.run(FADE_IN_S)
    assert rig.sink.samples()[-1] == -round(0.3 * LEVEL)
    steps = np.abs(np.diff(np.array(rig.sink.samples(), dtype=np.float64)))
    assert steps.max() <= 3  # no step anywhere, through the glide and the change of sound


def test_without_sound_the_background_is_silent_and_says_why(qapp: object) -> None:
    def missing() -> ModuleType:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    player = BackgroundSound(ManualClock(), missing)
    assert not player.play("rain", 0.3) and not player.running
    assert player.problem == (
        "Qt Multimedia is not available: libpulse.so.0: cannot open shared object file"
    )
    player.fade_out()
    player.stop()  # nothing breaks


# -- the sessions it follows --------------------------------------------------------------


class FakePlayer:
    """Stands in for BackgroundSound: records what it was asked."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.calls: list[tuple[str, float] | str] = []
        self.problem = "" if works else "no audio output device"

    def play(self, kind: str, gain: float) -> bool:
        self.calls.append((kind, round(gain, 4)))
        return self.works

    def fade_out(self) -> None:
        if self.calls and self.calls[-1] != "fade out":
            self.calls.append("fade out")


def _follower(ui: Ui, player: FakePlayer) -> BackgroundUnderSession:
    follower = BackgroundUnderSession(player, ui.prefs, ui.session, ui.relax)  # type: ignore[arg-type]
    follower.update()
    return follower


def _calm(settle_s: float = 3.0) -> SessionPlan:
    return SessionPlan(preset("calm").pattern, Length.minutes(5), "calm", settle_s)


def test_the_background_plays_while_a_breathing_session_runs(ui: Ui) -> None:
    player = FakePlayer()
    follower = _follower(ui, player)  # kept: it has no parent here
    ui.session.start(_calm())
    assert player.calls == []  # off by default
    ui.session.stop()
    ui.prefs.update(background="brown", sound_volume=50, background_volume=40)
    assert player.calls == []  # no session
    ui.session.start(_calm())
    assert player.calls == [("brown", 0.2)]  # it comes in with the count-in
    ui.session.skip_settle()
    ui.session.toggle_pause()
    assert player.calls[-1] == "fade out"
    ui.session.toggle_pause()
    assert player.calls[-1] == ("brown", 0.2)
    ui.prefs.update(background_volume=80)
    assert player.calls[-1] == ("brown", 0.4)
    ui.prefs.update(background="waves")
    assert player.calls[-1] == ("waves", 0.4)
    ui.prefs.update(sound_muted=True)  # M
    assert player.calls[-1] == "fade out"
    ui.prefs.update(sound_muted=False)
    ui.session.stop()
    assert player.calls[-2:] == [("waves", 0.4), "fade out"] and follower.player is player


def test_the_background_plays_under_a_relaxation_and_fades_at_its_end(ui: Ui) -> None:
    player = FakePlayer()
    follower = _follower(ui, player)  # kept: it has no parent here
    ui.prefs.update(background="rain")
    script = ui.relax.script("breathing-space")
    assert script is not None
    ui.relax.start(script)
    assert player.calls == [("rain", 0.18)]
    ui.tick(script.total_s + 1)
    assert player.calls[-1] == "fade out" and follower.player is player


def test_where_sound_cannot_play_it_says_so_once_and_tries_again_after_a_change(ui: Ui) -> None:
    player = FakePlayer(works=False)
    follower = _follower(ui, player)
    told: list[str] = []
    follower.went_silent.connect(told.append)
    ui.prefs.update(background="brown")
    ui.session.start(_calm(0.0))
    ui.session.toggle_pause()
    ui.session.toggle_pause()
    tries = [call for call in player.calls if call != "fade out"]
    assert tries == [("brown", 0.18)] and told == ["no audio output device"]
    ui.prefs.update(background_volume=50)  # a change in Settings: worth one more try
    assert player.calls[-1] == ("brown", 0.3) and told == ["no audio output device"]  # once


def test_the_real_player_is_what_the_follower_drives(qapp: object) -> None:
    assert {"play", "fade_out", "problem"} <= set(dir(BackgroundSound(ManualClock())))


# -- the real device ----------------------------------------------------------------------


def test_the_background_plays_through_the_real_sound_device(qtbot: QtBot) -> None:
    """Qt Multimedia's own QAudioSink (PulseAudio's null sink on the CI machine)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:
        pytest.skip(f"Qt Multimedia cannot load here: {error}")
    if QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("no audio output device here (start pulseaudio for its null sink)")
    clock = ManualClock()
    timer = FakeTimer()
    player = BackgroundSound(clock, timer=timer)
    assert player.play("brown", 0.3), player.problem
    timer.fire()
    first = player.written_bytes
    assert first > 0 and player._sink.error().name == "NoError"
    block = RATE * BLOCK_MS // 1000 * 2
    qtbot.waitUntil(lambda: player._sink.bytesFree() >= block, timeout=5000)  # it plays on
    clock.advance(0.1)
    timer.fire()
    assert player.written_bytes > first and player._sink.error().name == "NoError"
    player.fade_out()
    clock.advance(FADE_OUT_S + BUFFER_MS / 1000)
    timer.fire()
    assert not player.running and player.problem == ""
