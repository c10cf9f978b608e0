# SPDX-License-Identifier: GPL-3.0-or-later
"""The strap over Bluetooth, through a fake radio that sends real notification bytes."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from breathapp.controllers.heart_controller import HeartController, StrapInfo
from breathapp.controllers.heart_sensor import (
    CONNECT_TIMEOUT_MS,
    Unavailable,
    retry_delay_ms,
)
from breathapp.core.clock import ManualClock
from breathapp.core.heart.beats import Beat
from breathapp.core.heart.link import LinkState
from tests.builders.heart import H10, HRM, FakeRadio, notification
from tests.fakes import FakeTimer


@dataclass
class Rig:
    heart: HeartController
    radio: FakeRadio
    clock: ManualClock
    timers: list[FakeTimer]
    links: list[LinkState] = field(default_factory=list)
    beats: list[tuple[Beat, ...]] = field(default_factory=list)
    found: list[tuple[StrapInfo, ...]] = field(default_factory=list)

    @property
    def timer(self) -> FakeTimer:
        (timer,) = self.timers  # the strap's one timer
        return timer

    def wait(self, ms: int) -> None:
        """Let ``ms`` pass; the timer fires if it was due."""
        self.clock.advance(ms / 1000)
        if self.timer.active and self.timer.interval_ms <= ms:
            self.timer.fire()


@pytest.fixture
def rig(qapp: object) -> Rig:
    clock = ManualClock(1000.0)
    timers: list[FakeTimer] = []
    radio = FakeRadio((H10, HRM))

    def make_timer() -> FakeTimer:
        timers.append(FakeTimer())
        return timers[-1]

    made = Rig(HeartController(clock, make_timer, lambda: radio), radio, clock, timers)
    made.heart.link_changed.connect(made.links.append)
    made.heart.beats_added.connect(made.beats.append)
    made.heart.straps_found.connect(made.found.append)
    return made


def _connected(rig: Rig) -> None:
    rig.heart.connect_strap(H10)
    rig.radio.subscribe()
    assert rig.heart.link is LinkState.CONNECTED


def test_search_lists_the_straps_found_then_ends(rig: Rig) -> None:
    rig.heart.search()
    assert rig.heart.link is LinkState.SEARCHING and rig.radio.searching
    rig.radio.find()
    assert rig.found[-1] == (H10, HRM)
    assert rig.found[0] == (H10,)  # the list grows while the search goes on
    assert rig.links == [LinkState.SEARCHING, LinkState.OFF]


def test_connect_subscribe_and_read_the_beats_of_real_bytes(rig: Rig) -> None:
    rig.heart.connect_strap(H10)
    assert rig.radio.opened == [H10.address]
    assert rig.heart.link is LinkState.CONNECTING
    rig.radio.subscribe()
    assert rig.heart.link is LinkState.CONNECTED
    assert rig.heart.source_name == H10.name
    rig.clock.advance(1.0)
    rig.radio.send(notification([1000.0]))  # flags 0x16 + RR: an H10's usual packet
    rig.clock.advance(1.7)
    # 16-bit heart rate, energy expended to skip, two intervals
    rig.radio.send(notification([750.0, 1000.0], flags=0x01 | 0x08))
    assert rig.beats == [
        (Beat(1001.0, 1000.0),),
        (Beat(1001.7, 750.0), Beat(1002.7, 1000.0)),
    ]
    assert rig.heart.recent(0.0)[-1] == Beat(1002.7, 1000.0)


def test_a_packet_without_rr_or_a_broken_one_adds_nothing(rig: Rig) -> None:
    _connected(rig)
    rig.radio.send(notification([]))  # an optical sensor: heart rate only
    rig.radio.send(bytes([0x10, 60, 0x00]))  # cut off in its RR
    assert rig.beats == []
    rig.radio.send(notification([800.0]))
    assert len(rig.beats) == 1


def test_implausible_intervals_are_not_beats(rig: Rig) -> None:
    _connected(rig)
    rig.radio.send(notification([100.0, 750.0, 3000.0]))
    assert [b.rr_ms for b in rig.beats[0]] == [750.0]


def test_a_drop_is_lost_then_connecting_then_connected_again(rig: Rig) -> None:
    _connected(rig)
    rig.radio.send(notification([800.0]))
    rig.radio.drop()
    assert rig.heart.link is LinkState.LOST
    assert rig.radio.connected_to is None
    assert rig.timer.active and rig.timer.interval_ms == 2000
    rig.wait(1999)
    assert rig.heart.link is LinkState.LOST
    rig.wait(2000)
    assert rig.heart.link is LinkState.CONNECTING
    assert rig.radio.opened == [H10.address, H10.address]
    rig.radio.subscribe()
    rig.radio.send(notification([820.0]))
    assert rig.links[-4:] == [
        LinkState.CONNECTED,
        LinkState.LOST,
        LinkState.CONNECTING,
        LinkState.CONNECTED,
    ]
    assert len(rig.heart.recent(0.0)) == 2  # the beats before the drop are kept


def test_it_tries_again_with_longer_waits_forever_until_stopped(rig: Rig) -> None:
    _connected(rig)
    rig.radio.drop()
    waits = []
    for _ in range(8):
        waits.append(rig.timer.interval_ms)
        rig.wait(rig.timer.interval_ms)
        assert rig.heart.link is LinkState.CONNECTING
        rig.radio.drop()  # the strap is still out of reach
    assert waits == [2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000]
    assert [retry_delay_ms(n) for n in (1, 5, 100)] == [2000, 30000, 30000]
    rig.heart.stop()
    assert rig.heart.link is LinkState.OFF
    assert not rig.timer.active and rig.radio.connected_to is None


def test_back_in_reach_the_waits_start_short_again(rig: Rig) -> None:
    _connected(rig)
    for _ in range(3):
        rig.radio.drop()
        rig.wait(rig.timer.interval_ms)
    rig.radio.subscribe()
    rig.radio.drop()
    assert rig.timer.interval_ms == 2000


def test_a_connect_that_never_answers_is_tried_again(rig: Rig) -> None:
    rig.heart.connect_strap(H10)
    assert rig.timer.interval_ms == CONNECT_TIMEOUT_MS
    rig.wait(CONNECT_TIMEOUT_MS)
    assert rig.heart.link is LinkState.LOST
    assert rig.radio.connected_to is None
    rig.wait(2000)
    assert rig.heart.link is LinkState.CONNECTING


def test_a_strap_connected_but_silent_is_lost_and_tried_again(rig: Rig) -> None:
    """Straps and BlueZ can stall without a disconnect; a strap off the skin sends no RR."""
    from breathapp.controllers.heart_sensor import SILENCE_MS

    _connected(rig)
    assert rig.timer.active and rig.timer.interval_ms == SILENCE_MS  # the wait for beats
    starts = rig.timer.starts
    rig.wait(1000)
    rig.radio.send(notification([1000.0]))
    assert rig.timer.starts == starts + 1  # each beat starts the wait again
    rig.radio.send(notification([]))  # a heart rate without intervals: not a beat
    assert rig.timer.starts == starts + 1
    rig.wait(SILENCE_MS - 1)
    assert rig.heart.link is LinkState.CONNECTED
    rig.wait(SILENCE_MS)  # no beat for that long
    assert rig.heart.link is LinkState.LOST
    assert rig.radio.connected_to is None  # let go, to be opened afresh
    rig.wait(2000)
    assert rig.heart.link is LinkState.CONNECTING
    rig.radio.subscribe()
    assert rig.heart.link is LinkState.CONNECTED


def test_no_adapter_is_unavailable_and_says_why(qapp: object) -> None:
    radio = FakeRadio(adapter=False)
    heart = HeartController(ManualClock(), FakeTimer, lambda: radio)
    heart.search()
    assert heart.link is LinkState.UNAVAILABLE
    assert heart.unavailable is Unavailable.NO_ADAPTER
    heart.stop()
    assert heart.link is LinkState.OFF and heart.unavailable is None


def test_a_search_lets_go_of_the_strap_in_use(rig: Rig) -> None:
    _connected(rig)
    rig.heart.search()
    assert rig.radio.connected_to is None
    assert rig.heart.link is LinkState.SEARCHING
    assert rig.heart.source_name == ""
