# SPDX-License-Identifier: GPL-3.0-or-later
"""A heart-rate strap over Bluetooth Low Energy: search, connect, read, reconnect by itself.

StrapLink holds the rules (states, backoff, parsing); a BleBackend does the radio. The real
backend (controllers/heart_ble.py) wraps Qt Bluetooth and is loaded only when it is made;
tests drive a fake device that sends real notification bytes.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import NamedTuple, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.controllers.practice import Timer
from breathapp.core.clock import Clock
from breathapp.core.heart.link import LinkState
from breathapp.core.heart.measurement import MeasurementError, parse_measurement, place_beats

log = logging.getLogger("breathapp")  # breathapp.logs writes it to the data folder

# Waits before trying a lost strap again: doubling from 2 s, then every 30 s until stopped.
RETRY_FIRST_MS = 2_000
RETRY_MAX_MS = 30_000
# A connection that has not delivered the subscription by then is given up and tried again
# (BlueZ can leave a connect hanging without an error).
CONNECT_TIMEOUT_MS = 20_000
# Connected, yet no beat for this long (a stalled link, a strap off the skin sending a heart
# rate without intervals): let go and connect again, as after a drop. A strap sends about
# one notification a second.
SILENCE_MS = 15_000


class StrapInfo(NamedTuple):
    """A strap found by a search: its advertised name and the address to connect to."""

    name: str
    address: str  # a MAC address; on macOS the device UUID Core Bluetooth gives instead


class Unavailable(Enum):
    """Why Bluetooth cannot be used: for the screen to put into words."""

    NO_ADAPTER = "no_adapter"  # no Bluetooth on this machine, or no BlueZ
    POWERED_OFF = "powered_off"
    PERMISSION_DENIED = "permission_denied"  # macOS: BreathApp may not use Bluetooth
    FAILED = "failed"  # another error of the radio


class BleEvents(Protocol):
    """What a backend tells the link; every call comes from Qt's event loop."""

    def on_found(self, strap: StrapInfo) -> None: ...
    def on_search_done(self) -> None: ...
    def on_unavailable(self, why: Unavailable, detail: str) -> None: ...
    def on_subscribed(self) -> None: ...
    def on_notification(self, data: bytes) -> None: ...
    def on_dropped(self, detail: str) -> None: ...


class BleBackend(Protocol):
    """The radio: the real one wraps Qt Bluetooth, the tests' one is a fake strap."""

    def search(self, events: BleEvents) -> None:
        """Look for devices that advertise the Heart Rate service (0x180D), no others."""

    def stop_search(self) -> None: ...

    def open_strap(self, address: str, events: BleEvents) -> None:
        """Connect, find the service, subscribe to Heart Rate Measurement (0x2A37)."""

    def close_strap(self) -> None:
        """Let go of the strap; no event follows."""


def retry_delay_ms(failures: int) -> int:
    """The wait before attempt ``failures`` + 1: 2, 4, 8, 16, 30, 30 ... seconds."""
    return int(min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** min(failures - 1, 8)))


