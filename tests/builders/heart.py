# SPDX-License-Identifier: GPL-3.0-or-later
"""A fake Bluetooth radio with a fake strap that sends real notification bytes; RR files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from breathapp.controllers.heart_sensor import BleEvents, StrapInfo, Unavailable

H10 = StrapInfo("Polar H10 8C4D2A1B", "A0:9E:1A:8C:4D:2A")
HRM = StrapInfo("HRM-Pro:123456", "C4:11:22:33:44:55")


def notification(rr_ms: Sequence[float], hr_bpm: int = 70, flags: int = 0x16) -> bytes:
    """The bytes a strap sends: ``flags`` as given (RR present is added when there are RR)."""
    if rr_ms:
        flags |= 0x10
    data = bytearray([flags])
    data += hr_bpm.to_bytes(2 if flags & 0x01 else 1, "little")
    if flags & 0x08:
        data += (1234).to_bytes(2, "little")  # energy expended, kJ
    for rr in rr_ms:
        data += round(rr * 1024 / 1000).to_bytes(2, "little")
    return bytes(data)


class FakeRadio:
    """BleBackend with straps in the room; the test says when each thing happens."""

    def __init__(self, straps: Sequence[StrapInfo] = (H10,), adapter: bool = True) -> None:
        self.straps = tuple(straps)
        self.adapter = adapter
        self.events: BleEvents | None = None
        self.searching = False
        self.opened: list[str] = []  # every address a connect was tried on
        self.connected_to: str | None = None

    # -- BleBackend ---------------------------------------------------------------------

    def search(self, events: BleEvents) -> None:
        self.events = events
        if not self.adapter:
            events.on_unavailable(Unavailable.NO_ADAPTER, "Cannot find valid Bluetooth adapter.")
            return
        self.searching = True

    def stop_search(self) -> None:
        self.searching = False

    def open_strap(self, address: str, events: BleEvents) -> None:
        self.events = events
        self.opened.append(address)
        self.connected_to = address

    def close_strap(self) -> None:
        self.connected_to = None

    # -- what happens in the room -------------------------------------------------------

    def _events(self) -> BleEvents:
        assert self.events is not None
        return self.events

    def find(self) -> None:
        """The search sees the straps, one by one, then ends. (Devices without the
        heart-rate service never reach the link: the real backend keeps them out.)"""
        for strap in self.straps:
            self._events().on_found(strap)
        self.searching = False
        self._events().on_search_done()

    def subscribe(self) -> None:
        assert self.connected_to is not None
        self._events().on_subscribed()

    def send(self, data: bytes) -> None:
        assert self.connected_to is not None
        self._events().on_notification(data)

    def drop(self) -> None:
        assert self.connected_to is not None
        self._events().on_dropped("remote device closed the connection")


def rr_file(folder: Path, rr_ms: Sequence[float], name: str = "beats.rr") -> Path:
    """An RR file as Polar and Elite HRV write them: one interval in ms a line."""
    path = folder / name
    path.write_text("".join(f"{rr:g}\n" for rr in rr_ms), encoding="utf-8")
    return path
