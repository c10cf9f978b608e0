# SPDX-License-Identifier: GPL-3.0-or-later
"""An RR file replayed from the app's clock, and the HeartController's record of beats."""

from __future__ import annotations

from pathlib import Path

import pytest

from breathapp.controllers.heart_controller import RECENT_S, HeartController
from breathapp.controllers.rr_replay import RrReplay, due_count
from breathapp.core.clock import ManualClock
from breathapp.core.heart.beats import Beat, RrSeries
from breathapp.core.heart.link import LinkState
from breathapp.core.heart.rr_file import RrFileError
from tests.builders.heart import H10, FakeRadio, rr_file
from tests.fakes import FakeTimer

RR = (800.0, 1000.0, 900.0, 1100.0, 850.0, 950.0, 1000.0, 800.0, 1200.0, 700.0)


def test_due_beats_are_read_off_the_clock() -> None:
    offsets = (0.8, 1.8, 2.7)
    assert [due_count(offsets, t) for t in (0.0, 0.79, 0.8, 2.69, 2.7, 99.0)] == [0, 0, 1, 2, 3, 3]


def test_each_beat_falls_at_the_start_plus_the_intervals_before_it(qapp: object) -> None:
    clock, timer = ManualClock(500.0), FakeTimer()
    replay = RrReplay(RR, clock, timer)
    got: list[Beat] = []
    replay.beats_added.connect(got.extend)
    replay.start()
    assert replay.state is LinkState.CONNECTED
    assert timer.interval_ms == 800  # the timer is set for the first beat due
    clock.advance(0.8)
    timer.fire()
    assert got == [Beat(500.8, 800.0)]
    assert timer.interval_ms == 1000


def test_a_late_timer_never_shifts_the_beats(qapp: object) -> None:
    clock, timer = ManualClock(500.0), FakeTimer()
    replay = RrReplay(RR, clock, timer)
    got: list[Beat] = []
    replay.beats_added.connect(got.extend)
    replay.start()
    clock.advance(3.05)  # the app was busy: three beats fell meanwhile
    timer.fire()
    assert got == [Beat(500.8, 800.0), Beat(501.8, 1000.0), Beat(502.7, 900.0)]
    assert timer.interval_ms == 750  # 503.8 is the next, from 503.05


def test_at_the_end_the_link_is_ended(qapp: object) -> None:
    clock, timer = ManualClock(0.0), FakeTimer()
    replay = RrReplay(RR, clock, timer)
    states: list[LinkState] = []
    replay.link_changed.connect(states.append)
    got: list[Beat] = []
    replay.beats_added.connect(got.extend)
    replay.start()
    clock.advance(sum(RR) / 1000 + 5)
    timer.fire()
    assert len(got) == len(RR)
    assert states == [LinkState.CONNECTED, LinkState.ENDED]
    assert not timer.active


@pytest.fixture
def heart(qapp: object) -> tuple[HeartController, ManualClock, list[FakeTimer]]:
    clock = ManualClock(100.0)
    timers: list[FakeTimer] = []

    def make_timer() -> FakeTimer:
        timers.append(FakeTimer())
        return timers[-1]

    return HeartController(clock, make_timer, lambda: FakeRadio()), clock, timers


def _run(clock: ManualClock, timer: FakeTimer, seconds: float) -> None:
    end = clock.monotonic() + seconds
    while timer.active and clock.monotonic() + timer.interval_ms / 1000 <= end:
        clock.advance(timer.interval_ms / 1000)
        timer.fire()
    clock.advance(max(0.0, end - clock.monotonic()))


def test_replay_through_the_heart_controller(
    heart: tuple[HeartController, ManualClock, list[FakeTimer]], tmp_path: Path
) -> None:
    controller, clock, timers = heart
    states: list[LinkState] = []
    controller.link_changed.connect(states.append)
    controller.replay(rr_file(tmp_path, RR, "demo.rr"))
    assert controller.source_name == "demo.rr"
    assert controller.link is LinkState.CONNECTED
    assert controller.series_since(100.0) is None  # no beat yet
    _run(clock, timers[-1], 3.0)
    assert controller.series_since(100.0) == RrSeries((800, 1800, 2700), (800, 1000, 900))
    assert controller.series_since(101.0) == RrSeries((800, 1700), (1000, 900))
    _run(clock, timers[-1], 60.0)
    assert controller.link is LinkState.ENDED
    assert states == [LinkState.CONNECTED, LinkState.ENDED]


def test_a_bad_file_raises_and_changes_nothing(
    heart: tuple[HeartController, ManualClock, list[FakeTimer]], tmp_path: Path
) -> None:
    controller, _clock, _timers = heart
    controller.connect_strap(H10)
    bad = tmp_path / "bad.rr"
    bad.write_text("800\n7x\n", encoding="utf-8")
    with pytest.raises(RrFileError, match="line 2"):
        controller.replay(bad)
    assert controller.link is LinkState.CONNECTING
    assert controller.source_name == H10.name


def test_one_source_at_a_time(
    heart: tuple[HeartController, ManualClock, list[FakeTimer]], tmp_path: Path
) -> None:
    controller, _clock, timers = heart
    controller.replay(rr_file(tmp_path, RR))
    first = timers[-1]
    controller.connect_strap(H10)
    assert not first.active
    assert controller.link is LinkState.CONNECTING
    controller.replay(rr_file(tmp_path, RR))
    assert controller.link is LinkState.CONNECTED
    assert controller.source_name == "beats.rr"
    controller.stop()
    assert controller.link is LinkState.OFF and controller.source_name == ""
    assert not timers[-1].active


def test_recent_keeps_the_last_ten_minutes(
    heart: tuple[HeartController, ManualClock, list[FakeTimer]], tmp_path: Path
) -> None:
    controller, clock, timers = heart
    controller.replay(rr_file(tmp_path, [1000.0] * 900))  # 15 minutes of 60 bpm
    _run(clock, timers[-1], 900.0)
    recent = controller.recent(0.0)
    assert recent[-1].t_s - recent[0].t_s == pytest.approx(RECENT_S)
    assert len(recent) == 601
    assert len(controller.recent(1000.0 - 0.5)) == 1  # the last beat, at 1000 s
    clock.advance(300.0)  # the source went quiet: recent() follows the clock
    assert len(controller.recent(0.0)) == 301
    series = controller.series_since(100.0)  # a whole session's beats stay for the record
    assert series is not None and len(series.rr_ms) == 900