class StrapLink(QObject):
    """One strap at a time, kept connected until stopped.

    Signals:
        link_changed(LinkState): OFF, SEARCHING, CONNECTING, CONNECTED, LOST, UNAVAILABLE.
        straps_found(tuple[StrapInfo, ...]): every strap found so far in this search.
        beats_added(tuple[Beat, ...]): the beats of one notification, on the app's clock.
    """

    link_changed = Signal(object)
    straps_found = Signal(object)
    beats_added = Signal(object)

    def __init__(
        self, backend: BleBackend, clock: Clock, timer: Timer, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._clock = clock
        self._timer = timer  # single shot: the next retry, a connect's wait, or the beats' wait
        self._timer.timeout.connect(self._on_timer)
        self._state = LinkState.OFF
        self._found: list[StrapInfo] = []
        self._strap: StrapInfo | None = None
        self._failures = 0
        self._last_beat_s: float | None = None
        self.unavailable: tuple[Unavailable, str] | None = None  # why, while UNAVAILABLE

    @property
    def state(self) -> LinkState:
        return self._state

    @property
    def strap(self) -> StrapInfo | None:
        """The strap chosen (kept while it is lost and tried again)."""
        return self._strap

    def search(self) -> None:
        """Look for straps; a strap in use is let go first (one source at a time)."""
        self.stop()
        self._found = []
        self._set(LinkState.SEARCHING)
        self._backend.search(self)

    def connect_strap(self, strap: StrapInfo) -> None:
        self.stop()
        self._strap = strap
        self._failures = 0
        self._attempt()

    def stop(self) -> None:
        self._timer.stop()
        if self._state is LinkState.SEARCHING:
            self._backend.stop_search()
        elif self._strap is not None:
            self._backend.close_strap()
        self._strap = None
        self._set(LinkState.OFF)

    # -- what the backend says ----------------------------------------------------------

    def on_found(self, strap: StrapInfo) -> None:
        if self._state is not LinkState.SEARCHING:
            return
        if all(s.address != strap.address for s in self._found):
            self._found.append(strap)
            self.straps_found.emit(tuple(self._found))

    def on_search_done(self) -> None:
        if self._state is LinkState.SEARCHING:
            self.straps_found.emit(tuple(self._found))
            self._set(LinkState.OFF)

    def on_unavailable(self, why: Unavailable, detail: str) -> None:
        log.info("heart strap: Bluetooth unavailable (%s): %s", why.value, detail)
        self._timer.stop()
        if self._strap is not None:
            self._backend.close_strap()
        self._strap = None
        self.unavailable = (why, detail)
        self._set(LinkState.UNAVAILABLE)

    def on_subscribed(self) -> None:
        if self._state is not LinkState.CONNECTING:
            return
        self._failures = 0
        self._set(LinkState.CONNECTED)
        self._timer.start(SILENCE_MS)  # beats are due now

    def on_notification(self, data: bytes) -> None:
        if self._state is not LinkState.CONNECTED:
            return
        try:
            measurement = parse_measurement(data)
        except MeasurementError as error:
            log.info("heart strap: a notification skipped: %s", error)
            return
        if not measurement.rr_ms:
            return  # a strap that sends no RR (an optical sensor), or between beats
        beats = place_beats(self._clock.monotonic(), measurement.rr_ms, self._last_beat_s)
        self._last_beat_s = beats[-1].t_s
        self._timer.start(SILENCE_MS)  # the wait for the next beat begins again
        self.beats_added.emit(beats)

    def on_dropped(self, detail: str) -> None:
        if self._strap is None or self._state not in (LinkState.CONNECTING, LinkState.CONNECTED):
            return
        log.info("heart strap %s: lost (%s)", self._strap.name, detail)
        self._backend.close_strap()
        self._lost()

    # -- inside -------------------------------------------------------------------------

    def _attempt(self) -> None:
        assert self._strap is not None
        self._set(LinkState.CONNECTING)
        self._timer.start(CONNECT_TIMEOUT_MS)
        self._backend.open_strap(self._strap.address, self)

    def _lost(self) -> None:
        self._failures += 1
        self._set(LinkState.LOST)
        self._timer.start(retry_delay_ms(self._failures))

    @Slot()
    def _on_timer(self) -> None:
        self._timer.stop()
        if self._strap is None:
            return
        if self._state is LinkState.CONNECTING:  # the connect's wait ran out
            log.info("heart strap %s: no answer; trying again", self._strap.name)
            self._backend.close_strap()
            self._lost()
        elif self._state is LinkState.CONNECTED:  # connected, but no beat for a while
            log.info("heart strap %s: no beats for %d s; trying again", self._strap.name,
                     SILENCE_MS // 1000)  # fmt: skip
            self._backend.close_strap()
            self._lost()
        elif self._state is LinkState.LOST:
            self._attempt()

    def _set(self, state: LinkState) -> None:
        if state is not LinkState.UNAVAILABLE:
            self.unavailable = None
        if state is not self._state:
            self._state = state
            self.link_changed.emit(state)
