# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in for the HeartController (its signals and readings), and beats that follow a breath."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from breathapp.core.heart.beats import Beat
from breathapp.core.heart.link import LinkState


class Strap(NamedTuple):
    name: str
    address: str


class FakeHeart(QObject):
    """Beats and link states handed in by the test; what the screens asked for, kept."""

    beats_added = Signal(object)
    link_changed = Signal(object)
    straps_found = Signal(object)

    def __init__(self, link: LinkState = LinkState.CONNECTED) -> None:
        super().__init__()
        self._link = link
        self.beats: list[Beat] = []
        self.asked: list[object] = []  # "search", ("connect", strap), "stop"

    @property
    def link(self) -> LinkState:
        return self._link

    @property
    def source_name(self) -> str:
        return "Polar H10 1A2B3C4D"

    def set_link(self, state: LinkState) -> None:
        self._link = state
        self.link_changed.emit(state)

    def add(self, beats: list[Beat]) -> None:
        self.beats.extend(beats)
        self.beats_added.emit(tuple(beats))

    def recent(self, since_s: float) -> tuple[Beat, ...]:
        return tuple(b for b in self.beats if b.t_s >= since_s)

    def search(self) -> None:
        self.asked.append("search")

    def connect_strap(self, strap: object) -> None:
        self.asked.append(("connect", strap))

    def stop(self) -> None:
        self.asked.append("stop")


def beats_following(rate_at: Callable[[float], float], start_s: float, end_s: float) -> list[Beat]:
    """Beats from ``start_s`` to ``end_s`` whose heart rate (bpm) at each beat is ``rate_at(t)``."""
    beats: list[Beat] = []
    t = start_s
    while True:
        rr_ms = 60_000.0 / rate_at(t)
        t += rr_ms / 1000.0
        if t > end_s:
            return beats
        beats.append(Beat(t, 60_000.0 / rate_at(t)))


def wave(
    mean_bpm: float, swing_bpm: float, cycle_s: float, t0_s: float
) -> Callable[[float], float]:
    """A heart rate that rises and falls by ``swing_bpm`` once every breath from ``t0_s``."""
    return lambda t: mean_bpm - swing_bpm / 2 * math.cos(2 * math.pi * (t - t0_s) / cycle_s)
